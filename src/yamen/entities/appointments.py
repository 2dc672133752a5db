"""Posts stated of a name that does not directly follow them: appointments, elections,
posts in brackets.

Reports of personnel decisions put the name first or inside a frame, not after the
title: 任命陈吉宁为环境保护部部长; 免去周生贤的环境保护部部长职务; 潘坎当选老挝政府
总理; 车俊同志任浙江省委书记; 李荣灿（时任甘肃省委常委、副省长）; 致电通伦，祝贺他当选
老挝国家主席. Each frame below names its holder(s) for a chain the text states of
them. A post someone leaves or held before (免去, 不再担任, 曾任, 在任…期间, 时任) is
marked former.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yamen.document import Span
from yamen.entities.bodies import words_by_end
from yamen.entities.names import list_after, name_at, name_ending_at
from yamen.entities.ner import Entity
from yamen.entities.positions import Chain

# 任命A、B为…; 免去A的…职务: the frame's verb, then the names, then the title.
# An announcement's decision may open a line with the names (决定：⏎张又侠、何卫东为…；⏎
# 李尚福、刘振立为…).
_FRAME = re.compile(r"(?:决定|会议|同意|提请)?(?P<verb>任命|补选|增补|选举|推选|聘任|免去|"
                    r"决定[：:][ \t]*\n|[；;][ \t]*\n)")
# How far back the 决定： of a decision's next line (after ；) may stand.
DECISION_WINDOW = 200
# A term number may stand before the title (选举赵乐际为十四届全国人大常委会委员长).
TERM = r"(?:第?[一二三四五六七八九十百]+届)?"
# A note in brackets may follow the last name (任命王五（女）为…, （兼）).
_NOTE = r"(?:（[^（）\n]{1,8}）)?"
_FRAME_LINK = {"免去": re.compile(rf"{_NOTE}(?:的|同志的|同志)?(?:兼任的)?{TERM}"),
               "": re.compile(rf"(?:同志)?{_NOTE}为{TERM}")}
_DUTY = re.compile(r"(?:的)?职务")
# A name, then a verb that states the post after it: 当选为, 任, 同志任, 不再担任, 仍为, 当过,
# 履新.
_VERB_BEFORE = re.compile(
    r"(?P<honour>同志)?(?:再次|正式|全票|高票|首次|已|将|在|继续|于\d{4}年\d{1,2}月)?"
    r"(?:在[\u4e00-\u9fff]{1,8}?[省市县区州旗镇乡])?"  # 焦裕禄在兰考县任县委书记时
    r"(?P<verb>当选为|当选|连任|就任|出任|担任|兼任|接任|升任|曾任|历任|在任|不再担任|任|"
    r"被任命为|被选为|被推选为|调离|仍为|仍任|当过|做过|担任过|任过|履新|挂职)"
    r"(?:中国共产党|中共)?(?:第?[一二三四五六七八九十百]+届)?$"  # 当选中国共产党第十九届…
)
# 刚刚出任…的A, 当时已任…的A: a verb of taking or holding a post, then the chain, 的, the
# holder; 当时 or 曾 makes the post a past one.
_TOOK = re.compile(r"(?P<past>当时|那时|曾)?(?:已经|已|刚刚|刚|新)?"
                   r"(?:出任|担任|就任|接任|已任|曾任|升任)(?=\Z)")
# 在担任…等职务期间: the posts someone held during a past span.
_DURING = re.compile(r"(?:等(?:职务|职)?)?期间")
FORMER_VERBS = frozenset({"曾任", "历任", "在任", "不再担任", "免去", "调离", "当过", "做过",
                          "担任过", "任过"})
# How far back a verb frame is looked for before a chain.
VERB_WINDOW = 16
# 祝贺他当选…: the holder is the person the sentence named last (致电通伦，祝贺他…).
_CONGRATULATE = re.compile(r"祝贺(?:他|她)(?:再次|成功|正式|顺利)?(?:当选为?|就任|连任|出任|担任)$")
# In brackets after a name: （时任甘肃省委常委、副省长）, （…，2012年3月-2016年5月任…）.
_BRACKET_LEAD = re.compile(r"(?:时任|原|曾任|现任)?$")
_BRACKET_PAST = re.compile(r"[，,；;][^（）()]{0,30}任$")
MAX_BRACKET = 60
_SENTENCE_START = re.compile(r"[。！？\n]")


# A biography: 秦基伟同志是中共第十三届中央政治局委员，第八届全国人大常委会副委员长。曾任
# 北京军区司令员，中央军委委员、国务委员兼国防部长等重要职务. The subject opens it (A同志是:
# the form of obituaries and commemorations; a bare A是 too often states a foreign post
# without its country),
# further posts follow after a comma, and the next sentence may go on without the name
# (曾任, 历任: past posts).
_BIO_TERM = r"(?:中共)?(?:第?[一二三四五六七八九十百]+届)?"
_BIO_OPEN = re.compile(rf"同志是{_BIO_TERM}$")
_BIO_NEXT = re.compile(rf"[，,]{_BIO_TERM}")
_BIO_PAST = re.compile(rf"[。；;]?(?:他|她)?(?:还|也)?(?:曾任|历任|曾担任){_BIO_TERM}")


@dataclass(frozen=True, slots=True)
class Holder:
    """A name a chain is stated of, and whether the post is a past one."""

    span: Span
    former: bool = False


def stated_holders(text: str, chains: list[Chain],
                   words: dict[int, Entity]) -> dict[int, list[Holder]]:
    """For chains that no name follows, the holders a frame states (by chain index)."""
    ends = words_by_end(words.values())
    starts = {chain.start: i for i, chain in enumerate(chains)}
    found: dict[int, list[Holder]] = {}
    for i, holders in _frames(text, chains, words, starts).items():
        found[i] = holders
    for i, holder in _biography(text, chains, words, ends).items():
        found.setdefault(i, [holder])
    for i, chain in enumerate(chains):
        if i in found:
            continue
        holder = (_verb_before(text, chain, words, ends) or _is_local(text, chain, words, ends)
                  or _bracket(text, chain, words, ends)
                  or _congratulated(text, chain, words, ends) or _then(text, chain, words)
                  or _dated(text, chain, words, ends))
        if holder is not None:
            found[i] = [holder]
    run: list[int] = []
    for i in range(1, len(chains) + 1):
        # 历任上海市委常委、副书记，上海市长: the chains after a comma go on with the holder
        before = found.get(i - 1)
        if (i < len(chains) and i not in found and before is not None and len(before) == 1
                and _BIO_NEXT.fullmatch(text, chains[i - 1].end, chains[i].start)):
            found[i] = before
            run = run or [i - 1]
            run.append(i)
            continue
        if run and _DURING.match(text, chains[run[-1]].end):
            # 在担任A，B，C期间: every post of the run is past
            for j in run:
                found[j] = [Holder(h.span, former=True) for h in found[j]]
        run = []
    return found


def _frames(text: str, chains: list[Chain], words: dict[int, Entity],
            starts: dict[int, int]) -> dict[int, list[Holder]]:
    """任命A、B为…, 免去A的…职务: names after the verb, then the chain."""
    found: dict[int, list[Holder]] = {}
    stops = set(starts)
    for frame in _FRAME.finditer(text):
        verb = frame.group("verb")
        if verb[0] in "；;" and "决定：" not in text[max(0, frame.start() - DECISION_WINDOW):
                                                     frame.start()]:
            continue  # a line after ； is a decision's only below 决定：
        names = list_after(text, frame.end(), words, stops, first=True)
        if not names:
            continue
        link = _FRAME_LINK.get(verb, _FRAME_LINK[""]).match(text, names[-1].end)
        at = link.end() if link else names[-1].end
        index = starts.get(at)
        if index is None:
            continue
        if verb == "免去" and not _DUTY.match(text, chains[index].end):
            continue  # 免去A的…: only a post the text says A is relieved of
        former = verb in FORMER_VERBS
        found[index] = [Holder(span, former) for span in names]
    return found


def _verb_before(text: str, chain: Chain, words: dict[int, Entity],
                 ends: dict[int, Entity]) -> Holder | None:
    """潘坎当选老挝政府总理, 车俊同志任浙江省委书记, 童名谦在任衡阳市委书记期间."""
    window = text[max(0, chain.start - VERB_WINDOW):chain.start]
    verb = _VERB_BEFORE.search(window)
    if verb is None:
        return None
    end = chain.start - len(window) + verb.start()
    span = name_ending_at(text, end, words, ends)
    if span is None:
        return None
    former = verb.group("verb") in FORMER_VERBS or _DURING.match(text, chain.end) is not None
    return Holder(span, former)


# A name, then 是, then a local post written with its place (李敏是江苏沭阳新河镇双荡村党总支
# 副书记): a bare 是 states a local post only when the title names the place it is of.
_IS = re.compile(r"(?:也|就|现在|目前|现)?是$")
_PLACE_TAGS = frozenset({"LOC", "ns"})
_LOCAL_KINDS = ("村", "社区", "镇", "乡", "街道", "县", "区", "市", "省")


def _is_local(text: str, chain: Chain, words: dict[int, Entity],
              ends: dict[int, Entity]) -> Holder | None:
    """李敏是双荡村党总支副书记: a Chinese local post, with its place written, after 是."""
    title = chain.titles[0]
    if title.foreign or title.former:
        return None
    place = title.jurisdiction or (title.fixed[1] if title.fixed is not None else "")
    if not place or not any(kind in place for kind in _LOCAL_KINDS):
        return None
    if text.startswith("的", chain.end) or place[:2] not in text[chain.start:chain.end]:
        return None  # 是县委书记的榜样: a kind of post, not one the name holds
    at = chain.start
    while (located := ends.get(at)) is not None and located.tag in _PLACE_TAGS:
        at = located.start  # 是江苏沭阳新河镇|双荡村…: locators before the title
    verb = _IS.search(text, max(0, at - 3), at)
    if verb is None:
        return None
    span = name_ending_at(text, verb.start(), words, ends)
    return Holder(span) if span is not None else None


def _bracket(text: str, chain: Chain, words: dict[int, Entity],
             ends: dict[int, Entity]) -> Holder | None:
    """李荣灿（时任甘肃省委常委、副省长）: a chain in brackets right after a name."""
    opening = max(text.rfind("（", 0, chain.start), text.rfind("(", 0, chain.start))
    if opening < 0 or chain.start - opening > MAX_BRACKET:
        return None
    inside = text[opening + 1:chain.start]
    if "）" in inside or ")" in inside:
        return None
    past = _BRACKET_PAST.search(inside)
    if not _BRACKET_LEAD.fullmatch(inside) and past is None:
        return None
    span = name_ending_at(text, opening, words, ends)
    if span is None:
        return None
    return Holder(span, former=past is not None or inside.endswith(("时任", "原", "曾任")))


def _then(text: str, chain: Chain, words: dict[int, Entity]) -> Holder | None:
    """时任福建省省长的习近平, 刚刚出任乐东县委书记的林北川, 当时已任福建省省长的习近平: a
    post someone took or held, then 的, then its holder (past when the text says so)."""
    if not text.startswith("的", chain.end):
        return None
    took = _TOOK.search(text, max(0, chain.start - VERB_WINDOW), chain.start)
    if not chain.titles[0].former and took is None:
        return None
    span = name_at(text, chain.end + 1, words)
    if span is None:
        return None
    return Holder(span, former=chain.titles[0].former or bool(
        took and (took.group("past") or "曾" in took.group())))


# A life's later step, with no name (1995年3月，任国务院副总理。其间，兼任…; 他当选为…; 同志在
# 十四届四中全会上增补为…): its holder is the comrade the paragraph is about (吴邦国同志…).
_DATED = re.compile(r"(?:(?:(?:19|20)\d\d年(?:\d{1,2}月)?|其间|同年|同月)[，,]?(?:他|她)?|他|她|"
                    r"同志在[^，。]{2,24}?上)(?:还|又|再次)?(?:兼任|任|调任|担任|出任|当选为|增补为)$")
DATED_WINDOW = 40
_COMRADE = "同志"
SUBJECT_WINDOW = 300  # how far back in its paragraph the comrade may be named


def _dated(text: str, chain: Chain, words: dict[int, Entity],
           ends: dict[int, Entity]) -> Holder | None:
    """1995年3月，任国务院副总理 in a paragraph about 吴邦国同志: the comrade's post."""
    if chain.titles[0].foreign or _DATED.search(
            text, max(0, chain.start - DATED_WINDOW), chain.start) is None:
        return None
    paragraph = text.rfind("\n", 0, chain.start) + 1
    at = text.rfind(_COMRADE, max(paragraph, chain.start - SUBJECT_WINDOW), chain.start)
    if at <= 0 or text.startswith("为核心", at + len(_COMRADE)):
        return None  # 以习近平同志为核心的党中央: no subject of the paragraph
    span = name_ending_at(text, at, words, ends)
    return Holder(span) if span is not None else None


