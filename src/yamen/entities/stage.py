"""The entities stage: persons with positions, places, organisations and the date, as records."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from yamen.document import Document, Span
from yamen.entities import ner
from yamen.entities.dates import resolve_date
from yamen.entities.known_names import add_known
from yamen.entities.orgs import find_organizations
from yamen.entities.persons import Person, find_persons
from yamen.entities.places import find_places
from yamen.entities.positions import find_chains, resolve
from yamen.structure import home_of

DIVISION_KINDS = frozenset({"province", "prefecture", "county"})


def prepare_entities(docs: list[Document]) -> None:
    """Tag the sentences of a batch of documents together (speed only; see ``ner``)."""
    ner.prefetch(doc.simplified for doc in docs)


def tag_entities(docs: list[Document]) -> Callable[[], None]:
    """``prepare_entities`` in two halves: the model's work, safe to run in another
    thread, and what then makes its tags seen (to call in the thread running the stage)."""
    tags = ner.tagged(doc.simplified for doc in docs)
    return partial(ner.remember, tags)


def entities(doc: Document) -> Document:
    """Fill persons (after the byline people), places, organisations, date and date basis."""
    view = doc.simplified
    found = ner.tokens(view)
    doc.places = find_places(doc.text, view, found)
    division_mentions = sorted(
        (start, place["name"])
        for place in doc.places
        if place["kind"] in DIVISION_KINDS
        for start, _ in place["mentions"]
    )
    chains = find_chains(view, found)
    resolve(chains, home_of(doc.outlet), division_mentions)
    byline_spans = {tuple(m) for p in doc.persons for m in p["mentions"]}
    persons = add_known(view, find_persons(view, found, chains), doc.known_names, found,
                        doc.places)
    for person in persons:
        record = _person_record(doc, person, byline_spans)
        if record is not None:
            doc.persons.append(record)
    held = [title for person in persons for title in person.titles]
    names = frozenset(person.name for person in persons)
    doc.organizations = find_organizations(
        view, found, chains, held, doc.outlet, doc.places, names
    )
    doc.date, doc.date_basis = resolve_date(view, doc.meta_date)
    return doc


def _person_record(
    doc: Document, person: Person, byline: set[tuple[int, ...]]
) -> dict[str, Any] | None:
    spans = [s for s in person.spans if (s.start, s.end) not in byline]
    if not spans:
        return None  # a byline person only: already in persons as reporter or editor
    first: Span = spans[0]
    return {
        "name": person.name,
        "surface": doc.text[first.start:first.end],
        "positions": [title.position() for title in person.titles],
        "roles": [],  # the events stage says who speaks, hosts, visits
        "mentions": [s.as_list() for s in spans],
    }
