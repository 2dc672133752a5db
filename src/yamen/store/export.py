"""Exports for pandas, R, Stata and Gephi: one Parquet or CSV file per table, or GraphML networks.

Tables are streamed in chunks, so an export's memory does not grow with the database.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from yamen.store import networks

FORMATS = ("parquet", "csv", "graphml")
# The tables and views a user analyses; the copy-detection index, the full-text
# index and the migrations table are machinery and stay out.
TABLES = (
    "documents", "repairs", "persons", "document_persons", "person_mentions", "positions",
    "position_evidence", "places", "place_mentions", "organizations", "organization_mentions",
    "events", "event_persons", "event_actors", "event_places", "copies",
    "co_appearances", "region_visits",
)
CHUNK_ROWS = 5_000


def export(conn: sqlite3.Connection, directory: Path, fmt: str) -> list[Path]:
    """Write the database in ``fmt`` into ``directory`` (created if need be); the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    directory.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        return _graphml(conn, directory)
    writer = _parquet if fmt == "parquet" else _csv
    return [writer(conn, table, directory / f"{table}.{fmt}") for table in TABLES]


def _chunks(conn: sqlite3.Connection, table: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = conn.execute(f"SELECT * FROM {table}")
    while rows := cursor.fetchmany(CHUNK_ROWS):
        yield rows


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], (row[2] or "").upper()) for row in conn.execute(f"PRAGMA table_info({table})")]


def _csv(conn: sqlite3.Connection, table: str, path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([name for name, _ in _columns(conn, table)])
        for rows in _chunks(conn, table):
            writer.writerows(rows)
    return path


def _parquet(conn: sqlite3.Connection, table: str, path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    chunks = _chunks(conn, table)
    first = next(chunks, [])
    fields = []
    for i, (name, declared) in enumerate(_columns(conn, table)):
        sample = next((row[i] for row in first if row[i] is not None), None)
        fields.append((name, _arrow_type(declared, sample, pa)))
    schema = pa.schema(fields)
    with pq.ParquetWriter(path, schema) as writer:
        for rows in chain([first], chunks) if first else ():
            arrays = [pa.array([row[i] for row in rows], type=field.type)
                      for i, field in enumerate(schema)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
    return path


def _arrow_type(declared: str, sample: object, pa: Any) -> Any:
    """The Arrow type of a column: its declared SQLite type, else (views) its first value's."""
    if "INT" in declared or (not declared and isinstance(sample, int)):
        return pa.int64()
    if "REAL" in declared or "FLOA" in declared or (not declared and isinstance(sample, float)):
        return pa.float64()
    if "BLOB" in declared:
        return pa.binary()
    return pa.string()


def _graphml(conn: sqlite3.Connection, directory: Path) -> list[Path]:
    import networkx as nx

    persons, regions = directory / "persons.graphml", directory / "regions.graphml"
    nx.write_graphml(networks.person_graph(conn), persons)
    nx.write_graphml(networks.region_graph(conn), regions)
    return [persons, regions]
