"""Persons: every named person, with the posts the text gives them and every mention.

Names come from three sources, strongest first: a title chain directly before a
name fixes its boundaries (省长王伟中, which the model splits); a list under a
heading or after a named person (省领导张虎、郭永航…) gives names without posts;
the LAC model's PER tags give the rest. A name found once is known in the whole
document (黄坤明 in 黄坤明说). Nothing here depends on other documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from yamen.document import Span
from yamen.entities.gazetteer import gazetteer
from yamen.entities.ner import Entity
from yamen.entities.positions import Chain, Title
from yamen.lexicon import MAX_NAME, MIN_NAME, surnamed, words

# What may follow a name directly: punctuation, or a verb or particle of the genre.
_AFTER_NAME = re.compile(
    r"[、，,。；;：:（(）)\s“”\"]|$|等|同志|一行|出席|主持|会见|会谈|表示|指出|强调|说|讲话|致辞|"
    r"介绍|陪同|参加|在|到|来|赴|率|和|与|及|分别|也|还|先后|对|向|为|主任|代表|看望|调研|考察|"
    r"前往|深入|听取|宣布|当选|任|被|感谢|总书记|主席|总理|委员长"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BREAK = re.compile(r"[、，,。；;：:（(）)\s“”\"]|$")
# LAC tags of words that cannot end a name: particles, prepositions, conjunctions,
# adverbs, verbs, pronouns, numerals, measure words, punctuation. (Direction words stay
# possible: LAC reads the 中 of 王伟中 as one.)
FUNCTION_TAGS = frozenset({"u", "p", "c", "d", "v", "vd", "r", "m", "q", "xc", "w"})
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A foreign name with its separator dot, each part up to five characters: 劳尔·卡斯特罗.
# Only after a title or in a list, where a break must follow it.
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,5})+(?=[、，,。；;：:（(\s])")
# Headings that introduce a list of names without individual posts: a jurisdiction's
# leaders (省领导, 天津市领导, 自治区领导), its responsible comrades (有关负责同志).
_LIST_HEADING = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[省市县区州]))领导(?:同志)?[：:]?(?=[\u4e00-\u9fff])|负责同志[：:]?"
)
LIST_SEPARATORS = "、"
# A title followed by a colon heads a list of its holders (中央政治局常委：习近平、李强…).
# Its names follow a colon, or stand on the next line separated by spaces (plenum lists:
# 一、中央政治局委员\n（按姓氏笔画为序排列）\n丁薛祥 习近平 …).
_TITLE_HEADING = re.compile(r"[：:]\s*|\s*\n(?:（[^）\n]{0,16}）\n)?")
# Post-name forms of address that give a central post (习近平总书记, 习近平主席).
HONORIFICS = {
    "总书记": ("中央总书记", "中共中央"),
    "主席": ("国家主席", ""),
    "总理": ("国务院总理", "国务院"),
    "委员长": ("全国人大常委会委员长", "全国人大常委会"),
}


@dataclass(slots=True)
class Person:
    name: str
    titles: list[Title] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def name_at(text: str, at: int, words: dict[int, Entity]) -> Span | None:
    """The name that starts at ``at`` (after a title or a list separator), if one does.

    Without a PER tag from the model, a surname-initial run of two to four characters
    followed by a break is a name, unless the model read a longer word there (关于).
    """
    word = words.get(at)
    if word is not None and word.tag == "PER":
        end = word.end
        # The model splits some names (王伟|中，): a surname-initial name of two followed by
        # one character that the model reads as a noun-like word and then punctuation is
        # a name of three. Function words (的, 来, 看) never complete a name.
        after = words.get(end)
        if (end - at == 2 and surnamed(word.text) and after is not None
                and len(after.text) == 1 and _HAN.match(after.text)
                and after.tag not in FUNCTION_TAGS and _BREAK.match(text, end + 1)):
            end += 1
        return Span(at, end)
    dotted = _DOTTED.match(text, at)
    if dotted:
        return Span(at, dotted.end())
    if word is not None and word.tag in FUNCTION_TAGS and len(word.text) >= MIN_NAME:
        return None  # 关于, 到了: the model read a function word here (a lone 连 may be a surname)
    for size in (3, 2, 4):
        end = at + size
        candidate = text[at:end]
        if (len(candidate) == size and _HAN_NAME.fullmatch(candidate)
                and _follows(text, end) and surnamed(candidate)):
            return Span(at, end)
    return None


def _follows(text: str, end: int) -> bool:
    return _AFTER_NAME.match(text, end) is not None


def _opens_line(text: str, at: int) -> bool:
    """Whether a heading starts its line (一、中央政治局委员 or 出席的有：…)."""
    line_start = text.rfind("\n", 0, at) + 1
    return re.fullmatch(r"\s*(?:[一二三四五六七八九十]+、)?", text[line_start:at]) is not None


def _list_after(text: str, at: int, words: dict[int, Entity], chain_starts: set[int], *,
                first: bool = False, separators: str = LIST_SEPARATORS) -> list[Span]:
    """Names in a 、-separated list continuing at ``at`` (or starting there, with ``first``);
    the list stops at a title or at anything that is not a name."""
    found: list[Span] = []
    if first:
        span = name_at(text, at, words)
        if span is None:
            return found
        found.append(span)
        at = span.end
    while at < len(text) and text[at] in separators and at + 1 not in chain_starts:
        span = name_at(text, at + 1, words)
        if span is None:
            break
        found.append(span)
        at = span.end
    return found


def find_persons(text: str, entities: list[Entity], chains: list[Chain]) -> list[Person]:
    """Persons in Simplified ``text`` from the model's words and the title chains."""
    words = {e.start: e for e in entities}
    chain_starts = {chain.start for chain in chains}
    people: dict[str, Person] = {}

    def add(span: Span, titles: list[Title] | None = None) -> Person:
        name = text[span.start:span.end]
        person = people.setdefault(name, Person(name))
        for title in titles or []:
            if title.label not in {t.label for t in person.titles}:
                person.titles.append(title)
        return person

    taken: list[Span] = []
    for chain in chains:
        span = name_at(text, chain.end, words)
        if span is None:
            # 中央政治局委员：丁薛祥、王毅…: a post as the heading of a list gives it to each
            heading = _TITLE_HEADING.match(text, chain.end)
            if heading is not None and _opens_line(text, chain.start):
                for listed in _list_after(text, heading.end(), words, chain_starts, first=True,
                                          separators="、 "):
                    add(listed, chain.titles)
                    taken.append(listed)
            continue
        add(span, chain.titles)
        taken.append(span)
        for listed in _list_after(text, span.end, words, chain_starts):
            add(listed, chain.titles)  # 副省长A、B: the title is shared
            taken.append(listed)
    for heading in _LIST_HEADING.finditer(text):
        for listed in _list_after(text, heading.end(), words, chain_starts, first=True):
            add(listed)
            taken.append(listed)
    for entity in entities:
        if entity.tag != "PER" or any(s.start <= entity.start < s.end for s in taken):
            continue
        span = name_at(text, entity.start, words)
        if span is not None and _plausible(text, span):
            add(span)
    _honorifics(text, people)
    _mentions(text, people)
    return list(people.values())


