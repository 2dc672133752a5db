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
from yamen.entities.bodies import Words, body_before, presidium
from yamen.entities.country_view import (
    COUNTRY_SIZES,
    countries_in,
    country_in_view,
    country_opening,
    sentence_around,
)
from yamen.entities.gazetteer import gazetteer
from yamen.entities.title import (
    FORMER_BEFORE,
    LEVEL_POSTS,
    LEVELS_LONGEST,
    Title,
)
from yamen.entities.title_lexicon import foreign_label, party_only, tables
from yamen.entities.title_places import (
    foreign_head,
    foreign_local,
    former_marker,
    jurisdiction_ending_at,
    place_ending_at,
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
_TERM_IN_WORD = re.compile(r"第[一二三四五六七八九十百]+届")
# A term number written before a title in a chain (、十二届全国青联主席); the label leaves it out.
_TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十百]+届$")
# Central titles that name no body of their own: after a name or another body's name
# they are not China's post (尼加拉瓜桑解阵总书记); only a boundary or one of these
# characters may stand before them.
BARE_CENTRAL = frozenset({"总书记", "国家主席", "国家副主席"})
_BEFORE_BARE = frozenset("和与同向对为兼任原及暨即是了见望")
# What may stand before the 团 of 团省委 (共青团 written short), so that 代表团 is not it.
# What may stand before a party named without its country (，社民党主席).
_BEFORE_PARTY = frozenset("，、：:；和与及同向见\n")
_BEFORE_LEAGUE = frozenset("和与及兼任原、，的是")
# Bodies named after a place that are no body of its government: 北京军区 (not 北京市军区).
MILITARY_REGIONS = frozenset({"军区"})
# Characters that make a 前 before a post part of a word (目前, 此前, 提前), not "former".
_NOT_FORMER_FRONT = frozenset("目当此之以提日生事空史战年月向面跟眼门台胸超")
# How long the body before a 原 inside a central title may be (全国人大常委会原副委员长).
MAX_CENTRAL_HEAD = 8
# Envoys: the post belongs to the country that sends them (中国驻美国大使, 美国驻华大使).
ENVOYS = frozenset({"大使", "总领事"})
_ENVOY_QUALIFIERS = ("新任", "前任", "候任")
# How far back a foreign country makes a bare central title another country's.
FOREIGN_BODY_WINDOW = 8
NAME_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "PER", "j", "nt"})
_HAN = re.compile(r"[\u4e00-\u9fff]")


def word_of(match: re.Match[str]) -> str:
    """The title word a match stands for: term number left out (中央委员会委员), a long
    form of a post written short (常务委员 → 常委)."""
    word = _TERM_IN_WORD.sub("", match.group())
    return tables().aliases.get(word, word)


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
        return party
    if party_only(word):
        return None
    if (whole := _central_across_former(text, match)) is not None:
        return whole
    if word in table.central or word in table.foreign:
        return _read_whole(text, match, words)
    title = Title(Span(start, end), word)
    at = start
    if text.endswith("原", 0, at):  # 北京市委原书记
        title.former, at = True, at - 1
    for size in range(min(table.longest_org, at), 0, -1):
        if text[at - size:at] in table.orgs:
            title.org, at = table.orgs[text[at - size:at]], at - size
            at = _org_across_former(text, at, size, title)
            break
    found = jurisdiction_ending_at(text, at)
    if found is None and title.org:
        found = place_ending_at(text, at, ("township",))  # 庄寨镇党委书记
    if found is not None:
        title.jurisdiction, _, at = found
        while (locator := jurisdiction_ending_at(text, at)) is not None:
            at = locator[2]  # 湖南省衡阳市委书记: the province locates the city
        if title.org in MILITARY_REGIONS:  # 北京军区司令员: the region's name as written
            return Title(Span(at, end), word, fixed=(text[at:end], text[at:start]),
                         former=title.former)
    elif word in LEVEL_POSTS and not title.org and (
            abroad := foreign_local(text, at, word, words)) is not None:
        abroad.former = title.former
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


def _org_across_former(text: str, at: int, size: int, title: Title) -> int:
    """陕西省政府原党组成员, 九江市政协原党组成员: 原 inside a title, between the first part
    of its body and the Party organ, marks the post past; the body is read whole (政府 +
    党组 → 人民政府党组) when a jurisdiction stands before it. Where the title now starts."""
    marker = former_marker(text, at)
    if not marker:
        return at
    inner, table = at - len(marker), tables()
    written = text[at:at + size]
    for part in range(min(table.longest_org, inner), 0, -1):
        whole = f"{text[inner - part:inner]}{written}"
        if whole in table.orgs and jurisdiction_ending_at(text, inner - part) is not None:
            title.org, title.former = table.orgs[whole], True
            return inner - part
    return at


