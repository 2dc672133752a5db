"""Forms of organisation names the model and the fixed lists miss (round 2 of reading CCTV).

- Institutions written after a place: 柬埔寨皇家法律与经济大学, 英国威尔士皇家护理学院,
  中国人民银行 — a name ending in 大学/学院/研究院/研究所/医院/银行/公司/集团 right after a
  jurisdiction; the model tags few of them, and cuts others (人民银行).
- Coordinated forms: 美国民主、共和两党 names 美国民主党 and 美国共和党; 中国驻澳大利亚、
  新西兰使领馆 names one mission per country (CONVENTIONS counts each body).
- Two bodies written as one (党中央国务院, 福州市委市政府, 中央纪委国家监委): each is a body.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from yamen.document import Span
from yamen.entities.gazetteer import gazetteer
from yamen.lexicon import rows, words

# Committees, societies, courts and works with their own name after a place (北京市劳动争议
# 仲裁委员会, 英国工业联合会, 台湾工业总会, 瑞士联邦最高法院, 衡阳有色冶金机械总厂).
_SOCIETIES = (
    "委员会|协会|学会|联合会|研究会|促进会|基金会|商会|总会|法院|检察院|总厂|工厂|制造厂|电厂"
)
# A region owns no committee: 议会欧洲事务委员会 is a parliament's.
_SOCIETY_END = re.compile(f"(?:{_SOCIETIES})$")
# A term or a body of the jurisdiction's own first (第十六届人民代表大会常务委员会, 人大常委会,
# 政协委员会, 纪律检查委员会): titles and body words read these, in their own forms.
_OWN_BODY = re.compile(r"届|人民代表大会|人大|政协|政治协商|纪律检查|党委|委员会.|[省市县区]委")
# Characters of an institution's own name: 与 joins words inside one (法律与经济大学).
_INST_CHARS = r"[^\W的和及在对向为是了、，。]"
_INSTITUTION = re.compile(
    rf"{_INST_CHARS}{{2,12}}?(?:大学|学院|研究院|研究所|医院|银行|公司|集团|{_SOCIETIES})"
    r"(?![长员生方家区部门务计])"  # 学院院长 is a title; 公司员工, 集团公司… go on below
)
# A quantity or a determiner first: 所有医院, 各大银行, 几家公司 are kinds, not one body.
_KIND_START = re.compile(
    r"^(?:所有|各|几|多|一些|这|那|该|其|等|数|部分|每|全|主要|重点|相关|有关|大型|国有|"
    r"民营|外资|本地|当地|商业|地方|不少|许多|两|三|四|五|十|百)"
)
# Function words, verbs and counters that a name does not hold (将, 支持, 一家), and the
# words of a kind of body (所有二级以上公立医院, 定点保障医院).
_SENTENCE = re.compile(
    r"[一几]家|只有|支持|规定|所有|以上|以下|公立|民营|定点|指定|[将并地得着过被把从到于让使\d]"
    r"|会见|希望|启动|考察|无法|打击|运动员|^[同跟]|第[一二三四五六七八九十]+大"  # 第三大银行
)
# A branch or the head office written after its body's name, which the model leaves out
# (中国和平统一促进会香港|总会, 中信银行广州|分行, 红十字国际委员会东亚地区|代表处).
_BRANCH = re.compile(r"(?:地区)?(?:总会|分会|分行|支行|分公司|分院|分校|分局|代表处|办事处)"
                     r"|党组(?!织)")  # 国家体育总局|党组 (not 党组织, a kind)
# A society or centre written after the model's cut (澳门基本法|推广协会, 温州市企业综合服务|中心,
# 澳门基本法|起草委员会, 国务院残疾人|工作协调委员会, 中古史|研究所): up to four characters
# of its own name, then the society word.
_SOCIETY = re.compile(  # not a verb's object (北京梅地亚中心|设立新闻中心)
    r"(?:(?!设立|成立|建立|组建|进入|来到)[^\W的和与及在对向为是了、，。将并被把从到于让使\d]){0,4}?"
    r"(?:协会|学会|研究会|联合会|促进会|基金会|委员会|法院|研究所|研究院|联合体|中心(?![城区任工组]))"
    r"|(?<=大学)[^\W的和与及在对向为是了、，。将并被把从到于让使\d]{1,6}?学院"
)  # 空军航空大学|作战勤务学院: a university's school
# A village's or community's own body after its name (西石河村原党支部书记, 长山花园社区居委会):
# 原 between them belongs to the post (CONVENTIONS: bodies named inside titles).
_GRASSROOTS = re.compile(
    r"原?(党支部|党总支|党委|村委会|村民委员会|居委会|居民委员会)(?![委员])"
)
# A body's delegation (中国和平统一促进会香港总会参访团, 中朝…委员会朝方代表团) or a navy's
# formation (中国海军舰艇编队): CONVENTIONS counts delegations as organisations.
_ORG_DELEGATION = re.compile(
    r"(?:[\u4e00-\u9fff]方)?(?:友好|党政|经贸)?(?:代表团|参访团|访问团|考察团)|(?:舰艇)?编队"
)
# The parties of a two-party system written once: 美国民主、共和两党.
_TWO_PARTIES = re.compile(r"([\u4e00-\u9fff]{1,6})、([\u4e00-\u9fff]{1,6})两党")
# Missions to several countries written once: 中国驻澳大利亚、新西兰使领馆.
_MISSIONS = re.compile(
    r"驻([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)(?:等国)?"
    r"(使领馆|大使馆|总领事馆|总领馆|使馆)"
)
# Two bodies of one jurisdiction written together: 福州市委市政府, 湖北省委省政府.
_COMMITTEE_AND_GOVERNMENT = re.compile(r"^(.+?)([省市县区])委\2政府$")
# A jurisdiction's discipline commission and supervision commission written as one (江西省纪委
# 监委), as 中央纪委国家监委 is two bodies.
_DISCIPLINE_AND_SUPERVISION = re.compile(r"^(.*[省市县区州旗])纪委监委$")
JURISDICTION_KINDS = frozenset(
    {"country", "province", "prefecture", "county", "foreign", "region"}
)


def institutions(
    view: str, places: list[dict[str, Any]], starts: set[int]
) -> list[tuple[str, Span]]:
    """Universities, institutes, hospitals, banks and companies named after a place. The
    name is taken only when nothing else starts inside it (``starts``: the model's persons
    and organisations): in 巴西只有圣保罗州保险公司 the body starts at 圣保罗州, and a sentence
    (美国政府并未批准劳拉公司) holds other words."""
    out: list[tuple[str, Span]] = []
    for place in places:
        if place["kind"] not in JURISDICTION_KINDS:
            continue
        for start, end in place["mentions"]:
            if end - start < 2 or view[start:end] in ("我国", "中方"):
                continue
            found = _INSTITUTION.match(view, end)
            if (found and not _KIND_START.match(found.group())
                    and not _SENTENCE.search(found.group())
                    and not _OWN_BODY.search(found.group())
                    and not (place["kind"] == "region" and _SOCIETY_END.search(found.group()))
                    and not any(end < at < found.end() for at in starts)):
                out.append((view[start:found.end()], Span(start, found.end())))
    return out


def coordinated(view: str, places: list[dict[str, Any]]) -> list[tuple[str, Span]]:
    """Each body of a coordinated form, spanning the whole form (both count once there)."""
    jurisdictions = {
        end: view[start:end] for p in places if p["kind"] in JURISDICTION_KINDS
        for start, end in p["mentions"]
    }
    starts = {start for p in places for start, _ in p["mentions"]}
    out: list[tuple[str, Span]] = []
    for match in _TWO_PARTIES.finditer(view):
        opened = [end for end in jurisdictions if match.start(1) < end < match.end(1)]
        if not opened:
            continue
        end = max(opened)  # 美国 in 指出美国民主: the party's own name follows it
        owner, first, second = jurisdictions[end], view[end:match.end(1)], match.group(2)
        if len(first) <= 4 and len(second) <= 4:
            span = Span(end - len(owner), match.end())
            out += [(f"{owner}{first}党", span), (f"{owner}{second}党", span)]
    for match in _MISSIONS.finditer(view):
        owner = jurisdictions.get(match.start())
        names = match.group(1).removesuffix("等国").split("、")
        at = match.start(1)
        ok = True
        for name in names:
            ok = ok and at in starts
            at += len(name) + 1
        if owner is None or not ok:
            continue
        span = Span(match.start() - len(owner), match.end())
        out += [(f"{owner}驻{name}{match.group(2)}", span) for name in names]
    return out


def grassroots(view: str, places: list[dict[str, Any]]) -> list[tuple[str, Span]]:
    """The party branch and committee of a village or community named right after it
    (the places module reads villages and communities as sites)."""
    out: list[tuple[str, Span]] = []
    for place in places:
        if place["kind"] != "site" or not place["name"].endswith(("村", "社区")):
            continue
        for start, end in place["mentions"]:
            found = _GRASSROOTS.match(view, end)
            if found:
                out.append((view[start:end] + found.group(1), Span(start, found.end())))
    return out


def split_joint(
    name: str, span: Span, known: Any, parents: frozenset[str]
) -> list[tuple[str, Span]]:
    """Two bodies written as one (党中央国务院, 中央纪委国家监委, 福州市委市政府) as each
    body with its own span; any other name as it is. ``known`` gives a fixed name's full
    form or None. A parent body before one of its own (全国人大常委会|代表资格审查委员会)
    is one nested name, unless both are parents (党中央|国务院)."""
    watch = _DISCIPLINE_AND_SUPERVISION.match(name)
    if watch and span.end - span.start == len(name):  # 咸宁市纪委监委: two bodies
        cut = span.start + len(watch.group(1)) + 2
        return [(f"{watch.group(1)}纪委", Span(span.start, cut)),
                (f"{watch.group(1)}监委", Span(cut, span.end))]
    pair = _COMMITTEE_AND_GOVERNMENT.match(name)
    if pair and span.end - span.start == len(name):
        place, level = pair.group(1), pair.group(2)
        cut = span.start + len(place) + 2
        return [(f"{place}{level}委", Span(span.start, cut)),
                (f"{place}{level}政府", Span(cut, span.end))]
    if span.end - span.start != len(name) or known(name):
        return [(name, span)]  # 联合国安理会 is one body
    for cut in range(2, len(name) - 1):
        left, right = name[:cut], name[cut:]
        if right[:1] in "和、与" and known(left) and known(right[1:]):  # 联大和安理会
            return [(known(left), Span(span.start, span.start + cut)),
                    (known(right[1:]), Span(span.start + cut + 1, span.end))]
        if known(left) in parents and known(right) not in parents:
            continue
        if known(left) and known(right):
            return [(known(left), Span(span.start, span.start + cut)),
                    (known(right), Span(span.start + cut, span.end))]
    return [(name, span)]


def branch_end(view: str, end: int) -> int:
    """Where a body's name ending at ``end`` really ends, with a branch word after it."""
    found = _BRANCH.match(view, end)
    return found.end() if found else end


