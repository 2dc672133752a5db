"""The record: a document's findings as a dict that the shipped schema validates.

Every record the pipeline emits is checked against the schema. The reference is
``jsonschema`` (Draft 2020-12), but it walks a record in Python at ~600 µs a
record, about an eighth of the pipeline's time on short reports. So ``validate``
asks ``jsonschema-rs`` (a compiled Draft 2020-12 validator, ~4 µs) first, and
``jsonschema`` decides whenever that check does not pass: a record is refused only
by ``jsonschema``, with its error. The quick check passes a record only if it is
made of plain JSON values (dict with str keys, list, str, int, bool, None, finite
float; ~14 µs to see), since on anything else the two may read it differently
(jsonschema-rs takes a tuple for an array, jsonschema does not). Tests compare
the two on the shipped schema with generated records.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema
import jsonschema_rs

from yamen.document import Document

SCHEMA_RESOURCE = "record.schema.json"


def schema() -> dict[str, Any]:
    """The record contract shipped with the package (a copy of shared/spec/record.schema.json)."""
    text = resources.files("yamen.schema").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    contract = schema()
    jsonschema.Draft202012Validator.check_schema(contract)
    return jsonschema.Draft202012Validator(contract)


@lru_cache(maxsize=1)
def _quick() -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(schema())


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` breaks the contract."""
    if quick_check(record):
        return
    _validator().validate(record)


def quick_check(record: Any) -> bool:
    """True if ``record`` is plain JSON that jsonschema-rs finds valid; False is no verdict."""
    if not _plain(record):
        return False
    try:
        return bool(_quick().is_valid(record))
    except ValueError:  # a value it cannot read: leave it to jsonschema
        return False


def _plain(value: Any) -> bool:
    """Whether ``value`` holds only the Python types that ``json.loads`` makes."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is dict:
        return all(type(key) is str and _plain(item) for key, item in value.items())
    if kind is list:
        return all(map(_plain, value))
    return kind is float and math.isfinite(value)


def to_record(doc: Document) -> dict[str, Any]:
    """The record of a document that has been through the stages."""
    date, basis = doc.date, doc.date_basis
    if date is None and doc.meta_date is not None:
        date, basis = doc.meta_date, "publication"
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "text": doc.text,
        "script": doc.script,
        "repairs": doc.repairs,
        "outlet": doc.outlet,
        "date": date,
        "date_basis": basis,
        "byline": doc.byline,
        "persons": doc.persons,
        "organizations": doc.organizations,
        "places": doc.places,
        "events": doc.events,
        "flags": doc.flags,
    }
