"""Written-out bodies before a post: 外交部部长, 全国人大财政经济委员会主任委员, 省教育厅厅长.

A post word with no jurisdiction grammar before it (省委 + 书记) belongs to a body
written out in full. Central bodies come from ``data/bodies.tsv``, read whole and
longest first, because their names hold words that would otherwise end them
(国家发展和改革委员会, 宪法和法律委员会); a parent body may stand before one
(全国人大 + 财政经济委员会). Any other body is read back from the post to the first
word that cannot be part of a name, and only kept when it ends like a body (部, 局,
委员会 …): a guess at a name's start is where a wrong label would come from. A body
that opens with a jurisdiction (省教育厅, 深圳市公安局) is split so the jurisdiction
can be resolved like that of any local title. NPC committees written short get the
NPC in a report that names it (宪法法律委 → 全国人大宪法法律委), and a session's presidium
its session (:func:`presidium`). The titles lexicon is :mod:`yamen.entities.title_lexicon`;
the countries a sentence names, :mod:`yamen.entities.country_view`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from yamen.entities.body_places import (
    LEVEL_CHARS,
    MAX_PLACE,
    Body,
    inner_places,
    local_body,
)
from yamen.entities.country_view import shared_guo
from yamen.entities.ner import Entity
from yamen.entities.title_lexicon import NPC_SC, npc_parents, npc_written
from yamen.lexicon import rows

# The model's words by where they end: a guessed body starts where a word starts.
Words = dict[int, Entity]
# Tags of words that may make up a body's name (nouns, names, places, organisations,
# nominal verbs such as 防治 in 防治艾滋病工作委员会).
BODY_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "f", "s", "vn", "an", "j", "nt"})

# How a body written out before a post may end: ministries, offices, commissions, party
# committees and groups, democratic parties' central committees, foreign legislatures and
# cabinets (俄罗斯国家杜马, 匈牙利国会, 秘鲁部长会议), a bank's branch, a centre, a farm, a
# bureau's 处, inspection groups, sports federations, armed forces (俄罗斯武装力量), a
# province's department (省卫生厅), institutes, co-operatives, police corps, boards, forums,
# an armed service's staff (巴基斯坦陆军参谋长), a security council (俄罗斯联邦安全会议秘书).
_BODY_SUFFIX = re.compile(
    r"(?:部|委员会|办公厅|办公室|局|署|总局|委|书记处|党委|党组|党工委|领导小组|工作组|指导组|"
    r"中央|宣讲团|代表团|法院|检察院|大学|学院|研究院|研究所|医院|公司|集团|银行|协会|学会|"
    r"联合会|基金会|报社|日报社|司|战区|军区|舰队|集团军|总队|支队|议会|上院|下院|杜马|"
    r"分行|支行|分公司|中心|农场|巡察组|巡视组|处|法庭|奥委会|足联|武装力量|武装部队|部队|厂|院|主席团|村委会|居委会|"
    r"厅|所|合作社|联社|总队|大队|店|理事会|董事会|执委会|论坛|工务段|机务段|车务段|电务段|党总支|"
    r"国会|国民会议|部长会议|秘书处|组委会|日报|晚报|实验室|政府|联会|足协|管委会|陆军|"
    r"海军|空军|安全会议|协商会议)$"
)
# Tags of a word that ends right where a known body's name starts (复信, 应): see _after_verb.
_VERB_TAGS = frozenset({"v", "p"})
# Bodies longer than this are not guessed (a run of characters that long is a phrase).
MAX_BODY = 16
# Where a guessed body starts: after punctuation, a digit, a term number (十二届), or a word
# that cannot be part of a name (particles, prepositions, the verbs of appointment).
_BODY_STOP = re.compile(r"[^\u4e00-\u9fff]|[的和与及在任为由兼原免去同向对是了把将被和等、]")
_TERM = re.compile(r"第?[一二三四五六七八九十百\d]+[届任]$")
# The end of a dateline (新华社北京6月25日电, 本台消息, 本报讯): nothing of it is a body's name;
# a term number is short (第一百二十届).
_DATELINE = re.compile(r"(?:[日社台]电|消息|报讯|[日社]讯)$")
DATELINE_WINDOW, TERM_WINDOW = 3, 12
_LEADING_TERM = re.compile(r"^第?[一二三四五六七八九十百]+届")
# Within one of the model's words, only punctuation, digits or 的 end a body's name (but
# for a brand's 的: 美的集团).
_WORD_STOP = re.compile(r"[^\u4e00-\u9fff]|的")
_BRAND = re.compile(r"[\u4e00-\u9fff]的[\u4e00-\u9fff]+")
_FORMER_WORDS = frozenset({"原", "前", "时任"})
# 免去陈进行同志社会和法制委员会副主任职务: 同志 ends the holder's name, it opens no body.
_COMRADE = "同志"
# A guessed body that names no one body: a bare kind (委员会, 领导小组), a pointer (该局,
# 本市), or a kind of unit with its Party organ (局党组, 村党委, 机关党委).
_GENERIC = re.compile(
    r"^(?:[该本其此各全这那][\u4e00-\u9fff]{0,3}|上级[\u4e00-\u9fff]*|秘书处|"
    r"(?:[\u4e00-\u9fff]|机关|单位|部门|学校|公司|企业|公社|联村)?"
    r"(?:党委|党组|党工委|纪委|党支部|党总支|委员会|管委会|领导小组|工作组|办公室|代表团|中央|部|局|委|"
    r"医院|公司|集团|学院|大学|银行|协会|学会|研究院|研究所|报社|厂|院))$"
)
# How a department written with 和 ends, and the tags of the half before the 和.
_DEPARTMENT_END = re.compile(r"(?:局|厅|委|委员会|办|办公室|部|服务中心|所|实验室)$")
# What joins two halves of one body's name (外交与国际合作部, 性病与艾滋病防治所), and the
# one-character ends the model may tag as a particle or a verb (防治|所/u|所长, 协议|会/v|会长).
_JOINS = ("和", "与")
_LAST_CHARS = frozenset({"所", "会"})
# Adjectives the model tags apart that open or run through a body's name (伊朗最高国家安全
# 委员会, 朝鲜最高人民会议常任委员会).
_NAME_ADJECTIVES = frozenset({"最高", "常任", "常务"})
# Words of a legislature's name the model may tag as verbs (马来西亚|上议院/v|议长, 印尼|人民|
# 协商/v|会议|主席).
_HOUSES = frozenset({"上议院", "下议院", "参议院", "众议院", "协商"})
_HALF_TAGS = frozenset({"n", "nz", "vn", "ORG"})


@cache
def _lexicon() -> tuple[tuple[str, ...], tuple[str, ...]]:
    bodies = [row[1] for row in rows("bodies.tsv") if row[0] == "body"]
    parents = [row[1] for row in rows("bodies.tsv") if row[0] == "parent"]
    return (tuple(sorted(bodies, key=len, reverse=True)),
            tuple(sorted(parents, key=len, reverse=True)))


@cache
def _central_with_and() -> tuple[str, ...]:
    """The central bodies whose names hold a 和 (国家发展和改革委员会, 国家林业和草原局)."""
    return tuple(name for name in _lexicon()[0] if "和" in name)


def central_bodies() -> tuple[str, ...]:
    """The central bodies of ``data/bodies.tsv`` (外交部, 国家发展改革委), longest first."""
    return _lexicon()[0]


def parent_bodies() -> tuple[str, ...]:
    """The bodies of ``data/bodies.tsv`` that may stand before another (国务院, 全国人大)."""
    return _lexicon()[1]


def words_by_end(words: Iterable[Entity]) -> Words:
    """Index the model's words by their end offsets."""
    return {word.end: word for word in words}