# Words around a name that is not surname-initial (a transliterated foreign name: 欧尔班,
# 普京) that show it is a person; without one, such a model PER is too often a place,
# a group or a word (哈马斯, 休耕).
# Transliterated names of three or more characters (费尔南德斯) are kept on the model's word;
# two-character ones (亨特, 英拉) need a cue.
MIN_FOREIGN_NAME = 3
_FOREIGN_CUE_AFTER = re.compile(r".{0,3}?(?:说|表示|指出|强调|称|认为|会见|会谈|访华|总统|总理|"
                                r"首相|主席|国王|先生|女士|夫人|一行)")
_FOREIGN_CUE_BEFORE = re.compile(r"(?:总统|总理|首相|主席|国王|王储|部长|外长|大使|议长|秘书长|"
                                 r"总书记|副总统|领导人|总干事|特使|代表|选手|教授|大臣|男友|女友|丈夫|妻子)$")


# Forms of address and groups the model tags as names: 老关, 韩大哥, 高师傅, 军乐队.
_NOT_A_NAME = re.compile(r"^[老小阿].$|(?:大哥|大姐|大爷|大妈|大娘|阿姨|师傅|老师|同学|队|团|组)$")


def _plausible(text: str, span: Span) -> bool:
    """A name found by the model alone, kept only where the text supports it."""
    name = text[span.start:span.end]
    if "·" in name:
        return True
    if not MIN_NAME <= len(name) <= MAX_NAME + 2 or _NOT_A_NAME.search(name):
        return False
    surnames = words("surnames.txt")
    if len(name) == MAX_NAME and name[0] in surnames and name[:2] not in surnames:
        return False  # a Chinese name of four needs a compound surname: not 周启动式
    entry = gazetteer().surfaces.get(name)
    if entry is not None and entry.places:
        return False  # a place the model took for a name
    if surnamed(name) or len(name) >= MIN_FOREIGN_NAME:
        return True
    before = text[max(0, span.start - 6):span.start]
    return bool(_FOREIGN_CUE_AFTER.match(text, span.end) or _FOREIGN_CUE_BEFORE.search(before))


