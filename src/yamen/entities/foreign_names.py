"""Transliterated foreign names after a foreign title, where the model split or misread
them: 柬埔寨国王西|哈莫尼, 总理欧尔|班, 海尔|马里亚姆 (a body's word before the name), a lead
character read as a verb (纳|雷什金), a title run into the name (总理基里延科), or one word
read as a verb or a body (纳雷什金/v). Split from :mod:`yamen.entities.names`.
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities.names import (
    AFTER_NAME,
    BREAK,
    HAN_RUN,
    JOINING,
    MAX_FOREIGN_NAME,
    MAX_LED_NAME,
    NAME_LIKE_TAGS,
    RUN_IN_WORDS,
    gazetteer_place,
)
from yamen.entities.ner import Entity
from yamen.entities.title_lexicon import tables
from yamen.lexicon import MIN_NAME, transliterated
from yamen.lexicon import words as words_of

# A transliterated name the model split (西|哈莫尼, 欧尔|班): up to this many of its words.
MAX_FOREIGN_PARTS = 3
# Tags of the words a split transliterated name is made of.
_FOREIGN_PART_TAGS = frozenset({"PER", "f", "n", "nz", "nw", "LOC", "a", "s", "ORG"})
# What ends such a name: punctuation, a date, or a word of these tags (verbs, particles …).
_FOREIGN_END_TAGS = frozenset({"w", "v", "vd", "u", "p", "c", "d", "ad", "TIME", "m", "r"})


# Single characters the model leaves after a name that are not part of it.
_NOT_A_PIECE = frozenset("时内同等后前中上下们对和与在说称方间里外任及针")
# One-character verbs that stand before a name, not in it (总统说普京, 总理向欧尔班); any
# other the model reads as a verb before a name's PER may be its first character (纳|雷什金).
_NOT_A_LEAD = frozenset("说称向对会访致见谈将是在为有要任请让给同和与及"
                        "也还都就又再已曾均亦便才正仍亲")
# Tags of a lead character the model split off a transliterated name: a verb (纳|雷什金),
# an adverb (别|尔德穆哈梅多夫).
_LEAD_TAGS = frozenset({"v", "d", "f"})  # 佛得角总统内/f|韦斯


def foreign_name_at(text: str, at: int, words: dict[int, Entity]) -> Span | None:
    """A transliterated name after a foreign title (柬埔寨国王西哈莫尼, 总理欧尔班), where the
    model split it into words: a PER with single characters split off — or with a word
    of a body's tag before it (海尔|马里亚姆: ORG + PER) — together two to seven
    characters, followed by punctuation, a date or a verb. Failing that, one word of
    three or more that the model read as a verb or a body (纳雷什金 as a verb) and that a
    break follows: nothing but a name stands between a foreign title and a break."""
    if at not in words:
        return _run_on_title(text, at, words)
    end, parts, person, longest = at, 0, False, MAX_FOREIGN_NAME
    while parts < MAX_FOREIGN_PARTS and (word := words.get(end)) is not None:
        lead = parts == 0 and _named(words.get(word.end)) and (
            word.tag in NAME_LIKE_TAGS or (word.tag in _LEAD_TAGS and len(word.text) == 1
                                            and word.text not in _NOT_A_LEAD)
            or (len(word.text) == MIN_NAME and word.tag in _NOUN_LEAD_TAGS
                and word.text not in _NOT_NAME_LEADS and not tables().pattern.fullmatch(word.text)
                and transliterated(words[word.end].text)))  # 赛汗/vn|比勒格
        if lead and len(word.text) == 1:
            longest = MAX_LED_NAME
        if (word.tag not in _FOREIGN_PART_TAGS and not lead) or not HAN_RUN.fullmatch(
                word.text):
            break
        # 普|京通|电话: a piece that ends with a run-in word's first character
        run_in = text.startswith(RUN_IN_WORDS, word.end - 1) and word.end - 1 - at >= MIN_NAME
        named = word.tag == "PER" or (parts > 0 and _named(word))  # 内/f|塔尼亚胡/LOC
        if not named and not lead and not (person and run_in) and (
                len(word.text) > 1 or word.text in _NOT_A_PIECE):
            break  # 特朗普|政府, 蒂勒森|时: only a name's own character is a split-off piece
        person = person or named
        end, parts = word.end, parts + 1
        after = words.get(end)
        if person and MIN_NAME <= end - at <= longest and (
                after is None or after.tag in _FOREIGN_END_TAGS or BREAK.match(text, end)
                or run_in):
            if not run_in and _last_piece(text, after, end - at < longest):
                end += 1  # 瓦努阿图总理卡尔萨|考、: the name's last character, then a break
            return Span(at, end - 1 if run_in else end)
    return (_run_to_break(text, at, words) or _odd_word(text, at, words)
            or _single_characters(text, at, words))


def lead_piece(entity: Entity, words: dict[int, Entity]) -> int:
    """总理内/f|塔尼亚胡/LOC 28日晚称: 1 where the model split one character (a verb's, an
    adverb's or a direction's tag) off the start of a transliterated name it read as a
    place, else 0."""
    piece = words.get(entity.start - 1)
    return int(piece is not None and len(piece.text) == 1 and piece.tag in _LEAD_TAGS
               and piece.text not in _NOT_A_LEAD and transliterated(piece.text + entity.text))


def _last_piece(text: str, after: Entity | None, room: bool) -> bool:
    """卡尔萨|考/v、: one character the model split off a foreign name's end, right before a
    break of a list or a sentence — no verb or particle stands there."""
    return (room and after is not None and len(after.text) == 1 and HAN_RUN.fullmatch(after.text)
            is not None and after.text not in _NOT_A_PIECE and after.text not in _NOT_A_LEAD
            and after.tag not in ("u", "xc", "p", "c") and text.startswith(_LIST_STOPS, after.end))


def _named(word: Entity | None) -> bool:
    """A PER word, or a transliterated word the model read as a place that no gazetteer
    lists (总理内/f|塔尼亚胡/LOC 28日晚称): a name's part after a foreign title."""
    return word is not None and (word.tag == "PER" or (
        word.tag == "LOC" and transliterated(word.text) and not gazetteer_place(word.text)))


