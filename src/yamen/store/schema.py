"""The database file: opening it safely, and the named migrations that build its tables.

A yamen database is a plain SQLite file (WAL journal) that datasette, pandas or
any SQL tool opens unchanged. It is recognised by ``PRAGMA application_id``;
``PRAGMA user_version`` counts the migrations applied, and the ``migrations``
table names them. A file that is not ours, or that a newer yamen wrote, is
refused before anything is changed.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

# "YAMN" in ASCII: marks the file as a yamen database (PRAGMA application_id).
APPLICATION_ID = 0x59414D4E
# How long a writer waits for another writer's transaction (one batch, well under
# a second on the CCTV corpus) before giving up with DatabaseLocked.
DEFAULT_TIMEOUT_S = 30.0


class StoreError(Exception):
    """A database yamen cannot use; the message says why in one line."""


class NotAYamenDatabase(StoreError):
    pass


class NewerDatabase(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


INITIAL = """
CREATE TABLE documents (
    doc_key INTEGER PRIMARY KEY,           -- stable rowid: the full-text index points here
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    date TEXT,
    date_basis TEXT,
    outlet TEXT,
    script TEXT NOT NULL,
    text TEXT NOT NULL,                    -- the clean text; all spans point into it
    original TEXT,                         -- the input before repair; NULL when equal to text
    source TEXT,                           -- JSON object
    byline TEXT,                           -- JSON object
    flags TEXT NOT NULL DEFAULT '[]',      -- JSON list
    repair_count INTEGER NOT NULL DEFAULT 0,
    record_hash TEXT NOT NULL,             -- unchanged hash: re-ingest is a no-op
    input_hash TEXT,                       -- hash of the original input and yamen version
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE repairs (
    document_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,                -- offsets in the ORIGINAL input
    "end" INTEGER NOT NULL,
    removed TEXT NOT NULL,
    inserted TEXT,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                    -- Simplified: the identity script
    kept_apart TEXT                        -- why this is not the earlier person of this name
);
CREATE INDEX persons_name ON persons(name);

CREATE TABLE document_persons (
    document_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,                  -- position in the record's persons list
    person_id INTEGER NOT NULL REFERENCES persons(id),
    surface TEXT,
    roles TEXT NOT NULL DEFAULT '[]',      -- JSON list
    basis TEXT NOT NULL,                   -- how the name was resolved to the person
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX document_persons_person ON document_persons(person_id);

CREATE TABLE person_mentions (
    document_id TEXT NOT NULL REFERENCES documents(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (document_id, start, "end", person_id)
);
CREATE INDEX person_mentions_person ON person_mentions(person_id);

CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    label TEXT NOT NULL,
    title TEXT,
    org TEXT,
    jurisdiction TEXT,
    province TEXT,                         -- 2-digit division code of the jurisdiction
    UNIQUE (person_id, label)
);

CREATE TABLE position_evidence (
    position_id INTEGER NOT NULL REFERENCES positions(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL DEFAULT -1,     -- -1: the record gave no evidence span
    "end" INTEGER NOT NULL DEFAULT -1,
    status TEXT NOT NULL DEFAULT 'current',
    PRIMARY KEY (position_id, document_id, start)
);
CREATE INDEX position_evidence_document ON position_evidence(document_id);

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,              -- name|adcode: two 朝阳区 are two places
    name TEXT NOT NULL,
    kind TEXT,
    adcode TEXT
);
CREATE INDEX places_name ON places(name);

CREATE TABLE place_mentions (
    document_id TEXT NOT NULL REFERENCES documents(id),
    place_id INTEGER NOT NULL REFERENCES places(id),
    start INTEGER NOT NULL DEFAULT -1,     -- -1: listed in the record without a mention span
    "end" INTEGER NOT NULL DEFAULT -1,
    PRIMARY KEY (document_id, place_id, start)
);
CREATE INDEX place_mentions_place ON place_mentions(place_id);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE organization_mentions (
    document_id TEXT NOT NULL REFERENCES documents(id),
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    start INTEGER NOT NULL DEFAULT -1,
    "end" INTEGER NOT NULL DEFAULT -1,
    PRIMARY KEY (document_id, organization_id, start)
);
CREATE INDEX organization_mentions_organization ON organization_mentions(organization_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,                  -- position in the record's events list
    type TEXT NOT NULL,
    cameo TEXT,
    date TEXT,                             -- the event's own date, else the document's
    origin TEXT,                           -- for a visit: the visitors' jurisdiction
    evidence_start INTEGER,
    evidence_end INTEGER,
    UNIQUE (document_id, seq)
);
CREATE INDEX events_origin ON events(origin);

CREATE TABLE event_persons (
    event_id INTEGER NOT NULL REFERENCES events(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_persons_person ON event_persons(person_id);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id),
    actor TEXT NOT NULL,
    PRIMARY KEY (event_id, actor)
);

CREATE TABLE event_places (
    event_id INTEGER NOT NULL REFERENCES events(id),
    place_id INTEGER NOT NULL REFERENCES places(id),
    PRIMARY KEY (event_id, place_id)
);
CREATE INDEX event_places_place ON event_places(place_id);

CREATE TABLE copies (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    group_id INTEGER NOT NULL,             -- the doc_key of the group's first member
    original_id TEXT NOT NULL REFERENCES documents(id),  -- its cleanest member
    similarity REAL                        -- estimated Jaccard with its nearest member
);
CREATE INDEX copies_group ON copies(group_id);

-- Copy detection: MinHash signatures, and LSH buckets kept on disk so that
-- memory does not grow with the corpus.
CREATE TABLE minhashes (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    signature BLOB NOT NULL
);
CREATE TABLE lsh_buckets (
    bucket INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (bucket, document_id)
) WITHOUT ROWID;
CREATE INDEX lsh_buckets_document ON lsh_buckets(document_id);

-- Full-text search over the Simplified view of title and text (both scripts meet).
-- Contentless: the text is stored once, in documents; rowid = documents.doc_key.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize='trigram', content='');
CREATE VIRTUAL TABLE documents_fts_terms USING fts5vocab(documents_fts, 'row');
"""

# Networks as views, so that datasette and pandas users see them as tables. A
# report carried by several copies counts once: its copy group stands for it.
NETWORK_VIEWS = """
CREATE VIEW reports AS
    SELECT d.id AS document_id, coalesce(c.original_id, d.id) AS report_id
    FROM documents d LEFT JOIN copies c ON c.document_id = d.id;

CREATE VIEW co_appearances AS
    SELECT a.person_id AS person_a, b.person_id AS person_b,
           count(DISTINCT r.report_id) AS reports, count(DISTINCT e.id) AS events,
           min(e.date) AS first_date, max(e.date) AS last_date
    FROM event_persons a
    JOIN event_persons b ON a.event_id = b.event_id AND a.person_id < b.person_id
    JOIN events e ON e.id = a.event_id
    JOIN reports r ON r.document_id = e.document_id
    GROUP BY a.person_id, b.person_id;

CREATE VIEW region_visits AS
    SELECT e.origin AS origin, p.name AS destination, e.date AS date,
           e.id AS event_id, e.document_id AS document_id, r.report_id AS report_id
    FROM events e
    JOIN event_places ep ON ep.event_id = e.id
    JOIN places p ON p.id = ep.place_id
    JOIN reports r ON r.document_id = e.document_id
    WHERE e.type = 'visit' AND e.origin IS NOT NULL AND p.name <> e.origin;
"""

# Applied in order, each once; the list only ever grows (a released name never changes).
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial_tables", INITIAL),
    ("0002_network_views", NETWORK_VIEWS),
]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: str | Path, *, timeout: float = DEFAULT_TIMEOUT_S) -> sqlite3.Connection:
    """Open (creating if need be) a yamen database, migrated to this version; refuse others."""
    location = str(path)
    in_memory = location == ":memory:"
    if not in_memory:
        _check_file(Path(location))
    try:
        conn = sqlite3.connect(location, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot open {location}: {exc}") from exc
    try:
        _check_identity(conn, location)  # before WAL is switched on: a refused file stays as it was
        _configure(conn, in_memory, timeout)
        migrate(conn, location)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise NotAYamenDatabase(f"{path} is a directory, not a yamen database")
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise NotAYamenDatabase(f"{path} is not a yamen database (not an SQLite file)")
    elif not path.parent.exists():
        raise StoreError(f"cannot create {path}: no such directory {path.parent}")


def _configure(conn: sqlite3.Connection, in_memory: bool, timeout: float) -> None:
    try:
        if not in_memory:
            _switch_to_wal(conn, timeout)
        conn.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed batch
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.OperationalError as exc:
        raise _locked_or(exc, "cannot open the database") from exc
    except sqlite3.DatabaseError as exc:
        raise NotAYamenDatabase(f"not a yamen database: {exc}") from exc


def _switch_to_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Reading the mode is harmless; switching to WAL needs a moment's exclusive lock, and
    SQLite answers "locked" at once (without waiting) while another process opens the same
    new file. So try again, briefly, until ``timeout``; a file still busy then says so here,
    before anything is written."""
    deadline = time.monotonic() + timeout
    pause = _FIRST_PAUSE_S
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, _LONGEST_PAUSE_S)


