"""Places read inside a title: the division or foreign place that ends where a post or
body starts, a foreign country or party heading a title, the heads of foreign divisions,
and the 原 / 时任 that a title may hold after its jurisdiction.

Split from :mod:`yamen.entities.titles` (which reads whole titles) to keep each module
small; the title reader and the chain reader both use these. A presidium's session
(:func:`presidium`) is read here too, to keep :mod:`yamen.entities.bodies` small, and so
are the chain reader's checks on one title against the one before it (a foreign side's
ministry, a roster's space, a village's committee, a body only another country has) and
after it (a holder's death).
"""

from __future__ import annotations

import re
from functools import cache

from yamen.document import Span
from yamen.entities.bodies import Body, Words
from yamen.entities.country_view import countries_in, country_in_view, sentence_around
from yamen.entities.gazetteer import gazetteer
from yamen.entities.title import LEVEL_POSTS, Title
from yamen.entities.title_lexicon import tables
from yamen.lexicon import rows, surnamed, transliterated

MAX_JURISDICTION = 12
# Markers of a past post written inside a title, after its jurisdiction (河北省原省委常委).
MID_FORMER = ("时任", "原")


def jurisdiction_ending_at(text: str, end: int) -> tuple[str, str, int] | None:
    """(full name, kind, start) of the division named just before ``end``, longest first."""
    return place_ending_at(text, end, ("province", "prefecture", "county"))


# The level words a township's name follows (乐至县中天镇), and the words that end one.
_LEVELS_BEFORE_TOWNSHIP = frozenset("省市县区州旗")
_TOWNSHIP_ENDS = ("镇", "乡")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def township_over_county(text: str, found: tuple[str, str, int] | None,
                         at: int) -> tuple[str, str, int] | None:
    """乐至县中天镇原党委副书记: a county's short name (天镇) that ends a township's name
    (中天镇), right after a level word, is the township."""
    if found is None or not text[found[2]:at].endswith(_TOWNSHIP_ENDS):
        return found
    for size in (1, 2):
        start = found[2] - size
        if (start >= 1 and text[start - 1] in _LEVELS_BEFORE_TOWNSHIP
                and _HAN_RUN.fullmatch(text, start, found[2])):
            return text[start:at], "township", start
    return found


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
_QUALIFIERS = ("新一届", "新任", "现任", "新")  # 委内瑞拉新一届总统马杜罗, 乌克兰新总统泽连斯基


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


# What may stand before a country's one-character abbreviation heading a post (会见罗总统
# 伯塞斯库, 。俄国防部长绍伊古): punctuation, or a verb or preposition ending there.
_BEFORE_ABBREVIATION = frozenset("，、。：；:,（(\n“见和与同向对据称即")
# Abbreviations that are more often a word of their own before a post: 新总统 (new), 老 (old),
# 中 and 华 (China), and the regions (港, 欧, 非, 亚).
_NOT_ABBREVIATIONS = frozenset("新老中华港欧非亚")
# Abbreviations that are also prepositions: a foreign name must follow (以总理内塔尼亚胡).
_PREPOSITIONS = frozenset("以")
# The longest model word looked for after a post, for the name that holds it.
_NAME_WINDOW = 12


@cache
def _abbreviations() -> dict[str, str]:
    """One-character abbreviations standing for one country (data/place_abbreviations.tsv)."""
    surfaces = gazetteer().surfaces
    found = {}
    for surface, name, rule in rows("place_abbreviations.tsv"):
        entry = surfaces.get(name)
        if (rule == "tagged_char" and "|" not in name and surface not in _NOT_ABBREVIATIONS
                and entry is not None and entry.places and entry.places[0].kind == "country"):
            found[surface] = name
    return found


def abbreviated_head(text: str, start: int, end: int,
                     words: Words | None) -> tuple[str, str, int] | None:
    """罗总统伯塞斯库, 以总理内塔尼亚胡, 俄国防部长绍伊古: a country written by its one-character
    abbreviation right before a foreign post, after punctuation or a verb, with a foreign
    name after the post. (prefix, country, start) as :func:`foreign_head` gives them."""
    if start < 1 or words is None:
        return None
    country = _abbreviations().get(text[start - 1])
    if country is None or (start >= 2 and text[start - 2] not in _BEFORE_ABBREVIATION):
        return None
    name = next((w for after in range(end + 2, end + _NAME_WINDOW)
                 if (w := words.get(after)) is not None and w.start == end), None)
    if name is None or not (transliterated(name.text) or name.tag == "PER"):
        return None  # 白总统办公厅: no name holds the post
    if text[start - 1] in _PREPOSITIONS and surnamed(name.text):
        return None  # 以总理李强名义: 以 the preposition, before a Chinese name
    return country, country, start - 1


# Between a foreign post's holder and the next post of the same side's list: the name (a
# spouse with it) and 、 (泰国总理巴育夫妇、文化部部长伊提蓬夫妇).
_LISTED_HOLDER = re.compile(r"[\u4e00-\u9fff·]{1,12}(?:夫妇|夫人)?、")
_SENTENCE_END = re.compile(r"[。！？；\n]")
MIN_FOREIGN_NAME = 4


def _foreign_holder(text: str, end: int, words: Words | None) -> bool:
    """Whether the name right after a title (at ``end``) cannot be a Chinese one."""
    name = next((w for after in range(end + 2, end + _NAME_WINDOW)
                 if words is not None and (w := words.get(after)) is not None
                 and w.start == end), None)
    if name is None:
        return False
    if "·" in name.text:
        return True
    return transliterated(name.text) and (len(name.text) >= MIN_FOREIGN_NAME
                                          or not surnamed(name.text))


