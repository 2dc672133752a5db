"""Ends of names the model cuts short: the last part of a dotted minority or foreign name in
a list (阿不来提·阿不|都热西提、), a whole list item the model split (乌云|其|木格), and the
given name's last character read as an adverb or adjective (雒树|刚 受…委托, 免去姜伟|新
的…职务)."""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities.names import gazetteer_place
from yamen.entities.ner import Entity
from yamen.entities.title_lexicon import tables
from yamen.lexicon import transliterated
from yamen.lexicon import words as lexicon_words

__all__ = ["dotted_tail", "given_tail", "list_gaps"]

# A dotted name's last part runs on to the list separator after it over at most this many
# characters the model read as other words (铁力瓦尔|地、, 阿不|都热西提、).
_MAX_TAIL = 4
# The longest last part after a dot (阿不都热西提).
_MAX_PART = 8
_HAN_TAIL = re.compile(rf"[\u4e00-\u9fff]{{1,{_MAX_TAIL}}}(?=[、，。；])")
# Marks inside a dotted name (阿不来提·阿不都热西提, 阿不来提-阿不都热西提).
_JOINS = ("·", "-", "－")
# Forms of address run into a name's end (依明巴海同志).
_HONORIFICS = ("同志", "先生", "女士")
# Words that end a list member, never part of its name (同志、, 等。).
_NOT_TAIL = ("同志", "先生", "女士", "等", "和", "及", "与", "为", "的", "在", "是")


def dotted_tail(text: str, span: Span, words: dict[int, Entity]) -> Span:
    """阿不来提·阿不都热西提、: a dotted name in a list (a separator 、 before or after it)
    goes on to that separator over the characters the model read as other words; an
    address run into its end (依明巴海同志) is no part of it."""
    name = text[span.start:span.end]
    joins = [c for c in _JOINS if c in name]
    if not joins:
        return span
    last = max(name.rfind(c) for c in joins)
    honorific = next((h for h in _HONORIFICS if name.endswith(h)), None)
    if honorific is not None and len(name) - last - 1 > len(honorific):
        return Span(span.start, span.end - len(honorific))  # 依明巴海同志: the address run in
    tail = _HAN_TAIL.match(text, span.end)
    if tail is None or any(w in tail.group() for w in _NOT_TAIL):
        return span
    if len(name) - last - 1 + len(tail.group()) > _MAX_PART:
        return span
    listed = text[tail.end()] == "、" or text[span.start - 1:span.start] == "、"
    word = words.get(span.end)
    if not listed or (word is not None and word.tag in ("PER", "ORG", "LOC", "TIME", "v")):
        return span
    return Span(span.start, tail.end())


# Characters that end a given name and that the model reads as an adverb or adjective when
# a verb follows (雒树刚受, 姜伟新的).
_GIVEN_TAILS = frozenset("刚新平明")
# What follows such a name in an appointment or a report: 受…委托, 的…职务, 作…报告.
_AFTER_GIVEN = re.compile(r"受[^，。]{1,12}委托|的[^，。]{1,24}职务|作[^，。]{0,30}报告")
# What precedes it: a post's last character or an appointment verb.
_BEFORE_GIVEN = ("长", "任", "员", "书记", "主席", "免去", "任命", "同意")


def given_tail(text: str, span: Span, words: dict[int, Entity]) -> Span:
    """部长雒树刚受国务院委托, 免去姜伟新的部长职务: a two-character name the model cut
    before the given name's last character (刚/d, 新/a) is three characters long where a
    post or an appointment verb is right before it and 受…委托, 的…职务 or 作…报告 after."""
    if span.end - span.start != 2 or span.end >= len(text) or text[span.end] not in _GIVEN_TAILS:
        return span
    word = words.get(span.end)
    if word is None or word.end != span.end + 1 or word.tag not in ("d", "a", "ad"):
        return span
    if not text.endswith(_BEFORE_GIVEN, 0, span.start):
        return span
    if _AFTER_GIVEN.match(text, span.end + 1) is None:
        return span
    return Span(span.start, span.end + 1)


# The longest name read between two listed names with no tag of the model (乌云其木格).
_MAX_GAP = 5
_GAP = re.compile(rf"、([\u4e00-\u9fff]{{2,{_MAX_GAP}}})(?=、)")
# Tags of a whole gap the model read as a word that is never a name (副主席, 北京, 今天).
_GAP_WORD_TAGS = frozenset({"ORG", "LOC", "TIME", "v", "vn", "m", "q", "d", "a", "f", "s"})


def list_gaps(text: str, names: bytearray, words: dict[int, Entity]) -> list[Span]:
    """华建敏、乌云其木格、陈至立: an item of a list between two names (``names`` marks
    the characters of the names found) that the model split into common words (乌云/n
    其/r 木格/n) is a name too, where it opens with a surname or reads as a transliterated
    name and is no post, place or listed non-name word."""
    found: list[Span] = []
    at = text.find("、")
    while at > 0:
        gap = _GAP.match(text, at)
        if gap is not None and names[at - 1] and gap.end() + 1 < len(text) and (
                names[gap.end() + 1]) and not any(names[gap.start(1):gap.end()]):
            item = gap.group(1)
            word = words.get(gap.start(1))
            if (item[0] in lexicon_words("surnames.txt") or transliterated(item)) and not (
                    word is not None and word.end == gap.end() and word.tag in _GAP_WORD_TAGS) and (
                    tables().pattern.search(item) is None) and (
                    item not in lexicon_words("not_names.txt")) and not gazetteer_place(item):
                found.append(Span(gap.start(1), gap.end()))
        at = text.find("、", at + 1)
    return found
