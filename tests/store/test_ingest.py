import multiprocessing
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.conftest import make_record, person, place, position, seed_record
from yamen.store import Store

TEXTS = [
    "新华社天津6月25日电 天津市委书记陈敏尔主持召开市委常委会会议。",
    "央视网消息：国务院总理李强会见越南总理范明政。",
    "廣州日報訊 省長王偉中到廣州市調研。",
    "人民日报北京6月26日电 中央政治局常委、国务院总理李强出席夏季达沃斯论坛。",
]


def _pool(seed_text, seed_simplified, cctv_record):
    pool = [seed_record("seed-hant", seed_text, flags=["spam_copy"]),
            seed_record("seed-hans", seed_simplified), cctv_record]
    for i, text in enumerate(TEXTS):
        persons = [person(text, n) for n in ("陈敏尔", "李强", "王伟中") if n in text or
                   n in text.replace("偉", "伟")]
        pool.append(make_record(f"doc-{i}", text, date=f"2024-06-2{i}", persons=persons,
                                places=[place(text, "天津市", "province")] if "天津" in text
                                else []))
    return pool


def snapshot(store):
    conn = store.conn
    tables = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_reingest_is_a_no_op(data, seed_text, seed_simplified, cctv_record):
    pool = _pool(seed_text, seed_simplified, cctv_record)
    chosen = data.draw(st.lists(st.sampled_from(pool), max_size=len(pool)))
    again = data.draw(st.permutations(chosen))
    with Store(":memory:") as store:
        store.ingest(chosen, batch_size=data.draw(st.integers(1, 4)))
        before = snapshot(store)
        counts = store.ingest(again)
        assert snapshot(store) == before
        assert counts.added == counts.replaced == 0
        stored = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert stored == len({r["id"] for r in chosen})


def test_a_changed_record_replaces_the_old_one_and_its_orphans(store, cctv_record):
    store.ingest([cctv_record])
    changed = dict(cctv_record, persons=[], events=[])
    counts = store.ingest([changed])
    assert counts.replaced == 1
    assert store.person("黄坤明") == []
    assert store.conn.execute("SELECT count(*) FROM positions").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    store.ingest([cctv_record])  # and back again
    [huang] = store.person("黄坤明")
    assert huang["positions"][0]["documents"] == ["20240710-01"]
    assert store.search("前海深港")[0]["id"] == "20240710-01"


def test_foreign_keys_hold_after_ingest(store, seed_records, cctv_record):
    store.ingest([*seed_records, cctv_record])
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_ingest_paths_stores_the_original_and_skips_unchanged_input(tmp_path, fixtures):
    with Store(tmp_path / "y.db") as store:
        report = store.ingest_paths([str(fixtures / "seed_guangzhou_daily.txt"),
                                     str(fixtures / "xwlb_sample.jsonl")])
        assert report.counts.added == 5 and report.errors == 1  # one CCTV item is empty
        original, text = store.conn.execute(
            "SELECT original, text FROM documents WHERE script = 'hant'").fetchone()
        # the seed had 95 glosses removed: its input as read, before repair, is kept
        assert original.startswith("廣州日報訊") and "發(fā)展" in original
        assert "發(fā)展" not in text
        (cctv_original,) = store.conn.execute(
            "SELECT original FROM documents WHERE id = '20120702-02'").fetchone()
        assert cctv_original is None  # nothing repaired: no second copy of the text
        again = store.ingest_paths([str(fixtures / "xwlb_sample.jsonl")])
        assert again.skipped == 4 and again.counts.added == 0
        forced = store.ingest_paths([str(fixtures / "xwlb_sample.jsonl")], force=True)
        assert forced.counts.unchanged == 4


def _records(n):
    out = []
    for i in range(n):
        text = (f"新华社天津电 第{i}号报道：天津市委书记陈敏尔在滨海新区调研第{i}个项目，"
                f"天津市领导王旭参加有关活动。") + "调研" * (i % 7)
        chen = person(text, "陈敏尔", [position(text, "天津市委书记", "书记", "天津市委", "天津市",
                                                 "天津市委书记")])
        out.append(make_record(f"c{i:03d}", text, date="2024-06-24",
                               persons=[chen, person(text, "王旭")],
                               places=[place(text, "天津市", "province")]))
    return out


def _ingest_in(path, records):
    with Store(path) as store:
        for record in records:  # one transaction each, so the two writers interleave
            store.ingest([record])


def test_two_concurrent_ingests_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"
    records = _records(60)
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_ingest_in, args=(path, records[:40])),
               ctx.Process(target=_ingest_in, args=(path, records[20:]))]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert [w.exitcode for w in workers] == [0, 0]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 60
    assert conn.execute("SELECT count(*) FROM persons WHERE name = '陈敏尔'").fetchone()[0] == 1
    (cites,) = conn.execute("SELECT count(DISTINCT document_id) FROM position_evidence").fetchone()
    assert cites == 60


@pytest.mark.parametrize("batch_size", [1, 200])
def test_a_failing_batch_leaves_nothing_half_written(store, cctv_record, batch_size):
    broken = dict(cctv_record, id="broken", persons=[{"name": "某人", "positions": [],
                                                      "mentions": [[1, 2, 3]]}])
    with pytest.raises(ValueError):
        store.ingest([cctv_record, broken], batch_size=batch_size)
    stored = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored == (1 if batch_size == 1 else 0)
    assert store.conn.execute("SELECT count(*) FROM documents WHERE id='broken'").fetchone()[0] == 0
