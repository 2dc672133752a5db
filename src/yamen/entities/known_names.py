"""Names known across documents: an explicit lexicon a user builds from a corpus.

A record depends only on its own text and on what the user passes in. Within a
document, a name once read after a title is known in the rest of it (``persons``);
across documents the only memory is a names lexicon, built by ``yamen lexicon`` from
records of an earlier run (every person read with a post in at least N documents) and
passed to ``yamen extract --lexicon``. With it, a known name is read whole where the
model cuts it (王伟 in 王伟中陪同) and found where the model missed it, provided the
occurrence starts and ends on the model's word boundaries (王伟中 is not read in
王伟|中国) and no place is written there.

File format (UTF-8, tab-separated, ``#`` comments): ``name``, ``documents`` (how
many documents gave the name a post), ``posts`` (labels seen, ``|``-separated).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from yamen.document import Span, mark
from yamen.entities.ner import Entity
from yamen.entities.persons import Person
from yamen.lexicon import MIN_NAME

HEADER = "name\tdocuments\tposts"
# Transliterated names run long (穆罕默德·本·扎耶德·阿勒纳哈扬): only absurd lengths are refused.
MAX_LEXICON_NAME = 40


class LexiconError(ValueError):
    """A names lexicon file that cannot be read."""


def load(path: str | Path) -> frozenset[str]:
    """The names of a lexicon file written by :func:`write`."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"cannot read names lexicon {path}: {exc}") from exc
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    if not rows or rows[0] != HEADER:
        raise LexiconError(f"{path} is not a yamen names lexicon (its first line must be "
                           f"{HEADER!r}; build one with `yamen lexicon`)")
    names = set()
    for number, line in enumerate(rows[1:], start=2):
        name = line.split("\t", 1)[0].strip()
        if not MIN_NAME <= len(name) <= MAX_LEXICON_NAME:
            raise LexiconError(f"{path}: line {number}: {name!r} is not a name")
        names.add(name)
    return frozenset(names)


def build(records: Iterable[dict[str, Any]], min_documents: int = 2) -> list[tuple[str, int, str]]:
    """(name, documents, posts) for every person read with a post in ``min_documents``
    documents or more, most frequent first."""
    documents: Counter[str] = Counter()
    posts: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        for person in record.get("persons", []):
            labels = [p["label"] for p in person.get("positions", [])]
            if labels:
                documents[person["name"]] += 1
                posts[person["name"]].update(labels)
    return [
        (name, count, "|".join(label for label, _ in posts[name].most_common(5)))
        for name, count in documents.most_common()
        if count >= min_documents
    ]


def write(rows: Iterable[tuple[str, int, str]], out: IO[str]) -> None:
    out.write("# yamen names lexicon: persons read with a post; built by `yamen lexicon`\n")
    out.write(HEADER + "\n")
    for name, count, labels in rows:
        out.write(f"{name}\t{count}\t{labels}\n")


def add_known(
    view: str, persons: list[Person], known: frozenset[str], entities: Sequence[Entity],
    places: list[dict[str, Any]],
) -> list[Person]:
    """``persons`` with the known names' occurrences added or lengthened."""
    if not known:
        return persons
    starts = {e.start for e in entities}
    ends = {e.end for e in entities}
    blocked = mark(bytearray(len(view)), (tuple(m) for p in places for m in p["mentions"]))
    owner: dict[int, Person] = {}
    for person in persons:
        for span in person.spans:
            for i in range(span.start, span.end):
                owner[i] = person
    by_name = {person.name: person for person in persons}
    lengths = sorted({len(name) for name in known}, reverse=True)
    i = 0
    while i < len(view):
        found = next((n for n in lengths if view[i:i + n] in known), None)
        if found is None:
            i += 1
            continue
        span = Span(i, i + found)
        on_words = span.start in starts and span.end in ends  # not 王伟中 in 王伟|中国
        if on_words and not any(blocked[span.start:span.end]):
            _take(view, span, owner, by_name, persons)
        i += found
    return [p for p in persons if p.spans]




def _take(
    view: str, span: Span, owner: dict[int, Person], by_name: dict[str, Person],
    persons: list[Person],
) -> None:
    name = view[span.start:span.end]
    inside = {id(p): p for i in range(span.start, span.end) if (p := owner.get(i))}
    for other in inside.values():  # first check, then change: all or nothing
        crossing = [s for s in other.spans if s.start < span.end and span.start < s.end]
        if other.name == name or any(s.start < span.start or s.end > span.end for s in crossing):
            return  # read there already, or a longer name is
    for other in inside.values():
        other.spans = [s for s in other.spans if not (span.start <= s.start and s.end <= span.end)]
    person = by_name.get(name)
    if person is None:
        person = by_name[name] = Person(name)
        persons.append(person)
    for other in inside.values():
        if not other.spans:  # the titles that anchored the cut-short name are the whole name's
            held = {t.label for t in person.titles}
            person.titles += [t for t in other.titles if t.label not in held]
    person.spans = sorted([*person.spans, span], key=lambda s: s.start)
    for i in range(span.start, span.end):
        owner[i] = person
