import json

import jsonschema
import pytest

from tests.conftest import SHARED_SPEC
from yamen import read, record


def test_shipped_schema_matches_the_shared_spec():
    shared = SHARED_SPEC / "record.schema.json"
    if not shared.exists():
        pytest.skip("../shared/spec is not beside this checkout")
    assert record.schema() == json.loads(shared.read_text(encoding="utf-8"))


def test_shipped_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(record.schema())


def test_the_seed_record_validates(seed_text):
    result = read(seed_text)
    record.validate(result)
    assert result["text"].startswith("廣州日報訊 6月24日")  # the whole document, lead to byline
    assert result["text"].endswith("龍煜)")
    assert set(result) >= set(record.schema()["required"])


def test_a_broken_record_is_refused(seed_text):
    result = read(seed_text)
    result["script"] = "latin"
    with pytest.raises(jsonschema.ValidationError):
        record.validate(result)


def _spans(record):
    for person in record["persons"]:
        yield from person["mentions"]
        yield from (p["evidence"] for p in person["positions"])
    for kind in ("places", "organizations"):
        for entity in record[kind]:
            yield from entity["mentions"]
    yield from (e["evidence"] for e in record["events"])


def test_every_span_of_real_records_lies_in_the_text(seed_text, fixtures):
    from yamen.repair import to_simplified

    texts = [seed_text] + [json.loads(line)["text"] for line in
                           (fixtures / "xwlb_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    for text in filter(None, texts):
        result = read(text)
        spans = list(_spans(result))
        assert spans
        assert all(0 <= start < end <= len(result["text"]) for start, end in spans)
        for person in result["persons"]:
            for start, end in person["mentions"]:
                assert to_simplified(result["text"][start:end]) == person["name"]
