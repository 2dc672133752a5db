"""The examples in the repair modules' docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["__init__", "control", "gloss", "log", "mojibake", "script", "width"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(
        "yamen.repair" if name == "__init__" else f"yamen.repair.{name}"
    )
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0
