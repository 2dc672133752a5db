"""How a title after 、 or 兼 goes on from the one before it in a chain.

市委常委、秘书长 → 市委秘书长 (the body carries on); 全国政协主席、党组书记 → 全国政协党组
书记 (the body's own Party organ); 市委常委、组织部部长 → 市委组织部部长 (a department of
the same committee); 乌拉特前旗副旗长、公安局局长 → 乌拉特前旗公安局局长 (a bureau of the
same jurisdiction); in a foreign chain the party or the country carries on (越共中央政治局
委员、中央书记处书记 → 越共中央书记处书记). A post the lexicon cannot read whole is taken
as written between two joiners (、中央指导组组长); a 原 after the joiner makes it past.
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities.bodies import known_body, state_ministry
from yamen.entities.body_places import drop_locators
from yamen.entities.country_view import COUNTRY_SIZES, country_in_view, country_opening
from yamen.entities.gazetteer import gazetteer
from yamen.entities.title import FORMER_BEFORE, Title
from yamen.entities.title_lexicon import foreign_label, tables, word_of
from yamen.entities.titles import without_term

CHAIN_JOINERS = ("、", "兼")
# Posts of a party organ itself: a title after 公安部党委委员、 that is not one of these
# belongs to the ministry (副部长 → 公安部副部长), not to its Party committee.
PARTY_POSTS = frozenset({"书记", "副书记", "常务副书记", "委员", "常委", "成员"})
_PARTY_ORGAN = re.compile(r"(?:党委|党组|党工委|党支部|党总支)$")
# A post in a chain that the lexicon cannot read is taken as written when it is short
# and plain (中央指导组组长, 首规委主任): longer runs are sentences, not titles.
MAX_SEGMENT = 20
_SEGMENT = re.compile(r"[\u4e00-\u9fff0-9]+")
_SEGMENT_STOP = re.compile(r"(?<!党)的|[在是了把将被向从为等]|时任")  # (中央党的群众路线…领导小组)
# A past post's verb opening a segment (、曾担任过…联合会主席): left out, the post past.
_HELD = re.compile(r"^(?:曾经|曾)(?:担任过|担任|任过|任)")
# Words that name no body of their own before a post (会议副秘书长: which meeting's?).
_NO_BODY = frozenset({"会议", "本次会议", "本届", "该会"})
_TOWNSHIP_ENDS = ("镇", "乡", "街道")
_PARTY_NAME = re.compile(r"党|共|中央")
# A local bureau or a zone's committee, bare after a local title (、公安局局长, 、管委会主任).
_LOCAL_UNIT = re.compile(r"[\u4e00-\u9fff]{0,6}局|管委会")
# How central bodies open: never a local jurisdiction's bureau (中共中央政治局).
_CENTRAL_OPENINGS = ("中共", "中央", "国务院", "全国")
# A Party committee's own departments (组织部, 政法委, 办公室), written after 市委常委、.
_COMMITTEE_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:部|委|办|办公室|研究室)")


def joined(gap: str) -> tuple[bool, bool]:
    """Whether ``gap`` joins two titles, and whether it marks the second as past (、原副主任)."""
    for marker in (*FORMER_BEFORE, "前"):  # 、前总统: a foreign chain's past post
        if gap.endswith(marker) and gap[:-len(marker)] in CHAIN_JOINERS:
            return True, True
    return without_term(gap) in CHAIN_JOINERS, False  # 、十二届全国青联主席


def segment(text: str, before: Title, previous_end: int, match: re.Match[str],
             title: Title | None) -> tuple[Title | None, bool]:
    """A post after a joiner that the lexicon cannot read whole: 、中央指导组组长; with a
    原 before it (、原卫生计生委副主任), a past one."""
    if text[previous_end:previous_end + 1] not in CHAIN_JOINERS:
        return title, False
    past = text.startswith("原", previous_end + 1) and match.start() - previous_end > 2
    # 、管委会原副主任: a 原 between the body and the post marks it past too
    inner = text.endswith("原", 0, match.start()) and match.start() - previous_end > 3
    found, joined = _segment_read(text, before, previous_end + 1 + past, match, title)
    if (past or inner) and joined and found is not None:
        found.former = True
    return found, joined


def _segment_read(text: str, before: Title, start: int, match: re.Match[str],
                  title: Title | None) -> tuple[Title | None, bool]:
    written = text[start:match.start()]
    held = _HELD.match(written)
    if held is not None:
        found, joined = _segment_read(text, before, start + held.end(), match, title)
        if found is not None and joined:
            found.former = True
        return found, joined
    if (not written or len(written) > MAX_SEGMENT or not _SEGMENT.fullmatch(written)
            or _SEGMENT_STOP.search(written) or written in _NO_BODY):
        return title, False
    post = word_of(match)
    written = written.removeprefix("中共")
    written = written[:-1] if len(written) > 2 and written.endswith("原") else written
    if before.foreign and written in tables().governments and post in tables().foreign:
        # 人民联盟主席、政府总理 → 孟加拉国总理: the government's name drops, as 老挝政府总理
        country = country_written(before)
        return Title(Span(start, match.end()), post, jurisdiction=before.jurisdiction,
                     fixed=(f"{country}{foreign_label(post)}", before.jurisdiction or "")), True
    if written in tables().governments and post in tables().foreign and (
            country := country_in_view(text, match.start())) is not None:
        # …党政治委员会成员、政府总理加里巴什维利 → 格鲁吉亚总理 (the country in view)
        return Title(Span(start, match.end()), post, jurisdiction=country,
                     fixed=(f"{country}{foreign_label(post)}", country)), True
    if before.fixed is None and before.org.endswith("委") and _COMMITTEE_DEPARTMENT.fullmatch(
            written):
        # 省委常委、工委书记 → 省委工委书记: a department of the same committee (a township's
        # 党委 names none: 丫他镇党委副书记、政法委书记 → 丫他镇政法委书记)
        org = written if before.org == "党委" else f"{before.org}{written}"
        return Title(Span(start, match.end()), post, org=org,
                     jurisdiction=before.jurisdiction, level=before.level,
                     prefix=before.prefix), True
    organ = tables().orgs.get(written)
    if organ is not None and before.fixed is not None and before.fixed[1]:
        # 全国政协主席、党组书记 → 全国政协党组书记: the body's own Party organ; after a post
        # of its Party committee, another organ is the body's, not the committee's
        # (南京大学党委副书记、纪委书记 → 南京大学纪委书记)
        body = f"{_PARTY_ORGAN.sub('', before.fixed[1])}{organ}"
        return Title(Span(start, match.end()), post, jurisdiction=before.jurisdiction,
                     fixed=(f"{body}{post}", body)), True
    if organ is not None and before.fixed is None and (before.jurisdiction or before.level):
        # 丫他镇党委副书记、人大主席 → 丫他镇人大主席; 市委书记、人大常委会主任 → 市人大常委会主任
        township = (before.jurisdiction or "").endswith(_TOWNSHIP_ENDS)
        return Title(Span(start, match.end()), post, org=written if township else organ,
                     jurisdiction=before.jurisdiction, level=before.level,
                     prefix=before.prefix), True
    if organ is not None:
        return title, False
    if before.foreign and not _city_opening(written) and not _LOCAL_COMMITTEE.search(written):
        # (越共中央政治局委员、河内市委书记 → 河内市委书记: a city's post names its city)
        written = f"{_head(before, written)}{written}" if (
            written.startswith("中央") or not _PARTY_NAME.search(written)) else written
    else:
        written = drop_locators(written)  # 黑龙江齐齐哈尔农业技术推广中心 → 齐齐哈尔…
    if post in ("部长", "副部长") and not written.endswith("部"):
        written += "部"  # 财政部长 written short: the ministry is 财政部 (芬兰财政部部长)
    title = Title(Span(start, match.end()), post, jurisdiction=before.jurisdiction if
                  before.foreign else None, fixed=(f"{written}{post}", written))
    if (unit := _party_unit(before, title)) is not None:
        return unit, True  # 综合委员会原党委书记兼党建办主任 → 综合委员会党建办主任
    if (opening := _country_body(before, title)) is not None:
        # 古巴国务委员会主席兼部长会议主席 → 古巴部长会议主席: the country carries on
        return Title(title.span, post, fixed=(f"{opening}{written}{post}", f"{opening}{written}")
                     ), True
    return (None if before.foreign else _local_unit(before, title)) or title, True


def continue_title(before: Title, title: Title | None, match: re.Match[str],
              former: bool) -> Title | None:
    """A title after 、 takes what it lacks from the one before it in the chain.

    市委常委、秘书长 → the body (市委秘书长); 全国人大常委会副委员长、秘书长 → 全国人大常委会
    秘书长; in a foreign chain the party or the country carries on: 越共中央政治局委员、
    中央书记处书记 → 越共中央书记处书记, …、副总理、外交部部长 → 越南副总理, 越南外交部部长.
    """
    span, post = Span(match.start() - (1 if former else 0), match.end()), word_of(match)
    if title is not None:
        title.former = title.former or former
        if before.foreign and title.fixed is not None and title.jurisdiction is None:
            label, body = title.fixed
            head = "" if label.startswith(before.jurisdiction or "-") else _head(before, label)
            return Title(title.span, title.post, jurisdiction=before.jurisdiction,
                         fixed=(f"{head}{label}", f"{head}{body}"), former=title.former)
        if (opening := _country_body(before, title)) is not None:
            # 古巴国务委员会主席、部长会议主席: the country carries on
            label, body = title.fixed or ("", "")
            return Title(title.span, title.post, fixed=(f"{opening}{label}", f"{opening}{body}"),
                         former=title.former)
        if (committee := _cppcc_committee(before, title) or _party_unit(before, title)):
            return committee
        if _department(before, title):
            # 市委常委、组织部部长 → 市委组织部部长: a Party department of the same committee
            body = title.fixed[1] if title.fixed is not None else ""
            organ = "" if before.org == "党委" else before.org  # a township's 党委: none
            return Title(title.span, title.post, org=f"{organ}{body}",
                         jurisdiction=before.jurisdiction, level=before.level,
                         former=title.former, prefix=before.prefix)
        local = _local_unit(before, title)
        if local is not None:
            return local
        return _institution_unit(before, title) or title
    if before.foreign:
        country = before.jurisdiction or ""
        return Title(span, post, jurisdiction=country,
                     fixed=(f"{country_written(before)}{foreign_label(post)}", country),
                     former=former)
    if post in tables().foreign_only and (country := country_in_view(
            match.string, match.start())) is not None:
        # …委员会主席、总统恩达伊施米耶: no country read before, the one in view's
        return Title(span, post, jurisdiction=country,
                     fixed=(f"{country}{foreign_label(post)}", country), former=former)
    if post in tables().foreign:  # 国务委员兼外交部长 → 外交部部长
        return Title(span, post, fixed=(foreign_label(post), ""), former=former)
    if before.fixed is None:
        org = before.org if post in PARTY_POSTS else _PARTY_ORGAN.sub("", before.org)
        prefix = before.prefix if org == before.org else ""  # 团省委书记、常委 (not 省长)
        return Title(span, post, org=org, jurisdiction=before.jurisdiction,
                     level=before.level, former=former, prefix=prefix)
    body = before.fixed[1]
    if post not in PARTY_POSTS:
        body = _PARTY_ORGAN.sub("", body)
    label = f"{body.removeprefix('中共')}{post}"  # 中央政治局委员、常委 → 中央政治局常委
    return Title(span, post, fixed=(label, body), former=former) if body else None


# A CPPCC committee's name, written bare after a CPPCC post (、人口资源环境委员会副主任).
_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:委员会|委)")
_CPPCC = "政协"
_NOT_CPPCC_OPENINGS = (*_CENTRAL_OPENINGS, _CPPCC, "国家", "省", "市", "县", "区", "州")
# The CPPCC's special committees, which the bodies list holds for the national CPPCC.
_CPPCC_LISTED = re.compile(
    r"(?:提案|经济|农业和农村|人口资源环境|教科卫体|社会和法制|民族和宗教|港澳台侨|外事|"
    r"文化文史和学习|文史和学习)委员会")


def _cppcc_committee(before: Title, title: Title) -> Title | None:
    """全国政协常委、人口资源环境委员会副主任 → 全国政协人口资源环境委员会副主任; 江苏省政协常委、
    经济委员会主任 → 江苏省政协经济委员会主任: a committee written bare after a post of a
    CPPCC is that CPPCC's special committee."""
    if title.fixed is None or title.jurisdiction is not None:
        return None
    body = title.fixed[1]
    if (not _COMMITTEE.fullmatch(body) or body.startswith(_NOT_CPPCC_OPENINGS)
            or "中央" in body or (known_body(body) and not _CPPCC_LISTED.fullmatch(body))
            or place_opening(body) or country_opening(body) is not None):
        return None  # 国家发展改革委, 民建中央委员会, 市发展改革委: not the CPPCC's
    if before.fixed is not None and before.fixed[1].endswith(_CPPCC) and not before.foreign:
        parent = before.fixed[1]
        return Title(title.span, title.post, fixed=(f"{parent}{title.fixed[0]}", f"{parent}{body}"),
                     former=title.former)
    if before.fixed is None and before.org == _CPPCC:
        return Title(title.span, title.post, org=f"{_CPPCC}{body}",
                     jurisdiction=before.jurisdiction, level=before.level, former=title.former)
    return None


