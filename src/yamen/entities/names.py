"""Where a personal name starts or ends, next to a title, a list separator or a verb.

The model's PER words are the first guide; where it splits a name (王伟|中, 何|卫东)
or misses one, a surname-initial run of two to four characters followed by a break
is a name. Names in a list are separated by 、 (or by spaces in a roster) and may
carry a note in brackets (喻红秋（女）, 王东峰（兼）).
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities.gazetteer import Form, gazetteer
from yamen.entities.ner import Entity
from yamen.entities.person_checks import NOT_A_GIVEN, given_cut_off, stands_alone
from yamen.lexicon import MAX_NAME, MIN_NAME, surnamed, transliterated
from yamen.lexicon import words as word_list

# What may follow a name directly: punctuation, or a verb or particle of the genre.
_AFTER_NAME = re.compile(
    r"[、，,。；;：:（(）)\s“”\"]|$|等|同志|一行|出席|主持|会见|会谈|会面|表示|指出|强调|说|讲话|致辞|"
    r"介绍|陪同|参加|在|到|来|赴|率|和|与|及|分别|也|还|先后|对|向|为|主任|代表|看望|调研|考察|"
    r"前往|深入|听取|宣布|当选|任|被|感谢|总书记|主席|总理|委员长|访问|作|第|\d"
)
AFTER_NAME = _AFTER_NAME
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters that, after a name, begin the words the model reads a given name into (韩|正在
# 参加: 韩正 + 在; 张|高说: 张高 + 说).
_FOLLOWS_NAME = frozenset("在说是将到会为对向与和同要也还就作")
# Verbs of a report that follow a speaker's name (…作了说明, …作的报告, …表示).
_REPORT_VERB = re.compile(r"作|说|表示|指出|强调|介绍|主持|出席|讲话|致辞|汇报")
# How a post ends: a run that ends so is a title, not a name (任组长, 王局长).
_POST_END = re.compile(r"(?:长|书记|主任|主席|委员|经理)$")
# Particles no given name holds (市委书记来了: 来了 is no name).
_NEVER_GIVEN = re.compile(r"[了的着过们吗呢吧啊么]")
BREAK = re.compile(r"[、，,。；;：:（(）)\s“”\"]|$")
# LAC tags of words that cannot end a name: particles, prepositions, conjunctions,
# adverbs, verbs, pronouns, numerals, measure words, punctuation. (Direction words stay
# possible: LAC reads the 中 of 王伟中 as one.)
FUNCTION_TAGS = frozenset({"u", "p", "c", "d", "v", "vd", "r", "m", "q", "xc", "w"})
CONJUNCTION_TAGS = frozenset({"c", "p", "u"})
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# A foreign name with its separator dot, each part up to seven characters: 劳尔·卡斯特罗.
# Only after a title or in a list, where a break must follow it.
_DOTTED_NAME = r"[\u4e00-\u9fff]{1,7}(?:·[\u4e00-\u9fff]{1,7})+"
_DOTTED = re.compile(_DOTTED_NAME + r"(?=[、，,。；;：:（(\s\d]|$)")
_DOTTED_WHOLE = re.compile(_DOTTED_NAME)
MAX_DOTTED = 24
# Words the model leaves before a name that it does not tag as verbs (致|电 塔内希·马茂).
_OPENERS = frozenset({"电", "函", "致"})
# Bodies the model sometimes runs into a name before them (免去李金早政协第十三届…).
BODY_ENDINGS = ("政协", "人大", "党委", "政府", "同志")
# Words whose first character the model runs into a name before them (卢拉针|对其上诉,
# 普京通|电话).
RUN_IN_WORDS = ("针对", "对于", "由于", "关于", "等于", "通电话", "副委员长", "副主席", "副总理",
                "副省长", "副市长", "作了", "作的", "作出", "特使")
# Conjunctions the model sometimes tags as a name's first character (和通伦, 同苏林).
JOINING = frozenset("和与同及")
# A note after a name in a list: sex, ethnicity, sector, (兼) — not part of the name.
NOTE = re.compile(r"[（(][^）)\n]{1,12}[）)]")
LIST_SEPARATORS = "、"
# Tags the model gives some names right after a title (金大中 as ORG): taken there when
# the word reads as a name (surname first, then a break or a verb of the genre).
NAME_LIKE_TAGS = frozenset({"ORG", "LOC", "nz", "nw"})
# Tags of common words: one of them read exactly where a name would be is no name.
# (Nouns are not among them: the model tags many names after titles n, 南非总统祖马/n; the
# nouns that collide with names are listed in data/not_names.txt.)
_COMMON_TAGS = frozenset({"vn", "an", "a", "ad", "v", "vd", "d", "s", "f", "t"})


def name_at(text: str, at: int, words: dict[int, Entity], *,
            after_title: bool = False) -> Span | None:
    """The name that starts at ``at``, if one does and it is not a place (叙利亚)."""
    span = _name_at(text, at, words, after_title)
    if span is not None and _is_place(text[span.start:span.end]):
        return None
    return through_dots(text, dotted_whole(text, span, words), words) if span is not None else None


def _is_place(name: str) -> bool:
    """A country or a division's full name (叙利亚, 江山市); not a short name, which may
    well be a person's (钟山 the minister, 钟山县 the county)."""
    if name[0] == "国" and _is_place(name[1:]):
        return True  # 轮值主席国|贝宁: a country with 国 run in before it
    entry = gazetteer().surfaces.get(name)
    if entry is None or not entry.places:
        return False
    return entry.form is Form.FULL or any(p.kind in ("country", "foreign") for p in entry.places)


