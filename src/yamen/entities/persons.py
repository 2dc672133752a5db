"""Persons: every named person, with the posts the text gives them and every mention.

Names come from these sources, strongest first: a title chain directly before a
name fixes its boundaries (省长王伟中, which the model splits); a frame that states a
chain of a name elsewhere (任命陈吉宁为…, 潘坎当选…, 李荣灿（时任…）: see
:mod:`yamen.entities.appointments`) or a spoken caption (南宁市委书记 陈武：…); a title
heading a roster of its holders
(:mod:`yamen.entities.rosters`); a list under a collective heading or after a named
person (省领导张虎、郭永航…), which gives names without posts; the LAC model's PER tags
give the rest. A name found once is known in the whole document (黄坤明 in 黄坤明说).
Nothing here depends on other documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from yamen.document import Span, mark
from yamen.entities.addresses import HONORIFICS, bare_general_secretary, chinese, honorifics
from yamen.entities.appointments import stated_holders
from yamen.entities.country_view import country_opening
from yamen.entities.foreign_names import (
    after_head_post,
    dotted_edges,
    foreign_name_at,
    lead_piece,
    leader_split,
    named_before_post,
    post_run_in,
    with_regnal,
    without_time,
)
from yamen.entities.gazetteer import gazetteer
from yamen.entities.model_names import LISTED_TAGS, ModelView, plausible, split_before, supported
from yamen.entities.name_cues import in_phrase
from yamen.entities.name_splits import listed_before
from yamen.entities.name_tails import dotted_tail, given_tail, list_gaps
from yamen.entities.names import (
    AFTER_NAME,
    JOINING,
    MAX_LED_NAME,
    list_after,
    name_at,
    through_dots,
    without_verb,
)
from yamen.entities.ner import Entity
from yamen.entities.person_checks import (
    always_goes_on,
    cut_short,
    dotted_alias,
    prefix_alias,
    run_on,
    surname_address,
    verb_run_in,
)
from yamen.entities.positions import Chain, Title
from yamen.entities.resumes import cv_holders
from yamen.entities.rosters import caption_chains, captioned, roster
from yamen.entities.title_lexicon import tables
from yamen.lexicon import MAX_NAME, MIN_NAME, surnamed, transliterated, words
from yamen.lexicon import words as words_of

# Headings that introduce a list of names without individual posts: a jurisdiction's
# leaders (省领导, 天津市领导, 自治区领导), its responsible comrades (有关负责同志).
_LIST_HEADING = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[省市县区州]))领导(?:同志)?[：:]?"
    r"(?=[\u4e00-\u9fff])(?!班子|干部|小组|机关|成员|集体|体制|岗位|职务|人)|负责同志[：:]?"
)
# A rank before a name gives no post, but fixes where the name starts: 副厅级干部古小平.
_RANK = re.compile(r"[正副]?[部厅局处科]级(?:领导)?干部")
# A note on a post's rank or standing between the title and the name: （正部长级）, （兼）,
# （主持工作）; a rank closing the chain (原党组成员、副厅级干部古小平).
_RANK_NOTE = re.compile(
    r"[（(](?:[^）)\n]{0,8}级|兼|主持工作|常务)[）)]|、[正副]?[部厅局处科]级(?:领导)?干部"
)
# Between a chain no name follows and the next chain: a comma and any term numbers.
_BEFORE_TITLES = re.compile(r"[，,](?:中国共产党|中共)?(?:第?[一二三四五六七八九十]+届[、，,]?)*")


@dataclass(slots=True)
class Person:
    name: str
    titles: list[Title] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    # Short forms of the name in the same text (瓦拉德卡 for 利奥·瓦拉德卡): more mentions.
    aliases: list[str] = field(default_factory=list)


def find_persons(text: str, entities: list[Entity], chains: list[Chain]) -> list[Person]:
    """Persons in Simplified ``text`` from the model's words and the title chains."""
    words = {e.start: e for e in entities}
    chain_starts = {chain.start for chain in chains}
    people: dict[str, Person] = {}

    def add(span: Span, titles: list[Title] | None = None, former: bool = False) -> Person:
        span = given_tail(text, dotted_tail(text, span, words), words)  # 阿不|都热西提
        name = text[span.start:span.end]
        person = people.setdefault(name, Person(name))
        for title in titles or []:
            if former and not title.former:
                title = _as_former(title)
            if title.label not in {t.label for t in person.titles}:
                person.titles.append(title)
        return person

    taken: list[Span] = []
    stated = stated_holders(text, chains, words)
    for index, holders in cv_holders(text, chains).items():
        stated.setdefault(index, holders)  # a CV's lines: its subject's posts
    holders: dict[int, Span] = {}  # chain index → the name right after it
    orphans: list[int] = []  # chains no name was found for
    for index, chain in enumerate(chains):
        listed_any = False
        note = _RANK_NOTE.match(text, chain.end)  # 国务院副秘书长（正部长级）肖捷
        at = note.end() if note else chain.end
        seeking = _SEEKING.match(text, at)  # 民主党总统竞选人希拉里: a candidate, no post
        at = seeking.end() if seeking else at
        span = name_at(text, at, words, after_title=True)
        span = without_verb(text, span) if span is not None else None
        if span is not None and verb_run_in(text, text[span.start:span.end]):
            span = None  # 总书记来学校考察: a verb and a place, no name
        # 埃及文物部部长: a foreign body's post, though its title is one China has
        if chain.titles[-1].foreign or country_opening(chain.titles[-1].label) is not None:
            # 总理欧尔|班: a transliterated name the model split is read whole
            longer = foreign_name_at(text, at, words)
            if longer is not None and (span is None or longer.end > span.end) and (
                    text[longer.start:longer.end] not in _not_names()):
                span = longer
            if span is not None:
                span = with_regnal(text, without_time(text, without_verb(
                    text, through_dots(text, span, words))))
        if span is None and index in stated:
            for holder in stated[index]:
                add(holder.span, chain.titles, holder.former)
                taken.append(holder.span)
            continue
        if span is None:
            span = captioned(text, chains, index, words)
            if span is not None:
                for caption in caption_chains(text, chains, index):
                    add(span, caption.titles)
        if span is None:
            # 中央政治局委员：丁薛祥、王毅…: a post as the heading of a list gives it to each
            for listed, titles in roster(text, chain.titles, chain.start, chain.end, words,
                                         chain_starts):
                add(listed, titles)
                taken.append(listed)
                listed_any = True
            if not listed_any:
                orphans.append(index)
            continue
        titles = chain.titles[:-1] if seeking else chain.titles  # the post sought is not held
        add(span, titles)
        holders[index] = span
        taken.append(span)
        for listed in list_after(text, span.end, words, chain_starts):
            add(listed, titles)  # 副省长A、B: the title is shared
            taken.append(listed)
    for index in reversed(orphans):
        # 第十五届中央政治局委员，第十六届、十七届中央政治局常委…委员长吴邦国同志: titles
        # before a comma, then the titles of a name, are that name's
        after = holders.get(index + 1)
        if after is not None and _BEFORE_TITLES.fullmatch(
                text, chains[index].end, chains[index + 1].start):
            add(after, chains[index].titles)
            holders[index] = after
    for heading in _LIST_HEADING.finditer(text):
        for listed in list_after(text, heading.end(), words, chain_starts, first=True):
            add(listed)
            taken.append(listed)
    for rank in _RANK.finditer(text):
        word = words.get(rank.end())
        if word is not None and len(word.text) == MAX_NAME - 1 and surnamed(word.text):
            add(Span(word.start, word.end))  # 副厅级干部古小平 (the model: an adjective)
            taken.append(Span(word.start, word.end))
    in_taken = mark(bytearray(len(text)), ((s.start, s.end) for s in taken))
    titled = mark(bytearray(len(text)), ((chain.start, chain.end) for chain in chains))
    model = ModelView.of(entities)
    phrased = in_phrase(text)
    for entity in entities:
        posted = None if entity.tag == "PER" else (
            named_before_post(text, entity) or post_run_in(text, entity))
        if (entity.tag != "PER" and not _addressed(text, entity) and posted is None
                and not _speaking_place(text, entity)) or in_taken[entity.start]:
            continue
        if titled[entity.start]:
            continue  # 俄罗斯国家杜马主席: a word inside a title is no one's name
        if any(phrased[entity.start:entity.end]):
            continue  # 山水|林田|湖草: a word of a fixed phrase
        if posted is not None:
            span: Span | None = posted  # 库马拉通加/LOC 总统, 总理基里延科/n
        elif entity.tag == "LOC":  # a speaking place: a person; 总理内|塔尼亚胡: a piece before
            span = Span(entity.start - lead_piece(entity, words), entity.end)
        elif entity.text[0] in JOINING and len(entity.text) > MIN_NAME:
            span = Span(entity.start + 1, entity.end)  # 和通伦: a conjunction run in
        else:
            span = name_at(text, entity.start, words)
        if span is not None and entity.tag == "PER":
            span = with_regnal(text, leader_split(text, through_dots(text, span, words), words,
                                                  tables().foreign_only))
            span = given_tail(text, after_head_post(text, dotted_edges(text, span, words), words),
                              words)  # 热恩|别|科夫, 姜伟|新
        if span is not None:
            span = _without_address(text, without_verb(text, span), people)
        if span is not None and _place_goes_on(text, span, words):
            continue  # 雷西斯|滕西亚/LOC: the start of a foreign place the model split
        if span is not None and plausible(text, span, split_before(words, span)) and (
                supported(text, span, people, model)):
            add(span)
            mark(in_taken, [(span.start, span.end)])
            for listed in listed_before(text, span.start, words):
                add(listed)  # 由马有礼、许健康、邱庭彪: names the model split before
                mark(in_taken, [(listed.start, listed.end)])
            found = list_after(text, span.end, words, chain_starts)
            for i, listed in enumerate(found):
                tag = words[listed.start].tag if listed.start in words else ""
                if tag in LISTED_TAGS or (tag == "n" and i + 1 < len(found)):
                    add(listed)  # 王沪宁、栗战书: the model tags 栗战书 nz, 尤权 n (mid-list)
                    mark(in_taken, [(listed.start, listed.end)])
    for listed in list_gaps(text, in_taken, words):
        add(listed)  # 华建敏、乌云其木格、陈至立: an item the model split, between names
    _repair(text, people)
    honorifics(text, people)
    bare_general_secretary(text, people)
    _mentions(text, people)
    return list(people.values())