def abroad_ministry(text: str, title: Title, previous: Title | None, previous_end: int,
                    words: Words | None) -> Title:
    """泰国总理巴育夫妇、文化部部长伊提蓬夫妇; 孟加拉国内阁成员、粮食部部长阿布杜尔·拉扎克: a
    ministry's post written without a country is the foreign side's — listed after that
    side's post, or held by a foreign name in a sentence that names one foreign country."""
    if title.fixed is None or title.jurisdiction is not None or title.former:
        return title
    label, body = title.fixed
    if not body.endswith("部") or body.startswith("中"):
        return title
    start = title.span.start
    country = None
    if (previous is not None and previous.foreign and previous.jurisdiction != "中国"
            and _LISTED_HOLDER.fullmatch(text, previous_end, start)
            and not _SENTENCE_END.search(text, previous_end, start)):
        country = previous.jurisdiction
    elif _foreign_holder(text, title.span.end, words):
        sentence = sentence_around(text, start)
        countries = countries_in(text, *sentence)
        country = countries[0] if len(countries) == 1 else None
    if country is None or countries_in(text, start, title.span.end):
        return title
    return Title(title.span, title.post, jurisdiction=country,
                 fixed=(f"{country}{label}", f"{country}{body}"))


_SPACES = frozenset(" \u3000")


def roster_space(gap: str, before: Title) -> bool:
    """Whether ``gap`` is the one space of a roster line between a foreign post and the
    holder's next one (…党主席 总统基尔, …党领袖 政府总理 罗利)."""
    return (before.foreign and gap[:1] in _SPACES and gap[1:2] not in _SPACES
            and (gap[1:] == "" or gap[1:] in tables().governments))


# A village's organ as a body's name ends (辉塔村党支部), and the village's committees a
# report writes bare for the next person of the same village (、村委会原主任刘憨雄).
_VILLAGE_BODY = re.compile(r"(?P<village>[\u4e00-\u9fff]{1,10}?(?:村|社区))"
                           r"(?:党支部|党总支|党委|村委会|居委会|村民委员会)$")
_BARE_VILLAGE_ORGANS = frozenset({"村委会", "居委会", "村民委员会"})
_VILLAGER = re.compile(r"[\u4e00-\u9fff]{2,4}[、和及]")  # the named holder before, a joiner


def same_village(text: str, title: Title, before: Title | None, previous_end: int) -> Title:
    """辉塔村党支部原书记刘俊雄、村委会原主任刘憨雄: a village committee written bare, after
    the holder of a post of a named village and 、, is that village's (辉塔村村委会主任)."""
    if title.fixed is None or before is None or before.fixed is None:
        return title
    label, body = title.fixed
    village = _VILLAGE_BODY.fullmatch(before.fixed[1])
    if body not in _BARE_VILLAGE_ORGANS or village is None or not _VILLAGER.fullmatch(
            text, previous_end, title.span.start):
        return title
    name = village.group("village")
    return Title(title.span, title.post, fixed=(f"{name}{label}", f"{name}{body}"),
                 former=title.former)


# Bodies only another country has, written without it (和联邦委员会主席帕姆兰, 国会议长).
_ABROAD_BODIES = ("联邦", "国会", "议会", "国民议会", "参议院", "众议院", "内阁", "杜马")


def abroad(text: str, title: Title) -> Title:
    """…会见瑞士联邦委员卡西斯和联邦委员会主席帕姆兰: a body China does not have, named
    without its country, is the one foreign country the sentence or paragraph names."""
    if title.fixed is None or title.jurisdiction is not None:
        return title
    label, body = title.fixed
    if not body.startswith(_ABROAD_BODIES) or countries_in(text, title.span.start,
                                                            title.span.end):
        return title
    country = country_in_view(text, title.span.start)
    if country is None:
        return title
    return Title(title.span, title.post, jurisdiction=country,
                 fixed=(f"{country}{label}", f"{country}{body}"), former=title.former)


# A name, then the news of the holder's death (萨巴赫不幸逝世, 因病医治无效逝世).
_DECEASED = re.compile(r"(?:(?![就向对为在和与及的因于是])[\u4e00-\u9fff·－-]){2,12}?(?:同志)?"
                       r"(?:不幸|因病|病|突然|意外)?"
                       r"(?:医治无效)?(?:逝世|去世|病逝|辞世)")


def deceased_after(text: str, end: int) -> bool:
    """Whether the name after a chain ending at ``end`` is said to have died there."""
    return _DECEASED.match(text, end) is not None


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
        start = _run_into_post(text, at, level, words) if start is None else start
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


def _run_into_post(text: str, at: int, level: str, words: Words) -> int | None:
    """巴伐利亚州州/LOC 长: a transliterated place the model ran into the post's first
    character, with its level word written before the post. Where its name starts."""
    covering = next((w for end in range(at + 1, at + _NAME_WINDOW)
                     if (w := words.get(end)) is not None and w.start < at), None)
    if covering is None or covering.tag not in _PLACE_LIKE:
        return None
    name = text[covering.start:at]
    if not name.endswith(level) or len(name) < MIN_TRANSLITERATED + len(level):
        return None
    return covering.start if transliterated(name[:-len(level)]) else None


_HAN = re.compile(r"[\u4e00-\u9fff]")


def past_front(text: str, at: int) -> bool:
    """。前国际足联副主席杰克·华纳: a 前 opening a sentence or clause before a body's post
    marks it past (not the 前 of a word: 目前, 会前)."""
    return text.endswith("前", 0, at) and (
        at < 2 or not _HAN.match(text, at - 2) or text[at - 2] == "的")  # 的前美国足协主席


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