def gazetteer_place(name: str) -> bool:
    entry = gazetteer().surfaces.get(name)
    return entry is not None and bool(entry.places)


# Tags of what a conjunction the model ran into a name joins it to: a name, a body, a place.
_JOINED_TAGS = frozenset({"PER", "ORG", "LOC"})


def _name_at(text: str, at: int, words: dict[int, Entity], after_title: bool) -> Span | None:
    """The name that starts at ``at`` (after a title or a list separator), if one does.

    Without a PER tag from the model, a surname-initial run of two to four characters
    followed by a break is a name, unless the model read a longer word there (关于).
    Right after a title, a surname-initial word of three the model took for a verb is
    a name all the same (国务院副总理回良玉出席: the model reads 回良玉 as a verb).
    """
    word = words.get(at)
    if word is not None and word.tag == "PER" and word.text[0] in JOINING and len(word.text) > 2:
        return None  # 国家主席和夫人: the model ran a conjunction into a name
    if word is not None and word.tag == "PER":
        end = word.end
        after = words.get(end)
        if (len(word.text) > MIN_NAME + 1 and word.text[-1] in JOINING and after is not None
                and (after.tag in _JOINED_TAGS or after.text == "夫人")):
            return Span(at, end - 1)  # 习近平和|夫人, 闫盛红及|兵团教育局: a conjunction run in
        if (len(word.text) == 1 and after is not None and after.tag == "PER"
                and surnamed(text[at:after.end]) and BREAK.match(text, after.end)):
            return Span(at, after.end)  # 何|卫东: surname and given name tagged apart
        if after is not None and after.tag == "PER" and _foreign_halves(word.text, after.text):
            return Span(at, after.end)  # 斯卡尔|法罗, 彼得·|皮奥: one foreign name in two
        if (after is not None and after.tag == "PER" and len(word.text) == MIN_NAME
                and word.text[-1] not in _ROLE_ENDS
                and word.text not in word_list("not_names.txt")
                and (given := _given_part(after.text)) is not None):
            return Span(at, after.start + given)  # 福田|康夫代表, 小池|百合子: a Japanese name
        if (after_title or _reports(text, after)) and _given_run_in(text, word, after):
            return Span(at, after.start + 1)  # 副主任委员江必|新作的报告: 江必新 + 作
        if after_title and _given_before_verb(text, word, after):
            return Span(at, after.end)  # 国防部长魏凤|和|作了说明: 和 is the given name
        if (after_title and len(word.text) == 1 and word.text in word_list("surnames.txt")
                and after is not None
                and len(after.text) == 2 and after.text[1] in _FOLLOWS_NAME
                and _HAN.match(after.text[0])):
            return Span(at, after.start + 1)  # 上海市委书记韩|正在参加: 韩正 + 在
        if (len(word.text) == 1 and word.text in word_list("surnames.txt") and after is not None
                and len(after.text) == 1 and after.tag != "PER" and _HAN.match(after.text)
                and BREAK.match(text, after.end) and _among_names(text, words, at, after.end)):
            return Span(at, after.end)  # 陈川平、仇|和、杨卫泽: a name of two the model cut
        if after_title and len(word.text) == 1 and after is not None and len(after.text) == 1 \
                and _HAN.match(after.text) and _function_next(text, words, after.end):
            return Span(at, after.end)  # 副省长张|和|因为: 和 is the given name, no conjunction
        # The model splits some names (王伟|中，): a surname-initial name of two followed by
        # one character that the model reads as a noun-like word and then punctuation is
        # a name of three. Function words (的, 来, 看) never complete a name.
        follows = _AFTER_NAME if after_title else BREAK  # 省长王伟|中出席 after a title
        if (end - at == 2 and surnamed(word.text) and after is not None
                and len(after.text) == 1 and _HAN.match(after.text)
                and after.tag not in FUNCTION_TAGS and follows.match(text, end + 1)):
            end += 1
        elif end - at == 2 and given_cut_off(text, word, after, _AFTER_NAME) \
                and not _is_place(word.text):
            end += 1  # 罗豪|才主持, 季红|真指出: the last given character read as an adverb
        if text.startswith(RUN_IN_WORDS, end - 1) and end - 1 - at >= MIN_NAME:
            end -= 1  # 卢拉针|对: the model ran a word's first character into the name
        body = next((b for b in BODY_ENDINGS if text.endswith(b, at, end)), None)
        if body is not None and end - len(body) - at >= MIN_NAME:
            end -= len(body)  # 李金早政协: the model ran the next word into the name
        return Span(at, end) if end - at >= MIN_NAME else None
    dotted = _DOTTED.match(text, at)
    if dotted:
        return Span(at, dotted.end())
    if (after_title and word is not None and word.tag == "v" and len(word.text) == 3
            and surnamed(word.text) and _AFTER_NAME.match(text, word.end)):
        return Span(at, word.end)
    if (after_title and word is not None and word.tag in NAME_LIKE_TAGS
            and MIN_NAME <= len(word.text) <= MAX_NAME and surnamed(word.text)
            and _AFTER_NAME.match(text, word.end)):
        return Span(at, word.end)  # 韩国总统金大中访美: the model read the name as a body
    if word is not None and word.tag in FUNCTION_TAGS and len(word.text) >= MIN_NAME and not (
            word.tag in _VERB_TAGS and len(word.text) == MIN_NAME and surnamed(word.text)
            and _listed_after_title(text, word.text, word.end, after_title)):
        return None  # 关于, 到了: the model read a function word here (a lone 连 may be a surname)
    if word is not None and word.tag in CONJUNCTION_TAGS:
        return None  # 国家主席和夫人: 和 read as a conjunction is not the surname 和
    for size in (3, 2, 4):
        end = at + size
        candidate = text[at:end]
        follows = _AFTER_NAME.match(text, end) is not None or (
            after_title and size == 3 and text.startswith("的", end)  # 省委书记信长星的专访
            and not _POST_END.search(candidate))  # not 审计长任组长的

        if (len(candidate) == size and _HAN_NAME.fullmatch(candidate) and follows
                and surnamed(candidate) and not (size == 2 and _common_word(word, end)
                                                 and not _listed_after_title(text, candidate,
                                                                             end, after_title))
                and not _NEVER_GIVEN.search(candidate, 1)
                and not _REPORT_VERB.fullmatch(candidate, 1)  # 印度内政部长曾|表示
                and not _verb_ends_four(candidate, words.get(at + 2))):  # 副总统车队遭袭
            return Span(at, end)
    return None


