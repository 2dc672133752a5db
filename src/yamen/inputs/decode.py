"""Bytes to text: a decoding ladder that ends in a clear rejection, never in silent garbage.

BOM → declared charset → UTF-8 → GB18030 / Big5 by detection (charset-normalizer)
→ the least lossy decoding, accepted only with a flag when the loss is small.
GB18030 decodes almost any bytes, so every result is checked for plausibility
(control characters, replacement characters, share of common Han characters).
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import charset_normalizer

from yamen.errors import RejectedDocument

# Legacy encodings of Chinese web text. GB18030 is a superset of GBK and GB2312.
DETECTED_ENCODINGS = ("gb18030", "big5")
# Names pages declare for encodings that GB18030 covers.
GB_FAMILY = {"gb2312", "gbk", "cp936", "x-gbk", "gb18030", "euc-cn", "hz-gb-2312"}

# A real page may carry a few broken bytes (a truncated multi-byte character at a
# cut, one bad byte from a copy); up to this share of replacement characters the
# document is kept and flagged `decoded_with_loss`.
LOSS_TOLERANCE = 0.005
# Above these shares the decoded characters are not text at all. Measured on
# random bytes decoded as GB18030: ~10% control characters, ~40% rare Han; on
# the CCTV corpus and the seed: 0 control characters, < 1% rare Han.
MAX_CONTROL_SHARE = 0.02
MAX_REPLACEMENT_SHARE = 0.10
MAX_RARE_HAN_SHARE = 0.30
# Below this many Han characters the common-Han test says nothing.
MIN_HAN_FOR_RARITY = 20

# Control characters that text does carry, and categories that text does not:
# controls (Cc), private use (Co), unassigned (Cn).
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")
_NOT_TEXT_CATEGORIES = frozenset(("Cc", "Co", "Cn"))

_SINGLE_BYTE = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii", "cp437", "mac-roman"})

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    lossy: bool = False


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """Han characters in everyday use: GB2312's 6,763 plus Big5's 5,401 frequent characters.

    Derived from the codecs themselves (GB2312 rows 0xB0–0xF7; Big5 level 1,
    0xA440–0xC67E), so no table needs shipping.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


def implausibility(text: str) -> str | None:
    """Why ``text`` cannot be real text, or None when it can."""
    if not text:
        return None
    common = common_han()
    controls = replacements = han = rare = 0
    for ch in text:
        if ch == "\ufffd":
            replacements += 1
        elif _is_han(ch):
            han += 1
            if ch not in common:
                rare += 1
        elif ch not in _WHITESPACE_CONTROLS and unicodedata.category(ch) in _NOT_TEXT_CATEGORIES:
            controls += 1
    size = len(text)
    if controls / size > MAX_CONTROL_SHARE:
        return f"{controls} of {size} characters are control or unassigned characters"
    if replacements / size > MAX_REPLACEMENT_SHARE:
        return f"{replacements} of {size} characters could not be decoded"
    if han >= MIN_HAN_FOR_RARITY and rare / han > MAX_RARE_HAN_SHARE:
        return f"{rare} of {han} Han characters are rare ones, as in binary data read as GB18030"
    return None


def _normalise_declared(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in GB_FAMILY:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _single_byte(encoding: str) -> bool:
    """Latin and other single-byte charsets: every byte decodes, so they prove nothing,
    and servers declare ISO-8859-1 by default for pages in GBK."""
    try:
        return codecs.lookup(encoding).name in _SINGLE_BYTE or encoding.startswith(
            ("iso8859", "iso-8859", "cp125", "windows-125", "latin")
        )
    except LookupError:
        return False


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _accept(text: str, encoding: str, lossy: bool = False) -> Decoded:
    reason = implausibility(text)
    if reason:
        raise RejectedDocument("not_text", f"not text: {reason} (decoded as {encoding})")
    return Decoded(text, encoding, lossy)


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode one document's bytes, or reject it as ``empty``, ``not_text`` or ``undecodable``."""
    if not data.strip():
        raise RejectedDocument("empty", "the document is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is not None:
                return _accept(text, encoding)
    declared_encoding = _normalise_declared(declared)
    if declared_encoding is not None and not _single_byte(declared_encoding):
        text = _strict(data, declared_encoding)
        if text is not None and implausibility(text) is None:
            return Decoded(text, declared_encoding)
    # A declared charset that does not fit is a server's default, not the page's.
    text = _strict(data, "utf-8")
    if text is not None:
        return _accept(text, "utf-8")
    best = charset_normalizer.from_bytes(data, cp_isolation=list(DETECTED_ENCODINGS)).best()
    if best is not None:
        return _accept(str(best), best.encoding)
    return _least_lossy(data)


def _least_lossy(data: bytes) -> Decoded:
    """No encoding decodes every byte: take the one that loses least, if it loses little."""
    scored = []
    for encoding in ("utf-8", *DETECTED_ENCODINGS):
        text = data.decode(encoding, errors="replace")
        scored.append((text.count("\ufffd"), encoding, text))
    lost, encoding, text = min(scored)
    reason = implausibility(text)
    if reason:
        raise RejectedDocument("not_text", f"not text: {reason} (best decoding: {encoding})")
    if lost / max(len(text), 1) > LOSS_TOLERANCE:
        raise RejectedDocument(
            "undecodable",
            f"{lost} characters could not be decoded as UTF-8, GB18030 or Big5 "
            f"(least loss with {encoding})",
        )
    return Decoded(text, encoding, lossy=True)
