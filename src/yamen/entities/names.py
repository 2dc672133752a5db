"""Where a personal name starts or ends, next to a title, a list separator or a verb.

The model's PER words are the first guide; where it splits a name (王伟|中, 何|卫东)
or misses one, a surname-initial run of two to four characters followed by a break
is a name. Names in a list are separated by 、 (or by spaces in a roster) and may
carry a note in brackets (喻红秋（女）, 王东峰（兼）).
"""

from __future__ import annotations

from yamen.document import Span
from yamen.entities.gazetteer import Form, gazetteer
from yamen.entities.name_splits import (
    ROLE_ENDS,
    VERB_TAGS,
    among_names,
    common_word,
    foreign_halves,
    function_next,
    given_before_verb,
    given_part,
    given_run_in,
    japanese_given,
    listed_after_title,
    reports,
    slavic_tail,
    timed,
    verb_ends_four,
    verb_phrase,
)
from yamen.entities.name_words import (
    AFTER_NAME,
    BODY_ENDINGS,
    BREAK,
    CONJUNCTION_TAGS,
    DOTTED,
    DOTTED_WHOLE,
    FOLLOWS_NAME,
    FUNCTION_TAGS,
    HAN,
    HAN_NAME,
    HAN_RUN,
    JOINING,
    LIST_SEPARATORS,
    MAX_DOTTED,
    MAX_FOREIGN_NAME,
    MAX_LED_NAME,
    NAME_LIKE_TAGS,
    NEVER_GIVEN,
    NOTE,
    OPENERS,
    POST_END,
    REPORT_VERB,
    RUN_IN_WORDS,
)
from yamen.entities.ner import Entity
from yamen.entities.person_checks import adverb_run_in, given_cut_off
from yamen.lexicon import MAX_NAME, MIN_NAME, surnamed, transliterated
from yamen.lexicon import words as word_list

__all__ = ["AFTER_NAME", "BREAK", "FUNCTION_TAGS", "HAN_RUN", "JOINING", "MAX_FOREIGN_NAME",
           "MAX_LED_NAME", "NAME_LIKE_TAGS", "RUN_IN_WORDS", "gazetteer_place", "list_after",
           "name_at", "name_ending_at", "person_next", "through_dots", "without_verb"]



def name_at(text: str, at: int, words: dict[int, Entity], *,
            after_title: bool = False) -> Span | None:
    """The name that starts at ``at``, if one does and it is not a place (叙利亚)."""
    span = _name_at(text, at, words, after_title)
    if span is not None and (_is_place(text[span.start:span.end])
                             or text[span.start:span.end] in word_list("not_names.txt")):
        return None  # 美国总统访华: a word never a name (data/not_names.txt)
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


