"""What the benchmark scripts share: the corpus path, a line stream, precision/recall/F1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CORPUS = SHARED_DATA / "xwlb_2012_2024.jsonl.gz"


class Lines:
    """The first N lines of the corpus as the line-iterable stream the JSONL reader takes."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self._lines = lines

    def __iter__(self) -> Iterator[bytes]:
        return self._lines


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def prf_text(tp: int, fp: int, fn: int) -> str:
    p, r, f = prf(tp, fp, fn)
    return f"P={p:.3f} R={r:.3f} F1={f:.3f}"
