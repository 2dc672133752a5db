"""Bodies that open with a jurisdiction, split so it can be resolved like that of any local
title: 省教育厅 → level 省 + 教育厅; 深圳市公安局 → 深圳市 + 公安局; 安徽省滁州市天长市农委 →
天长市 + 农委; a village's or a township's organ after its county starts at the village or
the township (海原县甘城乡武埫村村委会 → 武埫村村委会). Read by :mod:`yamen.entities.bodies`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yamen.entities.gazetteer import Place, gazetteer

MAX_PLACE = 12
LEVEL_CHARS = frozenset("省市县区州")
# A government department after a jurisdiction: 省教育厅, 深圳市公安局, 县委办; not a
# village's or a town's body, which stays as written (代村党支部), nor an institution's
# (北京大学团委).
_DEPARTMENT = re.compile(
    r"^(?!特区|政府|[^村镇乡]*(?:村|镇|乡|街道|社区))"
    r"(?![\u4e00-\u9fff]*(?:大学|学院|医院|中学|小学|公司|银行|集团|研究院|研究所|园区))"
    r"[\u4e00-\u9fff]{2,12}?"
    r"(?:厅|局|委|办|委员会|办公室|人民法院|人民检察院)(?:党委|党组|党工委)?$"
)
# A village's or a community's body after its township: the label starts at the village.
_VILLAGE_BODY = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:乡|镇|街道)([\u4e00-\u9fff]{1,8}?(?:村|社区)[\u4e00-\u9fff]+)$"
)
# A village's or a community's organ right after its county or city (no township named).
_VILLAGE_ONLY = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:村|社区)(?:党总支|党支部|党委|村委会|居委会|村民委员会|居民委员会)")
# A township's own organ after its county: the label starts at the township.
_TOWNSHIP_BODY = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?:乡|镇)(?:党委|党工委|纪委|人大|人民政府|政府)")
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


def inner_places(name: str) -> int:
    """How many characters of ``name`` are divisions' names (山西, 忻州市, 宁武县)."""
    surfaces, count, at = gazetteer().surfaces, 0, 0
    while at < len(name):
        size = next((size for size in range(min(MAX_PLACE, len(name) - at), 1, -1)
                     if (entry := surfaces.get(name[at:at + size])) is not None and entry.places
                     and entry.places[0].kind in ("province", "prefecture", "county")), 0)
        count, at = count + size, at + max(size, 1)
    return count



def local_body(start: int, name: str, levels: tuple[str, ...]) -> Body | None:
    """省教育厅 → level 省 + 教育厅; 深圳市公安局 → 深圳市 + 公安局; locators drop (安徽省滁州市
    天长市农委 → 天长市 + 农委), another body keeps its nearest place (哈尔滨市排水公司)."""
    places = _locators(name)
    if not places:
        return _level(start, name, levels)
    place, end = places[-1]
    if _DEPARTMENT.match(name[end:]):
        return Body(start, name, jurisdiction=place, department=name[end:])
    village = _VILLAGE_BODY.match(name, end)
    if village is not None:  # 海原县甘城乡武埫村村委会 → 武埫村村委会 (how village posts read)
        return Body(start + village.start(1), village.group(1))
    if _VILLAGE_ONLY.fullmatch(name, end):  # 巴彦淖尔市中南渠村党总支 → 中南渠村党总支
        return Body(start + end, name[end:])
    if _TOWNSHIP_BODY.fullmatch(name, end):  # 密云县檀营乡党委 → 檀营乡党委 (as 丫他镇党委)
        return Body(start + end, name[end:])
    if len(places) > 1:
        drop = places[-2][1]
        return Body(start + drop, name[drop:])
    return None


def drop_locators(name: str) -> str:
    """黑龙江哈尔滨市排水公司 → 哈尔滨市排水公司: places before the nearest one drop."""
    places = _locators(name)
    return name[places[-2][1]:] if len(places) > 1 else name


def _locators(name: str) -> list[tuple[str, int]]:
    """The divisions a name opens with (full name, where it ends), each inside the one
    before: 江苏省南京市 of 江苏省南京市江北新区…局, not 江北区 of Chongqing in 江北新区."""
    places: list[tuple[str, int]] = []
    at, within = 0, None
    while (found := _place_at(name, at, within)) is not None:
        places.append((found[0].name, found[1]))
        at, within = found[1], found[0]
    return places


def _place_at(name: str, at: int, within: Place | None) -> tuple[Place, int] | None:
    """The division named at ``at`` in ``name`` (and where it ends), longest first; after
    another division, only one inside it."""
    table = gazetteer()
    for size in range(min(MAX_PLACE, len(name) - at - 2), 1, -1):
        entry = table.surfaces.get(name[at:at + size])
        if entry is None:
            continue
        for place in entry.places:
            if place.kind not in ("province", "prefecture", "county"):
                continue
            if within is not None and within.adcode not in table.ancestors(place):
                continue
            end = at + size
            if name[end:end + 1] in LEVEL_CHARS and not place.name.endswith(name[:end]):
                end += 1  # 岫岩 + 县: a short name written with its level
            return place, end
    return None


def _level(start: int, name: str, levels: tuple[str, ...]) -> Body | None:
    """省教育厅: a department after a bare level word, to be resolved from context."""
    for level in levels:
        if (name.startswith(level) and not name.startswith(_NOT_LEVEL)
                and _DEPARTMENT.match(name[len(level):])):
            return Body(start, name, level=level, department=name[len(level):])
    return None
