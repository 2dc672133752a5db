"""Ingest: records into the tables, one transaction per batch, idempotently.

A record whose hash is already stored under its id changes nothing. A record
that differs from the stored one replaces it: the document's rows are removed
and written again, persons left without documents are dropped. The costly work
(hashing, the Simplified view, the MinHash signature) is done before the write
lock is taken, so that a second ingest process waits as little as possible.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from yamen.store import copies, identity
from yamen.store.schema import _locked_or
from yamen.store.text import identity_name, simplified

NO_SPAN = -1
# Appended to the indexed text so that every 2-character string in it begins
# some trigram: a 2-character search finds it through the trigram vocabulary.
FTS_SENTINEL = "\n"


@dataclass(slots=True)
class Counts:
    """What an ingest did, document by document."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.added += other.added
        self.replaced += other.replaced
        self.unchanged += other.unchanged
        return self


@dataclass(slots=True)
class _Prepared:
    record: dict[str, Any]
    record_hash: str
    original: str | None
    input_hash: str | None
    fts_title: str
    fts_body: str
    signature: np.ndarray | None
    adcodes: dict[str, str] = field(default_factory=dict)


def record_hash(record: dict[str, Any]) -> str:
    """A digest of the record's whole content: equal records, equal hashes."""
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def fts_values(title: str | None, text: str) -> tuple[str, str]:
    """What the full-text index holds for a document: its Simplified title and text."""
    return simplified(title or "") + FTS_SENTINEL, simplified(text) + FTS_SENTINEL


def prepare(record: dict[str, Any], original: str | None = None,
            input_hash: str | None = None) -> _Prepared:
    """The work that needs no database: done outside the write lock."""
    title, body = fts_values(record.get("title"), record["text"])
    adcodes = {identity_name(p["name"]): p["adcode"]
               for p in record.get("places", []) if p.get("adcode")}
    return _Prepared(
        record=record,
        record_hash=record_hash(record),
        original=original if original is not None and original != record["text"] else None,
        input_hash=input_hash,
        fts_title=title,
        fts_body=body,
        signature=copies.signature(body),
        adcodes=adcodes,
    )


def write_batch(conn: sqlite3.Connection, batch: Iterable[_Prepared]) -> Counts:
    """Store prepared records in one transaction: all of the batch, or none of it."""
    counts = Counts()
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _locked_or(exc, "cannot write") from exc
    try:
        for item in batch:
            _write_one(conn, item, counts)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return counts