def known_body(name: str) -> bool:
    """Whether ``name`` is one of the central bodies of ``data/bodies.tsv``."""
    return name in _lexicon()[0]


def state_ministry(name: str) -> bool:
    """Whether a department (外交部, 国防部) is a state ministry's name, not a party's (国际部)."""
    return name.endswith("部") and not name.startswith("中央") and known_body(name)


def body_before(text: str, end: int, levels: tuple[str, ...],
                words: Words | None = None) -> Body | None:
    """The body written out just before ``end`` (where a post word starts), if one is."""
    bodies, parents = _lexicon()
    for name in bodies:
        if text.endswith(name, 0, end):
            start = end - len(name)
            for parent in parents:
                if text.endswith(parent, 0, start) and not name.startswith(parent):
                    start -= len(parent)
                    break
            if text.endswith("中共", 0, start):
                start -= 2
            if text.endswith("常委会", 0, start) and npc_parents().get(name) == NPC_SC:
                start -= 3  # 常委会法工委 in an NPC report: 全国人大常委会法工委
            if (start == 0 or _BODY_STOP.match(text, start - 1) or _term_before(text, start)
                    or _after_verb(start, words) or dateline_before(text, start)):
                written = text[start:end].removeprefix("中共") if name != "中共中央" else name
                return Body(start, npc_written(text, start, written, name), known=True)
            break  # a known name inside a longer one (省政府办公厅): read it as written
    return _guess(text, end, levels, words)