def _envoy(text: str, match: re.Match[str]) -> Title | None:
    """中国驻美国大使, 美国驻华大使: an envoy is the sending country's post.

    The label is written as the text writes it, the sender first (中国 when only the
    host is named: 驻美国大使 → 中国驻美国大使); a foreign sender makes it foreign.
    """
    start, word = match.start(), word_of(match)
    host = foreign_head(text, start)
    if host is not None and text.endswith("驻", 0, host[2]):
        host_name, at = host[0], host[2] - 1
    elif text.endswith("驻华", 0, start):
        host_name, at = "华", start - 2
    else:
        return None  # 美国大使: read as any foreign post
    former = False
    if text.endswith(_ENVOY_QUALIFIERS, 0, at):
        former, at = text.endswith("前任", 0, at), at - 2  # 巴基斯坦新任驻华大使
    elif text.endswith("前", 0, at):
        former, at = True, at - 1  # 印尼前驻华大使: a past envoy
    sender = foreign_head(text, at)
    if sender is None and host_name == "华":
        return None  # 新任驻华大使 with no sender named: whose envoy is not said
    country = sender[1] if sender is not None else "中国"
    if sender is not None:
        at = sender[2]
    written = f"{sender[0] if sender is not None else country}驻{host_name}{word}"
    if country == "中国":
        return Title(Span(at, match.end()), word, fixed=(written, f"{written[:-len(word)]}使馆"),
                     former=former)
    return Title(Span(at, match.end()), word, jurisdiction=country,
                 fixed=(written, f"{written[:-len(word)]}使馆"), former=former)


def _named_before(text: str, start: int, words: Words | None) -> bool:
    """Whether a name (of a body or a person) runs into ``start``: the model's word ending
    there is a noun or a name, or no word ends there at all."""
    if start == 0 or not _HAN.match(text, start - 1):
        return False
    left = start
    while left > 0 and start - left < FOREIGN_BODY_WINDOW and _HAN.match(text, left - 1):
        left -= 1
    for end in range(start - 1, left + 1, -1):
        found = place_ending_at(text, end, ("country",))
        if found is not None and found[2] >= left and found[0] != "中国":
            return True  # 尼加拉瓜桑解阵总书记: a foreign party's post
    if words is None:
        return text[start - 1] not in _BEFORE_BARE
    word = words.get(start)
    return word is None or word.tag in NAME_TAGS


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


def _read_whole(text: str, match: re.Match[str], words: Words | None = None) -> Title | None:
    """A central title (国务院总理), or a foreign one when a country or party heads it."""
    table = tables()
    word, start, end = word_of(match), match.start(), match.end()
    envoy = _envoy(text, match) if word in ENVOYS else None
    if envoy is not None:
        return envoy
    head = foreign_head(text, start)
    past = head is None and text.endswith("前", 0, start)
    if past:
        head = foreign_head(text, start - 1)  # 美国前总统奥巴马
    if head is not None and head[1] != "中国":
        prefix, country, at = head
        label, body, post = table.central.get(word, (foreign_label(word), "", word))
        if body:
            body = f"{prefix}{body.removeprefix('中共')}"
            written = f"{prefix}{label}"
        else:
            body, written = country, f"{prefix}{label}"
        former = past or text.endswith(FORMER_BEFORE, 0, at)
        return Title(Span(at, end), post, jurisdiction=country, fixed=(written, body),
                     former=former)
    if head is None and not past and word not in table.central:
        # 阿联酋联邦国民议会议长; failing a body, 外交部长王毅 with no foreign country in view
        # is China's minister (外交部部长)
        return _foreign_body(text, match, words) or _own_ministry(text, match)
    label = foreign_label(word)
    if head is not None and not past and word not in table.central and "部" in label:
        # 中国外交部长王毅: China's own minister, written like a foreign one → 外交部部长
        return Title(Span(head[2], end), word, fixed=(label, label[:label.index("部") + 1]),
                     former=text.endswith(FORMER_BEFORE, 0, head[2]))
    if word not in table.central or past:
        return None  # 总统 with no country named: no post can be written out
    if word in BARE_CENTRAL and head is None and _named_before(text, start, words):
        return None  # 桑解阵总书记, 习近平总书记: another body's post, or a form of address
    label, body, post = table.central[word]
    at = head[2] if head is not None else start  # 中国国家主席: China's own post
    former = text.endswith(FORMER_BEFORE, 0, at)
    return Title(Span(at, end), post, fixed=(label, body), former=former)


# A foreign party's name between its country and a post: 人民联盟, 统一社会主义党.
MAX_PARTY = 12
_PARTY_RUN = re.compile(rf"[\u4e00-\u9fff]{{1,{MAX_PARTY}}}")
_NOT_IN_PARTY = re.compile(r"[的和与及在是了、]|政府|总统|总理|首相")


