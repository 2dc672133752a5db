"""Places: every geographic reference in a report, as CONVENTIONS (Places) defines it.

``find_places(text, simplified)`` scans the Simplified view once with the gazetteer
(leftmost-longest, see :mod:`yamen.entities.gazetteer`), then adds what the gazetteer
alone cannot see: side abbreviations (中方, 美方), one-character province abbreviations after
a travel verb (来津), place groups (港澳), and named sites marked by a visit verb and a site
suffix (来到天开高教科创园). Each rule is conservative: a place word that is also an ordinary
word or part of a name must show its suffix, a parent locator (上海松江) or its full name
elsewhere in the same document before it counts.

>>> [(p["name"], p["kind"], p["adcode"]) for p in find_places("广东省党政代表团来津学习")]
[('广东省', 'province', '440000'), ('天津市', 'province', '120000')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yamen.document import mark
from yamen.entities.enclosing_places import (
    enclosing_sites,
    split_zones,
    townships_named_after,
    with_suffix,
)
from yamen.entities.foreign_divisions import with_foreign_divisions
from yamen.entities.gazetteer import Form, Gazetteer, Match, Place, gazetteer, overlaps
from yamen.entities.ner import Entity
from yamen.entities.place_abbreviations import (
    abbreviations,
    country_parts,
    listed_counties,
    mainland,
    places_by_name,
    titled_features,
)
from yamen.entities.place_filters import (
    domestic,
    inside_regions,
    named_things,
    not_crossing,
    outside_names,
    outside_titles,
)
from yamen.entities.place_lists import listed_regions
from yamen.entities.place_records import records as _records
from yamen.entities.sites import find_airports, find_halls, find_sites, find_villages
from yamen.entities.tagged_places import tagged_places

# A place word directly followed by one of these names an institution, company or brand
# (北京大学, 中国人民银行, 广东省人民医院), not the place (CONVENTIONS: not places). Up to
# INSTITUTION_GAP characters may stand between (北京理工大学, 中国科学技术大学); the gap may not
# hold a function word, so 天津的大学 keeps 天津.
INSTITUTION_SUFFIXES = (
    "大学|学院|科学院|社科院|工程院|研究院|研究所|设计院|党校|银行|集团|医院|中学|小学|学校|日报|"
    "晚报|电视台|卫视|出版社|报社|交易所|发射中心|发射场|机场"
)
INSTITUTION_GAP = 4
# 大学生, 小学生 are students, not the school (中国大学生, 日本中小学生); 大学生命科学学院 and
# 公司生产 go on into another word.
NOT_INSTITUTION_AFTER = r"(?!生(?![命物态产]))"
# Suffixes that must follow at once: ports, ships, teams, news sites (天津港, 辽宁舰, 中国队).
# 网 is a news site (广州网, 中国网) unless it starts 网络, 网格 and the like; 港口 is a kind
# (南非港口城市德班). A country right before 公司 names a kind too (美国公司).
FACILITY_SUFFIXES = "港(?!口)|舰|队|网(?![络格点民上购友])"
# Registered company names run longer (中国汽车技术研究中心有限公司): up to this many
# characters may stand before 有限公司.
COMPANY_GAP = 12
# Foundations run longer too (中国青少年发展基金会).
FOUNDATION_GAP = 8
_GAP_CHARS = r"[^\W的和与及同在对向为将把是并了家个些等、其各方到赴抵至往]"
# 其, 各 open a phrase, not a name (湖北省其他机场, 全省各医院); 方 ends a side (比利时检方);
# a verb of going is no part of a name (中国驻荷兰大使到机场送行).
# 国家 may stand in the gap (河内国家大学, 首尔国家大学), though 家 alone may not; so may 协和,
# the name word of hospitals and colleges (北京协和医院), though 和 alone may not, and 东方.
_INSTITUTION_GAP = rf"(?:国家|协和|东方|{_GAP_CHARS})"
# 中小学 (and 大中小学) is the schools of the place, not one school (雅安市中小学校).
_INSTITUTION_RE = re.compile(
    rf"(?!大?中小学)(?:{_INSTITUTION_GAP}{{0,{INSTITUTION_GAP}}}?(?:{INSTITUTION_SUFFIXES}){NOT_INSTITUTION_AFTER}"
    rf"|{_GAP_CHARS}{{1,{INSTITUTION_GAP}}}?公司"
    rf"|{_GAP_CHARS}{{0,{COMPANY_GAP}}}?有限(?:责任)?公司"
    rf"|{_GAP_CHARS}{{2,{FOUNDATION_GAP}}}?基金会"
    rf"|(?:{FACILITY_SUFFIXES}))"
)
# A country word before these is an ethnic group, language, ocean or thing (朝鲜族, 印度洋,
# 蒙古包).
NOT_COUNTRY_AFTER = frozenset("族洋语包")
# A 日 after these ends a date (11日本报), so it starts no place name (日本).
DATE_DIGITS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")
# A short name whose last character starts a word with the next one (在南投资: 投资).
SHORT_NAME_RUNS_ON = frozenset(("投资",))
# After 其, 中国 then one of these is 其中 and a word of 国 (其中国王, 其中国有企业, 其中国内).
NOT_CHINA_AFTER_QI = frozenset("王有内际企营")
# X市 before 场 is "X market" (合作市场), not the city.
NOT_CITY_AFTER = frozenset("场")

# Common single-character surnames. A city short name right after one, with no place just
# before it, is taken for part of a personal name (李长春, 刘桂平市长) and dropped. Characters
# that are mostly prepositions or conjunctions (于, 向, 和, 同) are left out on purpose.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范石廖贾夏韦付傅方白邹孟熊秦邱侯尹薛闫段雷黎史陶贺毛郝顾龚邵"
    "覃武钱戴严莫孔常汤康易乔赖文栗俞楼蔺习温贾"
)

# The municipalities directly under the central government (province kind, named like cities).
MUNICIPALITIES = frozenset(("110000", "120000", "310000", "500000"))
# Regions named by a direction: right after a place they are a part of it (挪威中部地区),
# not the region of China.
DIRECTIONAL_REGIONS = frozenset(("东部地区", "中部地区", "西部地区"))

# Left neighbours after which a one-character-name county (范县, 歙县) or a two-character
# short name may stand (除武汉天河机场外).
ONE_CHAR_NAME_LEFT = frozenset("在到赴于的、从至和与及除")
# A locator that ends with its suffix licenses no such name after it unless the name lies
# inside it (兰考县|任县委书记: 任县 is in Hebei; 邢台市任县 is matched as a unit of 邢台).
DIVISION_ENDS = frozenset("县市区省州旗")
# A township name with fewer body characters than this needs a parent locator (吴兴区织里镇):
# two-character bodies collide with words (发展乡村 → 发展乡, 高于城镇 → 于城镇).
TOWNSHIP_MIN_BODY_ALONE = 3
TOWNSHIP_XIANG_NOT_BEFORE = frozenset("村镇亲土愁音贤情间下")
TOWNSHIP_ZHEN_NOT_BEFORE = frozenset("化居村区")



def find_places(
    text: str, simplified: str | None = None, entities: Sequence[Entity] = ()
) -> list[dict]:
    """Places in ``text`` as record entries, matched on ``simplified`` (same length).

    ``entities``: the NER model's words for ``simplified``; their LOC tags license places the
    gazetteer holds back or does not know (see :mod:`yamen.entities.tagged_places`)."""
    view = text if simplified is None else simplified
    if len(view) != len(text):
        raise ValueError(
            f"the Simplified view has {len(view)} characters and the text {len(text)}: "
            "spans are offsets into text, so the view must convert character for character"
        )
    gaz = gazetteer()
    matches, pending = _scan(view, gaz)
    blocked = [m for m in matches if m.place is None]
    matches = [m for m in matches if m.place is not None]
    matches += _learned(pending, matches)
    matches += listed_counties(view, pending, matches, gaz)
    matches += abbreviations(view, gaz, matches)
    matches += mainland(view, gaz, matches)
    matches += titled_features(view, matches)
    sites, locators = find_sites(view, matches, pending)
    sites += [a for a in find_airports(view, blocked) if not overlaps(a, sites)]
    matches += locators
    sites += find_villages(view, matches, sites)
    sites += find_halls(view, matches)
    matches = [m for m in matches if not any(s.start <= m.start < s.end for s in sites)]
    in_site = mark(bytearray(len(view)), ((s.start, s.end) for s in sites))
    mark(in_site, ((b.start, b.end) for b in blocked if not b.candidates))  # 国际旅游岛
    free = [e for e in entities if not any(in_site[e.start:e.end])]
    matches, enclosing = enclosing_sites(view, free, matches)
    matches, zones = split_zones(view, free, matches)
    sites += enclosing + zones
    matches = with_suffix(view, entities, outside_names(view, matches, entities))
    matches = inside_regions(not_crossing(view, matches, entities), entities)
    taken = matches + sites
    matches += tagged_places(view, entities, taken + blocked, gaz, places_by_name(gaz))
    matches = townships_named_after(view, with_foreign_divisions(view, entities, matches))
    matches += listed_regions(view, matches)
    matches = outside_titles(view, country_parts(view, named_things(view, matches, entities)))
    matches = domestic(view, matches)
    sites = outside_titles(view, sites)
    ends = {m.end for m in matches + sites if m.place is not None and m.place.name != "中国"}
    matches = [
        m for m in matches
        if not (m.place is not None and m.place.name in DIRECTIONAL_REGIONS and m.start in ends)
    ]
    return _records(_merged_sites(sites + [m for m in matches if _is_site(m)])
                    + [m for m in matches if not _is_site(m)], gaz)


def _is_site(match: Match) -> bool:
    return match.place is not None and match.place.kind in ("site", "foreign") and (
        match.place.adcode is None and match.place.parent is None
    )


def _merged_sites(sites: list[Match]) -> list[Match]:
    """A site named again without its city (武汉天河机场 … 天河机场) is the same site."""
    names = {m.place.name: m.place for m in sites if m.place is not None}
    out = []
    for m in sites:
        name = m.place.name if m.place is not None else ""
        longer = [p for n, p in names.items() if len(name) >= 4 and n != name and n.endswith(name)]
        out.append(Match(m.start, m.end, longer[0], m.candidates) if len(longer) == 1 else m)
    return out


def _scan(view: str, gaz: Gazetteer) -> tuple[list[Match], list[Match]]:
    """Leftmost-longest scan. Returns accepted matches and guarded ones awaiting context."""
    accepted: list[Match] = []
    pending: list[Match] = []
    previous: Match | None = None  # the last accepted place, for locator chains
    i, n = 0, len(view)
    while i < n - 1:
        lengths = gaz.lengths.get(view[i : i + 2])
        found: Match | None = None
        for length in lengths or ():
            end = i + length
            surface = gaz.surfaces.get(view[i:end]) if end <= n else None
            if surface is None:
                continue
            chained = previous is not None and previous.end == i
            # 河北阜平山区: a unit of the locator just before wins over a longer name that
            # starts inside it (平山区, in Liaoning); fixed expressions still block.
            located = chained and surface.form is not Form.BLOCK and bool(
                previous is not None and previous.place is not None
                and _inside(surface.places, previous.place, gaz)
            )
            if _blocked_inside(view, i, end, gaz, names_too=not located):
                continue
            if surface.form is Form.BLOCK:
                found = Match(i, end, None)
                break
            places = surface.places
            if chained and previous is not None and previous.place is not None:
                inside = _inside(places, previous.place, gaz)
                if inside:
                    found = Match(i, end, inside[0], tuple(inside))
                    break
            if surface.form in (Form.GUARDED, Form.LOCATOR_ONLY):
                if surface.form is Form.GUARDED and not _after_surname(view, i, chained):
                    pending.append(Match(i, end, places[0], tuple(places)))
                continue
            if not _plausible(view, i, end, places[0], surface.form, chained):
                if places[0].kind == "township" and _township_may_wait(view, i, end):
                    pending.append(Match(i, end, places[0], tuple(places)))
                continue
            found = Match(i, end, places[0], tuple(places))
            break
        if found is None:
            i += 1
            continue
        if (
            found.place is not None
            and _INSTITUTION_RE.match(view, found.end)
            and not _locates_next(view, found, gaz)
        ):
            # 宁波舟山港: the place before an institution name belongs to it as well, unless
            # it is the province around a city (湖北武汉天河机场: 湖北 stays a locator).
            # Blocked places keep their candidates: a named airport is built on them.
            if previous is not None and previous.end == found.start and accepted and not (
                _province_around(previous, found, gaz)
            ):
                popped = accepted.pop()
                accepted.append(Match(popped.start, popped.end, None, (popped.place,)))
            found = Match(found.start, found.end, None, found.candidates)
        accepted.append(found)
        previous = found if found.place is not None else None
        i = found.end
    return accepted, pending


def _locates_next(view: str, found: Match, gaz: Gazetteer) -> bool:
    """A place inside ``found`` follows it (湖北武汉…): the institution is the inner one's."""
    place = found.place
    if place is None or place.adcode is None:
        return False
    for length in gaz.lengths.get(view[found.end : found.end + 2], ()):
        surface = gaz.surfaces.get(view[found.end : found.end + length])
        if surface is not None and any(place.adcode in gaz.ancestors(p) for p in surface.places):
            return True
    return False


