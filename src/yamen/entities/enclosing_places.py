"""Model LOC words that begin with places the gazetteer matched and go on: to a village,
street, township or site (井冈山神山村, 天津古文化街, 东京都八丈岛, 北京图书大厦), or a foreign
place written with its suffix (维也纳市). Split from :mod:`yamen.entities.tagged_places` to keep
it small."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from yamen.entities.gazetteer import Match, Place, word_list
from yamen.entities.ner import Entity
from yamen.entities.tagged_places import (
    FOREIGN_SUFFIXES,
    MIN_ENDING_WORD,
    ending,
    site_name,
)

# Streets and squares are named without their city, as villages are (天津古文化街 → 古文化街,
# 北京王府井大街 → 王府井大街, 美国纽约时报广场 → 时报广场, 福州三坊七巷 → 三坊七巷): the city
# before one is its locator.
STREET_ENDINGS = ("街", "大街", "胡同", "大道", "路", "广场", "巷", "坊")
# A division's suffix right after the place: the name goes on (莫斯科市中心特维尔广场).
DIVISION_SUFFIXES = "市省县区州"
# Development zones after the place they are named for (上海自贸区, 苏州工业园区, 西安高新区):
# what follows the place is only the kind of zone, perhaps after a one- or two-character name
# (上海临港新片区 is in macro_regions.tsv).
ZONE_RE = re.compile(
    "(?:自贸|自由贸易)(?:试验)?区|自贸港|自由贸易港|(?:综合)?保税(?:港)?区|高新区|"
    "(?:经济技术|高新技术产业)开发区|经开区|工业园区|综保区"
)
# Natural features after a division locator (云南白马雪山 → 云南省, 白马雪山): unlike a facility
# (北京图书大厦), the feature is not named after the division.
NATURAL_ENDINGS = (
    "山", "峰", "岭", "湖", "江", "河", "峡谷", "草原", "冰川", "瀑布", "山脉", "沙漠",
)

def with_suffix(view: str, entities: Sequence[Entity], matches: list[Match]) -> list[Match]:
    """A foreign place the model reads with its administrative suffix (维也纳市, 布宜诺斯艾利斯省):
    the mention spans the suffix too; the name stays the table's."""
    ends = {(e.start, e.end - 1) for e in entities
            if e.tag == "LOC" and e.end - e.start > 2 and view[e.end - 1] in FOREIGN_SUFFIXES}
    taken = {m.start for m in matches}
    out = []
    for m in matches:
        if (m.place is not None and m.place.kind == "foreign" and (m.start, m.end) in ends
                and m.end not in taken and view[m.end - 1] != view[m.end]):  # 密歇根州|州长
            m = Match(m.start, m.end + 1, m.place, m.candidates)
        out.append(m)
    return out


# A site ending that starts a word with the next character: the word, not the site.
WORDS_RUN_ON = ("海军",)


