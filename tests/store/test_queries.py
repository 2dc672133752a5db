import pytest

from yamen.store import queries


@pytest.fixture
def filled(store, seed_records, cctv_record):
    store.ingest([*seed_records, cctv_record])
    return store


def test_person_answer_has_the_issue_shape(filled):
    [huang] = filled.person("黄坤明")
    assert {"name", "positions", "events", "co_appearances"} <= set(huang)
    assert {"label", "first_seen", "last_seen", "documents"} <= set(huang["positions"][0])
    visit = next(e for e in huang["events"] if e["type"] == "visit")
    assert visit["origin"] == "广东省" and visit["places"] == ["天津市"]
    assert sorted(visit["documents"]) == ["seed-hans", "seed-hant"]  # one event, two copies


def test_an_unknown_name_gives_an_empty_answer(filled):
    assert filled.person("张三丰") == []
    assert filled.place("火星") == []
    assert filled.search("不存在的文字") == []


def test_place_gives_events_and_visits_both_ways(filled):
    [tianjin] = filled.place("天津市")
    assert [v["from"] for v in tianjin["visits_to"]] == ["广东省"]
    assert tianjin["visits_to"][0]["date"] == "2024-06-24"
    assert {e["type"] for e in tianjin["events"]} == {"visit", "meeting", "speech"}
    [guangdong] = filled.place("廣東省")
    assert [v["to"] for v in guangdong["visits_from"]] == ["天津市"]


@pytest.mark.parametrize("query", ["座谈交流", "座談交流", "五大道历史文化街区"])
def test_search_finds_both_scripts(filled, query):
    assert {d["id"] for d in filled.search(query)} == {"seed-hans", "seed-hant"}


def test_snippets_keep_the_documents_own_script(filled):
    hits = {d["id"]: d["snippet"] for d in filled.search("座谈交流")}
    assert "座談交流" in hits["seed-hant"] and "座谈交流" in hits["seed-hans"]


def test_a_two_character_name_is_found(filled):
    assert {d["id"] for d in filled.search("王旭")} == {"seed-hans", "seed-hant"}
    assert {d["id"] for d in filled.search("前海")} == {"20240710-01"}  # text only, no entity


def test_a_one_character_search_goes_through_the_entity_tables(store, cctv_record):
    rec = dict(cctv_record, id="one", persons=[dict(cctv_record["persons"][0], name="黄")])
    store.ingest([rec])
    assert [d["id"] for d in store.search("黄")] == ["one"]


def test_an_empty_search_is_refused(filled):
    with pytest.raises(ValueError):
        queries.search(filled.conn, "  ")


def test_copies_answer(filled):
    assert filled.copies() == [{"documents": ["seed-hans", "seed-hant"], "original": "seed-hans"}]


def test_a_person_lists_the_latest_events_and_counts_them_all(store, seed_records, cctv_record):
    store.ingest([*seed_records, cctv_record])
    [everything] = store.person("黄坤明", max_events=None)
    [latest] = store.person("黄坤明", max_events=1)
    assert latest["events_total"] == everything["events_total"] >= 2
    assert len(latest["events"]) == 1
    assert latest["events"][0]["date"] == max(e["date"] for e in everything["events"])
