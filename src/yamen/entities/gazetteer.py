"""The place gazetteer: every surface form yamen recognises, built once from package data.

Tables (sources in ``yamen/data/SOURCES.md``): ``admin_divisions.tsv`` (GB/T 2260 codes,
current and former, 2010-12 to 2023-06), ``townships.tsv``, ``countries.tsv``,
``foreign_places.tsv``, ``macro_regions.tsv``, ``sites.tsv``, ``not_places.txt``,
``county_short_words.txt`` and ``place_abbreviations.tsv``. A surface maps to one or more
:class:`Place` candidates and a :class:`Form` that says how much context it needs before it
counts as a place.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from importlib import resources

# Administrative suffixes removed to form a short name, longest first.
PREFECTURE_SUFFIXES = ("自治州", "地区", "市", "盟")
COUNTY_SUFFIXES = ("自治县", "自治旗", "新区", "林区", "特区", "县", "区", "市", "旗")
PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}


class Form(Enum):
    """How a surface form may count as a place."""

    FULL = "full"  # full official name: counts wherever it stands
    SHORT = "short"  # province or prefecture short name (广东, 深圳): counts unless guarded
    GUARDED = "guarded"  # needs a parent locator just before it, or the full name elsewhere
    LOCATOR_ONLY = "locator_only"  # needs a parent locator just before it
    BLOCK = "block"  # a fixed expression that contains a place word but names none


@dataclass(frozen=True)
class Place:
    """One place the gazetteer knows: a division, country, region or foreign place."""

    name: str
    kind: str
    adcode: str | None = None
    parent: str | None = None  # adcode of the parent division; a foreign place's country
    status: str = "current"


@dataclass
class Match:
    """A place reference found in the text."""

    start: int
    end: int
    place: Place | None  # None: a fixed expression that names no place
    candidates: tuple[Place, ...] = ()


def overlaps(match: Match, others: list[Match]) -> bool:
    """Whether ``match`` shares a character with any of ``others``."""
    return any(o.start < match.end and match.start < o.end for o in others)


@dataclass
class Surface:
    """A string as it may appear in text, with its candidate places."""

    form: Form
    places: list[Place] = field(default_factory=list)


@dataclass(eq=False)  # hashed by identity: built once, cached
class Gazetteer:
    """All surfaces, indexed by their first two characters for a longest-match scan."""

    surfaces: dict[str, Surface]
    lengths: dict[str, tuple[int, ...]]  # 2-char prefix → surface lengths, longest first
    divisions: dict[str, Place]  # adcode → division
    abbreviations: list[tuple[str, str, str]]  # (surface, names, rule)

    def ancestors(self, place: Place) -> set[str]:
        """Adcodes of the divisions that contain ``place`` (a township's county included)."""
        out: set[str] = set()
        current: Place | None = place
        while current is not None and current.parent and current.kind in _DIVISION_KINDS:
            out.add(current.parent)
            current = self.divisions.get(current.parent)
        return out


def _rows(name: str) -> list[list[str]]:
    text = resources.files("yamen.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [row for row in csv.reader(lines[1:], delimiter="\t")]


def _lines(name: str) -> list[str]:
    text = resources.files("yamen.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def word_list(name: str) -> frozenset[str]:
    """One list from ``place_words.tsv`` (guards, ethnic stems, generic site words)."""
    return frozenset(word for list_name, word in _rows("place_words.tsv") if list_name == name)


@cache
def _ethnic_re() -> re.Pattern[str]:
    return re.compile("|".join(sorted(word_list("ethnic_stem"), key=len, reverse=True)))


def short_name(name: str, kind: str) -> str | None:
    """The name without its administrative suffix, or None when under two characters.

    >>> short_name("延边朝鲜族自治州", "prefecture"), short_name("安吉县", "county")
    ('延边', '安吉')
    """
    if kind == "province":
        return PROVINCE_SHORT.get(name) or name[:-1]
    suffixes = PREFECTURE_SUFFIXES if kind == "prefecture" else COUNTY_SUFFIXES
    for suffix in suffixes:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                found = _ethnic_re().search(stem)
                stem = stem[: found.start()] if found else stem
            return stem if len(stem) >= 2 else None
    return None


def _add(surfaces: dict[str, Surface], text: str, form: Form, place: Place | None) -> None:
    entry = surfaces.get(text)
    if entry is None:
        entry = surfaces[text] = Surface(form)
    elif _FORM_RANK[form] < _FORM_RANK[entry.form]:
        # A surface seen in several roles keeps its strongest one (吉林: province short name
        # beats the guarded short name of 吉林市); candidates of the weaker role are dropped.
        entry.form, entry.places = form, []
    elif _FORM_RANK[form] > _FORM_RANK[entry.form]:
        return
    if place is not None and place not in entry.places:
        entry.places.append(place)


_DIVISION_KINDS = frozenset(("province", "prefecture", "county", "township"))
_FORM_RANK = {Form.BLOCK: 0, Form.FULL: 1, Form.SHORT: 2, Form.GUARDED: 3, Form.LOCATOR_ONLY: 4}
TAIWAN = "710000"  # 台湾省, the parent of the divisions in taiwan_divisions.tsv
_KIND_RANK = {"province": 0, "prefecture": 1, "county": 2}


@cache
def gazetteer() -> Gazetteer:
    """Build the gazetteer once per process."""
    surfaces: dict[str, Surface] = {}
    divisions: dict[str, Place] = {}
    for code, name, kind, parent, _first, _last, status in _rows("admin_divisions.tsv"):
        place = Place(name, kind, code, parent or None, status)
        # A code can carry two names over time (蓟县 → 蓟州区 keep different codes, but a
        # renamed unit may keep its code); the current name wins.
        if code not in divisions or status == "current":
            divisions[code] = place
    # Province first, so a short name shared with a lower unit goes to the province.
    common_words = set(_lines("county_short_words.txt"))
    guarded_short = word_list("guarded_prefecture_short")
    guarded_full = word_list("guarded_county_full")
    guarded_townships = word_list("guarded_township")
    for place in sorted(divisions.values(), key=lambda p: _KIND_RANK[p.kind]):
        full_form = Form.LOCATOR_ONLY if place.name in guarded_full else Form.FULL
        _add(surfaces, place.name, full_form, place)
        short = short_name(place.name, place.kind)
        if short is None or short == place.name:
            continue
        if place.kind == "county" and short in common_words:
            continue  # 合作, 振兴, 资源: only the full name counts
        standalone = place.kind == "province" or (
            place.kind == "prefecture" and short not in guarded_short
        )
        form = Form.SHORT if standalone else Form.GUARDED
        _add(surfaces, short, form, place)
        if place.kind == "prefecture" and place.name.endswith("自治州"):
            _add(surfaces, short + "州", Form.FULL, place)  # 海北州, 延边州, 凉山州
    current = {p.name: p for p in divisions.values() if p.status == "current"}
    for alias in word_list("county_alias"):
        surface, _, name = alias.partition("=")
        if name in current:
            _add(surfaces, surface, Form.FULL, current[name])  # 前郭县, 科右前旗
    for name, kind, short, guarded in _rows("taiwan_divisions.tsv"):
        place = Place(name, kind, None, TAIWAN)
        _add(surfaces, name, Form.FULL, place)
        _add(surfaces, short, Form.GUARDED if guarded == "1" else Form.SHORT, place)
    township_short = word_list("township_short")
    for _code, name, county in _rows("townships.tsv"):
        if len(name) - (2 if name.endswith("街道") else 1) < 2 or name in guarded_townships:
            continue
        place = Place(name, "township", None, county)
        _add(surfaces, name, Form.FULL, place)
        if name[:-1] in township_short:
            _add(surfaces, name[:-1], Form.FULL, place)  # 博鳌 → 博鳌镇
    for name, _iso2, kind, aliases in _rows("countries.tsv"):
        place = Place(name, kind)
        for surface in [name, *filter(None, aliases.split("|"))]:
            _add(surfaces, surface, Form.FULL, place)
    for name, country, aliases in _rows("foreign_places.tsv"):
        place = Place(name, "foreign", None, country)
        for surface in [name, *filter(None, aliases.split("|"))]:
            _add(surfaces, surface, Form.FULL, place)
    for table, kind in (("macro_regions.tsv", "region"), ("sites.tsv", "site")):
        for name, aliases in _rows(table):
            place = Place(name, kind)
            for surface in [name, *filter(None, aliases.split("|"))]:
                _add(surfaces, surface, Form.FULL, place)
    for phrase in _lines("not_places.txt"):
        _add(surfaces, phrase, Form.BLOCK, None)
    for entry in surfaces.values():
        # Candidates in a stable order: current before former, then higher level first.
        entry.places.sort(key=lambda p: (p.status != "current", _KIND_RANK.get(p.kind, 3)))
    lengths: dict[str, set[int]] = {}
    for text in surfaces:
        if len(text) >= 2:
            lengths.setdefault(text[:2], set()).add(len(text))
    abbreviations = [(row[0], row[1], row[2]) for row in _rows("place_abbreviations.tsv")]
    return Gazetteer(
        surfaces,
        {key: tuple(sorted(value, reverse=True)) for key, value in lengths.items()},
        divisions,
        abbreviations,
    )


@cache
def word_county_shorts() -> dict[str, tuple[Place, ...]]:
    """Counties whose short name is an ordinary word (滨海, 东方) and so no surface of its own:
    short name → the counties. Only a list that shares a locator licenses these."""
    words = set(_lines("county_short_words.txt"))
    out: dict[str, list[Place]] = {}
    for place in gazetteer().divisions.values():
        short = short_name(place.name, place.kind) if place.kind == "county" else None
        if short in words and place.status == "current":
            out.setdefault(short, []).append(place)
    return {short: tuple(places) for short, places in out.items()}