def _province_around(previous: Match, found: Match, gaz: Gazetteer) -> bool:
    """A province (not a municipality) just before a place inside it: 湖北 + 武汉, 青海 +
    格尔木. A municipality is the city an institution is named after (北京大兴国际机场)."""
    outer, inner = previous.place, found.place
    return (
        outer is not None and inner is not None and outer.kind == "province"
        and outer.adcode not in MUNICIPALITIES and outer.adcode in gaz.ancestors(inner)
    )


def _blocked_inside(
    view: str, start: int, end: int, gaz: Gazetteer, names_too: bool = True
) -> bool:
    """Another surface starts inside the match and runs past it: a fixed expression (成都 in
    建成都市圈) or, when ``names_too``, a longer name that can stand alone (河内 in 黄河内蒙古)."""
    for k in range(start + 1, end):
        for length in gaz.lengths.get(view[k : k + 2], ()):
            if k + length > len(view):
                continue  # a slice past the end would be shorter than the surface
            if k + length <= end:
                break
            surface = gaz.surfaces.get(view[k : k + length])
            if surface is None:
                continue
            if surface.form is Form.BLOCK:
                return True
            if names_too and surface.form in (Form.FULL, Form.SHORT) and length > end - start:
                return True
    return False


def _inside(places: list[Place], parent: Place, gaz: Gazetteer) -> list[Place]:
    """The candidates that lie inside ``parent`` (上海 + 松江 → 松江区 310117)."""
    if parent.adcode is None:
        return []
    return [p for p in places if parent.adcode in gaz.ancestors(p)]


