"""Checks on a name the model alone gives: whether it reads as a name at all (not a form
of address, a group, a settlement, a place, a phrase) and whether the text supports it
(a cue of a person near one of its mentions: :mod:`yamen.entities.name_cues`).

Split from :mod:`yamen.entities.persons` to keep each module small.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from yamen.document import Span
from yamen.entities.country_view import COUNTRY_SIZES
from yamen.entities.gazetteer import Form, gazetteer
from yamen.entities.name_cues import THOUGHT_VERBS, cued_somewhere, role_before, roled
from yamen.entities.names import MAX_LED_NAME
from yamen.entities.ner import Entity
from yamen.entities.person_checks import (
    country_pair,
    negated,
    party_phrase,
    preposition_run_in,
    side_of_talks,
    uncued_phrase,
    verb_run_in,
)
from yamen.entities.person_places import (
    in_country_name,
    opens_foreign_place,
    place_like,
    thing_or_dateline,
)
from yamen.entities.title_lexicon import tables
from yamen.lexicon import MAX_NAME, MIN_NAME, surnamed, transliterated, words

# Tags of a name in a list after a name the model tagged (栗战书/nz): not a body or a place.
LISTED_TAGS = frozenset({"PER", "nz", "nw"})


# A person's relations and attendants, after a name and 的 (琼斯的保镖).
_KIN = r"(?:保镖|妻子|丈夫|儿子|女儿|父亲|母亲|婆婆|家人|助手|秘书|遗孀|女友|男友|父母)"
# Words around a name that is not surname-initial (a transliterated foreign name: 欧尔班,
# 普京) that show it is a person; without one, such a model PER is too often a place,
# a group or a word (哈马斯, 休耕).
# Transliterated names of three or more characters (费尔南德斯) are kept on the model's word;
# two-character ones (亨特, 英拉) need a cue.
MIN_FOREIGN_NAME = 3
_FOREIGN_CUE_AFTER = re.compile(r".{0,3}?(?:说|表示|指出|强调|称|认为|会见|会谈|访华|总统|总理|"
                                r"首相|主席|总书记|国王|天皇|女王|王储|亲王|先生|女士|夫人|一行)|"
                                r"(?:外长|外相|议长)|"
                                # 琼斯的保镖, 欣嘉拿着: a relation of a person's; a person's act
                                rf"的{_KIN}|(?:{THOUGHT_VERBS})(?!的)|"
                                # 聂穆楚克1月31日说: a date, then a verb of speech
                                r"(?:\d{1,2}月)?\d{1,2}[日号](?:说|表示|指出|强调|称)")
_FOREIGN_CUE_BEFORE = re.compile(r"(?:总统|总理|首相|主席|国王|王储|部长|外长|大使|议长|秘书长|"
                                 r"总书记|副总统|领导人|总干事|特使|代表|选手|教授|大臣|男友|女友|丈夫|妻子|候选人|"
                                 # 总统竞选人拜登, 安全事务助理伯杰, 首席兽医官聂穆楚克
                                 r"夫人|竞选人|参选人|助理|顾问|[^长]官)$")  # 夫人弗拉西娅


# Forms of address, groups and occupations the model tags as names: 老关, 韩大哥, 高师傅,
# 汪老汉, 冯女士, 胡老, 郑某 (a surname and a form of address: no one named, and a title
# is never part of a name), 军乐队, 心理咨询师.
_NOT_A_NAME = re.compile(
    r"^[老小阿].$|^.[老某]$|^.(?:先生|女士|小姐|太太|教授|外长|书记|主任|县长|市长|省长|局长|"
    r"镇长|乡长|村长|部长|厅长|校长|院长|主席|医生|大夫|护士|律师|会计|经理|厂长|站长|所长|"
    r"总理|总统|首相)$|^.{2,}盟$|"  # 巴总理 (a headline's 巴基斯坦总理), 青民盟 (a party)
    # 康斯坦察县: a foreign division's name, not a person's (a long name never ends so)
    r"^.{3,}[县省州镇乡村邦党]$|"
    r"(?:大哥|大姐|大爷|大妈|大娘|大叔|大婶|老汉|老伯|阿姨|师傅|老师|同学|妈妈|爸爸|叔叔|伯伯|"
    # …圩, …寨: settlements (天心圩整顿)
    r"爷爷|奶奶|队|团|组|旅|师|员|手|学生|毕业生|研究生|圩|墟|寨|屯)$|"
    # 黎南部, 林学家, 赵某某, 潘杰希尔山谷: a direction, a body, a facility, a landform
    r"(?:[东南西北]部|中心|学家|厂|公司|集团|店|馆|铁路|高铁|某某|山谷|峡谷|盆地|半岛|群岛|国旗|公安)$|"
    r"^.{2,}(?:宣言|声明|公约|条约|协定)$|"  # 马丘比丘宣言: a declaration named after a place
    # 阮家门(前): a family's door or home; 卡拉奇多云: a city's weather in a forecast
    r"^.家[门院]$|^.{2,}(?:多云|阵雨|小雨|中雨|大雨|雷阵雨)$|"
    r"^[^\u4e00-\u9fff]+$")  # naraya: a shop's sign in Latin letters, not a name


def split_before(words: dict[int, Entity], span: Span) -> bool:
    """内塔尼亚|胡赞同: the model tags a name right after this one, so it split a name."""
    after = words.get(span.end)
    return after is not None and after.tag == "PER"


# How far before a name of four a mention of Japan is looked for (日本组合吉村真晴、石川佳纯).
_JAPAN_WINDOW = 20
# Prepositions that may stand run into a name's start (索罗议长向俞正声授予).
_PREPOSITION_CHARS = frozenset("向对与同和从给")
# "Former", "then", "current" between a country's abbreviation and a post (厄前副总统).
_BEFORE_POST = frozenset("前原现")
# Function words a Chinese name never holds after its surname and given name (习近平|在正定).
_FUNCTION_CHARS = frozenset("在的了是和与及对向为把被从于以就都也还又")


# A list of Chinese names right after a name (巴音朝鲁、蒋超良、任克军): two of them.
_NAMES_AFTER = re.compile(r"、([\u4e00-\u9fff]{2,3})、([\u4e00-\u9fff]{2,3})[、，,。和等]")


def _before_chinese_names(text: str, end: int) -> bool:
    """巴音朝鲁、蒋超良、任克军: a four-character name (a Mongolian one) opening a list of
    Chinese names is a name of the list."""
    listed = _NAMES_AFTER.match(text, end)
    return listed is not None and all(surnamed(n) and not transliterated(n)
                                      for n in listed.groups())


def plausible(text: str, span: Span, joined: bool = False) -> bool:
    """A name found by the model alone, kept only where the text supports it."""
    name = text[span.start:span.end]
    if "·" in name or re.fullmatch(r"[\u4e00-\u9fff]{2,}[-－—][\u4e00-\u9fff·]{2,}", name):
        return True  # 纳瓦兹-谢里夫: a transliterated name with a hyphen
    # 麦克阿瑟, 基里延科: a foreign name, not a phrase — unless the model split it (内塔尼亚|胡)
    foreign = transliterated(name) and not joined
    addressed = text.startswith(tuple(tables().foreign_only), span.end)  # 穆罕默德总统
    longest = MAX_LED_NAME if foreign or addressed else MAX_NAME + 2  # 亚斯特任布斯基
    if not MIN_NAME <= len(name) <= longest or _NOT_A_NAME.search(name):
        return False
    if len(name) > MAX_NAME and surnamed(name[:MAX_NAME - 1]) and not transliterated(name) and (
            any(c in _FUNCTION_CHARS for c in name[MAX_NAME - 1:])):
        return False  # 《习近平在正定》: a Chinese name runs on into a phrase (not 吴南达觉佐)
    if len(name) == MIN_NAME and name[1] in _BEFORE_POST and tables().pattern.match(
            text, span.end):
        return False  # 厄前|副总统: a country's abbreviation and "former" before a post
    if addressed:
        return True  # 穆罕默德总统, 额勒贝格道尔吉总统: a form of address only foreign leaders have
    surnames = words("surnames.txt")
    if len(name) == MAX_NAME and name[0] in surnames and name[:2] not in surnames \
            and not foreign and name[1] != "氏" and not (  # 潘氏清心: a Vietnamese name
                name[1] in surnames and (tables().pattern.match(
                text, span.end) or text.startswith("、", span.end))) and not (
                _cued(text, span.start, span.end) and name[0] not in _PREPOSITION_CHARS
                and any(c in words("transliteration_chars.txt") for c in name[1:])) and (
                "日本" not in text[max(0, span.start - _JAPAN_WINDOW):span.start]) and not (
                _before_chinese_names(text, span.end)):
        return False  # a Chinese name of four needs a compound surname: not 周启动式
        # (but 林郑月娥行政长官, 林郑月娥、董建华: two surnames, a Hong Kong married name;
        # 总书记马加舒尔表示, 梅拉尼娅女士: a foreign name with a cue of a person)
    entry = gazetteer().surfaces.get(name)
    if entry is not None and entry.places and not (
            entry.form is not Form.FULL and surnamed(name) and role_before(text, span.start)):
        return False  # a place the model took for a name (not 村民洪梅: 洪梅镇's short form)
    if _not_a_person_here(text, span.start, span.end) or _company_name(text, name):
        return False  # 沃达丰公司, 40万贝克勒尔, 瑞士达沃斯, 罗威汽车公司…罗威是
    if in_country_name(text, span.start) or opens_foreign_place(text, span.start, name):
        return False  # 委|内瑞拉, 安提瓜|和巴布达: part of a country's name
    if thing_or_dateline(text, span.start, span.end) or verb_run_in(text, name):
        return False  # 兰新、宝兰高铁, 利奥波德大绶带勋章, 本报塔什库尔|干1月5日电; 敦促美
    if side_of_talks(text, name) or preposition_run_in(text, name) or place_like(text, name):
        return False  # 巴方, 向乌, 库皮扬斯克方向
    if country_pair(text, span.start, name) or name in words("not_names.txt"):
        return False  # 孟中印缅, 中布复交; 艾滋病
    if party_phrase(text, span.start, name) or negated(text, span.start):
        return False  # 对党忠诚, 不周严
    if not foreign and uncued_phrase(text, name, lambda start, end: _cued(
            text, start, end) or roled(text, start, end)):
        return False  # 正风肃纪 (not 贫困户尕桑多杰, 达瓦次仁一家)
    if surnamed(name) or len(name) >= MIN_FOREIGN_NAME:
        return True
    return _cued(text, span.start, span.end)


# What follows the name of a company, a fund, a line or a unit, never a person's.
_BODY_AFTER = re.compile(r"(?:汽车)?(?:公司|集团|基金|银行|铁路|高铁|评级|电信|股份|"
                         r"海运|航运|航空)")
# How many mentions are looked at for a company's word after the name.
_MAX_MENTIONS = 12


def _company_name(text: str, name: str) -> bool:
    """罗威汽车公司，罗威是…: a name that some mention shows to be a company's (or an armed
    body's: 武装组织“杰哈德”)."""
    for count, match in enumerate(re.finditer(re.escape(name), text)):
        if count >= _MAX_MENTIONS:
            break
        if _BODY_AFTER.match(text, match.end()) or _BODY_QUOTED.search(
                text, max(0, match.start() - 3), match.start()):
            return True  # 武装组织“杰哈德”…与杰哈德达成: a body's name at every mention
    return False
