"""Checks that a name the model gives stands where a place does, and where a country is.

Split from :mod:`yamen.entities.person_checks` to keep each module small. The model tags
as persons foreign towns and regions (波克罗夫斯克方向, 铁路枢纽红利曼, 顿涅茨克、卢甘斯克),
names in quotes (“艾布拉姆斯”坦克), things of a place (晴隆羊), and the opening of a country's
name (委|内瑞拉, 安提瓜|和巴布达). These checks read a short window around each mention.
"""

from __future__ import annotations

import re

from yamen.entities.gazetteer import gazetteer
from yamen.lexicon import surnamed, transliterated

# What follows a foreign town's or region's name, not a person's: 库皮扬斯克方向,
# 顿涅茨克地区, 马里兰州, 库肯霍夫城堡 — and a list of such places (佛蒙特、北卡罗莱纳等多州,
# 库拉霍夫和波克罗夫斯克地区).
_PLACE_RIGHT = (
    r"[）)]?(?:共和国|大区|自治州)|城内|市中心|上空|难民营|"  # 萨哈（雅库特）共和国, 奥罗阿大区
    r"方向|地区|附近|一带|前线|战线|境内|郊区|市区|州|郡|市|省|镇|村|定居点|"
    r"城堡|宫|广场|机场|港|湾|岛|公园|花园|大街|大桥|海峡|核设施|核电站|国家森林|两个镇|峰会|大会|公墓|"
    r"(?:、[\u4e00-\u9fff]{1,8})*等(?:多|几|\d+)?个?(?:州|省|国(?!际|政党|政要|领导人)|地|城市|城镇|村庄|郡|方向)"
)
_PLACE_AFTER = re.compile(
    rf"(?:{_PLACE_RIGHT}|[、和][\u4e00-\u9fff]{{2,8}}?(?:方向|地区|州|省))")
# The same without a place listed after the name (谢里夫和旁遮普省首席部长).
_PLACE_RIGHT_AFTER = re.compile(f"(?:{_PLACE_RIGHT})")
# What follows a place and never a Chinese name (季克西机场, 时川圹附近): not 市, 省 (王伟中省长).
_CHINESE_PLACE_AFTER = re.compile(
    r"[）)]?(?:共和国|大区)|附近|一带|境内|机场|沙地|沙漠|市中心|城内|郊区|市区|方向|前线|地区|"
    r"村(?![民委支干里党主长医])|省(?=省长)|州(?=州长)|花园|广场(?!舞)")  # 赵垛楼村, 胡胡伊省省长
# What stands before a place, not a person: 铁路枢纽红利曼, 战略要地, 首都, 芬兰西部的尼尼萨洛.
_PLACE_BEFORE = re.compile(
    r"(?:枢纽|要地|重镇|首都|首府|城市|小镇|小城|村庄|港口|地区|省份|地带的?|州|城|[东西南北中]部的?|"
    r"抵达|飞抵|前往|"
    r"途经|位于|驻|货币)$")  # 巴西货币雷亚尔: a currency named like a person
# What stands before a place and never before a Chinese name (小城马林卡, 首府埃德蒙顿).
_CHINESE_PLACE_BEFORE = re.compile(r"(?:首都|首府|小城|小镇|重镇|村庄|港口|要地)$")
# A town's kind one character before a name the model split off a place (城市汗|尤尼斯).
_CITY_BEFORE = re.compile(r"(?:城市|首都|首府|小城|小镇|重镇|村庄|港口)$")
_NOT_PLACE_PIECES = frozenset("的和与及、，,。在是")
# A movement from a place (从坎大哈抵达首都喀布尔).
_MOVES_FROM = re.compile(r"(?:抵达|到达|返回|出发|撤离|飞往|前往|赶到|来到|赶往)")
PLACE_WORD_MAX = 3  # the longest word of _PLACE_BEFORE
# What follows a thing named after a place or a person, not a person: a rail line and a list
# of them (兰新、宝兰、银西高铁), an order (利奥波德大绶带勋章), a platform (卡奥斯平台), a hall
# (圣伊什特|万厅), a camp (鲁克班干难民营).
_THING_AFTER = re.compile(
    r"(?:[、和][\u4e00-\u9fff]{2,4})*(?:高铁|铁路|高速公路|客专|城际铁路)|"
    r"(?:大绶带|大十字|[\u4e00-\u9fff]{0,2})(?:勋章|奖章)|平台|"
    r"[\u4e00-\u9fff]?(?:厅|馆|教堂)(?![长局])|[\u4e00-\u9fff]{0,3}难民营")
# A place the text locates (位于琼莱州阿科博): where it is, in a division.
_LOCATED = re.compile(r"(?:位于|地处)[\u4e00-\u9fff]{1,5}[州省县]$")
_LOCATED_WINDOW = 8
# A dateline (本报塔什库尔干1月5日电): the place the report is sent from.
_DATELINE = re.compile(r"[\u4e00-\u9fff]{0,3}[\d０-９]{1,2}月[\d０-９]{1,2}日电")


def thing_or_dateline(text: str, start: int, end: int) -> bool:
    """兰新、宝兰、银西高铁, 利奥波德大绶带勋章, 卡奥斯平台, 位于琼莱州阿科博, 本报塔什库尔|干
    1月5日电: a name at a mention that stands for a rail line, an order, a platform, a
    located place or a dateline's place is no person's."""
    if _THING_AFTER.match(text, end):
        return True
    if _LOCATED.search(text, max(0, start - _LOCATED_WINDOW), start):
        return True
    return text[max(0, start - 2):start] == "本报" and _DATELINE.match(text, end) is not None


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


# A head's post right before a name: the name is the holder's, whatever the list holds.
_POST_BEFORE = re.compile(r"(?:总统|总理|首相|主席|国王|部长|外长|议长|大使|秘书长|书记|领导人|"
                          r"总干事)$")  # 秘书长保卢斯、缅甸克钦邦人民党主席…
_POST_MAX = 3


def _listed_with_place(text: str, start: int, end: int) -> bool:
    """顿涅茨克、卢甘斯克: a name next to a place in a list is a place. The neighbour
    before is read from its end (和顿涅茨克、), the one after from its start."""
    if _POST_BEFORE.search(text, max(0, start - _POST_MAX), start):
        return False  # 吉尔吉斯共和国总统阿塔姆巴耶夫、古巴…主席: a list of posts and names
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


def in_country_name(text: str, start: int) -> bool:
    """Whether the characters before ``start`` open the name of a country or a foreign
    city that runs on (委|内瑞拉, 达累斯|萨拉姆)."""
    surfaces = gazetteer().surfaces
    for size in range(1, min(_COUNTRY_BACK, start) + 1):  # 特立尼达和|多巴哥: 5 back
        for length in range(size + 1, size + 5):
            entry = surfaces.get(text[start - size:start - size + length])
            if entry is not None and entry.places and entry.places[0].kind in _FOREIGN_KINDS:
                return True
    return False


_FOREIGN_KINDS = frozenset({"country", "foreign"})
_COUNTRY_BACK = 5
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
