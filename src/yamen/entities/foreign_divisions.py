"""Foreign provinces and states that neither the gazetteer nor the model's tag alone gives.

Foreign news names a province or state of another country by its transliterated name and
its suffix (巴基斯坦俾路支省, 北基伍省和伊图里省, 提格雷州首府默克莱市, 阿尔萨斯大区区长). The
name alone is rarely in a table, and the model cuts it in many ways (俾路支/LOC 省/n, 伊图里/PER
省/n, 提格/v 雷州/LOC). A name with a division suffix counts here only with a licence the
sentence itself gives:

- a country or foreign place right before it (巴基斯坦俾路支省, 也门西南部贝达省);
- a word only a division takes right after it: its capital or its head (首府, 省长, 州长);
- another foreign division joined to it by 和 or 、 (北基伍省和伊图里省).

Such a division also licenses the name its capital is given by (俾路支省首府奎达 → 奎达), and
it wins over a Chinese short name the model found inside it (提格雷州: not 雷州市).

>>> from yamen.entities.ner import tokens
>>> text = "巴基斯坦俾路支省首府奎达发生爆炸。"
>>> [m.place.name for m in foreign_divisions(text, tokens(text), [])]
['俾路支省', '奎达']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yamen.entities.gazetteer import Match, Place, gazetteer, word_list
from yamen.entities.ner import Entity
from yamen.entities.place_records import transliterated

# Suffixes of a foreign province, state or region (大区: a French region).
SUFFIXES = ("大区", "省", "州", "邦")
# Words that only a division takes right after its name.
DIVISION_AFTER = ("首府", "首席部长", "省长", "州长", "邦长", "区长")
# Model tags a division's name may carry (the model often takes it for a person).
NAME_TAGS = frozenset(("LOC", "PER", "nz", "n"))
# Characters that never stand in such a name: function words, and the words of Chinese
# autonomous divisions (自治州).
NOT_IN_NAME = frozenset("的和与及在从向到至于为是对将把被了该本全各这那其每我他自治族")
# A direction between the country and its division (也门西南部贝达省).
_DIRECTION_RE = re.compile(r"(?:[东西南北中]{1,2}部)?")
# Words after 首府 that are no name (首府城市, 首府所在地).
NOT_CAPITAL = frozenset(("城市", "地区", "附近", "市区", "郊区", "所在地", "一带", "周边"))
MIN_NAME, MAX_NAME = 2, 7
HYPHENS = frozenset("-－")
# The first character of a name the model may split off (下莱茵省, 北基伍省), and what may
# stand before it.
DIRECTION_CHARS = frozenset("上下东西南北")
NAME_BREAK = frozenset("兼和与及、，,（(")


def foreign_divisions(
    view: str, entities: Sequence[Entity], matches: Sequence[Match]
) -> list[Match]:
    """Licensed foreign divisions (and the capitals they name) not among ``matches``."""
    candidates = _candidates(view, entities, matches)
    found: list[Match] = []
    for match in candidates:
        if _licensed(view, match, matches, candidates):
            found.append(match)
            capital = _capital(view, match.end, entities, matches)
            if capital is not None:
                found.append(capital)
    return found


def with_foreign_divisions(
    view: str, entities: Sequence[Entity], matches: Sequence[Match]
) -> list[Match]:
    """``matches`` with the licensed foreign divisions; a division wins over the matches inside
    it (雷州 in 提格雷州, 伊图里 in 伊图里省), not over one it crosses or repeats."""
    new = [
        d for d in foreign_divisions(view, entities, matches)
        if not any(m.start < d.end and d.start < m.end and not _inside(m, d) for m in matches)
    ]
    kept = [m for m in matches if not any(_inside(m, d) for d in new)] + new
    starts = {e.start: e for e in entities}
    ends = {e.end: e for e in entities}
    joined = [
        _hyphen_joined(view, starts, ends, m, kept)
        if view[m.end:m.end + 1] in HYPHENS or view[m.start - 1:m.start] in HYPHENS
        or view[m.end - 1:m.end] in "镇市村县" else m
        for m in kept
    ]
    longer = [m for m, k in zip(joined, kept, strict=True) if m is not k]
    out: list[Match] = []
    for m in joined:
        if not any(_inside(m, j) for j in longer) and (
            m not in longer or not any((o.start, o.end) == (m.start, m.end) for o in out)
        ):
            out.append(m)
    return out


def _hyphen_joined(
    view: str, starts: dict[int, Entity], ends: dict[int, Entity], match: Match,
    matches: Sequence[Match],
) -> Match:
    """A foreign place whose name the model cut at its hyphen (纳戈尔诺|-|卡拉巴赫/PER,
    米哈伊尔/PER|-|科格尔尼恰努): the whole name, when the other part is no place of its own
    (not 米兰－科尔蒂纳丹佩佐, two cities) and the name ends there."""
    place = match.place
    if place is None or place.adcode is not None or place.kind not in ("foreign", "township"):
        return match
    named = ends.get(match.start)
    if named is not None and named.tag == "PER" and "·" in named.text and (
        view[match.end - 1] in "镇市村县"
    ):
        # 康斯坦察县的尼·伯尔|切斯库镇: a place named after a person, with the name's dot
        return Match(named.start, match.end, Place(view[named.start:match.end], "foreign"))
    if place.kind != "foreign":
        return match
    letters = word_list("transliteration_char")
    start, end = match.start, match.end
    after = starts.get(end + 1)
    before = ends.get(start - 1)
    if view[end:end + 1] in HYPHENS and _name_part(after, matches) and (
        view[after.end:after.end + 1] not in letters  # type: ignore[union-attr]
    ):
        end = after.end  # type: ignore[union-attr]
    elif view[start - 1:start] in HYPHENS and start > 1 and _name_part(before, matches) and (
        view[before.start - 1:before.start] not in letters  # type: ignore[union-attr]
    ):
        start = before.start  # type: ignore[union-attr]
    if (start, end) == (match.start, match.end):
        return match
    return Match(start, end, Place(view[start:end], "foreign"))


def _name_part(word: Entity | None, matches: Sequence[Match]) -> bool:
    return (
        word is not None and word.tag in ("PER", "LOC") and len(word.text) >= MIN_NAME
        and transliterated(word.text, word_list("transliteration_char"))
        and word.text not in gazetteer().surfaces
        and all(_model_only(m, word) for m in matches if m.start < word.end and word.start < m.end)
    )


def _model_only(match: Match, word: Entity) -> bool:
    """The place is only the model's word itself, a foreign name no table holds."""
    return (match.start, match.end) == (word.start, word.end) and (
        match.place is not None and match.place.kind == "foreign" and match.place.parent is None
    )