# Verbs of an appointment right before a name (任命陆治原为…).
_APPOINTING = ("任命", "提名", "决定")
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
        joins = after is not None and (after.tag in _JOINED_TAGS or after.text == "夫人")
        if word.text[-1] in JOINING and after is not None and (
                (len(word.text) > MIN_NAME + 1 and joins)
                or (len(word.text) > MIN_NAME and not surnamed(word.text))):  # 菲永和|极右翼
            return Span(at, end - 1)  # 习近平和|夫人, 闫盛红及|兵团教育局: a conjunction run in
        if (len(word.text) == 1 and after is not None and after.tag == "PER"
                and surnamed(text[at:after.end]) and BREAK.match(text, after.end)):
            return Span(at, after.end)  # 何|卫东: surname and given name tagged apart
        if after is not None and after.tag == "PER" and foreign_halves(word.text, after.text):
            return Span(at, after.end)  # 斯卡尔|法罗, 彼得·|皮奥: one foreign name in two
        if (after is not None and after.tag == "PER" and len(word.text) == MIN_NAME
                and word.text[-1] not in ROLE_ENDS
                and word.text not in word_list("not_names.txt")
                and (given := given_part(after.text)) is not None):
            return Span(at, after.start + given)  # 福田|康夫代表, 小池|百合子: a Japanese name
        if (after is not None and len(word.text) == MIN_NAME and word.text.endswith("氏")
                and after.end - at <= MAX_NAME and HAN_RUN.fullmatch(after.text)
                and (AFTER_NAME.match(text, after.end)
                     or text.startswith(("时", "后"), after.end))):
            return Span(at, after.end)  # 主席阮氏|金银: a Vietnamese woman's name with 氏
        if (after_title and after is not None and len(word.text) == MIN_NAME
                and len(after.text) == MIN_NAME and after.text[0] == "之" and after.tag in "unv"
                and (AFTER_NAME.match(text, after.end) or timed(words, after.end))):
            return Span(at, after.end)  # 总干事天野|之弥表示 (|今天访问): a Japanese name with 之
        if japanese_given(text, word, after) or slavic_tail(text, word, after):
            return Span(at, after.end)  # 日本队教练冈田|武史说, 大使梅津|采夫、
        if (after_title or reports(text, after)) and given_run_in(text, word, after):
            return Span(at, after.start + 1)  # 副主任委员江必|新作的报告: 江必新 + 作
        if after_title and given_before_verb(text, word, after):
            return Span(at, after.end)  # 国防部长魏凤|和|作了说明: 和 is the given name
        if (after_title and len(word.text) == 1 and word.text in word_list("surnames.txt")
                and after is not None
                and len(after.text) == 2 and after.text[1] in FOLLOWS_NAME
                and HAN.match(after.text[0])):
            return Span(at, after.start + 1)  # 上海市委书记韩|正在参加: 韩正 + 在
        if (len(word.text) == 1 and word.text in word_list("surnames.txt") and after is not None
                and len(after.text) == 1 and after.tag != "PER" and HAN.match(after.text)
                and BREAK.match(text, after.end) and among_names(text, words, at, after.end)):
            return Span(at, after.end)  # 陈川平、仇|和、杨卫泽: a name of two the model cut
        if after_title and len(word.text) == 1 and after is not None and len(after.text) == 1 \
                and HAN.match(after.text) and function_next(text, words, after.end):
            return Span(at, after.end)  # 副省长张|和|因为: 和 is the given name, no conjunction
        # The model splits some names (王伟|中，): a surname-initial name of two followed by
        # one character that the model reads as a noun-like word and then punctuation is
        # a name of three. Function words (的, 来, 看) never complete a name.
        follows = AFTER_NAME if after_title else BREAK  # 省长王伟|中出席 after a title
        if (end - at == 2 and surnamed(word.text) and after is not None
                and len(after.text) == 1 and HAN.match(after.text)
                and after.tag not in FUNCTION_TAGS and follows.match(text, end + 1)):
            end += 1
        elif end - at == 2 and given_cut_off(text, word, after, AFTER_NAME) \
                and not _is_place(word.text):
            end += 1  # 罗豪|才主持, 季红|真指出: the last given character read as an adverb
        elif (end - at == MIN_NAME and text.endswith(_APPOINTING, 0, at)
              and HAN.match(text, end) and text.startswith("为", end + 1)):
            end += 1  # 任命陆治|原为民政部部长: the given name's last character read with 为
        if text.startswith(RUN_IN_WORDS, end - 1) and end - 1 - at >= MIN_NAME:
            end -= 1  # 卢拉针|对: the model ran a word's first character into the name
        if word.text.endswith("等") and end == word.end and end - 1 - at > MIN_NAME:
            end -= 1  # 院长阮和平等。: 等 "and others" run into the name
        body = next((b for b in BODY_ENDINGS if text.endswith(b, at, end)), None)
        if body is not None and end - len(body) - at >= MIN_NAME:
            end -= len(body)  # 李金早政协: the model ran the next word into the name
        return Span(at, end) if end - at >= MIN_NAME else None
    dotted = DOTTED.match(text, at)
    if dotted:
        return Span(at, dotted.end())
    if (after_title and word is not None and word.tag == "v" and len(word.text) == 3
            and surnamed(word.text) and AFTER_NAME.match(text, word.end)):
        return Span(at, word.end)
    if (after_title and word is not None and word.tag in NAME_LIKE_TAGS
            and MIN_NAME <= len(word.text) <= MAX_NAME and surnamed(word.text)
            and AFTER_NAME.match(text, word.end)):
        return Span(at, word.end)  # 韩国总统金大中访美: the model read the name as a body
    if word is not None and word.tag in FUNCTION_TAGS and len(word.text) >= MIN_NAME and not (
            word.tag in VERB_TAGS and len(word.text) == MIN_NAME and surnamed(word.text)
            and listed_after_title(text, word.text, word.end, after_title)):
        return None  # 关于, 到了: the model read a function word here (a lone 连 may be a surname)
    if word is not None and word.tag in CONJUNCTION_TAGS:
        return None  # 国家主席和夫人: 和 read as a conjunction is not the surname 和
    for size in (3, 2, 4):
        end = at + size
        candidate = text[at:end]
        follows = AFTER_NAME.match(text, end) is not None or text.startswith(
            RUN_IN_WORDS, end) or (
            after_title and size == 3 and text.startswith("的", end)  # 省委书记信长星的专访
            and not POST_END.search(candidate))  # not 审计长任组长的

        if (len(candidate) == size and HAN_NAME.fullmatch(candidate) and follows
                and surnamed(candidate) and not (size == 2 and common_word(word, end)
                                                 and not listed_after_title(text, candidate,
                                                                             end, after_title))
                and not NEVER_GIVEN.search(candidate, 1)
                and not REPORT_VERB.fullmatch(candidate, 1)  # 印度内政部长曾|表示
                and not verb_ends_four(candidate, words.get(at + 2), words.get(at + 1))
                and not (size == MAX_NAME - 1 and verb_phrase(words, at, end))
                and not text.startswith(RUN_IN_WORDS, end - 1)):  # not 江舟工|作  # 副总统车队遭袭
            return Span(at, end)
    return None




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
        if word is not None and word.tag != "PER" and len(word.text) > 1 and not (
                _bracketed_name(text, word, end)):
            continue  # 一中全会上: the model read a longer word there
        span = name_at(text, start, words)
        if span is not None and span.end == end and _starts_clear(text, start, words):
            return span
    return None