def _not_names() -> frozenset[str]:
    return words("not_names.txt")


# What stands between a post and a name when the person only seeks it (总统竞选人, 候选人).
_SEEKING = re.compile(r"(?:竞选人|候选人|参选人|提名人选?)")




# Tags of a name the model read as a common or proper noun (习近平/nz 总书记).
_ADDRESSED_TAGS = frozenset({"nz", "nw", "vn"})


# A speech verb after a name, with a date between at most (波罗申科26号表示).
_SPEAKS = re.compile(r"(?:\d{1,2}[号日])?(?:表示|说|称|指出|强调|宣布)")


def _speaking_place(text: str, entity: Entity) -> bool:
    """胜出的波罗申科/LOC 26号表示: a transliterated word the model took for a place, that
    no gazetteer lists, and that speaks, is a person."""
    return (entity.tag == "LOC" and MIN_SPEAKER <= len(entity.text) <= MAX_LED_NAME
            and transliterated(entity.text) and not gazetteer().surfaces.get(entity.text)
            and _SPEAKS.match(text, entity.end) is not None)


MIN_SPEAKER = 3


def _addressed(text: str, entity: Entity) -> bool:
    """习近平/nz 总书记重要讲话精神: a surname-initial word the model did not tag PER, with
    a central form of address right after it, is a name."""
    return (entity.tag in _ADDRESSED_TAGS and surnamed(entity.text)
            and MIN_NAME <= len(entity.text) <= MAX_NAME - 1
            and entity.text not in words("not_names.txt")
            and (text.startswith("总书记", entity.end)  # not 主席: 常务主席, 国会主席
                 or _DEPUTY.match(text, entity.end) is not None))


