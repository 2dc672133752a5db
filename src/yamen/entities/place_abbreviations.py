"""Abbreviations of places outside the gazetteer's own matches: side abbreviations (中方 →
中国), one-character province abbreviations after a travel verb (来津 → 天津市), place
groups (港澳 → 香港, 澳门), 内地 beside Hong Kong or Macao (→ 中国) and parts of a foreign
country (乌克兰东部地区 → 乌克兰东部). Split from :mod:`yamen.entities.places` to keep it small.
Also the short names a list of places licenses
(江苏句容、滨海 → 滨海县) and events named after their township (古田会议 → 古田镇).
"""

from __future__ import annotations

import re
from functools import cache

from yamen.document import mark
from yamen.entities.gazetteer import (
    Gazetteer,
    Match,
    Place,
    gazetteer,
    overlaps,
    word_county_shorts,
    word_list,
)
from yamen.entities.ner import Entity

# Side abbreviations (中方) are not followed by these: 中方案, 美方式 and 其中方法 are words.
NOT_SIDE_AFTER = "法案向式面针位便言略剂程阵兴"
# One-character province abbreviations (津, 京) count only right after these verbs (来津,
# 赴京, 驻沪); after 在 only for the municipalities and Guangdong, whose 在X is unambiguous.
ONE_CHAR_LEFT = "来赴抵离返驻进回留访"
ONE_CHAR_AFTER_ZAI = "京津沪渝粤"
# 在华, 对华 (in, towards China) unless 华 starts another word: 华东, 华为, 华侨, 华人, 华润,
# 华山, 华尔街, 华盛顿, 华沙, 华能 …
# Historical events named after the township where they happened (古田会议 → 古田镇; cases
# README: places inside event names count, written as administrative names); not when the
# name goes on to the site (古田会议会址, a site of its own).
EVENT_SITES = "会址|旧址|纪念"
# Two one-character abbreviations before a word that counts them (京津两地, 沪港两地): each
# names its province.
PAIR_PLACES = "两地|两市|两省|两省市"
HUA_NOT_BEFORE = "东北南中西为侨人夏裔语文灯丽美章彩山润强商融容贵尔盛严发灿诞府岳表服晨能沙卡沁"


@cache
def _abbreviation_table() -> tuple[re.Pattern[str], dict[str, tuple[str, list[str]]]]:
    table: dict[str, tuple[str, list[str]]] = {}
    for surface, names, rule in gazetteer().abbreviations:
        if rule == "tagged_char":
            continue  # the model's tag licenses these (tagged_places)
        entry = table.setdefault(surface, (rule, []))
        entry[1].extend(names.split("|"))
    sides = sorted((s for s, (r, _) in table.items() if r in ("side", "group")), key=len,
                   reverse=True)
    chars = "".join(s for s, (r, _) in table.items() if r == "one_char")
    events = "|".join(s for s, (r, _) in table.items() if r == "event")
    pattern = re.compile(
        rf"(?:{events})(?!{EVENT_SITES})|"
        rf"[{chars}]{{2}}(?={PAIR_PLACES})|"
        rf"(?:{'|'.join(sides)})(?![{NOT_SIDE_AFTER}])"
        rf"|(?<=[{ONE_CHAR_LEFT}])[{chars}]|(?<=在)[{ONE_CHAR_AFTER_ZAI}]"
        rf"|(?<=[在对])华(?![{HUA_NOT_BEFORE}])"
    )
    return pattern, table


def abbreviations(view: str, gaz: Gazetteer, matches: list[Match]) -> list[Match]:
    """中方 → 中国, 来津 → 天津市, 港澳 → 香港 and 澳门, outside the gazetteer's matches."""
    pattern, table = _abbreviation_table()
    named = {m.place.name for m in matches if m.place is not None}
    by_name = places_by_name(gaz)
    out: list[Match] = []
    taken = mark(bytearray(len(view)), ((m.start, m.end) for m in matches))
    for hit in pattern.finditer(view):
        start, end = hit.span()
        if any(taken[start:end]):
            continue
        if hit.group() not in table:  # 京津两地: two one-character abbreviations
            out += [Match(start + i, start + i + 1, place, (place,))
                    for i, char in enumerate(hit.group())
                    if (place := by_name.get(table[char][1][0])) is not None]
            continue
        rule, names = table[hit.group()]
        if rule == "one_char" and _starts_place(view, start, gaz):
            continue  # 在京津冀: the longer name is already a match
        if rule == "side" and len(names) > 1:
            names = [n for n in names if n in named]
            if len(names) != 1:
                continue  # 巴方 with neither or both of 巴基斯坦 and 巴西 in the text
        if rule == "side" and view[end - 1] == "方":
            end -= 1  # 中方: the place is 中, 方 is the side
        if rule == "event":  # 古田会议: the mention is the place's part of the name
            end = start + _shared_head(hit.group(), names[0])
        for name in names:
            place = by_name.get(name)
            if place is not None:
                out.append(Match(start, end, place, (place,)))
    return out


