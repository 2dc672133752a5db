"""One title as written before a name: its post, body and jurisdiction (or country).

A local title reads right to left from its post word: post (书记, 市长), then the
body (委, 人大常委会, 委教育工委), then the jurisdiction (天津市, 深圳, or a bare
level 省 / 市 that context resolves). Central titles (总书记, 国务院总理) are whole
entries of ``data/titles.tsv``; a country or a foreign party before a title makes it
foreign (美国总统, 越共中央总书记) — a party the lexicon does not list too, when a
country opens it and it ends like a party (孟加拉国人民联盟主席); any other body before a
post is read by :mod:`yamen.entities.bodies` (环境保护部部长, 省教育厅厅长), a foreign
one with its country (阿联酋联邦国民议会议长).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yamen.document import Span
from yamen.entities.bodies import (
    COUNTRY_SIZES,
    Words,
    body_before,
    country_opening,
    foreign_label,
    party_only,
    tables,
)
from yamen.entities.gazetteer import gazetteer

# Bare level words and the kind of division each stands for.
LEVELS = {"自治区": "province", "省": "province", "市": "prefecture", "州": "prefecture",
          "县": "county", "区": "county"}
LEVELS_LONGEST = tuple(sorted(LEVELS, key=len, reverse=True))
# Posts that name their own level, and so stand alone at the head of a chain (副省长张三).
LEVEL_POSTS = {
    post: level
    for level in ("省", "市", "县", "区", "州")
    for post in (f"{level}长", f"副{level}长", f"常务副{level}长", f"代{level}长")
}
MAX_JURISDICTION = 12
# Characters that make a level word part of a common word (社区, 园区, 全市, 城市, 全省):
# such a level is no jurisdiction of the title after it.
NOT_LEVEL_BEFORE = {
    "区": "社小园景城街山地片郊辖灾牧矿老选发范护贸战全本该各两分跨",
    "市": "城都超股楼门夜全本该各两分跨",
    "省": "全本该各外两分跨节",
    "县": "全本该各两分跨郡",
    "州": "全本该各神",
}
# A government's heads are written without the government's name: 广东省长, 广西壮族自治区主席.
GOVERNMENT = frozenset({"人民政府", "政府"})
GOVERNMENT_HEADS = frozenset({*LEVEL_POSTS, "主席", "副主席", "常务副主席"})
FORMER_BEFORE = ("时任", "原任", "原", "前任")
_TERM_IN_WORD = re.compile(r"第[一二三四五六七八九十百]+届")
# Central titles that name no body of their own: after a name or another body's name
# they are not China's post (尼加拉瓜桑解阵总书记); only a boundary or one of these
# characters may stand before them.
BARE_CENTRAL = frozenset({"总书记", "国家主席", "国家副主席"})
_BEFORE_BARE = frozenset("和与同向对为兼任原及暨即是了见望")
# Bodies named after a place that are no body of its government: 北京军区 (not 北京市军区).
MILITARY_REGIONS = frozenset({"军区"})
# Envoys: the post belongs to the country that sends them (中国驻美国大使, 美国驻华大使).
ENVOYS = frozenset({"大使", "总领事"})
_ENVOY_QUALIFIERS = ("新任", "前任", "候任")
# How far back a foreign country makes a bare central title another country's.
FOREIGN_BODY_WINDOW = 8
NAME_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "PER", "j", "nt"})
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(slots=True)
class Title:
    """One title in a chain, as read; ``jurisdiction`` is filled when resolved."""

    span: Span
    post: str
    org: str = ""  # the body as written out after the jurisdiction: 委, 人民政府
    jurisdiction: str | None = None  # full name (a country for a foreign post)
    level: str | None = None  # a bare level (省, 市) still to resolve
    fixed: tuple[str, str] | None = None  # (label, body) of a title read whole
    former: bool = False

    @property
    def _place(self) -> str:
        return self.jurisdiction or ("" if self.post in LEVEL_POSTS else self.level or "")

    def _body(self, place: str) -> str:
        # 蔚县 + 委 → 蔚县县委: a one-character name keeps its level word before a committee
        short = self.jurisdiction is not None and len(place) <= 2
        return f"{place[-1]}{self.org}" if short and self.org == "委" else self.org

    @property
    def foreign(self) -> bool:
        """A post of another country (越南国家主席, 越共中央总书记)."""
        return self.fixed is not None and self.jurisdiction is not None

    @property
    def label(self) -> str:
        if self.fixed is not None:
            return self.fixed[0]
        place, post = self._place, self.post
        short = self.jurisdiction is not None and len(place) <= 2
        body = self._body(place)
        if body in GOVERNMENT and post in GOVERNMENT_HEADS:
            body = ""  # 广西壮族自治区人民政府主席 → 广西壮族自治区主席, as 广东省长
        if not body and place and not short and post.startswith(place[-1]):
            post = post[1:]  # 天津市 + 市长 → 天津市长 (广东省 + 副省长 stays 广东省副省长)
        return f"{place}{body}{post}"

    def position(self) -> dict[str, object]:
        if self.fixed is not None:
            org: str | None = self.fixed[1] or None
        else:
            place = self._place
            written = self._body(place) or ("人民政府" if self.post.endswith("长") else "")
            org = f"{place}{written}" if written and place else None
        return {
            "label": self.label,
            "title": self.post,
            "org": org,
            "jurisdiction": self.jurisdiction,
            "evidence": self.span.as_list(),
            "status": "former" if self.former else "current",
        }


def word_of(match: re.Match[str]) -> str:
    """The title word a match stands for: term number left out (中央委员会委员), a long
    form of a post written short (常务委员 → 常委)."""
    word = _TERM_IN_WORD.sub("", match.group())
    return tables().aliases.get(word, word)


def post_forms(post: str) -> list[str]:
    """The ways a post may be written: 常委, 常务委员, 常务委员会委员."""
    return [post, *(long for long, short in tables().aliases.items() if short == post)]


def jurisdiction_ending_at(text: str, end: int) -> tuple[str, str, int] | None:
    """(full name, kind, start) of the division named just before ``end``, longest first."""
    return _place_ending_at(text, end, ("province", "prefecture", "county"))


def _place_ending_at(text: str, end: int, kinds: tuple[str, ...]) -> tuple[str, str, int] | None:
    surfaces = gazetteer().surfaces
    for size in range(min(MAX_JURISDICTION, end), 1, -1):
        entry = surfaces.get(text[end - size:end])
        if entry is None or not entry.places:
            continue
        place = entry.places[0]
        if place.kind in kinds:
            return place.name, place.kind, end - size
    return None


def foreign_head(text: str, start: int) -> tuple[str, str, int] | None:
    """(prefix for the label, country, start) of a foreign party or country before ``start``.

    A party keeps its name as written (越共); a country too, unless written in its long
    official form (俄罗斯联邦总统 → 俄罗斯总统; 沙特国王 stays); 政府 may follow the
    country (老挝政府总理 → 老挝总理, 柬埔寨王国政府首相 → 柬埔寨首相).
    """
    table = tables()
    for party in sorted(table.parties, key=len, reverse=True):
        if text.endswith(party, 0, start):
            return table.party_labels[party], table.parties[party], start - len(party)
    government = next((g for g in table.governments if text.endswith(g, 0, start)), "")
    at = start - len(government)
    found = _place_ending_at(text, at, ("country",))
    if found is not None:
        written = text[found[2]:at]
        return (written if len(written) <= len(found[0]) else found[0]), found[0], found[2]
    return None


def _common_word(text: str, at: int, level: str) -> bool:
    """社区主任, 全市, 开发区: the level character ends a common word, not a jurisdiction."""
    return at > 0 and text[at - 1] in NOT_LEVEL_BEFORE.get(level, "")


def read_title(text: str, match: re.Match[str], words: Words | None = None) -> Title | None:
    """The title whose post word ``match`` found, read back to its jurisdiction or body."""
    table = tables()
    word, start, end = word_of(match), match.start(), match.end()
    if word in table.party_posts and (party := foreign_party(text, match, words)) is not None:
        return party
    if party_only(word):
        return None
    if word in table.central or word in table.foreign:
        return _read_whole(text, match, words)
    title = Title(Span(start, end), word)
    at = start
    if text.endswith("原", 0, at):  # 北京市委原书记
        title.former, at = True, at - 1
    for size in range(min(table.longest_org, at), 0, -1):
        if text[at - size:at] in table.orgs:
            title.org, at = table.orgs[text[at - size:at]], at - size
            break
    found = jurisdiction_ending_at(text, at)
    if found is None and title.org:
        found = _place_ending_at(text, at, ("township",))  # 庄寨镇党委书记
    if found is not None:
        title.jurisdiction, _, at = found
        while (locator := jurisdiction_ending_at(text, at)) is not None:
            at = locator[2]  # 湖南省衡阳市委书记: the province locates the city
        if title.org in MILITARY_REGIONS:  # 北京军区司令员: the region's name as written
            return Title(Span(at, end), word, fixed=(text[at:end], text[at:start]),
                         former=title.former)
    else:
        for level in LEVELS_LONGEST:
            if text.endswith(level, 0, at) and not _common_word(text, at - len(level), level):
                # 蔚县县委: the county's own name may stand before its level word
                named = jurisdiction_ending_at(text, at - len(level))
                if named is not None and named[0].endswith(level):
                    title.jurisdiction, _, at = named
                else:
                    title.level, at = level, at - len(level)
                break
    if title.jurisdiction is None and title.level is None:
        if word in LEVEL_POSTS and not title.org:
            title.level = LEVEL_POSTS[word]  # 副省长 alone: a province's, to be resolved
        elif not title.org and (party := _party_post(text, match)) is not None:
            return party
        else:
            return _read_body(text, match, at, title, words)
    if text.endswith("中共", 0, at):
        at -= 2  # 中共广东省委书记: the prefix is dropped from the label, kept in evidence
    if text.endswith(FORMER_BEFORE, 0, at):
        title.former = True
    title.span = Span(at, end)
    return title


def _envoy(text: str, match: re.Match[str]) -> Title | None:
    """中国驻美国大使, 美国驻华大使: an envoy is the sending country's post.

    The label is written as the text writes it, the sender first (中国 when only the
    host is named: 驻美国大使 → 中国驻美国大使); a foreign sender makes it foreign.
    """
    start, word = match.start(), word_of(match)
    host = foreign_head(text, start)
    if host is not None and text.endswith("驻", 0, host[2]):
        host_name, at = host[0], host[2] - 1
    elif text.endswith("驻华", 0, start):
        host_name, at = "华", start - 2
    else:
        return None  # 美国大使: read as any foreign post
    if text.endswith(_ENVOY_QUALIFIERS, 0, at):
        at -= 2  # 巴基斯坦新任驻华大使
    sender = foreign_head(text, at)
    if sender is None and host_name == "华":
        return None  # 新任驻华大使 with no sender named: whose envoy is not said
    country = sender[1] if sender is not None else "中国"
    if sender is not None:
        at = sender[2]
    written = f"{sender[0] if sender is not None else country}驻{host_name}{word}"
    if country == "中国":
        return Title(Span(at, match.end()), word, fixed=(written, f"{written[:-len(word)]}使馆"))
    return Title(Span(at, match.end()), word, jurisdiction=country,
                 fixed=(written, f"{written[:-len(word)]}使馆"))


def _named_before(text: str, start: int, words: Words | None) -> bool:
    """Whether a name (of a body or a person) runs into ``start``: the model's word ending
    there is a noun or a name, or no word ends there at all."""
    if start == 0 or not _HAN.match(text, start - 1):
        return False
    left = start
    while left > 0 and start - left < FOREIGN_BODY_WINDOW and _HAN.match(text, left - 1):
        left -= 1
    for end in range(start - 1, left + 1, -1):
        found = _place_ending_at(text, end, ("country",))
        if found is not None and found[2] >= left and found[0] != "中国":
            return True  # 尼加拉瓜桑解阵总书记: a foreign party's post
    if words is None:
        return text[start - 1] not in _BEFORE_BARE
    word = words.get(start)
    return word is None or word.tag in NAME_TAGS


def _read_whole(text: str, match: re.Match[str], words: Words | None = None) -> Title | None:
    """A central title (国务院总理), or a foreign one when a country or party heads it."""
    table = tables()
    word, start, end = word_of(match), match.start(), match.end()
    envoy = _envoy(text, match) if word in ENVOYS else None
    if envoy is not None:
        return envoy
    head = foreign_head(text, start)
    past = head is None and text.endswith("前", 0, start)
    if past:
        head = foreign_head(text, start - 1)  # 美国前总统奥巴马
    if head is not None and head[1] != "中国":
        prefix, country, at = head
        label, body, post = table.central.get(word, (foreign_label(word), "", word))
        if body:
            body = f"{prefix}{body.removeprefix('中共')}"
            written = f"{prefix}{label}"
        else:
            body, written = country, f"{prefix}{label}"
        former = past or text.endswith(FORMER_BEFORE, 0, at)
        return Title(Span(at, end), post, jurisdiction=country, fixed=(written, body),
                     former=former)
    if head is None and not past and word not in table.central:
        return _foreign_body(text, match, words)  # 阿联酋联邦国民议会议长
    if word not in table.central or past:
        return None  # 总统 with no country named: no post can be written out
    if word in BARE_CENTRAL and head is None and _named_before(text, start, words):
        return None  # 桑解阵总书记, 习近平总书记: another body's post, or a form of address
    label, body, post = table.central[word]
    at = head[2] if head is not None else start  # 中国国家主席: China's own post
    former = text.endswith(FORMER_BEFORE, 0, at)
    return Title(Span(at, end), post, fixed=(label, body), former=former)


# A foreign party's name between its country and a post: 人民联盟, 统一社会主义党.
MAX_PARTY = 12
_PARTY_RUN = re.compile(rf"[\u4e00-\u9fff]{{1,{MAX_PARTY}}}")
_NOT_IN_PARTY = re.compile(r"[的和与及在是了、]|政府|总统|总理|首相")


def foreign_party(text: str, match: re.Match[str], words: Words | None = None) -> Title | None:
    """孟加拉国人民联盟主席, 日本自民党干事长: a country, a party not listed, and its post.

    The party list cannot hold every foreign party the news names, but the form is
    fixed: a country at the start of a word, a name ending like a party (党, 联盟, 运动),
    then a party post. The label is written as the text writes it, country first.
    """
    table, start = tables(), match.start()
    surfaces = gazetteer().surfaces
    for at in range(max(0, start - MAX_PARTY - max(COUNTRY_SIZES)), start - 1):
        if at > 0 and _HAN.match(text, at - 1) and (words is None or at not in words):
            continue  # not where a word starts
        for size in COUNTRY_SIZES:
            entry = surfaces.get(text[at:at + size])
            place = entry.places[0] if entry is not None and entry.places else None
            if place is None or place.kind != "country" or place.name == "中国":
                continue
            party = text[at + size:start]
            if (_PARTY_RUN.fullmatch(party) and party.endswith(table.party_ends)
                    and not _NOT_IN_PARTY.search(party)):
                body, word = text[at:start], word_of(match)
                former = text.endswith(FORMER_BEFORE, 0, at)
                return Title(Span(at, match.end()), word, jurisdiction=place.name,
                             fixed=(f"{body}{word}", body), former=former)
            break
    return None


def _foreign_body(text: str, match: re.Match[str], words: Words | None) -> Title | None:
    """阿联酋联邦国民议会议长: a foreign post after a body that opens with its country."""
    body = body_before(text, match.start(), LEVELS_LONGEST, words)
    if body is None:
        return None
    country = country_opening(body.name)
    if country is None:
        return None
    word = word_of(match)
    return Title(Span(body.start, match.end()), word, jurisdiction=country,
                 fixed=(f"{body.name}{word}", body.name))


def _party_post(text: str, match: re.Match[str]) -> Title | None:
    """朝鲜劳动党委员长: a foreign party's own post, written right after its name."""
    table, start = tables(), match.start()
    for party in sorted(table.parties, key=len, reverse=True):
        if text.endswith(party, 0, start):
            label, country, word = table.party_labels[party], table.parties[party], word_of(match)
            return Title(Span(start - len(party), match.end()), word, jurisdiction=country,
                         fixed=(f"{label}{word}", label))
    return None