def _congratulated(text: str, chain: Chain, words: dict[int, Entity],
                   ends: dict[int, Entity]) -> Holder | None:
    """致电通伦，祝贺他当选老挝国家主席: the name just before ，祝贺他 is the holder."""
    window = text[max(0, chain.start - VERB_WINDOW):chain.start]
    frame = _CONGRATULATE.search(window)
    if frame is None:
        return None
    end = chain.start - len(window) + frame.start()
    if not text.endswith(("，", ","), 0, end):
        return None
    span = name_ending_at(text, end - 1, words, ends)
    return Holder(span) if span is not None else None


def _biography(text: str, chains: list[Chain], words: dict[int, Entity],
               ends: dict[int, Entity]) -> dict[int, Holder]:
    """秦基伟同志是…委员，…副委员长。曾任…司令员，…等重要职务: every post of a biography."""
    found: dict[int, Holder] = {}
    subject: Holder | None = None
    for i, chain in enumerate(chains):
        gap = text[chains[i - 1].end:chain.start] if i > 0 else ""
        if subject is not None and i - 1 in found and _BIO_NEXT.fullmatch(gap):
            found[i] = Holder(subject.span, found[i - 1].former)
            continue
        if subject is not None and i - 1 in found and _BIO_PAST.fullmatch(gap):
            found[i] = Holder(subject.span, former=True)
            continue
        window = text[max(0, chain.start - VERB_WINDOW):chain.start]
        opening = _BIO_OPEN.search(window)
        subject = None
        if opening is None:
            continue
        end = chain.start - len(window) + opening.start()
        span = name_ending_at(text, end, words, ends)
        if span is not None:
            subject = found[i] = Holder(span)
    return found
