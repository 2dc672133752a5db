"""The store: records in SQLite, one identity per person, copies grouped, careers and
networks queryable. Only this package opens the database.

>>> from yamen.store import Store
>>> with Store(":memory:") as store:
...     store.ingest([{"id": "a", "text": "新华社北京电", "script": "hans", "repairs": [],
...                    "date": None, "byline": {}, "persons": [], "organizations": [],
...                    "places": [], "events": []}])
...     store.search("新华社")[0]["id"]
Counts(added=1, replaced=0, unchanged=0)
'a'
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from yamen.store import export as _export
from yamen.store import ingest as _ingest
from yamen.store import networks, queries
from yamen.store.ingest import BATCH_SIZE, Counts, Report
from yamen.store.schema import (
    DEFAULT_TIMEOUT_S,
    DatabaseLocked,
    NewerDatabase,
    NotAYamenDatabase,
    StoreError,
    connect,
)

__all__ = [
    "Counts",
    "DatabaseLocked",
    "NewerDatabase",
    "NotAYamenDatabase",
    "Report",
    "Store",
    "StoreError",
]


class Store:
    """A yamen database: ingest records, ask questions, export tables."""

    def __init__(self, path: str | Path = "yamen.db", *,
                 timeout: float = DEFAULT_TIMEOUT_S, create: bool = True) -> None:
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no database at {path} (make one with yamen ingest)")
        self.conn: sqlite3.Connection = connect(path, timeout=timeout)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, records: Iterable[dict[str, Any]], *,
               batch_size: int = BATCH_SIZE) -> Counts:
        """Store records (dicts valid against the schema), one transaction per batch."""
        counts, batch = Counts(), []
        for record in records:
            batch.append(_ingest.prepare(record))
            if len(batch) >= batch_size:
                counts += _ingest.write_batch(self.conn, batch)
                batch = []
        if batch:
            counts += _ingest.write_batch(self.conn, batch)
        return counts

    def ingest_paths(self, paths: list[str], **options: Any) -> Report:
        """Read, extract and store documents from files; see ``ingest.ingest_paths``."""
        return _ingest.ingest_paths(self.conn, paths, **options)

    def person(self, name: str, *, max_events: int | None = queries.MAX_EVENTS
               ) -> list[dict[str, Any]]:
        """Every person of this name (either script): posts over time, events (the latest
        ``max_events``, None for all), co-appearances."""
        return queries.person(self.conn, name, max_events)

    def place(self, name: str) -> list[dict[str, Any]]:
        """Every place of this name: events there, visits to and from it."""
        return queries.place(self.conn, name)

    def search(self, text: str, *, limit: int = queries.SEARCH_LIMIT) -> list[dict[str, Any]]:
        """Documents containing ``text`` in either script."""
        return queries.search(self.conn, text, limit=limit)

    def copies(self) -> list[dict[str, Any]]:
        """Copy groups: ``[{"documents": [ids], "original": id}]``."""
        return queries.copy_groups(self.conn)

    def co_appearances(self) -> list[dict[str, Any]]:
        """Pairs of persons taking part in one event, counted once per report."""
        return networks.co_appearances(self.conn)

    def region_visits(self) -> list[dict[str, Any]]:
        """Dated visits from a jurisdiction to a place, once per report."""
        return networks.region_visits(self.conn)

    def export(self, directory: str | Path, fmt: str) -> list[Path]:
        """Write tables (parquet, csv) or networks (graphml) into ``directory``."""
        return _export.export(self.conn, Path(directory), fmt)
