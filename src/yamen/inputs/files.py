"""Paths to documents: walk directories, pick a reader by name or content, keep every failure."""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from yamen.document import Document
from yamen.errors import DocumentError, RejectedDocument
from yamen.inputs.jsonl import json_items, jsonl_items
from yamen.inputs.options import ReadOptions, ReadStats
from yamen.inputs.text import html_document, text_document
from yamen.inputs.warc import warc_items

Item = Document | DocumentError

STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"
FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".warc": "warc",
}
SNIFF_BYTES = 512


def format_of(name: str, head: bytes) -> str | None:
    """The input format from a file name (``.gz`` looked through), else from its first bytes."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    if suffixes and suffixes[-1] in FORMAT_BY_SUFFIX:
        return FORMAT_BY_SUFFIX[suffixes[-1]]
    return sniff(head)


def sniff(head: bytes) -> str | None:
    """The format that a document's first bytes show, if they show one."""
    start = head.lstrip()[:SNIFF_BYTES].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return "html"
    return None


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named or found under named directories, in a stable order."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    yield os.path.join(root, name)
        else:
            yield path


class InputReader:
    """Turns paths (or stdin) into documents and error items, in input order."""

    def __init__(self, options: ReadOptions | None = None) -> None:
        self.options = options or ReadOptions()
        self.stats = ReadStats()

    def items(self, paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
        for path in iter_paths(paths):
            if path == STDIN:
                yield from self._stream_items(stdin or io.BytesIO(), {"path": STDIN}, STDIN)
                continue
            source = {"path": path}
            try:
                with open(path, "rb") as raw:
                    yield from self._stream_items(raw, source, path)
            except OSError as exc:
                yield DocumentError("unsupported", f"cannot read the file: {exc.strerror}", source)

    def _stream_items(self, raw: IO[bytes], source: dict[str, Any], name: str) -> Iterator[Item]:
        """Every item of one input; an input that holds none is an error, never a silent skip."""
        skipped_before = self.stats.skipped_records
        count = 0
        for count, item in enumerate(self._input_items(raw, source, name), start=1):  # noqa: B007
            yield item
        if count == 0 and self.stats.skipped_records == skipped_before:
            yield DocumentError("empty", "the file holds no documents", source)

    def _input_items(self, raw: IO[bytes], source: dict[str, Any], name: str) -> Iterator[Item]:
        head = raw.peek(SNIFF_BYTES) if hasattr(raw, "peek") else b""
        is_gzip = head[:2] == GZIP_MAGIC
        if self.options.format != "auto":
            fmt: str | None = self.options.format
        elif name == STDIN:
            fmt = "text"
        else:
            inner = _peek_gzip(raw) if is_gzip else head
            fmt = format_of(name, inner)
        if fmt is None:
            suffix = "".join(Path(name).suffixes) or "no extension"
            yield DocumentError(
                "unsupported",
                f"unsupported file type ({suffix}): yamen reads .txt, .html/.htm, .jsonl, .json, "
                ".warc (optionally .gz); force one with --format",
                source,
            )
            return
        if fmt == "warc":  # warcio reads gzipped WARCs record by record itself
            yield from warc_items(raw, source, self.options, self.stats)
            return
        stream: IO[bytes] = gzip.GzipFile(fileobj=raw) if is_gzip else raw
        try:
            yield from self._format_items(fmt, stream, source)
        except (OSError, EOFError, zlib.error) as exc:
            yield DocumentError("undecodable", f"damaged compressed file: {exc}", source)

    def _format_items(self, fmt: str, stream: IO[bytes], source: dict[str, Any]) -> Iterator[Item]:
        if fmt == "jsonl":
            yield from jsonl_items(stream, source, self.options)
            return
        if fmt == "json":  # one file, many documents: the size limit applies to each
            yield from json_items(stream.read(), source, self.options)
            return
        data = stream.read(self.options.max_bytes + 1)
        if len(data) > self.options.max_bytes:
            yield DocumentError(
                "too_large", f"over the limit of {self.options.max_bytes} bytes "
                "(raise it with --max-bytes)", source,
            )
            return
        read = html_document if fmt == "html" else text_document
        try:
            yield read(data, source)
        except RejectedDocument as exc:
            yield DocumentError(exc.kind, exc.message, source)


def _peek_gzip(raw: IO[bytes]) -> bytes:
    """The first decompressed bytes of a gzip stream, without consuming it."""
    try:
        return zlib.decompressobj(wbits=31).decompress(raw.peek(SNIFF_BYTES * 4), SNIFF_BYTES)
    except zlib.error:
        return b""
