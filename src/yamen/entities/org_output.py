"""Organisations as written out: each mention once at its outermost name, parents of
sub-bodies listed, and document-level readings of bare names (a party named without its
country, written with the country the text is about)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Any

from yamen.document import Span
from yamen.entities.org_forms import JURISDICTION_KINDS, parent_named
from yamen.entities.org_names import known, parents


def outermost(found: dict[str, list[Span]], kept: set[Span]) -> list[dict[str, Any]]:
    """Each mention once, as the longest body written there: 日本自民党 over 自民党 at the
    same place, 中国共产党友好代表团 over 中国共产党 (CONVENTIONS: keep the fuller form). A fixed
    name after 驻 in ``kept`` is a body of its own inside the mission's name (伊斯兰合作组织 in
    伊朗驻伊斯兰合作组织代表处) and stays."""
    inner: set[Span] = set()
    reach = None  # the span reaching furthest right among those starting earlier
    for span in sorted({s for spans in found.values() for s in spans},
                       key=lambda s: (s.start, -s.end)):
        if reach is not None and span.end <= reach.end and span not in kept:
            inner.add(span)  # inside reach (equal spans are one set member)
        else:
            reach = span
    named: dict[Span, list[str]] = {}  # two names read at one place (埃及外交部, 外交部):
    for name, spans in found.items():  # the fuller that ends with the other
        for span in spans:
            named.setdefault(span, []).append(name)
    out = []
    for name, spans in found.items():
        kept = [s for s in sorted(spans, key=lambda s: s.start) if s not in inner
                and not any(len(o) > len(name) and o.endswith(name) for o in named[s])]
        if kept:
            out.append({"name": name, "mentions": [s.as_list() for s in kept]})
    return out


def with_parents(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The parent body opening a sub-body's name listed too (国务院 of 国务院法制办, 辽宁大学
    of 辽宁大学经济学院), at the sub-body's first mention."""
    listed = {entry["name"] for entry in out}
    found = len(out)
    for at, entry in enumerate(out):  # grows: a parent's parent (中山大学 of 中山大学附属第一医院)
        if at >= found and known(entry["name"]) == entry["name"]:
            continue  # 中国国民党革命委员会 is a name of its own, not 中国国民党's
        parent = parent_named(entry["name"], known, parents())
        if parent is not None and parent not in listed:
            listed.add(parent)
            out.append({"name": parent, "mentions": entry["mentions"][:1]})
    return out


# A foreign party named bare (保守党, 工党, 民主党): its name alone is ambiguous, so it is
# written with the country the text is about there (英国保守党, 美国民主党). Not inside a
# longer party's name (自由民主党, 农工民主党) nor a kind (民主党派).
_PARTIES = ("保守党|工党|自由党|民主党|共和党|社会党|绿党|自由民主党|社会民主党|新民主党"
            "|国家党|劳工党")
FOREIGN_PARTY = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[些的是而和与及同对向在由被将称说从了]))"
                           rf"(?:{_PARTIES})(?!派)")
_PARTY_VIEW = (300, 100)  # characters before and after a bare party where its country is read


def foreign_parties(view: str, found: dict[str, list[Span]],
                    places: list[dict[str, Any]]) -> None:
    """Write each bare foreign party of ``found`` (and each one the model left untagged)
    with the foreign country named most often around it (the nearest before on a tie)."""
    countries = sorted((start, p["name"]) for p in places if p["kind"] == "country"
                       and p["name"] != "中国" for start, _ in p["mentions"])
    starts = [at for at, _ in countries]
    bare = [(m.group(), Span(*m.span())) for m in FOREIGN_PARTY.finditer(view)]
    added: set[Span] = set()  # the model's untagged ones: kept only with their country
    for name, span in bare:
        spans = found.setdefault(name, [])
        if not any(s.start <= span.start and span.end <= s.end for s in spans):
            spans.append(span)
            added.add(span)
    named = {country for _, country in countries}
    for name in [name for name in found if re.fullmatch(_PARTIES, name)]:
        written = {c for c in named if c + name in found}  # 美国民主党 written in full
        for span in found.pop(name):
            country = _country_around(view, span, countries, starts, written)
            if country is None and span in added:
                continue
            found.setdefault(name if country is None else country + name, []).append(span)


