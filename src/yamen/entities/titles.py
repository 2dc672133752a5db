"""One title as written before a name: its post, body and jurisdiction (or country).

A local title reads right to left from its post word: post (书记, 市长), then the
body (委, 人大常委会, 委教育工委), then the jurisdiction (天津市, 深圳, or a bare
level 省 / 市 that context resolves). Central titles (总书记, 国务院总理) are whole
entries of ``data/titles.tsv``; a country or a foreign party before a title makes it
foreign (美国总统, 越共中央总书记) — a party the lexicon does not list too, when a
country opens it and it ends like a party (孟加拉国人民联盟主席); any other body before a
post is read by :mod:`yamen.entities.bodies` (环境保护部部长, 省教育厅厅长), a foreign
one with its country (阿联酋联邦国民议会议长).
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities.bodies import Body, Words, body_before, parent_bodies
from yamen.entities.foreign_titles import (
    ACTING,
    GOVERNOR,
    ISSUE_ENVOYS,
    foreign_party,
    governor,
    issue_envoy,
    read_whole,
    short_ministry,
)
from yamen.entities.title import (
    FORMER_BEFORE,
    LEVEL_POSTS,
    LEVELS_LONGEST,
    Title,
    central_organ,
)
from yamen.entities.title_lexicon import party_only, tables, word_of
from yamen.entities.title_places import (
    foreign_local,
    former_marker,
    jurisdiction_ending_at,
    past_front,
    place_ending_at,
    presidium,
    township_over_county,
)

# Characters that make a level word part of a common word (社区, 园区, 全市, 城市, 全省):
# such a level is no jurisdiction of the title after it.
NOT_LEVEL_BEFORE = {
    "区": "社小园景城街山地片郊辖灾牧矿老选发范护贸战全本该各两分跨",
    "市": "城都超股楼门夜全本该各两分跨",
    "省": "全本该各外两分跨节",
    "县": "全本该各两分跨郡",
    "州": "全本该各神",
}
# A term number written before a title in a chain (、十二届全国青联主席); the label leaves it out.
_TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十百]+届$")
# What may stand before the 团 of 团省委 (共青团 written short), so that 代表团 is not it.
_BEFORE_LEAGUE = frozenset("和与及兼任原、，的是")
# Bodies named after a place that are no body of its government: 北京军区 (not 北京市军区).
MILITARY_REGIONS = frozenset({"军区"})
# Characters that make a 前 before a post part of a word (目前, 此前, 提前), not "former".
_NOT_FORMER_FRONT = frozenset("目当此之以提日生事空史战年月向面跟眼门台胸超")
# Development zones and new areas, whose Party organs head a title like a division's.
_ZONES = ("region",)
# How long the body before a 原 inside a central title may be (全国人大常委会原副委员长,
# 中央纪律检查委员会原书记).
MAX_CENTRAL_HEAD = 12
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Duties written between a body and its post (中央宣传部分管日常工作的副部长).
_DUTIES = ("分管日常工作的", "主持日常工作的", "负责日常工作的")
# A holder's number in the line of a post (第五任行政长官), which the label leaves out.
_TERM_OF_HOLDER = re.compile(r"第[一二三四五六七八九十]{1,3}任$")
_TERM_SIZE = 5
# A verb of holding a post that may open a county's name (任县): after a place, the verb.
_VERB_OF_POST = "任"
# The divisions a title's body may follow, down to a town (三乡镇党委书记).
_DIVISIONS = ("province", "prefecture", "county", "township")
# The heads of a township (镇长, 副乡长): read after the township's name only.
TOWNSHIP_POSTS = frozenset({"镇长", "副镇长", "常务副镇长", "乡长", "副乡长", "常务副乡长"})
_TOWNSHIP_LEVELS = ("乡", "镇")
_TOWNSHIP_TAGS = frozenset({"LOC", "ns"})
_MIN_TOWNSHIP = 3  # 檀营乡: a township's name and its level word
_VILLAGES = ("村", "社区")
_FIRST_SECRETARY = "第一书记"
# Bare levels of a township or a village before its organ (乡党委书记), what may stand before
# one, and how far back in its paragraph the place it stands for is looked for.
_BARE_LEVELS = frozenset("乡镇村")
_BEFORE_BARE_LOCAL = frozenset("在由和与及是任")
_LOCAL_WINDOW = 300


def without_term(gap: str) -> str:
    """The words between two titles of a chain without a term number that belongs to the
    second (、十二届全国青联主席): the term joins no body's name to the title."""
    return _TERM_BEFORE.sub("", gap)


