"""Checks on the NER model's ORG words, and the merging of short forms into fuller ones.

The model tags many words ORG that name no body: a department kind cut from 部门
(得州电力|部门, 青海环保|部门), a place (北达科他州), a slogan run into 党 (新时代党解决…),
a country's tail run into a body word (各参演国|海军 → 国海军), a region (乌东部), a meeting
(北京科技周, 全国人大三次会议, 中共十九大: CONVENTIONS, meetings and congresses are not
organisations), a kind of party (国家执政党), a people or a religion (哈萨克族, 伊斯兰教),
a slogan or a document (从严治党, 中共中央国务院关于…的决定). And a
body written in full once is often written short later (美国国家气象局 … 气象局官员):
CONVENTIONS keeps the fuller of two forms in one document.
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities import named_orgs as _nm
from yamen.entities.bodies import known_body, parent_bodies
from yamen.entities.named_orgs import known_name
from yamen.entities.ner import Entity
from yamen.lexicon import transliterated, words

# A place name, not a body: the model's ORG ending in a division word (北达科他州).
_PLACE_END = re.compile(r"[省市县州镇乡村]$")
# A meeting, a fair or a festival, not a body (北京科技周, 全国人大三次|会议); the political
# consultative conference (中国人民政治协商会议) is a body.
_MEETING_END = re.compile(
    r"(?:(?<!政治协商)会议|峰会|年会|博览会|交易会|运动会|科技周|文化节|艺术节|[次届])$"
    r"|(?:世博|世园|[亚奥]运|冬奥|残奥|大运|全运)会$"  # games and expositions: 世博会
    r"|[一二三四五六七八九十]大$|全会$"  # a party congress or plenum: 中共十九大, 三中全会
    r"|(?<!人民)代表大会$"  # a society's congress (中国作协代表大会), not 全国人民代表大会
)
# A kind of party, not a named one (社会主义国家执政党, 该国反对党).
_PARTY_KIND = re.compile(r"(?:执政党|反对党|在野党|参政党)$")
# The model's ORG cut before the meeting word it runs on into (北京科技|周, 上海国际电影|节,
# 中国航空|产业大会).
_MEETING_NEXT = re.compile(  # and a relation after a pair of countries (中埃塞|关系)
    r"周(?![年边末期])|节(?![目约省能日奏点])|峰会|产业(?:大会|峰会|论坛)|博览会|交易会|展(?![开示望现出])"
    r"|关系"
)
# A situation ending in 局 (俄罗斯政局, 地区格局), not a bureau (邮政局, 财政局, 民政局).
_SITUATION_END = re.compile(r"(?:(?<![邮财民行市])政局|时局|[格大布结僵开]局|(?<!安)全局)$")
# A kind of department after the model's word (得州电力|部门, 美国电信|管理部门).
_DEPARTMENT_NEXT = re.compile(r"(?:管理|主管|监管|职能|执法|相关)?部门")
# A facility after the model's word (莫斯科伏努科沃|专机机场).
_FACILITY_NEXT = re.compile(r"(?:专机|国际)?机场|火车站|高铁站")
# A region (东部, 中西部), never a ministry.
_REGION_END = re.compile(r"[东西南北中内]部$")  # and an inside (实现内部)
# A people (犹太人, 哈萨克族), a religion (伊斯兰教) or a kind of state (联系国, 成员国): the
# model's ORG ending so names no body; a known name ending so (none yet) would pass.
_NOT_BODY_END = re.compile(r"[人国族教]$")
# A slogan run into 党 (全面从严治党, 党要管党, 爱党爱国, 听党话), a document
# (中共中央国务院关于…的决定, 泰王国政府联合新闻公报): no body.
_SLOGAN_OR_DOCUMENT = re.compile(
    r"[治管]党$|^[爱听跟入护]党$|^级|关于|(?:公报|决定|声明|通知|部署|关系)$")

# A conjunction or preposition run onto a body's end (中央党校|和, 罗政府|同, 新华社|协办).
_FUNCTION_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:[和同与及]|协办|主办|承办)$")
# A body of a bare level (特区政府, 市委) with the word before it run on (加上|特区政府).
_BARE_BODY = re.compile(r"(?:特别行政区|特区|自治区|省|市|县|区)(?:委|政府|人民政府|人大|政协)")
# 电 is a dateline's (北京6月25日电|外交部发言人).
_FUNCTION_HEAD = frozenset("上在和与及对向为由从到把被将让使了是同电")
# A number, time or share run onto a body's start (过去五年|共青团, 3家|银行, 少数|医药行业协会).
_NUMBER_HEAD = re.compile(
    r"^(?:[\d一二三四五六七八九十百千万两几多]+(?:个|名|家|年|月|日|届|次|位|所|批)|今年|去年|明年|当年"
    r"|今天|昨天|当天|近日|目前"
    r"|少数|个别|部分|一些|多数)"
)
# How a body's name ends (委, 政府, 大学, 集团 …): the model's ORG word that ends otherwise is
# a concept, a product or a place (核心竞争力, 新能源汽车, 训练基地, 神州大地), unless it is a
# known name or a foreign name (塔利班, 哈马斯). 坛 only in 论坛 (中国田坛 is a sport's world).
BODY_END = re.compile(
    r"(?:[委会局府院部团组党司协处校盟厅室厂社所署办台站馆队旅庭科系军报关]|(?<!网)联|中央|组织|机构"
    r"|(?<=[银央分支总农建工中交招兴浦光商洋])行"  # a bank, not a journey (太平洋航行)
    r"|论坛|中心|集团|网|阵线|运动|武装|杂志|基金|军区|央行|航空|石油|石化|电信|移动|邮政"
    r"|书店|电气|重工|钢|海运|大学|中学|小学|政治协商会议|油田|边检|[男女][足排篮]"
    r"|快递|超市|电器|药业|联合体)$"
)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# A run of kinds of body (中央党政军|群有关部门): no body named.
_KINDS_RUN = re.compile(r"[党政军群]{2,}$")
# A people's association (渔民协会, 农民合作社): a kind, not a named one.
_PEOPLE_SOCIETY = re.compile(r"^[渔农牧村居市][民户](?:协会|合作社|专业合作社)$")
# An armed group by a description, not a name (顿涅茨克民间武装, 叙反对派武装, 库尔德武装: set B
# README, descriptive armed groups are not organisations); 胡塞武装 is a movement's name.
_DESCRIPTIVE_FORCE = re.compile(r"(?:民间|反对派|反政府|地方|极端|库尔德)武装$")
# A figure of speech in quotation marks (打造“绿色银行”, 留下…的“绿色银行”).
_FIGURE_BEFORE = re.compile(r"(?:的|打造|成为|建成|当|叫|称为|变成|是)[“\"‘]$")

# The end of a name that goes on after a hyphen or dot (乔-布-|拉斯梅 is one person's name).
_NAME_JOINER = re.compile(r"[-－·•]")
# Two countries' first characters before a relation (中委|全面战略伙伴关系, 中委|关系).
_PAIR_BEFORE_RELATION = re.compile(
    r"^[中华][\u4e00-\u9fff](?:是|为)?(?:全面|战略|关系|友好|建交|合作|两国|双方|友谊)"
)
# A subsidiary by its relation (三菱一子公司, 在华子公司, 全资子公司), not 西门子公司.
_SUBSIDIARY = re.compile(r"(?<=[一两几家个资股属华内外国方])子公司$|^[华美英日德法韩俄][子分]公司")
# A verb inside the model's word: a clause it ran over (在京会见|英中贸易协会, 朝方派|艺术团,
# 北京通州区考察|副中心, 中国人民向|委内瑞拉政府, 人民大会堂同|古巴国务委员会); not 希望小学.
_AFTER_SENTENCE = re.compile(r"会见|会谈|希望(?!小学|中学|工程)|人民向|敦促|呼吁|谴责|指责|敦请"
                             r"|启动|考察|无法|打击|出席|访问(?!团)|(?<=.方)派|(?<=[能将已会要拟])派"
                             r"|(?<=[委部局院办厅])作(?=党$)|(?<=[堂厅馆宫])同|(?<=[部委局院办厅署])从")


def after_clause(name: str) -> int | None:
    """Where the body's own name starts when a clause runs into it (在|京会见|英中贸易协会:
    after the verb), 0 when no verb is inside, None when nothing after the verb is a body
    (北京通州区考察|副中心, 泰国清迈启动合作打击|赌诈集团)."""
    if known_name(name) is not None:
        return 0  # 打击极端组织国际联盟 is a name
    verbs = list(_AFTER_SENTENCE.finditer(name))
    if not verbs:
        return 0
    at = verbs[-1].end()
    rest = name[at:]
    if (len(rest) >= 4 or rest[1:] == "政府") and body_like(rest) and not rest.startswith(
            ("副", "该", "这")):  # 中方敦促|美政府
        return at
    return None


def trimmed(surface: str) -> tuple[int, str]:
    """The model's ORG word without a function character, a number, a time or a slogan
    (新时代, 新征程) run onto either end: how many characters go at the start, and the
    word left (同|团中央, 过去五年|共青团, 新征程|人民政协)."""
    surface = _FUNCTION_TAIL.sub("", surface)
    if surface[:1] in _FUNCTION_HEAD and _BARE_BODY.match(surface, 1):
        return 1, surface[1:]
    head = 0
    for _ in range(3):
        rest, known_only = None, False
        if surface[:1] in _FUNCTION_HEAD:  # 同|团中央: 上海市政府 keeps its 上
            rest, known_only = surface[1:], True
        number = _NUMBER_HEAD.match(surface)
        if number:
            rest = surface[number.end():]
        slogan = next((w for w in ("新时代", "新征程") if surface.startswith(w)), None)
        if slogan:  # 新时代|人民政协, not 新时代国际传播研究院
            rest, known_only = surface[3:], len(surface) > 7 and surface[3:6] not in "新时代新征程"
        verb = _nm.VERB_HEAD.match(surface)
        if verb:
            rest, known_only = surface[verb.end():], False
        if rest is None or len(rest) < 2 or not (
                _known_body(rest) or (not known_only and len(rest) > 2 and _named(rest))):
            break
        head, surface = head + len(surface) - len(rest), rest
    if _SITUATION_END.search(surface):  # 党中央|总揽全局: a clause run onto a known body
        surface = next((surface[:k] for k in range(len(surface) - 2, 1, -1)
                        if _known_body(surface[:k])), surface)
    return head, surface


_BARE_TAIL = re.compile(rf"{_BARE_BODY.pattern}$")


def bare_tail(name: str) -> int:
    """Where a bare level's body (特区政府, 市委) that ends ``name`` starts after other words
    the model ran onto it (中央对|特区政府, 希望|特区政府), or 0. The caller tells a place's
    name (上海|市政府) from such words."""
    if _BARE_BODY.fullmatch(name):
        return 0  # 特区政府 itself (not 特|区政府)
    found = _BARE_TAIL.search(name, 1)
    return found.start() if found else 0

# A party written after its kind (在野党|民进党, 执政党|人民行动党) and a country before both
# (日本最大在野党民进党, 韩国执政党新国家党): the party by its country, as 英国工党 is written.
PARTY_KIND_WORD = r"(?:最大|第一大|第二大|主要)?(?:执政党|反对党|在野党|参政党)"
_KIND_THEN_PARTY = re.compile(rf"{PARTY_KIND_WORD}(?=.{{1,8}}党$)")
_RANK = re.compile(r"(?:最大|第一大|第二大|主要)?")


def party_after_kind(
    text: str, start: int, name: str, countries: dict[int, tuple[int, str]]
) -> tuple[int, str]:
    """The party's own name and where it starts, with its country if one stands before the
    kind word (``countries``: a country mention's end → its start and name)."""
    kind = _KIND_THEN_PARTY.search(name)
    if kind is None:
        return start, name
    party, before = name[kind.end():], start + kind.start()
    for rank_start in range(before, max(start - 5, before - 4, -1), -1):
        owner = countries.get(rank_start)
        if _RANK.fullmatch(text, rank_start, before) and owner is not None:
            return owner[0], owner[1] + party
    return start + kind.end(), party


def _known_body(name: str) -> bool:
    return (known_name(name) is not None or known_body(name) or name in parent_bodies()
            or bool(_BARE_BODY.fullmatch(name)))


def _named(name: str) -> bool:
    """Whether ``name`` is a known body's name (团中央, 人民政协) or ends like one (共青团)."""
    return _known_body(name) or bool(BODY_END.search(name))


def body_like(name: str) -> bool:
    """Whether the model's ORG ``name`` reads as a body's name: it ends like one (BODY_END),
    is a known name, an acronym (APEC) or a transliterated foreign name (塔利班)."""
    return _named(name) or bool(_ACRONYM.match(name)) or transliterated(name)


def not_a_body(name: str, text: str, end: int) -> bool:
    """Whether the model's ORG ``name`` ending at ``end`` of ``text`` names no body."""
    generic = words("not_organizations.txt")
    if name in generic or _nm.QUANTIFIED.search(name):
        return True
    if _DEPARTMENT_NEXT.match(text, end) or (name.endswith("部") and text.startswith("门", end)):
        return True  # 得州电力部门, 环保部门: a kind of department, not a named one
    if text.startswith("界", end) or _nm.LIAN_WORD.match(text, end - 1):
        return True  # 美国银行|界: a sector; 亚欧海陆联|运: a word going on
    if _FACILITY_NEXT.match(text, end):
        return True  # 莫斯科伏努科沃|专机机场: a facility's name
    if (_PLACE_END.search(name) or _REGION_END.search(name) or _MEETING_END.search(name)
            or _SITUATION_END.search(name)):
        return True
    if _PARTY_KIND.search(name) or _SLOGAN_OR_DOCUMENT.search(name):
        return True
    if text.endswith(name, 0, end) and _PARTY_KIND.search(text, max(0, end - len(name) - 2), end):
        return True  # 在野党 cut to 野党: the kind word starts before the model's word
    if _NOT_BODY_END.search(name) and known_name(name) is None:
        return True
    if name.endswith("党") and text.startswith("人", end):
        return True  # 中国共产党人: the party's members
    if _DESCRIPTIVE_FORCE.search(name) or _MEETING_NEXT.match(text, end) or text.startswith(
            ("·", "•"), end):
        return True  # 约翰斯|·霍普金斯大学: the first word of a foreign name
    if name.endswith("政府") and len(name) > 4 and _known_body(name[:-2]):
        return True  # 国务院政府(特殊津贴): a body owns no government (中央政府 does)
    if _KINDS_RUN.search(name) or _PEOPLE_SOCIETY.match(name):
        return True  # 中央党政军(群有关部门), 渔民协会
    opening = end - len(name)
    if _FIGURE_BEFORE.search(text, max(0, opening - 4), opening) and text.startswith(
            ("”", '"', "’"), end):
        return known_name(name) is None  # 打造“绿色银行”: a figure of speech
    if name.endswith("党") and name[:-1] in generic:
        return True  # 新时代党解决台湾问题, 新征程党和国家事业
    if (opening > 0 and _NAME_JOINER.match(text, opening - 1) and not _named(name)) or (
            len(name) == 2 and _PAIR_BEFORE_RELATION.match(name + text[end:end + 3])):
        return True  # 乔-布-|拉斯梅: a person's name; 中委|全面…: a pair of countries
    if _SUBSIDIARY.search(name) or (text.startswith("工作会议", end) and known_name(name) is None):
        return True  # 三菱一|子公司, 在华子公司; 中央政协|工作会议: a meeting's name
    # 各参演国海军: the country word's tail, then a body word
    if name.startswith("国") and opening > 0 and text[opening - 1] in "我本全各两该":
        return True  # 我|国航空货运量: the country word's tail
    return name.startswith("国") and name[1:] in words("body_words.txt")


def merge_short_forms(found: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """A name that ends another found name goes into it (气象局 into 美国国家气象局,
    胡塞武装 into 也门胡塞武装), by at least two characters (美第一共和银行 is the model
    running 美 into 第一共和银行) and only into one. Known central bodies stay apart
    (外交部 beside 俄罗斯外交部 is China's ministry), except under their own 中共 form
    (a known 中央… body is normalised without 中共 first: 中共中央宣传部 → 中央宣传部)."""
    merged = {name: list(spans) for name, spans in found.items()}
    for short in sorted(found, key=len):
        written = _written_out(short)
        longer = [
            name for name in merged
            if len(name) >= len(short) + 2 and name.endswith((short, written))
            and (known_name(short) is None or name == f"中共{short}")
        ]
        if not longer and short in merged and may_abbreviate(short):
            longer = [name for name in merged if _abbreviates(short, name)]
        if len(longer) == 1 and short in merged:
            spans = merged.pop(short)
            merged[longer[0]] = sorted({*merged[longer[0]], *spans}, key=lambda s: s.start)
    return merged

# Names that differ from another by a word inside are bodies of their own (北京大学 beside
# 北京师范大学, 中国银行 beside 中国建设银行), not a short form of it.
_OWN_NAME_END = re.compile(r"(?:大学|学院|中学|小学|医院|银行|科学院|研究院|研究所)$")

# The corporate form after a company's own name (…北京局|集团有限公司).
_COMPANY_TAIL = re.compile(r"(?:集团)?(?:股份)?(?:有限)?(?:责任)?公司|集团")


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is a short form of ``name`` written in the same document with words
    left out (北鹏公司 of 沈阳北鹏房地产开发公司, 尼日利亚政府 of 尼日利亚联邦政府, 俄罗斯国家杜马
    of 俄罗斯联邦会议国家杜马, 国合会 of 中国环境与发展国际合作委员会): its characters in order,
    the same last character, its first within the name's first three; or a company's name
    without its corporate form (申通快递 of 申通快递有限公司); not a parent opening the name
    (国务院 of 国务院新闻办公室), not a central body, not one fixed name of another."""
    return may_abbreviate(short) and _abbreviates(short, name)


def may_abbreviate(short: str) -> bool:
    """What of :func:`abbreviates` depends on the short name alone (asked once per name, not
    once per pair: a long document holds a thousand names)."""
    return not (known_body(short) or short.startswith("中央") or _OWN_NAME_END.search(short))


def _abbreviates(short: str, name: str) -> bool:
    if len(name) <= len(short) or name.endswith(short) or (short[-1] != name[-1] and not (
            _COMPANY_TAIL.search(name))):
        return False  # (a company's name without its corporate form ends otherwise)
    if known_name(short) and known_name(name):
        return False
    inside = name.find(short, 1)
    if inside > 0 and _COMPANY_TAIL.fullmatch(name, inside + len(short)):
        return True  # 北京局 of 中国铁路北京局集团有限公司
    if name.startswith(short) and _COMPANY_TAIL.fullmatch(name, len(short)):
        return True  # 申通快递 of 申通快递有限公司
    if short[-1] != name[-1] or short[0] not in name[:3] or name.startswith(short):
        return False
    if short.endswith("委"):  # 河北省委 beside 河北省纪委; only a level left out (邛崃|市纪委)
        return any(name[:at] + name[at + 1:] == short for at, char in enumerate(name)
                   if char in "省市县区")
    head = short.removesuffix("集团") if name.endswith("集团") else short
    at = name.find(head) if 2 <= len(head) < len(short) else -1
    if at >= 0 and not name.startswith("集团", at + len(head)):
        return False  # 宝武集团 of 中国宝武马钢集团: the group's parent, not its short form
    rest = iter(name)
    return all(char in rest for char in short)

# Short forms of body words (央行 of 土耳其中央银行, 管委会 of …管理委员会).
_SHORT_WORDS = (("央行", "中央银行"), ("管委会", "管理委员会"))


def _written_out(name: str) -> str:
    for short, full in _SHORT_WORDS:
        if name.endswith(short):
            return name[: -len(short)] + full
    return name

# A hall of the Great Hall of the People named after a province (湖南厅, 新疆厅).
_HALL = re.compile(
    r"(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
    r"|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)厅"
)
# A foreign head's title right after the model's word: the word is a name (安瓦尔|总理).
_PERSON_TITLE = re.compile(r"(?:总统|总理|首相|国王|女王|王储|亲王|埃米尔|苏丹|副总统|副总理)")


def hall_or_person(name: str, text: str, end: int, place_names: set[str]) -> bool:
    """Whether the model's ORG ``name`` ending at ``end`` is a country after 国 (主席|国科威特),
    a hall of the Great Hall of the People (湖南厅) or a person's name before a head's title
    (安瓦尔|总理)."""
    return bool((name[0] == "国" and name[1:] in place_names) or _HALL.fullmatch(name) or (
        _PERSON_TITLE.match(text, end) and known_name(name) is None and not _named(name)))


def before_or_after(name: str, span: Span, place_names: set[str]) -> tuple[str, Span]:
    """A chain of titles the model ran into one word at 兼: the body before it if it reads as
    one (古巴国务委员会|兼部长…), else the body after it with the country that opens the chain
    (俄罗斯|第一副总理兼|财政部 → 俄罗斯财政部); an empty name when neither does."""
    at = name.index("兼", 2)
    left, right = name[:at], name[at + 1:]
    if body_like(left):
        return left, Span(span.start, span.start + at)
    country = next((left[:k] for k in range(min(len(left), 8), 1, -1)
                    if left[:k] in place_names), None)
    if country is not None and len(right) >= 2 and body_like(right):
        return country + right, span
    return "", span

# A name in a list of the model's ORG words (顺丰、京东; 华为、腾讯、海尔): of 2 to 4 Han
# characters; not two sides (中智、中拉产能合作) nor plenums (三中、四中全会).
_LISTED = re.compile(r"(?!中.$|[一二三四五六七八九十])[\u4e00-\u9fff]{2,5}")


def listed_names(entities: list[Entity]) -> set[int]:
    """Where the model's ORG words written in a list with 、 or before a company's post start
    (顺丰、京东3家物流, 摩根士丹利|首席执行官): companies
    and bodies known by a bare name, which do not end like a body (the model tags a word of
    a list ORG for what its neighbours are, so two at least must be so tagged)."""
    out = _nm.before_company_post(entities, _LISTED)
    run: list[Entity] = []
    for entity in [*entities, Entity("w", -1, -1, "")]:
        if entity.tag == "ORG" and (not run or (run[-1].text == "、" and run[-1].end
                                                == entity.start)):
            run.append(entity)
            continue
        if entity.text == "、" and run and run[-1].tag == "ORG" and run[-1].end == entity.start:
            run.append(entity)
            continue
        names = [e for e in run if e.tag == "ORG"]
        if len(names) >= 2:
            out |= {e.start for e in names if _LISTED.fullmatch(e.text)}
        run = [entity] if entity.tag == "ORG" else []
    return out

# A site's own body written after it (故宫|博物院, 布达拉宫|管理处): the model's ORG word over
# the site names the body, though a site's mention is otherwise no body's.
_SITE_BODY = re.compile(r"(?:博物院|博物馆|纪念馆|管理处|管理局|管理委员会|管委会|研究院|研究所)")


def site_body(text: str, entity: Entity, sites: dict[int, tuple[int, str]]) -> bool:
    """Whether the model's ORG word is a site's own body written after its name (故宫博物院,
    which the places module reads whole as the site 故宫)."""
    site = sites.get(entity.start)
    if site is None or site[0] > entity.end:
        return False
    body = _SITE_BODY.search(text, entity.start, entity.end)
    return (body is not None and body.end() == entity.end
            and text.startswith(site[1], entity.start) and body.start() >= entity.start + len(
                site[1]))