def _country_around(view: str, span: Span, countries: list[tuple[int, str]],
                    starts: list[int], written: set[str]) -> str | None:
    """The country a bare party at ``span`` belongs to: the one its full name was written
    with, else the one its sentence names most, then its view, then the nearest before; none
    where no foreign country is in view (the party stays as written)."""
    if len(written) == 1:
        return next(iter(written))
    around = countries[bisect_left(starts, span.start - _PARTY_VIEW[0]):
                       bisect_left(starts, span.end + _PARTY_VIEW[1])]
    if not around:
        return None
    count = Counter(country for _, country in around)
    opens = max(view.rfind(stop, 0, span.start) for stop in "。！？\n") + 1
    closes = min((at for at in (view.find(stop, span.end) for stop in "。！？\n") if at >= 0),
                 default=len(view))
    said = Counter(country for at, country in around if opens <= at < closes)
    before = [country for at, country in around if at < span.start]
    return max(count, key=lambda c: (said[c], count[c], bool(before) and before[-1] == c))


# 以军 (Israel's forces, written 以色列国防军 as the gold sets write it) where Israel is in
# view; not 以 as a word's end (所以, 予以, 可以) nor before 军事 / 军民.
_ISRAELI_FORCES = re.compile(r"(?<![所可予得加足难用借据藉何是给])以军(?![事民工人区费转训])")
_ISRAEL = re.compile(r"以色列|巴以|以方|以巴")


def israeli_forces(view: str) -> list[tuple[str, Span]]:
    """以军 where 以色列 (or 巴以, 以方) is named within 300 characters."""
    return [("以色列国防军", Span(*m.span())) for m in _ISRAELI_FORCES.finditer(view)
            if _ISRAEL.search(view, max(0, m.start() - 300), m.end() + 300)]


# A state's body after its one-character name (柬|王室, 缅|新政府, 美|政府): the model reads the
# character as the country (LOC) and the body as a plain noun.
_STATE_BODY = re.compile(r"新?(?:政府|王室|议会|国会|内阁|总统府|外交部|国防部|央行|中央银行"
                         r"|军队|海军|空军|陆军|国防军)(?!军)")  # 亲叙政府军: the army


def short_country_bodies(view: str, places: list[dict[str, Any]]) -> list[tuple[str, Span]]:
    """Bodies written after a country's one-character name, with the country's full name."""
    out: list[tuple[str, Span]] = []
    for place in places:
        if place["kind"] != "country":
            continue
        for start, end in place["mentions"]:
            body = _STATE_BODY.match(view, end) if end - start == 1 else None
            if body is not None:
                name = place["name"] + body.group().removeprefix("新")
                out.append((name, Span(start, body.end())))
    return out


# A leading group by its name (中央应对疫情工作领导小组, 全国扫黑除恶专项斗争领导小组): opened by
# the centre or the nation, or at a sentence's start before its own meeting (碳达峰碳中和工作
# 领导小组第一次全体会议); not a kind (成立了脱贫攻坚领导小组, 多个领导小组).
_GROUP = re.compile(
    r"(?:(?:中央|全国|国务院|国家)[^\W的与及等个在为是了]{2,14}?"
    r"|(?<=[：:\n])[^\W的与及等个在为是了]{4,14}?)领导小组(?:办公室)?"
)
_GROUP_MEETING = re.compile(r"第[一二三四五六七八九十\d]+次(?:全体)?会议|会议")


def leading_groups(view: str, places: list[dict[str, Any]] | None = None
                   ) -> list[tuple[str, Span]]:
    """Leading groups named in full, also opened by a division or region's name after
    成立 (成立了京津冀协同发展税收工作领导小组)."""
    out: list[tuple[str, Span]] = []
    for match in _GROUP.finditer(view):
        opened = match.group()[:2] in ("中央", "全国", "国务", "国家")
        if opened or _GROUP_MEETING.match(view, match.end()):
            out.append((match.group(), Span(*match.span())))
    for place in places or []:
        if place["kind"] not in JURISDICTION_KINDS and place["kind"] != "region":
            continue
        for start, end in place["mentions"]:
            group = _PLACE_GROUP.match(view, end)
            if group is not None and _FOUNDED.search(view, max(0, start - 4), start):
                out.append((view[start:group.end()], Span(start, group.end())))
    return out


_PLACE_GROUP = re.compile(r"[^\W的与及等个在为是了和]{4,14}?领导小组")
_FOUNDED = re.compile(r"成立了?$|组建了?$")