# A unit written bare after a post of a body's Party committee (、办公厅主任, 兼党建办主任),
# and the Party committee's own departments, which keep the committee (、组织部部长).
_UNIT = re.compile(
    r"[\u4e00-\u9fff]{0,5}(?:部|委|办|办公室|办公厅|研究室|司|局|处|室)|村委会|居委会|管委会")
_PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部", "统一战线工作部", "政法委")
_VILLAGE_UNITS = ("村委会", "居委会")


def _party_unit(before: Title, title: Title) -> Title | None:
    """公安部党委委员、办公厅主任 → 公安部办公厅主任; 北京大学党委常委、组织部部长 → 北京大学党委
    组织部部长: a unit written bare after a post of a body's Party committee is the body's
    (the committee's, for its own departments)."""
    if before.fixed is None or before.foreign or title.fixed is None or title.jurisdiction:
        return None
    organ = _PARTY_ORGAN.search(before.fixed[1])
    body = title.fixed[1]
    if (organ is None or organ.start() == 0 or len(body) < 2 or not _UNIT.fullmatch(body)
            or body.startswith((*_CENTRAL_OPENINGS, "国家")) or _PARTY_ORGAN.search(body)
            or place_opening(body) or country_opening(body) is not None):
        return None
    parent = before.fixed[1] if body in _PARTY_DEPARTMENTS else before.fixed[1][:organ.start()]
    if body in _VILLAGE_UNITS and not parent.endswith(("村", "社区")):
        return None  # 珥城村党委书记、村委会主任 → 珥城村村委会主任: a village's own committee
    return Title(title.span, title.post, fixed=(f"{parent}{title.fixed[0]}", f"{parent}{body}"),
                 former=title.former)


