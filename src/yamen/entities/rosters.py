"""Rosters: a title that heads a list of its holders (中央政治局委员：丁薛祥、王毅…).

Election results and plenum communiqués list names under a post rather than after
it. A heading is a title chain that opens its line and is followed by a colon or a
line break (and by 名单 in a list's own title line); the names stand after the colon
or on the next line, separated by 、 or spaces, maybe after a bracketed note
(（按姓氏笔画为序排列）, （205名）). Every name gets every post of the heading —
unlike 省领导A、B、C, the heading says what each was elected to.

A heading with several posts (中央军事委员会主席、副主席、委员) is followed by one line
per post, the post written first (主 席 习近平 / 副主席 张又侠 何卫东, or 二、副主席
（23名） with the names on the next line): each post goes to its own line's names.
"""

from __future__ import annotations

import re

from yamen.document import Span
from yamen.entities.names import list_after, name_at
from yamen.entities.ner import Entity
from yamen.entities.positions import Chain
from yamen.entities.title import Title
from yamen.entities.titles import post_forms

# After a heading: 名单 (a list's title line), then a colon or the end of the line, then
# up to two lines of notes in brackets (（205名）, （按姓氏笔画为序排列）).
_HEADING_END = re.compile(
    r"(?:名单)?(?:[：:][ \t]*\n?|[ \t]*\n)(?:[ \t]*[（(][^）)\n]{0,40}[）)][ \t]*\n){0,2}[ \t]*"
)
# What may open a heading's line: nothing, or a list number (一、, 五、).
_LINE_OPENING = re.compile(r"[ \t]*(?:[一二三四五六七八九十]+、)?")
# After a post line's post: a note, then the names after spaces or on the next line.
_AFTER_POST = (r"[ \t]*(?:[（(][^）)\n]{0,40}[）)])?"
               r"(?:[ \t\u3000]+|[ \t]*\n(?:[ \t]*[（(][^）)\n]{0,40}[）)][ \t]*\n)?)")
ROSTER_SEPARATORS = "、 \u3000"
# A line of names spaced apart, each maybe with a note: 王凯（河南） 王勇 艾尔肯·吐尼亚孜.
# A name in a spaced list: a dotted foreign name, or two to six characters (帕松列龙庄勐).
_ROSTER_NAME = r"(?:[\u4e00-\u9fff]{1,7}(?:·[\u4e00-\u9fff]{1,7})+|[\u4e00-\u9fff]{2,6})"
_ROSTER_NOTE = r"(?:[（(][^）)\n]{1,12}[）)])?"
_SPACED_LIST = re.compile(
    rf"{_ROSTER_NAME}{_ROSTER_NOTE}(?:[ \t\u3000]+{_ROSTER_NAME}{_ROSTER_NOTE})*[ \t\u3000]*"
)
_SPACED_ITEM = re.compile(rf"(?P<name>{_ROSTER_NAME}){_ROSTER_NOTE}(?=[ \t\u3000]|$)")


def opens_line(text: str, at: int) -> bool:
    """Whether a heading starts its line (一、中央政治局委员 or 出席的有：…)."""
    line_start = text.rfind("\n", 0, at) + 1
    return _LINE_OPENING.fullmatch(text, line_start, at) is not None


def roster(text: str, titles: list[Title], start: int, end: int,
           words: dict[int, Entity], stops: set[int]) -> list[tuple[Span, list[Title]]]:
    """The names a heading chain (``titles`` over [start, end)) lists, each with its posts."""
    if not opens_line(text, start):
        return []
    heading = _HEADING_END.match(text, end)
    if heading is None:
        return []
    if "\n" in heading.group():
        by_post = _post_lines(text, titles, heading.end(), words, stops)
        if by_post:
            return by_post
    return [(span, titles) for span in roster_names(text, heading.end(), words, stops)]


def roster_names(text: str, at: int, words: dict[int, Entity], stops: set[int]) -> list[Span]:
    """The names of a roster starting at ``at``.

    Names separated by 、 are read as in running text; in a list spaced out on its own
    line, every run of characters between the spaces is a name (巨乾生, 艾尔肯·吐尼亚孜),
    since nothing but names stands there — the run must be two to four characters, or
    a dotted foreign name.
    """
    line_end = text.find("\n", at)
    line = text[at:line_end if line_end >= 0 else len(text)]
    if "、" in line or not _SPACED_LIST.fullmatch(line):
        return list_after(text, at, words, stops, first=True, separators=ROSTER_SEPARATORS)
    items = (_SPACED_ITEM.match(line, m.start()) for m in re.finditer(r"[^ \t\u3000]+", line))
    return [Span(at + m.start("name"), at + m.end("name")) for m in items if m is not None]


def _post_lines(text: str, titles: list[Title], at: int, words: dict[int, Entity],
                stops: set[int]) -> list[tuple[Span, list[Title]]]:
    """主 席 习近平 / 副主席 张又侠 何卫东: each line's post, matched to the heading's titles."""
    lines = [(_post_line(form), title) for title in titles for form in post_forms(title.post)]
    lines.sort(key=lambda pair: len(pair[0].pattern), reverse=True)
    found: list[tuple[Span, list[Title]]] = []
    while at < len(text):
        match = next(((m, title) for line, title in lines if (m := line.match(text, at))), None)
        if match is None:
            break
        listed = roster_names(text, match[0].end(), words, stops)
        if not listed:
            break
        found += [(span, [match[1]]) for span in listed]
        next_line = text.find("\n", listed[-1].end)
        if next_line < 0:
            break
        at = next_line + 1
    return found


def _post_line(post: str) -> re.Pattern[str]:
    """A post line for ``post``: its number, the post (maybe spaced out: 主 席), the names."""
    spaced = "[ \t\u3000]?".join(map(re.escape, post))
    return re.compile(rf"[ \t]*(?:[一二三四五六七八九十]+、)?{spaced}{_AFTER_POST}")


# A caption before a speaker's words: 南宁市委书记 陈武： (titles and name spaced apart).
_CAPTION_GAP = re.compile(r"[ \t\u3000]{1,2}")
_CAPTION_END = re.compile(r"[（(][^）)\n]{1,8}[）)]|")


def captioned(text: str, chains: list[Chain], index: int,
               words: dict[int, Entity]) -> Span | None:
    """南宁市委书记 陈武：: a name after a space, then the colon of a caption — or the end
    of the line, when the caption is a line of its own (北京市副市长 张工⏎)."""
    chain = chains[index]
    gap = _CAPTION_GAP.match(text, chain.end)
    if gap is None:
        return None
    span = name_at(text, gap.end(), words)
    if span is None:
        return None
    note = _CAPTION_END.match(text, span.end)
    at = note.end() if note else span.end
    if text.startswith(("：", ":"), at):
        return span
    own_line = opens_line(text, caption_chains(text, chains, index)[0].start)
    return span if own_line and (at == len(text) or text[at] == "\n") else None


def caption_chains(text: str, chains: list[Chain], index: int) -> list[Chain]:
    """The chains of one caption: 广西壮族自治区党委常委 南宁市委书记 陈武 → both chains."""
    found = [chains[index]]
    while index > 0:
        before = chains[index - 1]
        gap = text[before.end:found[0].start]
        if not gap or _CAPTION_GAP.fullmatch(gap) is None:
            break
        found.insert(0, before)
        index -= 1
    return found