def _shared_head(first: str, second: str) -> int:
    """How many leading characters two names share (古田会议, 古田镇 → 2)."""
    return next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
                min(len(first), len(second)))


def _starts_place(view: str, start: int, gaz: Gazetteer) -> bool:
    return any(
        view[start : start + length] in gaz.surfaces
        for length in gaz.lengths.get(view[start : start + 2], ())
        if start + length <= len(view)
    )


@cache
def places_by_name(gaz: Gazetteer) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for text, surface in gaz.surfaces.items():
        for place in surface.places:
            if place.name == text and (text not in out or place.status == "current"):
                out.setdefault(text, place)
    return out


# 内地 beside Hong Kong or Macao (澳门与内地, 香港同内地, 内地与香港): the mainland, China
# (gold sets A and B); elsewhere it is also "inland" (西藏内地班, 内地省份).
_MAINLAND_RE = re.compile(r"(?<=[与同和及、])内地|内地(?=[与同和及、])")
SARS = frozenset(("香港特别行政区", "澳门特别行政区"))
# 大陆 where the document names Taiwan: the mainland, China, as 内地 beside Hong Kong (大陆
# 首批批量进口台湾大米, 踏上大陆这片土地); not a continent (亚欧大陆, 美洲大陆, 新大陆) nor a
# shelf or bridge (大陆架, 大陆桥).
_CONTINENT_RE = re.compile(r"(?<![洲欧亚非新])大陆(?![架桥性型漂法])")
TAIWAN = "台湾省"


def mainland(view: str, gaz: Gazetteer, matches: list[Match]) -> list[Match]:
    """内地 → 中国 where the document names Hong Kong or Macao; 大陆 → 中国 where it names
    Taiwan."""
    names = {m.place.name for m in matches if m.place is not None}
    china = places_by_name(gaz).get("中国")
    hits = [*(_MAINLAND_RE.finditer(view) if SARS & names else ()),
            *(_CONTINENT_RE.finditer(view) if TAIWAN in names else ())]
    return [Match(hit.start(), hit.end(), china, (china,)) for hit in hits
            if china is not None and not overlaps(Match(hit.start(), hit.end(), None), matches)]


# A foreign country, then a direction and 地区 (乌克兰东部地区, 叙利亚北部地区): a part of that
# country, named as the country and the direction (gold set B: 乌克兰东部). A bare 东部地区 in
# the same document is that part, not the region of China.
_PART_RE = re.compile(r"([东西南北中]{1,2}部)地区")


def country_parts(view: str, matches: list[Match]) -> list[Match]:
    """The matches with 乌克兰东部地区 → 乌克兰东部 (foreign) added and the document's bare
    东部地区 read as it."""
    parts: dict[str, set[Place]] = {}  # direction → the parts named with it
    found: list[Match] = []
    for m in matches:
        if m.place is None or m.place.kind != "country" or m.place.name == "中国":
            continue
        hit = _PART_RE.match(view, m.end)
        if hit is not None:
            place = Place(m.place.name + hit.group(1), "foreign", None, m.place.name)
            found.append(Match(m.end, hit.end(), place, (place,)))
            parts.setdefault(hit.group(1), set()).add(place)
    if not found:
        return matches
    ends = {m.end for m in matches if m.place is not None}  # 密苏里州中部地区: that state's
    out = []
    for m in matches:
        if overlaps(m, found):
            continue  # the 东部地区 of 乌克兰东部地区
        if (m.place is not None and m.place.kind == "region" and m.place.name.endswith("部地区")
                and m.start not in ends):
            same = parts.get(m.place.name[:-2], set())
            if len(same) == 1:
                place = next(iter(same))
                m = Match(m.start, m.end, place, (place,))
        out.append(m)
    return out + found


# A river, sea or mountain that opens the name of a treaty or code (《南海各方行为宣言》, 南海
# 行为准则): the feature the document is about (gold set B counts 南海 named only in document
# and mechanism names), though the model reads it as part of the title. Laws are not (gold set
# D: no place in 长江保护法, 黄河保护法).
_DOCUMENT_RE = re.compile(r"[^\W的和与及、]{0,8}?(?:宣言|条约|准则|公约|协定)")


@cache
def _features_re() -> re.Pattern[str]:
    return re.compile("|".join(sorted(word_list("tagged_short_feature"))))


