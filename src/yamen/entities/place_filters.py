"""Filters on the gazetteer's matches by the NER model's words: a place inside a longer
personal name (马里 in 海尔马里亚姆), or one crossing the end of a word the model tags (江南|美景
is not 南美). Split from :mod:`yamen.entities.places` to keep it small."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from yamen.entities.gazetteer import Match, Place, gazetteer, word_list
from yamen.entities.ner import Entity
from yamen.entities.place_abbreviations import RELATION_WORDS

# Weather words a city's name runs into in a forecast list (卡拉奇晴/PER 30℃).
WEATHER_WORDS = frozenset(
    ("晴", "阴", "多云", "雨", "小雨", "阵雨", "雷阵雨", "中雨", "大雨", "雪")
)


def outside_names(
    view: str, matches: list[Match], entities: Sequence[Entity]
) -> list[Match]:
    """Drop a place the model reads as part of a longer personal name (马里 in 海尔马里亚姆)."""
    names = {}  # character offset → the personal name over it
    # A name written once with its post is a name wherever the model tags it (科罗马表示).
    titled = {e.text for e in entities if _titled_name(view, e)}
    for entity in entities:
        if entity.tag == "PER" or (entity.tag in ("LOC", "ORG") and entity.text in titled):
            for i in range(entity.start, entity.end):
                names[i] = entity
    out = []
    for match in matches:
        name = names.get(match.start)
        if (
            name is None
            or name.end < match.end
            or name.end - name.start == match.end - match.start
            or match.end - match.start == 1  # 访华: the verb rule read it, not the model
            or _full_division(view, match)  # 翁牛特旗委/PER: a full name then its party committee
            or (name.start == match.start and view[match.end:name.end] in WEATHER_WORDS)
        ):
            out.append(match)
    return out


# Posts written right before a foreign name (会见塞拉利昂总统科罗马), or after it behind 同/与
# (同科罗马总统举行会谈): a transliterated word next to one (one other character may stand in
# it: 马) is the holder's name whatever the model tagged it, and a place inside it (罗马) is no
# place.
_NAME_AFTER_TITLES = (
    "总统", "总理", "首相", "国王", "女王", "议长", "外长", "大使", "秘书长", "总书记", "主席",
)


def _titled_name(view: str, entity: Entity) -> bool:
    if entity.tag not in ("LOC", "ORG") or entity.end - entity.start < 3:
        return False
    letters = word_list("transliteration_char")
    titled = view.endswith(_NAME_AFTER_TITLES, 0, entity.start) or (
        view[entity.start - 1:entity.start] in ("同", "与")  # 同科罗马总统举行会谈
        and view.startswith(_NAME_AFTER_TITLES, entity.end)
    )
    return titled and sum(c not in letters for c in view[entity.start:entity.end]) <= 1


# Longest place dropped for crossing a model word: short names (南美, 湖南, 东山区); longer
# names are more often right than the model's cut (内蒙古东|乌珠穆沁旗, 中东海湾|地区).
CROSSING_MAX_CHARS = 3


def not_crossing(view: str, matches: list[Match], entities: Sequence[Entity]) -> list[Match]:
    """Drop a place that starts inside a word the model tags LOC and runs past its end: the
    model's word is the place (江南|美景 is not 南美); a country inside a name (哈马德|国王)."""
    inside = bytearray(len(view) + 1)  # 1 where a LOC word goes on (2: a PER or ORG word)
    ends = [0] * (len(view) + 1)  # there: the end of that word
    for entity in (e for e in entities if e.tag in ("LOC", "PER", "ORG")):
        for i in range(entity.start + 1, entity.end):
            inside[i], ends[i] = 1 if entity.tag == "LOC" else 2, entity.end
    return [m for m in matches if not (
        ends[m.start] < m.end and m.end - m.start <= CROSSING_MAX_CHARS and (inside[m.start] == 1
        or (inside[m.start] == 2 and m.place is not None and m.place.kind == "country"))
        and not _foreign_division(view, m)
    )]


def _foreign_division(view: str, match: Match) -> bool:
    """A division abroad written in full with its suffix (日本岛|根县 → 岛根县)."""
    place = match.place
    return (place is not None and place.kind == "foreign" and place.name[-1] in "县省州"
            and view[match.start:match.end] == place.name and len(place.name) >= 3)


def _full_division(view: str, match: Match) -> bool:
    """A division written with its suffix (翁牛特旗, 兰考县): no personal name holds one."""
    place = match.place
    return (
        place is not None and place.kind in ("province", "prefecture", "county")
        and view[match.start:match.end] == place.name and len(place.name) >= 3
    )


