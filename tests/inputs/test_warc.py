import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from yamen.document import Document
from yamen.errors import DocumentError
from yamen.inputs import InputReader

PAGE = (
    "<html><head><title>代表团赴天津</title></head><body><nav><a href='/'>首页</a></nav>"
    "<article><p>广州日报讯 6月24日，广东省党政代表团前往天津市学习考察，省委书记黄坤明出席并讲话。"
    "代表团一行首先来到天开高教科创园，详细了解科创园自主创新和孵化转化最新成果。</p></article>"
    "</body></html>"
)


def write_warc(path, gzip):
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        responses = [
            ("https://example.cn/a.html", "text/html; charset=gbk", PAGE.encode("gbk")),
            ("https://example.cn/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://example.cn/empty.html", "text/html", b""),
        ]
        for url, content_type, payload in responses:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                               http_headers=headers)
            writer.write_record(record)


def test_each_html_response_is_a_document(tmp_path):
    for name, gzip in (("crawl.warc", False), ("crawl.warc.gz", True)):
        path = tmp_path / name
        write_warc(path, gzip)
        reader = InputReader()
        page, empty = list(reader.items([str(path)]))
        assert isinstance(page, Document)
        assert "黄坤明" in page.original and "首页" not in page.original
        assert page.source["url"] == "https://example.cn/a.html"
        assert page.source["fetched"]
        assert page.id.startswith("urn:uuid:")
        assert isinstance(empty, DocumentError) and empty.kind == "empty"
        assert empty.as_dict()["source"]["url"] == "https://example.cn/empty.html"
        assert reader.stats.skipped_records == 1


def test_a_damaged_warc_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a warc record\r\n\r\n")
    items = list(InputReader().items([str(path)]))
    assert items and all(isinstance(i, DocumentError) for i in items)
