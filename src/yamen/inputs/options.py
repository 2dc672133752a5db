"""How a batch of inputs is read: format, size limit, field names."""

from __future__ import annotations

from dataclasses import dataclass, field

from yamen.inputs.meta import FieldNames

FORMATS = ("auto", "text", "html", "jsonl", "json", "warc")
# One document's bytes above this are refused (`too_large`): news reports are
# tens of kilobytes; a 10 MB "document" is a dump or a binary that slipped in.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadOptions:
    format: str = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES
    fields: FieldNames = field(default_factory=FieldNames)

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}; choose one of {', '.join(FORMATS)}")
        if self.max_bytes <= 0:
            raise ValueError("the size limit must be a positive number of bytes")


@dataclass(slots=True)
class ReadStats:
    """What a reader passed over without it being a document (WARC requests, images...)."""

    skipped_records: int = 0
