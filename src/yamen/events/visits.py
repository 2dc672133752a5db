"""Visits: a trip outside the actor's seat (CONVENTIONS.md, Events), with its origin.

Three forms: a trip within China (赴天津市, 到河南省调研, 在广东深圳调研), a trip abroad
(对法国进行国事访问), and a foreign guest's visit to China (来华进行国事访问, reported
from the host's side: CAMEO 043). No visit where the destination lies in the actor's
own seat (a provincial secretary inspecting in their province).
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.events.reading import CENTRAL_ORIGIN, DIVISIONS, Mention, Reading, triggers

DESTINATIONS = DIVISIONS | {"country", "foreign"}
HOST_VIEW_CAMEO = "043"
# Central leaders sit in the capital: their work in Beijing is no trip.
CAPITAL = "北京市"
# Movement that makes a trip by itself is the visit row of data/event_triggers.tsv;
# 到 / 在 need a purpose after the place.
_AT = re.compile(r"到|在")
_PURPOSE = {
    "到": re.compile(r"^[^，。；]{0,12}?(?:调研|考察|视察|学习|访问|出席|检查)"),
    # 在X举行 / 在X出席 happen at home as often as away: only a working trip counts
    "在": re.compile(r"^[^，。；]{0,12}?(?:调研|考察|视察|检查)"),
}
_ABROAD = re.compile(r"对(?P<where>[^，。；]{2,12}?)进行(?:国事|正式|友好|工作)?访问")
_TO_CHINA = re.compile(r"来华|访华|对中国进行[^，。；]{0,6}访问")
# Places right after the verb: 在广东深圳 names 广东 as a locator for 深圳.
MAX_GAP = 1


def _destination_after(reading: Reading, at: int, end: int) -> Mention | None:
    """The last of the places that follow ``at`` one after another (广东 深圳 → 深圳市)."""
    found: Mention | None = None
    previous_end = at
    for place in reading.within(reading.places, at, end):
        if place.span.start - previous_end > MAX_GAP:
            break
        previous_end = place.span.end
        if place.kind in DESTINATIONS:
            found = place
    return found


def _subjects(reading: Reading, start: int, at: int) -> list[str]:
    return [m.name for m in reading.within(reading.persons, start, at)]


def _origin(reading: Reading, subjects: list[str], delegation_origin: str | None) -> str | None:
    if delegation_origin is not None:
        return delegation_origin
    for name in subjects:
        seats = reading.seats.get(name, set())
        if CENTRAL_ORIGIN in seats:
            return CENTRAL_ORIGIN
        if seats:
            return sorted(seats)[0]
    return None


Visit = tuple[Span, str, str | None, str, list[str]]


def find_visits(
    reading: Reading, start: int, end: int, delegation_origin: str | None
) -> list[Visit]:
    """Visits stated in one sentence: (evidence, destination, origin, cameo, persons)."""
    text = reading.text
    found = []
    to_china = _TO_CHINA.search(text, start, end)
    if to_china is not None:
        guests = [m.name for m in reading.within(reading.persons, start, end)
                  if m.name in reading.countries]
        countries = [m.name for m in reading.within(reading.places, start, end)
                     if m.kind == "country" and m.name != CENTRAL_ORIGIN]
        origin = reading.countries.get(guests[0]) if guests else (countries or [None])[0]
        found.append((Span(*to_china.span()), CENTRAL_ORIGIN, origin, HOST_VIEW_CAMEO, guests))
    for abroad in _ABROAD.finditer(text, start, end):
        where = _destination_after(reading, abroad.start("where"), abroad.end("where"))
        if where is None or where.name == CENTRAL_ORIGIN:
            continue
        subjects = _subjects(reading, start, abroad.start())
        origin = _origin(reading, subjects, delegation_origin)
        found.append((Span(*abroad.span()), where.name, origin, "042", subjects))
    going = triggers()["visit"]
    for verb in [*going.finditer(text, start, end), *_AT.finditer(text, start, end)]:
        where = _destination_after(reading, verb.end(), end)
        if where is None:
            continue
        purpose = _PURPOSE.get(verb.group())
        if purpose is not None and not purpose.match(text[where.span.end:end]):
            continue
        subjects = _subjects(reading, start, verb.start())
        origin = _origin(reading, subjects, delegation_origin)
        seats = set().union(*(reading.seats.get(n, set()) for n in subjects)) if subjects else set()
        if origin is not None:
            seats.add(origin)
        if CENTRAL_ORIGIN in seats:
            seats.add(CAPITAL)
        if where.name == CENTRAL_ORIGIN or any(reading.inside(where.name, s) for s in seats):
            continue  # in the actor's own seat: an inspection, not a visit
        if origin is None and not subjects:
            continue  # nobody named travels
        found.append((Span(verb.start(), where.span.end), where.name, origin, "042", subjects))
    return found
