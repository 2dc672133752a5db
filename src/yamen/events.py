"""The events stage: visits, inspections, meetings, speeches, agreements, appointments.

Reads the Simplified view sentence by sentence with the persons, places and
organisations already found, and follows CONVENTIONS.md (Events): one event per
occurrence; a trip outside the actor's seat is one visit, each site stop one
inspection, each speaker at an occasion one speech; 陪同 officials join the visit
and its inspections, those who 参加有关活动 join the visit only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from yamen.document import Document, Span
from yamen.lexicon import rows

CAMEO = {"visit": "042", "inspection": "042", "meeting": "040", "speech": "010",
         "agreement": "057", "appointment": None, "other": None}
HOST_VIEW_CAMEO = "043"
DIVISIONS = frozenset({"province", "prefecture", "county"})
DESTINATIONS = DIVISIONS | {"country", "foreign"}
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
# Who joins the umbrella visit without an event of their own.
_JOIN_VISIT = re.compile(r"参加有关活动|参加上述活动|参加活动|一同|陪同")
_ACCOMPANY = re.compile(r"陪同")
_PRONOUN = re.compile(r"[他她]")
# How far after a speaker a speech verb may stand (黄坤明代表省委…表示感谢 runs long).
SPEECH_REACH = 40
_GUIDANCE = re.compile(r"重要讲话|讲话精神|重要指示|重要论述")
# A person named as the source of guidance (贯彻落实习近平总书记…精神) takes no part in the
# report's events: a verb of following stands shortly before the name.
_FOLLOWING = re.compile(r"(?:贯彻|落实|学习|按照|遵照|根据|牢记|践行|领会)[^，。；]{0,12}$")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")


@cache
def triggers() -> dict[str, re.Pattern[str]]:
    """Event type → the pattern of its trigger words (data/event_triggers.tsv)."""
    return {kind: re.compile(pattern) for kind, pattern in rows("event_triggers.tsv")}


@dataclass(slots=True)
class _Mention:
    name: str
    span: Span
    kind: str = ""


@dataclass(slots=True)
class _Reading:
    """What the stage knows of a document, indexed by position."""

    text: str
    persons: list[_Mention]
    places: list[_Mention]
    orgs: list[_Mention]
    jurisdictions: dict[str, set[str]] = field(default_factory=dict)  # person → their posts'

    def within(self, items: list[_Mention], start: int, end: int) -> list[_Mention]:
        return [m for m in items if start <= m.span.start and m.span.end <= end]


def _reading(doc: Document) -> _Reading:
    story = [p for p in doc.persons if not {"reporter", "editor"} & set(p.get("roles", []))]
    text = doc.simplified
    persons = [_Mention(p["name"], Span(*m)) for p in story for m in p["mentions"]
               if not _FOLLOWING.search(text, max(0, m[0] - 16), m[0])]
    places = [_Mention(p["name"], Span(*m), p["kind"]) for p in doc.places for m in p["mentions"]]
    orgs = [_Mention(o["name"], Span(*m)) for o in doc.organizations for m in o["mentions"]]
    reading = _Reading(text, sorted(persons, key=lambda m: m.span.start), places, orgs)
    for person in story:
        reading.jurisdictions[person["name"]] = {
            pos["jurisdiction"] for pos in person["positions"] if pos.get("jurisdiction")
        }
    return reading


def find_events(doc: Document) -> list[dict[str, Any]]:
    """The events of a document that has been through the entity stage."""
    reading = _reading(doc)
    text = reading.text
    events: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    visit: dict[str, Any] | None = None
    joiners: set[str] = set()
    accompany: set[str] = set()
    meeting: dict[str, Any] | None = None
    speeches: dict[tuple[int, str], dict[str, Any]] = {}
    origin = _origin(doc)
    for sentence in _SENTENCE.finditer(text):
        start, end = sentence.span()
        names = [m.name for m in reading.within(reading.persons, start, end)]
        if _JOIN_VISIT.search(sentence.group()):
            joiners.update(names)
        if _ACCOMPANY.search(sentence.group()):
            accompany.update(names)
        date = _sentence_date(sentence.group(), doc.date)
        for match in triggers()["visit"].finditer(text, start, end):
            destination = _destination(reading, match.end(), end, match.group())
            if destination is None or destination == origin or (visit and visit["places"]
                                                                 == [destination]):
                continue
            visit = _event("visit", Span(match.start(), _arg_end(reading, destination, end,
                                                                 match.end())),
                           names, _actors(reading, start, match.start()), [destination], date)
            visit["origin"] = origin
            events.append(visit)
        for site in _sites(reading, start, end):
            if ("inspection", site.name) in seen:
                continue
            found = triggers()["inspection"].search(text, start, end)
            if found is None:
                continue
            seen.add(("inspection", site.name))
            events.append(_event("inspection", site.span, names,
                                 _actors(reading, start, site.span.start), [site.name], date))
        found = triggers()["meeting"].search(text, start, end)
        if found is not None and ("meeting", _stem(found.group())) not in seen:
            seen.add(("meeting", _stem(found.group())))
            meeting = _event("meeting", Span(*found.span()), names,
                             _actors(reading, start, found.start()), _where(reading, visit),
                             date)
            events.append(meeting)
        for kind in ("agreement", "appointment", "other"):
            found = triggers()[kind].search(text, start, end)
            if found is not None:
                events.append(_event(kind, Span(*found.span()), names,
                                     _actors(reading, start, end), _where(reading, visit), date))
        if _GUIDANCE.search(sentence.group()):
            continue
        for speaker, verb in _speakers(reading, start, end):
            occasion = id(meeting) if meeting is not None else 0
            key = (occasion, speaker)
            if key in speeches:
                continue
            speech = _event("speech", verb, [speaker], [], _where(reading, visit), date)
            speeches[key] = speech
            events.append(speech)
    _join(events, visit, joiners, accompany)
    return events


def _event(kind: str, evidence: Span, persons: list[str], actors: list[str],
           places: list[str], date: str | None) -> dict[str, Any]:
    return {
        "type": kind,
        "cameo": CAMEO[kind],
        "date": date,
        "actors": actors,
        "persons": list(dict.fromkeys(persons)),
        "places": places,
        "evidence": evidence.as_list(),
    }


def _stem(trigger: str) -> str:
    """One meeting per kind of gathering: 座谈交流 and 在座谈中 are one symposium."""
    return trigger[:2]


def _origin(doc: Document) -> str | None:
    """Where the visitors come from: a delegation's jurisdiction, else the outlet's home."""
    divisions = {p["name"] for p in doc.places if p["kind"] in DIVISIONS}
    for org in doc.organizations:
        if "代表团" in org["name"]:
            for name in divisions:
                if org["name"].startswith(name):
                    return name
    return None


def _destination(reading: _Reading, start: int, end: int, trigger: str) -> str | None:
    """The division or country a visit trigger leads to (前往天津市; 来津 names it itself)."""
    for place in sorted(reading.within(reading.places, start - len(trigger), end),
                        key=lambda m: m.span.start):
        if place.kind in DESTINATIONS and place.span.start <= start + 2:
            return place.name
    return None


def _arg_end(reading: _Reading, name: str, end: int, after: int) -> int:
    for place in reading.within(reading.places, after - 2, end):
        if place.name == name:
            return max(place.span.end, after)
    return after


def _sites(reading: _Reading, start: int, end: int) -> list[_Mention]:
    return sorted((p for p in reading.within(reading.places, start, end) if p.kind == "site"),
                  key=lambda m: m.span.start)


def _actors(reading: _Reading, start: int, end: int) -> list[str]:
    """Collective actors in the sentence before the trigger: a delegation named there, or
    代表团 (一行) standing for the one delegation the report names."""
    named = [m.name for m in reading.within(reading.orgs, start, end) if "代表团" in m.name]
    if not named and "代表团" in reading.text[start:end]:
        delegations = {m.name for m in reading.orgs if "代表团" in m.name}
        named = sorted(delegations) if len(delegations) == 1 else []
    return list(dict.fromkeys(named))


def _where(reading: _Reading, visit: dict[str, Any] | None) -> list[str]:
    return list(visit["places"]) if visit is not None else []


def _speakers(reading: _Reading, start: int, end: int) -> list[tuple[str, Span]]:
    """(speaker, verb span) in a sentence: a named person or 他/她 before a speech verb."""
    text = reading.text
    found: list[tuple[str, Span]] = []
    verbs = list(triggers()["speech"].finditer(text, start, end))
    if not verbs:
        return found
    for mention in reading.within(reading.persons, start, end):
        verb = next((v for v in verbs if 0 <= v.start() - mention.span.end <= SPEECH_REACH), None)
        if verb is not None:
            found.append((mention.name, Span(*verb.span())))
    for pronoun in _PRONOUN.finditer(text, start, end):
        verb = next((v for v in verbs if v.start() == pronoun.end()), None)
        before = [m for m in reading.persons if m.span.end <= pronoun.start()]
        if verb is not None and before:
            found.append((before[-1].name, Span(*verb.span())))
    return found


def _sentence_date(sentence: str, date: str | None) -> str | None:
    match = _DATE.search(sentence)
    if match is None or date is None:
        return date
    return f"{date[:4]}-{int(match.group(1)):02d}-{int(match.group(2)):02d}"


def _join(events: list[dict[str, Any]], visit: dict[str, Any] | None,
          joiners: set[str], accompany: set[str]) -> None:
    """陪同 officials join the visit and its inspections; 参加有关活动 joins the visit only."""
    if visit is None:
        return
    everyone = [p for e in events if e["type"] in ("meeting", "inspection") for p in e["persons"]]
    visit["persons"] = list(dict.fromkeys([*visit["persons"], *everyone, *sorted(joiners)]))
    for event in events:
        if event["type"] == "inspection":
            event["persons"] = list(dict.fromkeys([*event["persons"], *sorted(accompany)]))


def events(doc: Document) -> Document:
    """Fill the record's events and the roles they give persons."""
    doc.events = find_events(doc)
    _roles(doc)
    return doc


def _roles(doc: Document) -> None:
    by_name = {p["name"]: p for p in doc.persons}
    for event in doc.events:
        for name in event["persons"]:
            person = by_name.get(name)
            if person is None:
                continue
            role = "speaker" if event["type"] == "speech" else "participant"
            if event["type"] == "visit":
                held = {pos.get("jurisdiction") for pos in person["positions"]}
                if event.get("origin") in held:
                    role = "visitor"
                elif set(event["places"]) & held:
                    role = "host"
            if role not in person["roles"]:
                person["roles"].append(role)