# A deputy or a member addressed after the name, then speech or a break (安建香代表是…,
# 印红委员提出).
_DEPUTY = re.compile(r"(?:代表|委员)(?=[，,。、：:]|说|表示|提出|建议|介绍|认为|是|发言|指出|谈)")


def _repair(text: str, people: dict[str, Person]) -> None:
    """Names the model cut or ran on (see :mod:`yamen.entities.person_checks`): 普京警 →
    普京, 韩中 → 韩中乾, 习主席 → 习近平 with the post the form of address gives."""
    for name in list(people):
        person = people[name]
        known = run_on(text, name, people, any(t.foreign for t in person.titles)) or (
            dotted_alias(name, people))  # 普京警 → 普京, 班禅 → 班禅额尔德尼·确吉杰布
        if known is not None and person.titles and len(name) - len(known) > 1 and (
                not people[known].titles):
            known = None  # 首相安倍晋三 … 安倍: the name read after a title is the whole one
        if known is None and (prefix := prefix_alias(name, people)) is not None:
            known = prefix  # 安倍 … 安倍晋三: the short form, a mention of the full name
            people[known].aliases.append(name)
        if known is None and not person.titles:
            known = surname_address(name, people, HONORIFICS)
            if known is not None and chinese(known):
                label, org = HONORIFICS[name[1:]]
                span = next(Span(m.start() + 1, m.end()) for m in re.finditer(name, text))
                if label not in {t.label for t in people[known].titles}:
                    people[known].titles.append(Title(span, name[1:], fixed=(label, org)))
            elif known is not None:
                continue
        if known is not None:
            if "·" in known and "·" not in name and (name not in known.split("·")[0]
                                                     or name == known.split("·")[0]):
                people[known].aliases.append(name)  # 瓦拉德卡, 希拉里: a part, a mention
            for title in person.titles:
                if title.label not in {t.label for t in people[known].titles}:
                    people[known].titles.append(title)
            del people[name]
            continue
        whole = None if person.titles else (cut_short(text, name, AFTER_NAME, tables().pattern)
                                            or always_goes_on(text, name))  # 内塔尼亚|胡说
        if whole is not None and whole not in people:
            del people[name]
            people[whole] = Person(whole)


