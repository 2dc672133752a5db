"""Shared fixtures: the seed and small samples shipped in tests/fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_SPEC = Path(__file__).resolve().parents[1].parent / "shared" / "spec"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed_guangzhou_daily.txt").read_text(encoding="utf-8")
