"""Plain text and HTML pages: one document per input."""

from __future__ import annotations

import logging
import re
from typing import Any

from yamen.document import Document
from yamen.errors import RejectedDocument
from yamen.inputs.decode import decode
from yamen.inputs.meta import content_id, iso_date

# trafilatura reports pages it finds thin through logging; yamen reports them itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# The declaration sits in <head>; looking further would find charsets quoted in article text.
META_CHARSET_WINDOW = 4096


def text_document(data: bytes, source: dict[str, Any], *, declared: str | None = None) -> Document:
    """A plain-text document from its bytes."""
    decoded = decode(data, declared)
    if not decoded.text.strip():
        raise RejectedDocument("empty", "the document has no text")
    doc = Document(
        id=content_id(data),
        original=decoded.text,
        source={**source, "encoding": decoded.encoding},
    )
    if decoded.lossy:
        doc.flag("decoded_with_loss")
    return doc


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its <meta> tag, if any."""
    match = _META_CHARSET.search(data[:META_CHARSET_WINDOW])
    return match.group(1).decode("ascii") if match else None


# The page's own publication date only (its metadata, its markup), never htmldate's
# extensive search, which reads "© 2024" in a footer as 2024-01-01.
DATE_EXTRACTION = {"extensive_search": False, "original_date": True}


def main_text(html: str) -> tuple[str, str | None, str | None]:
    """The main text, title and publication date of a page, navigation and boilerplate dropped.

    Precision first (nav bars and footers are what we must not read as news);
    recall only when the precise pass finds nothing, as on very short pages.
    """
    import trafilatura  # 26 MB of imports, paid only by runs that read HTML

    for favor_precision in (True, False):
        extracted = trafilatura.bare_extraction(
            html, favor_precision=favor_precision, include_comments=False, with_metadata=True,
            date_extraction_params=DATE_EXTRACTION,
        )
        if extracted is not None and extracted.text and extracted.text.strip():
            return extracted.text, extracted.title, extracted.date
    raise RejectedDocument("empty", "no main text found in the HTML page")


def html_document(data: bytes, source: dict[str, Any], *, declared: str | None = None) -> Document:
    """A document from an HTML page's bytes: its main text, title and publication date."""
    decoded = decode(data, declared or declared_charset(data))
    try:
        text, title, published = main_text(decoded.text)
    except RejectedDocument:
        raise
    except Exception as exc:  # lxml refuses some malformed pages outright
        raise RejectedDocument("not_text", f"HTML could not be parsed: {exc}") from exc
    meta = {"date": published} if published else {}
    doc = Document(
        id=content_id(data),
        original=text,
        title=title,
        source={**source, **meta, "encoding": decoded.encoding},
        meta_date=iso_date(published),
    )
    if decoded.lossy:
        doc.flag("decoded_with_loss")
    return doc
