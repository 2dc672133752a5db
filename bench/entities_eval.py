"""Entity quality on the hand-annotated CCTV test set: persons, positions, places, organisations.

    .venv/bin/python bench/entities_eval.py [--gold tests/entities/cases/cctv_gold.jsonl] [--show]
        [--traditional | --copier]

``--traditional`` reads each text converted to Traditional script with OpenCC (s2t), scores
against the same (Simplified) gold, and counts the (document, field) pairs whose sets differ
from the Simplified reading. ``--copier`` does the same with each text made into a spam
copy as the seed's copier makes them (a crude one-to-one Traditional table, pinyin glosses,
full-width punctuation replaced bytewise in GBK: ``make_copy`` in ``repair_eval.py``).

Scored as issue 4 says: per document, as sets — persons by Simplified name,
positions by (name, label), places by name (province/city suffixes aside),
organisations by name — then micro-averaged over the documents. The CCTV items
carry their broadcast date as metadata, as `yamen extract` would read it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import opencc
from common import prf_text

import yamen

GOLD = Path(__file__).resolve().parents[1] / "tests" / "entities" / "cases" / "cctv_gold.jsonl"
_SUFFIX = re.compile(r"(?:省|市|特别行政区|自治区|壮族自治区|回族自治区|维吾尔自治区)$")


def place_key(name: str) -> str:
    return _SUFFIX.sub("", name)


def predicted(record: dict) -> dict[str, set]:
    return {
        "persons": {p["name"] for p in record["persons"]},
        "positions": {
            (p["name"], pos["label"]) for p in record["persons"] for pos in p["positions"]
        },
        "places": {place_key(p["name"]) for p in record["places"]},
        "organizations": {o["name"] for o in record["organizations"]},
    }


def expected(item: dict) -> dict[str, set]:
    return {
        "persons": {p["name"] for p in item["persons"]},
        "positions": {(p["name"], label) for p in item["persons"] for label in p["positions"]},
        "places": {place_key(name) for name in item["places"]},
        "organizations": set(item["organizations"]),
    }


def copier(items: list[dict], seed: int = 3) -> Callable[[str], str]:
    """Text → its copier page, as ``repair_eval.py`` builds them (one page per text)."""
    from repair_eval import crude_table, make_copy, ranked_list

    table = crude_table(random.Random(seed))
    ranked = ranked_list(items, table, random.Random(seed + 1))
    return lambda text: make_copy(text, table, ranked, random.Random(f"{seed}:{text}"))[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", action="store_true", help="print each document's errors")
    parser.add_argument("--traditional", action="store_true",
                        help="read the texts in Traditional script (OpenCC s2t)")
    parser.add_argument("--copier", action="store_true",
                        help="read the texts as copier pages (Traditional, pinyin glosses)")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    items = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()]
    convert = (opencc.OpenCC("s2t").convert if args.traditional
               else copier(items) if args.copier else None)
    differing = 0
    for item in items:
        text = convert(item["text"]) if convert else item["text"]
        record = yamen.read(text, id=item["id"], date=item["date"])
        found, gold = predicted(record), expected(item)
        if convert:
            simplified = predicted(yamen.read(item["text"], id=item["id"], date=item["date"]))
            for field in gold:
                if simplified[field] != found[field]:
                    differing += 1
                    if args.show:
                        print(item["id"], field, "script differs:",
                              sorted(simplified[field] ^ found[field]))
        for field in gold:
            counts[field, "tp"] += len(found[field] & gold[field])
            counts[field, "fp"] += len(found[field] - gold[field])
            counts[field, "fn"] += len(gold[field] - found[field])
            if args.show and found[field] != gold[field]:
                print(item["id"], field, "missed:", sorted(gold[field] - found[field]),
                      "extra:", sorted(found[field] - gold[field]))
    script = (" (read in Traditional script)" if args.traditional
              else " (read as copier pages)" if args.copier else "")
    print(f"{args.gold.name}: {len(items)} documents{script}")
    if convert:
        print(f"  (document, field) pairs that differ from the Simplified reading: {differing}"
              f" of {len(items) * 4}")
    for field in ("persons", "positions", "places", "organizations"):
        tp, fp, fn = (counts[field, k] for k in ("tp", "fp", "fn"))
        print(f"  {field:14s} {prf_text(tp, fp, fn)}  (gold {tp + fn}, found {tp + fp})")


if __name__ == "__main__":
    main()
