"""GBK byte-shift mojibake: ``?,F(xiàn)`` where ``。現(xiàn)`` stood.

How it happens, found by experiment with Python's codecs (tests/repair/test_mojibake.py
replays it): the copier works on GBK bytes and replaces full-width punctuation by ASCII
with a byte-level search that ignores character boundaries. ``。現`` is ``A1 A3 AC 46``;
the search finds ``A3 AC`` (the GBK bytes of ``，``) across the boundary and writes ``,``:

    A1 | A3 AC | 46  →  A1 2C 46  →  "?" "," "F"

``A1`` has lost its trail byte and decodes as ``?``; ``,`` stands for the trail of the
first character (``A3``) and the lead of the second (``AC``); ``46`` is the second
character's trail, read as the letter ``F``. Whenever a trail byte falls in ``40–7E`` it
reads as ASCII and the decoder is back in step; a trail byte of ``81`` or more pairs
with the next lead byte and the shift runs on (a run of wrong Han characters), until
such an ASCII trail, or until a trail meets a byte that cannot follow it (``(`` of the
copier's next gloss) and is lost as one more ``?``. The same holds when a byte was
dropped in transit and the punctuation came through in full width (``?，F``).

So the bytes allow repairing every character of the run after the punctuation; the
character before it has lost its lead byte (``。`` is only one of 112 characters whose
GBK trail is ``A3``) and is flagged, not guessed. A lost trail at the end of a run is
recovered only when the copier's gloss after it (``(xiàn)``) leaves one candidate: one
character of the page's own gloss table, or of the lead byte's row.

>>> [(e.start, e.end, e.inserted) for e in find_gbk_shifts("發展?,F(xiàn)代化")]
[(2, 3, '?'), (3, 5, '現')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from yamen.repair import tables
from yamen.repair.gloss import (
    GLOSS_AT_RE,
    has_copier_punctuation,
    is_reading,
    normalize_syllable,
)
from yamen.repair.log import Edit

# The copier's ASCII stand-ins (and the full-width originals) for punctuation whose GBK
# code is A3xx; the value is the second byte, which the shift turns into a lead byte.
SHIFT_LEAD = {
    ",": 0xAC, "，": 0xAC,
    ";": 0xBB, "；": 0xBB,
    ":": 0xBA, "：": 0xBA,
    "(": 0xA8, "（": 0xA8,
    ")": 0xA9, "）": 0xA9,
}  # fmt: skip
LOST_BYTE = "?\ufffd"  # what a decoder writes for a byte it cannot place (PHP "?", Python U+FFFD)
SHIFT_RE = re.compile("[?\ufffd][,;:()，；：（）]")

# A shift runs on only while trail bytes are 81 or more; GBK/4 (most Traditional
# characters) has two thirds of its trail bytes below 80, so runs are short. In the
# evaluation (1,737 runs) half end within 3 characters, 99.5% within 12, the longest
# took 19; 24 leaves room and keeps a wrong start from wandering through a paragraph.
MAX_RUN = 24

# Punctuation a recovered character may be (GBK rows A1 and A3); anything else must be Han.
PLAUSIBLE_PUNCT = frozenset("。、，；：？！“”‘’《》〈〉「」『』【】…—·（）")


def _plausible(ch: str) -> bool:
    """A character a news text may hold: listed punctuation, or Han in GB2312 once simplified."""
    return ch in PLAUSIBLE_PUNCT or (tables.HAN_RE.match(ch) is not None and tables.in_gb2312(ch))


def _pair(lead: int, trail: int) -> str | None:
    try:
        ch = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if _plausible(ch) else None


def _decode_run(text: str, start: int, lead: int) -> tuple[str, int, int | None] | None:
    """Re-pair the bytes of a shifted run; (recovered, end, lead left without its trail)."""
    out: list[str] = []
    for k in range(start, min(len(text), start + MAX_RUN)):
        ch = text[k]
        if ch in LOST_BYTE:
            return "".join(out), k, lead
        try:
            raw = ch.encode("gbk")
        except UnicodeEncodeError:
            return None
        if len(raw) == 1:
            recovered = _pair(lead, raw[0]) if 0x40 <= raw[0] <= 0x7E else None
            if recovered is None:
                return None
            out.append(recovered)
            return "".join(out), k + 1, None
        recovered = _pair(lead, raw[0])
        if recovered is None or raw[1] < 0x81:
            # (raw[1] < 81 would mean the original had a Latin letter straight after a
            # Han character whose trail byte is 81 or more: in the copier's text that is
            # a natural Traditional character, never a shift.)
            return None
        out.append(recovered)
        lead = raw[1]
    return None


def _better(garbled: str, recovered: str, ends_lost: bool, copier_page: bool) -> bool:
    """Whether the recovered characters read more like text than the garbled ones they replace.

    A real shift turns common characters into rarer ones, kana or symbols, and ends on a
    Latin letter (``F``) or a second lost byte; re-pairing the bytes of ordinary text does
    the opposite. The recovered run must hold more common characters than the garbled
    one, or as many where the run ends on a lost byte and either the garbled run is
    empty (``?;?``) or holds something no news text has (kana, symbols, rare
    characters), or the page is the copier's (its ASCII punctuation between Han).
    """

    def common(s: str) -> int:
        return sum(1 for ch in s if tables.is_common(ch))

    gain = common(recovered) - common(garbled)
    if gain > 0:
        return True
    broken = not garbled or not all(_plausible(ch) for ch in garbled)
    return gain == 0 and ends_lost and (broken or copier_page)


def _gloss_after(text: str, pos: int) -> str | None:
    m = GLOSS_AT_RE.match(text, pos)
    return m.group(1) if m else None


def _lost_trail(text: str, pos: int, lead: int, copier: Mapping[str, str]) -> str | None:
    """The one character a lead byte can be, given the copier's gloss after it; else None.

    ``copier`` is the page's own table (character → the syllable it is always glossed
    with): a character of it that starts with this lead byte and has this syllable is
    the answer; failing that, the only character of the lead byte's row with that reading.
    """
    syllable = _gloss_after(text, pos + 1)
    if syllable is None:
        return None
    syllable = normalize_syllable(syllable)
    listed = [
        ch
        for ch, s in copier.items()
        if s == syllable and ch.encode("gbk", "ignore")[:1] == bytes((lead,))
    ]
    if len(listed) == 1:
        return listed[0]
    fits = [ch for t in range(0x40, 0xFF) if (ch := _pair(lead, t)) and is_reading(ch, syllable)]
    return fits[0] if len(fits) == 1 else None


def _context_ok(text: str, i: int) -> bool:
    # The lost character follows Chinese text; after a Latin letter or digit "?," is English.
    return i == 0 or not (text[i - 1].isascii() and text[i - 1].isalnum())


def find_gbk_shifts(text: str, copier: Mapping[str, str] | None = None) -> list[Edit]:
    """Repair GBK byte shifts; flag (``unrecovered``) the characters whose bytes are gone.

    ``copier``, the page's gloss table if the page is the copier's, helps name characters
    whose trail byte was lost before a gloss.
    """
    edits: list[Edit] = []
    pos = 0
    copier_page: bool | None = None  # worked out when first needed
    while (m := SHIFT_RE.search(text, pos)) is not None:
        i = m.start()
        run = _decode_run(text, i + 2, SHIFT_LEAD[text[i + 1]]) if _context_ok(text, i) else None
        if run is None:
            pos = i + 1
            continue
        recovered, end, lost_lead = run
        if copier_page is None:
            copier_page = has_copier_punctuation(text)
        if not _better(text[i + 2 : end], recovered, lost_lead is not None, copier_page):
            pos = i + 1
            continue
        last = recovered[-1:] or None
        syllable = _gloss_after(text, end) if lost_lead is None else None
        if last and syllable and tables.HAN_RE.match(last) and not is_reading(last, syllable):
            pos = i + 1  # the copier's gloss says this is not the character: not a shift
            continue
        # The lost lead byte stays as it came, flagged; the punctuation and the garbled run
        # give way to what their bytes were (nothing, for a bare "?;?").
        edits.append(Edit(i, i + 1, text[i], "mojibake", {"unrecovered": True}))
        edits.append(Edit(i + 1, end, recovered, "mojibake"))
        pos = end
        if lost_lead is not None:
            found = _lost_trail(text, end, lost_lead, copier or {})
            if found is None:
                edits.append(Edit(end, end + 1, text[end], "mojibake", {"unrecovered": True}))
            else:
                edits.append(Edit(end, end + 1, found, "mojibake"))
            pos = end + 1
    return edits


def shows_copier(text: str, edits: list[Edit]) -> bool:
    """Whether a repaired shift went through ASCII punctuation: the copier's byte-level replace."""
    return any(not e.extra and e.end > e.start and text[e.start] in ",;:()" for e in edits)
