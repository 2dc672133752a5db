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
# Suffixes of foreign divisions (丘布特省, 肯特郡, 维也纳市).
FOREIGN_SUFFIXES = "市省州郡邦县区"
# Words that open a phrase after the locator, not a name (美国多州, 冲绳县内搬迁, 该国各地).
NOT_ABROAD_OPENERS = tuple("多内各全该每")
# The part of the country before a division's name in one model word (印度西部马哈拉施特拉邦).
_PART_OPENER_RE = re.compile(r"(?:[东西]?[南北]|[东西中])部")
# A count after the name (纽约曼哈顿一家酒店), or a day the model took in (斯诺霍米什县22号): the
# name ends before it.
_COUNT_AFTER_RE = re.compile(r"一[家所处座个名]$|[0-9０-９]+[号日]$")


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


# The title of a division's head after its name (泰米尔纳德邦邦长, 密歇根州州长).
_HEAD_TITLE_RE = re.compile(r"(?<=[邦州省市县郡])(?:邦|州|省|市|县|郡)?长")


def abroad_word(word: str, start: int, alone: bool = False) -> list[Match]:
    """A place abroad right after its foreign locator (得州|休斯敦市 → 休斯敦): a name at least
    half in transliteration letters, not a direction, side or body (美国东部, 俄方).
    ``alone``: the model tagged the word by itself, so two characters may do (泰国|清迈)."""
    title = _HEAD_TITLE_RE.search(word, 2)
    if title is not None:  # 泰米尔纳德邦|邦长普罗希特: the division, then its head
        word = word[:title.start()]
    count = _COUNT_AFTER_RE.search(word)
    if count is not None:  # 曼哈顿|一家
        word = word[:count.start()]
    if word.startswith(NOT_ABROAD_OPENERS):
        return []
    part = _PART_OPENER_RE.match(word)
    if part is not None and len(word) - part.end() >= 3:  # 印度|西部|马哈拉施特拉邦
        word, start = word[part.end():], start + part.end()
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


# Words that name a place abroad by its kind right after the country (保加利亚南部城市|哈斯科沃,
# 纳米比亚首都|温得和克): the transliterated word after one is the place, whatever the model
# tagged it (often a person). A part of the country (南部, 东北部) or 的 may stand between.
_KIND_CUE_RE = re.compile(
    r"(?:[东南西北中]{1,2}部|的)?(?:港口城市|边境城市|工业城市|城市|港市|首都|首府|省会|小镇|小城|重镇)$"
)
KIND_CUE_WINDOW = 9
# A dateline: the outlet, the place, the day (本报波恩5月25日电, 新华社温得和克3日电).
_DATELINE_BEFORE = ("本报", "新华社", "中新社")
_DATELINE_AFTER_RE = re.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日电")


def named_by_cue(view: str, entity: Entity, abroad: dict[int, int]) -> list[Match]:
    """A transliterated word the model tags as a person or place, named as a place abroad by
    the words around it: a kind of place after a country (城市, 首都), or a dateline."""
    word = view[entity.start:entity.end]
    letters = word_list("transliteration_char")
    if len(word) < 2 or not all(c in letters for c in word):
        return []
    if view.endswith(_DATELINE_BEFORE, 0, entity.start) and _DATELINE_AFTER_RE.match(
        view, entity.end
    ):
        return [Match(entity.start, entity.end, Place(word, "foreign"))]
    before = view[max(0, entity.start - KIND_CUE_WINDOW):entity.start]
    cue = _KIND_CUE_RE.search(before)
    if cue is None or (entity.start - len(before) + cue.start()) not in abroad:
        return []
    return [Match(entity.start, entity.end, Place(word, "foreign"))]


# A feature's name with the word for on or beside it (鸭涌河上, 黄浦江边): the feature.
_FEATURE_AT_RE = re.compile(r"[河江湖山海岛](?:上|边|畔)$")


# Prefixes of across and around before a feature (跨里海运输通道, 环太湖).
SPAN_PREFIXES = "跨环"


def trimmed_word(view: str, entity: Entity, covered: bytearray) -> tuple[Entity, str]:
    """The model's LOC word without a postposition it took in (鸭涌河上 → 鸭涌河), or with the
    community it left out (天津|朝阳里|社区 → 朝阳里社区)."""
    word = entity.text
    if entity.tag == "LOC" and word[:1] in SPAN_PREFIXES and (
        word[1:] in word_list("tagged_short_feature")
    ):  # 跨里海, 环太湖: the sea or lake the phrase goes across or around
        entity = Entity("LOC", entity.start + 1, entity.end, word[1:])
        return entity, entity.text
    if entity.tag == "LOC" and _FEATURE_AT_RE.search(word) and len(word) >= 4:
        cut = 2 if word[-3] == word[-2] else 1  # 南太湖|湖畔: the lake, then its shore
        entity = Entity("LOC", entity.start, entity.end - cut, word[:-cut])
        if entity.text[0] in "东南西北" and entity.text[1:] in word_list("tagged_short_feature"):
            entity = Entity("LOC", entity.start + 1, entity.end, entity.text[1:])  # 南|太湖
    elif entity.tag == "LOC" and len(word) >= 5 and word[0] in "镇乡" and word[-1] == "村" and (
        "\u4e00" <= view[entity.start - 1:entity.start] <= "\u9fff"
    ):  # 网市|镇沙矶头村: the township's 镇 closes the name before; the village follows
        entity = Entity("LOC", entity.start + 1, entity.end, word[1:])
    elif entity.tag == "LOC" and view.startswith("社区", entity.end) and len(word) >= 2 and not (
        any(covered[entity.end:entity.end + 2])
    ):
        entity = Entity("LOC", entity.start, entity.end + 2, word + "社区")
    return entity, entity.text