_FIRST_PAUSE_S, _LONGEST_PAUSE_S = 0.01, 0.25


def migrate(conn: sqlite3.Connection, location: str = "the database") -> int:
    """Apply the migrations this database lacks, each in its own transaction; return the version."""
    version = _check_identity(conn, location)
    while version < SCHEMA_VERSION:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _locked_or(exc, "cannot migrate the database") from exc
        try:
            # Another process may have migrated while we waited for the lock.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                if version == 0:
                    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
                name, sql = MIGRATIONS[version]
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO migrations VALUES (?, datetime('now'))", (name,))
                version += 1
                conn.execute(f"PRAGMA user_version={version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version


def _check_identity(conn: sqlite3.Connection, location: str) -> int:
    """The schema version of a yamen database; raise for any other file."""
    version, app_id, tables = _identity(conn)
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise NotAYamenDatabase(
            f"{location} is not a yamen database (it holds other tables); nothing was changed"
        )
    if version > SCHEMA_VERSION:
        raise NewerDatabase(
            f"{location} was written by a newer yamen (schema {version}, this yamen knows "
            f"{SCHEMA_VERSION}); upgrade yamen to use it"
        )
    return version


def _identity(conn: sqlite3.Connection) -> tuple[int, int, int]:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise _locked_or(exc, "cannot read the database") from exc
    except sqlite3.DatabaseError as exc:
        raise NotAYamenDatabase(f"not a yamen database: {exc}") from exc
    return version, app_id, tables


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]


def _locked_or(exc: sqlite3.OperationalError, what: str) -> StoreError:
    if "locked" in str(exc) or "busy" in str(exc):
        return DatabaseLocked(
            f"{what}: the database is locked by another writer; nothing was changed"
        )
    return StoreError(f"{what}: {exc}")
