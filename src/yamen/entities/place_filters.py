"""Filters on the gazetteer's matches by the NER model's words: a place inside a longer
personal name (马里 in 海尔马里亚姆), or one crossing the end of a word the model tags (江南|美景
is not 南美). Split from :mod:`yamen.entities.places` to keep it small."""

from __future__ import annotations

from collections.abc import Sequence

from yamen.entities.gazetteer import Match
from yamen.entities.ner import Entity


def outside_names(
    view: str, matches: list[Match], entities: Sequence[Entity]
) -> list[Match]:
    """Drop a place the model reads as part of a longer personal name (马里 in 海尔马里亚姆)."""
    names = {}  # character offset → the personal name over it
    for entity in entities:
        if entity.tag == "PER":
            for i in range(entity.start, entity.end):
                names[i] = entity
    out = []
    for match in matches:
        name = names.get(match.start)
        if (
            name is None
            or name.end < match.end
            or name.end - name.start == match.end - match.start
            or match.end - match.start == 1  # 访华: the verb rule read it, not the model
            or _full_division(view, match)  # 翁牛特旗委/PER: a full name then its party committee
        ):
            out.append(match)
    return out


# Longest place dropped for crossing a model word: short names (南美, 湖南, 东山区); longer
# names are more often right than the model's cut (内蒙古东|乌珠穆沁旗, 中东海湾|地区).
CROSSING_MAX_CHARS = 3


def not_crossing(view: str, matches: list[Match], entities: Sequence[Entity]) -> list[Match]:
    """Drop a place that starts inside a word the model tags LOC and runs past its end: the
    model's word is the place (江南|美景 is not 南美); a country inside a name (哈马德|国王)."""
    inside = bytearray(len(view) + 1)  # 1 where a LOC word goes on (2: a PER or ORG word)
    ends = [0] * (len(view) + 1)  # there: the end of that word
    for entity in (e for e in entities if e.tag in ("LOC", "PER", "ORG")):
        for i in range(entity.start + 1, entity.end):
            inside[i], ends[i] = 1 if entity.tag == "LOC" else 2, entity.end
    return [m for m in matches if not (
        ends[m.start] < m.end and m.end - m.start <= CROSSING_MAX_CHARS and (inside[m.start] == 1
        or (inside[m.start] == 2 and m.place is not None and m.place.kind == "country"))
    )]


def _full_division(view: str, match: Match) -> bool:
    """A division written with its suffix (翁牛特旗, 兰考县): no personal name holds one."""
    place = match.place
    return (
        place is not None and place.kind in ("province", "prefecture", "county")
        and view[match.start:match.end] == place.name and len(place.name) >= 3
    )
