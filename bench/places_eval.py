"""Score find_places on the hand-annotated CCTV cases and time it on corpus text.

    python bench/places_eval.py [--corpus ../shared/data/xwlb_2012_2024.jsonl.gz] [-v]

Scoring follows issue 4: per document, places as sets of names, with a trailing 省 or 市
ignored (天津 = 天津市); precision, recall and F1 are micro-averaged over the documents.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from yamen.entities.places import find_places

CASES = Path(__file__).resolve().parents[1] / "tests" / "entities" / "cases" / "places_cctv.jsonl"
# Characters of corpus text timed for the speed figure (about 1,500 items).
SPEED_CHARS = 1_000_000


def key(name: str) -> str:
    """The scoring key: a name without a trailing 省 or 市 (province/city suffixes aside)."""
    return name[:-1] if len(name) > 2 and name[-1] in "省市" else name


def score(cases: list[dict], verbose: bool = False) -> dict[str, float]:
    tp = fp = fn = 0
    for case in cases:
        gold = {key(n) for n in case["places"]}
        found = {key(p["name"]) for p in find_places(case["text"])}
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
        if verbose and gold != found:
            print(case["id"], "missed:", sorted(gold - found), "extra:", sorted(found - gold))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "documents": len(cases),
        "gold": tp + fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def speed(corpus: Path) -> float:
    texts: list[str] = []
    total = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            texts.append(text)
            total += len(text)
            if total >= SPEED_CHARS:
                break
    find_places("预热")  # build the gazetteer outside the timing
    start = time.perf_counter()
    for text in texts:
        find_places(text)
    return total / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, help="gzip JSONL with a text field, for speed")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each miss")
    args = parser.parse_args()
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
    result = score(cases, args.verbose)
    print(
        f"places on {result['documents']} CCTV items ({result['gold']} gold names): "
        f"P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}"
    )
    if args.corpus:
        print(f"speed: {speed(args.corpus):,.0f} chars/s")


if __name__ == "__main__":
    main()
