"""The date of a report's main event, with the year resolved and the basis said.

Order of evidence: a full date in the lead; a month and day in the lead with the
year from metadata (the broadcast or publication date) or, without metadata,
from context (an anniversary, a congress about to open, a year the text states);
近日 / 日前 with a day stated in the body; else the publication date itself.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from yamen.lexicon import rows

# The lead: the report's first sentence, where the main event's day is given.
_LEAD_END = re.compile(r"[。！？\n]")
FULL_DATE = _FULL = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_DAY_ONLY = re.compile(r"(?<![月\d])(\d{1,2})日(?!报)")
_RECENT = re.compile(r"近日|日前|最近|前不久")
# A year the text states of itself; not a target (到2035年, 2035年远景目标, 2030年前).
_STATED_YEAR = re.compile(r"(?<![到至\d])(20[0-4]\d|19[5-9]\d)年(?!代|前|底前|远景|目标|规划)")
# A month more than this far after the metadata month is last year's (a report of
# 12月30日 broadcast on 2 January).
MONTHS_AHEAD_TOLERATED = 1
# A body day stands for a 近日 lead only when it falls this close before the publication
# (a book's date or a past event cited in the body is not the news).
BODY_DAY_WINDOW = dt.timedelta(days=60)
# 将于8月22日: a date ahead of the publication stays in its year.
_FUTURE = re.compile(r"(?:将|将于|即将|定于|拟于)$")
_ABOUT_TO_OPEN = r"(?:召开前夕|开幕前夕|召开之际|即将召开|胜利召开前夕)"
_ANNIVERSARY = r"[^。，；]{0,12}?(\d{1,3})周年"


@cache
def _anchors() -> tuple[tuple[re.Pattern[str], int, str], ...]:
    anchors = []
    for kind, pattern, year in rows("date_anchors.tsv"):
        tail = _ABOUT_TO_OPEN if kind == "opening" else _ANNIVERSARY
        anchors.append((re.compile(f"(?:{pattern}){tail}"), int(year), kind))
    return tuple(anchors)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def context_year(text: str) -> tuple[int, str] | None:
    """A year the text implies: 二十届三中全会召开前夕 → 2024; 京津冀协同发展…10周年 → 2024."""
    for pattern, year, kind in _anchors():
        match = pattern.search(text)
        if match:
            implied = year if kind == "opening" else year + int(match.group(1))
            return implied, match.group()
    stated = _STATED_YEAR.findall(text)
    if stated:
        latest = max(stated)
        return int(latest), f"{latest}年"
    return None


def _year_for(month: int, meta: dt.date | None, text: str,
              future: bool = False) -> tuple[int, str] | None:
    if meta is not None:
        last_year = month > meta.month + MONTHS_AHEAD_TOLERATED and not future
        return meta.year - (1 if last_year else 0), "year from metadata"
    found = context_year(text)
    if found is None:
        return None
    return found[0], f"year from context ({found[1]})"


def resolve_date(text: str, meta_date: str | None) -> tuple[str | None, str | None]:
    """The main event's ISO date and how it was resolved, from Simplified ``text``.

    >>> resolve_date("新华社北京6月24日电 会见。", "2024-06-25")
    ('2024-06-24', 'lead day, year from metadata')
    >>> resolve_date("近日，某地召开会议。", "2024-06-25")
    ('2024-06-25', 'publication')
    """
    meta = dt.date.fromisoformat(meta_date) if meta_date else None
    lead_end = _LEAD_END.search(text)
    lead = text[: lead_end.start() if lead_end else len(text)]
    found = _FULL.search(lead)
    where = "lead"
    if found is None and _RECENT.search(lead):
        found, where = _FULL.search(text), "body"
    if found is not None:
        month, day = int(found.group(2)), int(found.group(3))
        future = bool(_FUTURE.search(text, max(0, found.start() - 3), found.start()))
        if found.group(1):
            date = _iso(int(found.group(1)), month, day)
        else:
            year = _year_for(month, meta, text, future)
            date = _iso(year[0], month, day) if year is not None else None
        if date is not None and _plausible(date, meta, where):
            basis = f"{where} date" if found.group(1) else f"{where} day, {year[1]}"
            return date, basis
    elif meta is not None and (day_only := _DAY_ONLY.search(lead)):
        day = int(day_only.group(1))
        month, year = (meta.month, meta.year) if day <= meta.day else _month_before(meta)
        date = _iso(year, month, day)
        if date is not None:
            return date, "lead day, month and year from metadata"
    if meta is not None:
        return meta.isoformat(), "publication"
    return None, None


def _plausible(date: str, meta: dt.date | None, where: str) -> bool:
    """A day read from the body must fall shortly before the publication it stands for."""
    if meta is None or where == "lead":
        return True
    day = dt.date.fromisoformat(date)
    return meta - BODY_DAY_WINDOW <= day <= meta


def resolve_day(match: re.Match[str], reference: str | None) -> str | None:
    """The ISO date of a ``FULL_DATE`` match (X月X日, maybe with its year), the year from
    ``reference`` (the document's date) when the text gives none; None if no such day."""
    month, day = int(match.group(2)), int(match.group(3))
    if match.group(1):
        return _iso(int(match.group(1)), month, day)
    if reference is None:
        return None
    year = _year_for(month, dt.date.fromisoformat(reference), "")
    return _iso(year[0], month, day) if year is not None else None


def _month_before(date: dt.date) -> tuple[int, int]:
    return (12, date.year - 1) if date.month == 1 else (date.month - 1, date.year)
