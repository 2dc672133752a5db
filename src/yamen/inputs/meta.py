"""Metadata common to every input kind: document ids, field names, dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass

ID_HEX_DIGITS = 16


def content_id(data: bytes) -> str:
    """The record id of a document without one of its own: SHA-256 of its original bytes, 16 hex."""
    return hashlib.sha256(data).hexdigest()[:ID_HEX_DIGITS]


@dataclass(frozen=True, slots=True)
class FieldNames:
    """Which JSON fields hold a document's parts; the first one present wins."""

    text: tuple[str, ...] = ("text", "content", "body")
    id: tuple[str, ...] = ("id",)
    title: tuple[str, ...] = ("title",)
    url: tuple[str, ...] = ("url",)
    date: tuple[str, ...] = ("date", "pub")

    def with_overrides(self, **names: str | None) -> FieldNames:
        """Put user-named fields in front of the defaults."""
        named = {key: (name, *getattr(self, key)) for key, name in names.items() if name}
        return dataclasses.replace(self, **named)


_DATE = re.compile(
    r"^\s*(?P<y>\d{4})(?:(?P<sep>[-/.年])?(?P<m>\d{1,2})(?:(?P=sep)|月)?(?P<d>\d{1,2})日?)"
)


def iso_date(value: object) -> str | None:
    """An ISO date from a metadata value: 20120702, 2012-07-02 19:06:13, 2012/7/2, 2012年7月2日.

    >>> iso_date("20120702"), iso_date("2012-07-02 19:06:13"), iso_date("2012年7月2日")
    ('2012-07-02', '2012-07-02', '2012-07-02')
    >>> iso_date("yesterday") is None
    True
    """
    if not isinstance(value, str | int):
        return None
    match = _DATE.match(str(value))
    if not match:
        return None
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(text: str) -> tuple[str, bool]:
    """Lone surrogates (from \\ud800 escapes in scraped JSON) cannot be written as UTF-8:
    each becomes U+FFFD, and the second value says whether any was there."""
    cleaned = _SURROGATE.sub("\ufffd", text)
    return cleaned, cleaned != text