def _listed_after_title(text: str, name: str, end: int, after_title: bool) -> bool:
    """院长谢地/v、, 市委书记回建/v，: two characters after a title that the model read as one
    verb, before a list's or a clause's break, are a name — unless they are a verb that
    follows a bare title (市委书记强调，)."""
    return (after_title and text[end:end + 1] in _NAME_BREAKS
            and _AFTER_NAME.match(name) is None and _REPORT_VERB.search(name) is None
            and name not in _VERBS_AFTER_TITLES and name not in word_list("not_names.txt"))


_NAME_BREAKS = frozenset("、，（")
# Verbs of the genre that follow a bare title (市委书记强调，, 县长带队，): never a name.
_VERBS_AFTER_TITLES = frozenset({
    "要求", "提出", "希望", "认为", "带队", "带领", "批示", "部署", "主张", "同意", "答复",
    "回应", "坦言", "透露", "承诺", "建议", "发言", "讲道", "举例", "补充", "解释", "回忆"})


def _verb_ends_four(name: str, last: Entity | None) -> bool:
    """A run of four after a single surname whose last two characters the model reads as a
    verb: a phrase (车队|遭袭, 沙雷|会面), as a Chinese name of four needs a compound
    surname (林郑月娥 stays)."""
    return (len(name) == MAX_NAME and name[:2] not in word_list("surnames.txt")
            and last is not None and len(last.text) == 2 and last.tag in _VERB_TAGS)


