"""Width normalisation, an option that is off by default: full-width forms to their ASCII twins.

The record keeps the input's own characters (（右） stays （右）); a caller who wants
ASCII punctuation and letters asks for it, and each change is logged like any repair.

>>> [(e.start, e.inserted) for e in find_full_width("（右）ＡＢ")]
[(0, '('), (2, ')AB')]
"""

from __future__ import annotations

import re

from yamen.repair.log import Edit
from yamen.repair.tables import HAN

# U+FF01–FF5E mirror ASCII 0x21–0x7E at a fixed distance; U+3000 is the ideographic space.
FULL_WIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")
_OFFSET = 0xFF01 - 0x21


def _narrow(ch: str) -> str:
    return " " if ch == "\u3000" else chr(ord(ch) - _OFFSET)


def find_full_width(text: str) -> list[Edit]:
    """Turn full-width ASCII forms and the ideographic space into ASCII, one edit a run."""
    return [
        Edit(m.start(), m.end(), "".join(_narrow(ch) for ch in m.group()), "width")
        for m in re.finditer(f"{FULL_WIDTH_RE.pattern}+", text)
    ]


# ASCII punctuation written in Chinese text (the copier's, or a careless editor's) and the
# full-width forms the genre's own text uses. A comma, semicolon, colon or exclamation
# mark after a Han character or a closing bracket or quote; brackets around text with a
# Han character. Digits keep theirs (1,000; 12:30), and so does Latin text.
_WIDE = {",": "，", ";": "；", ":": "：", "!": "！", "(": "（", ")": "）"}
_AFTER_HAN_RE = re.compile(rf"(?<=[{HAN}”’）》」』】)])[,;:!]")
_BRACKETS_RE = re.compile(rf"\((?=[^()\n]{{0,80}}\))(?:[^()\n]*[{HAN}][^()\n]*)\)")


def chinese_punctuation(text: str) -> str:
    """``text`` with ASCII punctuation in Chinese writing in its full-width form, one
    character for one (``len`` and every offset unchanged):
    省长,王伟中(广东) → 省长，王伟中（广东）.

    For the Simplified view the rules read; the record's text keeps the input's characters.
    """
    if not _AFTER_HAN_RE.search(text) and "(" not in text:
        return text
    chars = list(text)
    for m in _BRACKETS_RE.finditer(text):
        chars[m.start()], chars[m.end() - 1] = "（", "）"
    for m in _AFTER_HAN_RE.finditer("".join(chars)):
        chars[m.start()] = _WIDE[m.group()]
    return "".join(chars)
