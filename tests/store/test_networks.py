def test_co_appearances_count_each_report_once(store, seed_records, cctv_record):
    store.ingest([*seed_records, cctv_record])
    pairs = {(p["name_a"], p["name_b"]): p for p in store.co_appearances()}
    pair = pairs.get(("陈敏尔", "黄坤明")) or pairs[("黄坤明", "陈敏尔")]
    assert pair["reports"] == 1 and pair["events"] == 4  # the visit and the meeting, in each of two copies


def test_region_visits_are_dated_and_counted_once(store, seed_records):
    store.ingest(seed_records)
    assert store.region_visits() == [{"origin": "广东省", "destination": "天津市",
                                      "date": "2024-06-24", "document": "seed-hans"}]
