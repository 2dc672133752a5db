"""Title chains and the positions they give: 省委副书记、省长王伟中 → two posts.

A local title reads right to left from its post word: post (书记, 市长), then the
body (委, 人大常委会, 委教育工委), then the jurisdiction (天津市, 深圳, or a bare
level 省 / 市 that context resolves). Central titles (总书记, 国务院总理) are whole
entries of ``data/titles.tsv``. Titles joined by 、 form one chain, and the name
that follows a chain holds every post in it.
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


@dataclass(slots=True)
class Title:
    """One title in a chain, as read; ``jurisdiction`` is filled when resolved."""

    span: Span
    post: str
    org: str = ""  # the body as written out after the jurisdiction: 委, 人民政府
    jurisdiction: str | None = None  # full name
    level: str | None = None  # a bare level (省, 市) still to resolve
    central: tuple[str, str] | None = None  # (label, org) of a central title; post is the post
    former: bool = False

    @property
    def label(self) -> str:
        if self.central is not None:
            return self.central[0]
        place = self.jurisdiction or ("" if self.post in LEVEL_POSTS else self.level or "")
        post = self.post
        if not self.org and place and post.startswith(place[-1]):
            post = post[1:]  # 天津市 + 市长 → 天津市长 (广东省 + 副省长 stays 广东省副省长)
        return f"{place}{self.org}{post}"

    def position(self) -> dict[str, object]:
        if self.central is not None:
            org: str | None = self.central[1] or None
            jurisdiction = None
        else:
            place = self.jurisdiction or ("" if self.post in LEVEL_POSTS else self.level or "")
            written = self.org or ("人民政府" if self.post.endswith("长") else "")
            org = f"{place}{written}" if written and place else None
            jurisdiction = self.jurisdiction
        return {
            "label": self.label,
            "title": self.post,
            "org": org,
            "jurisdiction": jurisdiction,
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


@cache
def _tables() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]], dict[str, str]]:
    central: dict[str, tuple[str, str, str]] = {}
    posts: list[str] = []
    orgs: dict[str, str] = {}
    for row in rows("titles.tsv"):
        kind, surface, *rest = row
        if kind == "central":
            label, org, post = rest
            central[surface] = (label, org, post)
        elif kind == "post":
            posts.append(surface)
        elif kind == "org":
            orgs[surface] = rest[0]
    words = sorted([*central, *posts], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), central, orgs


def jurisdiction_ending_at(text: str, end: int) -> tuple[str, str, int] | None:
    """(full name, kind, start) of the division named just before ``end``, longest first."""
    surfaces = gazetteer().surfaces
    for size in range(min(MAX_JURISDICTION, end), 1, -1):
        entry = surfaces.get(text[end - size:end])
        if entry is None or not entry.places:
            continue
        place = entry.places[0]
        if place.kind in ("province", "prefecture", "county"):
            return place.name, place.kind, end - size
    return None


def _read_title(text: str, match: re.Match[str]) -> Title | None:
    _, central, orgs = _tables()
    word, start, end = match.group(), match.start(), match.end()
    if word in central:
        former = text.endswith(FORMER_BEFORE, 0, start)
        label, org, post = central[word]
        return Title(Span(start, end), post, central=(label, org), former=former)
    title = Title(Span(start, end), word)
    at = start
    if text.endswith("原", 0, at):  # 北京市委原书记
        title.former, at = True, at - 1
    for size in range(min(6, at), 0, -1):
        if text[at - size:at] in orgs:
            title.org, at = orgs[text[at - size:at]], at - size
            break
    found = jurisdiction_ending_at(text, at)
    if found is not None:
        title.jurisdiction, _, at = found
    else:
        for level in sorted(LEVELS, key=len, reverse=True):
            if text.endswith(level, 0, at):
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
            return None  # 主任 alone names no body: the chain may still give one (…、秘书长)
    title.span = Span(at, end)
    return title


def _inherit(before: Title, match: re.Match[str]) -> Title:
    """A post with no body of its own takes the body of the title before it in the chain."""
    span, post = Span(match.start(), match.end()), match.group()
    if before.central is not None:
        body = before.central[1]  # 全国人大常委会副委员长、秘书长 → 全国人大常委会秘书长
        return Title(span, post, central=(f"{body}{post}", body) if body else None)
    return Title(span, post, org=before.org, jurisdiction=before.jurisdiction, level=before.level)


def find_chains(text: str) -> list[Chain]:
    """Every title chain in Simplified ``text``: titles joined by 、 or 兼, in order."""
    pattern, _, _ = _tables()
    chains: list[Chain] = []
    previous_end = -1
    for match in pattern.finditer(text):
        title = _read_title(text, match)
        start = title.span.start if title is not None else match.start()
        joined = bool(chains) and text[previous_end:start] in CHAIN_JOINERS
        if title is None:
            if joined:  # 市委常委、秘书长: the body comes from the title before
                title = _inherit(chains[-1].titles[-1], match)
            else:
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
    the nearest division of that level named before the title, the place the report
    is about at that point. ``text_places`` are (offset, full name) of divisions.
    """
    for chain in chains:
        named: dict[str, str] = {}
        for title in chain.titles:
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
                before = [name for at, name in text_places if at < title.span.start]
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
