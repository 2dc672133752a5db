"""Organisations the NER model tends to miss or cut: a jurisdiction and its body written
together (俄罗斯国家杜马, 缅甸政府, 沙县人民政府, 英国工党, 韩国企划财政部, 广东省委), its missions
abroad (伊朗驻沙特使馆), and the
fixed names and abbreviations of ``data/organizations.tsv`` (联合国, 欧盟, 世界贸易组织) and
the central bodies of ``data/bodies.tsv`` (外交部, 国家发展改革委).

A body word must follow the place mention at once; parties and ministries are matched by
their endings (…党, …部) with a short name between, never across a function word.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Any

from yamen.document import Span
from yamen.entities.bodies import central_bodies, known_body
from yamen.entities.gazetteer import gazetteer
from yamen.lexicon import rows, words

JURISDICTION_KINDS = frozenset(
    {"country", "province", "prefecture", "county", "township", "foreign", "region"}
)
# Characters a party or ministry name may hold between the jurisdiction and its ending.
_NAME_CHARS = r"[^\W的和与及或在对向为是了、各]"
_PARTY = re.compile(rf"{_NAME_CHARS}{{1,8}}?党(?![员委组校史建风性纪章务政籍龄派团])")
# 部 starts 部门, 部分, 部队, 部署 … ; a direction before it (美国西部) names a region.
# A navy's named fleet written after it (加拿大海军太平洋舰队, 俄罗斯海军北方舰队).
_FLEET = re.compile(r"[^\W的和与及等在对向为是了、]{2,5}?舰队")
_CHAMBER = re.compile(r"众议院|参议院")  # 美国国会|众议院
# A past post's marks between a country and its body (美国前助理国防部长, 以色列前国防部长).
_FORMER_RANK = re.compile(r"[前原](?:助理|常务副|副)?")
# A verb or adverb after the country (韩国能派|统一部部长) opens a clause, not a name.
_MINISTRY = re.compile(
    rf"(?![将已也都曾还又才派让请]|[能会要拟]派)({_NAME_CHARS}{{2,8}}?|{_NAME_CHARS}{{1,4}}?对策本)"
    r"部(?![门分位队署落件])"
)
# A ministry of several portfolios, confirmed by its minister's title after it (印尼政治、法律和
# 安全事务统筹|部长, 奥地利欧洲和外交|部长); no post (总统和外交部长) among its parts.
_PORTFOLIO = r"[^\W的和与及或在对向为是了、各总长副首席委记]"
_JOINT_MINISTRY = re.compile(
    rf"(?![将已也都曾还又才派让请]){_PORTFOLIO}{{2,8}}?(?:[、和]{_PORTFOLIO}{{2,8}}?)+部(?=部?长)"
)
_DIRECTION = re.compile(r"[东西南北中总内]$")  # 美国西部, 乌东部: a region; …总部: a seat; 实现内部
# A kind of party between a country and its party's name (英国反对党工党, 日本最大在野党民进党).
_PARTY_KIND = re.compile(r"(?:最大|第一大|第二大|主要)?(?:执政党|反对党|在野党|参政党)")
# A party's wing in brackets before its leader's post (尼泊尔共产党(联合马列)主席), and a
# party named as a league, congress, movement or front (马里共和民主联盟主席, 也门全国人民大会
# 主席, 巴基斯坦穆斯林联盟(谢里夫派)领袖): only with the post after it.
_LEADER = r"(?=(?:副|前)?(?:主席|领袖|总书记|秘书长|领导人))"
_WING = re.compile(rf"[(（][^()（）\s，。、]{{1,8}}[)）]{_LEADER}")
_FRONT = re.compile(
    rf"{_NAME_CHARS}{{2,10}}?(?:联盟|大会|运动|阵线)(?:[(（][^()（）\s，。、]{{1,8}}[)）])?{_LEADER}"
)
# A foreign state's bodies body_words.txt leaves out: its legislature by its federal name
# (俄罗斯联邦会议), its cabinet (古巴部长会议), a government named by its programme (利比亚民族
# 团结政府, 也门联合政府).
_FOREIGN_BODY = re.compile(
    r"(?:联邦会议|部长会议(?!上|期间|结束|召开|举行|通过)|(?:民族团结|民族和解|联合|团结|看守)政府)"
)
# A diplomatic mission: 伊朗驻沙特使馆, 中国驻美国大使馆, 伊朗驻伊斯兰合作组织代表处,
# 中国常驻联合国代表团, 中国常驻维也纳联合国和其他国际组织代表团.
_MISSION = re.compile(
    rf"常?驻{_NAME_CHARS}{{1,10}}?(?:大使馆|总领事馆|领事馆|使馆|领馆|代表处|使团|办事处"
    r"|(?:和其他国际组织)?代表团)"
)
# A known name ending in 部 that runs on into a word (环保部门 holds no 环保部), or a party's
# name before 人 (中国共产党人, 国民党人: its members, not the body).
_WORD_GOES_ON = re.compile(r"部[门分位队署落件]|部长级|党人")  # 应急管理部长级会议: a rank


# A verb of cooperation run onto a known body's start (密切|亚太经合组织, 依托|东盟): the
# body's own name follows.
VERB_HEAD = re.compile(
    r"^(?:密切|加强|深化|支持|推动|依托|利用|借助|通过|参加|加入|配合|携手|庆祝)")
# A body by a quantity or by both sides (顿涅茨克一家电视台, 中马两国央行): no body named.
QUANTIFIED = re.compile(r"(?<!第)[一某该这][家所个座]|两国|双方")
# A word going on after 联 (亚欧海陆联|运, 联合, 联系): no federation's name ends there.
LIAN_WORD = re.compile(r"联[运合系络网动手通保训战防建控]")
# A company's posts: the bare name before one is a company's (摩根士丹利|首席执行官).
COMPANY_POSTS = frozenset({"首席执行官", "董事长", "总裁", "首席财务官", "首席运营官"})


def before_company_post(entities: list[Any], name: re.Pattern[str]) -> set[int]:
    """Where the model's ORG words of a bare ``name`` stand right before a company's post."""
    return {e.start for e, post in pairwise(entities) if e.tag == "ORG" and e.end == post.start
            and post.text in COMPANY_POSTS and name.fullmatch(e.text)}


# Central bodies of bodies.tsv (read there for titles) that are too generic alone.
NOT_ALONE = frozenset({"办公厅", "社会委"})


@cache
def _known() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for body in central_bodies():  # the central bodies that titles read, as written
        if len(body) >= 3 and body not in NOT_ALONE:
            names[body] = body
    hidden: set[str] = set()  # ~民建: read only as the model's word (农民建房, 人民进行)
    for name, aliases in rows("organizations.tsv")[1:]:  # after the header
        for surface in [name, *filter(None, aliases.split("|"))]:
            if surface.startswith("~"):
                surface = surface[1:]
                hidden.add(surface)
            names[surface] = name
    searched = sorted((n for n in names if n not in hidden), key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, searched)))
    return pattern, names


@cache
def _body_words() -> re.Pattern[str]:
    listed = sorted(words("body_words.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, listed)))


def known_name(surface: str) -> str | None:
    """The full name of a fixed organisation name or abbreviation, if ``surface`` is one."""
    return _known()[1].get(surface)


# A UN body the list does not hold, written after 联合国 (联合国人权事务高级专员办公室,
# 联合国难民署): up to ten characters of its own name, then a body word; not a post, not a
# kind of agency (联合国专门机构).
_UN_BODY = re.compile(
    r"(?!(?:专门|有关|相关|下属|附属|其他|各)机构)[^\W的和与及等在对向为是了、，。]{2,10}?"
    r"(?:办公室|(?<![签部])署|委员会|理事会|基金会|基金|组织|机构|特派团|大学|法庭|论坛)(?![长员])"
)


# The national committee of the CPPCC or the NPC written with its term (中国人民政治协商会议
# 第十三届全国委员会, 政协第十四届全国委员会, 第十四届全国人民代表大会): the body, by the short
# name the gold sets keep (全国政协, 全国人大, 全国人大常委会); the Party's Central Committee
# with its term (中国共产党第十九届中央委员会, 党的十九届中央委员会: 中共中央), not another
# party's (民革第十三届中央委员会).
_TERM_BODY = re.compile(
    r"(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十]{1,3}届)?全国委员会"
    r"|(?:中华人民共和国)?第[一二三四五六七八九十]{1,3}届全国人民代表大会(?:常务委员会)?"
    r"|中央第[一二三四五六七八九十]{1,3}(?:巡视组|督查组|督导组)"  # 中央第五|巡视组, as written
    r"|(?:中国共产党|中共|(?<=党的)|(?<![\u4e00-\u9fff]))第?[一二三四五六七八九十]{1,3}届中央委员会"
)
# 中央 alone as the Party's centre, by what it does (中央八项规定, 落实中央部署, 按照中央的统一
# 部署, 中央提出的…): 中共中央, as the gold sets read it; not 中央财政, 中央企业, 中央经济工作会议.
_CENTRE = re.compile(
    r"(?<![党团共])中央(?=八项规定|(?:的)?(?:统一|决策)?部署|提出|要求"
    r"|决定|批准|精神|委托|号召|关心|重视|的(?:决策|要求|精神|关怀|号召))"
)


def term_body(name: str) -> str | None:
    """The short name of a national committee written with its term, if ``name`` is one."""
    if not _TERM_BODY.fullmatch(name) or name.startswith("中央第"):
        return None
    if name.endswith("全国委员会"):
        return "全国政协"
    if name.endswith("中央委员会"):
        return "中共中央"
    return "全国人大常委会" if name.endswith("常务委员会") else "全国人大"


def named_bodies(view: str) -> list[tuple[str, Span]]:
    """The fixed names and abbreviations of organisations.tsv, as their full names; a UN
    body written out after 联合国 by its whole name; the national committees with their
    terms."""
    pattern, names = _known()
    out = [(term_body(m.group()) or m.group(), Span(*m.span()))
           for m in _TERM_BODY.finditer(view)]
    out += [("中共中央", Span(*m.span())) for m in _CENTRE.finditer(view)]
    for m in pattern.finditer(view):
        if _WORD_GOES_ON.match(view, m.end() - 1):
            continue
        own = _UN_BODY.match(view, m.end()) if m.group() == "联合国" else None
        if own is not None and not own.group().startswith(("秘书长", "大会", "成员")):
            out.append((view[m.start():own.end()], Span(m.start(), own.end())))
        else:
            out.append((names[m.group()], Span(*m.span())))
    return out


def jurisdiction_bodies(view: str, places: list[dict[str, Any]]) -> list[tuple[str, Span]]:
    """A body written right after a place mention: 缅甸政府, 英国工党, 俄罗斯国防部."""
    out: list[tuple[str, Span]] = []
    for place in places:
        if place["kind"] not in JURISDICTION_KINDS:
            continue
        for start, end in place["mentions"]:
            surface = view[start:end]
            if len(surface) < 2 or surface.endswith("方") or surface == "我国":
                continue  # 访美, 中方, 我国: not how a body is named
            foreign = place["kind"] in ("country", "foreign") and place["name"] != "中国"
            kind = _PARTY_KIND.match(view, end) if foreign else None
            own = kind.end() if kind else end  # 英国反对党|工党: the party's own name
            former = _FORMER_RANK.match(view, own) if foreign else None
            if former is not None:  # 美国前助理|国防部长: the ministry after the past rank
                body_end = _body_end(view, former.end(), foreign=foreign)
                if body_end is not None:
                    out.append((surface + view[former.end():body_end], Span(start, body_end)))
                continue
            body_end = _body_end(view, own, foreign=foreign)
            if body_end is not None:
                out.append((surface + view[own:body_end], Span(start, body_end)))
                part = (_FLEET.match(view, body_end) if view.endswith("海军", 0, body_end)
                        else _CHAMBER.match(view, body_end) if view.endswith(("国会", "议会"), 0,
                                                                             body_end) else None)
                if part:  # 加拿大海军|太平洋舰队, 美国国会|众议院: the part, and its parent
                    out.append((surface + view[own:part.end()], Span(start, part.end())))
    return out + _bare_ministries(view, places)


# A foreign ministry written bare before its minister (弹劾|内政部长努里, ，塞|建设、交通和基础设施
# 部长): after a boundary, not inside a list of portfolios (、交通和|基础设施部) nor a party's
# department (中央对|外部).
_BARE_MINISTER = re.compile(
    rf"(?<=[\s，。；：“（的由被把将让使据称说兼劾见命任免以])(?:前|原)?(?![以将派遣])"
    rf"((?:{_PORTFOLIO}{{2,8}}?(?:[、和]{_PORTFOLIO}{{2,8}}?)+|[^\W的和与及或在对向为是了、各部副"
    r"他她其有辞去任兼访问出将委记]{2,6}?)部)"
    r"(?=部?长(?!助理|级))"
)


def _bare_ministries(view: str, places: list[dict[str, Any]]) -> list[tuple[str, Span]]:
    """Bare ministries before their minister's title where a foreign country is named in the
    300 characters before and China not in the sentence: the caller writes the country (a
    country's one-character abbreviation before it is written out here)."""
    foreign = sorted(s for p in places if p["kind"] == "country" and p["name"] != "中国"
                     for s, _ in p["mentions"])
    china = [s for p in places if p["name"] == "中国" for s, _ in p["mentions"]]
    named = {p["name"] for p in places}
    starts = {s for p in places for s, _ in p["mentions"]}
    out: list[tuple[str, Span]] = []
    for match in _BARE_MINISTER.finditer(view) if foreign else ():
        at, name = match.start(1), match.group(1)
        opens = max(view.rfind(stop, 0, at) for stop in "。！？\n") + 1
        if not any(at - 300 <= s < at for s in foreign) or any(opens <= s < at for s in china):
            continue
        if any(at <= s < match.end(1) for s in starts) or any(
                known_body(name[k:]) for k in range(len(name) - 2)):
            continue  # 兼任瑞士|经济部, 有|外交部: a place or a known ministry inside
        country = country_written_short(view, at, named)
        if country is not None:  # 塞|建设、交通和基础设施部
            name = country + name[1:]
        if not _DIRECTION.search(name[:-1]):
            out.append((name, Span(at, match.end(1))))
    return out


def _body_end(view: str, at: int, foreign: bool) -> int | None:
    """Where a body written at ``at`` ends. Parties and ministries only after a foreign
    country: after a Chinese jurisdiction …党 and …部 are far more often a slogan or a word
    (江苏省全面从严治党, 贵州省基层干部); its own bodies are in body_words.txt."""
    found = _body_words().match(view, at) or _MISSION.match(view, at)
    if found:
        return found.end()
    if not foreign:
        return None
    if view.endswith("联邦", 0, at) and _FOREIGN_BODY.match(view, at - 2):
        return at + 2  # 俄罗斯联邦|会议: the place read with its federal name
    front = _FRONT.match(view, at) or _FOREIGN_BODY.match(view, at)
    if front:
        return front.end()
    party = _PARTY.match(view, at)
    if party and not _PARTY_KIND.fullmatch(party.group()):  # 新加坡执政党: a kind
        wing = _WING.match(view, party.end())
        return wing.end() if wing else party.end()
    ministry = _MINISTRY.match(view, at)
    if ministry and not _DIRECTION.search(ministry.group(1)):
        return ministry.end()
    joint = _JOINT_MINISTRY.match(view, at)
    return joint.end() if joint else None


# Where a one-character country abbreviation may open a body's name: the text's start, a
# punctuation mark, 据/称/说, a conjunction or 了 (据俄国防部, ，乌政府, 与乌政府军): not
# inside a word (中俄, 访美) nor after a number (22日|联合国安理会). 中 (中央) and 以 (a
# preposition) are left out.
_SHORT_BEFORE = re.compile(r"(?:^|[\s，。；：“（、]|[据称说与和同及对向了]|敦促|代表|指责|批评|谴责"
                           r"|呼吁|要求|支持|反对|感谢|赞赏|敦请)$")


@cache
def _country_chars() -> dict[str, tuple[str, ...]]:
    """One-character country abbreviations (俄 → 俄罗斯, 乌 → 乌克兰|乌兹别克斯坦|乌拉圭),
    as place_abbreviations.tsv gives them for the model's LOC words."""
    out: dict[str, tuple[str, ...]] = {}
    for surface, names, rule in rows("place_abbreviations.tsv")[1:]:
        if rule == "tagged_char" and len(surface) == 1 and surface not in "中以":  # 中央, 以
            out[surface] = tuple(names.split("|"))
    return out


def country_written_short(
    view: str, start: int, named: set[str], overlap: bool = False
) -> str | None:
    """The country whose one-character abbreviation stands at ``start`` of ``view`` before a
    body (俄|海军, 俄|国防部, 乌|政府): of several, the one named elsewhere (``named``).
    ``overlap``: a place name read across the body's start (俄国|防部) does not count."""
    names = _country_chars().get(view[start:start + 1])
    if not names or not (start == 0 or _SHORT_BEFORE.search(view, max(0, start - 2), start)):
        return None
    surfaces = gazetteer().surfaces
    if not overlap and any(view[start:start + k] in surfaces for k in range(2, 6)):
        return None  # 土耳其, 美国, 中国: the full name is written
    if len(names) > 1:
        names = tuple(n for n in names if n in named)
    return names[0] if len(names) == 1 else None


# A newspaper or magazine in title marks (《费加罗报》, 《经济周刊》, 《朝日新闻》): CONVENTIONS
# counts media; a bulletin or report (《联合公报》, 《工作简报》, 《情况通报》) is a document,
# and 《…新闻》 a programme (《晚间新闻》) unless it is a paper's own name.
_MEDIA = re.compile(
    r"《([^《》\s，。、]{0,12}?(?:日报|时报|晚报|早报|邮报|周报|论坛报|周刊|杂志|画报"
    r"|(?<![公简通情汇警预捷喜海电年季月周日画快])报|(?:朝日|每日|读卖|产经)新闻|今日美国))》"
)
# A national team: a country, then its sport and its side (中国队, 巴西足球队, 德国男子网球队).
_SPORTS = (
    "足球|篮球|排球|乒乓球|羽毛球|网球|游泳|田径|体操|跳水|举重|射击|围棋|象棋|冰球|"
    "曲棍球|手球|水球|藤球|垒球|棒球|击剑|柔道|摔跤|拳击|滑冰|滑雪|冰壶|赛艇|皮划艇"
)
_TEAM = re.compile(rf"(?:男子|女子)?(?:{_SPORTS})?(?:国家队|男队|女队|队)(?![员伍长列形旗部友])")


# A magazine's name in title marks before its kind (《财富》杂志, 《时代》周刊): written without
# the marks (set A: 财富杂志).
_MARKED_MEDIA = re.compile(r"《([^《》\s，。、]{1,12})》(杂志|周刊|月刊|画报|日报|晚报)")


def media(view: str) -> list[tuple[str, Span]]:
    """Newspapers and magazines named in title marks, without the marks."""
    return [(m.group(1), Span(*m.span(1))) for m in _MEDIA.finditer(view)] + [
        (m.group(1) + m.group(2), Span(*m.span())) for m in _MARKED_MEDIA.finditer(view)]


def teams(view: str) -> list[tuple[str, Span]]:
    """National teams named by their country (中国队, 印尼队, 巴西足球队): the places module
    reads no place in a team's name, so the country is looked up here."""
    surfaces = gazetteer().surfaces
    out: list[tuple[str, Span]] = []
    for match in _TEAM.finditer(view):
        for size in range(6, 1, -1):
            start = match.start() - size
            entry = surfaces.get(view[start:match.start()]) if start >= 0 else None
            if entry is not None and any(p.kind == "country" for p in entry.places):
                out.append((view[start:match.end()], Span(start, match.end())))
                break
    return out


# A foreign state's body written bare (国会, 内阁, 参议院) where one foreign country is in
# view: 日本媒体把4月8日国会通过的…预算 → 日本国会. Only after punctuation, a function word,
# a number or a date (吴邦国会见 holds no 国会), and not a generic use (多边议会框架).
_BARE_FOREIGN = re.compile(
    r"(?<=[\s，。；：、“（\d日次届对在及和与向经由被把将让使据称说从])"
    r"(?:国会|参议院|众议院|国民议会|联邦议会|议会[上下]院|议会|内阁|国家大呼拉尔)"
    r"(?!合作|框架|制度|民主|外交|山|见|谈)"
)


# A list of kinds of body (加强政府、议会、政党和地方…交流): both sides' bodies, none named.
_KINDS_AROUND = re.compile(
    r"(?:政府|政党|地方|民间|军队|企业)[、和与及](?:国会|参议院|众议院|议会|内阁)"
    r"|(?:国会|参议院|众议院|议会|内阁)[、和与及](?:政府|政党|地方|民间|军队|企业)"
)


def bare_foreign_bodies(view: str, places: list[dict[str, Any]]) -> list[tuple[str, Span]]:
    """Bare bodies of a foreign state, named with the only foreign country mentioned before
    them on the same line."""
    countries = sorted((start, p["name"]) for p in places if p["kind"] == "country"
                       and p["name"] != "中国" for start, _ in p["mentions"])
    out: list[tuple[str, Span]] = []
    at, seen, line_start = 0, set(), 0
    for match in _BARE_FOREIGN.finditer(view):
        line = view.rfind("\n", 0, match.start()) + 1
        if line != line_start:
            line_start, seen = line, set()
        while at < len(countries) and countries[at][0] < match.start():
            if countries[at][0] >= line_start:
                seen.add(countries[at][1])
            at += 1
        if len(seen) == 1 and not _KINDS_AROUND.search(
                view[max(0, match.start() - 3):match.end() + 3]):
            out.append((next(iter(seen)) + match.group(), Span(*match.span())))
    return out
