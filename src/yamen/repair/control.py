"""Invisible damage: control characters, zero-width characters, leftover HTML entities.

One function per kind of damage; each returns the :class:`Edit` s it would make.

>>> [(e.start, e.end, e.inserted) for e in find_html_entities("A&amp;B&nbsp;C")]
[(1, 6, '&'), (7, 13, '\\xa0')]
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from yamen.repair.log import Edit

# C0 controls except tab, line feed and carriage return (which are layout), DEL, and the
# C1 block, which in decoded web text is always a cp1252/latin-1 mix-up or junk. Lone
# surrogates are bytes a decoder could not read, smuggled through as code points.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# Characters with no width that crawled pages carry between Han characters: zero-width
# space/joiners, direction marks and embeddings, word joiner and invisible operators,
# the byte-order mark, soft hyphen and the Mongolian vowel separator.
ZERO_WIDTH_RE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
ZWJ = "\u200d"
# A zero-width joiner between two emoji (U+1F000 and up, or the U+2600 symbol blocks)
# builds one pictograph; there it is not damage.
_EMOJI_MIN, _SYMBOLS = 0x1F000, range(0x2600, 0x27C0)

# An entity with its semicolon, after any number of "amp;" left by escaping twice
# (&amp;nbsp; → &nbsp; → U+00A0). Without a semicolon only the few legacy names HTML
# itself still reads that way.
ENTITY_RE = re.compile(
    r"&(?:amp;)*(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};"
    r"|(?:nbsp|amp|lt|gt|quot|copy|reg)(?![A-Za-z0-9;]))"
)


def find_control_chars(text: str) -> list[Edit]:
    """Remove C0/C1 control characters (NUL included) other than tab and newlines."""
    return [Edit(m.start(), m.end(), "", "control_char") for m in CONTROL_RE.finditer(text)]


def _is_pictograph(ch: str) -> bool:
    return ord(ch) >= _EMOJI_MIN or ord(ch) in _SYMBOLS


def find_zero_width(text: str) -> list[Edit]:
    """Remove zero-width and direction-control characters (a joiner inside an emoji stays)."""
    edits = []
    for m in ZERO_WIDTH_RE.finditer(text):
        i = m.start()
        if (
            m.group() == ZWJ
            and 0 < i < len(text) - 1
            and _is_pictograph(text[i - 1])
            and _is_pictograph(text[i + 1])
        ):
            continue
        edits.append(Edit(i, m.end(), "", "zero_width"))
    return edits


def _decode_entity(entity: str) -> str | None:
    rest = entity[1:]
    while rest.startswith("amp;") and len(rest) > len("amp;"):
        rest = rest[len("amp;") :]  # &amp;nbsp; was &nbsp; escaped once more
    inner = "&" + rest
    if inner[1] != "#":
        name = inner[1:] if inner.endswith(";") else inner[1:] + ";"
        if name not in html5:
            return None
    decoded = html.unescape(inner)
    if decoded == inner:
        return None
    if decoded == "\ufffd" and inner.lower() not in ("&#xfffd;", "&#65533;"):
        return ""  # a reference to no character (&#0;, a surrogate): nothing to keep
    return decoded


def find_html_entities(text: str) -> list[Edit]:
    """Decode HTML entities left in extracted text; one that decodes to something invisible goes."""
    edits = []
    for m in ENTITY_RE.finditer(text):
        decoded = _decode_entity(m.group())
        if decoded is None:
            continue
        if CONTROL_RE.fullmatch(decoded) or ZERO_WIDTH_RE.fullmatch(decoded):
            decoded = ""
        edits.append(Edit(m.start(), m.end(), decoded, "html_entity"))
    return edits