def titled_features(view: str, matches: list[Match]) -> list[Match]:
    """Features of ``tagged_short_feature`` at the start of a document's name."""
    out: list[Match] = []
    for hit in _features_re().finditer(view):
        found = Match(hit.start(), hit.end(), Place(hit.group(), "site"))
        if _DOCUMENT_RE.match(view, hit.end()) and not overlaps(found, matches + out):
            out.append(found)
    return out


# Separators of a list of places (江苏句容、滨海等地), and what may follow its last item.
LIST_SEPARATORS = "、和及与"
LIST_END = "、和及与等，。；"


def listed_counties(
    view: str, pending: list[Match], accepted: list[Match], gaz: Gazetteer
) -> list[Match]:
    """A guarded short name listed right after a unit of the same kind under a province the
    text names (江苏句容、滨海 → 滨海县, in Jiangsu like 句容市): the list shares its locator.
    Short names that are ordinary words (滨海) count here too, before 等 or a separator."""
    codes = {m.place.adcode for m in accepted if m.place is not None and m.place.adcode}
    waiting = {m.start: m for m in pending}
    words = word_county_shorts()
    out: list[Match] = []
    for before in accepted:
        start = before.end + 1
        if (before.place is None or before.place.kind not in ("county", "prefecture")
                or view[before.end:start] not in tuple(LIST_SEPARATORS)):
            continue
        shared = gaz.ancestors(before.place) & codes
        match = waiting.get(start)
        if match is None:
            size = next((n for n in (3, 2) if view[start:start + n] in words
                         and view[start + n:start + n + 1] in tuple(LIST_END)), 0)
            match = Match(start, start + size, None, words.get(view[start:start + size], ()))
        known = [p for p in match.candidates  # 运城、长治: a city listed after a city
                 if p.kind == before.place.kind and gaz.ancestors(p) & shared]
        if len(known) == 1 and not overlaps(match, accepted + out):
            out.append(Match(match.start, match.end, known[0], (known[0],)))
    ending = {m.end: m for m in pending}
    for after in accepted:  # 长治、晋中: a city listed before a city
        match = ending.get(after.start - 1)
        if (match is None or after.place is None or after.place.kind != "prefecture"
                or view[after.start - 1] not in LIST_SEPARATORS):
            continue
        shared = gaz.ancestors(after.place) & codes
        known = [p for p in match.candidates
                 if p.kind == "prefecture" and gaz.ancestors(p) & shared]
        if len(known) == 1 and not overlaps(match, accepted + out):
            out.append(Match(match.start, match.end, known[0], (known[0],)))
    return out


# One-character sides of relations (used by yamen.entities.tagged_places).
# A run of abbreviation characters longer than this is not a list of sides.
MAX_CHAR_RUN = 4
# Words after a pair of one-character sides (中越两国, 中美关系, 巴以冲突, 巴以和谈): the pair
# names two countries. 中、阿建交 may write the pair with a mark between.
RELATION_WORDS = (
    "两国|关系|建交|友好|友谊|双边|经贸|战略|联合声明|首脑|元首|边境|边界|外交|冲突|命运共同体|合作|论坛"
    "|谈判|和谈|和平进程|停火|争端"
)
# Pairs that news writes for one conflict whatever else the text names: 巴 with 以 is
# Palestine (巴以冲突, 巴以和谈). (印巴 keeps the rule of ambiguous characters: see
# tests/entities/test_tagged_places.py.)
FIXED_PAIRS = {"巴以": ("巴勒斯坦", "以色列")}
# A one-character foreign country, then a part of it (巴南部, 阿北部, 叙东北部): the country.
# Not 中 or 华 (中南部, 华北南部 are directions and regions), nor a province (台北部), nor a
# direction (西北部 is not 西班牙).
_SIDE_PART_RE = re.compile(r"(?:[东西]?[南北]|[东西中])部")


def side_pairs(
    view: str, table: dict[str, tuple[str, ...]], named: set[str], by_name: dict[str, Place],
    covered: bytearray,
) -> list[Match]:
    """中意两国, 美中关系, 布中两国, 中、阿建交: two sides before a word of relations,
    whatever the model made of them (it often reads 中意 as one word of another kind)."""
    out: list[Match] = []
    for hit in _pair_re(tuple(table)).finditer(view):
        start, end = hit.span()
        word = hit.group().replace("、", "")
        if len({table[c] for c in word}) == len(word) and not any(covered[start:end]):
            found = side_chars(word, start, table, named, by_name, paired=True) or []
            if end - start > len(word):  # 中、阿: the second side stands after the mark
                found = [m if m.start == start else Match(m.start + 1, m.end + 1, m.place,
                                                          m.candidates) for m in found]
            out += found
    return out


