"""What the events stage reads of a document: mentions by position, triggers, seats."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from yamen.document import Document, Span
from yamen.entities.gazetteer import gazetteer
from yamen.lexicon import rows

DIVISIONS = frozenset({"province", "prefecture", "county"})
SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
# A person named as the source of guidance (贯彻落实习近平总书记…精神) takes no part in the
# report's events: a verb of following stands shortly before the name.
_FOLLOWING = re.compile(r"(?:贯彻|落实|学习|按照|遵照|根据|牢记|践行|领会)[^，。；]{0,12}$")
FOLLOWING_REACH = 16
# Central leaders travel from the country's capital; the trip's origin is the country.
CENTRAL_ORIGIN = "中国"
# A post with no jurisdiction is central when its label names a central body.
_CENTRAL_LABEL = re.compile(r"^(?:中央|国务院|国务委员|国家|全国|最高)")


@cache
def triggers() -> dict[str, re.Pattern[str]]:
    """Event type → the pattern of its trigger words (data/event_triggers.tsv)."""
    return {kind: re.compile(pattern) for kind, pattern in rows("event_triggers.tsv")}


@dataclass(slots=True)
class Mention:
    name: str
    span: Span
    kind: str = ""


@dataclass(slots=True)
class Reading:
    """A document's persons, places and organisations, indexed by position in its text."""

    text: str
    persons: list[Mention]
    places: list[Mention]
    orgs: list[Mention]
    seats: dict[str, set[str]] = field(default_factory=dict)  # person → seats of their posts
    countries: dict[str, str] = field(default_factory=dict)  # foreign person → country
    codes: dict[str, str] = field(default_factory=dict)  # place name → adcode

    def within(self, items: list[Mention], start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)`` of a list sorted by start."""
        first = bisect.bisect_left(items, start, key=lambda m: m.span.start)
        found = []
        for mention in items[first:]:
            if mention.span.start >= end:
                break
            if mention.span.end <= end:
                found.append(mention)
        return found

    def inside(self, place: str, seat: str) -> bool:
        """Whether ``place`` is ``seat`` or one of its divisions (拉萨市 in 西藏自治区)."""
        if place == seat:
            return True
        code, seat_code = self.codes.get(place), self.codes.get(seat)
        division = gazetteer().divisions.get(code or "")
        return bool(division and seat_code and seat_code in gazetteer().ancestors(division))


def read(doc: Document) -> Reading:
    story = [p for p in doc.persons if not {"reporter", "editor"} & set(p.get("roles", []))]
    text = doc.simplified
    persons = [
        Mention(p["name"], Span(*m)) for p in story for m in p["mentions"]
        if not _FOLLOWING.search(text, max(0, m[0] - FOLLOWING_REACH), m[0])
    ]
    places = [Mention(p["name"], Span(*m), p["kind"]) for p in doc.places for m in p["mentions"]]
    orgs = [Mention(o["name"], Span(*m)) for o in doc.organizations for m in o["mentions"]]
    by_start = lambda m: m.span.start  # noqa: E731 - one key for three sorts
    reading = Reading(text, sorted(persons, key=by_start), sorted(places, key=by_start),
                      sorted(orgs, key=by_start))
    countries = {p["name"] for p in doc.places if p["kind"] == "country"}
    reading.codes = {p["name"]: p["adcode"] for p in doc.places if p.get("adcode")}
    for person in story:
        reading.seats[person["name"]] = _seats(person, countries, reading.countries)
    return reading


def _seats(person: dict[str, Any], countries: set[str], foreign: dict[str, str]) -> set[str]:
    """Where a person's posts sit: their jurisdictions; China for a central post."""
    seats: set[str] = set()
    for position in person["positions"]:
        jurisdiction = position.get("jurisdiction")
        if jurisdiction and (jurisdiction in countries and jurisdiction != CENTRAL_ORIGIN):
            foreign[person["name"]] = jurisdiction
            seats.add(jurisdiction)
        elif jurisdiction:
            seats.add(jurisdiction)
        elif _CENTRAL_LABEL.match(position["label"]):
            seats.add(CENTRAL_ORIGIN)
    return seats
