"""Checks on names the model alone gives, and repairs of names it cut or ran on.

Split from :mod:`yamen.entities.persons` to keep each module small. The model tags as
persons words of the news that are not names: a side of talks (巴方, 乌方: the country's
abbreviation and 方), a foreign town on a front line (波克罗夫斯克方向), a brand in quotes
(“艾布拉姆斯”坦克), a preposition run into a country (向乌提供), an occupation (心理咨询师),
a four-character phrase (正风肃纪). And it cuts or runs on names: 普京|警告 → 普京警,
韩中|乾 → 韩中, 习主席 (a surname and a form of address) for 习近平. Each check below
states the form it rejects or repairs; none depends on a list of the wrong words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from yamen.entities.country_view import country_initials_written
from yamen.entities.gazetteer import gazetteer
from yamen.entities.ner import Entity
from yamen.lexicon import surnamed, transliterated

# What follows a foreign town's or region's name, not a person's: 库皮扬斯克方向,
# 顿涅茨克地区, 马里兰州, 库肯霍夫城堡 — and a list of such places (佛蒙特、北卡罗莱纳等多州,
# 库拉霍夫和波克罗夫斯克地区).
_PLACE_RIGHT = (
    r"[）)]?(?:共和国|大区|自治州)|城内|市中心|上空|难民营|"  # 萨哈（雅库特）共和国, 奥罗阿大区
    r"方向|地区|附近|一带|前线|战线|境内|郊区|市区|州|郡|市|省|镇|村|定居点|"
    r"城堡|宫|广场|机场|港|湾|岛|公园|花园|大街|大桥|海峡|核设施|核电站|国家森林|两个镇|峰会|公墓|"
    r"(?:、[\u4e00-\u9fff]{1,8})*等(?:多|几|\d+)?个?(?:州|省|国(?!际)|地|城市|城镇|村庄|郡|方向)"
)
_PLACE_AFTER = re.compile(
    rf"(?:{_PLACE_RIGHT}|[、和][\u4e00-\u9fff]{{2,8}}?(?:方向|地区|州|省))")
# The same without a place listed after the name (谢里夫和旁遮普省首席部长).
_PLACE_RIGHT_AFTER = re.compile(f"(?:{_PLACE_RIGHT})")
# What follows a place and never a Chinese name (季克西机场, 时川圹附近): not 市, 省 (王伟中省长).
_CHINESE_PLACE_AFTER = re.compile(
    r"[）)]?(?:共和国|大区)|附近|一带|境内|机场|沙地|沙漠|市中心|城内|郊区|市区|方向|前线|"
    r"村(?![民委支干里党主长医])|省(?=省长)|州(?=州长)|花园|广场(?!舞)")  # 赵垛楼村, 胡胡伊省省长
# What stands before a place, not a person: 铁路枢纽红利曼, 战略要地, 首都, 芬兰西部的尼尼萨洛.
_PLACE_BEFORE = re.compile(
    r"(?:枢纽|要地|重镇|首都|首府|城市|小镇|小城|村庄|港口|地区|州|城|[东西南北中]部的?|抵达|飞抵|前往|"
    r"途经|位于|驻)$")
# What stands before a place and never before a Chinese name (小城马林卡, 首府埃德蒙顿).
_CHINESE_PLACE_BEFORE = re.compile(r"(?:首都|首府|小城|小镇|重镇|村庄|港口|要地)$")
# A town's kind one character before a name the model split off a place (城市汗|尤尼斯).
_CITY_BEFORE = re.compile(r"(?:城市|首都|首府|小城|小镇|重镇|村庄|港口)$")
_NOT_PLACE_PIECES = frozenset("的和与及、，,。在是")
# A movement from a place (从坎大哈抵达首都喀布尔).
_MOVES_FROM = re.compile(r"(?:抵达|到达|返回|出发|撤离|飞往|前往|赶到|来到|赶往)")
PLACE_WORD_MAX = 3  # the longest word of _PLACE_BEFORE
# Prepositions the model runs into a country's abbreviation (向乌提供, 对俄制裁).
_PREPOSITIONS = frozenset("向对与同和从")
# How near a foreign name a cue must be (表示, 总统): see persons._FOREIGN_CUE_AFTER.
CUE_WINDOW = 6
# A four-character foreign name the model alone gives needs a cue (冯德莱恩表示); a phrase
# (正风肃纪) has none.
CUED_LENGTH = 4


def _country_initials(text: str) -> frozenset[str]:
    """First characters of the foreign countries a text names: 巴 (巴哈马), 乌 (乌克兰)."""
    return country_initials_written(text)


def side_of_talks(text: str, name: str) -> bool:
    """巴方, 马方, 乌方: a country's abbreviation and 方 (the side), for a country the text
    names — not a person, whatever the model says; nor with the verb run in (塞方钦佩), nor
    its army (乌军, 以军)."""
    if name[0] not in _country_initials(text):
        return False
    if len(name) > 2 and name[1] in _country_initials(text) and name[2:] in _ARMY:
        return True  # 驻阿美军: the army of one country in another
    return name[1] == "方" or name[1:] in _ARMY or name[1:] in _AFTER_ABBREVIATION


def preposition_run_in(text: str, name: str) -> bool:
    """向乌, 对俄: a preposition and a country's abbreviation (向乌提供武器)."""
    return (len(name) == 2 and name[0] in _PREPOSITIONS
            and name[1] in _country_initials(text))


