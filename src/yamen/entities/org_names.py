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
from yamen.entities.named_orgs import known_name
from yamen.entities.ner import Entity
from yamen.lexicon import words

# The Standing Committee of the Politburo by its full name, as the gold sets write it.
_PSC = "中共中央政治局常务委员会"
# 原 (前, 名誉) written between a body and its post (中心原党委书记, 管委会原副主任, 法语社会党
# 前副主席, 中国红十字会名誉会长) is no part of it.
_FORMER = re.compile(r"原(?=党委$|党组$|党工委$|$)|(?<=[\u4e00-\u9fff]{3})(?:前|名誉|荣誉)$")
# The short form of the special administrative regions' name (香港特区政府).
_SAR_SHORT = re.compile(r"^(香港|澳门)特区")
# A kind of party between a country and its party (英国|反对党|工党): no part of the name.
_KIND_IN_PARTY = re.compile(rf"(?<=.){PARTY_KIND_WORD}(?=.{{1,8}}党$)")
# A foreign party's central organ run into China's (越共|中共中央书记处): the party's own.
_FOREIGN_CENTRE = re.compile(r"^(.+共)中共中央")
ALIASES = {"党中央": "中共中央", "中共中央政治局常委会": _PSC, "中央政治局常委会": _PSC,
           "中共中央委员会": "中共中央", "中国共产党中央委员会": "中共中央",
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


def _split_verb(entities: list[Entity]) -> list[Entity]:
    """The model's ORG word run over 联合 between two bodies (北京市政府|联合|台北世贸中心:
    they organised it together) as the two bodies; 联合国, 联合会 are names."""
    out: list[Entity] = []
    for entity in entities:
        at = entity.text.find("联合", 2) if entity.tag == "ORG" else -1
        left, right = entity.text[:at], entity.text[at + 2:]
        if (at > 0 and len(left) > 2 and len(right) > 2 and BODY_END.search(left)
                and body_like(right) and right[0] not in "国会体"):
            out.append(Entity("ORG", entity.start, entity.start + at, left))
            out.append(Entity("ORG", entity.start + at + 2, entity.end, right))
        else:
            out.append(entity)
    return out


def joined_words(entities: list[Entity]) -> list[Entity]:
    """The model's ORG words with a name cut from its body joined again (土耳其|中央银行,
    比|港港务局): a word that does not end like a body, right before one that does."""
    out: list[Entity] = []
    for entity in _split_verb(entities):
        last = out[-1] if out else None
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
    name = _SAR_SHORT.sub(r"\1特别行政区", name)  # 香港特区政府 → 香港特别行政区政府
    name = _FOREIGN_CENTRE.sub(r"\1中央", name)  # 越共中共中央书记处 → 越共中央书记处
    name = _KIND_IN_PARTY.sub("", name)  # 英国反对党工党 → 英国工党
    name = name.removesuffix("常务")  # …主席团|常务主席: the post's first word
    name = known_name(name) or name  # 武警部队 → 中国人民武装警察部队, 环保部 → 环境保护部
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
