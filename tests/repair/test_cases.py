"""Data-file cases (tests/repair/cases/*.json): each has a label and a reason, and known
failures run as strict xfail so that an accidental fix is noticed."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from yamen.repair import repair_text, unrepair

CASES = Path(__file__).parent / "cases"


def _load(name: str) -> list[dict]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))["cases"]


def _params(cases: list[dict]) -> list:
    return [
        pytest.param(
            case,
            id=f"{case['label']}-{case.get('id', i)}",
            marks=[pytest.mark.xfail(strict=True)] if case.get("known_failure") else [],
        )
        for i, case in enumerate(cases)
    ]


@pytest.mark.parametrize("case", _params(_load("handmade.json")))
def test_handmade(case):
    r = repair_text(case["input"])
    assert unrepair(r.text, r.repairs) == case["input"]
    assert (r.text, r.script, r.flags) == (case["text"], case["script"], case["flags"])


@pytest.mark.parametrize("case", _params(_load("cctv_synthetic.json")))
def test_cctv_synthetic(case):
    """Copies made by bench/repair_eval.py from CCTV items, and the negatives it builds."""
    r = repair_text(case["input"])
    assert unrepair(r.text, r.repairs) == case["input"]
    if case["label"] != "copier":
        assert r.text == case["expected"]
        assert "spam_copy" not in r.flags
        return
    assert "spam_copy" in r.flags
    assert not any(x["kind"] == "pinyin_gloss" for x in repair_text(r.text).repairs)
    if not case["shifts"]:
        assert r.text == case["expected"]
        return
    # Each byte the decoder lost costs its character; nothing else may differ.
    ops = difflib.SequenceMatcher(None, case["expected"], r.text, autojunk=False).get_opcodes()
    differing = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")
    assert differing <= case["lost_bytes"]
    assert "mojibake_unrecovered" in r.flags