def _after_surname(view: str, start: int, chained: bool) -> bool:
    return not chained and start > 0 and view[start - 1] in SURNAMES


def _plausible(view: str, start: int, end: int, place: Place, form: Form, chained: bool) -> bool:
    following = view[end : end + 1]
    preceding = view[start - 1] if start else ""
    if place.kind in ("country", "foreign") and (
        following in NOT_COUNTRY_AFTER or "·" in (following, preceding)
    ):
        return False  # 朝鲜族, 印度洋, 米兰·昆德拉
    if place.kind in ("country", "foreign", "region") and following == "裔":
        return False  # 非洲裔男子, 墨西哥裔: descent, not the place
    if place.kind == "country" and view.startswith("地区", end - 1):
        return False  # 黑海地区, 加勒比海地区: the sea's 海 and 地区, not 海地
    if view.startswith("中国", start) and preceding == "其" and following in NOT_CHINA_AFTER_QI:
        return False  # 其中国王任命: 其中, then 国王
    if view[start] == "日" and preceding in DATE_DIGITS:
        return False  # 5月11日本报讯: the day's 日, then 本报
    # 范县, 和县, 海城市: a one-character name, or one ending in the word 城市, stands only
    # after a boundary (示范县, 医院和县市级, 沿海城市).
    word_like = end - start == 2 or view.endswith("城市", start, end)
    if (
        word_like
        and place.kind in ("county", "prefecture")
        and not (chained and preceding not in DIVISION_ENDS)
        and _is_cjk(preceding)
        and preceding not in ONE_CHAR_NAME_LEFT
    ):
        return False
    if (
        place.kind == "township"
        and view.endswith(place.name, 0, end)  # 博鳌 (township_short) stands alone
        and not _township_plausible(view, start, end, chained)
    ):
        return False
    if view[end - 1] == "市" and following in NOT_CITY_AFTER:
        return False
    if form is Form.SHORT and view[end - 1:end + 1] in SHORT_NAME_RUNS_ON:
        return False  # 在南投资经营: 南 (a side), then 投资
    if place.kind in ("prefecture", "county"):
        # 刘桂平市长: a surname, then a city name that runs into a title.
        if form is Form.SHORT and _after_surname(view, start, chained):
            return False
        if view[end - 1] == "市" and following in "长委" and _after_surname(view, start, chained):
            return False
    return True


