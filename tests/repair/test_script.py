"""Script detection and the Simplified view."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from yamen.repair import tables
from yamen.repair.script import (
    convert_preserving_length,
    detect_script,
    script_profile,
    to_simplified,
)


def test_seed_is_traditional_with_crude_leftovers(seed_text):
    profile = script_profile(seed_text)
    assert profile.script == "hant"
    assert profile.crude_leftovers == 2  # 并 twice: the crude table had no entry for it


def test_simplified_traditional_mixed():
    assert detect_script("广东省党政代表团前往天津市") == "hans"
    assert detect_script("廣東省黨政代表團前往天津市") == "hant"
    assert detect_script("广东省党政代表团。廣東省黨政代表團。") == "mixed"
    assert detect_script("中国人民") == "hans"  # nothing tells them apart: the common case
    # One Traditional name in a Simplified report does not make it mixed.
    assert detect_script("台湾地区领导人蔡英文的发言人说，黨外人士在台北市举行活动") == "hans"


def test_view_of_simplified_text_is_the_text():
    text = "显著成绩，乾隆年间，著名的于姓人士"
    assert to_simplified(text) == text


def test_view_converts_traditional_and_keeps_length(seed_text):
    view = to_simplified(seed_text)
    assert len(view) == len(seed_text)
    assert "广东省党政代表团前往天津市" in view
    assert "省委副书记、省长王伟中" in view


def test_names_survive_the_view():
    # s2t would make 範少軍 and 嶽宗 of these; t2s must leave them as they are.
    assert to_simplified("天津市領導范少軍參加") == "天津市领导范少军参加"
    assert to_simplified("(徐林、駱驍驊、岳宗)") == "(徐林、骆骁骅、岳宗)"
    # OpenCC's character default for 乾 is 干: not in names and places.
    assert to_simplified("乾隆皇帝") == "乾隆皇帝"
    assert to_simplified("李乾說") == "李乾说"
    assert to_simplified("吉林省乾安縣") == "吉林省乾安县"
    assert to_simplified("閻鶴昇、沈陽市") == "阎鹤昇、沈阳市"
    assert to_simplified("顯著") == "显著"  # 著 is not 着 here


def test_phrase_converter_that_changes_length_falls_back():
    def stretching(text: str) -> str:  # a phrase table entry that maps 天津 to three characters
        return text.replace("天津", "天津市").replace("廣東", "广东")

    out = convert_preserving_length("廣東，天津，廣東", stretching)
    assert out == "广东，天津，广东"  # the 天津 piece went character by character
    assert convert_preserving_length("廣東", stretching) == "广东"


@given(st.text(st.sampled_from(sorted(tables.t2s_changes())[:400] + list("中国人乾於著，。 \n𠀀"))))
def test_view_always_has_the_same_length(text):
    assert len(to_simplified(text)) == len(text)
