"""Which script a text is in, and its Simplified view (same length, so offsets hold).

>>> detect_script("廣東省黨政代表團前往天津市")
'hant'
>>> to_simplified("省長王偉中，天津市領導范少軍、岳宗")
'省长王伟中，天津市领导范少军、岳宗'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import opencc

from yamen.repair import tables

# A text is "mixed" when the minority script has at least this share of the characters
# that tell the scripts apart (Traditional-only + Simplified-only). The seed, a crude
# conversion that left 并 behind, has 2 Simplified-only against 663 Traditional-only
# (0.3%) and is plainly Traditional; a Simplified report quoting one Traditional name has
# a few percent at most. A fifth is a text written in both.
MIXED_MINORITY_SHARE = 0.2

# Simplified-only characters left in an otherwise Traditional text are the trace of a
# crude one-to-one conversion (the seed keeps 并 twice). OpenCC s2t, s2tw and s2hk leave
# at most one in each of 5,000 CCTV items (one item has one), so two are evidence.
CRUDE_MIN_LEFTOVERS = 2

# Where OpenCC's output differs in length, the text is converted again in pieces split
# here, and only a piece that still differs falls back to character-by-character.
_SEGMENT_RE = re.compile(r"[^\s，。、；：！？,.;:!?()（）「」『』“”‘’《》〈〉]+")


@dataclass(frozen=True, slots=True)
class ScriptProfile:
    """Counts of the characters that tell the scripts apart, and the verdict."""

    trad: int
    simp: int
    script: str

    @property
    def crude_leftovers(self) -> int:
        """Simplified-only characters in a Traditional text: 0 unless the text is ``hant``."""
        return self.simp if self.script == "hant" else 0


def script_profile(text: str) -> ScriptProfile:
    """Count Traditional-only and Simplified-only characters and decide the script."""
    trad_class = tables.trad_only_class()
    if not trad_class.search(text):
        return ScriptProfile(0, 0, "hans")  # no Traditional evidence: the common case, one scan
    trad = trad_class.count(text)
    simp = tables.simp_only_class().count(text)
    if min(trad, simp) >= MIXED_MINORITY_SHARE * (trad + simp):
        return ScriptProfile(trad, simp, "mixed")
    return ScriptProfile(trad, simp, "hant" if trad > simp else "hans")


def detect_script(text: str) -> str:
    """``hans``, ``hant`` or ``mixed``: by the characters only one script uses."""
    return script_profile(text).script


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _by_char(segment: str) -> str:
    return "".join(tables.to_simplified_char(ch) for ch in segment)


def convert_preserving_length(text: str, convert: Callable[[str], str]) -> str:
    """Run a phrase converter; redo pieces whose length changed, then single characters."""
    whole = convert(text)
    if len(whole) == len(text):
        return whole
    pieces, last = [], 0
    for m in _SEGMENT_RE.finditer(text):
        pieces.append(text[last : m.start()])
        segment = m.group()
        converted = convert(segment)
        pieces.append(converted if len(converted) == len(segment) else _by_char(segment))
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _keep_names(text: str, view: str) -> str:
    """Put back characters OpenCC changed by its character default where names need them kept."""
    keep = tables.t2s_keep()
    if not any(ch in text for ch in keep):
        return view
    table = tables.t2s_table()
    chars = list(view)
    for m in re.finditer(f"[{''.join(sorted(keep))}]", text):
        i = m.start()
        if chars[i] == table[m.group()][0]:
            chars[i] = m.group()
    return "".join(chars)


def to_simplified(text: str) -> str:
    """The Simplified view of ``text``, one character for one (``len`` is unchanged).

    OpenCC t2s converts by phrases; its output is checked for length and redone in
    pieces where it differs. Characters that name people and places keep their form
    (data/t2s_keep.txt); a text with nothing to convert is returned as it is.
    """
    if not tables.t2s_changeable_class().search(text):
        return text
    view = convert_preserving_length(text, _t2s().convert)
    return _keep_names(text, view)