def _inside(match: Match, outer: Match) -> bool:
    return outer.start <= match.start and match.end <= outer.end and (
        (match.start, match.end) != (outer.start, outer.end)
    )


def _candidates(
    view: str, entities: Sequence[Entity], matches: Sequence[Match]
) -> list[Match]:
    """Names with a division suffix: the model's word (南苏门答腊省, 俾路支 + 省) or, where the
    model cut a transliteration (提格/v 雷州/LOC), the run of its letters before the suffix."""
    letters = word_list("transliteration_char")
    gaz = gazetteer()
    out: list[Match] = []
    for i, e in enumerate(entities):
        span: tuple[int, int] | None = None
        suffix = next((s for s in SUFFIXES if e.text.endswith(s)), "")
        after = entities[i + 1] if i + 1 < len(entities) else None
        if suffix and e.tag in NAME_TAGS and len(e.text) - len(suffix) >= MIN_NAME:
            span = (e.start, e.end)
        elif e.tag in NAME_TAGS and after is not None and after.text in SUFFIXES:
            span = (e.start, after.end)
        elif suffix and i > 0 and e.tag == "LOC":
            start = e.end - len(suffix)
            while start > e.start - MAX_NAME and start > 0 and view[start - 1] in letters:
                start -= 1
            if start < e.start - 1:  # 提格 + 雷州: at least two letters before the word
                span = (start, e.end)
        if span is None:
            continue
        start, end = span
        if i > 0 and entities[i - 1].end == start and _direction_word(view, entities[i - 1]):
            start -= 1  # 兼下莱茵省省长: 下/v is the name's first character
        for m in matches:
            if m.start == start and m.end < end - 1 and m.place is not None and (
                m.place.kind == "country"
            ):
                start = m.end  # 巴西亚马孙州 in one word: the country, then its state
        suffix = next(s for s in SUFFIXES if view[start:end].endswith(s))
        name = view[start:end - len(suffix)]
        if not MIN_NAME <= len(name) <= MAX_NAME or any(c in NOT_IN_NAME for c in name):
            continue
        if view[start:end] in gaz.surfaces or (name in gaz.surfaces and not (
            suffix == "大区" and all(p.kind == "foreign" for p in gaz.surfaces[name].places)
        )):
            continue  # a Chinese division (阿坝州, 贵州省) or a known place (not 阿尔萨斯大区)
        if any(m.start <= start < m.end and _domestic(m) for m in matches):
            continue
        out.append(Match(start, end, Place(view[start:end], "foreign")))
    return out


def _direction_word(view: str, word: Entity) -> bool:
    """A lone direction character the model split off a name (下/v 莱茵省), after a break."""
    return word.text in DIRECTION_CHARS and word.start > 0 and view[word.start - 1] in NAME_BREAK


def _domestic(match: Match) -> bool:
    return match.place is None or match.place.kind not in ("country", "foreign")


def _licensed(
    view: str, match: Match, matches: Sequence[Match], candidates: Sequence[Match]
) -> bool:
    if view.startswith(DIVISION_AFTER, match.end):
        return True
    foreign = [m for m in matches if m.place is not None and not _domestic(m)]
    for m in foreign:
        gap = view[m.end:match.start]
        if m.end <= match.start and _DIRECTION_RE.fullmatch(gap):
            return True  # 巴基斯坦俾路支省
    divisions = [m for m in [*foreign, *candidates]
                 if m is not match and view[m.start:m.end].endswith(SUFFIXES)]
    for m in divisions:
        if view[m.end:match.start] in ("和", "、", "及", "与") or (
            view[match.end:m.start] in ("和", "、", "及", "与")
            and view.startswith(DIVISION_AFTER, m.end)
        ):
            return True  # 北基伍省和伊图里省
    return False


def _capital(
    view: str, end: int, entities: Sequence[Entity], matches: Sequence[Match]
) -> Match | None:
    """The name right after ``首府`` (俾路支省首府奎达), unless a place is found there."""
    if not view.startswith("首府", end):
        return None
    start = end + 2
    word = next((e for e in entities if e.start == start), None)
    if word is None or word.tag not in NAME_TAGS or not 2 <= len(word.text) <= 5:
        return None
    if word.text in NOT_CAPITAL or any(c in NOT_IN_NAME for c in word.text):
        return None
    if any(m.start < word.end and start < m.end for m in matches):
        return None
    name = word.text[:-1] if word.text.endswith("市") and len(word.text) > 2 else word.text
    return Match(word.start, word.end, Place(name, "foreign"))
