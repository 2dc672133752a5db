"""The record: a document's findings as a dict that the shipped schema validates."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema

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


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` breaks the contract."""
    _validator().validate(record)


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
