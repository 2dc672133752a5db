"""Title chains and the positions they give: 省委副书记、省长王伟中 → two posts.

Titles (read one by one in :mod:`yamen.entities.titles`) joined by 、 or 兼 form one
chain, and the name that follows a chain holds every post in it. A title after 、
takes what it lacks from the one before it (:mod:`yamen.entities.chain_links`: 市委常委、
秘书长 → 市委秘书长). A chain may hold a post the
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
from yamen.entities.bodies import words_by_end
from yamen.entities.chain_links import continue_title, same_jurisdiction, segment
from yamen.entities.chain_links import joined as joined_by
from yamen.entities.country_view import countries_in, country_in_view, sentence_around
from yamen.entities.foreign_titles import ordinal_before
from yamen.entities.gazetteer import gazetteer, word_list
from yamen.entities.ner import Entity
from yamen.entities.title import FORMER_BEFORE, LEVELS, Title
from yamen.entities.title_lexicon import foreign_label, party_only, tables, word_of
from yamen.entities.title_places import (
    abroad,
    abroad_ministry,
    deceased_after,
    jurisdiction_ending_at,
    roster_space,
    same_village,
)
from yamen.entities.titles import read_title
from yamen.lexicon import surnamed, transliterated

__all__ = ["Chain", "Title", "country_in_view", "find_chains", "jurisdiction_ending_at", "resolve"]

# Posts of a committee's members, which a report may write bare after naming the committee.
_COMMITTEE_POSTS = frozenset({"主任委员", "副主任委员", "委员"})
# How far a bare committee post opening the next line may stand from the committee's title.
_NEXT_LINE_WINDOW = 80
# The longest word the model gives that a lookup by end offset needs to reach.
MAX_WORD = 40
_SENTENCE_BREAK = re.compile(r"[。！？；\n]")
# Tags of the word before a bare foreign post that opens a title (向总统普京, 弹劾总统罗塞夫),
# not a form of address after a name (特朗普总统任内).
_BEFORE_BARE_POST = frozenset({"p", "c", "u", "v", "vd", "vn", "d", "w", "TIME"})
# 、俄方主席: one side's co-chair of a joint body named with the other side's (中方主席).
# The joint body may be named short before the side (、委员会哈方主席).
_SIDE = re.compile(r"[、兼](?:委员会|理事会|合作委员会)?[\u4e00-\u9fff]方")
_BEFORE_BARE_CHARS = frozenset("向同与和及对见给为、，,：:")
# A committee's posts whose last may follow 和 (委员、常委和书记).
_AND_POSTS = frozenset({"书记", "副书记", "常委"})
# What stands before a bare foreign post that the country in view gives: 总统A和总理B.
_IN_VIEW_BEFORE = frozenset("和及与、，,：:")
# A post word followed by these is part of a body's name (委员会, 常委会, 书记处, 部长会议,
# 总指挥部, 主席团, 总领事馆, 主席国, 总统卫队) — but 部署 is a verb (书记部署), 国事 a
# visit's kind.
_BODY_WORD_AFTER = re.compile(r"会|处|团|馆|部(?!署)|国(?![事务])|卫队")
_TEAM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}团")


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
        if title is not None and title.fixed is not None and title.jurisdiction is None and (
                chains and _NAME_THEN_COMMA.fullmatch(text, previous_end, match.start())):
            # 越共中央总书记阮富仲、国家主席张晋创: the next leader of the country in view
            title = _in_view(text, chains[-1].titles[-1], previous_end, match) or title
        start = title.span.start if title is not None else match.start()
        gap = text[previous_end:start] if chains else ""
        joined, former = joined_by(gap)
        if not joined and chains and roster_space(gap, chains[-1].titles[-1]):
            # 匈牙利青民盟主席 政府总理欧尔班: a roster's space joins one holder's posts (the
            # text is read on as if 、 stood there, for a segment such as 、政府总理)
            if gap[1:]:
                text = f"{text[:previous_end]}、{text[previous_end + 1:]}"
            gap = f"、{gap[1:]}"
            joined, former = joined_by(gap)
        if not joined and title is None and gap == "和" and word_of(match) in _AND_POSTS:
            joined = True  # 任湖南省委委员、常委和书记: the last of a committee's posts
        if not joined and chains and (title is not None or word_of(match) in tables().posts):
            joined, former = _comma_joined(gap)  # (…有限公司法定代表人，董事长兼总经理)
        if title is None and chains:
            title = _in_view(text, chains[-1].titles[-1], previous_end, match)
        if title is None and not joined and ends is not None:
            title = _bare_post(text, match, ends)
        if title is None and chains and not joined:
            title = (_same_committee(text, chains[-1].titles[-1], previous_end, match)
                     or _same_body(text, chains[-1].titles[-1], previous_end, match)
                     or same_jurisdiction(text, chains[-1].titles[-1], previous_end, match))
        if title is None and party_only(word_of(match)) and not (
                chains and chains[-1].titles[-1].foreign and text.startswith("、", previous_end)):
            continue  # 两国领导人: no party named (but 、阿特米萨省委第一书记 goes on)
        if chains and not joined and _SIDE.fullmatch(text, previous_end, start):
            title, joined = _side(text, chains, match), title is None
        elif chains and not joined:
            title, joined = segment(text, chains[-1].titles[-1], previous_end, match, title)
            if joined and title is not None and chains[-1].titles[-1].former:
                title.former = True  # 工务段原段长、党委副书记: the 原 holds for the chain
        elif joined:
            # 合浦县委原常委、政法委书记: a past post's 原 or 时任 holds for the whole chain
            before = chains[-1].titles[-1]
            title = continue_title(before, title, match, former or before.former)
        if title is None:
            continue
        if not joined:
            title = abroad(text, title)
        before = chains[-1].titles[-1] if chains else None
        title = abroad_ministry(text, title, before, previous_end, ends)
        if not joined:
            title = same_village(text, title, before, previous_end)
        if joined:
            chains[-1].titles.append(title)
        else:
            chains.append(Chain([title]))
        previous_end = title.span.end
    for chain in chains:
        if deceased_after(text, chain.end):  # 科威特埃米尔萨巴赫不幸逝世: posts held till death
            for title in chain.titles:
                title.former = True
    return chains


# 甘肃省委原常委，省政府原党组副书记、副省长宋亮: a comma between two titles with no name
# between them joins one holder's posts (discipline reports write the chain so).
_COMMA = "，"


def _comma_joined(gap: str) -> tuple[bool, bool]:
    """Whether ``gap`` is a comma (with any 原 or 时任 after it) that joins two titles of one
    holder, and whether it marks the second as past."""
    if not gap.startswith(_COMMA):
        return False, False
    rest = gap[len(_COMMA):]
    return (True, bool(rest)) if rest in ("", *FORMER_BEFORE) else (False, False)


def _body_word(text: str, match: re.Match[str]) -> bool:
    """委员会, 主席团, 总指挥部: the post word begins a body's name, it is not a post; so
    does a deputy's title before a team of them (二十大代表宣讲团)."""
    if match.group().endswith("代表") and _TEAM_AFTER.match(text, match.end()):
        return True
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
    rank = ordinal_before(text, match.start(), word)  # 、第一副总统敏瑞
    start = match.start() - len(rank)
    # 总统米尔济约耶夫和政府总理阿里波夫: the government's name before the post stays out
    start -= next((len(g) for g in tables().governments if text.endswith(g, 0, start)), 0)
    if start > 0 and text[start - 1] not in _IN_VIEW_BEFORE:
        return None  # 特朗普总统任内: a form of address after a name, not a post before one
    country = before.jurisdiction
    return Title(Span(start, match.end()), word, jurisdiction=country,
                 fixed=(f"{country}{rank}{foreign_label(word)}", country))


