import pytest

import yamen
from yamen import DocumentRejected, read, record


def test_read_returns_a_valid_record(seed_text):
    result = read(seed_text, id="seed", title="广东省党政代表团赴天津学习考察", url="https://example.cn/a")
    record.validate(result)
    assert result["id"] == "seed"
    assert result["title"] == "广东省党政代表团赴天津学习考察"
    assert result["source"] == {"url": "https://example.cn/a"}
    assert result["script"] == "hant"


def test_metadata_reaches_source_and_gives_the_default_date():
    result = read("国务院总理李强会见越南总理。", date="20120702", pub="2012-07-02 19:06:13")
    assert result["source"] == {"date": "20120702", "pub": "2012-07-02 19:06:13"}
    assert (result["date"], result["date_basis"]) == ("2012-07-02", "publication")


def test_the_id_defaults_to_a_content_hash():
    a, b = read("同一篇报道。"), read("同一篇报道。")
    assert a["id"] == b["id"] and len(a["id"]) == 16
    assert read("另一篇报道。")["id"] != a["id"]


def test_empty_text_is_rejected_with_its_kind():
    with pytest.raises(DocumentRejected) as caught:
        read("  \n")
    assert caught.value.kind == "empty"


def test_bytes_are_refused_with_a_clear_message():
    with pytest.raises(TypeError, match="str"):
        read("报道".encode())


def test_version():
    assert yamen.__version__.count(".") == 2