def _country_body(before: Title, title: Title) -> str | None:
    """The country as written at the head of ``before``'s body (古巴 of 古巴国务委员会), when
    ``title`` is a body's post that names no place of its own (部长会议主席)."""
    if before.fixed is None or before.foreign or title.fixed is None or title.jurisdiction:
        return None
    body = title.fixed[1]
    if not body or body.startswith(_CENTRAL_OPENINGS) or known_body(body):
        return None
    if country_opening(body) is not None or place_opening(body):
        return None
    country = country_opening(before.fixed[1])
    if country is None:
        return None
    surfaces = gazetteer().surfaces
    head = before.fixed[1]
    return next((head[:size] for size in COUNTRY_SIZES
                 if (entry := surfaces.get(head[:size])) is not None and entry.places
                 and entry.places[0].name == country), None)


# A foreign province's or city's party committee (阿特米萨省委): its post names its place.
_LOCAL_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2}[省市州]委$")


def _city_opening(name: str) -> bool:
    """Whether a body's name opens with a foreign city or region (河内 of 河内市委)."""
    surfaces = gazetteer().surfaces
    return any((entry := surfaces.get(name[:size])) is not None and entry.places
               and entry.places[0].kind == "foreign" for size in range(2, min(6, len(name)) + 1))


def place_opening(name: str) -> bool:
    """Whether a body's name opens with any place the gazetteer lists (纽约州议会)."""
    surfaces = gazetteer().surfaces
    return any(surfaces.get(name[:size]) is not None and surfaces[name[:size]].places
               for size in range(2, min(6, len(name)) + 1))


