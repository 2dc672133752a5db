import random

import opencc

import yamen
from yamen.store import copies
from yamen.store.text import simplified


def test_the_seed_and_its_simplified_conversion_are_one_copy_group(store, seed_text):
    converted = opencc.OpenCC("t2s").convert(seed_text)
    store.ingest([yamen.read(seed_text, id="seed-hant"), yamen.read(converted, id="seed-hans")])
    # The seed is the spam copy (crude Traditional, pinyin glosses); the conversion is cleaner.
    assert store.copies() == [{"documents": ["seed-hans", "seed-hant"], "original": "seed-hans"}]


def test_a_damaged_copy_joins_the_group_and_points_to_the_clean_one(store, seed_records):
    text = seed_records[1]["text"]
    rng = random.Random(6)
    damaged = "".join("□" if ch >= "一" and rng.random() < 0.05 else ch for ch in text)
    store.ingest([dict(seed_records[1], id="damaged", text=damaged, persons=[], events=[],
                       places=[], organizations=[], flags=["mojibake_unrecovered"]),
                  seed_records[0], seed_records[1]])
    [group] = store.copies()
    assert group == {"documents": ["damaged", "seed-hans", "seed-hant"], "original": "seed-hans"}


def test_different_reports_are_not_copies(store, fixtures):
    records = [yamen.read(line, id=str(i)) for i, line in enumerate(
        (fixtures / "xwlb_sample.jsonl").read_text(encoding="utf-8").splitlines()) if i != 2]
    store.ingest(records)
    assert store.copies() == []


def test_short_texts_take_no_part():
    assert copies.signature("新华社北京电 国务院总理李强会见越南总理。") is None


def test_signatures_ignore_script_punctuation_and_glosses(seed_text):
    converted = simplified(seed_text)
    plain = converted.replace("(", "").replace(")", "").replace("，", ",")
    a, b = copies.signature(converted), copies.signature(plain)
    assert copies.similarity(a, b) == 1.0
    assert copies.similarity(copies.signature(simplified(seed_text)), a) == 1.0
