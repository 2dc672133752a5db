import opencc

import yamen
from tests.store.conftest import CCTV_TEXT, make_record, person, place, position


def test_two_copies_positions_merge_into_one_person_citing_both(store, seed_records, cctv_record):
    store.ingest([*seed_records, cctv_record])
    [huang] = store.person("黄坤明")
    [secretary] = [p for p in huang["positions"] if p["label"] == "广东省委书记"]
    assert set(secretary["documents"]) == {"seed-hant", "seed-hans", "20240710-01"}
    assert (secretary["first_seen"], secretary["last_seen"]) == ("2024-06-24", "2024-07-10")
    assert {c["name"]: c["count"] for c in huang["co_appearances"]}["陈敏尔"] == 1  # copies count once


def test_a_traditional_name_and_surface_are_one_person(store, seed_records):
    store.ingest(seed_records)
    assert store.person("黃坤明") == store.person("黄坤明")
    surfaces = {s for (s,) in store.conn.execute(
        "SELECT surface FROM document_persons dp JOIN persons p ON p.id = dp.person_id "
        "WHERE p.name = '黄坤明'")}
    assert surfaces == {"黃坤明", "黄坤明"}


def test_a_person_record_written_in_traditional_still_meets(store, seed_records):
    rec = seed_records[0]
    traditional = dict(rec, id="trad-name", persons=[dict(rec["persons"][0], name="黃坤明")])
    store.ingest([seed_records[1], traditional])
    [huang] = store.person("黄坤明")
    assert huang["documents"] == 2


def _wang_xu(doc_id, date, label, jurisdiction, words, extra=""):
    text = f"新华社电 {extra}{words}王旭出席会议。"
    title = label.removeprefix(jurisdiction.removesuffix("省").removesuffix("市"))
    wang = person(text, "王旭", [position(text, label, title, None, jurisdiction, words)])
    return make_record(doc_id, text, date=date, persons=[wang],
                       places=[place(text, jurisdiction, "province")] if jurisdiction in text
                       else [])


def test_same_name_with_posts_in_two_provinces_in_one_week_are_kept_apart(store):
    tianjin = _wang_xu("a", "2024-06-24", "天津市副市长", "天津市", "天津市副市长")
    jiangsu = _wang_xu("b", "2024-06-26", "江苏省委常委", "江苏省", "江苏省委常委")
    later = _wang_xu("c", "2024-09-01", "天津市副市长", "天津市", "天津市副市长")
    store.ingest([tianjin, jiangsu, later])
    people = store.person("王旭")
    assert len(people) == 2
    assert "kept_apart" in people[1] and "within 7 days" in people[1]["kept_apart"]
    by_post = {p["positions"][0]["label"]: p for p in people}
    assert by_post["天津市副市长"]["positions"][0]["documents"] == ["a", "c"]


def test_a_move_between_provinces_keeps_one_career(store):
    chongqing = _wang_xu("a", "2022-11-01", "重庆市委书记", "重庆市", "重庆市委书记")
    tianjin = _wang_xu("b", "2022-12-20", "天津市委书记", "天津市", "天津市委书记")
    store.ingest([chongqing, tianjin])
    [one] = store.person("王旭")
    assert [p["label"] for p in one["positions"]] == ["重庆市委书记", "天津市委书记"]


def test_nested_jurisdictions_are_one_province(store):
    province = _wang_xu("a", "2024-06-24", "广东省委副书记", "广东省", "广东省委副书记")
    city = _wang_xu("b", "2024-06-25", "深圳市委书记", "深圳市", "深圳市委书记")
    store.ingest([province, city])
    assert len(store.person("王旭")) == 1


def test_integration_seed_copies_and_a_cctv_item_give_one_huang_kunming(store, seed_text):
    simplified = opencc.OpenCC("t2s").convert(seed_text)
    store.ingest([yamen.read(seed_text, id="seed-hant", date="2024-06-24"),
                  yamen.read(simplified, id="seed-hans", date="2024-06-24"),
                  yamen.read(CCTV_TEXT, id="cctv", date="2024-07-10")])
    [huang] = store.person("黄坤明")
    [secretary] = [p for p in huang["positions"] if p["label"] == "广东省委书记"]
    assert {"seed-hant", "seed-hans"} <= set(secretary["documents"])
    assert store.copies() == [{"documents": ["seed-hans", "seed-hant"], "original": "seed-hans"}]