def _same_committee(text: str, before: Title, previous_end: int,
                   match: re.Match[str]) -> Title | None:
    """…法律委员会主任委员李飞作的报告，副主任委员胡可明作的报告: a bare committee post after
    a comma, in the sentence of a committee's title, is a post of that committee."""
    word = word_of(match)
    if word not in _COMMITTEE_POSTS or before.fixed is None or before.foreign:
        return None
    body = before.fixed[1]
    if not body.endswith(("委员会", "委")):
        return None
    if text.endswith(("，", "、"), 0, match.start()):
        if _SENTENCE_BREAK.search(text, previous_end, match.start()):
            return None
    elif not (text.endswith(("。\n", "\n"), 0, match.start())
              and match.start() - previous_end <= _NEXT_LINE_WINDOW
              and len(_SENTENCE_BREAK.findall(text, previous_end, match.start())) <= 2):
        return None  # …主任委员周光权作的报告。⏎副主任委员徐辉作的…: the next line goes on
    return Title(Span(match.start(), match.end()), word, fixed=(f"{body}{word}", body),
                 former=before.former)


_NAME_THEN_COMMA = re.compile(r"[\u4e00-\u9fff·]{2,12}、")
# A name between a body's head and a bare deputy's post: 主任李斌、副主任马晓伟和副主任王培安.
_NAME_THEN_JOINER = re.compile(r"[\u4e00-\u9fff·]{2,12}[、和及]")
_RANKS = "常务副第一二三荣誉"


