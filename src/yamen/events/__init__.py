"""The events stage: visits, inspections, meetings, speeches, agreements, appointments.

``find`` reads a document's events sentence by sentence, ``visits`` decides what is a
trip and where it comes from, ``reading`` holds what the entity stage found.
"""

from __future__ import annotations

from typing import Any

from yamen.document import Document
from yamen.events.find import find_events
from yamen.events.reading import Reading, read, triggers

__all__ = ["events", "find_events", "triggers"]


def events(doc: Document) -> Document:
    """Fill the record's events and the roles they give persons (speaker, host, visitor)."""
    reading = read(doc)
    doc.events = find_events(doc, reading)
    by_name = {p["name"]: p for p in doc.persons}
    for event in doc.events:
        for name in event["persons"]:
            person = by_name.get(name)
            if person is None:
                continue
            role = _role(event, reading.seats.get(name, set()), reading)
            if role not in person["roles"]:
                person["roles"].append(role)
    return doc


def _role(event: dict[str, Any], seats: set[str], reading: Reading) -> str:
    """speaker; visitor or host of a visit by where the person's posts sit (a 广东省委书记
    hosts a visit to 深圳市); else participant."""
    if event["type"] == "speech":
        return "speaker"
    if event["type"] == "visit":
        if event.get("origin") in seats:
            return "visitor"
        if any(reading.inside(place, seat) for place in event["places"] for seat in seats):
            return "host"
    return "participant"
