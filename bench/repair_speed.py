"""Benchmark: repair, script and Simplified view over the CCTV corpus. Prints figures; not a test.

    .venv/bin/python bench/repair_speed.py [--limit N] [--copies K] [--profile]

Loads the items of ../shared/data/xwlb_2012_2024.jsonl.gz into memory first (reading
and JSON parsing are not counted), then times ``repair_text`` on each item's text in
one process: the whole corpus (32.7M characters) unless --limit. --copies adds K% of
items made into copier pages (crude Traditional, glosses, ASCII punctuation; see
repair_eval.py) and --traditional converts every item with OpenCC s2t, to show the
rates of the slower paths separately.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import random
import sys
import time
from itertools import islice
from pathlib import Path

from yamen.repair import repair_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "xwlb_2012_2024.jsonl.gz"


def load(path: Path, limit: int | None) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as src:
        return [json.loads(line)["text"] for line in islice(src, limit)]


def run(texts: list[str]) -> tuple[float, int, int]:
    started = time.perf_counter()
    repaired = 0
    for text in texts:
        r = repair_text(text)
        repaired += bool(r.repairs)
    return time.perf_counter() - started, sum(map(len, texts)), repaired


def copier_pages(texts: list[str], share: float) -> list[str]:
    sys.path.insert(0, str(Path(__file__).parent))
    import repair_eval as ev  # only when asked for

    rng = random.Random(1)
    table = ev.crude_table(random.Random(1))
    items = [{"text": t} for t in texts[:5000]]
    ranked = ev.ranked_list(items, table, random.Random(2))
    chosen = rng.sample(texts, int(len(texts) * share))
    return [ev.make_copy(t, table, ranked, rng)[0] for t in chosen]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N items (default all)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--copies", type=float, default=0.0, help="percent of items also run as copier pages"
    )
    parser.add_argument(
        "--traditional", action="store_true", help="also time an OpenCC s2t version"
    )
    parser.add_argument("--profile", action="store_true", help="print the top of a cProfile")
    args = parser.parse_args()

    texts = load(args.corpus, args.limit)
    repair_text(texts[0])  # load tables and OpenCC outside the timing
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
    elapsed, chars, repaired = run(texts)
    if args.profile:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)
    print(
        f"CCTV: {len(texts)} texts, {chars / 1e6:.1f}M characters in {elapsed:.2f}s: "
        f"{chars / elapsed / 1e6:.2f}M characters/s ({repaired} texts changed)"
    )
    if args.traditional:
        import opencc

        s2t = opencc.OpenCC("s2t").convert
        elapsed, chars, repaired = run([s2t(t) for t in texts])
        print(
            f"CCTV in Traditional (OpenCC s2t): {chars / elapsed / 1e6:.2f}M characters/s "
            f"({repaired} texts changed)"
        )
    if args.copies:
        pages = copier_pages(texts, args.copies / 100)
        elapsed, chars, repaired = run(pages)
        print(
            f"copier pages: {len(pages)} texts, {chars / 1e6:.2f}M characters in {elapsed:.2f}s: "
            f"{chars / elapsed / 1e6:.2f}M characters/s ({repaired} texts changed)"
        )


if __name__ == "__main__":
    main()
