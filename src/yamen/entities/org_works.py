"""Works and companies the model writes as a place and a noun (琉璃河|水泥厂, 长江轮船|海外旅游
总公司) or tags a place as a whole (月山车站汽车运贸公司/LOC), and foreign parties it writes as
a proper noun (罗社会民主主义党/nz)."""

from __future__ import annotations

import re
from typing import Any

from yamen.document import Span
from yamen.entities.named_orgs import country_written_short

# The model's words of a works after its place (琉璃河|水泥厂, 济南|污水处理|厂, 黄石|单板|厂):
# the place or name, then one or two nouns ending in 厂; not a kind (中国工厂, 江西籍厂).
_WORKS_HEAD = frozenset({"LOC", "ORG", "ns"})
_WORKS_WORD = frozenset({"n", "vn", "nz", "s"})
# A company's own name after its place (长江轮船|海外旅游总公司): the noun writes its trade
# before the company word; a kind (有关公司, 各公司, 子公司, 分公司) is no name.
_COMPANY = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![子分])(?:总公司|公司)$")
_KIND = re.compile(r"^(?:有关|相关|各|该|这|那|其|本|多|几|一|两|大型|国有|民营|外资|合资|上市)")
# A company the model tags as a place (组建了|月山车站汽车运贸公司/LOC): its trade and the
# company word are no place's.
_PLACE_COMPANY = re.compile(r"^[\u4e00-\u9fff]{4,14}(?:总公司|有限公司|公司)$")


def _own_word(own: str, size: int, run: list[Any], head: Any) -> bool:
    if own.endswith("厂"):
        return len(own) >= 2 and own != "工厂" and (size == 1 or len(run[0].text) >= 2)
    # a company after a place only (国际/ORG|评级|机构标普全球公司: a description, not a name)
    return (head.tag != "ORG" and _COMPANY.search(own) is not None and not _KIND.match(own)
            and "机构" not in own)


def works(entities: list[Any], countries: set[str]) -> list[tuple[str, Span]]:
    """Factories and companies named after their place by the model's words."""
    out: list[tuple[str, Span]] = []
    for at, head in enumerate(entities):
        if head.tag not in _WORKS_HEAD or head.text in countries or len(head.text) < 2:
            continue
        if head.tag == "LOC" and _PLACE_COMPANY.match(head.text):
            out.append((head.text, Span(head.start, head.end)))
            continue
        if head.text.endswith(("籍", "人", "方")):  # 乐东籍|电厂: its people
            continue
        words_after = entities[at + 1:at + 3]
        for size in (1, 2):
            run = words_after[:size]
            if len(run) < size or any(w.tag not in _WORKS_WORD for w in run):
                break
            if any(a.end != b.start for a, b in zip([head, *run], run, strict=False)):
                break
            own = "".join(w.text for w in run)
            if _own_word(own, size, run, head):
                out.append((head.text + own, Span(head.start, run[-1].end)))
                break
    return out


# A party of a known family written as one proper noun (罗社会民主主义党/nz, 保加利亚社会党/nz):
# its own words, then the family's ending; a country's one-character abbreviation may open it.
_PARTY = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:社会民主主义党|社会民主党|社会党|共产党|工人党|人民党|民主党|自由党"
    r"|保守党|国民党|劳工党|正义党|进步党)$"
)


def party_words(view: str, entities: list[Any], named: set[str]) -> list[tuple[str, Span]]:
    """Parties the model writes as a proper noun (nz), by their country when it is abbreviated
    (罗社会民主主义党 → 罗马尼亚社会民主主义党)."""
    out: list[tuple[str, Span]] = []
    for word in entities:
        if word.tag != "nz" or not _PARTY.match(word.text) or _KIND.match(word.text):
            continue
        country = country_written_short(view, word.start, named, overlap=True)
        name = country + word.text[1:] if country else word.text
        out.append((name, Span(word.start, word.end)))
    return out
