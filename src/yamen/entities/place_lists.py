"""Places licensed by the list they stand in.

A broad region such as 西北 or 东南 is also a direction, so it counts only where the NER model
tags it LOC (:mod:`yamen.entities.tagged_places`). In a list with another region (运往西北、华东、
沿海地区) the list itself says it is a region, whatever the model tagged.

>>> from yamen.entities.gazetteer import Match, Place
>>> text = "运往西北、华东、沿海地区。"
>>> [(m.start, m.place.name) for m in listed_regions(text, [Match(5, 7, Place("华东", "region"))])]
[(2, '西北')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from yamen.document import mark
from yamen.entities.gazetteer import Match, Place, word_list

# What joins the items of a list.
LIST_JOINS = ("、", "和", "及", "与")
# A region's word then one of these is a part or a direction (西北部, 东北方向, 华北平原 stays).
NOT_REGION_AFTER = ("部", "方", "风", "边", "侧", "角")


@cache
def _region_re() -> re.Pattern[str]:
    words = sorted(word_list("tagged_region"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def listed_regions(view: str, matches: Sequence[Match]) -> list[Match]:
    """Regions of the tagged_region list that stand in a list next to a region found
    (西北、华东), not covered by ``matches``; the list is followed both ways."""
    covered = mark(bytearray(len(view)), ((m.start, m.end) for m in matches))
    regions = {
        (m.start, m.end) for m in matches if m.place is not None and m.place.kind == "region"
    }
    candidates = []
    for found in _region_re().finditer(view):
        start, end = found.span()
        if any(covered[start:end]):
            continue
        if view.startswith(NOT_REGION_AFTER, end) and not view.startswith("部分", end):
            continue  # 西北部, 西北方向; not 西南部分地区 (parts of the region)
        if view.startswith("地区", end):
            end += 2  # 东北地区, as the table names it
        candidates.append((start, end))
    out: list[Match] = []
    changed = True
    while changed:  # a list of several: 西北、西南、华东
        changed = False
        starts = {s for s, _ in regions}
        ends = {e for _, e in regions}
        for start, end in candidates:
            if (start, end) in regions:
                continue
            if any(end + len(j) in starts and view.startswith(j, end) for j in LIST_JOINS) or any(
                start - len(j) in ends and view.startswith(j, start - len(j)) for j in LIST_JOINS
            ):
                regions.add((start, end))
                out.append(Match(start, end, Place(view[start:end], "region")))
                changed = True
    return out

