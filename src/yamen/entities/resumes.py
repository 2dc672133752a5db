"""Official CVs (简历): every post on a CV's lines is its subject's.

An appointment or a congress publishes its officials' CVs in a fixed form::

    李克强同志简历
    李克强，男，汉族，1955年7月生，安徽定远人，…
    现任中央政治局常委，国务院总理、党组书记。
    1998－1999年 河南省委副书记、代省长
    2013－ 中央政治局常委，国务院总理、党组书记
    第十五届、…、十九届中央委员，十七届、十八届、十九届中央政治局委员、常委。第八届全国人大常委会委员。

The subject is named by the heading (A同志简历) or the opening line (A，男，…). A line's
posts are past when its period is closed (1998－1999年) and current when it is open
(2013－); the 现任 sentence's posts are current — in a CV of one paragraph too (A，男，…，
现任…). The closing lines list the Central
Committees, Congresses and CPPCCs the subject sat on: a term is past when the next one
opened by the CV's latest year (``data/terms.tsv``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from yamen.document import Span
from yamen.entities.appointments import Holder
from yamen.entities.positions import Chain
from yamen.lexicon import rows

_HEADING = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,12}?)(?:同志)?(?:简历|简介|生平)[ \t]*$", re.M)
_OPENING = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,12}?)[，,](?:男|女)[，,]", re.M)
# A period at a line's start: 1998－1999年, 2013－, 1991.09－1991.11, 1988年至1992年.
_PERIOD = re.compile(
    r"^[ \t]*(?P<first>(?:19|20)\d\d)(?:[.．]\d{1,2})?年?(?:\d{1,2}月)?[ \t]*[－—–\-~～至][ \t]*"
    r"(?P<last>(?:19|20)\d\d)?(?:[.．]\d{1,2})?年?(?:\d{1,2}月)?",
    re.M,
)
_CURRENT = re.compile(r"现任")
_SENTENCE_END = re.compile(r"[。\n]")
# The terms written before a closing line's post: 第十五届、十六届、…、十九届.
_TERMS = re.compile(r"(?:第?[一二三四五六七八九十]+届[、，,]?)+(?:中共)?$")
_TERM = re.compile(r"([一二三四五六七八九十]+)届")
TERMS_WINDOW = 80  # how far back the term numbers of a closing line may reach
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_BODY_OF_LABEL = (("全国人大", "npc"), ("全国政协", "cppcc"), ("中央", "party"))


def cv_holders(text: str, chains: list[Chain]) -> dict[int, list[Holder]]:
    """For the chains on a CV's lines, its subject (by chain index), past or current."""
    subject = _subject(text)
    if subject is None:
        return {}
    periods = [(m.start(), _line_end(text, m.end()), m.group("last") is not None,
                int(m.group("last") or m.group("first"))) for m in _PERIOD.finditer(text)]
    if not periods:
        return _inline(text, chains, subject)
    latest = max(year for *_, year in periods)
    currents = [(m.end(), _end_of_sentence(text, m.end())) for m in _CURRENT.finditer(text)
                if m.start() >= subject.start]
    last_period = max(end for _, end, _, _ in periods)
    found: dict[int, list[Holder]] = {}
    period_starts = [p[0] for p in periods]  # in text order, as found
    current_starts = [start for start, _ in currents]
    for i, chain in enumerate(chains):
        if chain.start < subject.start:
            continue
        at = bisect_right(period_starts, chain.start) - 1
        period = periods[at] if at >= 0 and chain.start < periods[at][1] else None
        now = bisect_right(current_starts, chain.start) - 1
        if period is not None:
            found[i] = [Holder(subject, former=period[2])]
        elif now >= 0 and chain.start < currents[now][1]:
            found[i] = [Holder(subject)]
        elif chain.start >= last_period and (terms := _TERMS.search(
                text, max(0, chain.start - TERMS_WINDOW), chain.start)):
            found[i] = [Holder(subject, former=_past_term(terms.group(), chain, latest))]
    return found


def _subject(text: str) -> Span | None:
    """The CV's subject: the name its heading or opening line gives, at the opening line."""
    opening = _OPENING.search(text)
    heading = _HEADING.search(text)
    if opening is None:
        return None
    if heading is not None and heading.group("name") != opening.group("name"):
        return None
    return Span(opening.start("name"), opening.end("name"))


# A CV written in one paragraph (A，男，…，曾任…，现任…。): what its posts follow.
_INLINE = re.compile(r"(?P<past>曾任|历任|曾担任)|现任")
_CLAUSE_END = re.compile(r"[。\n]|[，,；;](?=现任|曾任|历任)")


def _inline(text: str, chains: list[Chain], subject: Span) -> dict[int, list[Holder]]:
    """毛伟明，男，汉族，1961年5月生，…，现任湖南省委副书记、省长: the posts after 现任 (and,
    past, after 曾任) in the subject's opening paragraph are the subject's."""
    end = _line_end(text, subject.end)
    spans = []
    for verb in _INLINE.finditer(text, subject.end, end):
        stop = _CLAUSE_END.search(text, verb.end(), end)
        spans.append((verb.end(), stop.start() if stop else end, verb.group("past") is not None))
    return {i: [Holder(subject, former=past)] for i, chain in enumerate(chains)
            for start, stop, past in spans if start <= chain.start < stop}


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _end_of_sentence(text: str, at: int) -> int:
    found = _SENTENCE_END.search(text, at)
    return found.start() if found else len(text)


def _past_term(terms: str, chain: Chain, latest: int) -> bool:
    """Whether the last of the terms written before a closing line's chain is over by the
    CV's latest year: the next term of that body had opened."""
    numbers = [_number(m.group(1)) for m in _TERM.finditer(terms)]
    label = chain.titles[0].label
    body = next((kind for prefix, kind in _BODY_OF_LABEL if label.startswith(prefix)), None)
    if not numbers or body is None:
        return True
    opened = _opened().get((body, numbers[-1] + 1))
    return opened is not None and opened <= latest


def _number(numeral: str) -> int:
    """十九 → 19, 八 → 8, 二十 → 20."""
    if "十" not in numeral:
        return _DIGITS.get(numeral, 0)
    tens, _, units = numeral.partition("十")
    return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)


@cache
def _opened() -> dict[tuple[str, int], int]:
    """(body, term) → the year the term opened, from ``data/terms.tsv``."""
    return {(body, int(term)): int(year) for body, term, year in rows("terms.tsv")}
