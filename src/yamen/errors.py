"""Why a document gave no record: a typed rejection that travels as data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ErrorKind = Literal[
    "empty", "undecodable", "not_text", "unsupported", "bad_json", "too_large", "internal"
]
ERROR_KINDS: tuple[str, ...] = ErrorKind.__args__  # type: ignore[attr-defined]


@dataclass(slots=True)
class DocumentError:
    """One input document that gave no record, with the reason in words a user can act on."""

    kind: ErrorKind
    message: str
    source: dict[str, Any] = field(default_factory=dict)
    id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        source = {"path": None, "line": None, "url": None} | self.source
        return {"id": self.id, "source": source, "kind": self.kind, "message": self.message}


class RejectedDocument(Exception):
    """Raised inside a reader or stage to reject one document; the runner turns it into data."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind
        self.message = message
