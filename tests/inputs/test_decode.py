import codecs
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yamen.errors import RejectedDocument
from yamen.inputs.decode import common_han, decode, implausibility

SIMPLIFIED = "广州日报讯 6月24日，广东省党政代表团前往天津市，围绕贯彻落实党的二十大精神，认真学习借鉴天津改革发展的先进经验。"
TRADITIONAL = "廣州日報訊 6月24日，廣東省黨政代表團前往天津市，圍繞貫徹落實黨的二十大精神，認真學習借鑒天津改革發展的先進經驗。"


def test_utf8_is_taken_as_it_is():
    decoded = decode(SIMPLIFIED.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.lossy) == (SIMPLIFIED, "utf-8", False)


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "gbk", "gb18030"),  # GBK carries Traditional characters too
    ],
)
def test_legacy_chinese_encodings_are_detected(text, encoding, expected):
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == expected


def test_the_seed_in_big5_reads_back(seed_text):
    # Big5 has no tone-marked Latin letters, so the seed's pinyin glosses are left out.
    text = "".join(ch for ch in seed_text if ch.isascii() or ord(ch) > 0x2FF)
    decoded = decode(text.encode("big5"))
    assert decoded.text == text
    assert decoded.encoding == "big5"


@pytest.mark.parametrize("bom_codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_byte_order_mark_decides(bom_codec):
    assert decode(SIMPLIFIED.encode(bom_codec)).text == SIMPLIFIED


def test_a_declared_charset_is_tried_first():
    data = TRADITIONAL.encode("big5")
    assert decode(data, declared="big5").encoding == "big5"
    assert decode(SIMPLIFIED.encode("gbk"), declared="GB2312").encoding == "gb18030"


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\n\n"])
def test_empty_input_is_empty(data):
    with pytest.raises(RejectedDocument) as caught:
        decode(data)
    assert caught.value.kind == "empty"


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_not_text(seed):
    data = random.Random(seed).randbytes(4000)
    with pytest.raises(RejectedDocument) as caught:
        decode(data)
    assert caught.value.kind == "not_text"


def test_a_png_is_not_text():
    data = b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(2000)
    with pytest.raises(RejectedDocument) as caught:
        decode(data)
    assert caught.value.kind == "not_text"


def test_one_broken_byte_is_decoded_with_loss_and_said_so():
    data = (SIMPLIFIED * 10).encode("gbk")
    broken = data[:100] + b"\xff" + data[100:]
    decoded = decode(broken)
    assert decoded.lossy
    assert decoded.text.count("\ufffd") == 1
    assert decoded.text.replace("\ufffd", "") == SIMPLIFIED * 10


def test_many_broken_bytes_are_undecodable():
    data = bytearray((SIMPLIFIED * 10).encode("gbk"))
    for i in range(3, len(data), 40):
        data[i] = 0xFF
    with pytest.raises(RejectedDocument) as caught:
        decode(bytes(data))
    assert caught.value.kind in ("undecodable", "not_text")


def test_common_han_covers_both_scripts():
    han = common_han()
    assert {"广", "廣", "东", "東", "书", "書", "记", "記"} <= han
    assert len(han) > 8000


def test_real_text_is_plausible(seed_text):
    assert implausibility(seed_text) is None
    assert implausibility(SIMPLIFIED + "\n\t") is None


HAN = sorted({ch for ch in SIMPLIFIED if "\u4e00" <= ch <= "\u9fff"})


# Below a sentence's length GBK and Big5 bytes cannot be told apart (。 in GBK is ﹝ in Big5).
@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(HAN), min_size=12).map("".join), st.text(" 0123456789，。"))
def test_chinese_text_round_trips_through_utf8_gb18030(han, other):
    text = han + other
    for encoding in ("utf-8", "gb18030"):
        data = text.encode(encoding)
        if data.strip():
            assert decode(data).text == text


def test_bom_table_matches_codecs():
    assert codecs.BOM_UTF8.decode("utf-8") == "\ufeff"


@pytest.mark.parametrize("declared", ["iso-8859-1", "ISO-8859-1", "windows-1252", "latin1"])
def test_a_declared_latin_charset_does_not_win_over_chinese_bytes(declared):
    decoded = decode(SIMPLIFIED.encode("gbk"), declared=declared)
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED, "gb18030")


def test_a_declared_charset_that_does_not_fit_falls_through():
    assert decode(SIMPLIFIED.encode("utf-8"), declared="big5").text == SIMPLIFIED
