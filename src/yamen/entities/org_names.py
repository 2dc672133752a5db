"""Organisation names: their normal forms, and the model's ORG words split and joined again.

Split from :mod:`yamen.entities.orgs`. CONVENTIONS: 党中央 → 中共中央; 中共 dropped before
local committees (中共浙江省委 → 浙江省委) and before the central organs (中共中央组织部 →
中央组织部, as the gold sets write them); a division's government by its full name
(浙江省政府 → 浙江省人民政府); a city's body without its province (山西省|长治市…法院, set B).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from yamen.document import Span
from yamen.entities.bodies import parent_bodies
from yamen.entities.gazetteer import gazetteer
from yamen.entities.model_orgs import BODY_END, PARTY_KIND_WORD, body_like
from yamen.entities.named_orgs import known_name, term_body
from yamen.entities.ner import Entity
from yamen.lexicon import words

# The Standing Committee of the Politburo by its full name, as the gold sets write it.
_PSC = "中共中央政治局常务委员会"
# 原 (前, 名誉, 副) written between a body and its post (中心原党委书记, 管委会原副主任, 法语社会党
# 前副主席, 中国红十字会名誉会长, 参议院副议长) is no part of it.
_FORMER = re.compile(
    r"原(?=党委|党组|党工委|$)|(?<=[\u4e00-\u9fff]{3})(?:前|名誉|荣誉|常务副|副)$"
)
# An acting mark between a body's owner and the body (马来西亚代理|交通部(长)).
_ACTING_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})代理(?=[\u4e00-\u9fff]{1,10}[部院局署]$)")
# A discipline committee written under its party committee (…工贸区党工委委员、纪工委书记):
# the discipline committee is the area's own (…工贸区纪工委).
_DISCIPLINE_UNDER = re.compile(r"(?:党工委|党委)(?=纪工委$|纪委$)")
# The first word of a post run onto its body (高炮预备役师|第一政委, 军分区党委|第一书记).
_RANK_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{3})第[一二]$|(?<=[师团旅军队区])(?:第[一二])?政委$")
# A city's level added before a military region (南京|军区 read as 南京市军区).
_LEVEL_BEFORE_REGION = re.compile(r"[省市](?=军区|军分区|警备区)")
# One side of a joint committee before its post (中俄能源合作委员会|中方|主席): the committee.
_SIDE_TAIL = re.compile(r"(?<=委员会|理事会)[中俄美日韩英法德外]方$")
# A country of two characters ending in 国 written once before a body that opens with 国
# (美国土安全部长: 美国 + 国土安全部; 美国防部): the 国 is read twice.
_GUO_ONCE = re.compile(r"^([美英法德韩泰])国(?=土安全部|防部|务院|家安全)")
# A bracket the model's cut leaves open (中央党校（国家行政学院).
_UNCLOSED = re.compile(r"[(（][^()（）]*$")
# A level written twice before a committee (北京市市委): a name of one character keeps it.
_LEVEL_TWICE = re.compile(r"^([\u4e00-\u9fff]{2,}?)([省市县区])\2委")
# The short form of the special administrative regions' name (香港特区政府).
# 蒙古国 before its bodies is written 蒙古 (蒙古政府, 蒙古人民党), as the gold sets write it.
_MONGOLIA = re.compile(r"^蒙古国(?=.)(?![家立])")
_SAR_SHORT = re.compile(r"^(香港|澳门)特区")
# A kind of party between a country and its party (英国|反对党|工党): no part of the name.
_KIND_IN_PARTY = re.compile(rf"(?<=.){PARTY_KIND_WORD}(?=.{{1,8}}党$)")
# A foreign party's central organ run into China's (越共|中共中央书记处): the party's own.
_FOREIGN_CENTRE = re.compile(r"^(.+(?:共|[^产]党))中共中央")
# A national committee with its term opening a name (政协全国委员会|常务委员会).
_TERM_PREFIX = re.compile(
    r"(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十]{1,3}届)?全国委员会"
    r"|(?:中华人民共和国)?第[一二三四五六七八九十]{1,3}届全国人民代表大会(?:常务委员会)?"
)
ALIASES = {"党中央": "中共中央", "以色列军队": "以色列国防军",
           "中共中央政治局常委会": _PSC, "中央政治局常委会": _PSC,
           "中共中央委员会": "中共中央", "中国共产党中央委员会": "中共中央",
           "中央政治局常务委员会": _PSC,
           # a ruling party by its country (中国党和政府, 越南党、政府和人民)
           "中国党": "中国共产党", "越南党": "越南共产党"}


def provinces_before_cities(text: str, places: list[dict[str, Any]]) -> dict[int, str]:
    """A province written right before one of its cities (山西省长治市, 广西防城港市), by
    where it starts: a body of the city is named without it (长治市潞州区人民法院), as the
    labels of local posts are (set B)."""
    cities = {start for p in places if p["kind"] == "prefecture" for start, _ in p["mentions"]}
    surfaces = gazetteer().surfaces
    out = {}
    for place in places:
        if place["kind"] != "province":
            continue
        for start, end in place["mentions"]:
            if end in cities or any(  # 黑龙江|哈尔滨市排水公司: a city the places left out
                    city.kind == "prefecture" and city.parent == place["adcode"]
                    for k in (2, 3, 4) if (entry := surfaces.get(text[end:end + k]))
                    for city in entry.places):
                out[start] = text[start:end]
    return out


def written_form(text: str, body: Span, org: str, in_place: bytearray) -> str:
    """A title's body by its name as written where the title gives a shorter or a wider one:
    越南共产党中央政治局 (the label's 越共中央政治局), 河内市委 (a foreign city's committee,
    which the label writes with its country: 越南河内市委); set B keeps organisations as
    written."""
    org = normalise(org)
    written = normalise(text[body.start:body.end])
    if written == org or len(written) < 4:
        return org
    if _LEVEL_BEFORE_REGION.sub("", org, count=1) == written:
        return written  # 南京军区国防动员委员会, not 南京市军区…
    if org.endswith(written) and in_place[body.start] and not org.startswith(("中共", "中央")):
        return written  # 越南|河内市委: the city names the committee
    tail = 5 if len(org) >= 5 else len(org)
    if len(written) > len(org) and written.endswith(org[-tail:]) and known_name(written) is None:
        return written if written[:1] == org[:1] else org
    return org


# Two countries' first characters opening a friendship society (俄|中友协, 中|法友好协会).
_PAIR = re.compile(
    r"^[俄美英法德日韩朝越老柬泰缅印巴中][中美英法德日韩朝越俄][^\W\d]*(?:友协|友好协会)$"
)


# 同 opening a name (同济医院, 同仁堂, 同方) joins nothing.
_JOINER = re.compile(r"联合|同(?![济仁方])|[与和]")


def _split_verb(entities: list[Entity]) -> list[Entity]:
    """The model's ORG word run over 联合 (or 同, 与, 和) between two bodies (北京市政府|联合|
    台北世贸中心: they organised it together; 中国全国政协|同|荷兰议会一院) as the two bodies;
    联合国, 联合会 are names, and so are 欧洲安全与合作组织, 国家发展和改革委员会 (no body
    before the joiner)."""
    out: list[Entity] = []
    for entity in entities:
        found = _JOINER.search(entity.text, 2) if entity.tag == "ORG" else None
        at = found.start() if found else -1
        left, right = entity.text[:at], entity.text[found.end():] if found else ""
        if (found and len(left) > 2 and len(right) > 2 and BODY_END.search(left)
                and body_like(right) and right[0] not in "国会体"):
            out.append(Entity("ORG", entity.start, entity.start + at, left))
            out.append(Entity("ORG", entity.start + found.end(), entity.end, right))
        else:
            out.append(entity)
    return out


# A body's delegation cut before its last character (中国国民党访问|团, …代表|团).
_TEAM_CUT = re.compile(r"(?<=..)(?:访问|访华|考察|参访|代表|友好|经贸|交流)$")


def joined_words(entities: list[Entity]) -> list[Entity]:
    """The model's ORG words with a name cut from its body joined again (土耳其|中央银行,
    比|港港务局): a word that does not end like a body, right before one that does; and a
    delegation's 团 cut off its name (中国国民党访问|团)."""
    out: list[Entity] = []
    for entity in _split_verb(entities):
        last = out[-1] if out else None
        if (last is not None and last.tag == "ORG" and entity.text == "团"
                and last.end == entity.start and _TEAM_CUT.search(last.text)):
            out[-1] = Entity("ORG", last.start, entity.end, last.text + "团")  # …访问|团
            continue
        if (last is not None and last.tag == entity.tag == "ORG" and last.end == entity.start
                and not body_like(last.text) and last.text[-1] not in "和同与及的在对向"
                and (len(last.text) > 1 or last.text in words("transliteration_chars.txt")
                     or _PAIR.match(last.text + entity.text))
                and body_like(entity.text) and known(entity.text) is None):
            out[-1] = Entity("ORG", last.start, entity.end, last.text + entity.text)
        else:
            out.append(entity)
    return out