def country_written(title: Title) -> str:
    """The country as a foreign title writes it (蒙古 of 蒙古人民党主席), for the posts a
    chain continues with; the country's name when the title opens with a party (越共)."""
    label, country = title.fixed[0] if title.fixed is not None else "", title.jurisdiction or ""
    surfaces = gazetteer().surfaces
    for size in range(min(6, len(label)), 1, -1):
        entry = surfaces.get(label[:size])
        if entry is not None and entry.places and entry.places[0].name == country:
            return label[:size]
    return country


def _department(before: Title, title: Title) -> bool:
    """Whether ``title`` names a department of the local Party committee ``before`` heads."""
    if before.fixed is not None or not before.org.endswith("委") or title.fixed is None:
        return False
    body = title.fixed[1]
    return bool(_COMMITTEE_DEPARTMENT.fullmatch(body)) and not known_body(body)


def _local_unit(before: Title, title: Title) -> Title | None:
    """乌拉特前旗副旗长、公安局局长 → 乌拉特前旗公安局局长; 县委常委、公安局局长 → 县公安局
    局长; 经济开发区党工委书记、管委会主任 → 经济开发区管委会主任: a bureau or an
    administrative committee written bare after a local title is the same jurisdiction's
    (a zone's committee sits beside the zone's Party working committee)."""
    if before.fixed is not None or title.fixed is None or title.jurisdiction is not None:
        return None
    body = title.fixed[1]
    if not _LOCAL_UNIT.fullmatch(body) or known_body(body) or body.startswith(_CENTRAL_OPENINGS):
        return None  # 中共中央政治局委员 after a comma: a central post, no local bureau
    organ = _PARTY_ORGAN.search(before.org)
    prefix = before.org[:organ.start()] if organ is not None else ""
    return Title(title.span, title.post, org=f"{prefix}{body}", jurisdiction=before.jurisdiction,
                 level=before.level if before.jurisdiction is None else None,
                 former=title.former)


