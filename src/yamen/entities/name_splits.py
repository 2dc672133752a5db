"""Where the model splits or runs on a name, read from its words around a title or a list:
the checks :func:`yamen.entities.names.name_at` asks (韩|正在, 江必|新作, 福田|康夫代表,
院长谢地/v、). Split from :mod:`yamen.entities.names` to keep each module small.
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities.name_words import (
    AFTER_NAME,
    BREAK,
    COMMON_TAGS,
    FOLLOWS_NAME,
    FUNCTION_TAGS,
    HAN,
    HAN_NAME,
    HAN_RUN,
    MAX_LED_NAME,
    REPORT_VERB,
)
from yamen.entities.ner import Entity
from yamen.entities.person_checks import NOT_A_GIVEN, stands_alone
from yamen.entities.title_lexicon import tables
from yamen.lexicon import MAX_NAME, MIN_NAME, surnamed, transliterated
from yamen.lexicon import words as word_list


def listed_after_title(text: str, name: str, end: int, after_title: bool) -> bool:
    """院长谢地/v、, 市委书记回建/v，: two characters after a title that the model read as one
    verb, before a list's or a clause's break, are a name — unless they are a verb that
    follows a bare title (市委书记强调，)."""
    return (after_title and text[end:end + 1] in _NAME_BREAKS
            and AFTER_NAME.match(name) is None and REPORT_VERB.search(name) is None
            and name not in _VERBS_AFTER_TITLES and name not in word_list("not_names.txt"))


_NAME_BREAKS = frozenset("、，（")
# Verbs of the genre that follow a bare title (市委书记强调，, 县长带队，): never a name.
_VERBS_AFTER_TITLES = frozenset({
    "要求", "提出", "希望", "认为", "带队", "带领", "批示", "部署", "主张", "同意", "答复",
    "回应", "坦言", "透露", "承诺", "建议", "发言", "讲道", "举例", "补充", "解释", "回忆"})


def verb_ends_four(name: str, last: Entity | None, middle: Entity | None = None) -> bool:
    """A run of four after a single surname whose last two characters (or its middle two:
    部长曾|否认|存在) the model reads as a verb: a phrase (车队|遭袭, 沙雷|会面), as a Chinese
    name of four needs a compound surname (林郑月娥 stays)."""
    return (len(name) == MAX_NAME and name[:2] not in word_list("surnames.txt") and any(
        word is not None and len(word.text) == 2 and word.tag in VERB_TAGS
        for word in (last, middle)))


def timed(words: dict[int, Entity], at: int) -> bool:
    """Whether the model reads a time word at ``at`` (天野之弥|今天访问)."""
    word = words.get(at)
    return word is not None and word.tag == "TIME"


VERB_TAGS = frozenset({"v", "vn", "vd"})


def reports(text: str, after: Entity | None) -> bool:
    """李飞、孙宝|树作的报告: the word after a name ends in 作 and a 了/的 follows — the name
    gave a report, wherever it stands (in a list, after a bare post)."""
    return after is not None and after.text.endswith("作") and text.startswith(
        ("了", "的"), after.end)


def given_run_in(text: str, word: Entity, after: Entity | None) -> bool:
    """江必|新作的报告, 乐玉|成作了说明: a two-character name after a title whose third
    character the model read into the verb after it (新作, 成作)."""
    return (len(word.text) == 2 and surnamed(word.text) and after is not None
            and len(after.text) == 2 and after.text[1] in FOLLOWS_NAME
            and after.text[0] not in NOT_A_GIVEN and HAN.match(after.text[0]) is not None
            and not stands_alone(text, word.text, AFTER_NAME))


def given_before_verb(text: str, word: Entity, after: Entity | None) -> bool:
    """魏凤|和|作了说明, 罗富|和|一同观看: a two-character name after a title, then a
    character the model read as a conjunction, then a report verb or an adverb of doing
    together: no conjunction is followed by these."""
    return (len(word.text) == 2 and surnamed(word.text) and after is not None
            and after.text == "和"
            and (REPORT_VERB.match(text, after.end) is not None
                 or _TOGETHER.match(text, after.end) is not None)  # 罗富|和|一同观看
            and not stands_alone(text, word.text, BREAK))


# Adverbs of doing together after a subject: no conjunction stands before them.
_TOGETHER = re.compile(r"一同|一起|共同|分别|陪同|出席|参加|等")


def among_names(text: str, words: dict[int, Entity], start: int, end: int) -> bool:
    """Whether text[start:end] stands in a list of names: a name the model tagged is the
    next or the previous item (陈川平、仇和、杨卫泽; not 春耕、夏收、秋收)."""
    after = words.get(end + 1) if text.startswith("、", end) else None
    if after is not None and after.tag == "PER":
        return True
    if not text.endswith("、", 0, start):
        return False
    before = next((w for k in range(start - 2, max(-1, start - 2 - MAX_LED_NAME), -1)
                   if (w := words.get(k)) is not None and w.end == start - 1), None)
    return before is not None and before.tag == "PER"


def common_word(word: Entity | None, end: int) -> bool:
    """Whether the model read exactly one common word where a name would be (候补中央委员
    党籍: 党籍/n, not a person 党籍)."""
    if word is None or word.end != end:
        return False
    return word.tag in COMMON_TAGS or word.text in word_list("not_names.txt")


# Last characters of a role the model tags as a name before a name (高级工|程师|王建华).
ROLE_ENDS = frozenset("员师家手者工长官士生农民")


def given_part(word: str) -> int | None:
    """How much of the model's second name word, right after a two-character one, is the
    given name of one Japanese-style name: all of it (百合子), or what stands before a
    word that follows names (康夫|代表). None when that would leave less than two
    characters or more than three."""
    end = next((i for i in range(MIN_NAME, len(word)) if AFTER_NAME.match(word, i)), len(word))
    return end if MIN_NAME <= end <= MAX_NAME - 1 and HAN_NAME.fullmatch(word[:end]) else None


# Words of relation that end a name's word before another name (穆加贝夫人|格雷丝).
_KIN = ("夫人", "夫妇", "丈夫", "妻子", "女儿", "儿子")


def foreign_halves(first: str, second: str) -> bool:
    """Whether two names the model tags side by side are one transliterated name it split:
    together they read as one (斯卡尔法罗, 亚斯特任布斯基), or the first ends at the name's
    middle dot (彼得·|皮奥)."""
    whole = first + second
    if "·" in second and len(first) == 1 and first in word_list("transliteration_chars.txt"):
        return True  # 格|雷丝·穆加贝: the dotted name's first character split off
    if len(whole) > MAX_LED_NAME or not HAN_RUN.fullmatch(second) or first.endswith(_KIN):
        return False  # 穆加贝夫人|格|雷丝·穆加贝: a relation's word ends the first name
    if len(first) == 1 and (len(second) > MAX_NAME - 1 or first in ROLE_ENDS):
        return False  # a lone character before a name is a word of its own (马|…, 议长|布加利)
    return first.endswith("·") or (HAN_RUN.fullmatch(first) is not None
                                   and transliterated(whole))


def function_next(text: str, words: dict[int, Entity], at: int) -> bool:
    """Whether a break or a function word (因为, 在, 被) comes at ``at``: what no
    conjunction is followed by."""
    word = words.get(at)
    return bool(BREAK.match(text, at)) or (word is not None and word.tag in FUNCTION_TAGS
                                            and word.tag not in {"v", "vd"})




def verb_phrase(words: dict[int, Entity], at: int, end: int) -> bool:
    """邀请总书记来/v|做客/v: a one-character verb and a verb word, not a name of three."""
    first = words.get(at)
    rest = words.get(at + 1)
    return (first is not None and len(first.text) == 1 and first.tag in _LEAD_VERB_TAGS
            and rest is not None and rest.end == end and rest.tag in VERB_TAGS)


_LEAD_VERB_TAGS = frozenset({"v", "vd", "d"})


# How far before a name a mention of Japan is looked for (日本队教练冈田武史说).
_JAPAN_WINDOW = 20
# Nouns that follow a name and are no given name: a body, a team, an era (普京政府).
_NOT_GIVEN_NOUNS = re.compile(
    r"(?:政府|当局|内阁|团队|政权|阵营|家族|时代|时期|先生|女士|夫人|同志)$")


def japanese_given(text: str, word: Entity, after: Entity | None) -> bool:
    """日本队教练冈田/PER 武史/n 说: a Japanese family name the model tags alone (no Chinese
    surname first) and a given name of two it reads as a noun, in a text about Japan."""
    return (after is not None and len(word.text) == MIN_NAME and not surnamed(word.text)
            and after.tag in ("n", "nz", "nw") and len(after.text) == MIN_NAME
            and HAN_RUN.fullmatch(after.text) is not None
            and not _NOT_GIVEN_NOUNS.search(after.text) and after.text[-1] not in ROLE_ENDS
            and tables().pattern.fullmatch(after.text) is None
            and after.text not in word_list("not_names.txt")
            and AFTER_NAME.match(text, after.end) is not None
            and "日本" in text[max(0, word.start - _JAPAN_WINDOW):word.start])


# How many names of a list are looked at before a name the model reads (由马有礼、许健康、邱庭彪).
_LIST_BEHIND = 6
# Tags of a whole list item the model read as one word that may be a name.
_ITEM_TAGS = frozenset({"PER", "nz", "nw", "ORG"})


def listed_before(text: str, start: int, words: dict[int, Entity]) -> list[Span]:
    """推选出由马有礼、许健康、邱庭彪…: names before the first name the model reads in a list,
    which it split into common words (马/n 有礼/v, 许/v 健康/a). Each is a surname-initial run
    of two or three characters starting where a word of the model starts, back to a break."""
    found: list[Span] = []
    at = start
    while len(found) < _LIST_BEHIND and text[at - 1:at] == "、":
        item = next((Span(at - 1 - size, at - 1) for size in (3, 2)
                     if at - 1 - size in words and HAN_NAME.fullmatch(
                         text, at - 1 - size, at - 1)), None)
        if item is None:
            break
        name = text[item.start:item.end]
        word = words[item.start]
        if not surnamed(name) or name in word_list("not_names.txt") or (
                word.end == item.end and word.tag not in _ITEM_TAGS) or (
                name[0] in "和与同及" or not _opens_item(text, item.start, words)):
            break  # 改革、: one common word; 阿雷亚萨和夫人、: a conjunction; 列宁主义、
        found.append(item)
        at = item.start
    return found


# Role words of a byline right before its list of names (记者符福洲、周德武报道).
_BYLINE_ROLES = ("记者", "通讯员", "特约记者")


def _opens_item(text: str, start: int, words: dict[int, Entity]) -> bool:
    """Whether a list's item may start at ``start``: after a break, or after a function word
    or a verb of the model (由|马有礼, 推选出|…) or a byline's role word (记者|符福洲),
    not inside a longer word (马克思列|宁主义)."""
    if start == 0 or not HAN.match(text, start - 1) or text[start - 1] == "、":
        return True
    if text.endswith(_BYLINE_ROLES, 0, start):
        return True  # 记者|符福洲、周德武报道: a byline's role word
    before = next((w for b in range(start - 1, max(-1, start - 5), -1)
                   if (w := words.get(b)) is not None and w.end == start), None)
    return before is not None and before.tag in FUNCTION_TAGS


# The ends of a Russian-style family name the model splits off as a word of its own
# (梅津|采夫), and the common words of two that end so.
_SLAVIC_TAIL = re.compile(r"[\u4e00-\u9fff](?:夫|娃|科|基)")
_TAIL_WORDS = frozenset({"丈夫", "工夫", "功夫", "大夫", "渔夫", "农夫", "姐夫", "妹夫", "车夫",
                         "樵夫", "屠夫", "学科", "专科", "本科", "外科", "内科", "牙科", "根基",
                         "地基", "登基", "奠基", "路基"})


def slavic_tail(text: str, word: Entity, after: Entity | None) -> bool:
    """俄罗斯驻华大使梅津/PER 采夫/v、: a transliterated family name the model cut before its
    last two characters (-цев, -ова), followed by a break or a verb of the genre."""
    return (after is not None and len(word.text) == MIN_NAME and len(after.text) == MIN_NAME
            and _SLAVIC_TAIL.fullmatch(after.text) is not None
            and after.text not in _TAIL_WORDS and after.tag not in ("PER", "w")
            and (AFTER_NAME.match(text, after.end) is not None
                 or tables().pattern.match(text, after.end) is not None))
