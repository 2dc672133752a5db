"""GBK byte shifts: the mechanism replayed with Python's codecs, repair, flags and non-shifts."""

from __future__ import annotations

import pytest

from yamen.repair import repair_text, unrepair
from yamen.repair.mojibake import find_gbk_shifts

# The copier's byte-level replacement of full-width punctuation by ASCII (all are A3xx).
_COPIER_PUNCT = [(b"\xa3\xac", b","), (b"\xa3\xbb", b";"), (b"\xa3\xba", b":"),
                 (b"\xa3\xa8", b"("), (b"\xa3\xa9", b")")]  # fmt: skip


def copier_garble(text: str, lost: str = "?") -> str:
    """What the copier's tool makes of ``text``: GBK bytes, punctuation replaced blindly, decoded."""
    raw = text.encode("gbk")
    for full, ascii_ in _COPIER_PUNCT:
        raw = raw.replace(full, ascii_)
    return raw.decode("gbk", errors="replace").replace("\ufffd", lost)


def test_the_mechanism_reproduces_the_issue_example():
    assert "。現".encode("gbk") == b"\xa1\xa3\xac\x46"  # the middle bytes are ，'s code, A3AC
    assert copier_garble("。現(xiàn)") == "?,F(xiàn)"
    assert copier_garble("，現") == ",現"  # an aligned ， is simply replaced
    # big5 and gb18030 do not give it: 現 is B27B in Big5, and the issue's F is GBK's 46.
    assert "。現".encode("big5") == b"\xa1\x43\xb2\x7b"


def test_issue_example_is_repaired_as_far_as_the_bytes_allow():
    r = repair_text("經濟發展?,F(xiàn)代化")
    assert r.text == "經濟發展?現(xiàn)代化"
    assert r.repairs == [
        {
            "kind": "mojibake",
            "start": 4,
            "end": 5,
            "removed": "?",
            "inserted": "?",
            "unrecovered": True,
        },
        {"kind": "mojibake", "start": 5, "end": 7, "removed": ",F", "inserted": "現"},
    ]
    assert r.flags == ["spam_copy", "mojibake_unrecovered"]


def test_the_gloss_after_a_repaired_character_goes_with_the_copier_pattern():
    original = "推動發展。現代化建設,發展經濟,發展產業"
    garbled = copier_garble(original.replace("發", "發(fā)").replace("現", "現(xiàn)"))
    assert "?,F(xiàn)" in garbled
    r = repair_text(garbled)
    assert r.text == original.replace("。", "?")  # the lead byte of 。 is gone
    assert unrepair(r.text, r.repairs) == garbled


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # 化 re-paired, 應's trail byte lost; the run only ties with the garbled 瘧 on common
        # characters, so it takes the copier's ASCII commas on the page to repair it.
        ("規模化應用，關鍵，技術，產業鏈", "規?化?用,關鍵,技術,產業鏈"),
        ("展覽規模和參展人數均創23年", "展覽規?和參展人數均?23年"),  # a run of five characters
        ("危機。現在", "危機?現在"),
    ],
)
def test_runs(original, expected):
    r = repair_text(copier_garble(original))
    assert r.text == expected
    assert r.text.count("?") == sum(1 for x in r.repairs if x.get("unrecovered"))


def test_a_tie_without_the_copier_on_the_page_is_left_alone():
    garbled = copier_garble("規模化應用，關鍵")
    assert garbled == "規?;瘧?用,關鍵"
    assert repair_text(garbled).text == garbled


def test_a_lost_trail_byte_comes_back_when_the_gloss_leaves_one_candidate():
    garbled = copier_garble("發展。瑪(mǎ)麗")
    assert garbled == "發展?,?(mǎ)麗"  # both 。's lead and 瑪's trail (AC 8A) are lost
    r = repair_text(garbled)
    assert r.text == "發展?瑪(mǎ)麗"
    assert r.repairs[-1] == {
        "kind": "mojibake",
        "start": 4,
        "end": 5,
        "removed": "?",
        "inserted": "瑪",
    }
    # Without the gloss the character stays lost, and says so.
    garbled = copier_garble("發展。瑪，")
    assert garbled == "發展?,?,"
    r = repair_text(garbled)
    assert r.text == "發展??," and r.repairs[-1]["unrecovered"]


def test_the_pages_own_gloss_table_names_a_lost_character():
    # 偉 is 82 A5; its trail byte is lost before "(". Row 82 has 偉 and 偽, both wěi, so
    # the reading alone cannot tell; the page glosses 偉 as wěi everywhere, which can.
    page = "省長王偉(wěi)中，市長張偉(wěi)，推動發(fā)展，促進發(fā)展。基偉(wěi)業"
    garbled = copier_garble(page)
    assert garbled.endswith("發(fā)展?;鶄?(wěi)業")
    assert repair_text(garbled).text == "省長王偉中,市長張偉,推動發展,促進發展?基偉業"
    alone = copier_garble("促進發展。基偉(wěi)業")  # no table: the character stays lost
    assert repair_text(alone).text == "促進發展?基?(wěi)業"


def test_python_replacement_character_counts_as_a_lost_byte():
    assert repair_text(copier_garble("經濟。現代化", lost="\ufffd")).text == "經濟\ufffd現代化"


@pytest.mark.parametrize(
    "text",
    [
        "是这样吗?,我们不知道",
        "不知道?(笑)",
        "怎么办?:不知道",
        "What?,Far away",
        "真的?；回訪福貢縣",  # re-pairing ordinary text gives rarer characters, not commoner
        "聯播）?：國務院新聞辦今天",
    ],
)
def test_question_marks_in_ordinary_text_are_not_shifts(text):
    assert find_gbk_shifts(text) == []


def test_a_gloss_that_contradicts_the_recovered_character_vetoes_it():
    # ",F" would be 現, but the gloss says fā: not a shift after all.
    assert find_gbk_shifts("經濟?,F(fā)代化") == []
