"""The repair log: composition across stages, replay both ways, offset mapping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yamen.repair.log import (
    Edit,
    OffsetMap,
    RepairLog,
    apply_repairs,
    clean_to_original,
    unrepair,
)


def test_single_stage_offsets_are_original_offsets():
    log = RepairLog("ab\x00cd\x00e")
    log.apply([Edit(2, 3, "", "control_char"), Edit(5, 6, "", "control_char")])
    assert log.text == "abcde"
    assert [(r["start"], r["end"], r["removed"]) for r in log.repairs] == [
        (2, 3, "\x00"),
        (5, 6, "\x00"),
    ]
    assert "inserted" not in log.repairs[0]  # a deletion carries no "inserted"


def test_later_stage_offsets_are_shifted_back():
    log = RepairLog("\u200b\u200b發(fā)展")
    log.apply([Edit(0, 2, "", "zero_width")])
    log.apply([Edit(1, 5, "", "pinyin_gloss")])  # offsets in the text after the first stage
    assert log.text == "發展"
    assert log.repairs[1] == {"kind": "pinyin_gloss", "start": 3, "end": 7, "removed": "(fā)"}


def test_edit_touching_an_earlier_entry_absorbs_it():
    log = RepairLog("發(f\u200bā)展")
    log.apply([Edit(3, 4, "", "zero_width")])
    assert log.text == "發(fā)展"
    log.apply([Edit(1, 5, "", "pinyin_gloss")])
    assert log.text == "發展"
    assert log.repairs == [{"kind": "pinyin_gloss", "start": 1, "end": 6, "removed": "(f\u200bā)"}]


def test_edit_inside_an_earlier_replacement_widens_to_it():
    log = RepairLog("x&amp;lt;y")
    log.apply([Edit(1, 9, "&lt;", "html_entity")])  # a first pass that decoded one level
    assert log.text == "x&lt;y"
    log.apply([Edit(2, 6, "", "test")])  # starts inside the first entry's "&lt;", runs past it
    assert log.text == "x&"
    assert log.repairs == [
        {"kind": "test", "start": 1, "end": 10, "removed": "&amp;lt;y", "inserted": "&"}
    ]


def test_zero_width_entries_at_edit_boundaries_stay_separate():
    log = RepairLog("a\x00bc\x00d")
    log.apply([Edit(1, 2, "", "control_char"), Edit(4, 5, "", "control_char")])
    assert log.text == "abcd"
    log.apply([Edit(1, 3, "BC", "test")])  # exactly between the two deletions
    assert [(r["kind"], r["start"], r["end"]) for r in log.repairs] == [
        ("control_char", 1, 2),
        ("test", 2, 4),
        ("control_char", 4, 5),
    ]
    assert unrepair(log.text, log.repairs) == "a\x00bc\x00d"


def test_edits_inside_one_absorbed_entry_make_one_entry():
    # Falsifying example from test_offset_map_keeps_untouched_text_and_order: in the last
    # stage the first edit absorbs the entry "a" -> "yyz" and the second edit lands inside
    # the rest of it; the log used to get two entries over the original's "a" at [2, 3).
    text = "a&amp;"
    log = RepairLog(text)
    log.apply([Edit(0, 1, "", "test"), Edit(2, 3, "yz", "test"), Edit(4, 5, "yz", "test")])
    assert log.text == "&yzmyz;"
    log.apply(
        [
            Edit(0, 1, "", "test"),
            Edit(2, 3, "yz", "test"),
            Edit(4, 5, "", "test"),
            Edit(6, 7, "", "test"),
        ]
    )
    assert log.text == "yyzmz"
    log.apply([Edit(0, 1, "", "test"), Edit(2, 3, "", "test")])
    assert log.text == "ymz"
    assert [(r["start"], r["end"], r["removed"], r.get("inserted", "")) for r in log.repairs] == [
        (0, 1, "a", ""),
        (1, 2, "&", ""),
        (2, 3, "a", "y"),
        (4, 5, "p", "z"),
        (5, 6, ";", ""),
    ]
    assert unrepair(log.text, log.repairs) == text
    assert apply_repairs(text, log.repairs) == log.text
    offsets = OffsetMap(log.repairs)
    assert offsets.to_original(0, 2) == (2, 4)  # "ym" came from "am"
    assert offsets.to_clean(2, 4) == (0, 2)
    assert offsets.to_original(0, 0) == (2, 2)
    assert offsets.to_clean(2, 2) == (0, 0)


def test_edits_joining_one_entry_keep_its_flags():
    log = RepairLog("abcd")
    log.apply([Edit(1, 3, "xyz", "first")])
    assert log.text == "axyzd"
    log.apply([Edit(1, 2, "", "second"), Edit(3, 4, "Q", "third", {"unrecovered": True})])
    assert log.text == "ayQd"
    assert log.repairs == [
        {
            "kind": "second",
            "start": 1,
            "end": 3,
            "removed": "bc",
            "inserted": "yQ",
            "unrecovered": True,
        }
    ]


def test_flagged_span_is_kept_though_nothing_changed():
    log = RepairLog("發展?,F")
    log.apply([Edit(2, 3, "?", "mojibake", {"unrecovered": True}), Edit(3, 5, "現", "mojibake")])
    assert log.repairs[0] == {
        "kind": "mojibake",
        "start": 2,
        "end": 3,
        "removed": "?",
        "inserted": "?",
        "unrecovered": True,
    }


def test_overlapping_edits_are_refused():
    log = RepairLog("abcdef")
    with pytest.raises(ValueError, match="overlap"):
        log.apply([Edit(0, 3, "", "x"), Edit(2, 4, "", "x")])


def test_unrepair_refuses_a_log_that_does_not_fit():
    with pytest.raises(ValueError, match="does not match"):
        unrepair("abc", [{"kind": "x", "start": 0, "end": 1, "removed": "Z", "inserted": "q"}])
    with pytest.raises(ValueError, match="does not match"):
        apply_repairs("abc", [{"kind": "x", "start": 0, "end": 1, "removed": "Z"}])


def test_offset_map_widens_to_whole_changes():
    original = "發展?,F(xiàn)代化"
    repairs = [
        {
            "kind": "mojibake",
            "start": 2,
            "end": 3,
            "removed": "?",
            "inserted": "?",
            "unrecovered": True,
        },
        {"kind": "mojibake", "start": 3, "end": 5, "removed": ",F", "inserted": "現"},
        {"kind": "pinyin_gloss", "start": 5, "end": 11, "removed": "(xiàn)"},
    ]
    clean = apply_repairs(original, repairs)
    assert clean == "發展?現代化"
    offsets = OffsetMap(repairs)
    assert offsets.to_original(3, 4) == (3, 5)  # 現 came from ",F"
    assert offsets.to_original(3, 6) == (3, 13)  # 現代化 spans the gloss it lost
    assert offsets.to_original(0, 2) == (0, 2)
    assert offsets.to_original(4, 6) == (11, 13)  # 代化: after the gloss, not including it
    assert offsets.to_clean(5, 11) == (4, 4)  # the gloss became nothing, between 現 and 代
    assert offsets.to_clean(0, 13) == (0, 6)
    assert clean_to_original(repairs, 6, 6) == (13, 13)


# --- properties -------------------------------------------------------------------------

_ALPHABET = st.sampled_from([*"ab發展(fā)\x00\u200b&;,?", "&amp;", "(fā)"])


@st.composite
def texts_and_stages(draw):
    """A text and up to three stages of random non-overlapping edits, as stages would make."""
    text = "".join(draw(st.lists(_ALPHABET, max_size=30)))
    stages = []
    length = len(text)
    for _ in range(draw(st.integers(0, 3))):
        points = sorted(draw(st.lists(st.integers(0, length), max_size=8, unique=True)))
        edits, new_length = [], length
        for s, e in zip(points[::2], points[1::2], strict=False):
            if s == e:
                continue
            inserted = draw(st.sampled_from(["", "X", "發", "yz"]))
            edits.append(Edit(s, e, inserted, "test"))
            new_length += len(inserted) - (e - s)
        stages.append(edits)
        length = new_length
    return text, stages


@given(texts_and_stages())
def test_any_sequence_of_stages_replays_both_ways(case):
    text, stages = case
    log = RepairLog(text)
    for edits in stages:
        log.apply(edits)
    assert unrepair(log.text, log.repairs) == text
    assert apply_repairs(text, log.repairs) == log.text
    starts = [r["start"] for r in log.repairs]
    ends = [r["end"] for r in log.repairs]
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))  # sorted, disjoint
    assert all(text[r["start"] : r["end"]] == r["removed"] for r in log.repairs)


@given(texts_and_stages(), st.data())
def test_offset_map_keeps_untouched_text_and_order(case, data):
    text, stages = case
    log = RepairLog(text)
    for edits in stages:
        log.apply(edits)
    offsets = OffsetMap(log.repairs)
    a = data.draw(st.integers(0, len(log.text)))
    b = data.draw(st.integers(a, len(log.text)))
    s, e = offsets.to_original(a, b)
    assert 0 <= s <= e <= len(text)
    # The original span, repaired, holds the clean span.
    inside = [r for r in log.repairs if s <= r["start"] and r["end"] <= e]
    piece = apply_repairs(
        text[s:e], [dict(r, start=r["start"] - s, end=r["end"] - s) for r in inside]
    )
    assert log.text[a:b] in piece
    touched = any(r["start"] < e and r["end"] > s for r in log.repairs)
    if not touched:
        assert text[s:e] == log.text[a:b]
    ca, cb = offsets.to_clean(s, e)
    assert ca <= a and b <= cb
