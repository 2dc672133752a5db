"""Written-out bodies before a post: 外交部部长, 全国人大财政经济委员会主任委员, 省教育厅厅长.

A post word with no jurisdiction grammar before it (省委 + 书记) belongs to a body
written out in full. Central bodies come from ``data/bodies.tsv``, read whole and
longest first, because their names hold words that would otherwise end them
(国家发展和改革委员会, 宪法和法律委员会); a parent body may stand before one
(全国人大 + 财政经济委员会). Any other body is read back from the post to the first
word that cannot be part of a name, and only kept when it ends like a body (部, 局,
委员会 …): a guess at a name's start is where a wrong label would come from. A body
that opens with a jurisdiction (省教育厅, 深圳市公安局) is split so the jurisdiction
can be resolved like that of any local title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from yamen.entities.gazetteer import gazetteer
from yamen.entities.ner import Entity
from yamen.lexicon import rows

# The model's words by where they end: a guessed body starts where a word starts.
Words = dict[int, Entity]
# Tags of words that may make up a body's name (nouns, names, places, organisations,
# nominal verbs such as 防治 in 防治艾滋病工作委员会).
BODY_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "f", "s", "vn", "an", "j", "nt"})

# How a body written out before a post may end: ministries, offices, commissions, party
# committees and groups, the democratic parties' central committees.
_BODY_SUFFIX = re.compile(
    r"(?:部|委员会|办公厅|办公室|局|署|总局|委|书记处|党委|党组|党工委|领导小组|工作组|指导组|"
    r"中央|宣讲团|代表团|法院|检察院|大学|学院|研究院|研究所|医院|公司|集团|银行|协会|学会|"
    r"联合会|基金会|报社|日报社|司|战区|军区|舰队|集团军|总队|支队)$"
)
# Bodies longer than this are not guessed (a run of characters that long is a phrase).
MAX_BODY = 16
MAX_PLACE = 12
LEVEL_CHARS = frozenset("省市县区州")
# Where a guessed body starts: after punctuation, a digit, a term number (十二届), or a word
# that cannot be part of a name (particles, prepositions, the verbs of appointment).
_BODY_STOP = re.compile(r"[^\u4e00-\u9fff]|[的和与及在任为由兼原免去同向对是了把将被和等、]")
_TERM = re.compile(r"第?[一二三四五六七八九十百\d]+[届任]$")
_LEADING_TERM = re.compile(r"^第?[一二三四五六七八九十百]+届")
# Within one of the model's words, only punctuation, digits or 的 end a body's name.
_WORD_STOP = re.compile(r"[^\u4e00-\u9fff]|的")
_FORMER_WORDS = frozenset({"原", "前", "时任"})
# A government department after a jurisdiction: 省教育厅, 深圳市公安局, 县委办; not a
# village's or a town's body, which stays as written (代村党支部).
_DEPARTMENT = re.compile(
    r"^(?!特区|政府|[^村镇乡]*(?:村|镇|乡|街道|社区))[\u4e00-\u9fff]{2,12}?"
    r"(?:厅|局|委|办|委员会|办公室|人民法院|人民检察院)(?:党委|党组|党工委)?$"
)
# A guessed body that names no one body: a bare kind (委员会, 领导小组), a pointer (该局,
# 本市), or a kind of unit with its Party organ (局党组, 村党委, 机关党委).
_GENERIC = re.compile(
    r"^(?:[该本其此各全这那][\u4e00-\u9fff]{0,3}|上级[\u4e00-\u9fff]*|"
    r"(?:[\u4e00-\u9fff]|机关|单位|部门|学校|公司|企业|公社|联村)?"
    r"(?:党委|党组|党工委|纪委|党支部|党总支|委员会|领导小组|工作组|办公室|代表团|中央|部|局|委|"
    r"医院|公司|集团|学院|大学|银行|协会|学会|研究院|研究所|报社))$"
)
# Words that open with a level character but are not a jurisdiction (市场监管局).
_NOT_LEVEL = ("市场", "市民", "区域", "县域", "省级", "市级", "县级", "州立")


@dataclass(frozen=True, slots=True)
class Body:
    """A body read before a post: where it starts, its name as written, and, for a local
    department, the jurisdiction (full name) or bare level it opens with."""

    start: int
    name: str
    jurisdiction: str | None = None
    level: str | None = None
    department: str = ""  # the name after the jurisdiction (教育厅)
    known: bool = False  # a central body of data/bodies.tsv


@cache
def _lexicon() -> tuple[tuple[str, ...], tuple[str, ...]]:
    bodies = [surface for kind, surface in rows("bodies.tsv") if kind == "body"]
    parents = [surface for kind, surface in rows("bodies.tsv") if kind == "parent"]
    return (tuple(sorted(bodies, key=len, reverse=True)),
            tuple(sorted(parents, key=len, reverse=True)))


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
            if start == 0 or _BODY_STOP.match(text, start - 1) or _TERM.search(text, 0, start):
                written = text[start:end].removeprefix("中共") if name != "中共中央" else name
                return Body(start, written, known=True)
            break  # a known name inside a longer one (省政府办公厅): read it as written
    return _guess(text, end, levels, words)


def _guess(text: str, end: int, levels: tuple[str, ...], words: Words | None) -> Body | None:
    left = _start_by_words(text, end, words) if words else None
    if left is None:
        left = end
        while left > 0 and end - left < MAX_BODY and not _BODY_STOP.match(text, left - 1):
            if _TERM.search(text, 0, left):
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
    if len(name) < 2 or not _BODY_SUFFIX.search(name) or _GENERIC.match(name):
        return None
    if name.startswith("中共"):
        left, name = left + 2, name[2:]
    return _local(left, name, levels) or Body(left, name)


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
    while (word := words.get(left)) is not None and word.tag in BODY_TAGS:
        if _WORD_STOP.search(word.text) or word.text in _FORMER_WORDS:
            break
        if end - word.start > MAX_BODY:
            return -1
        left = word.start
    return left


def _local(start: int, name: str, levels: tuple[str, ...]) -> Body | None:
    """省教育厅 → level 省, department 教育厅; 深圳市公安局 → 深圳市 + 公安局.

    Locators before the jurisdiction drop (安徽省滁州市天长市农委 → 天长市 + 农委); a
    body that is not a government department keeps its nearest place as written
    (黑龙江哈尔滨市排水公司 → 哈尔滨市排水公司).
    """
    places: list[tuple[str, int]] = []
    at = 0
    while (found := _place_at(name, at)) is not None:
        places.append(found)
        at = found[1]
    if not places:
        return _level(start, name, levels)
    place, end = places[-1]
    if _DEPARTMENT.match(name[end:]):
        return Body(start, name, jurisdiction=place, department=name[end:])
    if len(places) > 1:
        drop = places[-2][1]
        return Body(start + drop, name[drop:])
    return None


def drop_locators(name: str) -> str:
    """黑龙江哈尔滨市排水公司 → 哈尔滨市排水公司: places before the nearest one drop."""
    places: list[tuple[str, int]] = []
    at = 0
    while (found := _place_at(name, at)) is not None:
        places.append(found)
        at = found[1]
    return name[places[-2][1]:] if len(places) > 1 else name


def _place_at(name: str, at: int) -> tuple[str, int] | None:
    """The division named at ``at`` in ``name`` (full name, end), longest first."""
    surfaces = gazetteer().surfaces
    for size in range(min(MAX_PLACE, len(name) - at - 2), 1, -1):
        entry = surfaces.get(name[at:at + size])
        if entry is not None and entry.places:
            place = entry.places[0]
            if place.kind in ("province", "prefecture", "county"):
                end = at + size
                if name[end:end + 1] in LEVEL_CHARS and not place.name.endswith(name[:end]):
                    end += 1  # 岫岩 + 县: a short name written with its level
                return place.name, end
    return None


def _level(start: int, name: str, levels: tuple[str, ...]) -> Body | None:
    """省教育厅: a department after a bare level word, to be resolved from context."""
    for level in levels:
        if (name.startswith(level) and not name.startswith(_NOT_LEVEL)
                and _DEPARTMENT.match(name[len(level):])):
            return Body(start, name, level=level, department=name[len(level):])
    return None
