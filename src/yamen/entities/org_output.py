"""Organisations as written out: each mention once at its outermost name, parents of
sub-bodies listed, and document-level readings of bare names (a party named without its
country, written with the country the text is about)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Any

from yamen.document import Span
from yamen.entities.bodies import known_body
from yamen.entities.gazetteer import gazetteer
from yamen.entities.named_orgs import country_written_short
from yamen.entities.org_forms import JURISDICTION_KINDS, parent_named
from yamen.entities.org_names import known, parents
from yamen.lexicon import surnamed


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
        if parent is None and entry["name"].endswith("党组") and len(entry["name"]) > 4 and (
                not entry["name"].endswith("机关党组")):
            parent = entry["name"][:-2]  # a party group names its body too (…检察院党组)
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


# A ministry named bare that no Chinese central body bears (互助和卫生部, 经济和财政部, 总统府部):
# a foreign state's, written with the foreign country around it as a bare party is; not a
# party's own department (组织部, 宣传部).
_BARE_MINISTRY = re.compile(r"[^\W\d]{2,10}部")
_PARTY_DEPARTMENT = re.compile(r"(?:组织|宣传|统战|统一战线|联络|工人|武装|政治工作|国际)部$")


def foreign_ministries(view: str, found: dict[str, list[Span]],
                       places: list[dict[str, Any]]) -> None:
    """Write each bare foreign ministry of ``found`` with the foreign country around it."""
    place_starts = {start for p in places for start, _ in p["mentions"]}
    place_words = {p["name"] for p in places} | {view[s:e] for p in places
                                                 for s, e in p["mentions"]}
    bare = [name for name in found if _BARE_MINISTRY.fullmatch(name) and not (
        _PARTY_DEPARTMENT.search(name) or "中央" in name
        or any(span.start in place_starts for span in found[name])
        or any(name.startswith(word) for word in place_words))]
    if not bare:
        return
    countries = sorted((start, p["name"]) for p in places if p["kind"] == "country"
                       and p["name"] != "中国" for start, _ in p["mentions"])
    china = [start for p in places if p["name"] == "中国" for start, end in p["mentions"]
             if view[start:end] in ("中国", "我国")]
    starts = [at for at, _ in countries]
    named = {country for _, country in countries}
    for name in bare:
        ours = bool(known_body(name) or known(name))  # 财政部: China's unless shown foreign
        written = {c for c in named if c + name in found}
        for span in list(found[name]):
            opens = max(view.rfind(stop, 0, span.start) for stop in "。！？\n") + 1
            closes = view.find("。", span.end) % (len(view) + 1)
            if any(opens <= at < closes for at in china):
                continue  # 中国驻韩国济州总领馆…交通部: China is in the sentence
            if ours and not (_foreign_minister(view, span.end) and any(
                    opens <= at < closes for at in starts)):
                continue  # 财政部 of China, unless a foreign minister holds it here
            country = _country_around(view, span, countries, starts, written)
            if country is not None:
                found[name].remove(span)
                found.setdefault(country + name, []).append(span)
        if not found[name]:
            del found[name]


# A minister's title after the ministry, then the holder's name (财政部|长姆努钦).
_MINISTER_AFTER = re.compile(r"(?:部长|长)(?=[\u4e00-\u9fff]{2})")
_CHINA_MARK = re.compile(r"中方|国务委员|国务院")
_NOT_HOLDER = frozenset("将已也都曾还又才再在和与及对向为是了说表指会出称的等则就今昨明本近于并率")


def _foreign_minister(view: str, end: int) -> bool:
    """Whether the ministry ending at ``end`` is followed by its minister's title and a
    name that is not a Chinese one (财政部长姆努钦, not 财政部长刘昆)."""
    title = _MINISTER_AFTER.match(view, end)
    if title is None or _CHINA_MARK.search(view, max(0, end - 12), end):
        return False
    holder = view[title.end():title.end() + 4]
    return not any(surnamed(holder[:k]) for k in (2, 3, 4)) and holder[:1] not in _NOT_HOLDER


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


# A service of the PLA written bare before its commanders' posts (海军司令员, 空军副政治委员):
# 司令员 and 政治委员 are the PLA's words; after a name's character (美国海军, 南部战区海军) it
# is that body's, read elsewhere.
_PLA_SERVICE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[的和及与、由为是有在任兼]))"
                          r"(海军|空军|陆军|火箭军)(?=副?(?:司令员|政治委员|政委|参谋长))")


def pla_services(view: str) -> list[tuple[str, Span]]:
    """A bare PLA service before its commanders' posts, by its full name (中国人民解放军海军)."""
    return [(f"中国人民解放军{m.group(1)}", Span(*m.span(1))) for m in _PLA_SERVICE.finditer(view)]