def known(name: str) -> str | None:
    """The full name of a fixed name or alias (党中央, 国务院), if ``name`` is one; 中共 before
    a central body's short name goes (中共中央纪委国家监委 → 中央纪委, 国家监委)."""
    found = ALIASES.get(name) or known_name(name) or (name if name in parents() else None)
    if found is None and name.startswith("中共中央") and len(name) > 4:
        found = known_name(name[2:])
    return found


@cache
def parents() -> frozenset[str]:
    """The parent bodies of bodies.tsv (国务院, 全国人大): bodies of their own."""
    return frozenset(p for p in parent_bodies()
                     if p not in ("中央", "中华人民共和国"))  # too wide alone


def normalise(name: str) -> str:
    name = _FORMER.sub("", ALIASES.get(name, name))
    name = _DISCIPLINE_UNDER.sub("", _ACTING_INSIDE.sub("", _RANK_TAIL.sub("", name)))
    name = _SIDE_TAIL.sub("", name)
    name = _GUO_ONCE.sub(r"\1国国", name)  # 美国土安全部 → 美国国土安全部
    name = _LEVEL_TWICE.sub(r"\1\2委", name)  # 北京市市委 → 北京市委 (沙县县委 keeps its 县)
    unclosed = _UNCLOSED.search(name)
    if unclosed is not None and unclosed.start() >= 2:
        name = name[:unclosed.start()]  # 中央党校（国家行政学院 cut by the model: 中央党校
    name = _SAR_SHORT.sub(r"\1特别行政区", name)  # 香港特区政府 → 香港特别行政区政府
    name = _FOREIGN_CENTRE.sub(r"\1中央", name)  # 越共中共中央书记处 → 越共中央书记处
    name = _KIND_IN_PARTY.sub("", name)  # 英国反对党工党 → 英国工党
    name = name.removesuffix("常务")  # …主席团|常务主席: the post's first word
    name = _MONGOLIA.sub("蒙古", name)  # 蒙古国政府 → 蒙古政府
    name = known_name(name) or name  # 武警部队 → 中国人民武装警察部队, 环保部 → 环境保护部
    term = _TERM_PREFIX.match(name)
    if term is not None:  # 政协全国委员会常务委员会 → 全国政协常务委员会
        name = (term_body(term.group()) or term.group()) + name[term.end():]
    if name.startswith("中国") and known_name(name[2:]) and not known_name(name):
        name = known_name(name[2:]) or name  # 中国全国人大 → 全国人大
    if name.startswith("中共") and name != "中共中央" and not name.startswith("中共中央"):
        name = name[2:]
    elif name.startswith("中共中央") and known_name(name[2:]) == name[2:]:
        name = name[2:]  # 中共中央组织部 → 中央组织部, as the gold sets write central organs
    return _people_government(name)