# Tags of words never inside a name (顾问的|米尔萨利姆: a particle, a preposition …).
_NOT_IN_RUN_TAGS = frozenset({"u", "p", "c", "w", "r", "m", "q", "TIME", "xc"})
# Words of relation after a name that end it like a break (阿勒坦呼雅格夫妇).
_RELATION_AFTER = ("夫妇", "夫人", "一行")


def _run_to_break(text: str, at: int, words: dict[int, Entity]) -> Span | None:
    """蒙古国总理阿勒坦/LOC 呼/v 雅格/PER 夫妇: a transliterated name the model split into
    a place, a verb and a name. The run of words up to a break, a function word or a word
    of relation (夫妇) is the name when it is all transliteration and holds the model's PER
    (or, without one, is five characters or more: 热恩/v 别/a 科夫/n)."""
    end, person = at, False
    while (word := words.get(end)) is not None and HAN_RUN.fullmatch(word.text) and (
            word.end - at <= MAX_FOREIGN_NAME) and word.text not in _NOT_A_PIECE and (
            word.text not in _NOT_A_LEAD) and word.tag not in _NOT_IN_RUN_TAGS:
        end, person = word.end, person or word.tag == "PER"
        after = words.get(end)
        # 总理热恩/v 别/a 科夫/n 举行: no PER, but a run of five that reads as a name
        if ((person or end - at > MIN_ODD_NAME + 1) and end - at > MIN_ODD_NAME
                and transliterated(text[at:end])
                and (BREAK.match(text, end) or text.startswith(_RELATION_AFTER, end)
                     or (after is not None and after.tag in _FOREIGN_END_TAGS))):
            return Span(at, end)
    return None


def _single_characters(text: str, at: int, words: dict[int, Entity]) -> Span | None:
    """乌拉圭总统拉|卡|列、: a transliterated name the model split into single characters
    (read as verbs and nouns), up to a break."""
    end = at
    while (word := words.get(end)) is not None and len(word.text) == 1 and (
            HAN_RUN.fullmatch(word.text)) and end - at < MAX_FOREIGN_NAME:
        end = word.end
    rest = text[at:end]
    if len(rest) >= MIN_ODD_NAME and transliterated(rest) and BREAK.match(text, end) and (
            rest[0] not in _NOT_A_LEAD and not any(c in _NOT_A_PIECE for c in rest)):
        return Span(at, end)
    return None


# How far back the word that holds a title's end may start (总理基里延科: 2 back).
_TITLE_WORD_BACK = 6