def _honorifics(text: str, people: dict[str, Person]) -> None:
    """习近平总书记 → 中央总书记; 习近平主席 → 国家主席 — never for a foreign leader."""
    for person in people.values():
        matches = list(re.finditer(re.escape(person.name), text))
        foreign = any(t.jurisdiction is not None and t.fixed is not None for t in person.titles)
        if foreign or any(_country_near(text, m.start(), m.end()) for m in matches):
            continue  # 阮富仲总书记, 匈牙利…总理欧尔班, 祝贺潘坎当选老挝政府总理: not China's
        for match in matches:
            for word, (label, org) in HONORIFICS.items():
                if any(t.post.endswith(word) for t in person.titles):
                    continue  # 全国政协主席王沪宁 … 王沪宁主席: the post already read
                if text.startswith(word, match.end()):
                    span = Span(match.end(), match.end() + len(word))
                    title = Title(span, word, fixed=(label, org))
                    if label not in {t.label for t in person.titles}:
                        person.titles.append(title)


# How near a name a foreign country makes it a foreign leader's (匈牙利总统舒尤克和总理欧尔班).
COUNTRY_WINDOW = 12


def _country_near(text: str, start: int, end: int) -> bool:
    """Whether a country other than China is named within a few characters of a name."""
    surfaces = gazetteer().surfaces
    for window in (text[max(0, start - COUNTRY_WINDOW):start], text[end:end + COUNTRY_WINDOW]):
        for i in range(len(window) - 1):
            for size in (2, 3, 4, 5):
                entry = surfaces.get(window[i:i + size])
                place = entry.places[0] if entry and entry.places else None
                if place is not None and place.kind == "country" and place.name != "中国":
                    return True
    return False


def _mentions(text: str, people: dict[str, Person]) -> None:
    """Every occurrence of every name, the longest name winning where two overlap."""
    claimed: list[Span] = []
    for person in sorted(people.values(), key=lambda p: len(p.name), reverse=True):
        for match in re.finditer(re.escape(person.name), text):
            span = Span(match.start(), match.end())
            if any(c.start < span.end and span.start < c.end for c in claimed):
                continue
            person.spans.append(span)
            claimed.append(span)
    for name in [n for n, p in people.items() if not p.spans]:
        del people[name]
