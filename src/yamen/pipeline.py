"""The ordered stages that turn one document into a record, and the batch runner.

read → repair → structure → entities → events → record. Reading happens before
the pipeline (``yamen.inputs``); the stages that exist so far are listed in
``STAGES``. Structure, entities and events are not written yet, so their record
fields (outlet, byline, persons, organizations, places, events) stay empty.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

import jsonschema

from yamen import record
from yamen.document import Document
from yamen.errors import DocumentError, RejectedDocument
from yamen.repair import repair_text

Stage = Callable[[Document], Document]
Item = Document | DocumentError
Result = dict[str, Any] | DocumentError

# Documents travel to worker processes in batches: one document per task costs
# more in pickling round trips than a short report takes to process.
BATCH_SIZE = 16
# Batches in flight per worker: enough to keep workers busy, bounded so that a
# large corpus is not read into memory ahead of the workers.
BATCHES_PER_JOB = 4


def repair(doc: Document) -> Document:
    """Undo the web's damage; set the clean text, its Simplified view, script and repairs."""
    repaired = repair_text(doc.original)
    doc.text = repaired.text
    doc.simplified = repaired.simplified
    doc.script = repaired.script
    doc.repairs = repaired.repairs
    for flag in repaired.flags:
        doc.flag(flag)
    return doc


STAGES: list[tuple[str, Stage]] = [
    ("repair", repair),
    # ("structure", ...): outlet, dateline, byline — issue 4
    # ("entities", ...): persons and positions, places, organisations, dates — issue 4
    # ("events", ...): visits, inspections, meetings, speeches... — issue 5
]


def process(item: Item) -> Result:
    """One document through every stage to a validated record, or the reason it gave none."""
    if isinstance(item, DocumentError):
        return item
    doc, failed_at = item, ""
    try:
        for name, stage in STAGES:
            failed_at = name
            doc = stage(doc)
            if not isinstance(doc, Document):
                raise TypeError(f"stage returned {type(doc).__name__}, not a Document")
        failed_at = "record"
        result = record.to_record(doc)
        record.validate(result)
        return result
    except RejectedDocument as exc:
        return DocumentError(exc.kind, exc.message, item.source, id=item.id)
    except jsonschema.ValidationError as exc:
        message = f"record breaks the schema at {exc.json_path}: {exc.message}"
        return DocumentError("internal", message, item.source, id=item.id)
    except Exception as exc:  # one document's failure must not stop the batch
        message = f"stage {failed_at} failed: {type(exc).__name__}: {exc}"
        return DocumentError("internal", message, item.source, id=item.id)


def _process_batch(batch: list[Item]) -> list[Result]:
    return [process(item) for item in batch]


def run(items: Iterable[Item], jobs: int = 1) -> Iterator[Result]:
    """Process items in input order, in ``jobs`` processes; every item gives one result."""
    if jobs <= 1:
        yield from map(process, items)
        return
    source = iter(items)
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        while True:
            while len(pending) < jobs * BATCHES_PER_JOB:
                batch = list(islice(source, BATCH_SIZE))
                if not batch:
                    break
                pending.append((batch, pool.submit(_process_batch, batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            yield from _collect(batch, future)


def _collect(batch: list[Item], future: Future[list[Result]]) -> list[Result]:
    """A batch's results; if its worker died, an internal error for each of its documents."""
    try:
        return future.result()
    except Exception as exc:
        return [
            item if isinstance(item, DocumentError)
            else DocumentError("internal", f"worker failed: {type(exc).__name__}: {exc}",
                               item.source, id=item.id)
            for item in batch
        ]
