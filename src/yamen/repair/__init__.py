"""The repair stage: undo the web's damage to a text, reversibly, and say which script it is in.

Placeholder until issue 3 lands: the text passes through unchanged, and the
script is told by whether OpenCC's Traditional→Simplified table changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import opencc


@dataclass(slots=True)
class Repaired:
    """What repair made of one text: the clean text, every change made, and facts found."""

    text: str
    script: str
    simplified: str
    repairs: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def repair_text(text: str) -> Repaired:
    """Repair ``text``; for now nothing is changed (issue 3 brings the repairs)."""
    converted = "".join(_t2s().convert(ch) for ch in text)
    changed = sum(a != b for a, b in zip(text, converted, strict=True))
    script = "hant" if changed else "hans"
    return Repaired(text=text, script=script, simplified=converted)