def _run_on_title(text: str, at: int, words: dict[int, Entity]) -> Span | None:
    """俄罗斯总理基里延科认为: the model ran a foreign title and the name after it into one
    word. The rest of that word is the name when it reads as a transliterated one and a
    break or a verb follows."""
    holder = next((w for b in range(at - 1, max(-1, at - _TITLE_WORD_BACK), -1)
                   if (w := words.get(b)) is not None), None)
    if holder is None or holder.end <= at:
        return None
    ends = [holder.end]
    # 总理图|多|塞|向: the name's other characters split off one by one after the title's word
    # or the rest of it tagged as a name (外长久|里奇: the model reads 长久 as one word)
    while (ends[-1] - at < MAX_FOREIGN_NAME and (piece := words.get(ends[-1])) is not None
           and ((len(piece.text) == 1 and piece.text not in _NOT_A_PIECE
                 and piece.text not in _NOT_A_LEAD) or piece.tag == "PER")):
        ends.append(piece.end)
        if piece.tag == "PER":
            break
    for end in reversed(ends):
        rest, after = text[at:end], words.get(end)
        if (HAN_RUN.fullmatch(rest) and MIN_ODD_NAME <= len(rest) <= MAX_FOREIGN_NAME
                and transliterated(rest)
                and (after is None or after.tag in _FOREIGN_END_TAGS
                     or BREAK.match(text, end))):
            return Span(at, end)
        if len(rest) == MIN_NAME and _short_listed(text, rest, end):
            return Span(at, end)  # 参议长卡塞拉蒂、众议长|菲科、: a name of two in a list
    return None


# Tags of a whole transliterated name the model misread (纳雷什金 as a verb).
# 总理若斯潘/c在, 总理若斯潘/LOC在 (a place only where the gazetteer has none of that name).
_ODD_NAME_TAGS = frozenset({"v", "vd", "c", "ORG", "LOC", "nz", "nw"})
# How a body's or an era's name ends: 特朗普政府, 拜登当局 are no one's name.
_NOT_A_NAME_END = re.compile(
    r"(?:政府|当局|内阁|团队|政权|阵营|家族|时代|时期|[党部会局府署院厅团])$")
MIN_ODD_NAME = 3
# What follows a name of two run into a title's word, in a list of holders (众议长菲科、).
_LIST_STOPS = ("、", "，", "。", "和")


def _short_listed(text: str, rest: str, end: int) -> bool:
    """众议长|菲科、: two transliteration characters after a title the model ran them into,
    then a separator of a list, are a foreign name of two."""
    chars = words_of("transliteration_chars.txt")
    return all(c in chars for c in rest) and text.startswith(_LIST_STOPS, end)


# Tags of a two-character word the model split off a transliterated name's start (赛汗/vn).
_NOUN_LEAD_TAGS = frozenset({"vn", "n", "nz", "nw", "a", "an"})
# Words of relation and office before a name, never its start (总统夫人|米歇尔, 总统助理|纳菲阿).
_NOT_NAME_LEADS = frozenset({"夫人", "丈夫", "妻子", "女儿", "儿子", "助理", "顾问", "特使",
                             "将军", "先生", "女士", "官员", "代表", "发言人", "部长", "议员"})
# Breaks between the items of a list of heads (南苏丹总统基尔、马里总统戈伊塔).
_LIST_BREAKS = ("、", "，", "。", "；")


def _all_transliterated(name: str) -> bool:
    """拉索, 基尔: every character a transliteration one (a two-character name read whole)."""
    chars = words_of("transliteration_chars.txt")
    return all(c in chars for c in name)


def _odd_word(text: str, at: int, words: dict[int, Entity]) -> Span | None:
    word = words.get(at)
    listed = text.startswith(_LIST_BREAKS, word.end) if word is not None else False
    shortest = MIN_NAME if listed and _all_transliterated(word.text) else MIN_ODD_NAME
    if (word is None or not HAN_RUN.fullmatch(word.text) or (
            word.tag not in _ODD_NAME_TAGS and not (listed and transliterated(word.text)))
            or not shortest <= len(word.text) <= MAX_FOREIGN_NAME
            or AFTER_NAME.match(word.text) or _NOT_A_NAME_END.search(word.text)):
        return None
    if word.tag == "LOC" and not (listed and _all_transliterated(word.text)) and (
            not transliterated(word.text) or gazetteer_place(word.text)):
        return None  # not 总统基尔/LOC、 (Kiel the city): a name before a list's break
    after = words.get(word.end)
    if after is None or after.tag in _FOREIGN_END_TAGS or BREAK.match(text, word.end):
        return Span(at, word.end)
    return None


