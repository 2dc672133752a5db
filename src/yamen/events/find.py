"""Reading a document's events sentence by sentence (CONVENTIONS.md, Events).

One event per occurrence: a trip is one visit, each site stop one inspection, a
gathering one meeting however often it is named, each speaker at an occasion one
speech; 陪同 officials join the visit and its inspections, those who 参加有关活动
join the visit only. Speeches cited as guidance are not events.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from yamen.document import Document, Span
from yamen.entities.dates import FULL_DATE, resolve_day
from yamen.events.reading import DIVISIONS, SENTENCE, Mention, Reading, read, triggers
from yamen.events.visits import find_visits

CAMEO = {"visit": "042", "inspection": "042", "meeting": "040", "speech": "010",
         "agreement": "057", "appointment": None, "other": None}
_WHOLE_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_JOIN_VISIT = re.compile(r"参加有关活动|参加上述活动|参加活动|一同|陪同")
_ACCOMPANY = re.compile(r"陪同")
_PRONOUN = re.compile(r"[他她]")
# How far after a speaker a speech verb may stand (黄坤明代表省委…表示感谢 runs long).
SPEECH_REACH = 40
_GUIDANCE = re.compile(r"重要讲话|讲话精神|重要指示|重要论述|报告中指出")
# Bodies an inspection stops at: enterprises, labs, schools, villages (not party or state organs).
_STOP = re.compile(r"(?:公司|集团|实验室|大学|学院|研究院|研究所|中心|医院|学校|工厂|厂|村|社区|"
                   r"街道办事处|合作社|园区|基地|站|港)$")


def find_events(doc: Document, reading: Reading | None = None) -> list[dict[str, Any]]:
    """The events of a document that has been through the entity stage."""
    reading = reading or read(doc)
    text = reading.text
    events: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    visit: dict[str, Any] | None = None
    joiners: set[str] = set()
    accompany: set[str] = set()
    speakers: set[tuple[int, str]] = set()
    delegation = _delegation_origin(doc)
    meetings: dict[str, dict[str, Any]] = {}
    occasion = 0
    # Who joins is read over the whole sentence: lists split by semicolons share the
    # predicate (省领导A、B；天津市领导C、D参加有关活动).
    wholes: list[int] = []  # where each whole sentence starts
    for sentence in _WHOLE_SENTENCE.finditer(text):
        wholes.append(sentence.start())
        names = [m.name for m in reading.within(reading.persons, *sentence.span())]
        if _JOIN_VISIT.search(sentence.group()):
            joiners.update(names)
        if _ACCOMPANY.search(sentence.group()):
            accompany.update(names)
    for sentence in SENTENCE.finditer(text):
        start, end = sentence.span()
        names = [m.name for m in reading.within(reading.persons, start, end)]
        # a collective actor is read from the whole sentence (代表团首先来到A…；随后来到B)
        whole = wholes[bisect_right(wholes, start) - 1] if wholes else start
        date = _sentence_date(sentence.group(), doc.date)
        for evidence, destination, origin, cameo, persons in find_visits(
            reading, start, end, delegation
        ):
            if ("visit", destination) in seen:
                continue
            seen.add(("visit", destination))
            visit = _event("visit", evidence, persons or names,
                           _actors(reading, whole, evidence.start), [destination], date)
            visit.update(origin=origin, cameo=cameo)
            events.append(visit)
        stops = _inspections(reading, (whole, start), end, names, visit, seen, date)
        events.extend(stops)
        if stops:
            occasion = id(stops[-1])  # one speech per speaker and stop or meeting
        found = triggers()["meeting"].search(text, start, end)
        if found is not None and not _ahead(text, found.start(), found.end()):
            stem = found.group()[:2]  # 座谈交流 and 在座谈中: one symposium
            if stem not in meetings:
                meetings[stem] = _event("meeting", Span(*found.span()), names,
                                        _actors(reading, whole, found.start()),
                                        _where(reading, visit, start), date)
                events.append(meetings[stem])
            occasion = id(meetings[stem])  # the report comes back to this meeting
        stated: set[str] = set()
        for kind in ("agreement", "appointment", "other"):
            found = triggers()[kind].search(text, start, end)
            if found is None or (kind == "other" and "agreement" in stated):
                continue  # one of each per sentence; a signing ceremony is the agreement
            if _ahead(text, found.start()):
                continue
            stated.add(kind)
            # named again further on: one occurrence. An appointment is one per person
            # named; a signing, one per set of signatories (签署… and …备忘录 are one).
            people = "、".join(sorted(names))
            occurrence = (kind, people if kind == "agreement" else
                          f"{found.group()}|{people if kind == 'appointment' else ''}")
            if occurrence in seen:
                continue
            seen.add(occurrence)
            events.append(_event(kind, Span(*found.span()), names,
                                 _actors(reading, whole, end), _where(reading, visit, start), date))
        if _GUIDANCE.search(sentence.group()):
            continue
        for speaker, verb in _speakers(reading, start, end):
            key = (occasion, speaker)
            if key not in speakers:
                speakers.add(key)
                events.append(_event("speech", verb, [speaker], [],
                                     _where(reading, visit, start), date))
    _join(events, visit, joiners, accompany)
    return events


# An occasion still to come, or one past that the report looks back on, is not the
# report's event (将出席…峰会, 拟签署, 早日重启六方会谈; 出席…峰会后抵达).
_AHEAD = re.compile(r"(?:将|将于|即将|拟|计划|准备|重启|恢复)[^，。；]{0,8}$")


def _ahead(text: str, at: int, end: int | None = None) -> bool:
    after = end is not None and text.startswith("后", end)
    return after or _AHEAD.search(text, max(0, at - 10), at) is not None


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


def _inspections(reading: Reading, starts: tuple[int, int], end: int, names: list[str],
                 visit: dict[str, Any] | None, seen: set[tuple[str, str]],
                 date: str | None) -> list[dict[str, Any]]:
    """One inspection per stop named after an inspection verb: a site, or an enterprise,
    lab or village (whose place is then the trip's destination or the place in view).
    ``starts``: where the whole sentence and where this part of it begin."""
    whole, start = starts
    verb = triggers()["inspection"].search(reading.text, start, end)
    if verb is None:
        return []
    stops: list[tuple[Mention, list[str]]] = [
        (site, [site.name]) for site in reading.within(reading.places, verb.start(), end)
        if site.kind == "site"
    ]
    where = _where(reading, visit, start)
    stops += [(org, where) for org in reading.within(reading.orgs, verb.start(), end)
              if _STOP.search(org.name)]
    found = []
    for stop, places in sorted(stops, key=lambda s: s[0].span.start):
        if ("inspection", stop.name) in seen:
            continue
        seen.add(("inspection", stop.name))
        actors = _actors(reading, whole, stop.span.start)
        if not places:
            actors.append(stop.name)
        found.append(_event("inspection", stop.span, names, actors, places, date))
    return found


def _delegation_origin(doc: Document) -> str | None:
    """Where a delegation comes from: the division its name begins with (广东省党政代表团)."""
    divisions = {p["name"] for p in doc.places if p["kind"] in DIVISIONS}
    for org in doc.organizations:
        if "代表团" in org["name"]:
            for name in divisions:
                if org["name"].startswith(name):
                    return name
    return None


def _actors(reading: Reading, start: int, end: int) -> list[str]:
    """Collective actors in the sentence before the trigger: a delegation named there, or
    代表团 (一行) standing for the one delegation the report names."""
    named = [m.name for m in reading.within(reading.orgs, start, end) if "代表团" in m.name]
    if not named and "代表团" in reading.text[start:end]:
        delegations = {m.name for m in reading.orgs if "代表团" in m.name}
        named = sorted(delegations) if len(delegations) == 1 else []
    return list(dict.fromkeys(named))


def _where(reading: Reading, visit: dict[str, Any] | None, at: int) -> list[str]:
    """Where an event without a stated place happens: the trip's destination, else the
    last division named before it."""
    if visit is not None:
        return list(visit["places"])
    before = [p for p in reading.places if p.kind in DIVISIONS and p.span.start < at]
    return [before[-1].name] if before else []


def _speakers(reading: Reading, start: int, end: int) -> list[tuple[str, Span]]:
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
    """The day a sentence states (当日 and no day: the document's), its year resolved."""
    match = FULL_DATE.search(sentence)
    return (resolve_day(match, date) or date) if match is not None else date


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