def post_forms(post: str) -> list[str]:
    """The ways a post may be written: 常委, 常务委员, 常务委员会委员."""
    return [post, *(long for long, short in tables().aliases.items() if short == post)]


def _common_word(text: str, at: int, level: str) -> bool:
    """社区主任, 全市, 开发区: the level character ends a common word, not a jurisdiction."""
    return at > 0 and text[at - 1] in NOT_LEVEL_BEFORE.get(level, "")


def _youth_league(text: str, at: int) -> int:
    """The length of 共青团 or 团 ending at ``at`` (团省委), if the League is written there."""
    if text.endswith("共青团", 0, at):
        return 3
    if text.endswith("团", 0, at) and (at < 2 or text[at - 2] in _BEFORE_LEAGUE
                                       or not _HAN.match(text[at - 2])):
        return 1
    return 0


def read_title(text: str, match: re.Match[str], words: Words | None = None) -> Title | None:
    """The title whose post word ``match`` found, read back to its jurisdiction or body."""
    table = tables()
    word, start, end = word_of(match), match.start(), match.end()
    if word in table.party_posts and (party := foreign_party(text, match, words)) is not None:
        return central_organ(party)
    if word in ISSUE_ENVOYS:
        return issue_envoy(text, match)  # 联合国也门问题特使
    if word == GOVERNOR:
        return governor(text, match)  # 东京都知事
    if word == _FIRST_SECRETARY and (village := _village_before(text, start, words)):
        body = village[0]  # 张庄村第一书记: a village's resident first secretary
        return Title(Span(village[1], end), word, fixed=(f"{body}{word}", body))
    if party_only(word):
        return None
    if (whole := _central_across_former(text, match)) is not None:
        return whole
    if word in table.central or word in table.foreign:
        return read_whole(text, match, words)
    if (minister := short_ministry(text, match, words)) is not None:
        return minister  # 委内瑞拉石油部长, 教育部长
    title = Title(Span(start, end), word)
    at = start - _duty(text, start)
    if text.endswith("原", 0, at):  # 北京市委原书记
        title.former, at = True, at - 1
    for size in range(min(table.longest_org, at), 0, -1):
        if text[at - size:at] in table.orgs:
            title.org, at = table.orgs[text[at - size:at]], at - size
            at = _org_across_former(text, at, size, title)
            break
    if title.org and (marker := former_marker(text, at)) and place_ending_at(
            text, at - len(marker), _DIVISIONS) is not None:
        # 三乡镇原党委书记: the 原 marks a past post of the town (not 镇原县's 党委)
        title.former, at = True, at - len(marker)
    found = township_over_county(text, jurisdiction_ending_at(text, at), at)  # 县中天镇
    if found is not None and text.startswith(_VERB_OF_POST, found[2]) and (
            jurisdiction_ending_at(text, found[2]) is not None):
        found = None  # 兰考县任县委书记: 任 is the verb after a place, not 任县's name
    if found is None and title.org and (zone := place_ending_at(text, at, _ZONES)):
        return _zone_title(text, at, zone[2], title, match)  # 雄安新区党工委书记
    if found is None and (title.org or word in TOWNSHIP_POSTS):
        found = _township_ending_at(text, at, words)  # 庄寨镇党委书记, 白沙镇镇长
    if found is None and title.org and (local := _bare_local(text, at, words)) is not None:
        name, start = local  # 南美乡…乡党委书记梅建军: the township or village named before
        if name.endswith(_VILLAGES):
            body = f"{name}{title.org}"
            return Title(Span(start, end), word, fixed=(f"{body}{word}", body),
                         former=title.former)
        title.jurisdiction, title.span = name, Span(start, end)
        return title
    if found is not None:
        title.jurisdiction, _, at = found
        while (locator := jurisdiction_ending_at(text, at)) is not None:
            at = locator[2]  # 湖南省衡阳市委书记: the province locates the city
        if title.org in MILITARY_REGIONS:  # 北京军区司令员: the region's name as written
            return Title(Span(at, end), word, fixed=(text[at:end], text[at:start]),
                         former=title.former)
    elif word in LEVEL_POSTS and not title.org and (
            abroad := foreign_local(text, at, word, words)) is not None:
        abroad.former = abroad.former or title.former
        return abroad
    else:
        for level in LEVELS_LONGEST:
            if text.endswith(level, 0, at) and not _common_word(text, at - len(level), level):
                # 蔚县县委: the county's own name may stand before its level word
                named = jurisdiction_ending_at(text, at - len(level))
                marker = former_marker(text, at - len(level))
                if named is None and marker:  # 河北省原省委常委: a past post of 河北省
                    named = jurisdiction_ending_at(text, at - len(level) - len(marker))
                    title.former = title.former or named is not None
                if named is not None and named[0].endswith(level):
                    title.jurisdiction, _, at = named
                else:
                    title.level, at = level, at - len(level)
                break
    if title.jurisdiction is None and title.level is None:
        if word in LEVEL_POSTS and not title.org:
            title.level = LEVEL_POSTS[word]  # 副省长 alone: a province's, to be resolved
        elif not title.org and (party := _party_post(text, match)) is not None:
            return party
        else:
            return _read_body(text, match, at, title, words)
    if title.org.startswith("委") and (league := _youth_league(text, at)):
        title.prefix, at = "共青团", at - league  # 共青团安徽省委, 团省委: the League's committee
    if text.endswith("中共", 0, at):
        at -= 2  # 中共广东省委书记: the prefix is dropped from the label, kept in evidence
    if text.endswith(FORMER_BEFORE, 0, at):
        title.former = True
    title.span = Span(at, end)
    return title


