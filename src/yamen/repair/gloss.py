"""Pinyin glosses injected by spam copiers: ``發(fā)展``, ``創(chuàng)新``, ``區(qū)``.

A gloss is a Han character followed by one pinyin syllable in ASCII or full-width
parentheses, tone marks or not, spaces inside or not, where the syllable is a reading
of that character (pypinyin, heteronyms included). Whether to remove glosses is decided
for the document as a whole, because legitimate pinyin looks the same one gloss at a
time: a teaching text, ``北京(Běijīng)``, an article on how one character is read.

The copier's tool (seen in the seed and described in issue 3) converts the text to
Traditional with a crude table, then takes one ranked list of the characters its table
converts, cuts it off per page, and glosses every occurrence of each listed character
with one fixed reading, whatever the context. The seed: 12 characters, 95 glosses, every
occurrence of each glossed, one reading each (another copy writes 省長(zhǎng), and would
write zhǎng in 長期 too). So a character is *copier-like* when

* it always carries the same syllable (a teacher, or an article on pronunciation, gives
  行 both xíng and háng, and glosses by context),
* it is a character that conversion changes, either way (the list holds converted
  characters: 發; a copy converted back to Simplified shows them as 发; a teaching text
  glosses 我, 的, 很 as well),
* it is common once simplified (GB2312 level 1, the 3,755 most used characters): the
  list is ranked by use, whereas teaching texts gloss the hard characters,

and the document shows the copier's pattern when its copier-like characters

* are glossed at nearly every occurrence (``MIN_COVERAGE``),
* carry nearly all of the document's glosses on common characters (``MIN_SHARE``; a
  teaching text glosses 我 and 的 too). Glosses on rare characters count neither way:
  CCTV itself writes 铟(yin) for the metal, and a copy of that report keeps it.
* are enough evidence: ``MIN_CHARS`` characters and ``MIN_GLOSSES`` glosses, or
  ``MIN_GLOSSES_WITH_TRACE`` glosses plus another trace of the copier, the crude
  conversion's leftovers (``script.CRUDE_MIN_LEFTOVERS``) or its ASCII punctuation
  between Han characters (the seed writes ``6月24日,廣東省``; ``MIN_ASCII_PUNCT``).

Only the copier-like characters' glosses are removed; any other gloss stays.

On 3,000 copies made from CCTV items by bench/repair_eval.py (1–20 characters glossed a
page) this removes 99.8% of the glosses and nothing else, and as much once the copies
are converted back to Simplified; on 9,600 negative pages (teaching texts, articles on
readings, names in pinyin, proper conversions) it removes none. What it misses is pages
with one or two glosses and no other trace of the copier.

>>> [e.start for e in find_pinyin_glosses("發(fā)展，發(fā)現，業(yè)務，業(yè)主").edits]
[1, 8, 15, 22]
>>> find_pinyin_glosses("首都北京(Běijīng)，簡稱京(jīng)。").edits
[]
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pypinyin.pinyin_dict import pinyin_dict

from yamen.repair import tables
from yamen.repair.log import Edit
from yamen.repair.script import CRUDE_MIN_LEFTOVERS

# Letters a pinyin syllable is written with: ASCII, the toned vowels (precomposed or as
# combining marks), ü and ê, and a tone number for those who type without marks.
SYLLABLE_CHARS = "A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛêÊḿńňǹ\u0300-\u036f"
_GLOSS = rf"[(（][ \u3000]*([{SYLLABLE_CHARS}]{{1,12}}[1-5]?)[ \u3000]*[)）]"
GLOSS_RE = re.compile(rf"(?<=[{tables.HAN}]){_GLOSS}")
GLOSS_AT_RE = re.compile(_GLOSS)  # the same, anchored where the caller says

# --- the document-level rule; the evidence for each value is in the module docstring ---
# Glossed at this share of their occurrences or more. The copier glosses all of them;
# a few may be lost to mojibake or cut by the page. Teaching texts gloss a character once.
MIN_COVERAGE = 0.9
# The copier-like characters' share of the glosses on common characters. The copier's
# pages have no other glosses (1.0); teaching texts made from 300 CCTV items (whole text
# or first sentence glossed) score 0.37 on average and 0.59 at most in Traditional, 0.36
# and 0.60 in Simplified.
MIN_SHARE = 0.8
# At least two characters and three glosses: the seed has 12 and 95; an article on one
# character's reading may gloss it a few times, with one reading.
MIN_CHARS = 2
MIN_GLOSSES = 3
# Fewer (one character, or two glossed once each) are enough with another trace of the
# copier. An article on one character's reading looks the same otherwise, but it is
# written with full-width punctuation and, if Traditional, converted properly. A single
# gloss is never enough.
MIN_GLOSSES_WITH_TRACE = 2
# ASCII commas, semicolons and colons between Han characters: the seed has 85; text
# written in Chinese uses the full-width forms (CCTV: 3 or more in 205 of 68,541 items).
MIN_ASCII_PUNCT = 3
ASCII_PUNCT_RE = re.compile(rf"(?<=[{tables.HAN}])[,;:](?=[{tables.HAN}])")

_TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


@cache
def readings(ch: str) -> frozenset[str]:
    """Every way a reading of ``ch`` may be written: fā, fa, fa1 (ü also as v)."""
    raw = pinyin_dict.get(ord(ch))
    if not raw:
        return frozenset()
    forms: set[str] = set()
    for reading in raw.split(","):
        decomposed = unicodedata.normalize("NFD", reading)
        plain = "".join(c for c in decomposed if c not in _TONE_MARKS)
        plain = unicodedata.normalize("NFC", plain)
        tone = next((_TONE_MARKS[c] for c in decomposed if c in _TONE_MARKS), "5")
        for base in {plain, plain.replace("ü", "v")}:
            forms.update((base, base + tone))
        forms.add(reading)
    return frozenset(forms)


def normalize_syllable(syllable: str) -> str:
    return unicodedata.normalize("NFC", syllable).lower()


@lru_cache(maxsize=1 << 16)  # pairs come from input text: bounded
def is_reading(ch: str, syllable: str) -> bool:
    """Whether ``syllable`` is one of the readings of ``ch``."""
    return normalize_syllable(syllable) in readings(ch)


@dataclass(slots=True)
class GlossVerdict:
    """What the gloss stage found: the edits, whether the copier's pattern holds, and why."""

    edits: list[Edit] = field(default_factory=list)
    copier: bool = False
    reason: str = "no glosses"
    chars: dict[str, str] = field(default_factory=dict)  # copier-like character → its syllable


