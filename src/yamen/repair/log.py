"""The repair log: every change as data, in offsets of the original input, replayable both ways.

A repair is a dict ``{"kind", "start", "end", "removed", "inserted"?}``: the original
input's ``[start, end)`` held ``removed`` and the clean text holds ``inserted`` there
(absent means nothing: a deletion). Entries are sorted and never overlap. An entry may
carry extra keys (``"unrecovered": True`` marks a span flagged but left as it was).

Stages find :class:`Edit` s in the text as it stands after the stages before them;
:class:`RepairLog` turns those into entries against the original, merging an edit with
earlier entries it touches, so the log always replays exactly.

>>> log = RepairLog("a\\u200bb&amp;c")
>>> log.apply([Edit(1, 2, "", "zero_width")])
>>> log.apply([Edit(2, 7, "&", "html_entity")])
>>> log.text
'ab&c'
>>> [(r["kind"], r["start"], r["end"]) for r in log.repairs]
[('zero_width', 1, 2), ('html_entity', 3, 8)]
>>> unrepair(log.text, log.repairs) == log.original
True
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Edit:
    """One change a stage proposes: ``[start, end)`` of the stage's input becomes ``inserted``."""

    start: int
    end: int
    inserted: str
    kind: str
    extra: Mapping[str, Any] = field(default_factory=dict)


def _entry(
    kind: str, start: int, end: int, removed: str, inserted: str, extra: Mapping[str, Any]
) -> dict[str, Any]:
    entry: dict[str, Any] = {"kind": kind, "start": start, "end": end, "removed": removed}
    if inserted:
        entry["inserted"] = inserted
    entry.update(extra)
    return entry