# An organisation's word and an opening bracket before a name: its short name (伊斯兰圣战
# 组织（杰哈德）).
_BODY_BEFORE = re.compile(r"(?:组织|运动|阵线|联盟|武装)[（(“]$")
# The same, the name in quotes (武装组织“杰哈德”): the body's name at all its mentions (not
# 联盟(谢里夫派): a faction named after its leader).
_BODY_QUOTED = re.compile(r"(?:组织|运动|阵线|武装)“$")
# A number or a demonstrative and a measure word, then a noun (这张长达9米的…, 一盏马灯, 照张相):
# the first character of the model's "name" is the measure word, or follows it.
_MEASURED = re.compile(r"[一两二三四五六七八九十几这那每哪照拍][张盏个只条件台部辆架把座间所]"
                       r"(?=[\u4e00-\u9fff])|[一两几这那每][张盏](?=[\u4e00-\u9fff])")
# What makes a 周 "week" (上周, 本周, 每周).
_WEEK_BEFORE = re.compile(r"[上下本这每当前两几数]")
# What stands before an amount's unit (每升40万贝克勒尔).
_COUNTED = re.compile(r"[\d０-９万千百亿]$")
# A time's 许 (0时许飞抵): "about", not the surname.
_ABOUT = re.compile(r"[时分点]许")


