"""Width normalisation: off by default, logged when asked for."""

from __future__ import annotations

from yamen.repair import repair_text, unrepair
from yamen.repair.width import find_full_width


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
