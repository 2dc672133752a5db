"""Evaluation of the repair stage on copier damage made from real text. Prints figures; not a test.

    .venv/bin/python bench/repair_eval.py [--pages N] [--seed S] [--write-cases PATH]

Takes CCTV 新闻联播 items from ../shared/data/xwlb_2012_2024.jsonl.gz (Simplified) and
builds, the way the copier in issue 3 does:

* positives: a crude one-to-one Traditional conversion (OpenCC's s2t character table,
  first candidate; characters whose candidates include themselves, such as 后 于 范 岳,
  stay, and so do 并 and a fixed 3% of the rest, as the seed shows), pinyin glosses from
  one ranked list of converted characters cut off per page (every occurrence, one fixed
  reading per character whatever the context), and the copier's byte-level replacement
  of full-width punctuation by ASCII on GBK bytes, which shifts bytes where a character
  ending in A3 meets one starting with AC/BB/BA/A8/A9 (``?,F(xiàn)``); and the same
  pages converted back to Simplified by OpenCC, glosses and all;
* negatives: the untouched Simplified text, proper OpenCC conversions (s2t, s2tw, s2hk),
  teaching texts (every character glossed by context, in either script, and a
  Traditional text glossing only its rare characters), an article on one character's
  readings, and multi-syllable pinyin of names and places.

Reports gloss recall and precision, false-positive pages, spam_copy detection, shift
repair, and whether anything else in the text changed.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import random
import time
import unicodedata
from collections import Counter
from pathlib import Path

import opencc
from pypinyin import Style, pinyin
from pypinyin.pinyin_dict import pinyin_dict

from yamen.repair import repair_text, tables, unrepair
from yamen.repair.mojibake import SHIFT_LEAD

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "xwlb_2012_2024.jsonl.gz"

# The copier's ASCII for full-width punctuation, as GBK byte pairs (A3xx) → one byte.
COPIER_PUNCT = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"}
_BYTE_REPLACE = {0xAC: 0x2C, 0xBB: 0x3B, 0xBA: 0x3A, 0xA8: 0x28, 0xA9: 0x29}
LEAVE_SHARE = 0.03  # of the Simplified-only characters the crude table also leaves out
RANKED_HEAD = 400  # the copier's list: a shuffled head of converted characters by use
CUTOFF = (1, 20)  # characters of the list glossed on a page, uniform


def load_items(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as src:
        return [json.loads(line) for line in src]


def crude_table(rng: random.Random) -> dict[str, str]:
    table = {}
    for simp, trad in tables.s2t_table().items():
        if simp in trad or len(trad[0]) != 1:
            continue  # 后 → 後/后: the crude table has no single answer and leaves it
        table[simp] = trad[0]
    leave = {"并"} | {ch for ch in sorted(table) if rng.random() < LEAVE_SHARE}
    return {k: v for k, v in table.items() if k not in leave}


def ranked_list(items: list[dict], table: dict[str, str], rng: random.Random) -> list[str]:
    use = Counter(ch for item in items[:5000] for ch in item["text"] if ch in table)
    head = [table[ch] for ch, _ in use.most_common(RANKED_HEAD)]
    rng.shuffle(head)
    return head


def fixed_reading(ch: str) -> str:
    return pinyin_dict[ord(ch)].split(",")[0]


def gbk_copier(tokens: list[tuple[str, bool]]) -> tuple[str, list[tuple[int, int]], int, int]:
    """GBK-encode, replace punctuation bytewise, decode: text, gloss spans, shifts, lost bytes."""
    buf = bytearray()
    gloss_bytes = []
    boundaries = set()  # byte offsets where a character starts
    for tok, is_gloss in tokens:
        if is_gloss:
            gloss_bytes.append(len(buf))
        for ch in tok:
            boundaries.add(len(buf))
            buf += ch.encode("gbk")
    out = bytearray()
    newpos = {}
    shifts = 0
    i = 0
    while i < len(buf):
        newpos[i] = len(out)
        if buf[i] == 0xA3 and i + 1 < len(buf) and buf[i + 1] in _BYTE_REPLACE:
            shifts += i not in boundaries  # the match straddles two characters
            out.append(_BYTE_REPLACE[buf[i + 1]])
            i += 2
            continue
        out.append(buf[i])
        i += 1
    text, starts = [], {}
    j = lost = 0
    while j < len(out):
        starts[j] = len(text)
        b = out[j]
        if b >= 0x81 and j + 1 < len(out):
            try:
                text.append(bytes(out[j : j + 2]).decode("gbk"))
                j += 2
                continue
            except UnicodeDecodeError:
                pass
        text.append(chr(b) if b < 0x80 else "?")
        lost += b >= 0x80
        j += 1
    decoded = "".join(text)
    spans = []
    for b in gloss_bytes:
        start = starts[newpos[b]]
        spans.append((start, decoded.index(")", start) + 1))
    return decoded, spans, shifts, lost


def make_copy(text: str, table: dict[str, str], ranked: list[str], rng: random.Random):
    trad = "".join(table.get(ch, ch) for ch in text)
    trad = trad.encode("gbk", errors="ignore").decode("gbk")  # the copier works in GBK
    present = set(trad)
    cutoff = rng.randint(*CUTOFF)
    chosen = [ch for ch in ranked if ch in present][:cutoff]
    style = rng.random()
    tokens: list[tuple[str, bool]] = []
    for ch in trad:
        tokens.append((ch, False))
        if ch in chosen:
            reading = fixed_reading(ch)
            if style < 0.1:
                reading = "".join(c for c in unicodedata.normalize("NFD", reading) if c.isascii())
            gloss = f"（{reading}）" if 0.1 <= style < 0.2 else f"({reading})"
            tokens.append((gloss, True))
    expected = "".join(COPIER_PUNCT.get(tok, tok) for tok, is_gloss in tokens if not is_gloss)
    garbled, spans, shifts, lost = gbk_copier(tokens)
    return garbled, spans, (shifts, lost), expected, len(chosen)


def teaching(text: str, convert=None) -> str:
    readings = [r[0] for r in pinyin(text, style=Style.TONE, errors=lambda s: [None] * len(s))]
    shown = convert(text) if convert else text
    return "".join(
        ch + (f"({r})" if r and tables.HAN_RE.match(ch) else "")
        for ch, r in zip(shown, readings, strict=True)
    )


def rare_teaching(text: str, convert) -> str:
    shown = convert(text)
    seen, out = set(), []
    readings = [r[0] for r in pinyin(text, style=Style.TONE, errors=lambda s: [None] * len(s))]
    for ch, r in zip(shown, readings, strict=True):
        out.append(ch)
        if r and tables.HAN_RE.match(ch) and not tables.is_common(ch) and ch not in seen:
            seen.add(ch)
            out.append(f"({r})")
    return "".join(out)


def pronunciation(text: str, convert, rng: random.Random) -> str:
    shown = convert(text)
    hetero = [ch for ch in shown if "," in pinyin_dict.get(ord(ch), "")]
    if not hetero:
        return shown
    ch = rng.choice(hetero)
    a, b = pinyin_dict[ord(ch)].split(",")[:2]
    note = f"“{ch}”字在這裏讀{ch}({a})，不讀{ch}({b})；{ch}({a})是本義。"
    return shown + "\n" + note


def one_reading(text: str, convert, rng: random.Random) -> str:
    """An article on one common character's reading: glossed three times, always the same."""
    shown = convert(text)
    common = [ch for ch in shown if ch in tables.script_specific() and tables.is_common(ch)]
    if not common:
        return shown
    ch = rng.choice(common)
    r = fixed_reading(ch)
    return shown + f"\n“{ch}”讀{ch}({r})。記住：{ch}({r})，{ch}({r})。"


