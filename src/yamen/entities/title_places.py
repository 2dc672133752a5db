"""Places read inside a title: the division or foreign place that ends where a post or
body starts, a foreign country or party heading a title, the heads of foreign divisions,
and the 原 / 时任 that a title may hold after its jurisdiction.

Split from :mod:`yamen.entities.titles` (which reads whole titles) to keep each module
small; the title reader and the chain reader both use these. A presidium's session
(:func:`presidium`) is read here too, to keep :mod:`yamen.entities.bodies` small.
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities.bodies import Body, Words
from yamen.entities.gazetteer import gazetteer
from yamen.entities.title import LEVEL_POSTS, Title
from yamen.entities.title_lexicon import tables
from yamen.lexicon import transliterated

MAX_JURISDICTION = 12
# Markers of a past post written inside a title, after its jurisdiction (河北省原省委常委).
MID_FORMER = ("时任", "原")


def jurisdiction_ending_at(text: str, end: int) -> tuple[str, str, int] | None:
    """(full name, kind, start) of the division named just before ``end``, longest first."""
    return place_ending_at(text, end, ("province", "prefecture", "county"))


def place_ending_at(text: str, end: int, kinds: tuple[str, ...]) -> tuple[str, str, int] | None:
    surfaces = gazetteer().surfaces
    for size in range(min(MAX_JURISDICTION, end), 1, -1):
        entry = surfaces.get(text[end - size:end])
        if entry is None or not entry.places:
            continue
        place = entry.places[0]
        if place.kind in kinds:
            return place.name, place.kind, end - size
    return None


# A word between a country and its post that says the holder is new to it or sitting
# (老挝新任政府总理潘坎, 美国新任总统, 美国现任总统): the post is the same, and current.
_QUALIFIERS = ("新任", "现任")


def _qualifier(text: str, at: int) -> int:
    """The length of a 新任 or 现任 ending at ``at``, if one does."""
    return next((len(q) for q in _QUALIFIERS if text.endswith(q, 0, at)), 0)


def foreign_head(text: str, start: int) -> tuple[str, str, int] | None:
    """(prefix for the label, country, start) of a foreign party or country before ``start``.

    A party keeps its name as written (越共); a country too, unless written in its long
    official form (俄罗斯联邦总统 → 俄罗斯总统; 沙特国王 stays); 政府 may follow the
    country (老挝政府总理 → 老挝总理, 柬埔寨王国政府首相 → 柬埔寨首相).
    """
    table = tables()
    for party in sorted(table.parties, key=len, reverse=True):
        if text.endswith(party, 0, start):
            return table.party_labels[party], table.parties[party], start - len(party)
    start -= _qualifier(text, start)
    government = next((g for g in table.governments if text.endswith(g, 0, start)), "")
    if government and place_ending_at(text, start, ("country",)) is not None:
        government = ""  # 刚果民主共和国总统: 共和国 ends the country's own name
    at = start - len(government)
    at -= _qualifier(text, at)  # 老挝新任政府总理
    found = place_ending_at(text, at, ("country",))
    if found is not None:
        written = text[found[2]:at]
        return (written if len(written) <= len(found[0]) else found[0]), found[0], found[2]
    return None


# Levels a foreign division is written with (艾伯塔省, 新泽西州), and the model's tags a
# foreign division's name gets (it reads some as a person: 艾伯塔省/PER).
_ABROAD = frozenset("省州市")
# A foreign city's transliterated name is at least this long (罗瓦涅米).
MIN_TRANSLITERATED = 3
# A "former" mark between a foreign place and its post (马萨诸塞州前州长).
_PAST = frozenset("前原")
_PLACE_LIKE = frozenset({"LOC", "ns", "PER"})


def foreign_local(text: str, at: int, word: str, words: Words | None) -> Title | None:
    """德黑兰市市长, 新泽西州州长, 土耳其哈塔伊省省长, 艾伯塔省省长: the head of a foreign
    province, state or city, written like a Chinese one but of a place no Chinese list
    holds. The place is a foreign one the gazetteer knows, or a name the model reads as a
    place and that ends in the post's level (every Chinese division is listed), or a
    transliterated name. The label joins place and post as 广东省长 does; a country written
    before it gives the jurisdiction but stays out of the label (米兰市长, not 意大利米兰市长).
    """
    level = LEVEL_POSTS[word]
    found = place_ending_at(text, at, ("foreign",))
    if found is None and at > 0 and text[at - 1] in _PAST:  # 马萨诸塞州前州长
        found = place_ending_at(text, at - 1, ("foreign",))
        if found is not None:
            at -= 1
    if found is None and text.endswith(level, 0, at):
        found = place_ending_at(text, at - len(level), ("foreign",))
    start = found[2] if found is not None else None
    country = None
    if found is not None:
        parent = gazetteer().surfaces.get(found[0])
        place = parent.places[0] if parent is not None and parent.places else None
        country = place.parent if place is not None and place.kind == "foreign" else None
    elif words is not None and (named := words.get(at)) is not None and level in _ABROAD and (
            named.tag in _PLACE_LIKE) and len(named.text) > len(level) + 1 and (
            named.text.endswith(level)):
        start = at - len(named.text)
    elif words is not None and level in _ABROAD:
        start = _transliterated_place(text, at, level, words)
    if start is None:
        return None
    written = text[start:at]
    head = foreign_head(text, start)
    if head is not None and head[1] != "中国":
        country = head[1]  # 意大利米兰市市长 → 米兰市长: the city's post, not the country's
    # 纽约州州长 → 纽约州长; a short form keeps the post whole (加州州长, not 加州长)
    post = word[1:] if word.startswith(written[-1]) and len(written) > 2 else word
    past = text[at] in _PAST
    return Title(Span(start, at + len(word) + past), word, former=past, jurisdiction=country,
                 fixed=(f"{written}{post}", ""))


def _transliterated_place(text: str, at: int, level: str, words: Words) -> int | None:
    """科尔蒂纳丹佩佐市市长, 罗瓦涅米市长: a transliterated name before a city's post (the
    model may tag it a place or a person), with or without the level word: a foreign city
    no list holds. Where its name starts."""
    end = at - len(level) if text.endswith(level, 0, at) else at
    named = words.get(end)
    if named is None or named.tag not in _PLACE_LIKE or len(named.text) < MIN_TRANSLITERATED:
        return None
    return named.start if transliterated(named.text) else None


def former_marker(text: str, at: int) -> str:
    """原 or 时任 ending at ``at``, if one does."""
    return next((m for m in MID_FORMER if text.endswith(m, 0, at)), "")


# A session of the NPC or the CPPCC, whose presidium a post may be of (十二届全国人大一次会议).
_SESSION = re.compile(
    r"(?:第?[一二三四五六七八九十]+届)?(?:全国人大|全国人民代表大会|全国政协|政协第?[一二三四五六七八九十]+"
    r"届全国委员会)(?:第?[一二三四五六七八九十]+届)?第?[一二三四五六七八九十]+次会议"
)
# How far back a bare 主席团 looks for the session it is of.
SESSION_WINDOW = 3000


def presidium(text: str, body: Body) -> Body | None:
    """主席团常务主席: the presidium of the session the text names (十二届全国人大一次会议主席团),
    written with the session as the text writes it; with no session named, a bare 主席团
    names no body (大会主席团 stays as written)."""
    end = body.start + len(body.name)
    written = None
    for found in _SESSION.finditer(text, max(0, body.start - SESSION_WINDOW), end):
        if found.end() == end - 3:
            return Body(found.start(), f"{found.group()}主席团", known=True)
        if text.startswith("主席团", found.end()):
            written = found.group()
    if written is not None and body.name in ("主席团", "大会主席团"):
        return Body(body.start, f"{written}主席团", known=True)
    return None if body.name == "主席团" else body  # 大会主席团 of no session: as written
