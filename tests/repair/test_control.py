"""Control characters, zero-width characters and HTML entities."""

from __future__ import annotations

import pytest

from yamen.repair import repair_text, unrepair
from yamen.repair.control import find_control_chars, find_html_entities, find_zero_width


def test_control_chars_and_nul_go_but_layout_stays():
    text = "廣州\x00日報\x07訊\t6月\r\n24日\x85"
    edits = find_control_chars(text)
    assert [text[e.start] for e in edits] == ["\x00", "\x07", "\x85"]
    assert all(e.inserted == "" and e.kind == "control_char" for e in edits)


def test_zero_width_goes_but_an_emoji_joiner_stays():
    family = "\U0001f468\u200d\U0001f469"
    text = "天\u200b津\ufeff市\u200e" + family
    assert [text[e.start] for e in find_zero_width(text)] == ["\u200b", "\ufeff", "\u200e"]


@pytest.mark.parametrize(
    ("entity", "decoded"),
    [
        ("&nbsp;", "\xa0"),
        ("&amp;", "&"),
        ("&amp;nbsp;", "\xa0"),  # escaped twice
        ("&#x4E2D;", "中"),
        ("&#22269;", "国"),
        ("&ldquo;", "\u201c"),
        ("&nbsp", "\xa0"),  # a legacy name without its semicolon
        ("&#8203;", ""),  # a zero-width space by number is still invisible
        ("&#0;", ""),
    ],
)
def test_entities_are_decoded(entity, decoded):
    edits = find_html_entities(f"中{entity}国")
    assert [(e.start, e.end, e.inserted) for e in edits] == [(1, 1 + len(entity), decoded)]


@pytest.mark.parametrize("text", ["AT&T", "&notanentity;", "R&D", "a & b", "&nbspx"])
def test_text_that_only_looks_like_an_entity_stays(text):
    assert find_html_entities(text) == []


def test_all_three_in_one_text_are_logged_in_original_offsets():
    original = "\ufeff廣州日報訊&nbsp;&nbsp;6月24日\u200b,\x00廣東省"
    r = repair_text(original)
    assert r.text == "廣州日報訊\xa0\xa06月24日,廣東省"
    assert [(x["kind"], x["start"]) for x in r.repairs] == [
        ("zero_width", 0),
        ("html_entity", 6),
        ("html_entity", 12),
        ("zero_width", 23),
        ("control_char", 25),
    ]
    assert unrepair(r.text, r.repairs) == original
    assert r.flags == []
