"""Width normalisation, an option that is off by default: full-width forms to their ASCII twins.

The record keeps the input's own characters (（右） stays （右）); a caller who wants
ASCII punctuation and letters asks for it, and each change is logged like any repair.

>>> [(e.start, e.inserted) for e in find_full_width("（右）ＡＢ")]
[(0, '('), (2, ')AB')]
"""

from __future__ import annotations

import re

from yamen.repair.log import Edit

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