def _write_one(conn: sqlite3.Connection, item: _Prepared, counts: Counts) -> None:
    rec = item.record
    row = conn.execute("SELECT doc_key, record_hash, title, text FROM documents WHERE id = ?",
                       (rec["id"],)).fetchone()
    if row and row[1] == item.record_hash:
        counts.unchanged += 1
        return
    values = (
        rec.get("title"), rec.get("date"), rec.get("date_basis"), rec.get("outlet"),
        rec["script"], rec["text"], item.original,
        json.dumps(rec.get("source", {}), ensure_ascii=False),
        json.dumps(rec.get("byline", {}), ensure_ascii=False),
        json.dumps(rec.get("flags", []), ensure_ascii=False),
        len(rec.get("repairs", [])), item.record_hash, item.input_hash,
    )
    if row:
        doc_key = row[0]
        _forget(conn, rec["id"], doc_key, row[2], row[3])
        conn.execute(
            """UPDATE documents SET title=?, date=?, date_basis=?, outlet=?, script=?, text=?,
               original=?, source=?, byline=?, flags=?, repair_count=?, record_hash=?,
               input_hash=?, ingested_at=? WHERE doc_key=?""",
            (*values, _now(), doc_key),
        )
        counts.replaced += 1
    else:
        cur = conn.execute(
            """INSERT INTO documents (title, date, date_basis, outlet, script, text, original,
               source, byline, flags, repair_count, record_hash, input_hash, ingested_at, id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (*values, _now(), rec["id"]),
        )
        doc_key = int(cur.lastrowid or 0)
        counts.added += 1
    conn.execute("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                 (doc_key, item.fts_title, item.fts_body))
    conn.executemany(
        "INSERT INTO repairs VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(rec["id"], seq, r["kind"], r["start"], r["end"], r["removed"], r.get("inserted"))
         for seq, r in enumerate(rec.get("repairs", []))],
    )
    _write_entities(conn, item)
    copies.assign(conn, rec["id"], doc_key, item.signature, rec.get("date"))


def _write_entities(conn: sqlite3.Connection, item: _Prepared) -> None:
    rec, doc = item.record, item.record["id"]
    places: dict[str, int] = {}
    for place in rec.get("places", []):
        place_id = _place_id(conn, place)
        places.setdefault(identity_name(place["name"]), place_id)
        _mentions(conn, "place_mentions", doc, place_id, place.get("mentions", []))
    for org in rec.get("organizations", []):
        conn.execute("INSERT OR IGNORE INTO organizations (name) VALUES (?)",
                     (identity_name(org["name"]),))
        (org_id,) = conn.execute("SELECT id FROM organizations WHERE name = ?",
                                 (identity_name(org["name"]),)).fetchone()
        _mentions(conn, "organization_mentions", doc, org_id, org.get("mentions", []))
    context = {p for p in (identity.province_of(n, item.adcodes) for n in places) if p}
    persons: dict[str, int] = {}
    seq = 0
    for seq, person in enumerate(rec.get("persons", [])):
        name = identity_name(person["name"])
        person_id = _write_person(conn, item, seq, name, person, context)
        persons.setdefault(name, person_id)
    for event_seq, event in enumerate(rec.get("events", [])):
        participants = []
        for raw in event.get("persons", []):
            name = identity_name(raw)
            if name not in persons:  # named in an event but not in the persons list
                seq += 1
                persons[name] = _write_person(conn, item, seq, name, {"name": raw}, context)
            participants.append(persons[name])
        event_places = [places.get(identity_name(n)) or _place_id(conn, {"name": n})
                        for n in event.get("places", [])]
        _write_event(conn, doc, event_seq, event, rec.get("date"), participants, event_places)


def _write_person(conn: sqlite3.Connection, item: _Prepared, seq: int, name: str,
                  person: dict[str, Any], context: set[str]) -> int:
    doc = item.record["id"]
    positions = person.get("positions", [])
    provinces = {p for p in (identity.province_of(_simple(pos.get("jurisdiction")), item.adcodes)
                             for pos in positions if pos.get("status", "current") == "current")
                 if p}
    found = identity.resolve(conn, name, provinces=provinces, date=item.record.get("date"),
                             context_provinces=context)
    conn.execute(
        "INSERT INTO document_persons VALUES (?, ?, ?, ?, ?, ?)",
        (doc, seq, found.person_id, person.get("surface"),
         json.dumps(person.get("roles", []), ensure_ascii=False), found.basis),
    )
    _mentions(conn, "person_mentions", doc, found.person_id, person.get("mentions", []),
              allow_empty=False)
    for pos in positions:
        label = identity_name(pos["label"])
        conn.execute(
            "INSERT OR IGNORE INTO positions (person_id, label, title, org, jurisdiction, province)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (found.person_id, label, _simple(pos.get("title")), _simple(pos.get("org")),
             _simple(pos.get("jurisdiction")),
             identity.province_of(_simple(pos.get("jurisdiction")), item.adcodes)),
        )
        (position_id,) = conn.execute(
            "SELECT id FROM positions WHERE person_id = ? AND label = ?",
            (found.person_id, label)).fetchone()
        start, end = pos.get("evidence") or (NO_SPAN, NO_SPAN)
        conn.execute("INSERT OR IGNORE INTO position_evidence VALUES (?, ?, ?, ?, ?)",
                     (position_id, doc, start, end, pos.get("status", "current")))
    return found.person_id


def _write_event(conn: sqlite3.Connection, doc: str, seq: int, event: dict[str, Any],
                 doc_date: str | None, persons: list[int], places: list[int]) -> None:
    start, end = event.get("evidence") or (None, None)
    cur = conn.execute(
        "INSERT INTO events (document_id, seq, type, cameo, date, origin, evidence_start,"
        " evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (doc, seq, event["type"], event.get("cameo"), event.get("date") or doc_date,
         _simple(event.get("origin")), start, end),
    )
    event_id = cur.lastrowid
    conn.executemany("INSERT OR IGNORE INTO event_persons VALUES (?, ?)",
                     [(event_id, p) for p in persons])
    conn.executemany("INSERT OR IGNORE INTO event_places VALUES (?, ?)",
                     [(event_id, p) for p in places])
    conn.executemany("INSERT OR IGNORE INTO event_actors VALUES (?, ?)",
                     [(event_id, identity_name(a)) for a in event.get("actors", [])])


def _place_id(conn: sqlite3.Connection, place: dict[str, Any]) -> int:
    """One row per place: by name and division code; a place without a code joins the
    one place of its name when there is exactly one."""
    name, adcode = identity_name(place["name"]), place.get("adcode")
    if not adcode:
        known = conn.execute("SELECT id FROM places WHERE name = ? LIMIT 2", (name,)).fetchall()
        if len(known) == 1:
            return int(known[0][0])
    key = f"{name}|{adcode or ''}"
    conn.execute("INSERT OR IGNORE INTO places (key, name, kind, adcode) VALUES (?, ?, ?, ?)",
                 (key, name, place.get("kind"), adcode))
    (place_id,) = conn.execute("SELECT id FROM places WHERE key = ?", (key,)).fetchone()
    return int(place_id)


def _mentions(conn: sqlite3.Connection, table: str, doc: str, entity: int,
              spans: list[list[int]], *, allow_empty: bool = True) -> None:
    rows = [(doc, entity, s, e) for s, e in spans]
    if not rows and allow_empty:
        rows = [(doc, entity, NO_SPAN, NO_SPAN)]  # listed in the record without a span
    if table == "person_mentions":
        rows = [(d, s, e, ent) for d, ent, s, e in rows]
        conn.executemany(
            'INSERT OR IGNORE INTO person_mentions (document_id, start, "end", person_id)'
            " VALUES (?, ?, ?, ?)", rows)
    else:
        conn.executemany(f"INSERT OR IGNORE INTO {table} VALUES (?, ?, ?, ?)", rows)


def _forget(conn: sqlite3.Connection, doc: str, doc_key: int, old_title: str | None,
            old_text: str) -> None:
    """Remove every row a document's previous record wrote, before writing the new one."""
    title, body = fts_values(old_title, old_text)
    conn.execute("INSERT INTO documents_fts (documents_fts, rowid, title, body)"
                 " VALUES ('delete', ?, ?, ?)", (doc_key, title, body))
    copies.forget(conn, doc)
    events = "SELECT id FROM events WHERE document_id = ?"
    touched = {
        "persons": _ids(conn, "SELECT person_id FROM document_persons WHERE document_id = ?", doc),
        "positions": _ids(conn, "SELECT position_id FROM position_evidence WHERE document_id = ?",
                          doc),
        "places": _ids(conn, "SELECT place_id FROM place_mentions WHERE document_id = ? UNION "
                       f"SELECT place_id FROM event_places WHERE event_id IN ({events})",
                       doc, doc),
        "organizations": _ids(conn, "SELECT organization_id FROM organization_mentions "
                              "WHERE document_id = ?", doc),
    }
    for table in ("event_persons", "event_places", "event_actors"):
        conn.execute(f"DELETE FROM {table} WHERE event_id IN ({events})", (doc,))
    for table in ("events", "repairs", "document_persons", "person_mentions",
                  "position_evidence", "place_mentions", "organization_mentions"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc,))
    # Entities only this document spoke of go with it.
    orphans = {
        "positions": "SELECT 1 FROM position_evidence WHERE position_id = ?",
        "persons": "SELECT 1 FROM document_persons WHERE person_id = ?",
        "places": "SELECT 1 FROM place_mentions WHERE place_id = ?1 "
                  "UNION ALL SELECT 1 FROM event_places WHERE place_id = ?1",
        "organizations": "SELECT 1 FROM organization_mentions WHERE organization_id = ?",
    }
    for table, used in orphans.items():
        for entity in touched[table]:
            if conn.execute(used, (entity,)).fetchone() is None:
                conn.execute(f"DELETE FROM {table} WHERE id = ?", (entity,))