def _same_body(text: str, before: Title, previous_end: int,
               match: re.Match[str]) -> Title | None:
    """…委员会主任李斌、副主任马晓伟和副主任王培安: a bare post of the same rank family as the
    title before it (主任, 副主任), after that title's holder and a joiner, is the same
    body's."""
    word = word_of(match)
    if before.post.strip(_RANKS) != word.strip(_RANKS):
        return None
    rank = ordinal_before(text, match.start(), word)  # 、第一副主席梅利尼科夫
    start = match.start() - len(rank)
    if not _NAME_THEN_JOINER.fullmatch(text, previous_end, start):
        return None
    span = Span(start, match.end())
    if before.fixed is None:
        if not before.org:
            return None
        return Title(span, word, org=before.org, jurisdiction=before.jurisdiction,
                     level=before.level, former=before.former, prefix=before.prefix)
    body, label = before.fixed[1], before.fixed[0]
    if not body:
        return None
    head = label[:-len(before.post)] if label.endswith(before.post) else body
    return Title(span, word, jurisdiction=before.jurisdiction,
                 fixed=(f"{head}{rank}{word}", body), former=before.former)


def _bare_post(text: str, match: re.Match[str], ends: dict[int, Entity]) -> Title | None:
    """向总统普京汇报: a post China does not have, bare before a name, is the post of the
    one foreign country its sentence names (俄罗斯国防部长绍伊古…向总统普京)."""
    word, start = word_of(match), match.start()
    own = word not in tables().foreign_only
    if own and word not in tables().foreign:
        return None
    rank = ordinal_before(text, start, word)  # 同第一副总理舒瓦洛夫
    past = next((w for w in _PAST_BEFORE if text.endswith(w, 0, start - len(rank))), "")
    former = bool(past) and past not in _CURRENT  # 驳回前总统卢拉, 时任总统布什: a past holder
    at = start - len(rank) - len(past)
    before = ends.get(at)
    if at > 0 and len(past) < 2 and text[at - 1] not in _BEFORE_BARE_CHARS and (
            before is None or before.tag not in _BEFORE_BARE_POST):  # (改革派现任总统鲁哈尼)
        return None
    after = _word_at(ends, match.end())
    if after is None or not (after.tag == "PER" or transliterated(after.text) or (
            len(after.text) <= 2 and (piece := _word_at(ends, after.end)) is not None
            and (piece.tag == "PER" or transliterated(after.text + piece.text)))):
        return None  # 总统尼尼斯托/LOC, 议长海内|卢奥马, 总统格里|包斯凯特/v: a name, split or not
    if own and not _foreign_name(after.text) and not (former and (
            transliterated(after.text) or len(after.text) >= _LONG_FOREIGN)):
        # 副总理刘鹤: a post China has too, before a Chinese name, is China's (but 前总理
        # 季莫申科, 前总理阿巴迪: a past holder with a foreign name, the country in view's)
        return None
    sentence = sentence_around(text, start)
    countries = countries_in(text, sentence[0], start)
    if len(countries) > 1:
        return None
    # 根据初步结果，现任总统米尔济约耶夫以87%的得票率胜出: no country before the post in
    # its sentence, the one the sentence or its paragraph names
    country = countries[0] if countries else country_in_view(text, start)
    if country is None:
        return None
    return Title(Span(at, match.end()), word, jurisdiction=country,
                 fixed=(f"{country}{rank}{foreign_label(word)}", country), former=former)


# What marks a bare post before a name as past (前总统卢拉, 时任总统布什), new or sitting.
# 新任总统普拉博沃, 现任总统特朗普: the same word, a current post.
_CURRENT = ("新任", "现任")
_PAST_BEFORE = ("时任", "前", *_CURRENT)
# A transliterated name this long is never a Chinese one (穆斯塔法耶夫, 武切维奇).
_LONG_FOREIGN = 4


def _foreign_name(name: str) -> bool:
    """同副总理穆斯塔法耶夫举行会谈: a name that cannot be a Chinese one, after a post that
    China has too (副总理, 外长), makes that post the foreign country's."""
    return transliterated(name) and (len(name) >= _LONG_FOREIGN or not surnamed(name))


def _word_at(ends: dict[int, Entity], start: int) -> Entity | None:
    """The model's word that starts at ``start`` (``ends`` is by end offset)."""
    return next((w for end in range(start + 1, start + MAX_WORD)
                 if (w := ends.get(end)) is not None and w.start == start), None)


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
                # a place read across the title's start (兰考县任县委书记: 任县) is not before it
                before = [name for at, name in named_before
                          if at < title.span.start - 1 or at == title.span.start - len(name)]
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
