"""Foreign titles and China's titles written the foreign way: a country or a party before
a post (美国总统, 越共中央总书记, 孟加拉国人民联盟主席, 社民党主席 in a visit to Finland),
envoys (中国驻美国大使), a foreign body's head (阿联酋联邦国民议会议长), and China's
minister written like a foreign one (外交部长王毅). Split from :mod:`yamen.entities.titles`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from yamen.document import Span
from yamen.entities.bodies import Words, body_before, dateline_before, known_body
from yamen.entities.country_view import (
    COUNTRY_SIZES,
    countries_in,
    country_in_view,
    country_opening,
    sentence_around,
    shared_guo,
)
from yamen.entities.gazetteer import gazetteer
from yamen.entities.title import FORMER_BEFORE, LEVELS_LONGEST, Title
from yamen.entities.title_lexicon import foreign_label, tables, word_of
from yamen.entities.title_places import abbreviated_head, foreign_head, place_ending_at

# Envoys: the post belongs to the country that sends them (中国驻美国大使, 美国驻华大使).
ENVOYS = frozenset({"大使", "总领事"})
_ENVOY_QUALIFIERS = ("新任", "前任", "候任")
# How far back a foreign country makes a bare central title another country's.
FOREIGN_BODY_WINDOW = 8
NAME_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "PER", "j", "nt"})
# Central titles that name no body of their own: after a name or another body's name
# they are not China's post (尼加拉瓜桑解阵总书记); only a boundary or one of these
# characters may stand before them.
BARE_CENTRAL = frozenset({"总书记", "国家主席", "国家副主席"})
# Central titles of a foreign ruling party only (古巴共产党中央第一书记).
PARTY_STATE_ONLY = frozenset({"中央第一书记", "中央委员会第一书记"})
_BEFORE_BARE = frozenset("和与同向对为兼任原及暨即是了见望")
# A foreign party's name between its country and a post: 人民联盟, 统一社会主义党.
MAX_PARTY = 12
_PARTY_RUN = re.compile(rf"[\u4e00-\u9fff]{{1,{MAX_PARTY}}}")
_NOT_IN_PARTY = re.compile(r"[的和与及在是了、]|政府|总统|总理|首相")
# A party's name as a country opens it may hold quotation marks (哈萨克斯坦“光明道路”民主党)
# and a 与 inside (土耳其正义与发展党), never right after the country (美国与…).
_QUOTED_PARTY = re.compile(rf"(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{{1,{MAX_PARTY}}}”)"
                           rf"{{1,{MAX_PARTY}}}")
_NOT_IN_NAMED_PARTY = re.compile(r"[的和及在是了、]|政府|总统|总理|首相|^与")
_QUOTES = str.maketrans("", "", "“”")
# What may stand before a party named without its country (，社民党主席).
_BEFORE_PARTY = frozenset("，、：:；和与及同向见\n")
_HAN = re.compile(r"[\u4e00-\u9fff]")


# The rank of a deputy among several (第一副总理, 第二副总统): part of the post's name.
ORDINALS = ("第一", "第二", "第三")


ACTING = "代理"
# A monarch's place in the line, kept in the label as written (不丹第四世国王).
_MONARCHS = frozenset({"国王", "女王"})
_REIGN = re.compile(r"第[一二三四五六七八九十]{1,3}世$")
# Party posts read only after a party whose country is written (新加坡人民行动党秘书长).
_NAMED_ONLY = frozenset({"秘书长"})


def ordinal_before(text: str, start: int, word: str) -> str:
    """第一 of 第一副总统 before a deputy's post word at ``start``, or 代理 of an acting
    holder's (伊朗代理总统), if written there: both are kept in the label."""
    if text.endswith(ACTING, 0, start):
        return ACTING
    if word in _MONARCHS and (reign := _REIGN.search(text, max(0, start - 5), start)):
        return reign.group()  # 不丹第四世国王旺楚克
    if not word.startswith("副"):
        return ""
    return next((rank for rank in ORDINALS if text.endswith(rank, 0, start)), "")


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