def society_end(view: str, end: int) -> int:
    """Where a name ending at ``end`` really ends, with a society or centre word after it."""
    found = _SOCIETY.match(view, end)
    return found.end() if found else end


def delegation_end(view: str, end: int) -> int | None:
    """Where a delegation of the body ending at ``end`` ends, if one is written there."""
    found = _ORG_DELEGATION.match(view, end)
    return found.end() if found else None


# A local committee of the Communist Youth League (共青团四川省委, 团县委): not the Party's.
_LEAGUE_BEFORE = re.compile(r"(?:共青|(?<![\u4e00-\u9fff])|(?<=[、和及与的]))团$")
_LOCAL_COMMITTEE = re.compile(r"(?:[省市县区旗]|自治州|自治区)委$")


def youth_league(view: str, found: dict[str, list[Span]]) -> None:
    """Move each local committee written after 共青团 or 团 to the League's committee."""
    for name in [n for n in found if _LOCAL_COMMITTEE.search(n)]:
        for span in list(found[name]):
            league = _LEAGUE_BEFORE.search(view, max(0, span.start - 3), span.start)
            if league is None:
                continue
            found[name].remove(span)
            found.setdefault(f"共青团{name}", []).append(Span(league.start(), span.end))
        if not found[name]:
            del found[name]



