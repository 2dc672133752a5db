"""The repair stage end to end: the seed, the record contract, and round trips on any text."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from yamen.repair import (
    OffsetMap,
    Repaired,
    apply_repairs,
    repair_json,
    repair_text,
    unrepair,
)

_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def test_seed_loses_exactly_its_95_glosses(seed_text):
    r = repair_text(seed_text)
    assert isinstance(r, Repaired)
    assert len(r.repairs) == 95
    assert {x["kind"] for x in r.repairs} == {"pinyin_gloss"}
    assert r.text == _GLOSS.sub("", seed_text)  # nothing else changed
    assert r.script == "hant"
    assert r.flags == ["spam_copy"]
    assert unrepair(r.text, r.repairs) == seed_text
    assert apply_repairs(seed_text, r.repairs) == r.text
    assert len(r.simplified) == len(r.text)
    assert "广东省党政代表团前往天津市" in r.simplified and "范少军" in r.simplified


def test_seed_spans_map_back(seed_text):
    r = repair_text(seed_text)
    offsets = OffsetMap(r.repairs)
    start = r.text.index("天開高教科創園")
    s, e = offsets.to_original(start, start + len("天開高教科創園"))
    assert seed_text[s:e] == "天開高教科創(chuàng)園"


def test_repair_json_follows_the_record_contract(seed_text):
    schema = json.loads(
        resources.files("yamen.schema").joinpath("record.schema.json").read_text("utf-8")
    )
    out = repair_json(seed_text + "&nbsp;經濟?,F(xiàn)")
    assert set(out) == {"text", "script", "repairs"}
    jsonschema.validate(out["repairs"], schema["properties"]["repairs"])
    jsonschema.validate(out["script"], schema["properties"]["script"])
    json.dumps(out, ensure_ascii=False)  # plain data


def test_undamaged_text_passes_untouched():
    text = "中国网络电视台消息(新闻联播)：本台消息，国家主席习近平今天在人民大会堂会见（右）。\n(视频编辑：张贝龙)"
    r = repair_text(text)
    assert (r.text, r.simplified, r.script, r.repairs, r.flags) == (text, text, "hans", [], [])


# --- properties -------------------------------------------------------------------------

_PIECES = [
    *"中國发展的。，、（）()?,;:\n \t",
    "發(fā)",
    "業(yè)",
    "創(chuàng)",
    "區（qū）",
    "書( shū )",
    "現(xiàn)",
    "北京(Běijīng)",
    "我(wǒ)",
    "?,F",
    "?;",
    "?，",
    "&nbsp;",
    "&amp;",
    "&#x4E2D;",
    "&amp;nbsp;",
    "\x00",
    "\x07",
    "\u200b",
    "\ufeff",
    "\u200d",
    "ＡＢ",
    "　",
    "𠀀",
    "乾",
    "於",
]
chinese_like = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


def _check(text: str, **options) -> Repaired:
    r = repair_text(text, **options)
    assert unrepair(r.text, r.repairs) == text
    assert apply_repairs(text, r.repairs) == r.text
    assert len(r.simplified) == len(r.text)
    assert r.script in {"hans", "hant", "mixed"}
    previous_end = 0
    for x in r.repairs:
        assert previous_end <= x["start"] <= x["end"] <= len(text)
        assert text[x["start"] : x["end"]] == x["removed"]
        previous_end = x["end"]
    return r


@given(st.text())
def test_round_trip_on_any_text(text):
    _check(text)


@settings(max_examples=300)
@given(chinese_like)
def test_round_trip_on_damaged_chinese(text):
    r = _check(text)
    # Nothing the cleanup stages remove survives them.
    assert not re.search("[\x00-\x08\u200b\ufeff]", r.text)
    # Repairing again finds no more glosses or entities to remove.
    again = repair_text(r.text)
    assert not [
        x for x in again.repairs if x["kind"] in {"pinyin_gloss", "control_char", "zero_width"}
    ]


@given(chinese_like)
def test_round_trip_with_width_normalisation(text):
    r = _check(text, normalize_width=True)
    assert not re.search("[\uff01-\uff5e\u3000]", r.text)


@given(chinese_like, st.data())
def test_clean_spans_map_into_the_original(text, data):
    r = repair_text(text)
    offsets = OffsetMap(r.repairs)
    a = data.draw(st.integers(0, len(r.text)))
    b = data.draw(st.integers(a, len(r.text)))
    s, e = offsets.to_original(a, b)
    assert 0 <= s <= e <= len(text)
    if not any(x["start"] < e and x["end"] > s for x in r.repairs):
        assert text[s:e] == r.text[a:b]


_DAMAGE = ["\x00", "\u200b", "\ufeff", "&nbsp;", "&amp;", "\x1b", "&#x200B;"]


@st.composite
def damaged_seed(draw):
    """A stretch of the seed with control characters, zero-width characters and entities put in."""
    seed = (Path(__file__).parents[1] / "fixtures" / "seed_guangzhou_daily.txt").read_text("utf-8")
    start = draw(st.integers(0, len(seed) - 1))
    text = list(seed[start : start + draw(st.integers(0, 400))])
    for _ in range(draw(st.integers(0, 12))):
        text.insert(draw(st.integers(0, len(text))), draw(st.sampled_from(_DAMAGE)))
    return "".join(text)


@settings(max_examples=60)
@given(damaged_seed())
def test_round_trip_on_the_seed_with_damage_put_in(text):
    r = _check(text)
    assert not re.search("[\x00\x1b\u200b\ufeff]", r.text)
    assert "&nbsp;" not in r.text
