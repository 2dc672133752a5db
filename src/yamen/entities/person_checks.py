"""Checks on names the model alone gives, and repairs of names it cut or ran on.

Split from :mod:`yamen.entities.persons` to keep each module small. The model tags as
persons words of the news that are not names: a side of talks (巴方, 乌方: the country's
abbreviation and 方), a foreign town on a front line (波克罗夫斯克方向) or a brand in quotes
(“艾布拉姆斯”坦克) — those place checks are in :mod:`yamen.entities.person_places` —, a
preposition run into a country (向乌提供), an occupation (心理咨询师),
a four-character phrase (正风肃纪). And it cuts or runs on names: 普京|警告 → 普京警,
韩中|乾 → 韩中, 习主席 (a surname and a form of address) for 习近平. Each check below
states the form it rejects or repairs; none depends on a list of the wrong words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import islice

from yamen.document import Span
from yamen.entities.country_view import country_initials_written
from yamen.entities.gazetteer import gazetteer
from yamen.entities.ner import Entity
from yamen.entities.person_places import (  # noqa: F401  (re-exported: addresses, tests)
    COUNTRY_WINDOW,
    country_near,
    in_country_name,
    opens_foreign_place,
    place_like,
)
from yamen.lexicon import MIN_NAME, surnamed, transliterated, words

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


# Verbs of diplomacy the model runs into the country they take as object (敦促美结束,
# 呼吁俄停火).
_VERBS_ON_COUNTRY = frozenset({"敦促", "呼吁", "要求", "谴责", "批评", "警告", "指责", "制裁",
                               "援助", "支持", "反对", "希望", "促"})
# Words of a place that no given name is (来学校考察: 来 + 学校, not a person 来学校).
_PLACE_NOUNS = frozenset({"学校", "医院", "工厂", "车间", "企业", "社区", "村里", "基层", "一线",
                          "现场", "农村", "家里", "公司", "园区", "田间", "港口"})


def verb_run_in(text: str, name: str) -> bool:
    """敦促美 (结束), 呼吁俄: a verb of diplomacy and a country's abbreviation for a country
    the text names; 来学校 (考察): a verb or surname and a word of a place no given name is."""
    if name[1:] in _PLACE_NOUNS:
        return True
    return name[:-1] in _VERBS_ON_COUNTRY and name[-1] in _country_initials(text)


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
    "经济", "和解", "驻华", "亲欧", "官员", "议会", "外长", "央行", "国防", "媒体",
    # 阿坚定奉行一个中国政策, 巴高度赞赏: the country as the subject, an adverb run in
    "坚定", "高度", "始终", "一贯", "愿意", "赞赏", "感谢", "欢迎", "致力"})
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


# Adverbs whose first character the model runs into the end of a name before them
# (泰国总理巴育共|同主持: 共同 "jointly"; 一同, 一道 "together").
_ADVERBS_RUN_IN = ("共同", "一同", "一道")
# Royal titles whose first character the model runs into the name before them
# (穆罕默德王|储同…握手).
_TITLES_RUN_IN = ("王储", "王子", "亲王")
# A monarch's title the model runs into the name before it (明仁天皇).
_ROYAL_AFTER = ("天皇", "国王", "女王", "亲王", "王储", "王子", "公主")
# Prepositions of a meeting or a message run into a name of three before a country
# (国家副主席韩正同|巴西副总统…互致贺电).
_MEETING_PREPOSITIONS = frozenset("同与和跟")
_COUNTRY_SIZES = (2, 3, 4)


def adverb_run_in(text: str, span: Span) -> Span:
    """巴育共|同主持 → 巴育, 穆罕默德王|储 → 穆罕默德, 韩正同|巴西副总统 → 韩正: the first
    character of an adverb or a royal title, or a preposition before a country's name, run
    into a name's end."""
    start, end = span.start, span.end
    while end - start > MIN_NAME and text[end - 1].isdigit():
        end -= 1  # 陈梦4|比2战胜: a score run into the name
    royal = next((w for w in _ROYAL_AFTER if text.endswith(w, start, end)), None)
    if royal is not None and end - start - len(royal) >= MIN_NAME:
        end -= len(royal)  # 明仁天皇乘坐: a monarch's title after the name
    if end - start > MIN_NAME and text.startswith(_ADVERBS_RUN_IN + _TITLES_RUN_IN, end - 1):
        return Span(start, end - 1)
    if end - start == MIN_NAME + 1 and text[end - 1] in _MEETING_PREPOSITIONS and (
            surnamed(text[start:end - 1])) and any(
            _is_country(text[end:end + size]) for size in _COUNTRY_SIZES):
        return Span(start, end - 1)
    return span if (start, end) == (span.start, span.end) else Span(start, end)


def _is_country(word: str) -> bool:
    entry = gazetteer().surfaces.get(word)
    return entry is not None and bool(entry.places) and entry.places[0].kind == "country"


# How many mentions are looked at for the character that follows a name, and how many
# must agree.
_MAX_GOES_ON = 12
_MIN_GOES_ON = 2


def always_goes_on(text: str, name: str) -> str | None:
    """内塔尼亚|胡将, 内塔尼亚|胡说: a transliterated name that each of its (two or more)
    mentions runs into the same transliteration character, which the model reads with
    the next word, is the longer name. The longer name, or None."""
    if not transliterated(name):
        return None
    following = [text[m.end():m.end() + 1]
                 for m in islice(re.finditer(re.escape(name), text), _MAX_GOES_ON)]
    char = following[0] if following else ""
    if len(following) < _MIN_GOES_ON or any(c != char for c in following):
        return None
    return name + char if char and char in words("transliteration_chars.txt") else None