def _as_former(title: Title) -> Title:
    """The same post, marked as one the holder leaves or left (免去…职务, 不再担任)."""
    return replace(title, former=True)


# What the model runs into a name after it: a form of address (莫尼列太后, 西哈努克太皇), or a
# character of the words that follow a name known already (会见丁觉时).
_AFTER_KNOWN = frozenset("时内后前中上们")


# What follows a name and 家 "home" (在村民罗秋家，, 走进王军虎家里), and the last character
# of the householder's role before it (村民, 贫困户, 职工).
_AFTER_HOME = frozenset("，,。里中门")
_HOUSEHOLDER = frozenset("民户工员人")
# Polite forms after a foreign name, that the model runs in (萨拉·兰蒂女士).
_POLITE = ("女士", "先生", "夫人", "小姐")
# Roles the model runs into a transliterated name after them (顾问洛雷斯, 董事格雷格·凯利).
_ROLE_LEADS = ("顾问", "董事", "助理", "官员", "议员", "发言人", "特使", "将军", "部长")
# Prepositions the model runs into a long transliterated name after them.
_PREPOSITIONS = frozenset("向对与同和从给")


def _place_goes_on(text: str, span: Span, words: dict[int, Entity]) -> bool:
    """雷西斯|滕西亚: a transliterated name run straight into a transliterated place word the
    gazetteer does not know (the rest of one foreign place, 雷西斯滕西亚)."""
    after = words.get(span.end)
    if after is None or after.tag != "LOC" or gazetteer().surfaces.get(after.text):
        return False
    whole, chars = text[span.start:after.end].replace("·", ""), words_of(
        "transliteration_chars.txt")
    if whole[-1] in _DIVISION_ENDS:
        whole = whole[:-1]  # 尼·伯尔|切斯库镇: a town's name and its division's word
    return transliterated(whole) or (  # 雷西斯滕西亚: half its characters transliteration ones
        whole[-1] in chars and 2 * sum(c in chars for c in whole) >= len(whole))