# A law or regulation named in book-title marks (《中华人民共和国统计法（修正草案）》, 《长江保护
# 法》): the place that opens its name names the law, not a place the report is about (gold
# sets A and D: no 中国 for 《中华人民共和国监察法》, no place in 长江保护法). Treaties and
# reports are not laws and keep their places (中华人民共和国和乌克兰友好合作条约).
_TITLE_RE = re.compile(r"《([^《》\n]{2,40}?)》")
_LAW_END_RE = re.compile(r"(?:法|法典|条例|规定|办法|细则)(?:[（(][^（）()]{1,8}[）)])?$")
# A quoted name followed by the kind of body it names (格鲁吉亚“欧洲社会主义者”党): the places
# in the quotes name the body. A quoted epithet of the form “中国…第一…” (“中国改革第一村”,
# “中国第一女贪官”) ranks a thing in China; it names no place either.
_QUOTED_RE = re.compile(r"“([^“”\n]{2,16})”")
_BODY_AFTER_QUOTE = ("党", "组织", "运动", "联盟", "阵线", "集团", "公司", "协会", "基金会")


def outside_titles(view: str, matches: list[Match]) -> list[Match]:
    """Drop the places that open a law's name, name a quoted body or head a quoted epithet."""
    drop: set[int] = set()  # start offsets of the matches to drop
    for title in _TITLE_RE.finditer(view):
        if _LAW_END_RE.search(title.group(1)):
            drop.add(title.start(1))
    quoted: list[tuple[int, int]] = []
    for quote in _QUOTED_RE.finditer(view):
        body = quote.group(1)
        if view.startswith(_BODY_AFTER_QUOTE, quote.end()):
            quoted.append(quote.span(1))
        elif body.startswith("中国") and "第一" in body:
            drop.add(quote.start(1))
    return [m for m in matches if not (m.start in drop and _named_by_law(m))
            and not any(s <= m.start and m.end <= e for s, e in quoted)]


def _named_by_law(match: Match) -> bool:
    """A country, region or feature opening a law's name; a division opening a regulation's
    name is where it applies (《广东省科技创新条例》 keeps 广东省)."""
    return match.place is None or match.place.kind not in ("province", "prefecture", "county")


def inside_regions(matches: list[Match], entities: Sequence[Entity]) -> list[Match]:
    """Drop a place that starts inside a region word opening a model LOC word (陕南山区 is not
    南山区): the region is the place (tagged_places reads it)."""
    regions = word_list("tagged_region")
    inside = bytearray(max((e.end for e in entities), default=0) + 1)
    for entity in entities:
        if entity.tag != "LOC":
            continue
        head = next((entity.text[:n] for n in (3, 2) if entity.text[:n] in regions), "")
        if head and len(entity.text) > len(head):
            inside[entity.start + 1:entity.start + len(head)] = b"\x01" * (len(head) - 1)
    return [m for m in matches if m.start >= len(inside) or not inside[m.start]]


# A short county or city name right before a river's 河/江 and a word about the river
# (永定河畔, 北仑河口): the river, not the county (永定区, 北仑区 lie elsewhere).
_RIVER_AFTER_RE = re.compile(
    r"[河江](?:畔|口|两岸|沿岸|岸边|流域|水系|干流|支流|上游|中游|下游|河道|故道|大桥|湿地|段)"
)
# A short name then a serial number names a ship, satellite or machine (天河二号, 深蓝一号).
_SERIAL_AFTER_RE = re.compile(r"[一二三四五六七八九十0-9０-９]{1,3}号")
# A run of one-character abbreviations ending in a word for languages (以中、英、法、俄等多语
# 种出版): the characters name languages, not countries.
_LANGUAGE_LIST_RE = re.compile(
    r"(?:[\u4e00-\u9fff]、){2,14}[\u4e00-\u9fff]等?多?(?:[\d一二三四五六七八九十]{1,3}[个种])?"
    r"(?:语种|语言|文版|文字|版本)"
)
LANGUAGE_WINDOW = 40
DIVISION_CHARS = frozenset("州市县区旗盟")
# Regions of the world that open the names of bodies (欧洲空管局, 非洲联盟委员会): inside a
# word the model tags ORG they name the body (cases README: 欧洲议会 gives no place).
WORLD_REGIONS = frozenset((
    "欧洲", "亚洲", "非洲", "美洲", "北美", "南美", "拉美", "中东", "亚太", "东南亚", "中亚",
    "西亚", "南亚", "东亚", "北欧", "东欧", "西欧", "南欧", "中欧", "大洋洲", "加勒比",
))


