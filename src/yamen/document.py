"""The document that flows through the pipeline, and the span type its fields use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open ``[start, end)`` range of code points in a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"misaligned span [{self.start}, {self.end})")

    @classmethod
    def within(cls, text: str, start: int, end: int) -> Span:
        """A span checked against ``text``: refuses one that runs past its end."""
        if end > len(text):
            raise ValueError(f"span [{start}, {end}) runs past a text of {len(text)} characters")
        return cls(start, end)

    def as_list(self) -> list[int]:
        return [self.start, self.end]


def mark(covered: bytearray, spans: Iterable[tuple[int, int]]) -> bytearray:
    """Set the characters of ``spans`` in ``covered`` (one byte a character), for overlap
    checks in linear time: ``any(covered[start:end])``. Returns ``covered``."""
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    return covered


@dataclass(slots=True)
class Document:
    """One input document and everything the stages have read from it so far.

    ``original`` is the decoded input text and never changes; ``text`` is the
    cleaned text the repair stage produces (all spans point into it), and
    ``simplified`` is a length-preserving Simplified view of ``text`` for
    matching. Later stages fill the entity and event lists as plain dicts in
    the shape of the record schema.
    """

    id: str
    original: str
    title: str | None = None
    source: dict[str, Any] = field(default_factory=dict)
    meta_date: str | None = None
    text: str = ""
    simplified: str = ""
    script: str = "hans"
    repairs: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    outlet: str | None = None
    date: str | None = None
    date_basis: str | None = None
    byline: dict[str, list[str]] = field(
        default_factory=lambda: {"reporters": [], "editors": []}
    )
    persons: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # Names known across documents, from a lexicon the user passed in (entities.known_names).
    known_names: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.original
        if not self.simplified:
            self.simplified = self.text

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)