def find_pinyin_glosses(text: str, *, crude_leftovers: int = 0) -> GlossVerdict:
    """Find glosses; remove the copier's characters' glosses if the document shows its pattern."""
    glosses = [m for m in GLOSS_RE.finditer(text) if is_reading(text[m.start() - 1], m.group(1))]
    if not glosses:
        return GlossVerdict()
    forms: dict[str, Counter[str]] = {}
    for m in glosses:
        forms.setdefault(text[m.start() - 1], Counter())[normalize_syllable(m.group(1))] += 1
    copier_chars = {
        ch: next(iter(seen))
        for ch, seen in forms.items()
        if len(seen) == 1 and ch in tables.script_specific() and tables.is_common(ch)
    }
    copier_glosses = sum(sum(forms[ch].values()) for ch in copier_chars)
    occurrences = sum(text.count(ch) for ch in copier_chars)
    coverage = copier_glosses / occurrences if occurrences else 0.0
    common_glosses = sum(sum(seen.values()) for ch, seen in forms.items() if tables.is_common(ch))
    share = copier_glosses / common_glosses if common_glosses else 0.0
    enough = (len(copier_chars) >= MIN_CHARS and copier_glosses >= MIN_GLOSSES) or (
        copier_glosses >= MIN_GLOSSES_WITH_TRACE
        and (crude_leftovers >= CRUDE_MIN_LEFTOVERS or has_copier_punctuation(text))
    )
    reason = (
        f"{len(glosses)} glosses; {len(copier_chars)} copier-like characters carry "
        f"{copier_glosses} (share {share:.2f}, coverage {coverage:.2f})"
    )
    if not (enough and coverage >= MIN_COVERAGE and share >= MIN_SHARE):
        return GlossVerdict(reason="not the copier's pattern: " + reason)
    edits = [
        Edit(m.start(), m.end(), "", "pinyin_gloss")
        for m in glosses
        if text[m.start() - 1] in copier_chars
    ]
    return GlossVerdict(edits, True, "copier's pattern: " + reason, copier_chars)


def has_copier_punctuation(text: str) -> bool:
    """Whether ``text`` has the copier's ASCII punctuation between Han characters."""
    found = zip(range(MIN_ASCII_PUNCT), ASCII_PUNCT_RE.finditer(text), strict=False)
    return sum(1 for _ in found) >= MIN_ASCII_PUNCT