# NPC committees (财经委, 法工委) and the parent an NPC report leaves out (bodies.tsv, third
# column). Written bare after a boundary (会议审议了环资委, 、财经委, 常委会法工委) in a report
# that names the NPC, they are the NPC's and are written with it, as the text writes them
# (全国人大环资委, 全国人大常委会法工委); not after another body (省人大财经委).
_NPC_NAMED = re.compile(r"全国人大|全国人民代表大会")
_NPC_SC = "全国人大常委会"
_NPC_WRITTEN = (("全国人民代表大会常务委员会", _NPC_SC), ("全国人民代表大会", "全国人大"),
                (_NPC_SC, _NPC_SC), ("全国人大", "全国人大"))
_BARE_BEFORE = re.compile(r"(?:^|[\s，。；：、“”（）《》了和及与的由对向将把被在为受])$")


@cache
def npc_committees() -> dict[str, str]:
    """NPC committees of bodies.tsv (环资委) → their parent (全国人大)."""
    out = {row[1]: row[2] for row in rows("bodies.tsv") if row[0] == "body" and len(row) > 2}
    for name, parent in list(out.items()):  # 社会建设委员会 → 社会建设委, as CCTV writes it
        if name.endswith("委员会") and len(name) > 5:
            out.setdefault(name[:-2], parent)
    return out