# An electoral conference of an SAR electing its NPC deputies, as written (澳门第十四届全国人大
# 代表选举会议, 香港特别行政区选举第十四届全国人民代表大会代表的选举会议), with its presidium;
# a bare 选举会议主席团 after one is that conference's.
_ELECTORAL = re.compile(
    r"(?:香港特别行政区|澳门特别行政区|香港|澳门)(?:选举)?第[一二三四五六七八九十]{1,3}届"
    r"全国人(?:大|民代表大会)代表的?选举会议"
)
_BARE_PRESIDIUM = re.compile(r"(?<!\w)选举会议主席团|(?<=[，。、的了由])选举会议主席团")


def electoral_conferences(view: str) -> list[tuple[str, Span]]:
    """The SAR electoral conferences named, their presidia, and bare presidia after them."""
    out: list[tuple[str, Span]] = []
    first = None
    for match in _ELECTORAL.finditer(view):
        first = first or match.group()
        out.append((match.group(), Span(*match.span())))
        if view.startswith("主席团", match.end()):
            out.append((match.group() + "主席团", Span(match.start(), match.end() + 3)))
    if first is not None:
        at = view.find(first)
        out += [(first + "主席团", Span(*m.span())) for m in _BARE_PRESIDIUM.finditer(view, at)]
    return out


# The White House as an actor (白宫发言人, 白宫表示, 敦促白宫): the US presidency's office, a
# body like 韩国总统府 (set A hold-out); where it is the place of a meeting (在白宫会见) it is
# no body.
_WHITE_HOUSE = re.compile(
    r"(?<=敦促|呼吁|批评|指责|要求)白宫"
    r"|白宫(?=发言人|新闻秘书|官员|办公厅|国家安全委员会|幕僚长|表示|称|宣布|发表|说|证实|否认|声明)"
)


def white_house(view: str) -> list[tuple[str, Span]]:
    """白宫 where it acts or speaks."""
    return [("白宫", Span(*m.span())) for m in _WHITE_HOUSE.finditer(view)]


# A body named in quotation marks, its name ending in a body word (出席“全球首席执行官委员会”
# 圆桌峰会, 美国众议院“美中工作小组”代表团, “刚果民主力量联盟”议会党团).
_QUOTED_BODY = re.compile(
    r"(?<=“)[^“”\s，。、；：！？]{2,16}?(?:委员会|工作小组|联盟|组织|协会|理事会|基金会)(?=”)"
)


def quoted_bodies(view: str) -> list[tuple[str, Span]]:
    """Bodies named whole inside quotation marks."""
    return [(m.group(), Span(*m.span())) for m in _QUOTED_BODY.finditer(view)]


# A state's body after its one-character name (柬|王室, 缅|新政府, 美|政府): the model reads the
# character as the country (LOC) and the body as a plain noun.
_STATE_BODY = re.compile(r"新?(?:政府|王室|议会|国会|内阁|总统府|外交部|国防部|央行|中央银行"
                         r"|军队|海军|空军|陆军|国防军)(?!军)")  # 亲叙政府军: the army


# A parliament after a country's one-character name the model runs into a word (同马国会/p,
# 同|哥/n|国会/n), with that country named in full elsewhere.
_SHORT_PARLIAMENT = re.compile(r"(?<=[同与和及对向])([\u4e00-\u9fff])(国会|议会)")
_PAIR_CHAR = re.compile(r"[俄美英法德日韩朝印巴阿伊以越老柬泰缅蒙哈吉塔乌土中]")


def short_country_bodies(view: str, places: list[dict[str, Any]]) -> list[tuple[str, Span]]:
    """Bodies written after a country's one-character name, with the country's full name."""
    out: list[tuple[str, Span]] = []
    for place in places:
        if place["kind"] != "country":
            continue
        for start, end in place["mentions"]:
            if end - start == 1 and start > 0 and _PAIR_CHAR.match(view, start - 1):
                continue  # 俄中|议会: a pair's body, not one state's
            body = _STATE_BODY.match(view, end) if end - start == 1 else None
            if body is not None:
                name = place["name"] + body.group().removeprefix("新")
                out.append((name, Span(start, body.end())))
    named = {p["name"] for p in places if p["kind"] == "country"}
    for short in _SHORT_PARLIAMENT.finditer(view):  # 同|马国会: the model's 同马国会/p
        country = country_written_short(view, short.start(1), named)
        if country in named:
            out.append((country + short.group(2), Span(short.start(1), short.end())))
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


