"""Named sites: places the text marks by a visit verb and a site suffix, or a village after
its county (CONVENTIONS, Places: villages, buildings, parks, memorials → site).

The left edge is the hard part. It is taken only where it is safe: right after a visit verb
(来到, 走进, 考察 …), after a conjunction inside such a list (民园广场和五大道历史文化街区), or
right after a county or township (凤城市大梨树村); the right edge is a site suffix followed by
a boundary. Leading places are locators and are stripped (安吉县余村 → 余村).
"""

from __future__ import annotations

import re

from yamen.entities.gazetteer import Match, Place, gazetteer, overlaps, word_list

# Named sites: a visit verb, then one or more items joined by 和/、/及, each ending with a
# site suffix and followed by a boundary (punctuation, a conjunction or a visit verb).
SITE_VERBS = "来到|走进|前往|考察|参观|走访|深入|抵达|察看|视察|调研|到访|到|赴|在"
# After the bare locative 在, the item must be followed by a visit verb or a full stop or comma
# (在民园广场参观), since 在 also opens policy phrases (在保护活化历史街区、促进…).
VISIT_VERBS = (
    "参观|考察|调研|了解|察看|看望|慰问|实地|详细|听取|观看|走访|检查|视察|召开|举行|出席|开幕|闭幕|展出"
)
SITE_SUFFIXES = (
    "科创园|产业园|科技园|工业园|创业园|公园|陵园|纪念园|园区|园|广场|街区|基地|纪念馆|博物馆|展览馆|陈列馆|"
    "美术馆|纪念碑|故居|旧址|遗址|景区|古镇|古城|村|社区|码头|口岸|湿地|机场|"
    "展览中心|会展中心|会议中心|国际会议中心|体育场|体育馆|体育中心"
)
# Longest item kept; 航天五院天津基地 is 8, 五大道历史文化街区 9.
SITE_MAX_CHARS = 14
_SITE_ITEM_CHARS = r"[^\W的和与及同在对向为将把是并了、等]"
_SITE_BOUNDARY = rf"(?=$|[^\w]|[和与及、]|{VISIT_VERBS}|时)"
_SITE_START_RE = re.compile(rf"(?:{SITE_VERBS})了?")
_SITE_ITEM_RE = re.compile(
    rf"{_SITE_ITEM_CHARS}{{1,{SITE_MAX_CHARS}}}?(?:{SITE_SUFFIXES}){_SITE_BOUNDARY}"
)
_SITE_ITEM_AFTER_ZAI_RE = re.compile(
    rf"{_SITE_ITEM_CHARS}{{1,{SITE_MAX_CHARS}}}?(?:{SITE_SUFFIXES})(?={VISIT_VERBS}|[，。])"
)
# Pronouns between a visit verb and the site (我到你们达西村).
PRONOUNS = ("你们", "我们", "他们", "咱们")
# A village or community directly after its county or township (凤城市大梨树村).
VILLAGE_MAX_CHARS = 4
# The units a village may follow: its county or township, or its prefecture-level city written
# without the county (拉萨市当巴村).
VILLAGE_PARENTS = frozenset(("prefecture", "county", "township"))
# Aspect particles and co-verbs end a clause, not a name (乐东启动了村“两委”换届, 太原为社区老人).
_VILLAGE_RE = re.compile(
    rf"[^\W的和与及、各每全该本等了着过把将被为对向给从让]{{1,{VILLAGE_MAX_CHARS}}}?(?:村|社区)"
)
_SITE_JOIN_RE = re.compile(r"以及|和|与|及|、")
_SITE_POLICY_WORDS = re.compile(
    "建设|推进|打造|加快|发展|推动|实施|开展|建成|规划|创建|培育|提升|加强|完善|支持|一批|多个|"
    "各类|一个|一座|这个|该|全国|各地|我们|他们|某|让|相应|当地|附近|这里|那里|周边|沿线|"
    "保护|活化|促进|拓展|部署|建立|设立|美丽乡村|"
    "(?:乡村|农村|山村|校园)$|^(?:[这那](?:[一个些座里处片块所家条])|此)|.首[都府]|^首[都府]\\w+市"
)
# 走访了1435个行政村, 有几个村, 在一次入村走访中: a count, not a name. Chinese numerals take
# no 家 or 所 (三家村, 二〇五所社区 are names).
_COUNTED = re.compile(r"[\d０-９]+[个座处所家]|[一二两三四五六七八九十百千几数多]+[个座处次批]")
_SITE_SUFFIX_RE = re.compile(f"(?:{SITE_SUFFIXES})$")