# Tags of a name's last character the model read alone (亚历山|大/a|国王); not 的, 为.
_LAST_PIECE_TAGS = frozenset({"a", "n", "nz", "nw", "PER", "LOC"})


def leader_split(text: str, span: Span, words: dict[int, Entity],
                 addresses: frozenset[str]) -> Span:
    """A foreign leader's name the model split at its edges, right before a form of address
    only foreign leaders have (总统, 国王): 同博|索纳罗总统 (a conjunction read with the
    name's first character), 亚历山|大|国王 (its last character read alone), 呼|日勒|苏赫总统
    (both)."""
    start, end = span.start, span.end
    before = words.get(start - 2)
    if (before is not None and before.end == start and len(before.text) == 2
            and before.text[0] in JOINING and before.text[1] not in _NOT_A_LEAD):
        start -= 1
    while (after := words.get(end)) is not None and after.tag == "PER" and (
            after.end - start <= MAX_FOREIGN_NAME):
        end = after.end
    last = words.get(end)
    if (last is not None and len(last.text) == 1 and HAN_RUN.fullmatch(last.text)
            and last.tag in _LAST_PIECE_TAGS and last.text not in _NOT_A_PIECE
            and text.startswith(tuple(addresses), last.end)):
        end = last.end
    if (start, end) == (span.start, span.end) or not text.startswith(tuple(addresses), end):
        return span
    return Span(start, end)


# Words of time the model runs into the end of a foreign name (内塔尼亚|胡当天|回应).
_TIME_AFTER = ("当天", "当日", "今天", "昨天", "日前", "近日", "此前", "随后")


def without_time(text: str, span: Span) -> Span:
    """内塔尼亚胡当天 → 内塔尼亚胡: a word of time the model read into a name's end; 等 "and
    others" too (院长阮和平等。)."""
    if text.endswith("等", span.start, span.end) and span.end - span.start - 1 > MIN_NAME:
        return Span(span.start, span.end - 1)
    for word in _TIME_AFTER:
        rest = span.end - len(word) - span.start
        if text.endswith(word, span.start, span.end) and rest > MIN_NAME:
            return Span(span.start, span.end - len(word))
    return span


# Posts of a foreign head written after the name (库马拉通加总统, 桥本首相, 素林外长), and what
# makes the post another word (总统府, 首相官邸, 国王杯: a building, an office, a cup).
_POSTS_AFTER = ("总统", "首相", "总理", "外长", "外相", "议长", "国王", "女王")
_POST_AFTER = re.compile("|".join(_POSTS_AFTER))  # one match per word, not eight startswith
_POST_WORD_ON = frozenset("府官选制杯宫令位职候")
# Posts of a head of state, after a name the model read as a place (库马拉通加/LOC 总统).
_HEAD_POSTS = ("总统", "首相", "国王", "女王")
# Posts a Japanese-style name of two (桥本, 小渊) stands before.
_JAPANESE_POSTS = ("首相", "外相")
# Tags of a name the model read as a place, a body or a noun before such a post.
_MISREAD_TAGS = frozenset({"LOC", "ORG", "n", "nz", "nw"})
# How a body or a side ends: 政府总理, 该国总统, 自治区主席 are no one's name.
_BODY_END = re.compile(r"[国府阁邦党方任届位区省州市部会院团军界]$")


def named_before_post(text: str, entity: Entity) -> Span | None:
    """库马拉通加/LOC 总统, 桥本/n 首相: a transliterated name the model read as a place or a
    noun, right before a foreign head's post. Not a place the gazetteer knows (日本首相),
    not a body (政府总理), not a title's word."""
    if entity.tag not in _MISREAD_TAGS or not (found := _POST_AFTER.match(text, entity.end)):
        return None
    post = found.group()
    start = entity.start + (entity.text[0] in JOINING)  # 同|拉马福萨总统: 同 "with"
    name = text[start:entity.end]
    if (not HAN_RUN.fullmatch(name)
            or not MIN_NAME <= len(name) <= MAX_FOREIGN_NAME
            or text[entity.end + len(post):entity.end + len(post) + 1] in _POST_WORD_ON
            or gazetteer_place(name) or name in words_of("not_names.txt")
            or _BODY_END.search(name) or tables().pattern.search(name)):
        return None
    chars = words_of("transliteration_chars.txt")
    if entity.tag == "LOC" and post not in _HEAD_POSTS:
        return None  # 克里米亚总理: a region's post, not a name
    if gazetteer_place(name[1:]) or gazetteer_place(name[:-1]):
        return None  # 主席国|塞内加尔总统: a country with a character run on
    if transliterated(name) or _all_transliterated(name) or (
            len(name) == MIN_NAME and post in _JAPANESE_POSTS) or (
            len(name) >= _LONG_NAME and sum(c in chars for c in name) >= len(name) - 3):
        return Span(start, entity.end)  # 库马拉通加: 马, 通, 加 are not on the list
    return None