def _people_government(name: str) -> str:
    """浙江省政府 → 浙江省人民政府, 炎陵县政府 → 炎陵县人民政府: a Chinese division's
    government by its full name (a special administrative region's keeps its own)."""
    if not name.endswith("政府") or name.endswith("人民政府") or "特别行政区" in name:
        return name
    entry = gazetteer().surfaces.get(name[:-2])
    place = entry.places[0] if entry is not None and entry.places else None
    if place is None or place.adcode is None or place.name != name[:-2]:
        return name
    return f"{name[:-2]}人民政府"


# A body's term written before its name (十一届|全国人大常委会, 第二届|全国人民代表大会).
_TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十]{1,3}届$")


def with_terms(text: str, found: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """Each mention with the body's term written before it, as part of the mention (the
    name stays the body's: 十一届全国人大常委会 is 全国人大常委会)."""
    out: dict[str, list[Span]] = {}
    for name, spans in found.items():
        out[name] = []
        for span in spans:
            term = _TERM_BEFORE.search(text, max(0, span.start - 5), span.start)
            out[name].append(Span(term.start(), span.end) if term else span)
    return out


# Words joined by a middle dot before a name the model cut there (生活·读书·|新知三联书店).
# Two-character words only: a foreign name's first part (约翰斯·|霍普金斯大学) stays out.
_DOTTED = re.compile(r"(?<![\u4e00-\u9fff·•])(?:[\u4e00-\u9fff]{2}[·•]){2,}$")


# A company's transliterated name joined by a dash, cut there by the model (与佩诺—|里加集团):
# the first word, not a place's name (中国—|东盟…), belongs to it.
_DASHED = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[与和同及的、]))([\u4e00-\u9fff]{2,4})[—－]$")
_COMPANY_END = re.compile(r"(?:集团|公司)$")


def dotted_start(text: str, start: int, name: str) -> tuple[int, str]:
    """The name with the dotted words before it that belong to it (生活·读书·新知三联书店), or
    the dashed word of a company's name (佩诺—里加集团)."""
    words_before = _DOTTED.search(text, max(0, start - 21), start)
    if words_before is None and _COMPANY_END.search(name):
        words_before = _DASHED.search(text, max(0, start - 6), start)
        if words_before is not None and gazetteer().surfaces.get(words_before.group(1)):
            words_before = None
    if words_before is None:
        return start, name
    return words_before.start(), text[words_before.start():start] + name


# A committee's standing committee written after it (中央纪委|常委会会议, 省委|常委会议): a body
# of its own (the gold sets list 中央纪委常委会, 江苏省委常委会; the meeting is none).
_STANDING = re.compile(r"常委会|常委(?=会议)")


def standing_committees(view: str, found: dict[str, list[Span]]) -> None:
    """Add the standing committee of each committee found right before one."""
    for name, spans in list(found.items()):
        if not name.endswith("委") or name.endswith("常委"):
            continue
        for span in spans:
            match = _STANDING.match(view, span.end)
            if match is not None:
                found.setdefault(f"{name}常委会", []).append(Span(span.start, match.end()))