def _after_verb(start: int, words: Words | None) -> bool:
    """复信|世界卫生组织总干事, 应|联合国秘书长…邀请: the model ends a verb or a preposition
    where a known body starts, so the body's name starts there."""
    before = words.get(start) if words is not None else None
    return before is not None and before.tag in _VERB_TAGS


def dateline_before(text: str, at: int) -> bool:
    """Whether a dateline ends at ``at`` (…6月25日电|外交部发言人, 本台消息|国家发展改革委)."""
    return _DATELINE.search(text, max(0, at - DATELINE_WINDOW), at) is not None


def _term_before(text: str, at: int) -> bool:
    """Whether a term number (十二届, 第3届) ends at ``at``."""
    return _TERM.search(text, max(0, at - TERM_WINDOW), at) is not None


def _guess(text: str, end: int, levels: tuple[str, ...], words: Words | None) -> Body | None:
    left = _start_by_words(text, end, words) if words else None
    if left is None:
        left = end
        while left > 0 and end - left < MAX_BODY and not _BODY_STOP.match(text, left - 1):
            if (_term_before(text, left) or dateline_before(text, left)
                    or text.endswith(_COMRADE, 0, left)):
                break
            left -= 1
        else:
            if left > 0 and end - left >= MAX_BODY:
                return None  # no start in sight: not a name
    elif left < 0:
        return None
    term = _LEADING_TERM.match(text, left, end)
    if term is not None:
        left = term.end()
    name = text[left:end]
    if not _BODY_SUFFIX.search(name):
        return None
    named = _named_before(text, left, name, levels, words)
    if named is not None:
        return named
    if len(name) < 2 or _GENERIC.match(name):
        return None
    if name.startswith("中共"):
        left, name = left + 2, name[2:]
    if (name[1:] in _lexicon()[0] or name[1:] in _lexicon()[1]) and (
            shared := shared_guo(text, left + 1)) is not None:
        return Body(left, f"{shared}{name[1:]}")  # 美国务院 → 美国国务院
    return local_body(left, name, levels) or Body(left, name)


# A bureau or a department named earlier and pointed back to (该局局长, 局党组书记), and a
# police unit written without its bureau (刑警大队教导员 after 肃宁县公安局).
_POINTER = re.compile(r"(?:该|本)?(?P<kind>局|厅|委)(?P<organ>党组|党委)?")
_POLICE_UNIT = re.compile(
    r"(?:刑警|刑侦|交警|治安|巡警|特警|禁毒|经侦|网安)[\u4e00-\u9fff]{0,4}?(?:大队|中队|支队)")
_BUREAU = "公安局"
# Bodies pointed back to with 该 and their kind (总部设在利雅得的国际能源论坛…该论坛秘书长).
_THAT_KINDS = frozenset({"论坛", "组织", "协会", "基金会", "研究所", "研究院", "中心"})
# How far back the body pointed to may be named, and how many of its kind are tried.
POINTER_WINDOW = 300
_POINTER_TRIES = 4


def _named_before(text: str, left: int, name: str, levels: tuple[str, ...],
                  words: Words | None) -> Body | None:
    """该局局长郭立峰 after 北京市环境保护局 → 北京市环境保护局局长; 刑警大队教导员 after 肃宁县
    公安局 → 肃宁县公安局刑警大队教导员: the body the report named last of that kind."""
    pointer = _POINTER.fullmatch(name)
    police = pointer is None and _POLICE_UNIT.fullmatch(name) is not None
    that = pointer is None and name in _THAT_KINDS and text.endswith("该", 0, left)
    if pointer is None and not police and not that:
        return None
    kind = _BUREAU if police else name if that else pointer.group("kind")
    at, earlier, tries = left, None, 0
    while earlier is None and tries < _POINTER_TRIES:
        at = text.rfind(kind, max(0, left - POINTER_WINDOW), at)
        if at < 0:
            return None
        tries, end = tries + 1, at + len(kind)
        if words is not None and end not in words:
            continue  # 局长: the kind's character inside a word that is no body
        earlier = _guess(text, end, levels, words)
        if earlier is not None and (len(earlier.name) <= len(kind)
                                    or _POINTER.fullmatch(earlier.name)
                                    or _GENERIC.match(earlier.name)):
            earlier = None  # 该局局长 before 局党组: a pointer names no body itself
    if earlier is None:
        return None
    full = (earlier.jurisdiction or "") + earlier.department if earlier.jurisdiction else (
        earlier.name)
    rest = name if police else "" if that else pointer.group("organ") or ""
    return Body(left - (1 if that else 0), f"{full}{rest}")