def npc_written(view: str, found: dict[str, list[Span]]) -> None:
    """Move each NPC committee found bare to its name with the NPC (环资委 → 全国人大环资委,
    代表资格审查委员会 after 全国人大常委会 → 全国人大常委会代表资格审查委员会)."""
    parents = npc_committees()
    if not _NPC_NAMED.search(view):
        return
    for name in [n for n in found if n in parents]:
        for span in list(found[name]):
            parent, start = parents[name], span.start
            written = next(((w, p) for w, p in _NPC_WRITTEN
                            if view.endswith(w, 0, start) and p.startswith(parent)), None)
            if written is not None:
                start -= len(written[0])
                parent = written[1]
            elif parent == _NPC_SC and view.endswith("常委会", 0, start):
                start -= 3
            elif not _BARE_BEFORE.search(view, max(0, start - 1), start):
                continue
            found[name].remove(span)
            found.setdefault(parent + name, []).append(Span(start, span.end))
        if not found[name]:
            del found[name]


# The presidium or secretariat of one session (十三届全国人大一次会议主席团, 大会秘书处): a
# body of its own (CONVENTIONS counts it; the session itself is a meeting).
# The national body written before the term is the session's (全国政协十二届一次会议主席团);
# the CPPCC's session by its long name (政协第十三届全国委员会第一次会议) is written short.
_SESSION = re.compile(
    r"(?:全国政协|全国人大|政协)?"
    r"第?[一二三四五六七八九十]{1,3}届[^\W的和在]{0,10}?[一二三四五六七八九十]{1,3}次(?:全体)?会议"
)
_CPPCC_SESSION = re.compile(
    r"^政协第?([一二三四五六七八九十]{1,3})届全国委员会第?([一二三四五六七八九十]{1,3})次"
)
_SESSION_BODY = re.compile(r"主席团|秘书处")
_BARE_SESSION_BODY = re.compile(r"大会(主席团|秘书处)")


def _division_before(view: str, at: int) -> tuple[int, str]:
    """A Chinese division written right before a session (湖南省|第十四届人民代表大会…): where
    it starts and its name, else ``at`` and no name."""
    surfaces = gazetteer().surfaces
    for size in range(8, 1, -1):
        entry = surfaces.get(view[at - size:at]) if at >= size else None
        place = entry.places[0] if entry is not None and entry.places else None
        if place is not None and place.kind in ("province", "prefecture", "county"):
            return at - size, place.name
    return at, ""


