"""Record entries for the places found: one per place name, with the code of the division
meant; and the places a foreign locator licenses (得州休斯敦市, 南苏丹朱巴). Split from
:mod:`yamen.entities.places` to keep it small."""

from __future__ import annotations

import re
from collections.abc import Sequence

from yamen.entities.gazetteer import Gazetteer, Match, Place, word_list
from yamen.entities.ner import Entity

# What follows a foreign locator without being a place abroad (美国东部, 俄方, 叙利亚境内,
# 伊朗伊斯兰共和国, 巴西劳工党, 叙利亚库尔德武装), and the first words of longer names the
# model cuts (巴勒斯坦伊斯兰|抵抗运动, 加拿大不列颠|哥伦比亚省).
NOT_ABROAD_ENDINGS = (
    "地区", "方", "部", "境内", "边境", "国内", "全境", "当局", "政府", "共和国", "党", "武装",
    "军", "联盟", "运动", "利率", "议会", "宗教",
)
NOT_ABROAD_NAMES = ("伊斯兰", "不列颠", "东南", "西南", "东北", "西北")  # 柏林西南|哈韦尔河


def records(matches: list[Match], gaz: Gazetteer) -> list[dict]:
    """One record entry per place name, in order of first mention."""
    context = {
        m.place.adcode for m in matches if m.place and m.place.adcode and len(m.candidates) <= 1
    }
    grouped: dict[str, list[Match]] = {}
    ordered = sorted(matches, key=lambda m: (m.start, m.end))
    alias = _region_aliases(ordered)
    for match in ordered:
        assert match.place is not None
        grouped.setdefault(alias.get(match.place.name, match.place.name), []).append(match)
    out: list[dict] = []
    for name, group in grouped.items():
        place = group[0].place
        assert place is not None
        out.append(
            {
                "name": name,
                "kind": place.kind,
                "adcode": _adcode(group, context, gaz),
                "mentions": [[m.start, m.end] for m in group],
            }
        )
    return out


def _region_aliases(ordered: list[Match]) -> dict[str, str]:
    """东北 and 东北地区 (上海自贸区 and 上海自贸试验区) in one document are one region
    (CONVENTIONS: aliases merge): both go under the form written first."""
    first: dict[str, str] = {}
    for m in ordered:
        if m.place is not None and m.place.kind == "region":
            first.setdefault(_region_key(m.place.name), m.place.name)
    return {
        m.place.name: first[_region_key(m.place.name)] for m in ordered
        if m.place is not None and m.place.kind == "region"
    }


# The long and short names of a free-trade zone (上海自由贸易试验区, 上海自贸试验区, 上海自贸区).
_ZONE_NAMES = re.compile("自由贸易试验区|自贸试验区|自由贸易区")


def _region_key(name: str) -> str:
    """东北地区 → 东北, 上海自贸试验区 → 上海自贸区: one key for the forms of one region."""
    return _ZONE_NAMES.sub("自贸区", name.removesuffix("地区"))


def _adcode(group: list[Match], context: set[str], gaz: Gazetteer) -> str | None:
    """The code of the one division meant: by the document's other places, else if unique."""
    candidates = {
        p.adcode: p for m in group for p in (m.candidates or (m.place,)) if p and p.adcode
    }
    if len(candidates) <= 1:
        return next(iter(candidates), None)
    located = [c for c, p in candidates.items() if gaz.ancestors(p) & context]
    if len(located) == 1:
        return located[0]
    current = [c for c, p in candidates.items() if p.status == "current"]
    return current[0] if len(current) == 1 else None


def abroad_ends(taken: list[Match]) -> dict[int, int]:
    """End → start of the matches that name a country or a place abroad (not China)."""
    return {
        m.end: m.start for m in taken
        if m.place is not None and m.place.kind in ("country", "foreign") and m.place.name != "中国"
    }


def after_country(
    view: str, entity: Entity, abroad: dict[int, int], covered: bytearray | Sequence[int]
) -> list[Match]:
    """A model LOC word that begins with a country or a place abroad and goes on into a name
    nobody matched (南苏丹朱巴, 苏丹达尔富尔): the rest is a place abroad, the first its
    locator (CONVENTIONS: locator prefixes drop)."""
    for cut in range(entity.start + 1, entity.end - 1):
        if abroad.get(cut) == entity.start and not any(covered[cut:entity.end]):
            return abroad_word(view[cut:entity.end], cut)
    return []


def abroad_word(word: str, start: int, alone: bool = False) -> list[Match]:
    """A place abroad right after its foreign locator (得州|休斯敦市 → 休斯敦): a name at least
    half in transliteration letters, not a direction, side or body (美国东部, 俄方).
    ``alone``: the model tagged the word by itself, so two characters may do (泰国|清迈)."""
    name = word[:-1] if word.endswith("市") and len(word) > 2 else word
    letters = word_list("transliteration_char")
    if (
        len(name) < 2 or 2 * sum(c in letters for c in name) < len(name)
        or (len(name) == 2 and not alone and not all(c in letters for c in name))
        or name.endswith(NOT_ABROAD_ENDINGS) or name.startswith(NOT_ABROAD_NAMES)
        or name in word_list("not_site")
    ):
        return []
    return [Match(start, start + len(word), Place(name, "foreign"))]