def foreign_party(text: str, match: re.Match[str], words: Words | None = None) -> Title | None:
    """孟加拉国人民联盟主席, 日本自民党干事长: a country, a party not listed, and its post.

    The party list cannot hold every foreign party the news names, but the form is
    fixed: a country at the start of a word, a name ending like a party (党, 联盟, 运动),
    then a party post. The label is written as the text writes it, country first.
    """
    table, start = tables(), match.start()
    surfaces = gazetteer().surfaces
    for at in range(max(0, start - MAX_PARTY - max(COUNTRY_SIZES)), start - 1):
        if at > 0 and _HAN.match(text, at - 1) and (words is None or at not in words):
            continue  # not where a word starts
        for size in COUNTRY_SIZES:
            entry = surfaces.get(text[at:at + size])
            place = entry.places[0] if entry is not None and entry.places else None
            if place is None or place.kind != "country" or place.name == "中国":
                continue
            party = text[at + size:start]
            if (_PARTY_RUN.fullmatch(party) and party.endswith(table.party_ends)
                    and not _NOT_IN_PARTY.search(party)):
                body, word = text[at:start], word_of(match)
                former = text.endswith(FORMER_BEFORE, 0, at)
                return Title(Span(at, match.end()), word, jurisdiction=place.name,
                             fixed=(f"{body}{word}", body), former=former)
            break
    return _party_in_view(text, match, words)


def _party_in_view(text: str, match: re.Match[str], words: Words | None) -> Title | None:
    """…对芬兰进行正式访问…会见…社民党主席、财政部长林奈: a party the model tags, named
    without its country, in a sentence about one foreign country, is that country's."""
    party = words.get(match.start()) if words is not None else None
    table = tables()
    if (party is None or party.tag != "ORG" or not party.text.endswith(table.party_ends)
            or not _PARTY_RUN.fullmatch(party.text) or _NOT_IN_PARTY.search(party.text)):
        return None
    if party.start > 0 and text[party.start - 1] not in _BEFORE_PARTY:
        return None
    if countries_in(text, max(0, party.start - max(COUNTRY_SIZES)), party.end):
        return None  # 巴布亚|新几内亚国民联盟党: a country's name runs into the model's word
    country = country_in_view(text, match.start())
    if country is None:
        return None
    body, word = f"{country}{party.text}", word_of(match)
    return Title(Span(party.start, match.end()), word, jurisdiction=country,
                 fixed=(f"{body}{word}", body))


def _own_ministry(text: str, match: re.Match[str]) -> Title | None:
    """外交部长王毅主持开幕式: a minister's post written the foreign way, bare, in a sentence
    that names no foreign country, is China's (外交部部长)."""
    label = foreign_label(word_of(match))
    start, end = sentence_around(text, match.start())
    if "部" not in label or countries_in(text, start, end):
        return None
    if match.start() > 0 and _HAN.match(text, match.start() - 1) and (
            text[match.start() - 1] not in _BEFORE_BARE):
        return None  # 俄外交部长: the country's abbreviation or another word before it
    return Title(Span(match.start(), match.end()), word_of(match),
                 fixed=(label, label[:label.index("部") + 1]))


def _foreign_body(text: str, match: re.Match[str], words: Words | None) -> Title | None:
    """阿联酋联邦国民议会议长: a foreign post after a body that opens with its country."""
    body = body_before(text, match.start(), LEVELS_LONGEST, words)
    if body is None:
        return None
    country = country_opening(body.name)
    if country is None:
        return None
    word = word_of(match)
    return Title(Span(body.start, match.end()), word, jurisdiction=country,
                 fixed=(f"{body.name}{word}", body.name))


def _party_post(text: str, match: re.Match[str]) -> Title | None:
    """朝鲜劳动党委员长: a foreign party's own post, written right after its name."""
    table, start = tables(), match.start()
    for party in sorted(table.parties, key=len, reverse=True):
        if text.endswith(party, 0, start):
            label, country, word = table.party_labels[party], table.parties[party], word_of(match)
            return Title(Span(start - len(party), match.end()), word, jurisdiction=country,
                         fixed=(f"{label}{word}", label))
    return None


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
    post_start = match.start() - _inner_former(text, match.start())
    former, org = title.former or post_start < match.start(), text[at:post_start].removeprefix("原")
    body = None
    if org:
        former = former or text.endswith("原", 0, at)
        body = body_before(text, at - (1 if text.endswith("原", 0, at) else 0),
                           LEVELS_LONGEST, words)
    if body is None:
        body = body_before(text, post_start, LEVELS_LONGEST, words)
        org = ""
    if body is not None and body.name.endswith("主席团"):
        body = presidium(text, body)
    if body is None or body.name in tables().orgs:
        return None  # 党委书记 alone: whose committee is not said
    post = word_of(match)
    former = former or text.endswith(FORMER_BEFORE, 0, body.start)
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
    return Title(span, post, fixed=(f"{name}{post}", name), former=former)