@cache
def _pair_re(chars: tuple[str, ...]) -> re.Pattern[str]:
    letters = "".join(chars)
    return re.compile(
        rf"(?<![{letters}])(?:[{letters}]、?[{letters}](?=(?:{RELATION_WORDS}))"
        rf"|[{letters}]{{3}}(?=三国))"
    )


@cache
def side_char_table(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    return {
        surface: tuple(names.split("|"))
        for surface, names, rule in gaz.abbreviations
        if rule == "tagged_char"
    }


def side_chars(
    word: str, start: int, table: dict[str, tuple[str, ...]], named: set[str],
    by_name: dict[str, Place], paired: bool = False,
) -> list[Match] | None:
    """访美 → 美国; 中美 → 中国, 美国; 巴南部 → 巴基斯坦 (where it is named): every
    character an abbreviation, each resolved."""
    if len(word) >= 3 and word[0] in table and word[0] not in "东南西北" and (
        _SIDE_PART_RE.fullmatch(word, 1)
    ):  # not 西|北部 (西班牙)
        found = side_chars(word[0], start, table, named, by_name) or []
        return [m for m in found if m.place is not None and m.place.kind == "country"
                and m.place.name != "中国"]
    if len(word) > MAX_CHAR_RUN or not all(c in table for c in word):
        return None
    if len({table[c] for c in word}) < len(word):
        return []  # 中华: one country twice is a word, not a list of sides
    out: list[Match] = []
    for i, char in enumerate(word):
        names = table[char]
        if word in FIXED_PAIRS:
            names = (FIXED_PAIRS[word][i],)
        if len(names) > 1:
            names = tuple(n for n in names if n in named)
            if len(names) != 1:
                if len(word) > 2 or not (paired or "中" in word):
                    return []  # 哈马德 (a king's name), 哈马 (Hama): an unknown side, a word
                continue  # 巴 with neither or both of 巴基斯坦 and 巴西 in the text
        place = by_name.get(names[0])
        if place is not None and place.kind == "region" and names[0] not in named:
            # 拉 is 拉美 unless the text names a country of that character (拉脱维亚大学)
            countries = [by_name[n] for n in named if n[0] == char and n in by_name
                         and by_name[n].kind == "country"]
            place = countries[0] if len(countries) == 1 else place
        if place is not None:
            out.append(Match(start + i, start + i + 1, place, (place,)))
    return out


# Only subdistricts: towns share their names with the sites and areas they are famous for
# (鹰潭龙虎山 is the mountain, 广汉三星堆 the ruins, 珠海横琴 the new area; not 龙虎山镇).
TOWNSHIP_SUFFIXES = ("街道",)


def township_after(word: str, start: int, before: Place | None, gaz: Gazetteer) -> list[Match]:
    """A subdistrict written without 街道 right after its city or county (珠海拱北 →
    拱北街道, as 上海松江 → 松江区): the one subdistrict of that name inside the locator."""
    if before is None or before.adcode is None or before.kind not in ("prefecture", "county"):
        return []
    if not 2 <= len(word) <= 3:
        return []
    for suffix in TOWNSHIP_SUFFIXES:
        surface = gaz.surfaces.get(word + suffix)
        inside = [p for p in surface.places if before.adcode in gaz.ancestors(p)] if surface else []
        if len(inside) == 1:
            return [Match(start, start + len(word), inside[0], (inside[0],))]
    return []


# A one-character side standing alone (no relation word after it): after a verb of travel
# (赴法留学, 来日后), or when the text names the country in full, after a preposition of
# parties before a verb (对南提出, 使哈有) or at a clause's start before the whole country or
# its government (，印全国各地). Characters that are mostly ordinary words stay out.
LONE_SIDE_NOT = frozenset("中华非以比加藏新老西白古亚台港马沙土保希波塞蒙")
LONE_SIDE_PARTY = frozenset("对向同与使令")
LONE_SIDE_CLAUSE = frozenset("，。；：")
LONE_SIDE_WHOLE = ("全国", "国内", "政府", "全境", "各地", "境内")


def lone_side(view: str, word: Entity, following: Entity | None, named: set[str]) -> bool:
    """Whether the one-character word is a side standing alone (see LONE_SIDE_NOT)."""
    char, before = word.text, view[word.start - 1:word.start]
    names = side_char_table(gazetteer()).get(char, ())
    if not names or char in LONE_SIDE_NOT or word.tag in ("w", "p", "c", "u"):
        return False
    if before and before in ONE_CHAR_LEFT:
        return True
    if not named.intersection(names) or following is None or following.start != word.end:
        return False
    if before in LONE_SIDE_PARTY:
        return following.tag == "v"
    return (not before or before in LONE_SIDE_CLAUSE) and following.text.startswith(
        LONE_SIDE_WHOLE)