def _township_ending_at(text: str, at: int, words: Words | None) -> tuple[str, str, int] | None:
    """The township named just before ``at`` (庄寨镇, 白沙镇): one the gazetteer lists, else
    a place word of the model's ending in 乡 or 镇 (檀营乡, which lists its full name only);
    its level word may be written again before a head's post (白沙镇 + 镇长)."""
    found = place_ending_at(text, at, ("township",))
    if found is not None:
        return found
    named = words.get(at) if words is not None else None
    if (named is not None and named.tag in _TOWNSHIP_TAGS and named.text.endswith(_TOWNSHIP_LEVELS)
            and len(named.text) >= _MIN_TOWNSHIP):
        return named.text, "township", named.start
    named = words.get(at - 1) if words is not None and at > 0 else None
    if named is not None and named.tag in _TOWNSHIP_TAGS and text[at - 1] in _TOWNSHIP_LEVELS:
        return f"{named.text}{text[at - 1]}", "township", named.start  # 檀营/LOC + 乡
    return None


def _bare_local(text: str, at: int, words: Words | None) -> tuple[str, int] | None:
    """乡党委书记, 村党总支书记 written bare, after punctuation or 在: the township or village
    of that level the paragraph named last before it (the model's place word), and where the
    bare level word stands."""
    level = text[at - 1:at]
    if words is None or level not in _BARE_LEVELS or (
            at >= 2 and _HAN.match(text[at - 2]) and text[at - 2] not in _BEFORE_BARE_LOCAL):
        return None
    for end in range(at - 2, max(0, at - _LOCAL_WINDOW), -1):
        if text[end] == "\n":
            return None
        named = words.get(end)
        if (named is not None and named.tag in _TOWNSHIP_TAGS and named.text.endswith(level)
                and len(named.text) >= _MIN_TOWNSHIP):
            return named.text, at - 1
    return None


