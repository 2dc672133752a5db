"""The foreign countries a sentence names, for the posts written without their country
(向总统普京 → 俄罗斯总统; 社民党主席 in a visit to Finland): by name (俄罗斯), by a
one-character abbreviation in a pair with China (中俄关系, 美中) or as a side (俄方).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from yamen.entities.gazetteer import gazetteer
from yamen.lexicon import rows

# Where a sentence ends, for the country a sentence is about.
_SENTENCE_BREAK = re.compile(r"[。！？；\n]")
COUNTRY_SIZES = (6, 5, 4, 3, 2)


def country_opening(name: str) -> str | None:
    """The foreign country a body's name opens with (阿联酋 of 阿联酋联邦国民议会)."""
    surfaces = gazetteer().surfaces
    for size in COUNTRY_SIZES:
        entry = surfaces.get(name[:size])
        place = entry.places[0] if entry is not None and entry.places else None
        if place is not None and place.kind == "country" and place.name != "中国":
            return place.name if len(name) > size else None
    return None


def sentence_around(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence around ``at``."""
    start = max(text.rfind(c, 0, at) for c in "。！？；\n") + 1
    found = _SENTENCE_BREAK.search(text, at)
    return start, found.start() if found else len(text)


def country_in_view(text: str, at: int) -> str | None:
    """The one foreign country the sentence around ``at`` names — failing any, its
    paragraph — or None when there is none or more than one."""
    start, end = sentence_around(text, at)
    countries = countries_in(text, start, end)
    if not countries:
        para_start = text.rfind("\n", 0, at) + 1
        para_end = text.find("\n", at)
        countries = countries_in(text, para_start, para_end if para_end >= 0 else len(text))
    return countries[0] if len(countries) == 1 else None


# After 中 and a country's one-character abbreviation, either way round (中俄关系, 美中
# 双边关系): what shows the
# pair names two countries, not a word (中西部, 中美洲, 中英文).
_PAIR_AFTER = frozenset("两关合双友建贸人经战全务政议教")
_SIDE_BEFORE = frozenset("与同和及向对跟，,。、：:")
# Sides that are words (西方, 比方, 古方, 老方法): not a country's side.
_NOT_SIDE = frozenset("西比古老")


def countries_in(text: str, start: int, end: int) -> list[str]:
    """Foreign countries named in text[start:end]: by name (俄罗斯), or by a one-character
    abbreviation that stands for one country in a pair with China (中俄, 美中) or a side
    (俄方愿)."""
    found = [name for _, name in _country_hits(text, start, end)]
    return list(dict.fromkeys(name for name in found if name != "中国"))


@lru_cache(maxsize=8)
def country_initials_written(text: str) -> frozenset[str]:
    """The first characters of the foreign countries a text names, as written and as the
    country's name begins: 马 of 马其顿 (now 北马其顿), 巴 of 巴哈马, 乌 (乌克兰). One scan
    per text, kept for the few calls on the same text."""
    hits = [(first, name) for first, name in _country_hits(text, 0, len(text)) if name != "中国"]
    return frozenset(first for first, _ in hits) | frozenset(name[0] for _, name in hits)


def _country_hits(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """The countries text[start:end] names, in order: (the first character as written,
    the country). Names by one scan of the name pattern; pairs and sides only where 中 or
    方 stands, and never inside a name."""
    surfaces = gazetteer().surfaces
    names = list(_country_names().finditer(text, start, end))
    found = [(m.start(), text[m.start()], surfaces[m.group()].places[0].name) for m in names]
    taken = {at for m in names for at in range(m.start(), m.end())}
    short = _abbreviations() | _written_in_full(text)
    candidates = set()
    for mark in _PAIR_OR_SIDE.finditer(text, max(0, start - 1), end):
        at = mark.start()
        candidates.update((at, at - 1) if mark.group() == "中" else (at - 1,))
    for at in sorted(candidates):
        if start <= at < end and at not in taken:
            hit = _pair_or_side(text, at, end, short)
            if hit is not None:
                found.append((at, *hit))
    return [(first, name) for _, first, name in sorted(found)]


_PAIR_OR_SIDE = re.compile("[中方]")


def _pair_or_side(text: str, at: int, end: int, short: dict[str, str]) -> tuple[str, str] | None:
    """中俄关系, 美中关系 (a pair with China) or 俄方 (a side) at ``at``: the abbreviation
    and its country."""
    pair = text[at:at + 2]
    if (at + 3 <= end and "中" in pair and pair.replace("中", "", 1) in short
            and text[at + 2] in _PAIR_AFTER):
        one = pair.replace("中", "", 1)
        return one, short[one]
    if (at + 2 <= end and pair[1:] == "方" and pair[0] in short and pair[0] not in _NOT_SIDE
            and (at == 0 or text[at - 1] in _SIDE_BEFORE)):
        return pair[0], short[pair[0]]
    return None


@cache
def _country_names() -> re.Pattern[str]:
    """Every country name of the gazetteer in COUNTRY_SIZES, longest first: at each place
    the longest country that starts there, as a left-to-right scan finds them."""
    names = [surface for surface, entry in gazetteer().surfaces.items()
             if len(surface) in COUNTRY_SIZES and entry.places
             and entry.places[0].kind == "country"]
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


def shared_guo(text: str, at: int) -> str | None:
    """美国务院, 美国防部长: a country whose name ends in 国 written by its abbreviation,
    sharing that 国 with a body named after it (国务院, 国防部, 国会) that starts at ``at``.
    The country (美国), or None."""
    if at < 1 or not text.startswith("国", at):
        return None
    country = _abbreviations().get(text[at - 1])
    if country != f"{text[at - 1]}国":
        return None
    if at >= 2 and text[at - 2] not in _SIDE_BEFORE and "\u4e00" <= text[at - 2] <= "\u9fff":
        return None  # 欧美国家: the abbreviation ends another word
    return country


@lru_cache(maxsize=8)
def _written_in_full(text: str) -> dict[str, str]:
    """中塞建交 in a text about 塞拉利昂: a one-character abbreviation stands for the one
    country of that initial the text writes in full, when that is not the usual one
    (塞 is 塞尔维亚 elsewhere). Read once per text."""
    surfaces, named = gazetteer().surfaces, {}
    for m in _country_names().finditer(text):
        named.setdefault(text[m.start()], set()).add(surfaces[m.group()].places[0].name)
    short = _abbreviations()
    return {initial: next(iter(names)) for initial, names in named.items()
            if len(names) == 1 and initial in short and short[initial] not in names
            and "中国" not in names}


@cache
def _abbreviations() -> dict[str, str]:
    """One-character country abbreviations that stand for one country (俄, 柬; not 巴)."""
    surfaces = gazetteer().surfaces

    def country(name: str) -> bool:
        entry = surfaces.get(name)
        return entry is not None and bool(entry.places) and entry.places[0].kind == "country"

    return {surface: name for surface, name, rule in rows("place_abbreviations.tsv")
            if rule == "tagged_char" and "|" not in name and country(name)}