def _read_body(text: str, match: re.Match[str], at: int, title: Title,
               words: Words | None) -> Title | None:
    """A post after a written-out body: 环境保护部部长, 省教育厅厅长, 公安部党委委员.

    A Party organ between body and post (公安部 + 党委 + 委员) is read after the body,
    with any 原 before it (县公安局原党委书记); failing that, as part of the body's own
    name (首规委 + 主任).
    """
    post_start = match.start() - (1 if text.endswith("原", 0, match.start()) else 0)
    former, org = title.former, text[at:post_start].removeprefix("原")
    body = None
    if org:
        former = former or text.endswith("原", 0, at)
        body = body_before(text, at - (1 if text.endswith("原", 0, at) else 0),
                           LEVELS_LONGEST, words)
    if body is None:
        body = body_before(text, post_start, LEVELS_LONGEST, words)
        org = ""
    if body is None or body.name in tables().orgs:
        return None  # 党委书记 alone: whose committee is not said
    post = word_of(match)
    former = former or text.endswith(FORMER_BEFORE, 0, body.start)
    span = Span(body.start, match.end())
    if body.jurisdiction is not None or body.level is not None:
        return Title(span, post, org=f"{body.department}{org}", jurisdiction=body.jurisdiction,
                     level=body.level, former=former)
    name = f"{body.name}{org}"
    return Title(span, post, fixed=(f"{name}{post}", name), former=former)
