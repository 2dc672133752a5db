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

NAME = r"[\u4e00-\u9fff·]{2,6}"
_EDITOR_LABEL = r"(?:视频编辑|文字编辑|责任编辑|编辑|责编)"
_REPORTER_LABEL = r"(?:记者|通讯员|摄影|撰稿)"
# What follows an editor label up to the next label: a name, or a site's name and a name.
_EDITOR = re.compile(_EDITOR_LABEL + r"\s*[:：]\s*(.*?)\s*(?=" + _EDITOR_LABEL + r"|$)")
_REPORTER = re.compile(_REPORTER_LABEL + r"\s*[:：]?\s*(" + NAME + r"(?:[、\s]+" + NAME + ")*)")
_PAREN = re.compile(r"[（(]([^（()）\n]{2,80})[)）]")
_LIST_SEP = re.compile(r"[、，,\s]+")


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

    Forms: （徐林、骆骁骅、岳宗） (reporters, names only), （编辑: 广州网 龙煜） (an
    editor after the site's name), (视频编辑：X 文字编辑：Y), 记者 X, 责任编辑：X.
    """
    byline = Byline()
    start = max(0, len(simplified) - BYLINE_WINDOW)
    for paren in _PAREN.finditer(simplified, start):
        inner, offset = paren.group(1), paren.start(1)
        editors = list(_EDITOR.finditer(inner))
        for match in editors:
            # 广州网 龙煜: the site's name may stand before the editor's.
            value = match.group(1)
            name = value.split()[-1] if value.split() else ""
            if re.fullmatch(NAME, name):
                at = offset + match.start(1) + len(value) - len(name)
                byline.editors.append((name, Span(at, at + len(name))))
        if editors:
            continue
        reporters = _REPORTER.search(inner)
        listed = inner[reporters.start(1):] if reporters else inner
        base = offset + (reporters.start(1) if reporters else 0)
        names = [(m.group(), m.start()) for m in re.finditer(r"[^、，,\s]+", listed)]
        # A bare parenthesis is a byline only as a list of names (（徐林、骆骁骅、岳宗）);
        # one word alone in brackets is more often a stage note (（连续报道）, （完）).
        enough = reporters is not None or len(names) >= MIN_BARE_BYLINE
        if names and enough and all(surnamed(name) for name, _ in names):
            for name, at in names:
                byline.reporters.append((name, Span(base + at, base + at + len(name))))
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