# What stands before a country's abbreviation that opens a phrase (对孟经济, 与俄经贸).
_BEFORE_ABBREVIATION = frozenset("向对与同和从赴在")


def country_pair(text: str, start: int, name: str) -> bool:
    """孟中印缅, 孟中建交, 中布复交, 对孟经济: a country's one-character abbreviation paired
    with 中 (either way round), or after a preposition in a text that writes that country
    as a side (孟方), for a country the text names — not a person."""
    initials = _country_initials(text)
    if name[0] == "中" and name[1] in initials:
        return True
    if name[0] == "方" and start > 0 and (text[start - 1] == "中" or text[start - 1] in initials):
        return True  # 中|方珍视: the side's 方, not the surname
    if name[0] not in initials:
        return False
    if start > 0 and text[start - 1] == "中":
        return True  # 中|埃文明: China and a country by their abbreviations
    if name[1] in initials and (len(name) == 2 or name[2] in _AFTER_PAIR):
        return True  # 韩朝, 韩日|此前: two countries the text names, by abbreviation
    if _COUNTED_COUNTRIES.fullmatch(name, 1):
        return True  # 塞、匈、马三国总理: the last of a list of countries and their count
    return name[1] == "中" or (start > 0 and text[start - 1] in _BEFORE_ABBREVIATION
                               and name[0] in _sides(text))


# A country's army written by its abbreviation (乌军, 伊军机在摩苏尔被击落, 韩军方).
_ARMY = frozenset({"军", "军机", "军方"})
# News words after a country's abbreviation that the model runs into a name (韩媒, 伊媒,
# 乌援, 韩民众, 韩法院, 韩证实, 厄警方, 伊总统, 阿和平, 巴和解, 吉驻华, 乌亲欧).
_AFTER_ABBREVIATION = frozenset({
    "媒", "援", "民众", "法院", "证实", "宣布", "警方", "相关", "总统", "政府", "政策", "和平",
    "经济", "和解", "驻华", "亲欧", "官员", "议会", "外长", "央行", "国防", "媒体"})
# What follows a pair of abbreviations that the model runs into it (韩日此前签署).
_AFTER_PAIR = frozenset("此两之间的")
_COUNTED_COUNTRIES = re.compile(r"[两三四五六七八九十]国")


@lru_cache(maxsize=8)
def _sides(text: str) -> frozenset[str]:
    """The characters a text writes as a side (孟方, 布方): read once per text (a small
    cache: the texts of a batch must not pile up in memory)."""
    return frozenset(match.group(1) for match in _SIDE.finditer(text))


_SIDE = re.compile(r"([\u4e00-\u9fff])方")


# Verbs and prepositions whose object is the Party: 对党忠诚, 听党话, 跟党走, 爱党.
_PARTY_BEFORE = frozenset("对听跟爱向入建兴为")


def party_phrase(text: str, start: int, name: str) -> bool:
    """对党忠诚, 听党话: 党 after a word whose object it is, not the surname 党."""
    return name[0] == "党" and start > 0 and text[start - 1] in _PARTY_BEFORE


