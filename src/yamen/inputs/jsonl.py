"""JSON Lines and JSON arrays: one document per object, a broken line costs only itself."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from yamen.document import Document
from yamen.errors import DocumentError, RejectedDocument
from yamen.inputs.decode import decode
from yamen.inputs.meta import FieldNames, content_id, iso_date, scrub_surrogates
from yamen.inputs.options import ReadOptions

Item = Document | DocumentError


def _first(obj: dict[str, Any], names: Iterable[str]) -> tuple[str | None, Any]:
    for name in names:
        if obj.get(name) not in (None, ""):
            return name, obj[name]
    return None, None


def object_document(obj: Any, source: dict[str, Any], fields: FieldNames) -> Item:
    """A document from one JSON object (fields not used for text, id or title go to source),
    or the reason it is none."""
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        return DocumentError("bad_json", f"expected a JSON object, found {kind}", source)
    id_field, doc_id = _first(obj, fields.id)
    title_field, title = _first(obj, fields.title)
    url_field, url = _first(obj, fields.url)
    doc_id = str(doc_id) if doc_id is not None else None
    where = {**source, "url": url} if url is not None else source
    text_field, text = _first(obj, fields.text)
    if text_field is None and not any(name in obj for name in fields.text):
        message = f"no text field: looked for {', '.join(fields.text)}; name it with --text-field"
        return DocumentError("bad_json", message, where, id=doc_id)
    if text_field is not None and not isinstance(text, str):
        return DocumentError("bad_json", f"field {text_field!r} is not a string", where, id=doc_id)
    if text_field is None or not text.strip():
        return DocumentError("empty", "the document's text is empty", where, id=doc_id)
    used = {text_field, id_field, title_field, url_field}
    meta = {key: value for key, value in obj.items() if key not in used}
    meta_date = next(
        (d for d in (iso_date(obj.get(name)) for name in fields.date) if d is not None), None
    )
    return Document(
        id=doc_id if doc_id is not None else content_id(text.encode("utf-8")),
        original=text,
        title=str(title) if title is not None else None,
        source={**meta, **where},  # the reader's path and line win over the object's fields
        meta_date=meta_date,
    )


def loads(text: str) -> tuple[Any, bool]:
    """Parse JSON; lone surrogates (\\ud800 escapes, common in scraped data) cannot be
    written as UTF-8, so they become U+FFFD and the result says it lost something."""
    lost = False

    def scrub(value: Any) -> Any:
        nonlocal lost
        if isinstance(value, str):
            cleaned, scrubbed = scrub_surrogates(value)
            lost = lost or scrubbed
            return cleaned
        if isinstance(value, list):
            return [scrub(item) for item in value]
        if isinstance(value, dict):
            return {scrub(key): scrub(item) for key, item in value.items()}
        return value

    return scrub(json.loads(text)), lost


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode(raw).text


def jsonl_items(stream: IO[bytes], source: dict[str, Any], options: ReadOptions) -> Iterator[Item]:
    """One item per non-blank line of a JSON Lines stream."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = {**source, "line": number}
        if len(raw) > options.max_bytes:
            yield DocumentError(
                "too_large", f"line of {len(raw)} bytes is over the limit of {options.max_bytes}",
                where,
            )
            continue
        yield _line_document(raw, where, options)


def _line_document(raw: bytes, where: dict[str, Any], options: ReadOptions) -> Item:
    try:
        obj, lost = loads(_decode_line(raw))
    except RejectedDocument as exc:
        return DocumentError(exc.kind, exc.message, where)
    except json.JSONDecodeError as exc:
        return DocumentError("bad_json", f"not valid JSON: {exc}", where)
    return _flagged(object_document(obj, where, options.fields), lost)


def _flagged(item: Item, lost: bool) -> Item:
    if lost and isinstance(item, Document):
        item.flag("decoded_with_loss")
    return item


def json_items(data: bytes, source: dict[str, Any], options: ReadOptions) -> Iterator[Item]:
    """A JSON file: an array of document objects, or one object; the size limit is per object."""
    try:
        parsed, lost = loads(decode(data).text)
    except RejectedDocument as exc:
        yield DocumentError(exc.kind, exc.message, source)
        return
    except json.JSONDecodeError as exc:
        yield DocumentError("bad_json", f"not valid JSON: {exc}", source)
        return
    objects = parsed if isinstance(parsed, list) else [parsed]
    for index, obj in enumerate(objects):
        where = {**source, "item": index} if isinstance(parsed, list) else source
        item = _flagged(object_document(obj, where, options.fields), lost)
        size = len(item.original.encode("utf-8")) if isinstance(item, Document) else 0
        if size > options.max_bytes:
            message = f"text of {size} bytes is over the limit of {options.max_bytes}"
            item = DocumentError("too_large", message, where, id=item.id)
        yield item