def session_bodies(view: str) -> list[tuple[str, Span]]:
    """The presidium and secretariat of each session named, and 大会主席团 / 大会秘书处 as those
    of the last session named before them."""
    out: list[tuple[str, Span]] = []
    last = None
    sessions = list(_SESSION.finditer(view))
    bare = list(_BARE_SESSION_BODY.finditer(view))
    at = 0
    for match in sessions:
        while at < len(bare) and bare[at].start() < match.start():
            if last is not None:
                out.append((last + bare[at].group(1), Span(*bare[at].span())))
            at += 1
        last = _CPPCC_SESSION.sub(r"全国政协\1届\2次", match.group())
        start, division = _division_before(view, match.start())
        last = division + last  # 湖南省|第十四届人民代表大会第一次会议
        body = _SESSION_BODY.match(view, match.end())
        if body is not None:
            out.append((last + body.group(), Span(start, body.end())))
    for match in bare[at:]:
        if last is not None:
            out.append((last + match.group(1), Span(*match.span())))
    return out


# A parent body that opens a sub-body's name (国务院|法制办, 辽宁大学|经济学院, 中央外事工作
# 委员会|办公室, 中国人民解放军|仪仗队, 中山大学附属第一医院|护理部, 德国联邦议院|联盟党党团,
# 越南共产党|中央政治局):
# listed too (README, set C). Not 中共中央 before its
# organs, nor a body before its own standing committee (全国人大|常委会).
_PARENT_END = re.compile(
    r"(?:大学|研究会|委员会|解放军|医院|议院|议会|国会|海军|集团|银行|公司|共产党|劳动党|人民革命党)$"
)
_NOT_PARENT = frozenset({"中共中央", "中央", "中共", "中国", "国家"})
_OWN_ORGAN = re.compile(r"^(?:常委会|常务委员会|党组|党委)")
# The rest of one word, not a sub-body (国务院新闻办|公室).
_SUBSIDIARY = re.compile(r"[子分]公司$")  # 新闻集团英国子公司|国际新闻公司: a relation
_WORD_REST = re.compile(r"^(?:公室|公厅|员会|事处|有限|股份|控股|总公司|公司|集团|保险|联合体"
                        r"|[()（）])")


def parent_named(name: str, known: Any, parents: frozenset[str]) -> str | None:
    """The longest parent body that opens ``name`` with a sub-body after it, if one does:
    a parent of bodies.tsv, a known name or a name ending like a parent (…大学, …研究会)."""
    for cut in range(len(name) - 2, 1, -1):
        left, rest = name[:cut], name[cut:]
        if (left in _NOT_PARENT or _OWN_ORGAN.match(rest) or _WORD_REST.match(rest)
                or rest in words("not_organizations.txt")):  # 欧盟委员会 is one name
            continue
        if left in parents or known(left) == left or (
                len(left) >= 4 and _PARENT_END.search(left) and not _SUBSIDIARY.search(left)
                and not left.startswith(("联邦", "国民"))):  # 联邦议会|联邦院: whose?
            return left
    return None


# A ruling party and its country's government written together (中国党和政府, 越南党、政府和人民):
# the government too.
_AND_GOVERNMENT = re.compile(r"(?:和|、)政府")


def party_governments(
    view: str, found: dict[str, list[Span]], places: list[dict[str, Any]]
) -> None:
    """Add the government of a country whose party is written as 国名 + 党 before 和政府."""
    countries = {end: p["name"] for p in places if p["kind"] == "country"
                 for _, end in p["mentions"]}
    for spans in list(found.values()):
        for span in list(spans):
            country = countries.get(span.end - 1)
            if (country is None or not view.startswith("党", span.end - 1)
                    or not _AND_GOVERNMENT.match(view, span.end)):
                continue
            found.setdefault(f"{country}政府", []).append(Span(span.end + 1, span.end + 3))
