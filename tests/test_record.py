import copy
import json

import jsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

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


# The pipeline checks records with jsonschema-rs first and leaves every record that
# check does not pass to jsonschema, the reference. These tests hold the quick check
# to the reference: it never passes a record that jsonschema refuses, and on plain
# JSON it passes every record that jsonschema accepts.

def _reference():
    return jsonschema.Draft202012Validator(record.schema())


@pytest.fixture(scope="module")
def real_records(seed_text, fixtures):
    texts = [seed_text] + [json.loads(line)["text"] for line in
                           (fixtures / "xwlb_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    return [read(text) for text in texts if text]


def _nodes(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _nodes(item, (*path, i))


_names = st.sampled_from(["hans", "hant", "mixed", "visit", "site", "current", ""]) | st.text(
    max_size=3)
_scalars = st.none() | st.booleans() | st.integers(-3, 2**70) | st.floats() | _names
_values = st.recursive(
    _scalars,
    lambda inner: (st.lists(inner, max_size=3) | st.tuples(inner, inner)
                   | st.dictionaries(st.sampled_from(["name", "mentions", "kind", "x"]), inner,
                                     max_size=3)),
    max_leaves=6,
)


def _same_kind(data, old):
    """A value of the same JSON type as ``old``: records that stay valid, or nearly."""
    if isinstance(old, bool) or old is None:
        return data.draw(st.sampled_from([True, False, None]))
    if isinstance(old, int):
        return data.draw(st.integers(-3, 2**70) | st.sampled_from([1.0, 2.5]))
    if isinstance(old, str):
        return data.draw(_names | st.none())
    return data.draw(_values)


def _mutate(data, value):
    """Change one node somewhere in ``value`` (a deep copy): replace, retype, delete, add."""
    path = data.draw(st.sampled_from(list(_nodes(value))))
    if not path:
        return data.draw(_values)
    parent = value
    for step in path[:-1]:
        parent = parent[step]
    node = parent[path[-1]]
    actions = ["replace", "same", "same", "same", "delete"]
    if isinstance(node, list):
        actions += ["tuple", "add", "copy", "copy", "pop"] if node else ["tuple", "add"]
    if isinstance(node, dict):
        actions += ["add"]
    action = data.draw(st.sampled_from(actions))
    if action == "delete":
        del parent[path[-1]]
    elif action == "tuple":
        parent[path[-1]] = tuple(node)
    elif action == "add" and isinstance(node, list):
        node.append(data.draw(_values))
    elif action == "add":
        node[data.draw(st.text(max_size=3))] = data.draw(_values)
    elif action == "copy":  # a second copy of one of its items: valid if that item is
        node.append(copy.deepcopy(data.draw(st.sampled_from(node))))
    elif action == "pop":
        node.pop()
    elif action == "same":
        parent[path[-1]] = _same_kind(data, node)
    else:
        parent[path[-1]] = data.draw(_values)
    return value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_quick_check_agrees_with_jsonschema(real_records, data):
    value = copy.deepcopy(data.draw(st.sampled_from(real_records)))
    for _ in range(data.draw(st.integers(0, 3))):
        value = _mutate(data, value)
    valid = _reference().is_valid(value)
    quick, plain = record.quick_check(value), record._plain(value)
    event(f"valid={valid} quick={quick} plain={plain}")  # see --hypothesis-show-statistics
    assert not quick or valid  # never passes a record that jsonschema refuses
    assert quick or not (valid and plain)  # passes every plain record that it accepts
    if valid:
        record.validate(value)
    else:
        with pytest.raises(jsonschema.ValidationError):
            record.validate(value)


def test_real_records_pass_the_quick_check(real_records):
    assert all(record.quick_check(r) for r in real_records)


def test_a_tuple_for_an_array_is_left_to_jsonschema(real_records):
    """jsonschema-rs reads a tuple as an array, jsonschema does not: jsonschema decides."""
    result = copy.deepcopy(real_records[0])
    result["persons"][0]["mentions"] = tuple(result["persons"][0]["mentions"])
    assert record._quick().is_valid(result)
    assert not record.quick_check(result)
    with pytest.raises(jsonschema.ValidationError):
        record.validate(result)


def test_values_json_does_not_make_are_left_to_jsonschema(real_records):
    result = copy.deepcopy(real_records[0])
    result["source"] = {1: b"bytes"}
    assert not record.quick_check(result)
    record.validate(result)  # jsonschema: "source" is any object