# A long transliterated name may hold three characters the transliteration list lacks.
_LONG_NAME = 5


def post_run_in(text: str, entity: Entity) -> Span | None:
    """(俄罗斯)政府总理基里延科/n 认为: a post the model read with the name after it as one
    word; the rest is the name when it reads as a transliterated one and a break or a
    verb follows."""
    if entity.tag not in _MISREAD_TAGS or not (found := _POST_AFTER.match(entity.text)):
        return None
    post = found.group()
    rest = entity.text[len(post):]
    if MIN_ODD_NAME <= len(rest) <= MAX_FOREIGN_NAME and HAN_RUN.fullmatch(rest) and (
            transliterated(rest) and not gazetteer_place(rest)):
        return Span(entity.start + len(post), entity.end)
    return None


# A regnal number after a monarch's name (穆罕默德六世, 查尔斯三世): part of the name.
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")


def with_regnal(text: str, span: Span) -> Span:
    """穆罕默德|六世国王: the name goes on through a regnal number the model read apart."""
    regnal = _REGNAL.match(text, span.end)
    return Span(span.start, regnal.end()) if regnal else span


# Kin words whose last character the model runs into a dotted name (外|孙约翰·伊斯特布鲁克).
_KIN_WORDS = frozenset({"外孙", "长孙", "孙子", "孙女", "之子", "之女", "儿子", "女儿", "侄子"})
# Posts whose word the model runs on into a dotted name's first characters (代表塔|赫特·拉希万).
_POST_CUT = re.compile(r"(?:代表|大使|总统|总理|首相|部长|外长|主席|秘书长|发言人|特使|主任)"
                       r"([\u4e00-\u9fff]{1,2})$")
# How far back the word that ran on into the name may start.
_POST_WORD_BACK = 12


def dotted_edges(text: str, span: Span, words: dict[int, Entity]) -> Span:
    """The first characters of a dotted foreign name where the model cut them: the last
    character of a kin word is not the name's (外孙约翰·伊斯特布鲁克: 约翰·…), and the
    characters the model ran on into a post's word are (常驻联合国代表塔|赫特·拉希万:
    塔赫特·拉希万)."""
    name = text[span.start:span.end]
    if "·" not in name:
        return span
    first = name.split("·")[0]
    if (span.start > 0 and text[span.start - 1:span.start + 1] in _KIN_WORDS
            and len(first) > MIN_NAME
            and (transliterated(first[1:]) or _all_transliterated(first[1:]))):
        return Span(span.start + 1, span.end)
    holder = next((w for b in range(span.start - 1, max(-1, span.start - _POST_WORD_BACK), -1)
                   if (w := words.get(b)) is not None and w.end == span.start), None)
    cut = _POST_CUT.search(holder.text) if holder is not None else None
    if cut is not None and transliterated(cut.group(1) + first):
        return Span(span.start - len(cut.group(1)), span.end)
    return span


# A head's post right before a name (吉尔吉斯共和国总理热恩|别|科夫).
_HEAD_POST_BEFORE = re.compile(r"(?:总统|总理|首相|国王|外长|议长)$")
_HEAD_POST_MAX = 2


def after_head_post(text: str, span: Span, words: dict[int, Entity]) -> Span:
    """吉尔吉斯共和国总理热恩/PER 别/a 科夫/n、: a name the model cut after a head's post,
    where no chain reads the post as foreign, goes on to a break when the run reads as one
    transliterated name."""
    if not _HEAD_POST_BEFORE.search(text, max(0, span.start - _HEAD_POST_MAX), span.start):
        return span
    longer = _run_to_break(text, span.start, words)
    return longer if longer is not None and longer.end > span.end else span