# A verb inside the name of a leading group or committee, after the body it is of
# (国务院深化医药卫生体制改革领导小组): the model ends a name at the verb.
_GROUP_VERBS = ("全面深化", "深化", "推进", "推动")
_GROUP_ENDS = ("领导小组", "委员会")


def _across_verb(text: str, body: Body) -> Body:
    """国务院|深化|医药卫生体制改革领导小组: the parent body and the verb open the name."""
    verb = next((v for v in _GROUP_VERBS if text.endswith(v, 0, body.start)), "")
    at = body.start - len(verb)
    parent = next((p for p in parent_bodies() if text.endswith(p, 0, at)), "") if verb else ""
    if not parent:
        return body
    start = at - len(parent)
    return Body(start, f"{text[start:body.start]}{body.name}", known=body.known)


def _zone_title(text: str, at: int, start: int, title: Title, match: re.Match[str]) -> Title:
    """河北雄安新区党工委书记: a development zone's Party organ, with any locators before the
    zone, labelled as written (the zone is no division a label is built from)."""
    while (locator := jurisdiction_ending_at(text, start)) is not None:
        start = locator[2]
    body = f"{text[start:at]}{title.org}"
    return Title(Span(start, match.end()), title.post, fixed=(f"{body}{title.post}", body),
                 former=title.former or text.endswith(FORMER_BEFORE, 0, start))


def _village_before(text: str, at: int, words: Words | None) -> tuple[str, int] | None:
    """The village or community the model names just before ``at`` (北窑村), and its start."""
    named = words.get(at) if words is not None else None
    if named is not None and named.tag in _TOWNSHIP_TAGS and named.text.endswith(_VILLAGES) and (
            len(named.text) >= _MIN_TOWNSHIP):
        return named.text, named.start
    return None


def _org_across_former(text: str, at: int, size: int, title: Title) -> int:
    """陕西省政府原党组成员, 九江市政协原党组成员: 原 inside a title, between the first part
    of its body and the Party organ, marks the post past; the body is read whole (政府 +
    党组 → 人民政府党组) when a jurisdiction or a bare level (省政府原党组副书记) stands
    before it. Where the title now starts."""
    marker = former_marker(text, at)
    if not marker:
        return at
    inner, table = at - len(marker), tables()
    written = text[at:at + size]
    for part in range(min(table.longest_org, inner), 0, -1):
        whole = f"{text[inner - part:inner]}{written}"
        if whole in table.orgs and (jurisdiction_ending_at(text, inner - part) is not None
                                    or _level_ending_at(text, inner - part)):
            title.org, title.former = table.orgs[whole], True
            return inner - part
    return at


def _level_ending_at(text: str, at: int) -> bool:
    """Whether a bare level word (省, 市) that is no common word's end ends at ``at``."""
    return any(text.endswith(level, 0, at) and not _common_word(text, at - len(level), level)
               for level in LEVELS_LONGEST)


def _central_across_former(text: str, match: re.Match[str]) -> Title | None:
    """国务院原副总理: a central title with 原 written inside it, a past post."""
    start, central = match.start(), tables().central
    if not text.endswith("原", 0, start):
        return None
    for size in range(min(MAX_CENTRAL_HEAD, start - 1), 1, -1):
        whole = f"{text[start - 1 - size:start - 1]}{match.group()}"
        if whole in central:
            label, body, post = central[whole]
            return Title(Span(start - 1 - size, match.end()), post, fixed=(label, body),
                         former=True)
    return None


