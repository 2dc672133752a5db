"""yamen: read Chinese official news into evidence-linked records.

>>> record = read("新华社北京6月24日电 国务院总理李强会见来访的越南总理。", id="example")
>>> record["id"], record["script"]
('example', 'hans')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__version__ = "0.1.0"

__all__ = ["DocumentRejected", "__version__", "read"]


class DocumentRejected(ValueError):
    """``read`` could not make a record of the text; ``kind`` says why (as in the errors file)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message


def read(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
    names: Iterable[str] = (),
    **source: Any,
) -> dict[str, Any]:
    """Read one document's text into its record; other metadata (``pub``, ...) lands in ``source``.

    ``date`` is metadata (a publication or broadcast date) and is the record's
    default date. ``names``: names known across documents (a lexicon built by
    ``yamen lexicon``, loaded with ``yamen.entities.known_names.load``). Raises
    ``DocumentRejected`` for text that gives no record.
    """
    from yamen import pipeline
    from yamen.document import Document
    from yamen.errors import DocumentError
    from yamen.inputs.meta import content_id, iso_date, scrub_surrogates

    if not isinstance(text, str):
        raise TypeError(f"read() takes the document's text as str, not {type(text).__name__}")
    if not text.strip():
        raise DocumentRejected("empty", "the document's text is empty")
    text, lost = scrub_surrogates(text)
    meta = dict(source)
    if url is not None:
        meta["url"] = url
    if date is not None:
        meta["date"] = date
    doc = Document(
        id=id if id is not None else content_id(text.encode("utf-8")),
        original=text,
        title=title,
        source=meta,
        meta_date=iso_date(date) if date is not None else None,
    )
    if lost:
        doc.flag("decoded_with_loss")
    result = pipeline.process(doc, frozenset(names))
    if isinstance(result, DocumentError):
        raise DocumentRejected(result.kind, result.message)
    return result
