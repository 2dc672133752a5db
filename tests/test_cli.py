import json
import subprocess
import sys

from typer.testing import CliRunner

from yamen import __version__, record
from yamen.cli import app

runner = CliRunner()
GOOD = '{"id": "a", "text": "国务院总理李强会见越南总理。", "date": "20240624"}'


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def records(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_extract_the_seed(fixtures):
    result = run("extract", fixtures / "seed_guangzhou_daily.txt")
    assert result.exit_code == 0, result.output
    [seed] = records(result.stdout)
    record.validate(seed)
    assert seed["script"] == "hant"
    assert "廣州日報訊" in seed["text"]  # Chinese is written as itself, not \\u escapes
    assert "1 documents: 1 records, 0 errors" in result.stderr


def test_some_documents_failing_gives_status_1_and_error_lines(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    items = corpus / "items.jsonl"
    items.write_text(GOOD + "\n{broken\n" + GOOD.replace('"a"', '"c"') + "\n", encoding="utf-8")
    (corpus / "slides.pptx").write_bytes(b"PK\x03\x04")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run("extract", corpus, "-o", out, "--errors", errors)
    assert result.exit_code == 1
    assert [r["id"] for r in records(out.read_text(encoding="utf-8"))] == ["a", "c"]
    lines = records(errors.read_text(encoding="utf-8"))
    assert [(e["kind"], e["source"]["line"]) for e in lines] == [("bad_json", 2), ("unsupported", None)]
    assert all(set(e) == {"id", "source", "kind", "message"} for e in lines)
    assert "4 documents: 2 records, 2 errors" in result.stderr


def test_errors_go_to_stderr_without_errors_file(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("extract", tmp_path / "empty.txt")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert '"kind": "empty"' in result.stderr


def test_stdin_jsonl_and_text():
    result = run("extract", "-", "--format", "jsonl", input=GOOD + "\n")
    assert result.exit_code == 0
    [item] = records(result.stdout)
    assert (item["id"], item["date"], item["date_basis"]) == ("a", "2024-06-24", "publication")
    result = run("extract", "-", input="国务院总理李强会见越南总理。")
    assert records(result.stdout)[0]["text"] == "国务院总理李强会见越南总理。"


def test_field_options(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text('{"key": "k1", "article": "新华社北京电 李强会见越南总理。"}\n', encoding="utf-8")
    result = run("extract", path, "--text-field", "article", "--id-field", "key")
    assert records(result.stdout)[0]["id"] == "k1"


def test_usage_errors_exit_2(tmp_path):
    assert run("extract", tmp_path / "missing.txt").exit_code == 2
    assert run("extract", "-", "--format", "pdf", input="x").exit_code == 2
    assert run("extract", "-", "--jobs", "0", input="x").exit_code == 2
    assert run("extract").exit_code == 2


def test_version_and_help():
    assert run("--version").stdout.strip() == f"yamen {__version__}"
    for command in ([], ["extract"]):
        result = run(*command, "--help")
        assert result.exit_code == 0
        assert "Examples" in result.stdout


def test_console_script_with_jobs_keeps_order(tmp_path, fixtures):
    """The real process: --jobs 2 gives the same lines as one process."""
    path = tmp_path / "items.jsonl"
    path.write_text(
        "\n".join(GOOD.replace('"a"', f'"d{i}"') for i in range(40)) + "\n", encoding="utf-8"
    )
    outputs = []
    for jobs in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "yamen", "extract", str(path), "--jobs", jobs],
            capture_output=True, text=True, encoding="utf-8", check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert [r["id"] for r in records(outputs[1])] == [f"d{i}" for i in range(40)]


def test_bad_input_never_shows_a_traceback(tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 20)
    done = subprocess.run(
        [sys.executable, "-m", "yamen", "extract", str(tmp_path / "noise.txt")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert '"kind": "not_text"' in done.stderr


def test_an_unwritable_output_is_a_usage_error(tmp_path, fixtures):
    result = run("extract", fixtures / "seed_guangzhou_daily.txt", "-o", tmp_path / "no" / "x.jsonl")
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_repair_prints_the_clean_text(fixtures):
    result = run("repair", fixtures / "seed_guangzhou_daily.txt")
    assert result.exit_code == 0
    assert "發展" in result.stdout and "(fā)" not in result.stdout


def test_repair_json_is_the_record_contract(fixtures, seed_text):
    from yamen.repair import unrepair

    result = run("repair", fixtures / "seed_guangzhou_daily.txt", "--json")
    repaired = json.loads(result.stdout)
    assert set(repaired) == {"text", "script", "repairs"}
    assert repaired["script"] == "hant"
    assert len(repaired["repairs"]) == 95
    assert unrepair(repaired["text"], repaired["repairs"]) == seed_text


def test_repair_from_stdin_and_bad_input(tmp_path):
    assert run("repair", "-", input="天津市委书记陈敏尔").stdout == "天津市委书记陈敏尔"
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 20)
    result = run("repair", tmp_path / "noise.txt")
    assert result.exit_code == 1
    assert "not_text" in result.stderr
    assert run("repair", tmp_path / "missing.txt").exit_code == 2