def _party_post(text: str, match: re.Match[str]) -> Title | None:
    """朝鲜劳动党委员长: a foreign party's own post, written right after its name."""
    table, start = tables(), match.start()
    for party in sorted(table.parties, key=len, reverse=True):
        if text.endswith(party, 0, start):
            label, country, word = table.party_labels[party], table.parties[party], word_of(match)
            return Title(Span(start - len(party), match.end()), word, jurisdiction=country,
                         fixed=(f"{label}{word}", label))
    return None


def _duty(text: str, at: int) -> int:
    """The length of a duty written between a body and its post (中央办公厅分管日常工作的
    副主任), if one is: the post is the body's, the label leaves the duty out."""
    found = _TERM_OF_HOLDER.search(text, max(0, at - _TERM_SIZE), at)
    if found is not None:
        return len(found.group())  # 澳门特别行政区第五任行政长官: the holder's number
    return next((len(duty) for duty in _DUTIES if text.endswith(duty, 0, at)), 0)


def _inner_former(text: str, at: int) -> int:
    """The length of a 原 or 前 written between a body and its post (支行前行长), if one is;
    not the 前 of a word (目前, 此前)."""
    if text.endswith("原", 0, at):
        return 1
    if text.endswith("前", 0, at) and at >= 2 and text[at - 2] not in _NOT_FORMER_FRONT:
        return 1
    return 0


def _read_body(text: str, match: re.Match[str], at: int, title: Title,
               words: Words | None) -> Title | None:
    """A post after a written-out body: 环境保护部部长, 省教育厅厅长, 公安部党委委员.

    A Party organ between body and post (公安部 + 党委 + 委员) is read after the body,
    with any 原 before it (县公安局原党委书记); failing that, as part of the body's own
    name (首规委 + 主任).
    """
    head = match.start() - _duty(text, match.start())
    acting = ACTING if text.endswith(ACTING, 0, head) else ""  # 亚奥理事会代理主席
    head -= len(acting)
    post_start = head - _inner_former(text, head)
    former, org = title.former or post_start < head, text[at:post_start].removeprefix("原")
    body = None
    if org:
        former = former or text.endswith("原", 0, at)
        body = body_before(text, at - (1 if text.endswith("原", 0, at) else 0),
                           LEVELS_LONGEST, words)
        if body is None and former and (village := _village_before(text, at - 1, words)):
            # 北窑村原党支部书记: a village's organ, with 原 after the village's name
            name = f"{village[0]}{org}"
            return Title(Span(village[1], match.end()), word_of(match),
                         fixed=(f"{name}{word_of(match)}", name), former=True)
    if body is None:
        body = body_before(text, post_start, LEVELS_LONGEST, words)
        org = ""
    if body is not None and body.name.endswith(_GROUP_ENDS):
        body = _across_verb(text, body)
    if body is not None and body.name.endswith("主席团"):
        body = presidium(text, body)
    if body is None or body.name in tables().orgs:
        return None  # 党委书记 alone: whose committee is not said
    post = word_of(match)
    former = former or text.endswith(FORMER_BEFORE, 0, body.start) or past_front(text, body.start)
    marker = former_marker(text, body.start)
    if marker and body.jurisdiction is None and body.level is None and not body.known and (
            found := jurisdiction_ending_at(text, body.start - len(marker))) is not None:
        # 响水县时任环保局局长: the county's bureau, a past post
        return Title(Span(found[2], match.end()), post, org=f"{body.name}{org}",
                     jurisdiction=found[0], former=True)
    span = Span(body.start, match.end())
    if body.jurisdiction is not None or body.level is not None:
        league = _youth_league(text, body.start) if body.department.startswith("委") else 0
        return Title(Span(body.start - league, match.end()), post,
                     org=f"{body.department}{org}", jurisdiction=body.jurisdiction,
                     level=body.level, former=former, prefix="共青团" if league else "")
    name = f"{body.name}{org}"
    return Title(span, post, fixed=(f"{name}{acting}{post}", name), former=former)