def place_like(text: str, name: str) -> bool:
    """Whether a name that does not read as a Chinese one stands where a place does at any
    of its mentions (波克罗夫斯克方向, 铁路枢纽红利曼, 佛蒙特、北卡罗莱纳等多州, 顿涅茨克、
    卢甘斯克 with a place named beside it in a list), or only ever opens a quotation
    (“艾布拉姆斯”主战坦克, “苏沃洛夫突击”: a brand, a model or an exercise)."""
    if len(name) > 2 and name[-1] in _DIVISIONS and transliterated(name[:-1] + "斯"):
        return True  # 萨达省, 库尔斯克州: a foreign division with its own word
    chinese = surnamed(name) and len(name) <= 3
    if chinese and not transliterated(name):
        return _quoted_whole(text, name) or _named_place_first(text, name) or any(
            _CHINESE_PLACE_AFTER.match(text, m.end())
            or _CHINESE_PLACE_BEFORE.search(text, max(0, m.start() - PLACE_WORD_MAX), m.start())
            for m in re.finditer(re.escape(name), text))
    matches = list(re.finditer(re.escape(name), text))
    quoted = bool(matches)
    for match in matches:
        before = max(0, match.start() - PLACE_WORD_MAX)  # a short window: linear time
        after = _PLACE_RIGHT_AFTER if chinese else _PLACE_AFTER
        if after.match(text, match.end()) or _PLACE_BEFORE.search(
            text, before, match.start()
        ) or (not chinese and _listed_with_place(text, match.start(), match.end())):
            return True
        if text[match.start() - 1:match.start()] == "从" and _MOVES_FROM.match(text, match.end()):
            return True  # 从坎大哈抵达
        if text[match.start() - 1:match.start()] not in _NOT_PLACE_PIECES and _CITY_BEFORE.search(
                text, max(0, before - 1), match.start() - 1):
            return True  # 城市汗|尤尼斯: the rest of a place after its first character
        quoted = quoted and text[match.start() - 1:match.start()] == "“"
    return quoted or _quoted_whole(text, name)


# The words of a division that follow its short form where the text names it in full.
_DIVISION_WORDS = ("县", "市", "区", "州", "旗")


def _named_place_first(text: str, name: str) -> bool:
    """晴隆羊: a name that opens with a division the text names in full (晴隆县) is a
    thing of that place, not a person."""
    surfaces = gazetteer().surfaces
    for size in range(MIN_PLACE, len(name)):
        entry = surfaces.get(name[:size])
        if entry is not None and entry.places and any(
                name[:size] + word in text for word in _DIVISION_WORDS):
            return True
    return False


MIN_PLACE = 2
# A foreign division's own word, when the model runs it into the name (萨达省).
_DIVISIONS = frozenset("省州")


def _quoted_whole(text: str, name: str) -> bool:
    """“尤尼斯”: a name that stands only whole in quotation marks — a storm, a ship, an
    operation, a brand — is no person's."""
    matches = list(re.finditer(re.escape(name), text))
    return bool(matches) and all(
        text[m.start() - 1:m.start()] == "“" and text.startswith("”", m.end())
        for m in matches)


# The longest neighbour in a list looked up as a place (乌兹别克斯坦).
_NEIGHBOUR_MAX = 8
_NEIGHBOUR_BEFORE = re.compile(rf"([\u4e00-\u9fff]{{2,{_NEIGHBOUR_MAX}}})、$")
_NEIGHBOUR_AFTER = re.compile(rf"、([\u4e00-\u9fff]{{2,{_NEIGHBOUR_MAX}}})")


def _listed_with_place(text: str, start: int, end: int) -> bool:
    """顿涅茨克、卢甘斯克: a name next to a place in a list is a place. The neighbour
    before is read from its end (和顿涅茨克、), the one after from its start."""
    surfaces = gazetteer().surfaces
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - _NEIGHBOUR_MAX - 1), start)
    after = _NEIGHBOUR_AFTER.match(text, end)
    parts = []
    if before:
        word = before.group(1)
        parts += [word[-size:] for size in range(len(word), 1, -1)]
    if after:  # not 塞莱斯、俄罗斯的库尼科娃: a place that qualifies the next name
        word = after.group(1)
        parts += [word[:size] for size in range(len(word), 1, -1) if word[size:size + 1] != "的"]
    return any((entry := surfaces.get(part)) is not None and bool(entry.places)
               for part in parts)