def _not_a_person_here(text: str, start: int, end: int) -> bool:
    """Whether the words around a mention make it a body, a unit or a foreign place: a
    company word after it (沃达丰和美国韦里孙等电信公司), an amount before it (40万贝克勒尔),
    a country right before a transliterated name with no cue of a person after it (瑞士达沃斯,
    叙利亚伊德利卜), or a country's name with one character run on (莱索托赞)."""
    name = text[start:end]
    if (_BODY_AFTER.match(text, end) or _COUNTED.search(text, max(0, start - 1), start)
            or (start > 0 and _ABOUT.match(text, start - 1))
            or _BODY_BEFORE.search(text, max(0, start - 3), start)):
        return True
    if name[0] == "周" and _WEEK_BEFORE.match(text, start - 1):
        return True  # 上|周达成的协议: last week, not the surname 周
    if _MEASURED.search(text, max(0, start - 2), start + 2):
        return True  # 这张|长达9米, 一盏马灯: a measure word, not the surname 张
    surfaces = gazetteer().surfaces
    opening = surfaces.get(name[:-1])
    if len(name) - 1 in COUNTRY_SIZES and opening is not None and opening.places and (
            opening.places[0].kind == "country"):
        return True  # 莱索托|赞 (国|贝宁 is caught where the name is read: names._is_place)
    for size in COUNTRY_SIZES:
        before = surfaces.get(text[max(0, start - size):start])
        if (before is not None and before.places and before.places[0].kind == "country"
                and transliterated(name) and not _cued(text, start, end)):
            return True
    return False