def read_whole(text: str, match: re.Match[str], words: Words | None = None) -> Title | None:
    """A central title (国务院总理), or a foreign one when a country or party heads it."""
    table = tables()
    word, start, end = word_of(match), match.start(), match.end()
    envoy = _envoy(text, match) if word in ENVOYS else None
    if envoy is not None:
        return envoy
    head = foreign_head(text, start)
    if head is None and word.startswith("国") and (shared := shared_guo(text, start)):
        head = (shared, shared, start - 1)  # 美国防部长: 美国 + 国防部长
    if head is None and word in table.foreign_only:
        head = _region_head(text, start)  # 阿联酋阿布扎比王储
    short = head is None and word in table.foreign  # the country only abbreviated: no body
    head = head if not short else abbreviated_head(text, start, end, words)  # 罗总统伯塞斯库
    short = short and head is not None
    if word in PARTY_STATE_ONLY and (head is None or head[1] == "中国"):
        return None  # 中央第一书记: only another ruling party has one
    past = head is None and text.endswith("前", 0, start)
    if past:  # 美国前总统奥巴马, 美前国务卿基辛格
        head = foreign_head(text, start - 1)
        if head is None:
            head = abbreviated_head(text, start - 1, end, words)
            short = head is not None
    rank = ordinal_before(text, start, word) if head is None and not past else ""
    if rank:
        head = foreign_head(text, start - len(rank))  # 俄罗斯第一副总理舒瓦洛夫
        head = head if head is not None and head[1] != "中国" else None
        rank = rank if head is not None else ""
    if head is not None and head[1] != "中国":
        prefix, country, at = head
        label, body, post = table.central.get(word, (foreign_label(word), "", word))
        if body:
            body = f"{prefix}{body.removeprefix('中共')}"
            written = f"{prefix}{label}"
        else:
            body, written = "" if short else country, f"{prefix}{rank}{label}"
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
        return _ministry(Span(head[2], end), word, label,
                         former=text.endswith(FORMER_BEFORE, 0, head[2]))
    if word not in table.central or past:
        return None  # 总统 with no country named: no post can be written out
    if word in BARE_CENTRAL and head is None and _named_before(text, start, words):
        return None  # 桑解阵总书记, 习近平总书记: another body's post, or a form of address
    label, body, post = table.central[word]
    at = head[2] if head is not None else start  # 中国国家主席: China's own post
    former = text.endswith(FORMER_BEFORE, 0, at)
    return Title(Span(at, end), post, fixed=(label, body), former=former)


# Envoys for an issue (俄罗斯总统阿富汗问题特别代表, 联合国也门问题特使, 中国政府朝鲜半岛事务
# 特别代表): the sender (a country, maybe its president or government; an international
# body; China), the place the issue is of, 问题 or 事务, the post.
ISSUE_ENVOYS = frozenset({"特使", "特别代表"})
_ISSUES = ("问题", "事务")
_ENVOY_OF = ("总统", "秘书长", "政府", "外交部")
_ENVOY_BODIES = ("联合国", "欧盟", "非盟", "阿盟", "东盟")
_ISSUE_PLACES = ("country", "region", "foreign", "province")


def issue_envoy(text: str, match: re.Match[str]) -> Title | None:
    """俄罗斯总统阿富汗问题特别代表: an envoy for an issue, labelled as written."""
    word, at = word_of(match), match.start()
    issue = next((w for w in _ISSUES if text.endswith(w, 0, at)), "")
    place = place_ending_at(text, at - len(issue), _ISSUE_PLACES) if issue else None
    if place is None:
        return None
    at = place[2] - next((len(r) for r in _ENVOY_OF if text.endswith(r, 0, place[2])), 0)
    body = next((b for b in _ENVOY_BODIES if text.endswith(b, 0, at)), None)
    head = foreign_head(text, at) if body is None else None
    if body is not None:
        start, country = at - len(body), None
    elif head is not None and head[1] != "中国":
        start, country, body = head[2], head[1], head[1]
    elif text.endswith("中国", 0, at):
        start, country, body = at - 2, None, ""
    else:
        return None
    return Title(Span(start, match.end()), word, jurisdiction=country,
                 fixed=(text[start:match.end()], body), former=text.endswith("前", 0, start))


