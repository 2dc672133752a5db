"""One title as read, and the label and position it gives: the record a chain holds.

Kept apart from :mod:`yamen.entities.titles` (which reads titles out of text) so that
both the reader and the modules that only handle read titles share one small module.
"""

from __future__ import annotations

from dataclasses import dataclass

from yamen.document import Span

# Bare level words and the kind of division each stands for.
LEVELS = {"自治区": "province", "省": "province", "市": "prefecture", "州": "prefecture",
          "县": "county", "区": "county"}
LEVELS_LONGEST = tuple(sorted(LEVELS, key=len, reverse=True))
# Posts that name their own level, and so stand alone at the head of a chain (副省长张三).
LEVEL_POSTS = {
    post: level
    for level in ("省", "市", "县", "区", "州")
    for post in (f"{level}长", f"副{level}长", f"常务副{level}长", f"代{level}长", f"{level}长助理")
}
# A government's heads are written without the government's name: 广东省长, 广西壮族自治区主席.
GOVERNMENT = frozenset({"人民政府", "政府"})
GOVERNMENT_HEADS = frozenset({*LEVEL_POSTS, "主席", "副主席", "常务副主席"})
FORMER_BEFORE = ("时任", "原任", "原", "前任")


@dataclass(slots=True)
class Title:
    """One title in a chain, as read; ``jurisdiction`` is filled when resolved."""

    span: Span
    post: str
    org: str = ""  # the body as written out after the jurisdiction: 委, 人民政府
    jurisdiction: str | None = None  # full name (a country for a foreign post)
    level: str | None = None  # a bare level (省, 市) still to resolve
    fixed: tuple[str, str] | None = None  # (label, body) of a title read whole
    former: bool = False
    prefix: str = ""  # the organisation a jurisdiction's committee is of: 共青团 (安徽省委)

    @property
    def _place(self) -> str:
        return self.jurisdiction or ("" if self.post in LEVEL_POSTS else self.level or "")

    def _body(self, place: str) -> str:
        # 蔚县 + 委 → 蔚县县委: a one-character name keeps its level word before a committee
        short = self.jurisdiction is not None and len(place) <= 2
        return f"{place[-1]}{self.org}" if short and self.org == "委" else self.org

    @property
    def foreign(self) -> bool:
        """A post of another country (越南国家主席, 越共中央总书记)."""
        return self.fixed is not None and self.jurisdiction is not None

    @property
    def label(self) -> str:
        if self.fixed is not None:
            return self.fixed[0]
        place, post = self._place, self.post
        short = self.jurisdiction is not None and len(place) <= 2
        body = self._body(place)
        if body in GOVERNMENT and post in GOVERNMENT_HEADS:
            body = ""  # 广西壮族自治区人民政府主席 → 广西壮族自治区主席, as 广东省长
        if not body and place and not short and post.startswith(place[-1]):
            post = post[1:]  # 天津市 + 市长 → 天津市长 (广东省 + 副省长 stays 广东省副省长)
        return f"{self.prefix}{place}{body}{post}"

    def position(self) -> dict[str, object]:
        if self.fixed is not None:
            org: str | None = self.fixed[1] or None
        else:
            place = self._place
            written = self._body(place) or ("人民政府" if self.post.endswith("长") else "")
            org = f"{self.prefix}{place}{written}" if written and place else None
        return {
            "label": self.label,
            "title": self.post,
            "org": org,
            "jurisdiction": self.jurisdiction,
            "evidence": self.span.as_list(),
            "status": "former" if self.former else "current",
        }


_CENTRAL_ORGAN = "中央"


def central_organ(title: Title) -> Title:
    """白俄罗斯共产党中央第一书记: a post of a party's central committee keeps 中央 in the
    body (白俄罗斯共产党中央), as a listed party's does."""
    if title.fixed is None or not title.post.startswith(_CENTRAL_ORGAN):
        return title
    label, body = title.fixed
    return Title(title.span, title.post[len(_CENTRAL_ORGAN):], jurisdiction=title.jurisdiction,
                 fixed=(label, f"{body}{_CENTRAL_ORGAN}"), former=title.former)
