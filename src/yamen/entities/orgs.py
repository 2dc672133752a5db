"""Organisations: bodies named in titles, delegations, and the model's ORG entities, normalised.

CONVENTIONS: 党中央 → 中共中央; 中共 dropped before local committees (中共浙江省委 →
浙江省委); a bare 省委 / 市政府 takes the outlet's home; the report's own outlet,
programmes, meetings and generic bodies (有关部门) are not organisations.
"""

from __future__ import annotations

import re
from typing import Any

from yamen.document import Span
from yamen.entities.model_orgs import merge_short_forms, not_a_body
from yamen.entities.named_orgs import jurisdiction_bodies, known_name, named_bodies
from yamen.entities.ner import Entity
from yamen.entities.positions import Chain, Title, jurisdiction_ending_at
from yamen.lexicon import words
from yamen.structure import home_of

ALIASES = {"党中央": "中共中央", "中共中央政治局常委会": "中共中央政治局常委会"}
# A delegation: jurisdiction + (党政)代表团 (广东省党政代表团).
_DELEGATION = re.compile(r"(?:党政|政府|经贸|友好)?代表团")
# A model ORG of two characters is kept only as a known kind of body (市委, 外交部).
_BODY_END = re.compile(r"(?:委|部|局|院|办|厅|会|署|行|社|团|所|校|党)$")
# LAC sometimes runs a post into the body (深圳市委书记/ORG): the post is cut off.
_POST_TAIL = re.compile(
    r"(?:副?书记|常委|副?主任|副?主席|副?部长|副?省长|副?市长|特使|发言人|副?秘书长)$"
)
_BARE_LEVEL = re.compile(r"^(自治区|省|市|县|区)(委|政府|人民政府|人大常委会|政协|纪委)")
# A side written onto a joint body by the model (中俄能源合作委员会中方): the side goes.
_SIDE_TAIL = re.compile(r"(?<=委员会|理事会)[\u4e00-\u9fff]方$")
# A foreign head of government's title written with its government (王国政府首相).
_GOVERNMENT = re.compile(r"(?:王国|联邦|共和国)?政府")
DIVISION_KINDS = frozenset({"province", "prefecture", "county"})


def find_organizations(
    text: str, entities: list[Entity], chains: list[Chain], titles: list[Title],
    outlet: str | None, places: list[dict[str, Any]], names: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Organisations of Simplified ``text`` with their mentions; a named site is a place.

    ``titles`` are the titles that persons hold; a chain that names nobody (省长期以来)
    gives no body. ``chains`` mark where the model's ORG words are title words. ``names``
    are the persons' names: the model sometimes tags a name ORG (金大中). A place's own
    name is no body (德国 in 德国总理 is the country; 德国政府 is the body).
    """
    found: dict[str, list[Span]] = {}
    place_names = {p["name"] for p in places}

    def add(name: str, span: Span) -> None:
        if name in place_names or name in names:
            return
        spans = found.setdefault(name, [])
        if span not in spans:
            spans.append(span)

    title_spans = [title.span for chain in chains for title in chain.titles]
    title_spans += [Span(*m) for p in places if p["kind"] == "site" for m in p["mentions"]]
    for title in titles:
        body = _body_span(text, title)
        org = title.position()["org"]
        if body is not None and org and str(org) not in words("not_organizations.txt"):
            add(_normalise(str(org)), body)  # not 书记处 alone (中国文联副主席、书记处书记)
        government = _GOVERNMENT.search(text, title.span.start, title.span.end)
        if org in place_names and government:  # 孟加拉国…、政府总理 → 孟加拉国政府
            add(f"{org}政府", Span(*government.span()))
    for match in _DELEGATION.finditer(text):
        named = jurisdiction_ending_at(text, match.start())
        if named is not None:
            name, _, start = named
            add(f"{name}{match.group()}", Span(start, match.end()))
    own = outlet or ""
    for name, span in [*named_bodies(text), *jurisdiction_bodies(text, places)]:
        if not (own and own in name):
            add(_normalise(name), span)
    home = home_of(outlet).get("province")
    divisions = sorted(
        (start, place["name"]) for place in places if place["kind"] in DIVISION_KINDS
        for start, _ in place["mentions"]
    )
    title_ends = {s.end for s in title_spans}
    for entity in entities:
        if entity.tag != "ORG" or any(s.start < entity.end and entity.start < s.end
                                      for s in title_spans):
            continue
        if entity.start in title_ends:
            continue  # 总统金大中: a title names a person next, whatever the model says
        name = surface = _SIDE_TAIL.sub("", _POST_TAIL.sub("", entity.text.strip()))
        if (own and own in name) or len(name) < 2 or not_a_body(name, text, entity.end):
            continue
        if len(name) == 2 and not _BODY_END.search(name):
            continue
        bare = _BARE_LEVEL.match(name)
        if bare:
            level = bare.group(1)
            held = home if home is not None and home.endswith(level) else None
            held = held or _in_view(level, entity.start, divisions)
            if held is None:
                continue
            name = held + name[len(level):]
        add(_normalise(name), Span(entity.start, entity.start + len(surface)))
    return _outermost(merge_short_forms(found))


def _outermost(found: dict[str, list[Span]]) -> list[dict[str, Any]]:
    """Each mention once, as the longest body written there: 日本自民党 over 自民党 at the
    same place, 中国共产党友好代表团 over 中国共产党 (CONVENTIONS: keep the fuller form)."""
    inner: set[Span] = set()
    reach = None  # the span reaching furthest right among those starting earlier
    for span in sorted({s for spans in found.values() for s in spans},
                       key=lambda s: (s.start, -s.end)):
        if reach is not None and span.end <= reach.end:
            inner.add(span)  # inside reach (equal spans are one set member)
        else:
            reach = span
    out = []
    for name, spans in found.items():
        kept = [s for s in sorted(spans, key=lambda s: s.start) if s not in inner]
        if kept:
            out.append({"name": name, "mentions": [s.as_list() for s in kept]})
    return out


def _in_view(level: str, at: int, divisions: list[tuple[int, str]]) -> str | None:
    """The last division of this level named before ``at`` (自治区政协 after 新疆 →
    新疆维吾尔自治区政协): in a national outlet a bare body is the report's jurisdiction."""
    for start, name in reversed(divisions):
        if start < at and name.endswith(level):
            return name
    return None


def _body_span(text: str, title: Title) -> Span | None:
    """Where the title writes its body (省委 in 省委书记, 国务院 in 国务院总理), if it does."""
    if title.fixed is None and not title.org:
        return None  # 省长, 天津市长: the title names a post, not a body
    end = title.span.end - len(title.post)
    if text.startswith("原", end - 1):
        end -= 1
    return Span(title.span.start, end) if end > title.span.start else None


def _normalise(name: str) -> str:
    name = ALIASES.get(name, name)
    name = known_name(name) or name  # 武警部队 → 中国人民武装警察部队, 环保部 → 环境保护部
    if name.startswith("中国") and known_name(name[2:]):
        name = known_name(name[2:]) or name  # 中国全国人大 → 全国人大
    if name.startswith("中共") and name != "中共中央" and not name.startswith("中共中央"):
        name = name[2:]
    return name