def _start_by_words(text: str, end: int, words: Words) -> int:
    """Where a body ending at ``end`` starts: the first of a run of noun-like words, after
    any word that cannot be part of a name (会见, 在, 的); -1 when the run is too long."""
    left = end
    if end not in words:
        # the post starts inside one of the model's words (首规委主任): that word opens the body
        covering = next((w for after in range(end + 1, end + MAX_BODY)
                         if (w := words.get(after)) is not None and w.start < end), None)
        if covering is None or covering.tag not in BODY_TAGS or _WORD_STOP.search(
                text, covering.start, end):
            return -1
        left = covering.start
    joined, places, opening = False, 0, None
    while (word := words.get(left)) is not None:
        whole = word.tag == "ORG" and word.end == end  # the model's own name of the body
        if word.tag not in BODY_TAGS and word.text not in _NAME_ADJECTIVES | _HOUSES and not (
                word.end == end and word.text in _LAST_CHARS):
            if joined or not _joins_department(text, word, end, words):
                break
            joined = True  # 工业和信息化局: one department's name, written with 和
        elif (_WORD_STOP.search(word.text) and not (whole and _BRAND.fullmatch(word.text))
              ) or word.text in _FORMER_WORDS or word.text.endswith(_COMRADE):
            break  # (美的集团: a 的 inside the model's name of the body is the name's)
        if dateline_before(text, word.end):
            break  # 6月25日电|外交部: a dateline's last word opens no name
        if word.tag == "LOC" or whole:
            # locators (江苏省南京市) do not make a name too long, nor do those inside the
            # model's own name of the body (中国农业银行山西分行忻州市宁武县支行)
            places += len(word.text) if word.tag == "LOC" else inner_places(word.text)
        if end - word.start - min(places, MAX_PLACE) > MAX_BODY + (MAX_PLACE if whole else 0):
            return -1  # (中国经济体制改革研究会国民经济研究所: one word of the model, kept)
        if whole and end - word.start > MAX_BODY:
            return word.start
        left, opening = word.start, word
    if opening is not None and opening.tag == "f" and len(opening.text) == 1 and opening.end < end:
        left = opening.end  # “中行开平案”中|中国银行…: a direction word opens no name
    return left


def _joins_department(text: str, word: Entity, end: int, words: Words) -> bool:
    """Whether the 和 of ``word`` joins two halves of one department's name (生态环境和水务局,
    文化广电和旅游局), not two bodies (省委和省政府) or a body and a place."""
    if not word.text.startswith(_JOINS):
        return False
    if any(text.startswith(name, word.start - name.index("和")) for name in _central_with_and()):
        return True  # 国家林业和草原局林草调查规划院 (the model: 和草原局…/c): a central body's 和
    if not _DEPARTMENT_END.search(text, word.start + 1, end):
        return False
    before = words.get(word.start)
    return (before is not None and before.tag in _HALF_TAGS
            and not _BODY_SUFFIX.search(before.text) and before.text[-1] not in LEVEL_CHARS
            and (word.text.startswith("和") or _second_half(word.end, end, words)))


def _second_half(start: int, end: int, words: Words) -> bool:
    """Whether the words after a 与 make the second half of one name (国际|合作|部, 艾滋病|
    防治|所): two words at least, no place (中方与|美国|国防部) and not a body alone (学生与|
    研究所)."""
    halves, at = [], end
    while at > start and (word := words.get(at)) is not None and len(halves) < MAX_BODY:
        halves.append(word)
        at = word.start
    return (at == start and len(halves) > 1 and all(word.tag != "LOC" for word in halves)
            and not _BODY_SUFFIX.search(halves[-1].text))