def find_sites(
    view: str, matches: list[Match], pending: list[Match]
) -> tuple[list[Match], list[Match]]:
    """Named sites after a visit verb: 来到天开高教科创园, 走进民园广场和五大道历史文化街区.

    Also returns the guarded places that served as a site's locator (在安吉余村 → 安吉县)."""
    sites: list[Match] = []
    locators: list[Match] = []
    for verb in _SITE_START_RE.finditer(view):
        pos = verb.end()
        if view.startswith(PRONOUNS, pos):
            pos += 2  # 我到你们达西村: the village, without the pronoun
        item_re = _SITE_ITEM_AFTER_ZAI_RE if verb.group()[0] == "在" else _SITE_ITEM_RE
        while True:
            item = item_re.match(view, pos)
            if item is None:
                break
            found = _site_from_item(view, item.start(), item.end(), matches, pending)
            if found is not None and not overlaps(found[0], sites):
                sites.append(found[0])
                locators += [m for m in found[1] if not overlaps(m, matches + locators)]
            join = _SITE_JOIN_RE.match(view, item.end())
            if join is None:
                break
            pos = join.end()
    return sites, locators


# Suffixes that may follow a county's or city's short name (互助县 for 互助土族自治县).
DIVISION_SUFFIX_CHARS = frozenset("县市区旗")
# Suffixes that may follow a foreign place the tables write without them (顿涅茨克州).
FOREIGN_DIVISION_CHARS = frozenset("州省市县邦")


# Characters that open a phrase after a locator, not a name (冲绳县内搬迁美军基地, 全省各地).
PHRASE_OPENERS = frozenset("内各全该每")


def find_villages(view: str, matches: list[Match], sites: list[Match]) -> list[Match]:
    """A village or community right after its county or township: 凤城市大梨树村."""
    out: list[Match] = []
    for match in matches:
        if match.place is None or match.place.kind not in VILLAGE_PARENTS:
            continue
        start = match.end
        if view[start:start + 1] in DIVISION_SUFFIX_CHARS and (
            view[match.start:match.end] != match.place.name
        ):
            start += 1  # 互助|县|班彦村: the county's short name with its suffix, then the village
        village = _VILLAGE_RE.match(view, start)
        if village is None or not (is_site_name(village.group()) or _hill_village(village.group())):
            continue
        site = Match(village.start(), village.end(), _township_of(village.group(), match.place)
                     or Place(village.group(), "site"))
        if not overlaps(site, matches + sites + out):
            out.append(site)
    return out


def _hill_village(word: str) -> bool:
    """全州县毛竹山村: a name ending in 山村 after its county, not the policy word 山村 (贫困山村
    stays generic, as 贫困村 does)."""
    return word.endswith("山村") and len(word) >= 4 and is_site_name(word[:-2] + "村")


def _township_of(word: str, county: Place) -> Place | None:
    """宝山区顾村派出所: 顾村 is the county's town 顾村镇 written without 镇, not a village."""
    if county.kind != "county" or not word.endswith("村"):
        return None
    surface = gazetteer().surfaces.get(word + "镇")
    towns = [p for p in surface.places if p.parent == county.adcode] if surface else []
    return towns[0] if len(towns) == 1 else None


# A named airport: the city (or district) written before it, up to this many name characters,
# then 机场 (北京大兴国际机场, 广州白云机场, 费城国际机场, 格尔木机场; not 湖北省其他机场).
# The places inside its name are not places of their own (大兴区); the airport is a site
# (CONVENTIONS: buildings).
AIRPORT_GAP = 4
# 方 ends a side (比利时检方公布机场…: the prosecutors, not an airport's name); a verb of
# going stands before a generic airport (中国驻荷兰大使到机场送行).
_AIRPORT_RE = re.compile(
    rf"[^\W的和与及同在对向为将把是并了家个些等、其各两座多主方到去往赴抵离至从]{{0,{AIRPORT_GAP}}}?机场"
)


def find_airports(view: str, blocked: list[Match]) -> list[Match]:
    """Named airports after the places the scan held back as part of an institution name."""
    out: list[Match] = []
    starts = {m.end: m for m in blocked if m.candidates}
    for match in blocked:
        if not match.candidates or overlaps(match, out):
            continue
        airport = _AIRPORT_RE.match(view, match.end)
        if airport is None:
            continue
        first = match
        while first.start in starts:  # 北京 + 大兴 + 国际机场
            first = starts[first.start]
        place = first.candidates[0]
        kind = "foreign" if place is not None and place.kind in ("country", "foreign") else "site"
        name = view[first.start:airport.end()]
        out.append(Match(first.start, airport.end(), Place(name, kind)))
    return out


