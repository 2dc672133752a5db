"""WARC archives: each HTML (or plain-text) response is a document, with its URL and fetch date.

Requests, metadata records and responses of other media types (images, scripts)
are not documents; how many there were is reported, not hidden.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from yamen.document import Document
from yamen.errors import DocumentError, RejectedDocument
from yamen.inputs.options import ReadOptions, ReadStats
from yamen.inputs.text import html_document, text_document

Item = Document | DocumentError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip()
    return None


def _media_type(record: Any) -> tuple[str, str]:
    """The media type of a response's HTTP payload or a resource record's block."""
    content_type = ""
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower(), content_type


def warc_items(
    stream: IO[bytes], source: dict[str, Any], options: ReadOptions, stats: ReadStats
) -> Iterator[Item]:
    """The documents of one WARC file; records that are not documents are counted in ``stats``."""
    from warcio.archiveiterator import ArchiveIterator  # imported only by runs that read WARC
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type is None:
                where = {**source, "record": number}
                yield DocumentError("undecodable", f"damaged WARC record {number}", where)
                continue
            media, content_type = _media_type(record)
            if media not in (*_HTML_TYPES, "text/plain"):
                stats.skipped_records += 1
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = {
                **source,
                "record": number,
                "url": url,
                "fetched": record.rec_headers.get_header("WARC-Date"),
            }
            yield _record_item(record, media, content_type, where, options)
    except ArchiveLoadFailed as exc:
        where = {**source, "record": number}
        yield DocumentError("undecodable", f"damaged WARC after record {number}: {exc}", where)
        return
    if number == 0:
        yield DocumentError("undecodable", "no WARC records found: damaged or not a WARC", source)


def _record_item(
    record: Any, media: str, content_type: str, where: dict[str, Any], options: ReadOptions
) -> Item:
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:
        return DocumentError(
            "too_large", f"response is over the limit of {options.max_bytes} bytes", where,
            id=record_id,
        )
    read = html_document if media in _HTML_TYPES else text_document
    try:
        doc = read(payload, where, declared=_charset(content_type))
    except RejectedDocument as exc:
        return DocumentError(exc.kind, exc.message, where, id=record_id)
    if record_id:
        doc.id = record_id.strip("<>")
    return doc