def dotted_alias(name: str, names: Iterable[str]) -> str | None:
    """班禅 for 班禅额尔德尼·确吉杰布, 瓦拉德卡 for 利奥·瓦拉德卡: the opening of a dotted name,
    or its last part (the family name the report goes on with), written in full in the same
    text is a short form of that name, the one person. The full name, or None."""
    if "·" in name or len(name) < 2:
        return None
    fuller = [n for n in names if "·" in n and n != name and (
        n.split("·")[0].startswith(name) or n.split("·")[-1] == name)]
    return fuller[0] if len(fuller) == 1 else None


def prefix_alias(name: str, names: Iterable[str]) -> str | None:
    """安倍 for 安倍晋三: a name of two that opens exactly one name of four of the same text
    is its short form (a family name the report goes on with). One character longer is
    left alone: 张文 … 张文家 is the name run on, 王伟 … 王伟中 the name cut, and the
    checks for those tell them apart. The longer name, or None."""
    if "·" in name or len(name) != MIN_PREFIX:
        return None
    longer = [n for n in names if n != name and n.startswith(name) and "·" not in n
              and len(n) == len(name) + 2]
    return longer[0] if len(longer) == 1 else None


MIN_PREFIX = 2
# Negations the model runs a word after into a name: 决策程序不周严 (不周严: not rigorous).
_NEGATIONS = frozenset("不没未")


def negated(text: str, start: int) -> bool:
    """不周严: a word after a negation is a predicate, never a name."""
    return start > 0 and text[start - 1] in _NEGATIONS


def uncued_phrase(text: str, name: str, cue: Callable[[int, int], bool]) -> bool:
    """正风肃纪: four characters, no surname of four, and no mention with a cue (说, 总统)."""
    if len(name) != CUED_LENGTH or "·" in name or surnamed(name):
        return False
    return not any(cue(m.start(), m.end()) for m in re.finditer(re.escape(name), text))


def surname_address(name: str, names: Iterable[str], forms: Iterable[str]) -> str | None:
    """习主席, 习总书记: a surname and a form of address, for the one person of the text
    with that surname and a Chinese name; that person's name, or None."""
    form = next((f for f in forms if name.endswith(f) and len(name) == len(f) + 1), None)
    if form is None:
        return None
    holders = [n for n in names if n != name and n[0] == name[0] and 2 <= len(n) <= 3]
    return holders[0] if len(holders) == 1 else None


# How many characters of the next words the model may run into a known name (普京得票率).
MAX_RUN_ON = 3


def run_on(text: str, name: str, names: Iterable[str], foreign: bool = False) -> str | None:
    """普京警 (告称), 普京得票率: a known name with a few characters of the next words run
    on — the known name stands alone elsewhere, and this form only once (or, after a
    foreign title, any number of times: a Chinese name one character longer is another
    person's, a transliterated one is not). The known name, or None."""
    if not foreign and len(re.findall(re.escape(name), text)) != 1:
        return None
    for other in names:
        extra = name[len(other):]
        if other != name and len(other) >= 2 and name.startswith(other) and (
                1 <= len(extra) <= MAX_RUN_ON) and (
                re.search(re.escape(other) + f"(?!{re.escape(extra)})", text)):
            return other  # 普京警(告), 普京得票率
    return None


def cut_short(text: str, name: str, breaks: re.Pattern[str],
              address: re.Pattern[str]) -> str | None:
    """韩中 (乾): a two-character name that the same character follows at every mention,
    at two mentions or more, where no break, verb of the genre (``breaks``) or title
    (``address``) follows the name: the
    whole name, or None."""
    if len(name) != 2:
        return None
    ends = [m.end() for m in re.finditer(re.escape(name), text)]
    if len(ends) < 2 or any(breaks.match(text, end) or address.match(text, end)
                            for end in ends):
        return None  # 普京总统: a form of address follows, not the rest of a name
    following = {text[end:end + 1] for end in ends}
    if len(following) != 1:
        return None
    char = following.pop()
    whole = name + char
    if not re.fullmatch(r"[\u4e00-\u9fff]", char) or not surnamed(whole):
        return None
    return whole


def in_country_name(text: str, start: int) -> bool:
    """Whether the characters before ``start`` open the name of a country or a foreign
    city that runs on (委|内瑞拉, 达累斯|萨拉姆)."""
    surfaces = gazetteer().surfaces
    for size in range(1, min(3, start) + 1):
        for length in range(size + 1, size + 5):
            entry = surfaces.get(text[start - size:start - size + length])
            if entry is not None and entry.places and entry.places[0].kind in _FOREIGN_KINDS:
                return True
    return False


