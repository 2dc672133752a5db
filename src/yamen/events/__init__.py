"""The events stage: visits, inspections, meetings, speeches, agreements, appointments.

``find`` reads a document's events sentence by sentence, ``visits`` decides what is a
trip and where it comes from, ``reading`` holds what the entity stage found.
"""

from __future__ import annotations

from yamen.document import Document
from yamen.events.find import find_events
from yamen.events.reading import triggers

__all__ = ["events", "find_events", "triggers"]


def events(doc: Document) -> Document:
    """Fill the record's events and the roles they give persons (speaker, host, visitor)."""
    doc.events = find_events(doc)
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
    return doc
