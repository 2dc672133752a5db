"""Record entries for the places found: one per place name, with the code of the division
meant. Split from :mod:`yamen.entities.places` to keep it small."""

from __future__ import annotations

from yamen.entities.gazetteer import Gazetteer, Match


def records(matches: list[Match], gaz: Gazetteer) -> list[dict]:
    """One record entry per place name, in order of first mention."""
    context = {
        m.place.adcode for m in matches if m.place and m.place.adcode and len(m.candidates) <= 1
    }
    grouped: dict[str, list[Match]] = {}
    for match in sorted(matches, key=lambda m: (m.start, m.end)):
        assert match.place is not None
        grouped.setdefault(match.place.name, []).append(match)
    out: list[dict] = []
    for name, group in grouped.items():
        place = group[0].place
        assert place is not None
        out.append(
            {
                "name": name,
                "kind": place.kind,
                "adcode": _adcode(group, context, gaz),
                "mentions": [[m.start, m.end] for m in group],
            }
        )
    return out


def _adcode(group: list[Match], context: set[str], gaz: Gazetteer) -> str | None:
    """The code of the one division meant: by the document's other places, else if unique."""
    candidates = {
        p.adcode: p for m in group for p in (m.candidates or (m.place,)) if p and p.adcode
    }
    if len(candidates) <= 1:
        return next(iter(candidates), None)
    located = [c for c, p in candidates.items() if gaz.ancestors(p) & context]
    if len(located) == 1:
        return located[0]
    current = [c for c, p in candidates.items() if p.status == "current"]
    return current[0] if len(current) == 1 else None
