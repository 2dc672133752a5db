"""The character tables the repair stage derives from OpenCC's dictionaries."""

from __future__ import annotations

from yamen.repair import tables


def test_traditional_only_and_simplified_only():
    assert {"發", "業", "創", "區", "後", "於"} - tables.trad_only() == {
        "於"
    }  # 於 is also Simplified
    assert "发" in tables.simp_only() and "并" in tables.simp_only()
    # Characters both scripts write the same way are in neither set.
    for ch in "中人后于范岳乾":
        assert ch not in tables.simp_only() and ch not in tables.trad_only()
    assert "群" not in tables.simp_only()  # OpenCC's 羣 is not what Taiwan writes


def test_safe_character_conversion_leaves_ambiguous_characters():
    assert tables.to_simplified_char("發") == "发"
    assert tables.to_simplified_char("乾") == "乾"  # 干 or 乾 depends on the word
    assert tables.to_simplified_char("於") == "於"


def test_common_characters():
    assert tables.is_common("發") and tables.is_common("发") and tables.is_common("長")
    assert not tables.is_common("铟") and not tables.is_common("龘")
    assert tables.in_gb2312("铟") and not tables.in_gb2312("龘")


def test_char_class_counts_supplementary_members_exactly():
    cls = tables.CharClass(frozenset({"發", "\U00020000"}))
    assert cls.count("發\U00020001發\U00020000") == 3
    assert cls.search("\U00020001") is False
    assert cls.search("x\U00020000") is True