def supported(text: str, span: Span, people: Container[str], model: ModelView) -> bool:
    """A two-character Chinese-looking name the model alone gives, or a name the model
    reads as a place at another mention (木兰溪), needs a cue of a person at one of its
    mentions (see :mod:`yamen.entities.name_cues`): not 林田 (山水林田湖草)."""
    name = text[span.start:span.end]
    if name in people:
        return True
    if not (len(name) == MIN_NAME and surnamed(name)) and not (
            model.places.get(name, set()) - {span.start}):
        return True
    return cued_somewhere(text, name,
                          lambda start, end: start in model.starts or end in model.ends)


@dataclass(frozen=True, slots=True)
class ModelView:
    """What the model reads in a text, for cues: where it reads each place word, and where
    its names start and end (for lists of names)."""

    places: dict[str, set[int]]
    starts: frozenset[int]
    ends: frozenset[int]

    @classmethod
    def of(cls, entities: list[Entity]) -> ModelView:
        places: dict[str, set[int]] = {}
        for e in entities:
            if e.tag == "LOC":
                places.setdefault(e.text, set()).add(e.start)
        named = [e for e in entities if e.tag in LISTED_TAGS]
        return cls(places, frozenset(e.start for e in named), frozenset(e.end for e in named))


def _cued(text: str, start: int, end: int) -> bool:
    """Whether words around a mention show a person: 说, 表示 after; 总统, 教授 before."""
    before = text[max(0, start - 6):start]
    if before.endswith("的") and text[end:end + 1] in _AFTER_QUALIFIED:
        return True  # 来自穆德朗乡的丽妮在…, 阿图什市的阿吉古丽，: a person of somewhere
    return bool(_FOREIGN_CUE_AFTER.match(text, end) or _FOREIGN_CUE_BEFORE.search(before))


# What follows a person qualified with 的 (…的丽妮在特区旁开了两个小超市).
_AFTER_QUALIFIED = frozenset("，,是被在也就都将从已曾还又")