# A Japanese prefecture's governor (东京都知事, 大阪府知事, 北海道知事).
GOVERNOR = "知事"
_PREFECTURE_LEVELS = frozenset("都道府县")


def governor(text: str, match: re.Match[str]) -> Title | None:
    """东京都知事小池百合子: the governor of a prefecture the gazetteer knows, labelled as
    written; a country written before it stays out of the label."""
    start = match.start()
    place = place_ending_at(text, start, ("foreign",))
    if place is None and start > 0 and text[start - 1] in _PREFECTURE_LEVELS:
        place = place_ending_at(text, start - 1, ("foreign",))
    if place is None:
        return None
    head = foreign_head(text, place[2])
    country = head[1] if head is not None and head[1] != "中国" else "日本"
    return Title(Span(head[2] if head is not None else place[2], match.end()), GOVERNOR,
                 jurisdiction=country, fixed=(f"{text[place[2]:start]}{GOVERNOR}", ""))


def _region_head(text: str, start: int) -> tuple[str, str, int] | None:
    """阿联酋阿布扎比王储: a place inside a country, written between the country and a post
    China does not have (the emirate's crown prince), gives the label as written and the
    country as the jurisdiction."""
    region = place_ending_at(text, start, ("foreign",))
    if region is None:
        return None
    country = place_ending_at(text, region[2], ("country",))
    if country is None or country[0] == "中国":
        return None
    return text[country[2]:start], country[0], country[2]


def foreign_party(text: str, match: re.Match[str], words: Words | None = None) -> Title | None:
    """孟加拉国人民联盟主席, 日本自民党干事长: a country, a party not listed, and its post.

    The party list cannot hold every foreign party the news names, but the form is
    fixed: a country at the start of a word, a name ending like a party (党, 联盟, 运动),
    then a party post. The label is written as the text writes it, country first.
    """
    table, start = tables(), match.start()
    if (listed := _listed_without_country(text, match)) is not None:
        return listed
    rank = ordinal_before(text, start, word_of(match))  # 统一社会主义党第一副主席
    start -= len(rank)
    starts = range(max(0, start - MAX_PARTY - max(COUNTRY_SIZES)), start - 1)
    for at, size, country in _foreign_countries(text, starts, words):
        party = text[at + size:start]
        if (_QUOTED_PARTY.fullmatch(party) and party.endswith(table.party_ends)
                and not _NOT_IN_NAMED_PARTY.search(party)):
            body, word = text[at:start].translate(_QUOTES), word_of(match)
            former = text.endswith(FORMER_BEFORE, 0, at)
            return Title(Span(at, match.end()), word, jurisdiction=country,
                         fixed=(f"{body}{rank}{word}", body), former=former)
    if word_of(match) in _NAMED_ONLY:
        return None  # 阿拉伯国家联盟秘书长: a league of states, not a party in view
    return _party_in_view(text, match, words)


def _foreign_countries(text: str, starts: Iterable[int],
                       words: Words | None) -> Iterator[tuple[int, int, str]]:
    """(start, length, name) of each foreign country written at one of ``starts`` (in their
    order) where a word of the model starts — the longest name at each start."""
    surfaces = gazetteer().surfaces
    for at in starts:
        if at > 0 and _HAN.match(text, at - 1) and (words is None or at not in words):
            continue  # not where a word starts
        for size in COUNTRY_SIZES:
            entry = surfaces.get(text[at:at + size])
            place = entry.places[0] if entry is not None and entry.places else None
            if place is not None and place.kind == "country" and place.name != "中国":
                yield at, size, place.name
                break


