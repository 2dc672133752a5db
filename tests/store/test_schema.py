import sqlite3

import pytest

from yamen.store import DatabaseLocked, NewerDatabase, NotAYamenDatabase, Store, StoreError
from yamen.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def test_a_new_database_has_every_named_migration(tmp_path):
    path = tmp_path / "y.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [n for (n,) in conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "persons", "positions", "person_mentions", "places", "organizations",
            "events", "event_persons", "copies", "repairs"} <= tables


def test_reopening_changes_nothing(tmp_path):
    path = tmp_path / "y.db"
    Store(path).close()
    before = path.read_bytes()
    Store(path).close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM migrations").fetchone()[0] == len(
        MIGRATIONS)
    assert len(path.read_bytes()) == len(before)


def test_a_database_of_another_tool_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE cats (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAYamenDatabase, match="not a yamen database"):
        Store(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("黄坤明\n", encoding="utf-8")
    with pytest.raises(NotAYamenDatabase, match="not an SQLite file"):
        Store(path)
    assert path.read_text(encoding="utf-8") == "黄坤明\n"


def test_a_database_from_a_newer_yamen_is_refused(tmp_path):
    path = tmp_path / "y.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerDatabase, match="newer yamen"):
        Store(path)


def test_a_database_locked_by_another_writer_is_refused_unchanged(tmp_path, cctv_record):
    path = tmp_path / "y.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with (pytest.raises(DatabaseLocked, match="locked by another writer"),
              Store(path, timeout=0.2) as store):
            store.ingest([cctv_record])
    finally:
        holder.execute("ROLLBACK")
    assert holder.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_an_unlocked_database_created_by_the_lock_test_path(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError, match="no such directory"):
        Store(tmp_path / "nowhere" / "y.db")