# Feature endings a foreign name may take in the model's second word (巴尔赛|亚山).
CUT_FEATURE_ENDINGS = "山河湖岛"
# Tags of one-character words that are no letter of a name (在, 和, 的, 、, 里 as 县里).
NOT_LETTER_TAGS = frozenset(("p", "c", "u", "w", "f", "m", "q", "r", "d", "xc"))
# At most this many one-letter words between a foreign name and its suffix (康斯坦|察|省).
MAX_CUT_LETTERS = 2


def joined(
    entities: Sequence[Entity], covered: bytearray, chars: dict[str, tuple[str, ...]],
    named: set[str],
) -> list[Entity]:
    """The model's words, with a foreign division's name the model cut in two joined again:
    a person or place, then a place with its suffix (辛菲罗|波尔市, 塔|科马市, 莱克|伍德县,
    巴尔赛|亚山); a one-letter word, then a place with its suffix (纳/v|亚里特州); a place, one
    or two one-letter words, then the suffix alone (康斯坦|察/v|省/n).
    Not after a division with its own suffix (莱特省|阿朗阿朗市) nor after a side the text
    names (俄|库尔斯克州, with 俄罗斯 named)."""
    out: list[Entity] = []
    skip_to = -1
    for k, entity in enumerate(entities):
        if entity.start < skip_to:
            continue
        before = out[-1] if out else None
        tail = _suffix_after(entities, k) or _water_after(entities, k)
        if tail is not None and not any(covered[entity.start:tail.end]):
            out.append(Entity("LOC", entity.start, tail.end, _text(entities, k, tail.end)))
            skip_to = tail.end
        elif before is not None and not any(covered[before.start:entity.end]) and (
            _name_cut(before, entity) or _letter_cut(before, entity)
        ) and before.text[-1] not in FOREIGN_SUFFIXES and not (
            len(before.text) == 1 and named.intersection(chars.get(before.text, ()))
        ):
            out[-1] = Entity("LOC", before.start, entity.end, before.text + entity.text)
        else:
            out.append(entity)
    return out


def _text(entities: Sequence[Entity], k: int, end: int) -> str:
    return "".join(e.text for e in entities[k:] if e.end <= end)


def _suffix_after(entities: Sequence[Entity], k: int) -> Entity | None:
    """康斯坦/LOC 察/v 省/n: the suffix word after a transliterated place and its letters."""
    letters = word_list("transliteration_char")
    first = entities[k]
    if first.tag != "LOC" or len(first.text) < 2 or not all(c in letters for c in first.text):
        return None
    head = first.text
    for step, entity in enumerate(entities[k + 1:k + 2 + MAX_CUT_LETTERS]):
        if entity.start != first.end + len(head) - len(first.text):
            return None
        if step and len(entity.text) == 1 and entity.text in FOREIGN_SUFFIXES:
            return entity if transliterated(head, letters) else None
        if len(entity.text) != 1 or entity.tag in NOT_LETTER_TAGS | {"LOC", "PER", "ORG"}:
            return None
        head += entity.text
    return None


# A river or lake's character, alone or with the word for on or beside it (河上, 江边).
_WATER_WORD_RE = re.compile(r"[河江湖](?:上|边|畔|岸)?")


def _water_after(entities: Sequence[Entity], k: int) -> Entity | None:
    """鸭/LOC 涌/v 河上/s: a short place word, one character, then a river's character: the
    river (鸭涌河), which trimmed_word then takes without 上."""
    first = entities[k]
    if first.tag != "LOC" or len(first.text) > 2 or k + 2 >= len(entities):
        return None
    middle, water = entities[k + 1], entities[k + 2]
    if (len(middle.text) == 1 and middle.tag not in NOT_LETTER_TAGS | {"LOC", "PER", "ORG"}
            and middle.start == first.end and water.start == middle.end
            and _WATER_WORD_RE.fullmatch(water.text)):
        return water
    return None


def _letter_cut(before: Entity, entity: Entity) -> bool:
    """纳/v 亚里特州/LOC: a one-letter word the model left before a foreign division."""
    if entity.tag != "LOC" or len(before.text) != 1:
        return False
    letters = word_list("transliteration_char")
    word = entity.text
    return (before.tag not in NOT_LETTER_TAGS | {"LOC", "PER", "ORG"}
            and before.end == entity.start
            and word[-1] in FOREIGN_SUFFIXES and len(word) >= 3
            and all(c in letters for c in before.text + word[:-1]))


def _name_cut(before: Entity | None, entity: Entity) -> bool:
    letters = word_list("transliteration_char")
    word = entity.text
    return (before is not None and before.tag in ("PER", "LOC") and before.end == entity.start
            and entity.tag == "LOC" and (word[-1] in FOREIGN_SUFFIXES or (
                word[-1] in CUT_FEATURE_ENDINGS and len(word) <= 3))
            and transliterated(before.text + word[:-1], letters))


def transliterated(head: str, letters: frozenset[str]) -> bool:
    """A foreign division's name before its suffix: transliteration letters only, or one other
    character in three or more, two in six or more (丘布特省, 康斯坦察县, 马哈拉施特拉邦);
    Chinese divisions are in the gazetteer."""
    others = sum(c not in letters for c in head)
    return len(head) >= 2 and (others == 0 or 3 * others <= len(head))