def _is_cjk(char: str) -> bool:
    return bool(char) and "\u4e00" <= char <= "\u9fff"


def _township_plausible(view: str, start: int, end: int, chained: bool) -> bool:
    """织里镇 after 吴兴区, or a long name not running on into a word (发展乡村, 高于城镇)."""
    body = end - start - (2 if view.endswith("街道", 0, end) else 1)
    return _township_may_wait(view, start, end) and (chained or body >= TOWNSHIP_MIN_BODY_ALONE)


def _township_may_wait(view: str, start: int, end: int) -> bool:
    """False when the name runs on into a word (发展乡村, 城镇化); short names then wait for
    their county elsewhere in the document (昭觉县 … 龙沟乡)."""
    following = view[end : end + 1]
    if view[end - 1] == "乡" and following in TOWNSHIP_XIANG_NOT_BEFORE:
        return False
    return not (view[end - 1] == "镇" and following in TOWNSHIP_ZHEN_NOT_BEFORE)


def _learned(pending: list[Match], accepted: list[Match]) -> list[Match]:
    """Guarded short names whose full name the document also gives (正定县 … 正定), and
    townships whose county it names (昭觉县 … 龙沟乡)."""
    named = {m.place for m in accepted}
    codes = {m.place.adcode for m in accepted if m.place is not None and m.place.adcode}
    out: list[Match] = []
    for match in pending:
        known = [
            p
            for p in match.candidates
            if p in named or (p.kind == "township" and p.parent in codes)
        ]
        if known and not overlaps(match, accepted + out):
            out.append(Match(match.start, match.end, known[0], tuple(known)))
    return out