_DIVISION_ENDS = frozenset("镇市省州县村区")


def _without_address(text: str, span: Span, people: dict[str, Person]) -> Span | None:
    """The model's name without a form of address or a known name's trailing character."""
    name = text[span.start:span.end]
    for word in sorted(tables().foreign_only | HONORIFICS.keys(), key=len, reverse=True):
        if name.endswith(word) and len(name) - len(word) >= MIN_NAME:
            return Span(span.start, span.end - len(word))
    if len(name) > MIN_NAME and name[:-1] in people and name[-1] in _AFTER_KNOWN:
        return None  # 丁觉时: 丁觉 (named after a title) and 时 "when"
    for word in _POLITE:
        if name.endswith(word) and len(name) - len(word) > MIN_NAME:
            return Span(span.start, span.end - len(word))  # 萨拉·兰蒂女士
    if name[0] in _PREPOSITIONS and len(name) > MAX_NAME and (
            transliterated(name[1:]) or surnamed(name[1:])):
        return Span(span.start + 1, span.end)  # 主席向|纳扎尔巴耶夫首任总统, 向林郑月娥
    if name[0] in _PREPOSITIONS and len(name) == MAX_NAME - 1 and name[-1] == "方":
        return None  # 向塞方赠送: a preposition and a side, no one's name
    lead = next((w for w in _ROLE_LEADS if name.startswith(w)), None)
    if lead is not None and len(name) - len(lead) >= MIN_NAME and (
            transliterated(name[len(lead):]) or "·" in name):
        return Span(span.start + len(lead), span.end)  # 前顾问|洛雷斯, 代表董事格雷格·凯利
    if name[0] in "小老" and name[1:] in people:
        return None  # 小辛宇: a known name with a familiar form of address, a mention of it
    if len(name) == MAX_NAME - 1 and name.endswith("家") and text[span.end:span.end + 1] in (
            _AFTER_HOME) and text[span.start - 1:span.start] in _HOUSEHOLDER:
        return Span(span.start, span.end - 1)  # 村民罗秋家，: the home of 罗秋 (not 杨福家、)
    if "·" in name and name.endswith("家") and text.startswith("住", span.end):
        return Span(span.start, span.end - 1)  # 瓦西利克·哈努家|住: 家住 "lives at"
    if name[1:] in people and not chinese(name[1:]):
        return Span(span.start + 1, span.end)  # 落实好|迪亚斯-卡内尔: a verb's 好 run in
    return span



def _mentions(text: str, people: dict[str, Person]) -> None:
    """Every occurrence of every name, the longest name winning where two overlap."""
    claimed = bytearray(len(text))
    for person in sorted(people.values(), key=lambda p: len(p.name), reverse=True):
        for match in (m for n in (person.name, *person.aliases)
                      for m in re.finditer(re.escape(n), text)):
            span = Span(match.start(), match.end())
            if any(claimed[span.start:span.end]):
                continue
            person.spans.append(span)
            mark(claimed, [(span.start, span.end)])
    for name in [n for n, p in people.items() if not p.spans]:
        del people[name]
