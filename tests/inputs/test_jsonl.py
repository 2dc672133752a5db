import gzip
import json

from yamen.document import Document
from yamen.errors import DocumentError
from yamen.inputs import FieldNames, InputReader, ReadOptions

TEXT = "新华社北京6月24日电 国务院总理李强会见越南总理。"


def read_all(*paths, **options):
    return list(InputReader(ReadOptions(**options)).items([str(p) for p in paths]))


def test_broken_line_between_two_good_ones_costs_only_itself(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n"
        + '{"id": "b", "text": "unterminated\n'
        + json.dumps({"id": "c", "text": TEXT}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    first, broken, last = read_all(path)
    assert (first.id, last.id) == ("a", "c")
    assert isinstance(broken, DocumentError)
    assert broken.kind == "bad_json"
    assert broken.source == {"path": str(path), "line": 2}


def test_cctv_items_keep_their_metadata(fixtures):
    items = read_all(fixtures / "xwlb_sample.jsonl")
    assert len(items) == 5
    doc = items[0]
    assert doc.id == "20120702-02"
    assert doc.title == "古巴国务委员会主席兼部长会议主席劳尔将访华"
    assert doc.meta_date == "2012-07-02"
    assert doc.source["date"] == "20120702"
    assert doc.source["pub"] == "2012-07-02 19:09:57"
    assert doc.source["url"].startswith("https://tv.cctv.com/2012/07/02/")
    assert doc.source["line"] == 1
    assert "text" not in doc.source and "id" not in doc.source


def test_empty_text_is_an_error_with_its_id(fixtures):
    empty = read_all(fixtures / "xwlb_sample.jsonl")[2]
    assert isinstance(empty, DocumentError)
    assert (empty.kind, empty.id) == ("empty", "20120702-20")
    assert empty.as_dict()["source"]["url"].startswith("https://tv.cctv.com/")


def test_other_text_fields(tmp_path):
    path = tmp_path / "items.jsonl.gz"
    rows = [{"content": TEXT, "headline": "H1", "pub": "2024-06-24 19:00:00"},
            {"body": TEXT}, {"article": TEXT}, [1, 2], {"text": 3}]
    path.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in rows).encode()))
    items = read_all(path)
    assert items[0].original == TEXT and items[0].meta_date == "2024-06-24"
    assert items[0].source["headline"] == "H1"
    assert items[1].original == TEXT
    assert [i.kind for i in items[2:]] == ["bad_json", "bad_json", "bad_json"]
    assert "--text-field" in items[2].message
    named = read_all(path, fields=FieldNames().with_overrides(text="article", title="headline"))
    assert named[2].original == TEXT
    assert named[0].title == "H1"


def test_ids_without_an_id_field_are_content_hashes(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": TEXT}) + "\n")
    a, b = read_all(path)
    assert a.id == b.id and len(a.id) == 16


def test_json_array_and_single_object(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"id": "x", "text": TEXT}, "oops"]))
    (tmp_path / "b.json").write_text(json.dumps({"id": "y", "text": TEXT}))
    (tmp_path / "c.json").write_text("{not json")
    x, oops, y, broken = read_all(tmp_path)
    assert isinstance(x, Document) and x.id == "x"
    assert isinstance(oops, DocumentError) and oops.source["item"] == 1
    assert isinstance(y, Document) and y.id == "y"
    assert broken.kind == "bad_json"


def test_gbk_line_in_a_jsonl_file(tmp_path):
    path = tmp_path / "legacy.jsonl"
    line = json.dumps({"id": "g", "text": TEXT * 3}, ensure_ascii=False)
    path.write_bytes(line.encode("gbk") + b"\n")
    [doc] = read_all(path)
    assert doc.original == TEXT * 3


def test_a_line_over_the_limit_is_too_large(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"text": TEXT * 50}) + "\n" + json.dumps({"text": TEXT}) + "\n")
    big, small = read_all(path, max_bytes=1000)
    assert big.kind == "too_large"
    assert isinstance(small, Document)


def test_the_size_limit_of_a_json_array_is_per_document(tmp_path):
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"id": "big", "text": TEXT * 50}, {"id": "small", "text": TEXT}]))
    big, small = read_all(path, max_bytes=1000)
    assert (big.kind, big.id) == ("too_large", "big")
    assert small.id == "small"


def test_lone_surrogates_cost_a_character_not_the_run(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text('{"text": "天津市\\ud800委书记"}\n{"id": "b", "text": "\\udfff广东", "title": "\\ud800"}\n'
                    + json.dumps({"id": "c", "text": TEXT}) + "\n", encoding="utf-8")
    a, b, c = read_all(path)
    assert a.original == "天津市\ufffd委书记" and a.flags == ["decoded_with_loss"]
    assert (b.original, b.title) == ("\ufffd广东", "\ufffd")
    assert c.flags == []
    for doc in (a, b, c):
        doc.original.encode("utf-8")  # writable