def named_things(
    view: str, matches: list[Match], entities: Sequence[Entity]
) -> list[Match]:
    """Drop a short county name opening a river's name (永定河畔) or a serial name (天河二号),
    a region opening a body's name the model tags (欧洲空管局), and one-character countries
    in a list of languages (中、英、法、俄等多语种)."""
    org_starts = {e.start: e.end for e in entities if e.tag == "ORG"}
    # 雷西斯滕西亚/LOC: a two-character region ending a longer transliterated word
    word_ends = {e.end: e.start for e in entities if e.tag in ("LOC", "PER")}
    out = []
    for m in matches:
        place = m.place
        if place is None:
            out.append(m)
            continue
        surface = view[m.start:m.end]
        short = place.kind in ("county", "prefecture") and surface != place.name and (
            surface[-1] not in DIVISION_CHARS  # 红河州河口县: the prefecture, then its county
        )
        if short and (_RIVER_AFTER_RE.match(view, m.end) or _SERIAL_AFTER_RE.match(view, m.end)):
            continue
        if place.name in WORLD_REGIONS and org_starts.get(m.start, m.end) > m.end:
            continue
        if m.end - m.start == 1 and place.kind == "country" and _in_language_list(view, m.start):
            continue
        if _ends_transliteration(view, m, word_ends):
            continue
        out.append(m)
    return out


def _ends_transliteration(view: str, m: Match, word_ends: dict[int, int]) -> bool:
    """滕西亚, 奥登西亚: 西亚 closing a longer word the model tags, behind a transliteration
    letter (not 中西亚 or 东南亚, where a direction opens the region)."""
    if m.end - m.start != 2 or m.place is None or m.place.name not in WORLD_REGIONS:
        return False
    start = word_ends.get(m.end, m.start)
    return start < m.start and view[m.start - 1] in word_list("transliteration_char")


def _in_language_list(view: str, start: int) -> bool:
    lo = max(0, start - LANGUAGE_WINDOW)
    return any(
        hit.start() <= start < hit.end()
        for hit in _LANGUAGE_LIST_RE.finditer(view, lo, start + LANGUAGE_WINDOW)
    )


# Words that begin with 国 after a one-character country (俄国内, 俄国防部, 俄国家杜马).
GUO_WORDS = ("国内", "国防", "国家", "国会", "国际", "国务")


@cache
def _sides() -> dict[str, tuple[str, ...]]:
    return {surface: tuple(names.split("|")) for surface, names, rule in gazetteer().abbreviations
            if rule == "tagged_char"}


def domestic(view: str, matches: list[Match]) -> list[Match]:
    """俄国内 is 俄 and 国内 (in Russia), not 俄国: a country's X国 form that is not its name,
    then a word of 国 (内, 防部, 家杜马), keeps only the abbreviation (美国内 keeps 美国, the
    name)."""
    return [
        Match(m.start, m.start + 1, m.place, m.candidates)
        if m.place is not None and m.place.kind == "country" and m.end - m.start == 2
        and view[m.end - 1:m.end + 1] in GUO_WORDS and view[m.start:m.end] != m.place.name
        and m.place.name in _sides().get(view[m.start], ())  # not 我国 (我国民族)
        else m
        for m in matches
    ]


def named_pairs(view: str, table: dict[str, tuple[str, ...]], named: set[str],
                by_name: dict[str, Place], covered: bytearray) -> list[Match]:
    """中斯传统友谊, 中纳两国: 中, then the first character of the one country the text names
    with it (斯里兰卡, 纳米比亚), where the side table has no such character."""
    firsts: dict[str, list[str]] = {}
    for name in named:
        if name in by_name and by_name[name].kind == "country" and name[0] not in table:
            firsts.setdefault(name[0], []).append(name)
    out: list[Match] = []
    for hit in _NAMED_PAIR_RE.finditer(view):
        i, names = hit.start(), firsts.get(hit.group(), [])
        if len(names) == 1 and "中国" in by_name and not any(covered[i - 1:i + 1]):
            out += [Match(j, j + 1, by_name[n], (by_name[n],))
                    for j, n in ((i - 1, "中国"), (i, names[0]))]
    return out


_NAMED_PAIR_RE = re.compile(rf"(?<=中)\w(?=(?:传统)?(?:{RELATION_WORDS}))")


# Posts after which a word ending like a village or hill is the holder's name (人大常委会主任
# 洛桑江村, 陆军中将安益山): the model tags such names LOC by their ending.
POSTS_BEFORE_NAME = (
    "主任", "书记", "主席", "中将", "少将", "上将", "大将", "部长", "司令员", "政委", "局长",
    "厅长", "委员", "代表", "院士", "校长", "会长",
)
# What follows a name in a list or a clause, not a place (、, 分别, 表示).
_AFTER_NAME_RE = re.compile(r"[、，。和等]|分别|表示|指出|强调|说|出席|率|一行|同志")


def name_after_post(view: str, start: int, end: int) -> bool:
    """A model LOC word of three or four characters ending in 村 or 山 right after a post and
    before a list break or a verb of speech: a person's name (主任洛桑江村、…)."""
    word = view[start:end]
    return (
        3 <= len(word) <= 4 and word[-1] in "村山" and view.endswith(POSTS_BEFORE_NAME, 0, start)
        and _AFTER_NAME_RE.match(view, end) is not None
    )
