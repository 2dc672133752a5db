"""Organisations: bodies named in titles, delegations, and the model's ORG entities, normalised.

CONVENTIONS: 党中央 → 中共中央; 中共 dropped before local committees (中共浙江省委 →
浙江省委); a bare 省委 / 市政府 takes the outlet's home; the report's own outlet,
programmes, meetings and generic bodies (有关部门) are not organisations. Names are
normalised in :mod:`yamen.entities.org_names`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from yamen.document import Span, mark
from yamen.entities.bodies import known_body
from yamen.entities.gazetteer import gazetteer
from yamen.entities.model_orgs import (
    after_clause,
    bare_tail,
    before_or_after,
    body_like,
    hall_or_person,
    listed_names,
    merge_short_forms,
    not_a_body,
    party_after_kind,
    site_body,
    trimmed,
)
from yamen.entities.named_orgs import (
    bare_foreign_bodies,
    country_written_short,
    jurisdiction_bodies,
    known_name,
    media,
    named_bodies,
    teams,
)
from yamen.entities.ner import Entity
from yamen.entities.org_forms import (
    branch_end,
    coordinated,
    delegation_end,
    grassroots,
    institutions,
    npc_written,
    party_governments,
    session_bodies,
    society_end,
    split_joint,
    youth_league,
)
from yamen.entities.org_names import (
    dotted_start,
    joined_words,
    known,
    normalise,
    parents,
    provinces_before_cities,
    standing_committees,
    with_terms,
    written_form,
)
from yamen.entities.org_output import (
    ACTING,
    BARE_DEPARTMENT,
    KIND,
    NATIONAL,
    acting_mark,
    electoral_conferences,
    foreign_ministries,
    foreign_parties,
    glossed,
    in_name,
    israeli_forces,
    leading_groups,
    outermost,
    pla_services,
    quoted_bodies,
    short_country_bodies,
    white_house,
    with_parents,
)
from yamen.entities.org_works import party_words, works
from yamen.entities.positions import Chain, Title, jurisdiction_ending_at
from yamen.lexicon import words
from yamen.structure import home_of

# A delegation: jurisdiction + (党政)代表团 (广东省党政代表团).
_DELEGATION = re.compile(r"(?:党政|政府|经贸|友好)?代表团")
# A model ORG of two characters is kept only as a known kind of body (市委, 外交部).
_BODY_END = re.compile(r"(?:委|部|局|院|办|厅|会|署|行|社|团|所|校|党)$")
# LAC sometimes runs a post into the body (深圳市委书记/ORG, 安理会轮值/ORG): the post is cut off.
_POST_TAIL = re.compile(
    r"(?:副?书记|常委|副?主任|副?主席|副?部长|副?省长|副?市长|特使|发言人|副?秘书长|轮值|常务)$"
)
_BARE_LEVEL = re.compile(
    r"^(特别行政区|特区|自治区|省|市|县|区)(委|政府|人民政府|人大常委会|政协|纪委)"
)
# A title's body cut to its level (区党工委 of 云南滇中新区党工委): the model's ORG is the body.
_CUT_LEVEL = re.compile(r"^[区县市省](?:党工委|委|政府)")
# A side written onto a joint body by the model (中俄能源合作委员会中方): the side goes.
_SIDE_TAIL = re.compile(r"(?<=委员会|理事会)[\u4e00-\u9fff]方$")
# A foreign head of government's title written with its government (王国政府首相).
_GOVERNMENT = re.compile(r"(?:王国|联邦|共和国)?政府")
DIVISION_KINDS = frozenset({"province", "prefecture", "county"})
# A law the model tags ORG (澳门基本法, 港区国安法): no body unless a society follows it.
_LAW_END = re.compile(r"法$")
# A place's short name the model tags ORG (下党 of 下党乡): the level word it leaves out.
_LEVEL_WORDS = "省市县区乡镇村"
# The government of a committee's jurisdiction written after it (自治区党委、政府); not a
# list of kinds (湖南省、长沙市、望城区党委和政府等有关单位).
_AND_GOVERNMENT = re.compile(r"、(?:人民)?政府(?!等)")
_COMMITTEE_END = re.compile(r"(?:党委|[省市县区]委)$")
# A committee of a bare level nothing resolved (州委 of 州委副书记), a central committee of no
# party (中央委员会全体会议; with its term it is 中共中央): no body named.
_LEVEL_BODY = re.compile(r"^(?:[省市县区州]党?委|中央委员会)$")
# Where an unheld title's body opens a name: after punctuation or a function word.
_OPENING = re.compile(r"(?:^|[\s，。；：、“”（）《》和及与的由对向将把被在为受京]|(?<=[出担])任)$")


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
    provinces = provinces_before_cities(text, places)
    countries = {end: (start, p["name"]) for p in places if p["kind"] == "country"
                 for start, end in p["mentions"]}
    in_place = mark(bytearray(len(text)), (m for p in places for m in p["mentions"]))
    # a part of a foreign person's dotted name (尼尔森 of 科斯特珍·尼尔森) is the person
    names = names | {part for name in names if "·" in name for part in name.split("·")}

    def add(name: str, span: Span) -> None:
        if in_name(text, span, names):
            return  # 塔尼亚 of 内塔尼亚胡: the model's ORG inside a person's name
        if name.startswith("京") and text.startswith("在京", span.start - 1) and (
                span.end - span.start == len(name)) and name[1:3] in NATIONAL:
            name, span = name[1:], Span(span.start + 1, span.end)  # 在京|中国科学院院士
        cut = after_clause(name)
        if cut is None:
            return  # 北京通州区考察副中心: a clause, no body
        if cut and span.end - span.start == len(name):
            name, span = name[cut:], Span(span.start + cut, span.end)  # 京会见|英中贸易协会
            country = country_written_short(text, span.start, place_names)
            if country is not None and _own_body(name[1:]):
                name = country + name[1:].removeprefix("新")  # 中方敦促|美政府
        if "兼" in name[2:] and span.end - span.start == len(name):
            name, span = before_or_after(name, span, place_names)  # 古巴国务委员会兼部|长
            if not name:  # 会议主席; 俄罗斯第一副总理兼财政部: 俄罗斯财政部
                return
        for part, at in split_joint(name, span, known, parents()):
            part = normalise(part)
            province = provinces.get(span.start)
            if province is not None and part.startswith(province) and len(part) > len(
                    province) + 2:
                part = normalise(part[len(province):])  # 山西省|长治市…法院: the city's
            if (part in place_names or part in names or len(part) < 2
                    or part in words("not_organizations.txt") or KIND.search(part)
                    or _LEVEL_BODY.match(part) or text.startswith(("省长", "县长"), at.end)):
                continue  # 下莱茵省|省长: a province, not a body
            spans = found.setdefault(part, [])
            if at not in spans:
                spans.append(at)

    bodies = jurisdiction_bodies(text, places)
    title_spans = [title.span for chain in chains for title in chain.titles]
    cut_ends: set[int] = set()
    sites = {m[0]: (m[1], p["name"]) for p in places if p["kind"] == "site"
             for m in p["mentions"]}
    title_spans += [Span(start, end) for start, (end, _) in sites.items()]
    held_spans = {title.span for title in titles}
    unheld = {title.span.end - len(title.post) for chain in chains for title in chain.titles
              if title.org and title.span not in held_spans}
    cut_ends |= unheld  # a title nobody holds (…，澳门基本法委员会委员): the model's body
    for chain in chains:  # a title read whole that nobody holds names its body if it writes it
        for title in chain.titles:  # (在京中共中央政治局委员, 辽宁大学经济学院院长)
            body = title.span.end - len(title.post)
            if (title.fixed and title.fixed[1] and title.span not in held_spans
                    and body - title.span.start >= 4 and _opens(text, title)):
                acting = acting_mark(text, title.span.start, body)
                name = str(title.fixed[1])
                if acting:  # 俄罗斯内务部|代理部长
                    name, body = ACTING.sub("", name), body - acting
                add(normalise(name), Span(title.span.start, body))
    for title in titles:
        body = _body_span(text, title)
        org = title.position()["org"]
        if body is not None and org and _cut_level(text, body):
            cut_ends.add(body.end)  # 云南滇中新区|党工委 read as 区党工委: the model's name
        elif body is not None and org and str(org) not in words("not_organizations.txt"):
            joined = _joined(body, bodies)
            if joined is not None and text[body.start:body.end] == str(org):
                add(text[joined.start:joined.end], joined)  # 阿富汗临时|政府自然灾害管理部
                continue
            add(ACTING.sub("", written_form(text, body, str(org), in_place)), body)  # not 书记处
            if str(org).endswith("党组") and len(str(org)) > 4:
                add(normalise(str(org)[:-2]), body)  # a party group names its body too
        government = _GOVERNMENT.search(text, title.span.start, title.span.end)
        if org in place_names and government:  # 孟加拉国…、政府总理 → 孟加拉国政府
            add(f"{org}政府", Span(*government.span()))
    for match in _DELEGATION.finditer(text):
        named = jurisdiction_ending_at(text, match.start())
        if named is not None:
            start = named[2]  # as written (安徽代表团), as delegations are named
            add(text[start:match.end()], Span(start, match.end()))
    own = outlet or ""
    named = named_bodies(text)
    place_ends = {start: end for p in places for start, end in p["mentions"]}
    after_place = {end for end in place_ends.values()}
    starts = {e.start for e in entities if e.tag in ("ORG", "PER")}
    country_words = {text[start:end] for end, (start, _) in countries.items()}
    for name, span in [*named, *bodies, *institutions(text, places, starts),
                       *coordinated(text, places), *grassroots(text, places),
                       *session_bodies(text), *media(text), *teams(text),
                       *bare_foreign_bodies(text, places), *leading_groups(text, places),
                       *works(entities, country_words), *party_words(text, entities, place_names),
                       *israeli_forces(text), *short_country_bodies(text, places),
                       *pla_services(text), *quoted_bodies(text), *electoral_conferences(text),
                       *white_house(text), *glossed(text, entities)]:
        if text.startswith("部门", span.end) or (
                text.startswith("国", span.start - 1) and span.start not in after_place):
            continue  # 中国政府部门: a kind; 成员国外交部长: some other state's ministry
        country = country_written_short(text, span.start - 1, place_names, overlap=True)
        if country is not None and _own_body(name):
            name, span = country + name, Span(span.start - 1, span.end)  # 俄|国防部
        if not (own and own in name):
            add(normalise(name), span)
            team = delegation_end(text, span.end)  # 中国海军|舰艇编队
            if team is not None:
                add(normalise(name) + text[span.end:team], Span(span.start, team))
    home = home_of(outlet).get("province")
    divisions = sorted(
        (start, place["name"]) for place in places if place["kind"] in DIVISION_KINDS
        for start, _ in place["mentions"]
    )
    title_ends = {s.end for s in title_spans}
    special = sorted((start, p["name"]) for p in places if p["name"].endswith("特别行政区")
                     for start, _ in p["mentions"])
    in_title = mark(bytearray(len(text)), ((s.start, s.end) for s in title_spans))
    division_starts = [at for at, _ in divisions]
    in_list = listed_names(entities)
    for entity in joined_words(entities):
        if entity.tag != "ORG" or (entity.end not in cut_ends
                                   and any(in_title[entity.start:entity.end])
                                   and not site_body(text, entity, sites)):
            continue
        if entity.start in title_ends:
            continue  # 总统金大中: a title names a person next, whatever the model says
        surface = _SIDE_TAIL.sub("", _POST_TAIL.sub("", _POST_TAIL.sub("", entity.text.strip())))
        head, surface = trimmed(surface)  # 中央党校|和, 加|上特区政府
        if surface[:1] in "同与和向对跟" and entity.start + head + 1 in place_ends:
            head, surface = head + 1, surface[1:]  # 加强同|美国国会的往来
        cut = bare_tail(surface)  # 希望|特区政府: no place's name before the level
        if (cut and surface[cut - 1] != "委" and not in_place[entity.start + head + cut - 1]
                and gazetteer().surfaces.get(surface[:cut + 1]) is None):
            head, surface = head + cut, surface[cut:]
        start, name, surface = entity.start + head, surface, entity.text[:head] + surface
        start, name = dotted_start(text, *party_after_kind(text, start, name, countries))
        inner = division_starts[bisect_right(division_starts, start):
                                bisect_left(division_starts, entity.end)]
        if entity.end in unheld and inner:  # 福建省|南平市委: the body's own jurisdiction
            start, name = max(inner), name[max(inner) - start:]
        if name.startswith("行政区") and text.startswith("特别", start - 2):
            start, name = start - 2, "特别" + name  # the model's cut of 特别行政区政府
        if (own and own in name) or len(name) < 2 or (not_a_body(name, text, entity.end) and
                                                      society_end(text, entity.end) == entity.end):
            continue
        listed = entity.start in in_list and name == entity.text  # 顺丰、京东: companies
        if (len(name) == 2 and not _BODY_END.search(name) and known_name(name) is None
                and not listed):
            continue
        if any(name + level in place_names for level in _LEVEL_WORDS):
            continue  # 下党 of 下党乡: the place, not a party
        if hall_or_person(name, text, entity.end, place_names):
            continue  # 主席|国科威特; 湖南厅 of the Great Hall; 安瓦尔|总理: a person
        if name[-2:] == name[-1] * 2 and text.startswith(("歌", "旗", "徽", "员"), entity.end):
            name, end_cut = name[:-1], 1  # 中国少年先锋队|队歌
        else:
            end_cut = 0
        bare = _BARE_LEVEL.match(name)
        if bare:
            level = "特别行政区" if bare.group(1) == "特区" else bare.group(1)
            held = home if home is not None and home.endswith(level) else None
            held = held or _in_view(level, start, special if level == "特别行政区"
                                    else divisions)
            if held is None:
                continue
            name = held + name[len(bare.group(1)):]
        department = None if bare else BARE_DEPARTMENT.match(name)
        if department:  # 到省应急管理厅调研: the department of the province in view
            level = department.group(1)
            held = home if home is not None and home.endswith(level) else None
            held = held or _in_view(level, start, divisions)
            name = held + name[len(level):] if held else name
        end = entity.start + len(surface) - end_cut
        if end == entity.end and not bare:
            place_end = place_ends.get(end)  # 中国和平统一促进会|香港|总会
            if place_end is not None and branch_end(text, place_end) > place_end:
                end = place_end
            end = society_end(text, branch_end(text, end))
            name = name + text[entity.end:end]
        if _LAW_END.search(name) or not (body_like(name) or listed):
            continue  # 澳门基本法; 核心竞争力, 新能源汽车: no body's ending
        country = country_written_short(text, start, place_names)
        if country is not None and _own_body(name[1:]):
            name = country + name[1:].removeprefix("新")  # 俄海军 → 俄罗斯海军, 乌政府 → 乌克兰政府
        quoted = countries.get(start - 1) if text[start - 1:start] in ("“", '"') else None
        if quoted is not None and not name.startswith(quoted[1]):
            name = quoted[1] + name  # 利比亚“国民军”: the country's
        add(normalise(name), Span(start, end))
        team = delegation_end(text, end)
        if team is not None and not bare:
            written = text[start:end]  # 解放军|代表团: a delegation as written
            as_written = known_name(written) is not None and text.startswith("代表团", end)
            add((written if as_written else normalise(name)) + text[end:team], Span(start, team))
    for name, spans in list(found.items()):
        if _COMMITTEE_END.search(name):
            for span in spans:
                also = _AND_GOVERNMENT.match(text, span.end)
                if also is not None:  # 自治区党委、政府: the government too
                    level = name[:-2] if name.endswith("党委") else name[:-1]
                    add(f"{level}政府", Span(also.end() - 2, also.end()))
    youth_league(text, found)
    standing_committees(text, found)
    npc_written(text, found)
    party_governments(text, found, places)
    foreign_parties(text, found, places)
    foreign_ministries(text, found, places)
    merged = merge_short_forms(with_terms(text, found))
    kept = {s for spans in merged.values() for s in spans if text.startswith("驻", s.start - 1)}
    return with_parents(outermost(merged, kept))


def _opens(text: str, title: Title) -> bool:
    """Whether an unheld title read whole writes a known body (中共中央政治局) or opens at a
    word's start (、辽宁大学经济学院院长): not a slogan's tail (…精神|中央宣讲团), not a bare
    level (市换届工作领导小组), not a rank (应急管理部长|级会议)."""
    body = str(title.fixed[1]) if title.fixed else ""
    if body[:1] in "省市县区州" or text.startswith("级", title.span.end):
        return False
    return bool(known(body) or known_body(body)
                or _OPENING.search(text, max(0, title.span.start - 1), title.span.start))


def _own_body(rest: str) -> bool:
    """Whether ``rest`` is a state's own body, as written after its country (海军, 政府,
    国防部 of 俄海军, 乌政府, 俄国防部)."""
    rest = rest.removeprefix("新")  # 缅新政府: the new government is the government
    return any(rest.startswith(word) for word in words("body_words.txt") if len(word) > 1)


def _joined(body: Span, bodies: list[tuple[str, Span]]) -> Span | None:
    """A title's body that starts inside a jurisdiction's body and goes on past it
    (阿富汗临时政府 and 政府自然灾害管理部 in 阿富汗临时政府自然灾害管理部发言人): one body."""
    for _, span in bodies:
        if span.start < body.start < span.end < body.end:
            return Span(span.start, body.end)
    return None


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
    end -= acting_mark(text, title.span.start, end)  # 内务部|代理部长, 国务院|代总理
    if text.startswith("副", end - 1) and end - 1 > title.span.start + 1:
        end -= 3 if text.startswith("常务副", end - 3) else 1  # 参议院|副议长
    return Span(title.span.start, end) if end > title.span.start else None


def _cut_level(text: str, body: Span) -> bool:
    """Whether a title's body starts inside a longer name (云南滇中新区|党工委 read as
    区党工委, whatever jurisdiction the title resolved it to)."""
    before = text[body.start - 1] if body.start > 0 else ""
    return bool(_CUT_LEVEL.match(text[body.start:body.end])) and bool(
        re.match(r"[\u4e00-\u9fff]", before)) and before not in "、和及与的在"


