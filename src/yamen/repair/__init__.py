"""The repair stage: undo the web's damage to a text, reversibly, and say which script it is in.

Stages run in this order, each on the text the one before left (one module per kind):
control characters, zero-width characters, HTML entities (control.py); GBK byte shifts
(mojibake.py); the copier's pinyin glosses (gloss.py); and, only when asked, full-width
forms (width.py). Every change is an entry in ``repairs`` with offsets in the original
input (log.py), so ``unrepair(clean, repairs)`` gives the input back.

>>> r = repair_text("發(fā)展和創(chuàng)新，發(fā)展和創(chuàng)新")
>>> r.text, r.script, r.simplified, r.flags
('發展和創新，發展和創新', 'hant', '发展和创新，发展和创新', ['spam_copy'])
>>> unrepair(r.text, r.repairs)
'發(fā)展和創(chuàng)新，發(fā)展和創(chuàng)新'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from yamen.repair import control, gloss, mojibake, width
from yamen.repair.log import Edit, OffsetMap, RepairLog, apply_repairs, clean_to_original, unrepair
from yamen.repair.script import CRUDE_MIN_LEFTOVERS, detect_script, script_profile, to_simplified

__all__ = [
    "Edit",
    "OffsetMap",
    "Repaired",
    "apply_repairs",
    "clean_to_original",
    "detect_script",
    "repair_json",
    "repair_text",
    "to_simplified",
    "unrepair",
]

# One scan that finds nothing means nothing to repair, which is most documents: any
# character the control stage removes, an entity's "&", a shift's "?," and a
# parenthesis opening on a Latin letter (where every gloss starts).
DAMAGE_RE = re.compile(
    "|".join(
        (
            control.CONTROL_RE.pattern,
            control.ZERO_WIDTH_RE.pattern,
            "&[#A-Za-z]",
            mojibake.SHIFT_RE.pattern,
            f"[(（][ \u3000]*[{gloss.SYLLABLE_CHARS}]",
        )
    )
)

# The stages before the shift repair, in order; each sees the text the last one left.
_CLEANUP_STAGES = (control.find_control_chars, control.find_zero_width, control.find_html_entities)


@dataclass(slots=True)
class Repaired:
    """What repair made of one text: the clean text, every change made, and facts found."""

    text: str
    script: str
    simplified: str
    repairs: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def repair_text(text: str, *, normalize_width: bool = False) -> Repaired:
    """Repair ``text``: remove invisible damage, byte shifts and copier glosses; log each change.

    ``normalize_width`` also turns full-width forms into ASCII (（右） → (右)); it is
    off by default because the record keeps the input's own characters.
    """
    if DAMAGE_RE.search(text) is None and not (
        normalize_width and width.FULL_WIDTH_RE.search(text)
    ):
        profile = script_profile(text)
        flags = ["spam_copy"] if profile.crude_leftovers >= CRUDE_MIN_LEFTOVERS else []
        return Repaired(text, profile.script, _view(text), [], flags)

    log = RepairLog(text)
    for find in _CLEANUP_STAGES:
        log.apply(find(log.text))
    shifts = mojibake.find_gbk_shifts(log.text)
    if any(e.extra.get("unrecovered") and gloss.GLOSS_AT_RE.match(log.text, e.end) for e in shifts):
        # A gloss after a lost character: the page's own gloss table may name it.
        seen = gloss.find_pinyin_glosses(
            log.text, crude_leftovers=script_profile(log.text).crude_leftovers
        )
        if seen.copier:
            shifts = mojibake.find_gbk_shifts(log.text, seen.chars)
    copier_shift = mojibake.shows_copier(log.text, shifts)
    log.apply(shifts)
    # Glosses and full-width forms hold no Han character, so the profile holds throughout.
    profile = script_profile(log.text)
    verdict = gloss.find_pinyin_glosses(log.text, crude_leftovers=profile.crude_leftovers)
    log.apply(verdict.edits)
    if normalize_width:
        log.apply(width.find_full_width(log.text))

    flags = []
    if verdict.copier or copier_shift or profile.crude_leftovers >= CRUDE_MIN_LEFTOVERS:
        flags.append("spam_copy")
    if any(r.get("unrecovered") for r in log.repairs):
        flags.append("mojibake_unrecovered")
    return Repaired(log.text, profile.script, _view(log.text), log.repairs, flags)


def _view(text: str) -> str:
    """What the rules read: Simplified, and where the text is written with the copier's
    ASCII punctuation, with the full-width forms the genre uses (offsets unchanged).
    Text that only has some ASCII brackets (尼泊尔共产党(联合马列)) keeps them."""
    view = to_simplified(text)
    return width.chinese_punctuation(view) if gloss.has_copier_punctuation(view) else view


def repair_json(text: str) -> dict[str, Any]:
    """``{"text", "script", "repairs"}`` as in the record contract (``yamen repair --json``)."""
    repaired = repair_text(text)
    return {"text": repaired.text, "script": repaired.script, "repairs": repaired.repairs}