def teaching_first_sentence(text: str, convert) -> str:
    """A lesson that glosses its first sentence (every character, by context) and then stops."""
    cut = text.find("。") + 1 or len(text)
    return teaching(text[:cut], convert) + convert(text[cut:])


def question_marks(text: str, rng: random.Random) -> str:
    """Sloppy ASCII question marks before punctuation (``吗?,``): not a byte shift."""
    out = []
    for ch in text:
        if ch in "，：（；" and rng.random() < 0.3:
            out.append("?" + rng.choice([ch, {"，": ",", "：": ":", "（": "(", "；": ";"}[ch]]))
        else:
            out.append(ch)
    return "".join(out)


def names(text: str, convert) -> str:
    return convert(text) + "\n北京(Běijīng)、上海(Shànghǎi)、习近平(Xí Jìnpíng)、廣州(Guǎngzhōu)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages",
        type=int,
        default=1000,
        help="positive pages (negatives: same number per kind / 5)",
    )
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--write-cases", type=Path, default=None, help="write a small case file for tests"
    )
    parser.add_argument("--show", type=int, default=3, help="show this many failures of each kind")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    items = load_items(args.corpus)
    table = crude_table(random.Random(args.seed))
    ranked = ranked_list(items, table, random.Random(args.seed + 1))
    sample = rng.sample(items, args.pages + args.pages)
    positives, negative_items = sample[: args.pages], sample[args.pages :]

    repair_text("發(fā)展?,F(xiàn)")  # load the tables outside the timing
    t2s = opencc.OpenCC("t2s").convert
    back_tp = back_fn = back_fp = 0
    elapsed = 0.0
    tp = fn = fp = 0
    pages_detected = exact = shifted_pages = 0
    shift_events = shift_chars_left = shift_chars_before = 0
    lost_bytes = found_events = recovered_chars = flagged = 0
    by_cutoff: dict[int, list[int]] = {}
    roundtrip_fail = 0
    cases = []
    shown = Counter()
    for item in positives:
        page_rng = random.Random(f"{args.seed}:{item['id']}")
        garbled, spans, (shifts, lost), expected, k = make_copy(
            item["text"], table, ranked, page_rng
        )
        started = time.perf_counter()
        r = repair_text(garbled)
        elapsed += time.perf_counter() - started
        if unrepair(r.text, r.repairs) != garbled:
            roundtrip_fail += 1
        removed = {(x["start"], x["end"]) for x in r.repairs if x["kind"] == "pinyin_gloss"}
        truth = set(spans)
        back = t2s(garbled)  # the copy converted back to Simplified, glosses and all
        if len(back) == len(garbled):
            back_removed = {
                (x["start"], x["end"])
                for x in repair_text(back).repairs
                if x["kind"] == "pinyin_gloss"
            }
            back_tp += len(back_removed & truth)
            back_fn += len(truth - back_removed)
            back_fp += len(back_removed - truth)
        tp += len(removed & truth)
        fn += len(truth - removed)
        fp += len(removed - truth)
        bucket = by_cutoff.setdefault(min(k, 6), [0, 0])
        bucket[0] += 1
        bucket[1] += truth <= removed
        pages_detected += "spam_copy" in r.flags
        if shifts:
            shifted_pages += 1
            shift_events += shifts
            lost_bytes += lost
            found_events += sum(
                1
                for x in r.repairs
                if x["kind"] == "mojibake"
                and not x.get("unrecovered")
                and x["removed"][:1] in SHIFT_LEAD
            )
            recovered_chars += sum(
                len(x.get("inserted", ""))
                for x in r.repairs
                if x["kind"] == "mojibake" and not x.get("unrecovered")
            )
            flagged += sum(1 for x in r.repairs if x.get("unrecovered"))
            ops = difflib.SequenceMatcher(None, expected, r.text, autojunk=False).get_opcodes()
            shift_chars_left += sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag != "equal")
            before = difflib.SequenceMatcher(
                None, expected, garbled_wo(garbled, spans), autojunk=False
            )
            shift_chars_before += sum(
                i2 - i1 for tag, i1, i2, _, _ in before.get_opcodes() if tag != "equal"
            )
        elif r.text == expected:
            exact += 1
        elif shown["diff"] < args.show:
            shown["diff"] += 1
            print("changed beyond glosses:", item["id"], _first_diff(expected, r.text))
        if truth - removed and shown["miss"] < args.show:
            shown["miss"] += 1
            print("missed:", item["id"], f"cutoff {k}", len(truth - removed), "of", len(truth))
        if len(cases) < 16 and len(garbled) < 700 and (shifts or len(cases) < 8):
            cases.append(
                {
                    "label": "copier",
                    "id": item["id"],
                    "input": garbled,
                    "expected": expected,
                    "glosses": len(truth),
                    "shifts": shifts,
                    "lost_bytes": lost,
                }
            )

    convert = {k: opencc.OpenCC(k).convert for k in ("s2t", "s2tw", "s2hk")}
    kinds = {
        "clean_simplified": lambda t: t,
        "opencc_s2t": convert["s2t"],
        "opencc_s2tw": convert["s2tw"],
        "opencc_s2hk": convert["s2hk"],
        "teaching_hans": teaching,
        "teaching_hant": lambda t: teaching(t, convert["s2t"]),
        "rare_chars_hant": lambda t: rare_teaching(t, convert["s2t"]),
        "pronunciation_hant": lambda t: pronunciation(t, convert["s2t"], rng),
        "pronunciation_hans": lambda t: pronunciation(t, lambda s: s, rng),
        "names_pinyin_hant": lambda t: names(t, convert["s2t"]),
        "one_reading_hant": lambda t: one_reading(t, convert["s2t"], rng),
        "one_reading_hans": lambda t: one_reading(t, lambda s: s, rng),
        "lesson_start_hans": lambda t: teaching_first_sentence(t, lambda s: s),
        "lesson_start_hant": lambda t: teaching_first_sentence(t, convert["s2t"]),
        "question_marks_hans": lambda t: question_marks(t, rng),
        "question_marks_hant": lambda t: question_marks(convert["s2t"](t), rng),
    }
    per_kind = max(1, args.pages // 5)
    neg_report = {}
    for n, (kind, make) in enumerate(kinds.items()):
        pages = negative_items[n * per_kind % len(negative_items) :][:per_kind]
        fp_pages = spam_pages = glosses = changed = 0
        for item in pages:
            text = make(item["text"])
            r = repair_text(text)
            removed = [x for x in r.repairs if x["kind"] == "pinyin_gloss"]
            glosses += len(removed)
            fp += len(removed)
            fp_pages += bool(removed)
            spam_pages += "spam_copy" in r.flags
            changed += r.text != text
            if (removed or "spam_copy" in r.flags) and shown[kind] < args.show:
                shown[kind] += 1
                print(f"negative {kind} {item['id']}: removed {len(removed)}, flags {r.flags}")
            if len(cases) < 16 + 2 * n and len(text) < 700 and kind != "clean_simplified":
                cases.append({"label": kind, "id": item["id"], "input": text, "expected": text})
        neg_report[kind] = (len(pages), fp_pages, spam_pages, glosses, changed)

    total = tp + fn
    print(
        f"\npositive pages: {len(positives)} "
        f"(cutoff {CUTOFF[0]}–{CUTOFF[1]} characters; {total} glosses)"
    )
    print(f"gloss recall    {tp / total:.4f}  ({tp}/{total})")
    print(
        f"gloss precision {tp / (tp + fp) if tp + fp else 1:.4f}  ({fp} false removals, all pages)"
    )
    print(
        f"the same pages converted back to Simplified (OpenCC t2s): recall "
        f"{back_tp / (back_tp + back_fn):.4f}, precision {back_tp / max(1, back_tp + back_fp):.4f}"
    )
    print(f"spam_copy on positives {pages_detected}/{len(positives)}")
    print(
        "pages with all glosses removed, by cutoff: "
        + ", ".join(
            f"{'≥' if c == 6 else ''}{c}: {v[1]}/{v[0]}" for c, v in sorted(by_cutoff.items())
        )
    )
    print(f"exact clean text on pages without shifts: {exact}/{len(positives) - shifted_pages}")
    print(
        f"shifted pages {shifted_pages}: shift events {shift_events}, found {found_events}; "
        f"bytes lost by the decoder {lost_bytes}"
    )
    print(
        f"  repaired characters {recovered_chars}, flagged unrecovered {flagged}; "
        f"characters differing "
        f"from the ideal text: {shift_chars_before} before repair, {shift_chars_left} after "
        f"(each lost byte costs its character)"
    )
    print(f"round trip failures: {roundtrip_fail}")
    chars = sum(len(item["text"]) for item in positives)
    rate = chars / elapsed / 1e6
    print(f"repair time on positives: {elapsed:.2f}s (about {rate:.1f}M characters/s)")
    print(
        "\nnegatives: kind  pages  fp_pages(glosses removed)  spam_copy  glosses_removed  "
        "text_changed"
    )
    for kind, (n, fpp, sp, g, ch) in neg_report.items():
        print(f"  {kind:20s} {n:5d} {fpp:5d} {sp:5d} {g:6d} {ch:5d}")
    if args.write_cases:
        args.write_cases.write_text(
            json.dumps(
                {
                    "source": "bench/repair_eval.py from CCTV 新闻联播 items of "
                    "../shared/data/xwlb_2012_2024.jsonl.gz "
                    "(github china-data/xwlb); ids are the items' ids",
                    "seed": args.seed,
                    "cases": cases,
                },
                ensure_ascii=False,
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {len(cases)} cases to {args.write_cases}")


def garbled_wo(garbled: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for s, e in spans:
        out.append(garbled[last:s])
        last = e
    out.append(garbled[last:])
    return "".join(out)


def _first_diff(a: str, b: str) -> str:
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at {i}: {a[max(0, i - 10) : i + 10]!r} vs {b[max(0, i - 10) : i + 10]!r}"


if __name__ == "__main__":
    main()