class RepairLog:
    """The current text and the entries that lead to it from the original."""

    __slots__ = ("_cstarts", "original", "repairs", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self.repairs: list[dict[str, Any]] = []
        self._cstarts: list[int] = []  # where each entry's inserted text starts in self.text

    def apply(self, edits: Sequence[Edit]) -> None:
        """Apply a stage's edits (sorted, non-overlapping, in current-text offsets).

        An edit and the earlier entries it touches become one entry. That entry's clean
        text can reach past the edit (it absorbed an entry that runs on), so a later edit
        of the same stage that starts inside it joins the same entry rather than making
        a second one over the same original text.
        """
        if not edits:
            return
        old, cstarts, current, original = self.repairs, self._cstarts, self.text, self.original
        merged: list[dict[str, Any]] = []
        pieces: list[str] = []
        j, delta, last = 0, 0, 0  # delta: current minus original offset after entries < j
        # The entry being built: its kind, extra and original start; the current-text span
        # [lo, hi) it replaces; the new text for [lo, pos); and pos, the end of its last edit.
        kind, extra, ostart = "", {}, 0
        lo, hi, pos = 0, 0, 0
        parts: list[str] = []
        open_ = False

        def close() -> None:
            inserted = "".join(parts) + current[pos:hi]
            removed = original[ostart : hi - delta]
            if removed != inserted or extra.get("unrecovered"):
                merged.append(_entry(kind, ostart, hi - delta, removed, inserted, extra))

        for edit in edits:
            s, e = edit.start, edit.end
            if s < last or e < s:
                raise ValueError(f"edits overlap or run backwards at [{s}, {e})")
            if open_ and s < hi:
                # Inside the clean text of an entry the open one absorbed: join it.
                parts.append(current[pos:s])
                for key, value in edit.extra.items():
                    extra.setdefault(key, value)
                if edit.extra.get("unrecovered"):
                    extra["unrecovered"] = True
            else:
                if open_:
                    close()
                # Entries wholly before the edit are kept as they are.
                while j < len(old) and cstarts[j] + len(old[j].get("inserted", "")) <= s:
                    merged.append(old[j])
                    delta += len(old[j].get("inserted", "")) - len(old[j]["removed"])
                    j += 1
                kind, extra, ostart = edit.kind, dict(edit.extra), s - delta
                lo, hi, parts, open_ = s, e, [], True
                if j < len(old) and cstarts[j] < s:  # an entry the edit starts inside
                    lo, ostart = cstarts[j], old[j]["start"]
                parts.append(current[lo:s])
            parts.append(edit.inserted)
            pos = e
            hi = max(hi, e)
            # Entries the edit touches are absorbed into the open entry.
            while j < len(old) and cstarts[j] < e:
                hi = max(hi, cstarts[j] + len(old[j].get("inserted", "")))
                delta += len(old[j].get("inserted", "")) - len(old[j]["removed"])
                if old[j].get("unrecovered"):
                    extra["unrecovered"] = True
                j += 1
            pieces.append(current[last:s])
            pieces.append(edit.inserted)
            last = e
        close()
        merged.extend(old[j:])
        pieces.append(current[last:])
        self.text = "".join(pieces)
        self.repairs = merged
        self._cstarts = _clean_starts(merged)
        # A cheap invariant check: the current text must sit where the log says.
        if len(self.text) != len(original) + sum(
            len(r.get("inserted", "")) - len(r["removed"]) for r in merged
        ):
            raise AssertionError("repair log out of step with the text")


def _clean_starts(repairs: Sequence[Mapping[str, Any]]) -> list[int]:
    starts, delta = [], 0
    for r in repairs:
        starts.append(r["start"] + delta)
        delta += len(r.get("inserted", "")) - len(r["removed"])
    return starts


def _sorted(repairs: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return sorted(repairs, key=lambda r: (r["start"], r["end"]))


def unrepair(clean: str, repairs: Iterable[Mapping[str, Any]]) -> str:
    """Rebuild the original input from the clean text and its repairs.

    >>> unrepair("發展", [{"kind": "pinyin_gloss", "start": 1, "end": 5, "removed": "(fā)"}])
    '發(fā)展'
    """
    out, pos, delta = [], 0, 0
    for r in _sorted(repairs):
        inserted = r.get("inserted", "")
        cstart = r["start"] + delta
        if clean[cstart : cstart + len(inserted)] != inserted:
            raise ValueError(f"repair at {r['start']} does not match the clean text")
        out.append(clean[pos:cstart])
        out.append(r["removed"])
        pos = cstart + len(inserted)
        delta += len(inserted) - len(r["removed"])
    out.append(clean[pos:])
    return "".join(out)


def apply_repairs(original: str, repairs: Iterable[Mapping[str, Any]]) -> str:
    """Replay repairs on the original input, giving the clean text (ftfy's ``apply_plan``)."""
    out, pos = [], 0
    for r in _sorted(repairs):
        if original[r["start"] : r["end"]] != r["removed"]:
            raise ValueError(f"repair at {r['start']} does not match the original")
        out.append(original[pos : r["start"]])
        out.append(r.get("inserted", ""))
        pos = r["end"]
    out.append(original[pos:])
    return "".join(out)


class OffsetMap:
    """Maps spans between the clean text and the original input.

    A span boundary inside a changed stretch widens to cover the whole change, so a
    mapped span always holds everything its counterpart came from.
    """

    __slots__ = ("_cends", "_cstarts", "_oends", "_ostarts")

    def __init__(self, repairs: Iterable[Mapping[str, Any]]) -> None:
        ordered = _sorted(repairs)
        self._ostarts = [r["start"] for r in ordered]
        self._oends = [r["end"] for r in ordered]
        self._cstarts = _clean_starts(ordered)
        self._cends = [
            c + len(r.get("inserted", "")) for c, r in zip(self._cstarts, ordered, strict=True)
        ]

    @staticmethod
    def _map(
        pos: int,
        is_end: bool,
        starts: list[int],
        ends: list[int],
        to_starts: list[int],
        to_ends: list[int],
    ) -> int:
        # Entries are sorted, so both start and end lists are non-decreasing.
        if is_end:
            k = bisect_left(starts, pos) - 1  # entries starting before pos
            if k >= 0 and starts[k] < pos <= ends[k]:
                return to_ends[k]
            k = bisect_left(ends, pos) - 1  # entries ending before pos (zero-width at pos excluded)
        else:
            k = bisect_right(starts, pos) - 1  # entries starting at or before pos
            if k >= 0 and starts[k] <= pos < ends[k]:
                return to_starts[k]
            k = bisect_right(ends, pos) - 1  # entries ending at or before pos
        if k < 0:
            return pos
        return to_ends[k] + (pos - ends[k])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original-input span a clean-text span ``[start, end)`` came from."""
        s = self._map(start, False, self._cstarts, self._cends, self._ostarts, self._oends)
        e = self._map(end, True, self._cstarts, self._cends, self._ostarts, self._oends)
        return s, max(s, e)

    def to_clean(self, start: int, end: int) -> tuple[int, int]:
        """The clean-text span an original-input span ``[start, end)`` became."""
        s = self._map(start, False, self._ostarts, self._oends, self._cstarts, self._cends)
        e = self._map(end, True, self._ostarts, self._oends, self._cstarts, self._cends)
        return s, max(s, e)


def clean_to_original(
    repairs: Iterable[Mapping[str, Any]], start: int, end: int
) -> tuple[int, int]:
    """The original-input span that the clean-text span ``[start, end)`` came from."""
    return OffsetMap(repairs).to_original(start, end)
