"""The structure stage: who published the report (outlet) and who wrote it (byline).

Everything here reads the Simplified view, whose offsets are those of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from yamen.document import Document, Span
from yamen.lexicon import rows, surnamed

# The lead names the outlet within its first characters: 广州日报讯, 新华社北京6月24日电,
# 央视网消息（新闻联播）：. Further in, an outlet name is a source cited, not the publisher.
LEAD_WINDOW = 40
# A byline sits in the last lines; a parenthesis higher up is part of the story.
BYLINE_WINDOW = 200
MIN_BARE_BYLINE = 2

NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
# Byline labels and whom they name. A label's names run to the next label.
REPORTER_LABELS = ("记者", "通讯员", "摄影", "撰稿", "见习记者")
EDITOR_LABELS = ("视频编辑", "文字编辑", "责任编辑", "编辑", "责编", "校对", "审核", "审校", "主编")
_LABEL = re.compile(
    "(" + "|".join(sorted((*REPORTER_LABELS, *EDITOR_LABELS), key=len, reverse=True)) + r")"
    r"\s*[:：/]?\s*"
)
# A site's or paper's name before the person's (（编辑: 广州网 龙煜）) is no person.
_NOT_PERSON = re.compile(r"(?:网|报|台|社|中心)$")
_LABEL_BEFORE = frozenset(" \t\u3000、，,；;|/")
_PAREN = re.compile(r"[（(]([^（()）\n]{2,80})[)）]")
_TOKEN = re.compile(r"[^、，,\s]+")


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    scope: str  # national | province | prefecture
    province: str | None
    prefecture: str | None


@cache
def outlets() -> dict[str, Outlet]:
    """Every outlet name and alias → the outlet (data/outlets.tsv)."""
    table: dict[str, Outlet] = {}
    for row in rows("outlets.tsv"):
        name, aliases, scope, province, prefecture = (*row, "", "", "", "")[:5]
        outlet = Outlet(name, scope, province or None, prefecture or None)
        for alias in (name, *filter(None, aliases.split(","))):
            table[alias] = outlet
    return table


def home_of(outlet_name: str | None) -> dict[str, str]:
    """The jurisdictions a local outlet's bare titles belong to: {"province": …, "prefecture": …};
    empty for a national or unknown outlet."""
    outlet = outlets().get(outlet_name or "")
    if outlet is None or outlet.scope == "national":
        return {}
    home = {"province": outlet.province or ""}
    if outlet.prefecture:
        home["prefecture"] = outlet.prefecture
    return home


@cache
def _lead_pattern() -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, outlets()), key=len, reverse=True))
    return re.compile(
        rf"(?P<name>{names})(?:[（(][^）)]{{0,8}}[)）])?"
        r"(?:讯|消息|[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电|[\u4e00-\u9fff]{0,6}电|报道|记者)"
    )


def find_outlet(simplified: str) -> tuple[Outlet, Span] | None:
    """The outlet the lead names (广州日报讯, 新华社北京…电, 央视网消息), with its span."""
    match = _lead_pattern().search(simplified, 0, LEAD_WINDOW)
    if match is None:
        return None
    return outlets()[match["name"]], Span(match.start("name"), match.end("name"))


@dataclass(slots=True)
class Byline:
    reporters: list[tuple[str, Span]] = field(default_factory=list)
    editors: list[tuple[str, Span]] = field(default_factory=list)


def find_byline(simplified: str) -> Byline:
    """Reporters and editors from the byline at the end of the text.

    Forms: （徐林、骆骁骅、岳宗） (reporters, names only), （编辑: 广州网 龙煜） (an editor
    after the site's name), (视频编辑：X 文字编辑：Y), （记者 X 通讯员 Y）, 责任编辑：X.
    """
    byline = Byline()
    start = max(0, len(simplified) - BYLINE_WINDOW)
    for paren in _PAREN.finditer(simplified, start):
        inner, offset = paren.group(1), paren.start(1)
        # a label opens the bracket or follows a separator (not 审核 in 审核查验等工作)
        labels = [m for m in _LABEL.finditer(inner)
                  if m.start() == 0 or inner[m.start() - 1] in _LABEL_BEFORE]
        if not labels:
            names = list(_TOKEN.finditer(inner))
            # A bare parenthesis is a byline only as a list of names (（徐林、骆骁骅、岳宗）);
            # one word alone in brackets is more often a stage note (（连续报道）, （完）).
            if len(names) >= MIN_BARE_BYLINE and all(surnamed(m.group()) for m in names):
                byline.reporters += [(m.group(), Span(offset + m.start(), offset + m.end()))
                                     for m in names]
            continue
        ends = [m.start() for m in labels[1:]] + [len(inner)]
        for label, end in zip(labels, ends, strict=True):
            people = byline.reporters if label.group(1) in REPORTER_LABELS else byline.editors
            for token in _TOKEN.finditer(inner, label.end(), end):
                name = token.group()
                if NAME.fullmatch(name) and not _NOT_PERSON.search(name):
                    people.append((name, Span(offset + token.start(), offset + token.end())))
    return byline


def structure(doc: Document) -> Document:
    """Fill the outlet and the byline."""
    found = find_outlet(doc.simplified)
    if found is not None:
        doc.outlet = found[0].name
    byline = find_byline(doc.simplified)
    doc.byline = {
        "reporters": [name for name, _ in byline.reporters],
        "editors": [name for name, _ in byline.editors],
    }
    for role, people in (("reporter", byline.reporters), ("editor", byline.editors)):
        for name, span in people:
            doc.persons.append({
                "name": name,
                "surface": doc.text[span.start:span.end],
                "positions": [],
                "roles": [role],
                "mentions": [span.as_list()],
            })
    return doc
