import gzip
import io
import json
import random

from yamen.document import Document
from yamen.errors import DocumentError
from yamen.inputs import InputReader, ReadOptions
from yamen.inputs.files import format_of

LEAD = "广州日报讯 6月24日，广东省党政代表团前往天津市，省委书记黄坤明、天津市委书记陈敏尔出席并讲话。"


def read_all(*paths, **options):
    return list(InputReader(ReadOptions(**options)).items([str(p) for p in paths]))


def test_plain_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(LEAD, encoding="utf-8")
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert doc.original == LEAD
    assert doc.source == {"path": str(path), "encoding": "utf-8"}
    assert len(doc.id) == 16


def test_gbk_and_big5_files(tmp_path, seed_text):
    (tmp_path / "gbk.txt").write_bytes(LEAD.encode("gbk"))
    traditional = seed_text.splitlines()[0].split("發(fā)")[0]
    (tmp_path / "big5.txt").write_bytes(traditional.encode("big5"))
    big5, gbk = read_all(tmp_path)  # a directory, read in name order
    assert (gbk.original, gbk.source["encoding"]) == (LEAD, "gb18030")
    assert (big5.original, big5.source["encoding"]) == (traditional, "big5")


def test_html_page_loses_nav_and_footer(fixtures):
    [doc] = read_all(fixtures / "page_with_nav.html")
    assert isinstance(doc, Document)
    assert doc.source["encoding"] == "gb18030"  # the page declares gbk
    assert "广州日报讯 6月24日，广东省党政代表团前往天津市" in doc.original
    assert "天开高教科创园" in doc.original
    for boilerplate in ("首页", "关于我们", "热点排行榜", "版权所有", "ICP"):
        assert boilerplate not in doc.original
    assert doc.title.startswith("广东省党政代表团赴天津学习考察")


def test_empty_file_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    [error] = read_all(tmp_path / "empty.txt")
    assert isinstance(error, DocumentError)
    assert error.kind == "empty"
    assert error.as_dict()["source"] == {"path": str(tmp_path / "empty.txt"), "line": None,
                                         "url": None}


def test_random_bytes_are_not_text(tmp_path):
    (tmp_path / "noise.txt").write_bytes(random.Random(1).randbytes(5000))
    [error] = read_all(tmp_path / "noise.txt")
    assert error.kind == "not_text"


def test_unsupported_file_type_is_an_error_line(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    [error] = read_all(tmp_path / "report.pdf")
    assert error.kind == "unsupported"
    assert ".pdf" in error.message


def test_unknown_suffix_is_sniffed(tmp_path):
    (tmp_path / "page.php").write_text(
        f"<!DOCTYPE html><html><body><article><p>{LEAD}</p></article></body></html>",
        encoding="utf-8",
    )
    [doc] = read_all(tmp_path / "page.php")
    assert "黄坤明" in doc.original


def test_format_option_forces_a_reader(tmp_path):
    (tmp_path / "notes.md").write_text(LEAD, encoding="utf-8")
    [doc] = read_all(tmp_path / "notes.md", format="text")
    assert doc.original == LEAD


def test_too_large(tmp_path):
    (tmp_path / "big.txt").write_text(LEAD * 10, encoding="utf-8")
    [error] = read_all(tmp_path / "big.txt", max_bytes=100)
    assert error.kind == "too_large"


def test_format_of_looks_through_gz():
    assert format_of("a/b.jsonl.gz", b"") == "jsonl"
    assert format_of("x.warc.gz", b"") == "warc"
    assert format_of("x.HTM", b"") == "html"
    assert format_of("x.bin", b"WARC/1.0\r\n") == "warc"
    assert format_of("x.bin", b"\x00\x01") is None


def test_stdin_is_text_by_default():
    reader = InputReader()
    [doc] = list(reader.items(["-"], stdin=io.BytesIO(LEAD.encode("gbk"))))
    assert doc.original == LEAD
    assert doc.source["path"] == "-"


def test_stdin_as_jsonl():
    lines = "\n".join(json.dumps({"id": f"d{i}", "text": LEAD}) for i in range(3))
    reader = InputReader(ReadOptions(format="jsonl"))
    docs = list(reader.items(["-"], stdin=io.BytesIO(lines.encode())))
    assert [d.id for d in docs] == ["d0", "d1", "d2"]


def test_damaged_gzip_costs_the_rest_of_the_file_not_the_batch(tmp_path):
    good = "\n".join(json.dumps({"id": f"d{i}", "text": LEAD * 20}) for i in range(200))
    data = gzip.compress(good.encode())
    (tmp_path / "a.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "b.txt").write_text(LEAD, encoding="utf-8")
    items = read_all(tmp_path)
    assert isinstance(items[-1], Document)
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert len(errors) == 1
    assert errors[0].kind == "undecodable"
    assert sum(isinstance(i, Document) for i in items) > 1


def test_a_file_with_no_documents_is_an_error(tmp_path):
    (tmp_path / "blank.jsonl").write_text("\n\n  \n")
    [error] = read_all(tmp_path / "blank.jsonl")
    assert error.kind == "empty"


def test_an_html_pages_own_publication_date_is_metadata(tmp_path, fixtures):
    page = (fixtures / "page_with_nav.html").read_bytes().decode("gbk")
    dated = page.replace(
        "<title>", '<meta property="article:published_time" content="2024-06-25T08:00:00+08:00"><title>'
    )
    (tmp_path / "dated.html").write_text(dated, encoding="utf-8")
    (tmp_path / "footer.html").write_text(page.replace("版权所有", "© 2024 版权所有"), encoding="utf-8")
    dated_doc, footer_doc = read_all(tmp_path / "dated.html", tmp_path / "footer.html")
    assert (dated_doc.meta_date, dated_doc.source["date"]) == ("2024-06-25", "2024-06-25")
    assert footer_doc.meta_date is None  # a copyright year is no publication date
