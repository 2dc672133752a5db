"""Title chains and the positions they give: 省委副书记、省长王伟中 → two posts.

A local title reads right to left from its post word: post (书记, 市长), then the
body (委, 人大常委会, 委教育工委), then the jurisdiction (天津市, 深圳, or a bare
level 省 / 市 that context resolves). Central titles (总书记, 国务院总理) are whole
entries of ``data/titles.tsv``; a country or a foreign party before a title makes it
foreign (美国总统, 越共中央总书记); a ministry-like body before a post is read as
written (环境保护部部长). Titles joined by 、 form one chain, and the name that
follows a chain holds every post in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from yamen.document import Span
from yamen.entities.gazetteer import gazetteer
from yamen.lexicon import rows

# Bare level words and the kind of division each stands for.
LEVELS = {"自治区": "province", "省": "province", "市": "prefecture", "州": "prefecture",
          "县": "county", "区": "county"}
# Posts that name their own level, and so stand alone at the head of a chain (副省长张三).
LEVEL_POSTS = {
    post: level
    for level in ("省", "市", "县", "区", "州")
    for post in (f"{level}长", f"副{level}长", f"常务副{level}长", f"代{level}长")
}
MAX_JURISDICTION = 12
FORMER_BEFORE = ("时任", "原任", "原")
CHAIN_JOINERS = frozenset({"、", "兼"})
# A body written out before a post when no jurisdiction grammar applies: ministries,
# offices, commissions (环境保护部部长, 国务院新闻办公室主任, 中央组织部部长).
_BODY_SUFFIX = re.compile(r"(?:部|委员会|办公厅|办公室|局|署|总局|委|书记处)$")
MAX_BODY = 12
# Where a written-out body starts: after punctuation or a word that cannot be part of it.
_BODY_STOP = re.compile(r"[^\u4e00-\u9fff]|[的和与及在任为由兼原免去同向对是了把将被]")


@dataclass(slots=True)
class Title:
    """One title in a chain, as read; ``jurisdiction`` is filled when resolved."""

    span: Span
    post: str
    org: str = ""  # the body as written out after the jurisdiction: 委, 人民政府
    jurisdiction: str | None = None  # full name (a country for a foreign post)
    level: str | None = None  # a bare level (省, 市) still to resolve
    fixed: tuple[str, str] | None = None  # (label, body) of a title read whole
    former: bool = False

    @property
    def _place(self) -> str:
        return self.jurisdiction or ("" if self.post in LEVEL_POSTS else self.level or "")

    def _body(self, place: str) -> str:
        # 蔚县 + 委 → 蔚县县委: a one-character name keeps its level word before a committee
        short = self.jurisdiction is not None and len(place) <= 2
        return f"{place[-1]}{self.org}" if short and self.org == "委" else self.org

    @property
    def label(self) -> str:
        if self.fixed is not None:
            return self.fixed[0]
        place, post = self._place, self.post
        short = self.jurisdiction is not None and len(place) <= 2
        if not self.org and place and not short and post.startswith(place[-1]):
            post = post[1:]  # 天津市 + 市长 → 天津市长 (广东省 + 副省长 stays 广东省副省长)
        return f"{place}{self._body(place)}{post}"

    def position(self) -> dict[str, object]:
        if self.fixed is not None:
            org: str | None = self.fixed[1] or None
        else:
            place = self._place
            written = self._body(place) or ("人民政府" if self.post.endswith("长") else "")
            org = f"{place}{written}" if written and place else None
        return {
            "label": self.label,
            "title": self.post,
            "org": org,
            "jurisdiction": self.jurisdiction,
            "evidence": self.span.as_list(),
            "status": "former" if self.former else "current",
        }


@dataclass(slots=True)
class Chain:
    titles: list[Title]

    @property
    def start(self) -> int:
        return self.titles[0].span.start

    @property
    def end(self) -> int:
        return self.titles[-1].span.end


@dataclass(frozen=True, slots=True)
class _Tables:
    pattern: re.Pattern[str]
    central: dict[str, tuple[str, str, str]]  # surface → (label, body, post)
    orgs: dict[str, str]  # surface → written form
    foreign: frozenset[str]  # posts a country's name may head
    parties: dict[str, str]  # foreign party short name → country


@cache
def _tables() -> _Tables:
    central: dict[str, tuple[str, str, str]] = {}
    posts: list[str] = []
    orgs: dict[str, str] = {}
    foreign: set[str] = set()
    parties: dict[str, str] = {}
    for kind, surface, *rest in rows("titles.tsv"):
        if kind == "central":
            central[surface] = (rest[0], rest[1], rest[2])
        elif kind == "post":
            posts.append(surface)
        elif kind == "org":
            orgs[surface] = rest[0]
        elif kind == "foreign":
            foreign.add(surface)
        elif kind == "party":
            parties[surface] = rest[0]
    words = sorted({*central, *posts, *foreign}, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, words)))
    return _Tables(pattern, central, orgs, frozenset(foreign), parties)


def jurisdiction_ending_at(text: str, end: int) -> tuple[str, str, int] | None:
    """(full name, kind, start) of the division named just before ``end``, longest first."""
    return _place_ending_at(text, end, ("province", "prefecture", "county"))


def _place_ending_at(text: str, end: int, kinds: tuple[str, ...]) -> tuple[str, str, int] | None:
    surfaces = gazetteer().surfaces
    for size in range(min(MAX_JURISDICTION, end), 1, -1):
        entry = surfaces.get(text[end - size:end])
        if entry is None or not entry.places:
            continue
        place = entry.places[0]
        if place.kind in kinds:
            return place.name, place.kind, end - size
    return None


def _foreign_head(text: str, start: int) -> tuple[str, str, int] | None:
    """(prefix as written, country, start) of a foreign party or country just before ``start``."""
    tables = _tables()
    for party, country in sorted(tables.parties.items(), key=lambda p: -len(p[0])):
        if text.endswith(party, 0, start):
            return party, country, start - len(party)
    found = _place_ending_at(text, start, ("country",))
    if found is not None:
        return text[found[2]:start], found[0], found[2]
    return None


def _read_title(text: str, match: re.Match[str]) -> Title | None:
    tables = _tables()
    word, start, end = match.group(), match.start(), match.end()
    if word in tables.central or word in tables.foreign:
        return _read_whole(text, match)
    title = Title(Span(start, end), word)
    at = start
    if text.endswith("原", 0, at):  # 北京市委原书记
        title.former, at = True, at - 1
    for size in range(min(6, at), 0, -1):
        if text[at - size:at] in tables.orgs:
            title.org, at = tables.orgs[text[at - size:at]], at - size
            break
    found = jurisdiction_ending_at(text, at)
    if found is not None:
        title.jurisdiction, _, at = found
    else:
        for level in sorted(LEVELS, key=len, reverse=True):
            if text.endswith(level, 0, at):
                # 蔚县县委: the county's own name may stand before its level word
                named = jurisdiction_ending_at(text, at - len(level))
                if named is not None and named[0].endswith(level):
                    title.jurisdiction, _, at = named
                else:
                    title.level, at = level, at - len(level)
                break
    if text.endswith("中共", 0, at):
        at -= 2  # 中共广东省委书记: the prefix is dropped from the label, kept in evidence
    if text.endswith(FORMER_BEFORE, 0, at):
        title.former = True
    if title.jurisdiction is None and title.level is None:
        if word in LEVEL_POSTS:
            title.level = LEVEL_POSTS[word]  # 副省长 alone: a province's, to be resolved
        elif not title.org:
            return _read_body(text, match)
    title.span = Span(at, end)
    return title


def _read_whole(text: str, match: re.Match[str]) -> Title | None:
    """A central title (国务院总理), or a foreign one when a country or party heads it."""
    tables = _tables()
    word, start, end = match.group(), match.start(), match.end()
    head = _foreign_head(text, start)
    if head is not None and head[1] != "中国":
        prefix, country, at = head
        label, body, post = tables.central.get(word, (word, "", word))
        body = f"{prefix}{body.removeprefix('中共')}" if body else country
        return Title(Span(at, end), post, jurisdiction=country, fixed=(f"{prefix}{word}", body))
    if word not in tables.central:
        return None  # 总统 with no country named: no post can be written out
    label, body, post = tables.central[word]
    at = head[2] if head is not None else start  # 中国国家主席: China's own post
    former = text.endswith(FORMER_BEFORE, 0, at)
    return Title(Span(at, end), post, fixed=(label, body), former=former)


def _read_body(text: str, match: re.Match[str]) -> Title | None:
    """A post after a written-out body: 环境保护部部长, 国务院新闻办公室主任."""
    start = match.start()
    left = start
    while left > 0 and start - left < MAX_BODY and not _BODY_STOP.match(text, left - 1):
        left -= 1
    body = text[left:start]
    if len(body) < 2 or not _BODY_SUFFIX.search(body):
        return None
    post = match.group()
    return Title(Span(left, match.end()), post, fixed=(f"{body}{post}", body))


def _continue(before: Title, title: Title | None, match: re.Match[str]) -> Title | None:
    """A title after 、 takes what it lacks from the one before it in the chain.

    市委常委、秘书长 → the body (市委秘书长); 全国人大常委会副委员长、秘书长 → 全国人大常委会
    秘书长; in a foreign chain the party or the country carries on: 越共中央政治局委员、
    中央书记处书记 → 越共中央书记处书记, …、副总理、外交部部长 → 越南副总理, 越南外交部部长.
    """
    span, post = Span(match.start(), match.end()), match.group()
    foreign = before.fixed is not None and before.jurisdiction is not None
    if title is not None:
        if foreign and title.fixed is not None and title.jurisdiction is None:
            label, body = title.fixed
            head = _prefix(before) if label.startswith("中央") else before.jurisdiction or ""
            return Title(title.span, title.post, jurisdiction=before.jurisdiction,
                         fixed=(f"{head}{label}", f"{head}{body}"))
        return title
    if foreign:
        country = before.jurisdiction or ""
        return Title(span, post, jurisdiction=country, fixed=(f"{country}{post}", country))
    if before.fixed is None:
        return Title(span, post, org=before.org, jurisdiction=before.jurisdiction,
                     level=before.level)
    body = before.fixed[1]
    return Title(span, post, fixed=(f"{body}{post}", body)) if body else None


def _prefix(title: Title) -> str:
    """The party a foreign title is written with (越共 of 越共中央总书记), else its country."""
    label = title.fixed[0] if title.fixed is not None else ""
    for party in sorted(_tables().parties, key=len, reverse=True):
        if label.startswith(party):
            return party
    return title.jurisdiction or ""


def find_chains(text: str) -> list[Chain]:
    """Every title chain in Simplified ``text``: titles joined by 、 or 兼, in order."""
    chains: list[Chain] = []
    previous_end = -1
    for match in _tables().pattern.finditer(text):
        title = _read_title(text, match)
        start = title.span.start if title is not None else match.start()
        joined = bool(chains) and text[previous_end:start] in CHAIN_JOINERS
        if joined:
            title = _continue(chains[-1].titles[-1], title, match)
        if title is None:
            continue
        if joined:
            chains[-1].titles.append(title)
        else:
            chains.append(Chain([title]))
        previous_end = title.span.end
    return chains


def resolve(chains: list[Chain], home: dict[str, str], text_places: list[tuple[int, str]]) -> None:
    """Give bare titles (省委书记, 市长) their jurisdiction.

    In a chain, the last named division of that level (天津市委副书记、市长 → 天津市);
    else the outlet's home when the outlet is local (广州日报 → 广东省, 广州市); else
    the nearest division of that level named before the title — in a place mention or
    in another title — the place the report is about at that point.
    """
    named_before = sorted([
        *text_places,
        *((t.span.start, t.jurisdiction) for c in chains for t in c.titles
          if t.jurisdiction is not None and t.fixed is None),
    ])
    for chain in chains:
        named: dict[str, str] = {}
        for title in chain.titles:
            if title.fixed is not None:
                continue
            if title.jurisdiction is not None:
                named[_kind_of_name(title.jurisdiction)] = title.jurisdiction
                continue
            if title.level is None:
                continue
            kind = LEVELS[title.level]
            choice = named.get(kind) or _matching(named.values(), title.level)
            choice = choice or home.get(kind) or _matching([home.get("province", "")],
                                                          title.level)
            if choice is None:
                before = [name for at, name in named_before if at < title.span.start]
                choice = _matching(reversed(before), title.level)
            if choice is not None:
                title.jurisdiction, title.level = choice, None


def _kind_of_name(name: str) -> str:
    for level, kind in LEVELS.items():
        if name.endswith(level):
            return kind
    return "province"


def _matching(names: object, level: str) -> str | None:
    """The first of ``names`` whose full name ends in the bare level word (天津市 for 市)."""
    for name in names:  # type: ignore[attr-defined]
        if name and name.endswith(level):
            return name
    return None