def _site_from_item(
    view: str, start: int, end: int, matches: list[Match], pending: list[Match]
) -> tuple[Match, list[Match]] | None:
    kind = "site"
    name_start = start
    used: list[Match] = []
    pending_ids = {id(m) for m in pending}  # by identity: equal matches may be distinct
    nearby = [m for m in (*matches, *pending) if start <= m.start < end]
    for match in sorted(nearby, key=lambda m: (m.start, id(m) in pending_ids)):
        if match.end >= end or match.place is None:
            continue
        if match.start != name_start and (
            id(match) in pending_ids or not _after_lead(view, name_start, match)
        ):
            continue
        if match.place.kind == "country" and not _transliterated_head(view[match.end:end]) and (
            not any(match.end <= m.start for m in nearby)  # 越南首都河内主席府广场: a locator
        ):
            # 越南妇女博物馆: a translated name holds its country (伊拉克利翁博物馆 does not)
            kind = "site" if match.place.name == "中国" else "foreign"
            break
        if match.place.kind in ("country", "foreign"):
            kind = "foreign"
        # Leading places are locators (安吉县余村 → 余村, 北京天安门广场 → 天安门广场) unless
        # what remains is only a suffix or a generic description (北京展览馆, 嘉兴南湖革命纪念馆).
        # A guarded county short name counts here: a locator before a site is context enough.
        is_pending = id(match) in pending_ids
        if is_pending and match.place.kind != "county":
            continue  # guarded prefecture words stay words (朝阳里社区)
        after = _after_short_name(view, match)
        if is_site_name(view[after : end]):
            name_start = after
            if is_pending:
                used.append(match)
    name = view[name_start:end]
    if not is_site_name(name) or name in word_list("not_site"):
        return None
    if name_start > start and name[0] in PHRASE_OPENERS:
        return None  # 在冲绳县|内搬迁美军基地: a phrase after the locator, not a name
    if any(m.start <= name_start and m.end >= end for m in matches):
        return None  # the whole item is a known place (来到天津市)
    return Match(name_start, end, Place(name, kind)), used


# A word before a division or foreign city that starts a site's locator chain (老家海北州永丰村,
# 首都河内主席府广场): it is dropped with the locators. At most this many characters.
LEAD_MAX_CHARS = 3
_LEAD_KINDS = frozenset(("province", "prefecture", "county", "township", "foreign"))


def _after_short_name(view: str, match: Match) -> int:
    """Where a locator ends: after the suffix that follows a short name (互助|县|班彦村)."""
    short = match.place is not None and view[match.start:match.end] != match.place.name
    if short and view[match.end:match.end + 1] in DIVISION_SUFFIX_CHARS:
        return match.end + 1
    if match.place is not None and match.place.kind == "foreign" and (
        view[match.end:match.end + 1] in FOREIGN_DIVISION_CHARS
    ):
        return match.end + 1  # 顿涅茨克|州|拉瑟普诺耶村: a foreign place written without 州
    return match.end


def _after_lead(view: str, name_start: int, match: Match) -> bool:
    return (
        match.place is not None and match.place.kind in _LEAD_KINDS
        and 0 < match.start - name_start <= LEAD_MAX_CHARS
    )


def _transliterated_head(name: str) -> bool:
    """The name before its site suffix is written in transliteration letters only."""
    head = _SITE_SUFFIX_RE.sub("", name)
    letters = word_list("transliteration_char")
    return bool(head) and all(c in letters for c in head)


# A hall of a state building, named after it (人民大会堂北大厅, 人民大会堂金色大厅): the hall is
# a site of its own beside the building (gold sets A, C and D list both).
HALL_BUILDINGS = frozenset(("人民大会堂",))
# The halls named after a province or region (湖南厅, 北京厅, 香港厅): the hall, not the place.
_HALL_RE = re.compile(
    r"(?:[东西南北]|中央|金色)大厅|(?:万人)?大礼堂|小礼堂|宴会厅|[^\W\d的在和与及、]{2,4}?厅(?!长)"
)


def find_halls(view: str, matches: list[Match]) -> list[Match]:
    """The halls named right after their building: 人民大会堂 + 北大厅."""
    out: list[Match] = []
    for match in matches:
        if match.place is None or match.place.name not in HALL_BUILDINGS:
            continue
        hall = _HALL_RE.match(view, match.end)
        if hall is not None:
            out.append(Match(hall.start(), hall.end(), Place(hall.group(), "site")))
    return out


def is_site_name(name: str) -> bool:
    """A name, not a generic description (革命纪念馆) nor a policy phrase (建设…园区)."""
    head = _SITE_SUFFIX_RE.sub("", name)
    return (
        bool(head)
        and head not in word_list("generic_site_head")
        and not _SITE_POLICY_WORDS.search(name.removesuffix("自然保护区"))  # its 保护 is a name
        and not _COUNTED.search(name)
        and not _ethnic_group(head)  # 多次到赫哲族村: villages of a people, not a name
    )


def _ethnic_group(head: str) -> bool:
    """赫哲族, 瑶族, 少数民族: the whole head names an ethnic group (沙洲瑶族村 is a name)."""
    stems = word_list("ethnic_stem")
    return head in ("民族", "少数民族") or head in stems or (
        head.endswith("族") and head[:-1] in stems
    )