_VERB_TAGS = frozenset({"v", "vn", "vd"})


def _reports(text: str, after: Entity | None) -> bool:
    """李飞、孙宝|树作的报告: the word after a name ends in 作 and a 了/的 follows — the name
    gave a report, wherever it stands (in a list, after a bare post)."""
    return after is not None and after.text.endswith("作") and text.startswith(
        ("了", "的"), after.end)


def _given_run_in(text: str, word: Entity, after: Entity | None) -> bool:
    """江必|新作的报告, 乐玉|成作了说明: a two-character name after a title whose third
    character the model read into the verb after it (新作, 成作)."""
    return (len(word.text) == 2 and surnamed(word.text) and after is not None
            and len(after.text) == 2 and after.text[1] in _FOLLOWS_NAME
            and after.text[0] not in NOT_A_GIVEN and _HAN.match(after.text[0]) is not None
            and not stands_alone(text, word.text, _AFTER_NAME))


def _given_before_verb(text: str, word: Entity, after: Entity | None) -> bool:
    """魏凤|和|作了说明: a two-character name after a title, then a character the model read
    as a conjunction, then a report verb: no conjunction is followed by a verb."""
    return (len(word.text) == 2 and surnamed(word.text) and after is not None
            and after.text == "和"
            and _REPORT_VERB.match(text, after.end) is not None
            and not stands_alone(text, word.text, BREAK))


def _among_names(text: str, words: dict[int, Entity], start: int, end: int) -> bool:
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


def _common_word(word: Entity | None, end: int) -> bool:
    """Whether the model read exactly one common word where a name would be (候补中央委员
    党籍: 党籍/n, not a person 党籍)."""
    if word is None or word.end != end:
        return False
    return word.tag in _COMMON_TAGS or word.text in word_list("not_names.txt")


