"""The titles lexicon (``data/titles.tsv``), read once so that the title reader, the chain
reader and the bodies share it: central titles read whole (总书记, 国务院总理), local post
words (书记, 市长), the organs a title may name (党组, 人大常委会), foreign posts and parties,
and the long forms of posts labels write short (常务委员 → 常委); and the NPC parent a report
leaves out before a committee written short (财经委 → 全国人大财经委).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from yamen.lexicon import rows

# A term number inside a long central title (中国人民政治协商会议第十四届全国委员会主席).
TERM = r"(?:第[一二三四五六七八九十百]+届)?"
TERM_MARK = "{届}"


@dataclass(frozen=True, slots=True)
class Tables:
    pattern: re.Pattern[str]
    central: dict[str, tuple[str, str, str]]  # surface → (label, body, post)
    orgs: dict[str, str]  # surface → written form
    foreign: frozenset[str]  # posts a country's name may head
    parties: dict[str, str]  # foreign party short name → country
    posts: frozenset[str]  # local post words
    aliases: dict[str, str]  # long form of a post → the form labels use
    party_labels: dict[str, str]  # foreign party as written → the name labels use
    foreign_labels: dict[str, str]  # foreign post as written → in full (国防部长 → 国防部部长)
    party_posts: frozenset[str]  # posts of an unlisted foreign party (领导人, 干事长)
    party_ends: tuple[str, ...]  # how a foreign party's name ends (党, 联盟, 运动)
    governments: tuple[str, ...]  # 政府, 王国政府: dropped between a country and its head
    foreign_only: frozenset[str]  # posts China does not have (总统, 首相, 国王)

    @property
    def longest_org(self) -> int:
        return max(map(len, self.orgs))


@cache
def tables() -> Tables:
    central: dict[str, tuple[str, str, str]] = {}
    posts: list[str] = []
    orgs: dict[str, str] = {}
    foreign: set[str] = set()
    parties: dict[str, str] = {}
    party_labels: dict[str, str] = {}
    aliases: dict[str, str] = {}
    foreign_labels: dict[str, str] = {}
    lists: dict[str, list[str]] = {"party_post": [], "party_end": [], "government": [],
                                   "foreign_only": []}
    patterns: list[str] = []
    for kind, surface, *rest in rows("titles.tsv"):
        if kind == "central":
            central[surface.replace(TERM_MARK, "")] = (rest[0], rest[1], rest[2])
            patterns.append(TERM.join(map(re.escape, surface.split(TERM_MARK))))
        elif kind == "post":
            posts.append(surface)
        elif kind == "org":
            orgs[surface] = rest[0]
        elif kind == "foreign":
            foreign.add(surface)
            foreign_labels[surface] = rest[0] if rest else surface
        elif kind == "party":
            parties[surface] = rest[0]
            party_labels[surface] = rest[1] if len(rest) > 1 else surface
        elif kind == "alias":
            aliases[surface] = rest[0]
            posts.append(surface)
        elif kind in lists:
            lists[kind].append(surface)
    patterns += map(re.escape, {*posts, *foreign, *lists["party_post"]} - central.keys())
    # Longest first, so that 中央政治局常委 wins over 常委 where both start.
    patterns.sort(key=lambda p: len(p.replace(TERM, "").replace("\\", "")), reverse=True)
    return Tables(re.compile("|".join(patterns)), central, orgs, frozenset(foreign), parties,
                  frozenset(posts), aliases, party_labels, foreign_labels,
                  frozenset(lists["party_post"]), tuple(lists["party_end"]),
                  tuple(sorted(lists["government"], key=len, reverse=True)),
                  frozenset(lists["foreign_only"]))


def foreign_label(post: str) -> str:
    """A foreign post as labels write it: 国防部长 → 国防部部长, 外长 → 外交部部长."""
    return tables().foreign_labels.get(post, post)


def party_only(post: str) -> bool:
    """Whether ``post`` is read only after a foreign party's name (领导人, 干事长)."""
    table = tables()
    return (post in table.party_posts and post not in table.posts
            and post not in table.central and post not in table.foreign)


# A term number inside a title word (中央委员会第十九届委员).
_TERM_IN_WORD = re.compile(r"第[一二三四五六七八九十百]+届")


def word_of(match: re.Match[str]) -> str:
    """The title word a match stands for: term number left out (中央委员会委员), a long
    form of a post written short (常务委员 → 常委)."""
    word = _TERM_IN_WORD.sub("", match.group())
    return tables().aliases.get(word, word)


# How far back an NPC committee's report must name the NPC for its parent to be written.
NPC_WINDOW = 2000
_NPC_NAMED = re.compile(r"全国人大|全国人民代表大会")
NPC_SC = "全国人大常委会"


@cache
def npc_parents() -> dict[str, str]:
    """NPC committees (财经委) → the parent an NPC report leaves out (全国人大)."""
    return {row[1]: row[2] for row in rows("bodies.tsv") if row[0] == "body" and len(row) > 2}


@cache
def _short_forms() -> dict[str, str]:
    """Less standard short forms of bodies (首规委) → the full names labels write."""
    return {row[1]: row[2] for row in rows("bodies.tsv") if row[0] == "short"}


def npc_written(text: str, start: int, written: str, name: str) -> str:
    """An NPC committee written without its parent (宪法法律委, 常委会法工委) in a report
    that names the NPC: written with it (全国人大宪法法律委, 全国人大常委会法工委); a less
    standard short form written out (首规委 → 首都规划建设委员会)."""
    if (full := _short_forms().get(name)) is not None:
        return written.replace(name, full)
    parent = npc_parents().get(name)
    if parent is None or not _NPC_NAMED.search(text, max(0, start - NPC_WINDOW), start):
        return written
    if written.startswith("常委会"):
        return f"全国人大{written}"
    return written if written.startswith(parent) else f"{parent}{written}"