_FOREIGN_KINDS = frozenset({"country", "foreign"})
# How much longer than the name a place it opens may be (安提瓜|和巴布达).
_PLACE_LONGER = 5


def opens_foreign_place(text: str, start: int, name: str) -> bool:
    """安提瓜|和巴布达, 杜尚|别: a name that opens the name of a country or a foreign place."""
    surfaces = gazetteer().surfaces
    for length in range(len(name) + 1, len(name) + _PLACE_LONGER + 1):
        entry = surfaces.get(text[start:start + length])
        if entry is not None and entry.places and entry.places[0].kind in _FOREIGN_KINDS:
            return True
    return False


# How near a name a foreign country makes it a foreign leader's (匈牙利总统舒尤克和总理欧尔班):
# within a few characters, in the same clause (斯洛文尼亚地处欧洲中心，习近平主席 is China's).
COUNTRY_WINDOW = 12
_CLAUSE_BREAK = re.compile(r"[，,。；;！？\n]")
# Words before a country after a name that make it where the person is or goes, not whose
# leader they are: 习近平主席在印度尼西亚国会发表演讲.
_WHERE_BEFORE = ("在", "赴", "到", "抵达", "访问", "于", "出访", "前往")


def country_near(text: str, start: int, end: int) -> bool:
    """Whether a country other than China is named within a few characters of a name."""
    surfaces = gazetteer().surfaces
    before = _CLAUSE_BREAK.split(text[max(0, start - COUNTRY_WINDOW):start])[-1]
    after = _CLAUSE_BREAK.split(text[end:end + COUNTRY_WINDOW])[0]
    where = min((at for word in _WHERE_BEFORE if (at := after.find(word)) >= 0), default=-1)
    if where >= 0:
        # 习近平主席在印度尼西亚, 栗战书委员长访问俄罗斯、蒙古国: where he goes or speaks (and
        # the places listed after it), not his country
        after = after[:where]
    for window in (before, after):
        for i in range(len(window) - 1):
            for size in (2, 3, 4, 5):
                entry = surfaces.get(window[i:i + size])
                place = entry.places[0] if entry and entry.places else None
                if place is not None and place.kind == "country" and place.name != "中国":
                    return True
    return False


# Single characters that follow a two-character name as words of their own (王毅|还表示,
# 李强|在, 韩正|说): never read as the last character of a longer name.
_NOT_A_GIVEN = frozenset("也还都就又已曾再便均亦正仍却则即将的地得了着过说在和与及同等们是"
                         "对向为把被让给从自到于以由称讲问答要会能可不没很最更先刚早一这那"
                         "他她它此其时后前中上下里内外间方任针看听来去走见访致谈笑想有愿")
NOT_A_GIVEN = _NOT_A_GIVEN
# The model's tags of such a last character: an adverb, a particle, a verb … (才/d, 之/u).
_GIVEN_AS_TAGS = frozenset({"d", "a", "ad", "u", "r", "f", "v", "vd"})


def given_cut_off(text: str, word: Entity, after: Entity | None,
                  breaks: re.Pattern[str]) -> bool:
    """罗豪|才主持: whether the model cut a three-character name after two, reading its
    last character as a function word. That character is one no name stands before as a
    word (_NOT_A_GIVEN), a verb of the genre or a break follows it, and the two-character
    form stands nowhere else in the text before a break or such a verb (``breaks``)."""
    if word.text[0] in "老小阿" or word.text[1] == "某":
        return False  # 阿建, 郑某: a form of address, not a name that goes on
    if (after is None or len(after.text) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]", after.text)
            or after.text in _NOT_A_GIVEN or after.tag not in _GIVEN_AS_TAGS
            or not surnamed(word.text + after.text) or not breaks.match(text, after.end)):
        return False
    return not stands_alone(text, word.text, breaks)


def stands_alone(text: str, name: str, after: re.Pattern[str]) -> bool:
    """Whether ``name`` stands somewhere in ``text`` as a whole name (``after`` — a break
    or a verb of the genre — follows it): then it is not a longer name cut short."""
    return any(after.match(text, m.end()) for m in re.finditer(re.escape(name), text))
