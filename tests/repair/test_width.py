"""Width normalisation: off by default, logged when asked for."""

from __future__ import annotations

from yamen.repair import repair_text, unrepair
from yamen.repair.width import chinese_punctuation, find_full_width


def test_off_by_default_the_input_keeps_its_characters():
    text = "（右）省長王偉中：ＡＢＣ　１２３"
    r = repair_text(text)
    assert r.text == text
    assert r.repairs == []


def test_on_request_full_width_forms_become_ascii_and_are_logged():
    text = "（右）省長：ＡＢＣ　１２３。"
    r = repair_text(text, normalize_width=True)
    assert r.text == "(右)省長:ABC 123。"  # 。 has no ASCII twin and stays
    assert {x["kind"] for x in r.repairs} == {"width"}
    assert unrepair(r.text, r.repairs) == text


def test_runs_are_one_edit_each():
    assert [(e.start, e.end, e.inserted) for e in find_full_width("ＡＢ中（")] == [
        (0, 2, "AB"),
        (3, 4, "("),
    ]


def test_ascii_punctuation_in_chinese_writing_is_read_full_width():
    text = "法定代表人,董事长兼总经理倪成良(江苏);王伟中说:好!"
    view = chinese_punctuation(text)
    assert view == "法定代表人，董事长兼总经理倪成良（江苏）；王伟中说：好！"
    assert len(view) == len(text)


def test_digits_and_latin_text_keep_their_punctuation():
    text = "增长1,000人，12:30开会 (2024) Mr. Smith, hello: world"
    assert chinese_punctuation(text) == text


def test_the_view_of_a_copier_page_has_full_width_punctuation_the_text_keeps_its_own():
    page = "省委副書記,省長王偉中,天津市委副書記,市長張工(天津)參加;代表團一行首先來到天津:"
    repaired = repair_text(page)
    assert repaired.text == page
    assert repaired.simplified == ("省委副书记，省长王伟中，天津市委副书记，市长张工（天津）参加；"
                                   "代表团一行首先来到天津：")


def test_a_few_ascii_brackets_in_ordinary_text_stay_in_the_view():
    """Names written with ASCII brackets (尼泊尔共产党(联合马列)) keep them."""
    text = "尼泊尔共产党(联合马列)主席卡纳尔发来贺电，表示祝贺。"
    assert repair_text(text).simplified == text