# Last characters of a role the model tags as a name before a name (高级工|程师|王建华).
_ROLE_ENDS = frozenset("员师家手者工长官士生农民")


def _given_part(word: str) -> int | None:
    """How much of the model's second name word, right after a two-character one, is the
    given name of one Japanese-style name: all of it (百合子), or what stands before a
    word that follows names (康夫|代表). None when that would leave less than two
    characters or more than three."""
    end = next((i for i in range(MIN_NAME, len(word)) if _AFTER_NAME.match(word, i)), len(word))
    return end if MIN_NAME <= end <= MAX_NAME - 1 and _HAN_NAME.fullmatch(word[:end]) else None


def _foreign_halves(first: str, second: str) -> bool:
    """Whether two names the model tags side by side are one transliterated name it split:
    together they read as one (斯卡尔法罗, 亚斯特任布斯基), or the first ends at the name's
    middle dot (彼得·|皮奥)."""
    whole = first + second
    if len(whole) > MAX_LED_NAME or not HAN_RUN.fullmatch(second):
        return False
    return first.endswith("·") or (HAN_RUN.fullmatch(first) is not None
                                   and transliterated(whole))


def _function_next(text: str, words: dict[int, Entity], at: int) -> bool:
    """Whether a break or a function word (因为, 在, 被) comes at ``at``: what no
    conjunction is followed by."""
    word = words.get(at)
    return bool(BREAK.match(text, at)) or (word is not None and word.tag in FUNCTION_TAGS
                                            and word.tag not in {"v", "vd"})


# A transliterated name is up to seven characters; a lead character the model split off
# makes it one longer (别|尔德穆哈梅多夫, eight).
MAX_FOREIGN_NAME = 7
MAX_LED_NAME = MAX_FOREIGN_NAME + 1


def person_next(words: dict[int, Entity], at: int) -> bool:
    word = words.get(at)
    return word is not None and word.tag == "PER"


def name_ending_at(text: str, end: int, words: dict[int, Entity],
                   ends: dict[int, Entity]) -> Span | None:
    """The name that ends at ``end`` (before 当选, 同志任, （…）), if one does."""
    word = ends.get(end)
    if word is not None and word.tag == "PER":
        start = word.start
        if _is_place(text[start:end]):
            return None  # 马拉维新任驻华大使: a country, not a person
        if text.endswith("·", 0, start):
            dotted = _dotted_ending_at(text, end, ends)
            return dotted if dotted is not None else Span(start, end)
        before = ends.get(start)
        if len(word.text) <= 2 and before is not None and before.tag == "PER" \
                and surnamed(text[before.start:end]):
            start = before.start  # 何|卫东
        return Span(start, end)
    dotted = _dotted_ending_at(text, end, ends)
    if dotted is not None:
        return dotted  # 塔内希·马茂, where the model tagged no part of it
    for size in (3, 2):
        start = end - size
        if start < 0 or not surnamed(text[start:end]):
            continue
        word = words.get(start)
        if word is not None and word.tag != "PER" and len(word.text) > 1:
            continue  # 一中全会上: the model read a longer word there
        span = name_at(text, start, words)
        if span is not None and span.end == end and _starts_clear(text, start, words):
            return span
    return None


def _dotted_ending_at(text: str, end: int, ends: dict[int, Entity]) -> Span | None:
    """唐纳德·特朗普 before ``end``: the longest dotted name there that starts where the
    model ends a verb or a function word (致电|里希·苏纳克) or at a break."""
    last = ends.get(end)
    dotted_piece = last is not None and last.tag == "w" and "·" in last.text  # ·马茂
    if last is None or (last.tag in FUNCTION_TAGS and not dotted_piece) or last.tag == "TIME":
        return None  # 马克斯·鲍卡斯出任下一: the text before ``end`` ends in no name
    start = end
    while start > 0 and end - start < MAX_DOTTED and (_HAN.match(text, start - 1)
                                                       or text[start - 1] == "·"):
        start -= 1
    for at in range(start, end):
        if not _DOTTED_WHOLE.fullmatch(text, at, end):
            continue
        before = ends.get(at)
        if at > 0 and before is None:
            continue  # not where one of the model's words starts (6月26|日)
        own = ends.get(at + 1)
        if own is not None and own.text in _OPENERS:
            continue  # 致|电|塔内希: the opener is not the name's first character
        if at == 0 or not _HAN.match(text, at - 1) or (
                before is not None and (before.tag in FUNCTION_TAGS or before.text in _OPENERS)):
            return Span(at, end)
    return None