def _bracketed_name(text: str, word: Entity, end: int) -> bool:
    """焦红/ORG（国家药监局局长）: a surname-initial word the model read as a body, right
    before a bracket (where a post follows it), is a name."""
    return (word.end == end and word.tag in NAME_LIKE_TAGS and text.startswith(("（", "("), end)
            and MIN_NAME <= len(word.text) <= MAX_NAME - 1 and surnamed(word.text)
            and not gazetteer_place(word.text) and word.text not in word_list("not_names.txt"))


def _dotted_ending_at(text: str, end: int, ends: dict[int, Entity]) -> Span | None:
    """唐纳德·特朗普 before ``end``: the longest dotted name there that starts where the
    model ends a verb or a function word (致电|里希·苏纳克) or at a break."""
    last = ends.get(end)
    dotted_piece = last is not None and last.tag == "w" and "·" in last.text  # ·马茂
    if last is None or (last.tag in FUNCTION_TAGS and not dotted_piece) or last.tag == "TIME":
        return None  # 马克斯·鲍卡斯出任下一: the text before ``end`` ends in no name
    start = end
    while start > 0 and end - start < MAX_DOTTED and (HAN.match(text, start - 1)
                                                       or text[start - 1] == "·"):
        start -= 1
    for at in range(start, end):
        if not DOTTED_WHOLE.fullmatch(text, at, end):
            continue
        before = ends.get(at)
        if at > 0 and before is None:
            continue  # not where one of the model's words starts (6月26|日)
        own = ends.get(at + 1)
        if own is not None and own.text in OPENERS:
            continue  # 致|电|塔内希: the opener is not the name's first character
        if at == 0 or not HAN.match(text, at - 1) or (
                before is not None and (before.tag in FUNCTION_TAGS or before.text in OPENERS)):
            return Span(at, end)
    return None


def _starts_clear(text: str, start: int, words: dict[int, Entity]) -> bool:
    """Whether a name could start at ``start``: after a break or where the model starts a word."""
    return start == 0 or not HAN.match(text, start - 1) or start in words


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


# Verbs the model runs into the end of a name (习近平复信, 比詹·赞加内表示).
_VERBS_RUN_ON = ("表示", "复信", "回信", "致信", "致电", "贺信")


def without_verb(text: str, span: Span) -> Span:
    """习近平复信 → 习近平, 比詹·赞加内表示 → 比詹·赞加内: a verb run into the name's end; 部长官|
    洪楠基 → 洪楠基: the last character of a Korean minister's 长官 run into its start."""
    start, end = span.start, span.end
    verb = next((v for v in _VERBS_RUN_ON if text.endswith(v, start, end)), None)
    if verb is not None and end - len(verb) - start >= MIN_NAME:
        end -= len(verb)
    if text.startswith("官", start) and text.endswith("长", 0, start) and end - start > MIN_NAME:
        start += 1
    return adverb_run_in(text, span if (start, end) == (span.start, span.end) else Span(start, end))


def _single_dash(text: str, at: int) -> bool:
    """约翰—格伦: one em dash between two parts of a name (not a dash ——— before a clause)."""
    return text.startswith("—", at) and text[at - 1:at] != "—" and text[at + 1:at + 2] != "—"


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
        if not text.startswith(_NAME_JOINS, end) and not _single_dash(text, end):
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
    dotted = DOTTED.match(text, span.start)
    if dotted is None:
        return _dotted_before_verb(text, span, dot, words)
    return Span(span.start, dotted.end()) if dotted.end() - span.start <= MAX_DOTTED else span


def _dotted_before_verb(text: str, span: Span, dot: int, words: dict[int, Entity]) -> Span:
    """艾力更·依明巴海参加会见: the dotted name ends where the model starts a verb of the
    genre (参加) that follows names, at least two characters after the dot."""
    for end in range(dot + 1, min(len(text), dot + MAX_FOREIGN_NAME + 1) + 1):
        word = words.get(end)
        if end > dot + MIN_NAME and word is not None and AFTER_NAME.match(text, end) and (
                HAN.match(text, end)):
            return Span(span.start, end)
        if not HAN.match(text, end) or (word is not None and word.tag in _NOT_IN_NAME):
            return span  # 亚兹迪|高度/d 赞赏: an adverb, no part of a name
    return span


# Tags of words inside no name (adverbs, particles, prepositions, pronouns, numbers).
_NOT_IN_NAME = frozenset({"d", "ad", "u", "p", "c", "r", "m", "q", "w", "TIME"})
