"""Pinyin glosses: what counts as one, and the document-level rule on both sides of each threshold."""

from __future__ import annotations

from collections import Counter

import opencc
import pytest
from pypinyin.pinyin_dict import pinyin_dict

from yamen.repair import gloss
from yamen.repair.gloss import find_pinyin_glosses, is_reading

SEED_GLOSSES = {
    "發": "fā", "業": "yè", "創": "chuàng", "戰": "zhàn", "區": "qū", "協": "xié",
    "優": "yōu", "態": "tài", "鎮": "zhèn", "規": "guī", "環": "huán", "醫": "yī",
}  # fmt: skip


def test_seed_has_its_95_glosses_found_on_12_characters(seed_text):
    verdict = find_pinyin_glosses(seed_text)
    assert verdict.copier
    assert len(verdict.edits) == 95
    assert verdict.chars == SEED_GLOSSES
    removed = Counter(seed_text[e.start - 1] for e in verdict.edits)
    assert removed == Counter({"發": 23, "業": 17, "創": 15, "戰": 12, "區": 10, "協": 8,
                               "優": 4, "態": 2, "鎮": 1, "規": 1, "環": 1, "醫": 1})  # fmt: skip


@pytest.mark.parametrize(
    ("ch", "syllable", "expected"),
    [
        ("發", "fā", True),
        ("發", "fa", True),
        ("發", "fa1", True),
        ("發", "FĀ", True),
        ("發", "bō", True),  # a heteronym
        ("長", "zhǎng", True),
        ("長", "cháng", True),
        ("綠", "lǜ", True),
        ("綠", "lv", True),
        ("發", "fá", False),  # a wrong tone is not a reading
        ("發", "xian", False),
        ("京", "Běijīng", False),
        ("A", "a", False),
    ],
)
def test_readings(ch, syllable, expected):
    assert is_reading(ch, syllable) is expected


@pytest.mark.parametrize(
    "form", ["(fā)", "（fā）", "( fā )", "（ fā）", "(fa)", "(fa1)", "(fa\u0304)"]
)
def test_gloss_forms(form):
    text = f"發{form}展"
    m = gloss.GLOSS_RE.search(text)
    assert m is not None and m.span() == (1, 1 + len(form))


@pytest.mark.parametrize("text", ["北京(Běijīng)", "發(fāzhǎn)", "(fā)", "發(新闻联播)", "A(fā)"])
def test_not_glosses(text):
    assert not [
        m for m in gloss.GLOSS_RE.finditer(text) if is_reading(text[m.start() - 1], m.group(1))
    ]


def _page(glossed: dict[str, int], plain: dict[str, int] = {}, tail: str = "。") -> str:  # noqa: B006
    """A Traditional page with characters glossed (and left plain) the given number of times."""
    parts = [
        f"{ch}({pinyin_dict[ord(ch)].split(',')[0]})" for ch, n in glossed.items() for _ in range(n)
    ]
    parts += [ch for ch, n in plain.items() for _ in range(n)]
    return "在" + "和".join(parts) + tail


def test_coverage_both_sides():
    assert find_pinyin_glosses(_page({"發": 9, "業": 9}, {"發": 1})).copier  # 18 of 19
    assert not find_pinyin_glosses(_page({"發": 5, "業": 3}, {"發": 3})).copier  # 8 of 11


def test_share_both_sides():
    # 們 學 are copier-like; 我 is common but not converted, so it counts against.
    assert find_pinyin_glosses(_page({"們": 5, "學": 5, "我": 2})).copier  # 10 of 12
    assert not find_pinyin_glosses(_page({"們": 3, "學": 3, "我": 2})).copier  # 6 of 8
    # A rare character's gloss counts neither way: 銦 is not in GB2312 level 1.
    assert find_pinyin_glosses(_page({"們": 2, "學": 2, "銦": 4})).copier


def test_amount_both_sides():
    assert find_pinyin_glosses(_page({"發": 2, "業": 1})).copier  # two characters, three glosses
    assert not find_pinyin_glosses(_page({"發": 1, "業": 1})).copier  # two glosses, no other trace
    assert not find_pinyin_glosses(_page({"發": 3})).copier  # one character, no other trace


def test_one_character_with_another_trace():
    text = _page({"發": 2})
    assert not find_pinyin_glosses(text).copier
    assert find_pinyin_glosses(text, crude_leftovers=2).copier
    assert not find_pinyin_glosses(text, crude_leftovers=1).copier
    with_commas = text + "一,二,三,四"
    assert find_pinyin_glosses(with_commas).copier
    assert not find_pinyin_glosses(text + "一,二,三").copier  # two commas only
    assert not find_pinyin_glosses(_page({"發": 1}), crude_leftovers=5).copier  # one gloss: never


def test_one_reading_per_character():
    text = "長(zhǎng)期的長(cháng)和長(zhǎng)和發(fā)和發(fā)和業(yè)"
    verdict = find_pinyin_glosses(text)
    assert "長" not in verdict.chars
    assert not verdict.copier  # 長's three glosses are half of all: share too low


def test_only_copier_characters_lose_their_glosses():
    text = "發(fā)和發(fā)和業(yè)和業(yè)和銦(yīn)"
    verdict = find_pinyin_glosses(text)
    assert verdict.copier
    assert [text[e.start - 1] for e in verdict.edits] == ["發", "發", "業", "業"]


def test_a_copy_converted_back_to_simplified_still_shows_the_pattern(seed_text):
    back = opencc.OpenCC("t2s").convert(seed_text)
    verdict = find_pinyin_glosses(back)
    assert verdict.copier and len(verdict.edits) == 95
    assert verdict.chars["发"] == "fā"