# An institution that holds schools and institutes (清华大学, 中国科学院), at the head of a
# body's name, and a unit of one written bare after it in a chain (、交叉信息研究院院长).
_INSTITUTION = re.compile(
    r"[\u4e00-\u9fff]{2,12}?(?:大学|科学院|社会科学院|工程院)(?=[\u4e00-\u9fff])")
_INSTITUTION_UNIT = re.compile(r"[\u4e00-\u9fff]{2,12}(?:学院|研究院|研究所|系|研究中心|实验室)")


def _institution_unit(before: Title, title: Title) -> Title | None:
    """清华大学人工智能学院院长、交叉信息研究院院长 → 清华大学交叉信息研究院院长: a school or an
    institute written bare after a post in one of an institution's units is that
    institution's."""
    if before.fixed is None or title.fixed is None or title.jurisdiction is not None:
        return None
    body = title.fixed[1]
    parent = _INSTITUTION.match(before.fixed[1])
    if (parent is None or not _INSTITUTION_UNIT.fullmatch(body) or known_body(body)
            or _INSTITUTION.match(body) or body.startswith(_CENTRAL_OPENINGS)
            or place_opening(body) or country_opening(body) is not None):
        return None
    return Title(title.span, title.post, fixed=(f"{parent.group()}{title.fixed[0]}",
                                                f"{parent.group()}{body}"), former=title.former)


def _head(before: Title, label: str) -> str:
    """What a foreign chain puts before a title it continues with.

    A party central title (中央书记处书记) or a department that is not a state ministry
    (国际部 after 朝鲜劳动党中央政治局委员) is the party's; anything else the country's.
    """
    party = _party(before)
    if party and label.startswith("中央"):
        return party
    if party and label.endswith("部部长") and not state_ministry(label[:-2]):
        return f"{party}中央"
    return before.jurisdiction or ""


def _party(title: Title) -> str:
    """The party a foreign title is written with (越共 of 越共中央总书记), if any."""
    label = title.fixed[0] if title.fixed is not None else ""
    for party in sorted(set(tables().party_labels.values()), key=len, reverse=True):
        if label.startswith(party):
            return party
    return ""


# After a holder's name and 、: a jurisdiction's own organ written bare, with any 原 (泮境乡
# 党委原书记李英荣、纪委原书记钟东荣; 湖北省原副省长郭有明、政协原副主席陈柏槐).
_NAME_THEN_ORGAN = re.compile(
    r"[\u4e00-\u9fff·]{2,12}、(?P<past>原|时任)?(?P<organ>[\u4e00-\u9fff]{1,8}?)(?P<inner>原)?")
# Organs a list item may name bare for the jurisdiction of the item before it.
_OWN_ORGANS = frozenset({"纪委", "纪委监委", "政协", "人大常委会", "人大", "政府", "人民政府",
                         "党委", "委", "监委"})


def same_jurisdiction(text: str, before: Title, previous_end: int,
                      match: re.Match[str]) -> Title | None:
    """纪委原书记钟东荣 after 泮境乡党委原书记李英荣、: a list item naming only an organ is of
    the jurisdiction of the item before it; a 原 before the first item's post holds for
    the item only when written there too."""
    if before.fixed is not None or before.jurisdiction is None:
        return None
    found = _NAME_THEN_ORGAN.fullmatch(text, previous_end, match.start())
    if found is None:
        return None
    organ = tables().orgs.get(found.group("organ"))
    if organ is None or found.group("organ") not in _OWN_ORGANS or organ == "委":
        return None
    return Title(Span(found.start("organ") - len(found.group("past") or ""), match.end()),
                 word_of(match), org=organ, jurisdiction=before.jurisdiction,
                 former=bool(found.group("past") or found.group("inner")))
