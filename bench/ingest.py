"""Benchmark: ingest the CCTV 新闻联播 corpus into a yamen database. Prints figures; not a test.

    .venv/bin/python bench/ingest.py [--limit N] [--jobs N] [--db FILE] [--corpus PATH]

One pass, as `yamen ingest` runs: the reader and pipeline extract each record,
the store writes it. The time spent waiting for extraction and the time spent
storing (Simplified view, hashes, MinHash, one transaction per batch) are
clocked apart, so "storing adds X % to extraction alone" comes from the same
run. Memory is reported at 10,000 items and at the end (current and peak
resident set), with the size of the copy-detection index it should grow with.
Then each query is timed on the finished database (best of 3, and the first,
cold, run).
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import sqlite3
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from common import CORPUS, Lines

from yamen import pipeline
from yamen.errors import DocumentError
from yamen.inputs import InputReader, ReadOptions
from yamen.store import Store
from yamen.store.ingest import BATCH_SIZE, Counts, prepare, write_batch

CHECKPOINTS = (10_000,)
QUERY_RUNS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N items (default all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--db", type=Path, default=None, help="default: a temporary file")
    args = parser.parse_args()
    workdir = tempfile.TemporaryDirectory()
    db = args.db or Path(workdir.name) / "bench.db"
    if db.exists():
        raise SystemExit(f"{db} exists: the benchmark wants a fresh database")

    store = Store(db)
    extract_s = store_s = 0.0
    counts, errors, seen, batch = Counts(), 0, 0, []
    memory: list[tuple[int, float, float, int]] = []
    with gzip.open(args.corpus, "rb") as src:
        items = InputReader(ReadOptions(format="jsonl")).items(
            ["-"], stdin=Lines(islice(src, args.limit)))  # type: ignore[arg-type]
        results = pipeline.run(items, jobs=args.jobs)
        started = time.perf_counter()
        while True:
            tick = time.perf_counter()
            result = next(results, None)
            extract_s += time.perf_counter() - tick
            if result is None:
                break
            seen += 1
            tick = time.perf_counter()
            if isinstance(result, DocumentError):
                errors += 1
            else:
                batch.append(prepare(result))
                if len(batch) >= BATCH_SIZE:
                    counts += write_batch(store.conn, batch)
                    batch = []
            store_s += time.perf_counter() - tick
            if seen in CHECKPOINTS:
                memory.append((seen, _rss_mb(), _peak_mb(), _index_bytes(store.conn)))
        tick = time.perf_counter()
        if batch:
            counts += write_batch(store.conn, batch)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store_s += time.perf_counter() - tick
    elapsed = time.perf_counter() - started
    memory.append((seen, _rss_mb(), _peak_mb(), _index_bytes(store.conn)))

    conn = store.conn
    print(f"corpus: {args.corpus.name}, first {seen} items, jobs={args.jobs}")
    print(f"documents: {seen} ({counts.added} stored, {errors} gave no record)")
    print(f"time: {elapsed:.1f} s in all; extraction {extract_s:.1f} s, storing {store_s:.1f} s "
          f"(+{100 * store_s / extract_s:.1f} % over extraction alone)")
    print(f"throughput: {seen / elapsed:,.1f} documents/s ingested; storing alone "
          f"{seen / store_s:,.0f} documents/s ({1000 * store_s / max(seen, 1):.2f} ms each)")
    print(f"database: {_size_mb(db):.1f} MB ({db})")
    for table in ("documents", "persons", "positions", "person_mentions", "places", "events",
                  "copies"):
        print(f"  {table}: {conn.execute(f'SELECT count(*) FROM {table}').fetchone()[0]:,} rows")
    print(f"  copy groups: {len(store.copies()):,}")
    for items_done, rss, peak, index in memory:
        print(f"memory at {items_done:,} items: {rss:.0f} MB resident, {peak:.0f} MB peak; "
              f"copy-detection index {index / 2**20:.1f} MB on disk")
    print("queries (first run / best of 3):")
    for label, query in _queries(store):
        first, best, size = _time(query)
        print(f"  {label}: {1000 * first:.1f} ms / {1000 * best:.1f} ms ({size} results)")
    store.close()
    workdir.cleanup()


def _queries(store: Store) -> list[tuple[str, Callable[[], list[Any]]]]:
    conn = store.conn
    top_person = conn.execute(
        "SELECT p.name FROM document_persons dp JOIN persons p ON p.id = dp.person_id "
        "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    top_place = conn.execute(
        "SELECT pl.name FROM place_mentions pm JOIN places pl ON pl.id = pm.place_id "
        "GROUP BY pl.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    chosen: list[tuple[str, Callable[[], list[Any]]]] = []
    for name in ["黄坤明", "王旭", *(top_person or [])]:
        chosen.append((f"person {name}", lambda n=name: store.person(n)))
    for name in ["天津市", "广东省", *(top_place or [])]:
        chosen.append((f"place {name}", lambda n=name: store.place(n)))
    for text in ["粤港澳大湾区", "习近平", "座谈交流", "王旭", "发展", "黄坤明", "京"]:
        chosen.append((f"search {text}", lambda t=text: store.search(t)))
    chosen.append(("copies", store.copies))
    return chosen


def _time(query: Callable[[], list[Any]]) -> tuple[float, float, int]:
    runs = []
    for _ in range(QUERY_RUNS):
        tick = time.perf_counter()
        answer = query()
        runs.append(time.perf_counter() - tick)
    return runs[0], min(runs), len(answer)


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _index_bytes(conn: sqlite3.Connection) -> int:
    try:
        (size,) = conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name IN "
            "('minhashes', 'lsh_buckets', 'lsh_buckets_document', "
            "'sqlite_autoindex_minhashes_1')").fetchone()
        return int(size or 0)
    except sqlite3.OperationalError:  # SQLite built without dbstat
        return 0


def _size_mb(db: Path) -> float:
    return sum(os.path.getsize(p) for p in (db, Path(f"{db}-wal")) if p.exists()) / 2**20


if __name__ == "__main__":
    main()
