"""Title chains and the positions they give: 省委副书记、省长王伟中 → two posts.

Titles (read one by one in :mod:`yamen.entities.titles`) joined by 、 or 兼 form one
chain, and the name that follows a chain holds every post in it. A title after 、
takes what it lacks from the one before it (市委常委、秘书长 → 市委秘书长; in a
foreign chain the party or the country carries on). A chain may hold a post the
lexicon cannot read (中央指导组组长, 自民党总裁): between two joiners, or between a
joiner and the name, such a segment is read as written, so the chain and its name
stay together. Bare titles (省委书记, 市长) get their jurisdiction from context
(:func:`resolve`); a bare post China does not have (向总统普京) gets the one foreign
country its sentence names, and a government's name after a foreign party post drops
(人民联盟主席、政府总理 → 孟加拉国总理).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from yamen.document import Span
from yamen.entities.bodies import (
    countries_in,
    country_in_view,
    drop_locators,
    known_body,
    sentence_around,
    state_ministry,
    words_by_end,
)
from yamen.entities.gazetteer import gazetteer, word_list
from yamen.entities.ner import Entity
from yamen.entities.title import LEVELS
from yamen.entities.titles import (
    FORMER_BEFORE,
    Title,
    foreign_label,
    jurisdiction_ending_at,
    party_only,
    read_title,
    tables,
    without_term,
    word_of,
)

__all__ = ["Chain", "Title", "country_in_view", "find_chains", "jurisdiction_ending_at", "resolve"]

CHAIN_JOINERS = ("、", "兼")
_SENTENCE_BREAK = re.compile(r"[。！？；\n]")
# Tags of the word before a bare foreign post that opens a title (向总统普京, 会见首相吕特),
# not a form of address after a name (特朗普总统任内).
_BEFORE_BARE_POST = frozenset({"p", "c", "u", "v", "vd", "d", "w", "TIME"})
# 、俄方主席: one side's co-chair of a joint body named with the other side's (中方主席).
_SIDE = re.compile(r"[、兼][\u4e00-\u9fff]方")
_BEFORE_BARE_CHARS = frozenset("向同与和及对见给为、，,：:")
# What stands before a bare foreign post that the country in view gives: 总统A和总理B.
_IN_VIEW_BEFORE = frozenset("和及与、，,：:")
# A post word followed by these is part of a body's name (委员会, 常委会, 书记处, 部长会议,
# 总指挥部, 主席团, 总领事馆, 主席国) — but 部署 is a verb (书记部署), 国事 a visit's kind.
_BODY_WORD_AFTER = re.compile(r"会|处|团|馆|部(?!署)|国(?![事务])")
# Posts of a party organ itself: a title after 公安部党委委员、 that is not one of these
# belongs to the ministry (副部长 → 公安部副部长), not to its Party committee.
PARTY_POSTS = frozenset({"书记", "副书记", "常务副书记", "委员", "常委", "成员"})
_PARTY_ORGAN = re.compile(r"(?:党委|党组|党工委)$")
# A post in a chain that the lexicon cannot read is taken as written when it is short
# and plain (中央指导组组长, 首规委主任): longer runs are sentences, not titles.
MAX_SEGMENT = 20
_SEGMENT = re.compile(r"[\u4e00-\u9fff0-9]+")
_SEGMENT_STOP = re.compile(r"[的在是了把将被向从为等]|时任")
_PARTY_NAME = re.compile(r"党|共|中央")
# A local government's bureau or a zone's administrative committee, written bare after a
# local title (、公安局局长, 、管委会主任).
_LOCAL_UNIT = re.compile(r"[\u4e00-\u9fff]{0,6}局|管委会")
# A Party committee's own departments (组织部, 政法委, 办公室), written after 市委常委、.
_COMMITTEE_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:部|委|办|办公室|研究室)")


@dataclass(slots=True)
class Chain:
    titles: list[Title]

    @property
    def start(self) -> int:
        return self.titles[0].span.start

    @property
    def end(self) -> int:
        return self.titles[-1].span.end


def find_chains(text: str, words: Iterable[Entity] | None = None) -> list[Chain]:
    """Every title chain in Simplified ``text``: titles joined by 、 or 兼, in order.

    ``words`` (the model's words) let a written-out body start only where a word of
    the model starts; without them a body starts after punctuation or a function word.
    """
    chains: list[Chain] = []
    previous_end = -1
    pattern = tables().pattern
    ends = words_by_end(words) if words is not None else None
    at = 0
    while (match := pattern.search(text, at)) is not None:
        at = match.end()
        if _body_word(text, match) or _inside_place(text, match):
            at = match.start() + 1
            continue
        title = read_title(text, match, ends)
        start = title.span.start if title is not None else match.start()
        gap = text[previous_end:start] if chains else ""
        joined, former = _joined(gap)
        if title is None and chains:
            title = _in_view(text, chains[-1].titles[-1], previous_end, match)
        if title is None and not joined and ends is not None:
            title = _bare_post(text, match, ends)
        if title is None and party_only(word_of(match)) and not (
                chains and chains[-1].titles[-1].foreign and text[previous_end:start] == "、"):
            continue  # 两国领导人: a party post with no party named
        if chains and not joined and _SIDE.fullmatch(text, previous_end, start):
            title, joined = _side(text, chains, match), title is None
        elif chains and not joined:
            title, joined = _segment(text, chains[-1].titles[-1], previous_end, match, title)
        elif joined:
            # 合浦县委原常委、政法委书记: a past post's 原 or 时任 holds for the whole chain
            before = chains[-1].titles[-1]
            title = _continue(before, title, match, former or before.former)
        if title is None:
            continue
        if joined:
            chains[-1].titles.append(title)
        else:
            chains.append(Chain([title]))
        previous_end = title.span.end
    return chains


def _body_word(text: str, match: re.Match[str]) -> bool:
    """委员会, 主席团, 总指挥部: the post word begins a body's name, it is not a post."""
    return _BODY_WORD_AFTER.match(text, match.end()) is not None


def _inside_place(text: str, match: re.Match[str]) -> bool:
    """湖南省长沙县: the 省长 there is a place name's first character after a province."""
    word = match.group()
    if not word.endswith("长") or len(word) > 2:
        return False
    entry = jurisdiction_ending_at(text, match.start() + 1)
    if entry is None:
        return False
    surfaces, features = gazetteer().surfaces, word_list("tagged_short_feature")
    for size in range(5, 1, -1):
        written = text[match.end() - 1:match.end() - 1 + size]
        found = surfaces.get(written)
        if found is not None and found.places and found.places[0].kind != "country":
            return True
        if written in features:
            return True  # 宜昌市长江边: 长江, a river
    return False


def _in_view(text: str, before: Title, previous_end: int, match: re.Match[str]) -> Title | None:
    """匈牙利总统舒尤克和总理欧尔班: a bare foreign post in the sentence of a country's post
    is that country's."""
    word = word_of(match)
    if not before.foreign or word not in tables().foreign or before.jurisdiction is None:
        return None
    if _SENTENCE_BREAK.search(text, previous_end, match.start()):
        return None
    if match.start() > 0 and text[match.start() - 1] not in _IN_VIEW_BEFORE:
        return None  # 特朗普总统任内: a form of address after a name, not a post before one
    country = before.jurisdiction
    return Title(Span(match.start(), match.end()), word, jurisdiction=country,
                 fixed=(f"{country}{foreign_label(word)}", country))


def _bare_post(text: str, match: re.Match[str], ends: dict[int, Entity]) -> Title | None:
    """向总统普京汇报: a post China does not have, bare before a name, is the post of the
    one foreign country its sentence names (俄罗斯国防部长绍伊古…向总统普京)."""
    word, start = word_of(match), match.start()
    if word not in tables().foreign_only:
        return None
    former = text.endswith("前", 0, start)  # 驳回前总统卢拉…: a past holder
    at = start - 1 if former else start
    before = ends.get(at)
    if at > 0 and text[at - 1] not in _BEFORE_BARE_CHARS and (
            before is None or before.tag not in _BEFORE_BARE_POST):
        return None
    after = next((w for w in ends.values() if w.start == match.end()), None)
    if after is None or after.tag != "PER":
        return None
    sentence = sentence_around(text, start)
    countries = countries_in(text, sentence[0], start)
    if len(countries) != 1:
        return None
    country = countries[0]
    return Title(Span(at, match.end()), word, jurisdiction=country,
                 fixed=(f"{country}{foreign_label(word)}", country), former=former)


def _side(text: str, chains: list[Chain], match: re.Match[str]) -> Title | None:
    """国务院副总理、中俄能源合作委员会中方主席张高丽…与俄罗斯副总理、俄方主席德沃尔科维奇:
    the other side's co-chair of the body named for China's; nothing when none is named."""
    post, side = word_of(match), text[match.start() - 2:match.start()]
    for chain in chains:
        for title in chain.titles:
            label = title.label
            if title.fixed is not None and label.endswith(f"中方{post}"):
                joint = label[:-len(post) - 2]  # the joint body: 中俄能源合作委员会
                return Title(Span(match.start() - 2, match.end()), post,
                             fixed=(f"{joint}{side}{post}", joint))
    return None


def _joined(gap: str) -> tuple[bool, bool]:
    """Whether ``gap`` joins two titles, and whether it marks the second as past (、原副主任)."""
    for marker in (*FORMER_BEFORE, "前"):  # 、前总统: a foreign chain's past post
        if gap.endswith(marker) and gap[:-len(marker)] in CHAIN_JOINERS:
            return True, True
    return without_term(gap) in CHAIN_JOINERS, False  # 、十二届全国青联主席


def _segment(text: str, before: Title, previous_end: int, match: re.Match[str],
             title: Title | None) -> tuple[Title | None, bool]:
    """A post after a joiner that the lexicon cannot read whole: 、中央指导组组长."""
    if text[previous_end:previous_end + 1] not in CHAIN_JOINERS:
        return title, False
    start = previous_end + 1
    written = text[start:match.start()]
    if (not written or len(written) > MAX_SEGMENT or not _SEGMENT.fullmatch(written)
            or _SEGMENT_STOP.search(written)):
        return title, False
    post = word_of(match)
    written = written.removeprefix("中共")
    if before.foreign and written in tables().governments and post in tables().foreign:
        # 人民联盟主席、政府总理 → 孟加拉国总理: the government's name drops, as 老挝政府总理
        country = country_written(before)
        return Title(Span(start, match.end()), post, jurisdiction=before.jurisdiction,
                     fixed=(f"{country}{foreign_label(post)}", before.jurisdiction or "")), True
    if before.fixed is None and before.org.endswith("委") and _COMMITTEE_DEPARTMENT.fullmatch(
            written):
        # 省委常委、工委书记 → 省委工委书记: a department of the same committee
        return Title(Span(start, match.end()), post, org=f"{before.org}{written}",
                     jurisdiction=before.jurisdiction, level=before.level,
                     prefix=before.prefix), True
    organ = tables().orgs.get(written)
    if organ is not None and before.fixed is not None and before.fixed[1]:
        # 全国政协主席、党组书记 → 全国政协党组书记: the body's own Party organ
        body = f"{before.fixed[1]}{organ}"
        return Title(Span(start, match.end()), post, jurisdiction=before.jurisdiction,
                     fixed=(f"{body}{post}", body)), True
    if organ is not None:
        return title, False
    if before.foreign:
        written = f"{_head(before, written)}{written}" if (
            written.startswith("中央") or not _PARTY_NAME.search(written)) else written
    else:
        written = drop_locators(written)  # 黑龙江齐齐哈尔农业技术推广中心 → 齐齐哈尔…
    title = Title(Span(start, match.end()), post, jurisdiction=before.jurisdiction if
                  before.foreign else None, fixed=(f"{written}{post}", written))
    return (None if before.foreign else _local_unit(before, title)) or title, True


def _continue(before: Title, title: Title | None, match: re.Match[str],
              former: bool) -> Title | None:
    """A title after 、 takes what it lacks from the one before it in the chain.

    市委常委、秘书长 → the body (市委秘书长); 全国人大常委会副委员长、秘书长 → 全国人大常委会
    秘书长; in a foreign chain the party or the country carries on: 越共中央政治局委员、
    中央书记处书记 → 越共中央书记处书记, …、副总理、外交部部长 → 越南副总理, 越南外交部部长.
    """
    span, post = Span(match.start() - (1 if former else 0), match.end()), word_of(match)
    if title is not None:
        title.former = title.former or former
        if before.foreign and title.fixed is not None and title.jurisdiction is None:
            label, body = title.fixed
            head = "" if label.startswith(before.jurisdiction or "-") else _head(before, label)
            return Title(title.span, title.post, jurisdiction=before.jurisdiction,
                         fixed=(f"{head}{label}", f"{head}{body}"), former=title.former)
        if _department(before, title):
            # 市委常委、组织部部长 → 市委组织部部长: a Party department of the same committee
            body = title.fixed[1] if title.fixed is not None else ""
            return Title(title.span, title.post, org=f"{before.org}{body}",
                         jurisdiction=before.jurisdiction, level=before.level,
                         former=title.former, prefix=before.prefix)
        local = _local_unit(before, title)
        if local is not None:
            return local
        return title
    if before.foreign:
        country = before.jurisdiction or ""
        return Title(span, post, jurisdiction=country,
                     fixed=(f"{country_written(before)}{foreign_label(post)}", country),
                     former=former)
    if post in tables().foreign:  # 国务委员兼外交部长 → 外交部部长
        return Title(span, post, fixed=(foreign_label(post), ""), former=former)
    if before.fixed is None:
        org = before.org if post in PARTY_POSTS else _PARTY_ORGAN.sub("", before.org)
        prefix = before.prefix if org == before.org else ""  # 团省委书记、常委 (not 省长)
        return Title(span, post, org=org, jurisdiction=before.jurisdiction,
                     level=before.level, former=former, prefix=prefix)
    body = before.fixed[1]
    if post not in PARTY_POSTS:
        body = _PARTY_ORGAN.sub("", body)
    label = f"{body.removeprefix('中共')}{post}"  # 中央政治局委员、常委 → 中央政治局常委
    return Title(span, post, fixed=(label, body), former=former) if body else None


def country_written(title: Title) -> str:
    """The country as a foreign title writes it (蒙古 of 蒙古人民党主席), for the posts a
    chain continues with; the country's name when the title opens with a party (越共)."""
    label, country = title.fixed[0] if title.fixed is not None else "", title.jurisdiction or ""
    surfaces = gazetteer().surfaces
    for size in range(min(6, len(label)), 1, -1):
        entry = surfaces.get(label[:size])
        if entry is not None and entry.places and entry.places[0].name == country:
            return label[:size]
    return country


def _department(before: Title, title: Title) -> bool:
    """Whether ``title`` names a department of the local Party committee ``before`` heads."""
    if before.fixed is not None or not before.org.endswith("委") or title.fixed is None:
        return False
    body = title.fixed[1]
    return bool(_COMMITTEE_DEPARTMENT.fullmatch(body)) and not known_body(body)


def _local_unit(before: Title, title: Title) -> Title | None:
    """乌拉特前旗副旗长、公安局局长 → 乌拉特前旗公安局局长; 县委常委、公安局局长 → 县公安局
    局长; 经济开发区党工委书记、管委会主任 → 经济开发区管委会主任: a bureau or an
    administrative committee written bare after a local title is the same jurisdiction's
    (a zone's committee sits beside the zone's Party working committee)."""
    if before.fixed is not None or title.fixed is None or title.jurisdiction is not None:
        return None
    body = title.fixed[1]
    if not _LOCAL_UNIT.fullmatch(body) or known_body(body):
        return None
    organ = _PARTY_ORGAN.search(before.org)
    prefix = before.org[:organ.start()] if organ is not None else ""
    return Title(title.span, title.post, org=f"{prefix}{body}", jurisdiction=before.jurisdiction,
                 level=before.level if before.jurisdiction is None else None,
                 former=title.former)


def _head(before: Title, label: str) -> str:
    """What a foreign chain puts before a title it continues with.

    A party central title (中央书记处书记) or a department that is not a state ministry
    (国际部 after 朝鲜劳动党中央政治局委员) is the party's; anything else the country's.
    """
    party = _party(before)
    if party and label.startswith("中央"):
        return party
    if party and label.endswith("部部长") and not state_ministry(label[:-2]):
        return f"{party}中央"
    return before.jurisdiction or ""


def _party(title: Title) -> str:
    """The party a foreign title is written with (越共 of 越共中央总书记), if any."""
    label = title.fixed[0] if title.fixed is not None else ""
    for party in sorted(set(tables().party_labels.values()), key=len, reverse=True):
        if label.startswith(party):
            return party
    return ""


def resolve(chains: list[Chain], home: dict[str, str], text_places: list[tuple[int, str]]) -> None:
    """Give bare titles (省委书记, 市长) their jurisdiction.

    In a chain, the last named division of that level (天津市委副书记、市长 → 天津市);
    else the outlet's home when the outlet is local (广州日报 → 广东省, 广州市); else
    the nearest division of that level named before the title — in a place mention or
    in another title — the place the report is about at that point.
    """
    named_before = sorted([
        *text_places,
        *((t.span.start, t.jurisdiction) for c in chains for t in c.titles
          if t.jurisdiction is not None and t.fixed is None),
    ])
    for chain in chains:
        named: dict[str, str] = {}
        for title in chain.titles:
            if title.fixed is not None:
                continue
            if title.jurisdiction is not None:
                named[_kind_of_name(title.jurisdiction)] = title.jurisdiction
                continue
            if title.level is None:
                continue
            kind = LEVELS[title.level]
            choice = named.get(kind) or _matching(named.values(), title.level)
            choice = choice or home.get(kind) or _matching([home.get("province", "")],
                                                          title.level)
            if choice is None:
                before = [name for at, name in named_before if at < title.span.start]
                choice = _matching(reversed(before), title.level)
            if choice is not None:
                title.jurisdiction, title.level = choice, None


def _kind_of_name(name: str) -> str:
    for level, kind in LEVELS.items():
        if name.endswith(level):
            return kind
    return "province"


def _matching(names: Iterable[str], level: str) -> str | None:
    """The first of ``names`` whose full name ends in the bare level word (天津市 for 市)."""
    for name in names:
        if name and name.endswith(level):
            return name
    return None