def enclosing_sites(
    view: str, entities: Sequence[Entity], matches: list[Match]
) -> tuple[list[Match], list[Match]]:
    """Model LOC words that begin with places and go on to a site.

    A village after its places is the site and they are its locators (井冈山神山村 → 神山村,
    the places kept); a facility or feature is named as a whole and the places inside it name
    it, not themselves (北京图书大厦, 台湾海峡, 布达拉宫广场; CONVENTIONS: place words inside
    names of facilities are not places). Returns the matches left and the sites found."""
    sites: list[Match] = []
    owners: dict[int, list[int]] = {}  # character offset → the matches over it
    for k, match in enumerate(matches):
        for i in range(match.start, match.end):
            owners.setdefault(i, []).append(k)
    dropped: set[int] = set()
    for entity in entities:
        if entity.tag != "LOC":
            continue
        ids = {k for i in range(entity.start, entity.end) for k in owners.get(i, ())}
        inside = sorted((matches[k] for k in ids), key=lambda m: m.start)
        if not inside or inside[0].start != entity.start or inside[-1].end >= entity.end:
            continue
        if any(b.start != a.end for a, b in pairwise(inside)):
            continue
        if view.startswith(WORDS_RUN_ON, entity.end - 1):
            continue  # 俄罗斯海|军日: the model's word ends inside 海军
        cut = inside[-1].end
        if view[cut] == "城" and view[cut - 1] in "县市" and cut + 1 < entity.end:
            cut += 1  # 太康县城商贸北路: the county town, then the street
        word, rest = view[entity.start:entity.end], view[cut:entity.end]
        if (ending(rest, "tagged_village_ending") or (
            rest.endswith(STREET_ENDINGS) and len(rest) >= MIN_ENDING_WORD
            and rest[0] not in DIVISION_SUFFIXES  # 莫斯科|市中心特维尔广场: one name
        )) and site_name(rest):  # 天津古文化街 → 古文化街, like a village
            sites.append(Match(cut, entity.end, Place(rest, _kind_after(inside[-1]))))
        elif ending(rest, "tagged_township_ending") and len(rest) >= MIN_ENDING_WORD:
            sites.append(Match(cut, entity.end, Place(rest, "township")))
        elif (
            len(inside) == 1 and inside[0].place is not None
            and inside[0].place.kind in ("country", "foreign")
            and ending(rest, "tagged_site_ending") and len(rest) >= MIN_ENDING_WORD
            and site_name(rest)
        ):  # 希腊伊拉克利翁博物馆, 东京都八丈岛: the place abroad is a locator, the site abroad
            sites.append(Match(cut, entity.end, Place(rest, "foreign")))
        elif (
            len(inside) == 1 and inside[0].place is not None
            and inside[0].place.kind in ("province", "prefecture", "county")
            and rest.endswith(NATURAL_ENDINGS) and len(rest) >= MIN_ENDING_WORD
            and ending(rest, "tagged_site_ending") != rest and site_name(rest)
        ):  # 云南白马雪山: a mountain is no facility; the province is its locator
            sites.append(Match(cut, entity.end, Place(rest, "site")))
        elif ZONE_RE.fullmatch(rest) and len(inside) == 1 and inside[0].place is not None and (
            inside[0].place.kind in ("province", "prefecture", "county")  # not 非洲自贸区
        ):
            # 上海自贸区, 苏州工业园区: a development zone, a region named as written; the
            # place inside names it (gold set B: no city added for 苏州工业园区).
            sites.append(Match(entity.start, entity.end, Place(word, "region")))
            dropped.update(ids)
        elif (suffix := ending(rest, "tagged_site_ending")) and (
            rest == suffix or len(rest) >= MIN_ENDING_WORD
        ) and site_name(word) and rest not in word_list("not_site"):  # 阜平山区: the county
            sites.append(Match(entity.start, entity.end, Place(word, "site")))
            dropped.update(ids)
    return [m for k, m in enumerate(matches) if k not in dropped], sites


def _kind_after(locator: Match) -> str:
    """A site after a foreign place lies abroad (纽约时报广场 → 时报广场, foreign)."""
    place = locator.place
    return "foreign" if place is not None and place.kind in ("country", "foreign") else "site"


def split_zones(
    view: str, entities: Sequence[Entity], matches: list[Match]
) -> tuple[list[Match], list[Match]]:
    """A zone the model cuts into its name and its kind (中关村|综保区, 苏州|工业园区): one
    region as written (CONVENTIONS: development zones → region); the places in its name name
    it. Returns the matches left and the zones found."""
    zones: list[Match] = []
    for first, kind in pairwise(entities):
        if first.tag != "LOC" or kind.start != first.end or not ZONE_RE.fullmatch(kind.text):
            continue
        named = [m for m in matches if first.start <= m.start and m.end <= first.end]
        if any(m.place is not None and m.place.kind in ("country", "foreign", "region")
               for m in named):
            continue  # 非洲|自贸区: a continent's trade area, not a zone
        if any(m.start < first.start < m.end for m in matches):
            continue  # 非洲|大陆|自由贸易区: inside a region the tables name
        zones.append(Match(first.start, kind.end, Place(first.text + kind.text, "region")))
    return [m for m in matches if not any(z.start <= m.start < z.end for z in zones)], zones


# Characters after 乡 or 镇 that make a word of it (乡村, 乡亲, 镇压), not a township's suffix.
NOT_TOWNSHIP_AFTER = frozenset("村镇亲土愁音贤情间下压化居区")
# What a short name may be before a township suffix: a county or city written short, or a site.
SHORT_BEFORE_TOWNSHIP = frozenset(("county", "prefecture", "site"))


def townships_named_after(view: str, matches: list[Match]) -> list[Match]:
    """A short name or site right before 镇 or 乡 is a township of that name (陈嘉庚故乡集美镇,
    为西柏坡乡受损的职业中学): the township, written in full, not the county or site."""
    out = []
    for m in matches:
        place, end = m.place, m.end
        if (
            place is not None and place.kind in SHORT_BEFORE_TOWNSHIP
            and view[end:end + 1] in ("镇", "乡")
            and (place.kind == "site" or view[m.start:end] != place.name)
            and view[end + 1:end + 2] not in NOT_TOWNSHIP_AFTER
            and view[end - 1:end + 1] not in ("城镇", "乡镇", "村镇")
        ):
            m = Match(m.start, end + 1, Place(view[m.start:end + 1], "township"))
        out.append(m)
    return out