def _starts_clear(text: str, start: int, words: dict[int, Entity]) -> bool:
    """Whether a name could start at ``start``: after a break or where the model starts a word."""
    return start == 0 or not _HAN.match(text, start - 1) or start in words


def list_after(text: str, at: int, words: dict[int, Entity], stops: set[int], *,
               first: bool = False, separators: str = LIST_SEPARATORS) -> list[Span]:
    """Names in a list continuing at ``at`` (or starting there, with ``first``).

    The list stops at a title (a position in ``stops``) or at anything that is not a
    name; a note in brackets after a name (（女）, （兼）) is passed over.
    """
    found: list[Span] = []
    if first:
        span = name_at(text, at, words)
        if span is None:
            return found
        found.append(span)
        at = _past_note(text, span.end)
    while at < len(text) and text[at] in separators and at + 1 not in stops:
        span = name_at(text, at + 1, words)
        if span is None:
            break
        found.append(span)
        at = _past_note(text, span.end)
    return found


def _past_note(text: str, at: int) -> int:
    note = NOTE.match(text, at)
    return note.end() if note else at


# Marks inside a transliterated name: the middle dot, a hyphen (尤努斯-杜尔).
_NAME_JOINS = ("·", "-", "－")


def through_dots(text: str, span: Span, words: dict[int, Entity]) -> Span:
    """马尔万·阿布特: a transliterated name the model cut at its middle dot goes on through
    each · (or hyphen), while a name (a PER word) follows it; a dotted name goes on into a
    name right after it."""
    end = span.end
    while True:
        joined = words.get(end)  # 迈茵·阿卜杜勒|马利克·赛义德: a dotted name split at no mark
        if joined is not None and joined.tag == "PER" and "·" in text[span.start:end] + joined.text:
            end = joined.end
            continue
        if not text.startswith(_NAME_JOINS, end):
            break
        part = words.get(end + 1)  # 阿卜杜勒-哈菲兹·萨卡夫: a hyphen joins names too
        if part is not None and part.tag == "PER" and HAN_RUN.fullmatch(part.text.replace("·", "")):
            end = part.end
            continue
        if not text.startswith("·", end):
            break
        part = words.get(end)  # 乌胡鲁/PER ·肯雅塔/w: the model ran the dot into the rest
        if part is None or not HAN_RUN.fullmatch(part.text, 1) or not transliterated(part.text[1:]):
            break
        end = part.end
    return Span(span.start, end) if end != span.end else span


def dotted_whole(text: str, span: Span, words: dict[int, Entity]) -> Span:
    """艾力更·依明巴海: a name the model ends at a middle dot, in a list or before a break,
    is the whole dotted name, whatever the model reads after the dot (依明/v 巴海/LOC).
    Where it reads a name after the dot (马尔万·|阿布特|称), :func:`through_dots` goes on."""
    dot = text.find("·", span.end, span.end + 2)  # 艾力|更|·依明巴海: a character before the dot
    if dot < 0 or (not HAN_RUN.fullmatch(text, span.end, dot) and dot != span.end) or (
            person_next(words, dot + 1)):
        return span
    dotted = _DOTTED.match(text, span.start)
    return Span(span.start, dotted.end()) if dotted and dotted.end() - span.start <= MAX_DOTTED \
        else span
