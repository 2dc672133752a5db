"""Names known across documents: the lexicon a user builds and passes in."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import yamen
from yamen.cli import app
from yamen.entities import known_names


def persons(text: str, names: tuple[str, ...] = ()) -> dict[str, list[list[int]]]:
    return {p["name"]: p["mentions"] for p in yamen.read(text, names=names)["persons"]}


def test_a_known_name_is_read_whole_where_the_model_cuts_it() -> None:
    # the model alone cuts it (王伟|中陪同), and that cut name, with no cue of a person, is dropped
    assert persons("王伟中陪同考察。") == {}
    assert persons("王伟中陪同考察。", ("王伟中",)) == {"王伟中": [[0, 3]]}


def test_a_known_name_keeps_the_title_of_the_cut_name() -> None:
    record = yamen.read("会上，省长王伟中陪同。王伟中说。", names=["王伟中"])
    (person,) = record["persons"]
    assert person["name"] == "王伟中"
    assert len(person["mentions"]) == 2


def test_a_known_name_only_on_word_boundaries() -> None:
    assert "王伟中" not in persons("王伟中国行", ("王伟中",))


def test_no_lexicon_no_memory_across_documents() -> None:
    yamen.read("省长王伟中陪同。王伟中说。", names=["王伟中"])
    assert persons("王伟中陪同考察。") == {}


def test_build_write_load_round_trip(tmp_path: Path) -> None:
    records = [
        {"persons": [{"name": "黄坤明", "positions": [{"label": "广东省委书记"}]},
                     {"name": "张三", "positions": []}]},
        {"persons": [{"name": "黄坤明", "positions": [{"label": "广东省委书记"}]}]},
    ]
    rows = known_names.build(records, min_documents=2)
    assert rows == [("黄坤明", 2, "广东省委书记")]
    out = io.StringIO()
    known_names.write(rows, out)
    path = tmp_path / "names.tsv"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert known_names.load(path) == frozenset({"黄坤明"})


def test_a_file_that_is_not_a_lexicon_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.tsv"
    path.write_text("just some text\n", encoding="utf-8")
    with pytest.raises(known_names.LexiconError, match="not a yamen names lexicon"):
        known_names.load(path)
    result = CliRunner().invoke(app, ["extract", "-", "--lexicon", str(path)], input="文本")
    assert result.exit_code == 2
    assert "not a yamen names lexicon" in result.output


def test_cli_builds_a_lexicon_and_extract_uses_it(tmp_path: Path) -> None:
    record = yamen.read("广东省委副书记、省长王伟中陪同。")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(record, ensure_ascii=False) + "\nnot json\n", encoding="utf-8")
    names = tmp_path / "names.tsv"
    result = CliRunner().invoke(
        app, ["lexicon", str(records), "--min-documents", "1", "-o", str(names)]
    )
    assert result.exit_code == 0
    assert "1 lines skipped" in result.output
    assert known_names.load(names) == frozenset({"王伟中"})
    result = CliRunner().invoke(app, ["extract", "-", "-q", "--lexicon", str(names)],
                                input="王伟中陪同考察。")
    assert json.loads(result.stdout.splitlines()[0])["persons"][0]["name"] == "王伟中"


def test_ingest_takes_a_lexicon(tmp_path: Path) -> None:
    names = tmp_path / "names.tsv"
    out = io.StringIO()
    known_names.write([("王伟中", 3, "广东省长")], out)
    names.write_text(out.getvalue(), encoding="utf-8")
    doc = tmp_path / "report.txt"
    doc.write_text("王伟中陪同考察。", encoding="utf-8")
    db = tmp_path / "y.db"
    result = CliRunner().invoke(
        app, ["ingest", str(doc), "--db", str(db), "--lexicon", str(names), "-q"]
    )
    assert result.exit_code == 0
    from yamen.store import Store

    with Store(db) as store:
        assert store.person("王伟中")


def test_long_transliterated_names_load(tmp_path: Path) -> None:
    out = io.StringIO()
    known_names.write([("穆罕默德·本·扎耶德·阿勒纳哈扬", 2, "阿联酋总统")], out)
    path = tmp_path / "names.tsv"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert known_names.load(path) == frozenset({"穆罕默德·本·扎耶德·阿勒纳哈扬"})
