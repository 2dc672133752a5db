"""Identity: which stored person a name in a record is.

The rule, in the order it is applied to a person in an incoming document:

1. **One script.** The name is looked up in Simplified (黃坤明 and 黄坤明 are one
   name); ``surface`` keeps what the document wrote.
2. **One person per name unless the record shows otherwise.** Every stored
   person of that name is a candidate.
3. **Kept apart only on a contemporaneous conflict.** A candidate is ruled out
   when, in documents dated within ``SAME_TIME_DAYS`` of this one, it holds a
   *current* post in some province(s) and this document gives the name current
   posts only in *other* provinces (provinces by the first two digits of the
   division code, so 深圳市委书记 and 广东省委副书记 are one province). Central
   posts (no jurisdiction), foreign and unknown jurisdictions, former posts and
   posts far apart in time never rule anyone out: officials move, and a move
   must not split a career in two.
4. **Choosing among the rest.** A candidate whose posts lie in a province this
   document's posts or places point to is preferred; otherwise the earliest
   stored person of the name.
5. **Otherwise a new person**, whose ``kept_apart`` column says which conflict
   made it.

So the rule errs towards merging: two different 王旭 are kept apart only when
documents of the same week give them posts in different provinces. How each
name was resolved is kept in ``document_persons.basis`` (new, only, province,
earliest, kept_apart) so that any merge can be checked.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Two documents within a week that give one name current posts in different
# provinces speak of two people: a transfer is reported with the old post
# marked 原/不再担任 (status former), and reports run on the day or the next.
SAME_TIME_DAYS = 7
ADMIN_DIVISIONS = "admin_divisions.tsv"
PROVINCE_DIGITS = 2


@dataclass(slots=True)
class Resolution:
    person_id: int
    basis: str


@lru_cache(maxsize=1)
def _division_provinces() -> dict[str, frozenset[str]]:
    """Division name → the provinces (2-digit codes) that have a division of that name."""
    table: dict[str, set[str]] = {}
    try:
        text = resources.files("yamen.data").joinpath(ADMIN_DIVISIONS).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):  # the table ships with the places stage
        return {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        code, name = row.get("code") or "", row.get("name") or ""
        if len(code) >= PROVINCE_DIGITS and name:
            table.setdefault(name, set()).add(code[:PROVINCE_DIGITS])
    return {name: frozenset(codes) for name, codes in table.items()}


def province_of(jurisdiction: str | None, adcodes: dict[str, str]) -> str | None:
    """The province (2-digit code) of a jurisdiction, or None when it cannot be told for sure."""
    if not jurisdiction:
        return None
    adcode = adcodes.get(jurisdiction)
    if adcode and len(adcode) >= PROVINCE_DIGITS:
        return adcode[:PROVINCE_DIGITS]
    codes = _division_provinces().get(jurisdiction)
    if codes and len(codes) == 1:
        return next(iter(codes))
    return None  # ambiguous (朝阳区 is in Beijing and in Changchun) or not a division


def resolve(conn: sqlite3.Connection, name: str, *, provinces: Iterable[str],
            date: str | None, context_provinces: Iterable[str]) -> Resolution:
    """The stored person this name is, creating one when none fits (see the module rule)."""
    candidates = [pid for (pid,) in conn.execute(
        "SELECT id FROM persons WHERE name = ? ORDER BY id", (name,))]
    own = set(provinces)
    if not candidates:
        return Resolution(_create(conn, name, None), "new")
    conflicts: dict[int, set[str]] = {}
    if own and date:
        conflicts = _contemporaneous_provinces(conn, candidates, date)
    fitting = [pid for pid in candidates if not (conflicts.get(pid) and not conflicts[pid] & own)]
    if not fitting:
        first = candidates[0]
        held = "、".join(sorted(conflicts[first]))
        note = (f"same name as person {first}, who held current posts in province {held} within "
                f"{SAME_TIME_DAYS} days of {date}; this one in {'、'.join(sorted(own))}")
        return Resolution(_create(conn, name, note), "kept_apart")
    if len(fitting) == 1 and len(candidates) == 1:
        return Resolution(fitting[0], "only")
    pointers = own | set(context_provinces)
    if pointers:
        held_by = _provinces_held(conn, fitting)
        for pid in fitting:
            if held_by.get(pid, set()) & pointers:
                return Resolution(pid, "province")
    return Resolution(fitting[0], "earliest")


def _create(conn: sqlite3.Connection, name: str, kept_apart: str | None) -> int:
    cur = conn.execute("INSERT INTO persons (name, kept_apart) VALUES (?, ?)", (name, kept_apart))
    return int(cur.lastrowid or 0)


def _contemporaneous_provinces(conn: sqlite3.Connection, persons: list[int],
                               date: str) -> dict[int, set[str]]:
    marks = ",".join("?" * len(persons))
    rows = conn.execute(
        f"""SELECT DISTINCT p.person_id, p.province
            FROM positions p
            JOIN position_evidence pe ON pe.position_id = p.id
            JOIN documents d ON d.id = pe.document_id
            WHERE p.person_id IN ({marks}) AND p.province IS NOT NULL
              AND pe.status = 'current' AND d.date IS NOT NULL
              AND abs(julianday(d.date) - julianday(?)) <= ?""",
        [*persons, date, SAME_TIME_DAYS],
    )
    held: dict[int, set[str]] = {}
    for pid, province in rows:
        held.setdefault(pid, set()).add(province)
    return held


def _provinces_held(conn: sqlite3.Connection, persons: list[int]) -> dict[int, set[str]]:
    marks = ",".join("?" * len(persons))
    held: dict[int, set[str]] = {}
    for pid, province in conn.execute(
        f"SELECT DISTINCT person_id, province FROM positions "
        f"WHERE person_id IN ({marks}) AND province IS NOT NULL", persons
    ):
        held.setdefault(pid, set()).add(province)
    return held
