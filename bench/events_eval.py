"""Event quality on the hand-annotated CCTV set: precision, recall and F1 per event type.

    .venv/bin/python bench/events_eval.py [--gold FILE] [--show]

A found event matches a gold event of the same type in the same document when they
share what identifies the occurrence: a place for visits and inspections, a person
for speeches and appointments, a person or the sentence of the evidence for
meetings, agreements and other events. Matching is one to one, greedy in text order.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from common import prf_text

import yamen

GOLD = Path(__file__).resolve().parents[1] / "tests" / "events" / "cases" / "cctv_events_gold.jsonl"
TYPES = ("visit", "inspection", "meeting", "speech", "agreement", "appointment", "other")
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")


def _sentence_of(text: str, span: list[int]) -> int:
    for number, match in enumerate(_SENTENCE.finditer(text)):
        if match.start() <= span[0] < match.end():
            return number
    return -1


def same(kind: str, found: dict, gold: dict, text: str) -> bool:
    places = set(found["places"]) & set(gold["places"])
    persons = set(found["persons"]) & set(gold["persons"])
    sentence = _sentence_of(text, found["evidence"]) == _sentence_of(text, gold["evidence"])
    if kind in ("visit", "inspection"):
        return bool(places)
    if kind in ("speech", "appointment"):
        return bool(persons)
    return bool(persons) or sentence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", action="store_true", help="print unmatched events")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    items = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()]
    for item in items:
        record = yamen.read(item["text"], id=item["id"], date=item["date"])
        text = record["text"]
        for kind in TYPES:
            found = [e for e in record["events"] if e["type"] == kind]
            gold = [e for e in item["events"] if e["type"] == kind]
            unmatched = list(gold)
            for event in found:
                match = next((g for g in unmatched if same(kind, event, g, text)), None)
                if match is None:
                    counts[kind, "fp"] += 1
                    if args.show:
                        print(item["id"], "extra", kind, event["persons"], event["places"],
                              text[slice(*event["evidence"])])
                else:
                    unmatched.remove(match)
                    counts[kind, "tp"] += 1
            counts[kind, "fn"] += len(unmatched)
            if args.show:
                for event in unmatched:
                    print(item["id"], "missed", kind, event["persons"], event["places"],
                          event["trigger"])
    print(f"{args.gold.name}: {len(items)} documents")
    total = Counter()
    for kind in TYPES:
        tp, fp, fn = (counts[kind, k] for k in ("tp", "fp", "fn"))
        total.update({"tp": tp, "fp": fp, "fn": fn})
        print(f"  {kind:12s} {prf_text(tp, fp, fn)}  (gold {tp + fn}, found {tp + fp})")
    print(f"  {'all':12s} {prf_text(total['tp'], total['fp'], total['fn'])}")



if __name__ == "__main__":
    main()