# Countries' one-character names, as pairs and trios write them (俄美政府, “中阿巴”三方合作).
_SHORT = "[俄美英法德日韩朝印巴阿伊以越老柬泰缅蒙哈吉塔乌土]"
# A kind of body, not one (中资银行, 外方代表团, 芬兰各政党, 全国人大有关专门委员会, 中国政府部门).
# Also levels together (市县党委), a side's companies (中方公司), research institutes as a kind
# (北京科研院所), parties counted (执政联盟三党), two sides' governments (中德政府磋商, 俄美政府),
# the addressee's (贵国政府), a party's members (老挝全党), a trio of countries (中阿巴) and
# parties by their leaning (法国极右翼政党).
KIND = re.compile(r"有关|^各|^两国|各(?:政党|国|级|地|部门|专门|民主党派)"
                   r"|^(?:中资|外资|跨国|多国|大中小|[省市县]级|外方|双方|各方)"
                   r"|^(?:省市县?|市区县|市县|县乡|县区)|^(?:乡镇|市区)(?:党委|政府|纪委|人大)"
                   r"|^中方(?:公司|企业|银行|机构)|(?:科研院所|院校)$|[两三四五六七八九十多]党$"
                   r"|^中[^\W国央共华非](?:政府|议会)$|第[一二三四五六七八九十]+大(?![学道街])"
                   rf"|^贵国|全党$|^{_SHORT}{_SHORT}(?:政府|议会)$|^中{_SHORT}{{2}}$"
                   r"|(?:极右翼|极左翼|右翼|左翼|执政|在野|反对派)政党$|副$")  # 波兰|副众议长


# How a national body's name opens (在京|中国科学院院士; not 在|京东商城).
NATIONAL = frozenset({"中国", "中共", "中央", "全国", "国家", "国务"})
# A department of a bare level (省应急管理厅, 市卫健委, 省公安厅); not 市场监管局, 区域….
BARE_DEPARTMENT = re.compile(
    r"^(自治区|省|市|县)(?![场域级直属])[^\W的和与及]{2,8}?(?:厅|局|委员会|委)$"
)


# An acting mark after a body, with the post's first character if the title's body took it
# (内务部|代理部长, 国务院|代总理).
ACTING = re.compile(r"(?<=[部院委局厅府署])(?:代理|代)[部院局厅署]?$")


def acting_mark(text: str, start: int, end: int) -> int:
    """How many characters of an acting mark end a title's body (代理, 代, 代理部 of
    内务部代理部长), or 0."""
    found = ACTING.search(text, start, end)
    return found.end() - found.start() if found else 0


def in_name(text: str, span: Span, names: frozenset[str]) -> bool:
    """Whether ``span`` lies strictly inside a person's name as written there."""
    piece = text[span.start:span.end]
    for name in names:
        at = name.find(piece)
        if at >= 0 and len(name) > len(piece) and text.startswith(name, span.start - at):
            return True
    return False


# A body's name glossed by its acronym in brackets (世界反兴奋剂机构（WADA）): the model's word
# before the bracket, ending in a body word, is the body.
_GLOSS = re.compile(r"[（(][A-Z]{2,8}[）)]")
_GLOSSED_END = re.compile(r"(?:机构|组织|委员会|协会|联盟|基金会|理事会|银行|署|中心|联合会)$")


# An event's organising committee (法国世界杯组委会, 杭州亚运会组委会, 北京2022年冬奥会和冬残奥会
# 组织委员会): the event, its year and its place before it, then the committee.
_EVENTS = (r"(?:奥运会|冬奥会|残奥会|冬残奥会|亚运会|亚残运会|世界杯|世博会|园博会|大运会|全运会"
           r"|进博会|服贸会|世园会|青奥会|亚冬会)")
_EVENT_COMMITTEE = re.compile(rf"(?:\d{{4}}年)?{_EVENTS}(?:和{_EVENTS})?(?:组委会|组织委员会)")


def _event_committees(text: str) -> list[tuple[str, Span]]:
    out = []
    surfaces = gazetteer().surfaces
    for match in _EVENT_COMMITTEE.finditer(text):
        start = next((match.start() - k for k in range(5, 1, -1) if match.start() >= k
                      and text[match.start() - k:match.start()] in surfaces), match.start())
        out.append((text[start:match.end()], Span(start, match.end())))
    return out


def glossed(text: str, entities: list[Any]) -> list[tuple[str, Span]]:
    """The model's noun words of four characters or more named by an acronym after them, and
    events' organising committees."""
    return [(e.text, Span(e.start, e.end)) for e in entities
            if e.tag in ("n", "nz", "nt") and len(e.text) >= 4 and _GLOSSED_END.search(e.text)
            and _GLOSS.match(text, e.end)] + [
        *_event_committees(text)]
