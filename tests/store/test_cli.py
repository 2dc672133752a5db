"""The store's commands, mounted as yamen.cli will mount them."""

import json

import pytest
import typer
from typer.testing import CliRunner

from yamen.store.cli import export, ingest, query_app

app = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
app.command()(ingest)
app.add_typer(query_app, name="query")
app.command("export")(export)
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def db(tmp_path, fixtures):
    path = tmp_path / "y.db"
    result = run("ingest", fixtures / "seed_guangzhou_daily.txt", fixtures / "xwlb_sample.jsonl",
                 "--db", path)
    assert result.exit_code == 1, result.output  # one CCTV item is empty: it gives no record
    assert "5 added, 0 replaced, 0 unchanged, 1 gave no record" in result.stderr
    return path


@pytest.mark.parametrize("command", [["ingest"], ["query"], ["query", "person"],
                                     ["query", "place"], ["query", "search"],
                                     ["query", "copies"], ["export"]])
def test_every_command_has_help_with_examples(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_ingest_again_changes_nothing(db, fixtures):
    result = run("ingest", fixtures / "xwlb_sample.jsonl", "--db", db)
    assert "0 added, 0 replaced, 4 unchanged" in result.stderr


def test_search_as_json(db):
    result = run("query", "search", "劳尔", "--db", db, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["id"] == "20120702-02"


def test_an_empty_answer_is_one_line_and_status_1(db):
    result = run("query", "person", "张三丰", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"yamen: no person named 张三丰 in {db}"


def test_a_missing_database_is_a_usage_error_and_is_not_created(tmp_path):
    result = run("query", "copies", "--db", tmp_path / "none.db")
    assert result.exit_code == 2
    assert "no database at" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "none.db").exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path, fixtures):
    result = run("ingest", fixtures / "xwlb_sample.jsonl", "--db",
                 fixtures / "seed_guangzhou_daily.txt")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("is not a yamen database (not an SQLite file)")


def test_export_writes_the_files(db, tmp_path):
    result = run("export", "--db", db, "--format", "graphml", "-o", tmp_path / "graphs")
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "graphs").iterdir()) == [
        "persons.graphml", "regions.graphml"]
    bad = run("export", "--db", db, "--format", "xlsx", "-o", tmp_path / "x")
    assert bad.exit_code == 2 and "--format must be one of" in bad.stderr