def _listed_without_country(text: str, match: re.Match[str]) -> Title | None:
    """自民党干事长二阶俊博: a listed party that the news writes without its country, and
    whose label adds it (日本自民党), is that country's — whatever country is in view."""
    table, start = tables(), match.start()
    for party in sorted(table.parties, key=len, reverse=True):
        label, country = table.party_labels[party], table.parties[party]
        if (text.endswith(party, 0, start) and label != party and label.startswith(country)
                and not text.endswith(country, 0, start - len(party))):
            word = word_of(match)
            return Title(Span(start - len(party), match.end()), word, jurisdiction=country,
                         fixed=(f"{label}{word}", label))
    return None


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
            text[match.start() - 1] not in _BEFORE_BARE) and not dateline_before(
            text, match.start()):
        return None  # 俄外交部长: the country's abbreviation or another word (not 5月10日电)
    return _ministry(Span(match.start(), match.end()), word_of(match), label)


def _ministry(span: Span, word: str, label: str, former: bool = False) -> Title:
    """China's minister written the foreign way: the label written in full (外交部部长), the
    body its ministry (外交部)."""
    return Title(span, word, fixed=(label, label[:label.index("部") + 1]), former=former)


def _foreign_body(text: str, match: re.Match[str], words: Words | None) -> Title | None:
    """阿联酋联邦国民议会议长: a foreign post after a body that opens with its country (with
    a deputy's rank: 法国国民议会第一副议长)."""
    word = word_of(match)
    rank = ordinal_before(text, match.start(), word)
    body = body_before(text, match.start() - len(rank), LEVELS_LONGEST, words)
    country = country_opening(body.name) if body is not None else None
    if body is None or country is None:
        return None
    return Title(Span(body.start, match.end()), word, jurisdiction=country,
                 fixed=(f"{body.name}{rank}{word}", body.name))


# A minister written short, the ministry's 部 run into the post (石油部长, 农业部长).
MINISTERS = frozenset({"部长", "副部长"})
# How long a portfolio written between a country and 部长 may be (机构关系).
MAX_PORTFOLIO = 6
_NOT_IN_PORTFOLIO = re.compile(r"[的和与及在是了、]|政府|总统|总理")


def short_ministry(text: str, match: re.Match[str], words: Words | None) -> Title | None:
    """委内瑞拉石油部长克韦多 → 委内瑞拉石油部部长; 教育部长袁贵仁, in a sentence that names no
    foreign country → China's 教育部部长 (a ministry the bodies list holds)."""
    start, word = match.start(), word_of(match)
    if word not in MINISTERS or text.endswith("部", 0, start) or words is None:
        return None
    if start not in words:
        return None  # the portfolio must end where a word of the model ends
    starts = range(start - 1, max(-1, start - MAX_PORTFOLIO - max(COUNTRY_SIZES) - 1), -1)
    for at, size, country in _foreign_countries(text, starts, words):
        portfolio = text[at + size:start]
        past = portfolio.startswith("前")
        portfolio = portfolio.removeprefix("前")
        if portfolio.endswith(ACTING):
            return None  # 乌克兰内务部代理部长: the ministry written whole, read as a body's
        if (not portfolio or len(portfolio) > MAX_PORTFOLIO or _NOT_IN_PORTFOLIO.search(
                portfolio) or not _HAN.fullmatch(portfolio[-1])
                or not all(_HAN.match(c) for c in portfolio)):
            return None
        body = f"{text[at:at + size]}{portfolio}部"
        return Title(Span(at, match.end()), word, jurisdiction=country,
                     fixed=(f"{body}{word}", body),
                     former=past or text.endswith(FORMER_BEFORE, 0, at))
    for size in range(MAX_PORTFOLIO, 1, -1):
        body = f"{text[start - size:start]}部"
        if known_body(body) and (start - size == 0 or start - size in words):
            sentence = sentence_around(text, start)
            if countries_in(text, *sentence):
                return None  # a foreign minister's post, whose country is not written
            return Title(Span(start - size, match.end()), word, fixed=(f"{body}{word}", body),
                         former=text.endswith(FORMER_BEFORE, 0, start - size))
    return None