def _ids(conn: sqlite3.Connection, sql: str, *params: object) -> list[int]:
    return [row[0] for row in conn.execute(sql, params)]


def _simple(value: str | None) -> str | None:
    return identity_name(value) if value else value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# Documents per write transaction: the write lock is held for about a tenth of a
# second per batch on the CCTV corpus, so a second ingest waits briefly, and a
# crash loses at most one batch of work, never half a document.
BATCH_SIZE = 200


@dataclass(slots=True)
class Report:
    """What ingesting some inputs did: stored documents, and documents that gave no record."""

    counts: Counts = field(default_factory=Counts)
    skipped: int = 0   # not read again: same input, same yamen version, already stored
    errors: int = 0


def input_hash(original: str) -> str:
    """A digest of a document's input and the yamen that read it: unchanged input is skipped."""
    from yamen import __version__

    return hashlib.sha256(f"{__version__}\0{original}".encode()).hexdigest()[:32]


def ingest_paths(conn: sqlite3.Connection, paths: list[str], *, options: Any = None,
                 jobs: int = 1, force: bool = False, stdin: Any = None,
                 batch_size: int = BATCH_SIZE, on_error: Any = None,
                 on_progress: Any = None, names: frozenset[str] = frozenset()) -> Report:
    """Read, extract and store documents from files (as ``yamen extract`` reads them).

    A document already stored from the same input by the same yamen version is
    not extracted again unless ``force``; ``on_error`` receives each
    ``DocumentError``, ``on_progress`` the report after each document; ``names`` is a
    names lexicon (``yamen.entities.known_names``).
    """
    from collections import deque

    from yamen import pipeline
    from yamen.document import Document
    from yamen.errors import DocumentError
    from yamen.inputs import InputReader, ReadOptions

    reader = InputReader(options or ReadOptions())
    report = Report()
    originals: deque[tuple[str | None, str | None]] = deque()

    def fresh_items() -> Any:
        for item in reader.items(paths, stdin=stdin):
            if isinstance(item, Document):
                digest = input_hash(item.original)
                if not force and _stored_input(conn, item.id) == digest:
                    report.skipped += 1
                    if on_progress:
                        on_progress(report)
                    continue
                originals.append((item.original, digest))
            else:
                originals.append((None, None))
            yield item

    batch: list[_Prepared] = []
    for result in pipeline.run(fresh_items(), jobs=jobs, names=names):
        original, digest = originals.popleft()  # results come in input order, one per item
        if isinstance(result, DocumentError):
            report.errors += 1
            if on_error:
                on_error(result)
        else:
            batch.append(prepare(result, original, digest))
            if len(batch) >= batch_size:
                report.counts += write_batch(conn, batch)
                batch = []
        if on_progress:
            on_progress(report)
    if batch:
        report.counts += write_batch(conn, batch)
    return report


def _stored_input(conn: sqlite3.Connection, document_id: str) -> str | None:
    row = conn.execute("SELECT input_hash FROM documents WHERE id = ?", (document_id,)).fetchone()
    return row[0] if row else None
