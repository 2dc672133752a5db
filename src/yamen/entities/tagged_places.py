"""Places the NER model tags that the gazetteer alone does not accept.

The gazetteer is precise but closed, and it holds back short names that are also words
(恭城, 海城) until a locator or the full name licenses them. The model's LOC tag is another
licence: the model has read the whole sentence. A LOC word of the model counts here when

- it is a surface the gazetteer holds back (guarded short names, locator-only names, a
  one-character-name county after a character): the gazetteer's candidates;
- it is a one-character abbreviation standing as its own word, or a run of them (访美, 对华,
  中美关系, 印巴两国, 中日韩): each character is a place (CONVENTIONS: side abbreviations);
  a character with several readings (巴: 巴基斯坦, 巴西) needs one of them named elsewhere;
- a known foreign place with its administrative suffix (维也纳市 → 维也纳);
- the gazetteer does not know it, and its form says what it is: a broad region (华北, 东南亚)
  → region; a village, street, building or natural feature (下叔村, 韶山路, 长江, 太行山) →
  site; a township (麦禾营镇) → township; written only in transliteration characters
  (科索沃, 达沃斯) → foreign.

Anything else the model tags (a fixed expression the tables block, an ordinary word with no
telling ending) is left out: the model alone is not trusted with a place name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yamen.document import mark
from yamen.entities.gazetteer import Form, Gazetteer, Match, Place, word_list
from yamen.entities.ner import Entity
from yamen.entities.place_abbreviations import (
    lone_side,
    side_char_table,
    side_chars,
    side_pairs,
    township_after,
)
from yamen.entities.place_filters import name_after_post, named_pairs
from yamen.entities.place_records import (
    FOREIGN_SUFFIXES,
    abroad_ends,
    abroad_word,
    after_country,
    joined,
    named_by_cue,
    transliterated,
    trimmed_word,
)
from yamen.entities.sites import is_site_name

# Shortest model word taken by its ending or its letters alone: 乡 or 村 with one character
# before it are too often words (下乡, 农村), two transliteration letters too (普法).
MIN_ENDING_WORD = 3
# Facilities and projects named after their sides (中缅原油管道, 中老铁路, 中欧班列, 中巴经济
# 走廊): the places inside are not places (CONVENTIONS; gold sets A and B: 匈塞铁路, 中缅管道).
# A terminal may stand in brackets between (中欧（厦门）班列).
_FACILITY_RE = re.compile(
    r"(?:[（(][^（）()]{1,6}[）)])?(?:(?:原油|石油|油气|天然气)?管道|铁路|高铁|班列|公路|经济走廊)"
)
# A country's bodies written after its one-character abbreviation (叙政府军, 亲叙政府军): the
# country is a place (CONVENTIONS: side abbreviations).
STATE_BODIES = frozenset(("政府", "政府军", "军方", "当局"))


def tagged_places(
    view: str, entities: Sequence[Entity], taken: list[Match], gaz: Gazetteer,
    by_name: dict[str, Place],
) -> list[Match]:
    """Places among the model's LOC words that no match in ``taken`` covers."""
    named = {m.place.name for m in taken if m.place is not None}
    # A country inside an institution's name is named too (拉脱维亚大学 … 拉中两国).
    named.update(c.name for m in taken if m.place is None for c in m.candidates if c)
    chars = side_char_table(gaz)
    covered = mark(bytearray(len(view)), ((m.start, m.end) for m in taken))
    # A blocked word does not hold back a pair of sides (中非 blocked for 中非共和国: 中非友好).
    placed = mark(bytearray(len(view)), ((m.start, m.end) for m in taken if m.place is not None))
    out = side_pairs(view, chars, named, by_name, placed)
    out += named_pairs(view, chars, named, by_name, placed)  # 中斯传统友谊
    out += _mayors_cities(view, entities, covered)
    mark(covered, ((m.start, m.end) for m in out))
    abroad = abroad_ends(taken)
    ends_at = {m.end: m.place for m in taken if m.place is not None}
    codes = {m.place.adcode for m in taken if m.place is not None and m.place.adcode}
    # A name the text shows as a person's once (瓦伦堡表示) is one throughout (瓦伦堡财团).
    persons = {e.text for e in entities if e.tag in ("LOC", "PER")
               and (_named_after_title(view, e.start, e.text, e.end)
                    or name_after_post(view, e.start, e.end))}
    # The model's words do not overlap: neither do the places found.
    words = joined(entities, covered, chars, named)
    for k, entity in enumerate(words):
        if len(entity.text) == 1 and entity.tag not in ("LOC", "ORG", "PER") and not (
            covered[entity.start]
        ) and lone_side(view, entity, words[k + 1] if k + 1 < len(words) else None, named):
            out += side_chars(entity.text, entity.start, chars, named, by_name) or []
            continue
        if entity.tag == "LOC" and any(covered[entity.start:entity.end]):
            out += after_country(view, entity, abroad, covered)
            continue
        word = view[entity.start:entity.end]
        if entity.tag == "PER" and not any(covered[entity.start:entity.end]):
            out += _division_as_name(word, entity.start) or named_by_cue(view, entity, abroad) or (
                side_chars(word, entity.start, chars, named, by_name) or [] if word[-1:] == "部"
                else [])  # 阿北部/PER
        if entity.tag not in ("LOC", "ORG"):
            continue
        if view.startswith("裔", entity.end):
            continue  # 非洲裔男子: descent, not the place
        if _FACILITY_RE.match(view, entity.end) and all(c in chars for c in word):
            continue  # 中缅管道, 中欧班列: the sides name a facility or project
        if entity.tag == "ORG" and any(covered[entity.start:entity.end]) and (
            entity.end < len(view) and covered[entity.end]
        ):
            continue  # 欧亚/ORG inside 欧亚经济联盟, a longer blocked name
        if entity.tag == "ORG":
            # The model tags some pairs of sides ORG (中哈, 中柬): taken as pairs only; and a
            # country's government or army by its one-character abbreviation (叙政府军).
            head = 1 if word.startswith("亲") and len(word) > 1 else 0  # 亲叙政府军
            if word[head + 1:] in STATE_BODIES or (head and len(word) == 2):  # 亲叙
                out += side_chars(word[head], entity.start + head, chars, named, by_name) or []
            elif len(word) >= 2:
                out += side_chars(word, entity.start, chars, named, by_name) or []
            continue
        if _not_the_county(view, entity.start, word, ends_at.get(entity.start), gaz, codes):
            continue
        entity, word = trimmed_word(view, entity, covered)
        if len(word) > 1 and view[entity.end - 1:entity.end + 1] in SIDE_VERBS:
            word = word[:-1]  # 对欧加征关税: 欧, then the verb 加征
        found = township_after(word, entity.start, ends_at.get(entity.start), gaz) or None
        if found is None:
            found = _surface(word, entity.start, gaz, codes)
        if found is None and not _name_goes_on(view, entity, word, covered):
            found = side_chars(word, entity.start, chars, named, by_name)
        if found is None and word not in persons and not view.startswith(PEOPLE_WORDS, entity.end):
            found = _by_form(word, entity.start, gaz, by_name)
            if entity.start in abroad:  # 得州|休斯敦市, 格伦代尔市|中央公园: abroad
                found = abroad_word(word, entity.start, alone=True) if not found else [
                    Match(m.start, m.end, Place(m.place.name, "foreign")) if m.place
                    and m.place.kind == "site" and word not in word_list("tagged_short_feature")
                    else m for m in found]  # 俄罗斯黑海城市: the sea is no place inside
        if view[entity.start - 1:entity.end + 1] == f"“{word}”" and found and all(
            m.place is not None and m.place.kind == "township" and m.place.parent is None
            for m in found
        ):
            continue  # “三人乡”: a nickname the model's form alone made a township
        out += [_basin(view, m) for m in found or []]
        ends_at.update((m.end, m.place) for m in found or [] if m.place is not None)
        abroad.update(abroad_ends(found or []))  # 格伦代尔市|中央公园: the site is abroad
    return _whole_names(view, out, taken)


# Posts written right before a foreign name (会见总统尼尼斯托): the transliterated word after
# one is the holder's name, whatever the model tagged it.
NAME_AFTER_TITLES = (
    "总统", "总理", "首相", "国王", "女王", "王储", "埃米尔", "议长", "主席", "部长", "外长",
    "大使", "秘书长", "市长", "州长", "省长", "先生", "女士", "人物",  # 重要人物瑞安
)


# After 同/与 (with), a name then a post or a talk is a person (同瓦塔拉总统通电话, 同阿尔巴尼斯
# 举行会谈); a place before a post is where the post is (克里米亚总理) and stays a place.
_WITH_PERSON_RE = re.compile(
    r"(?:总统|总理|首相|国王|总督|议长|外长|主席)|(?:举行)?会谈|会晤|通电话"
)
# Verbs whose object is a person (会见德拉格内亚), and what a person does after the name
# (瓦伦堡表示).
MEETING_VERBS = ("会见", "会晤", "接见", "宴请", "致电", "致函")
_PERSON_ACTS_RE = re.compile(r"(?:表示|指出|强调|说|认为|夫妇)")


def _named_after_title(view: str, start: int, word: str, end: int | None = None) -> bool:
    """A transliterated word next to a post (会见总统尼尼斯托, 同瓦塔拉总统通电话), met or
    speaking (会见德拉格内亚, 同阿尔巴尼斯举行会谈, 瓦伦堡表示): a person's name."""
    letters = word_list("transliteration_char")
    if not all(c in letters for c in word):
        return False
    end = start + len(word) if end is None else end
    return (
        any(view.endswith(title, 0, start) for title in NAME_AFTER_TITLES)
        or view.endswith(MEETING_VERBS, 0, start)
        or (view[start - 1:start] in ("同", "与") and _WITH_PERSON_RE.match(view, end) is not None)
        or _PERSON_ACTS_RE.match(view, end) is not None
    )


# A name then these is a people or its language (塔吉克民族塔袍, 普什图语), not a place.
PEOPLE_WORDS = ("民族", "族", "语")
# Buildings named after a word the gazetteer holds back as a county's short name (双清别墅).
BUILDING_WORDS = ("别墅", "故居", "公馆", "山庄")


def _not_the_county(
    view: str, start: int, word: str, before: Place | None, gaz: Gazetteer, codes: set[str]
) -> bool:
    """A held-back county name that is a person's name after a post (部长钟山), or a hill or
    feature right after a place it does not lie in (天津蓟州盘山: not 盘山县 in Liaoning); after
    a site, unless the document names a division around it (桂林漓江象山: not 象山县 in
    Zhejiang; 桂林 … 漓江阳朔段 keeps 阳朔县)."""
    surface = gaz.surfaces.get(word)
    if surface is None or surface.form not in (Form.GUARDED, Form.LOCATOR_ONLY) or not all(
        p.kind in ("county", "prefecture") for p in surface.places
    ):
        return False
    if any(view.endswith(title, 0, start) for title in NAME_AFTER_TITLES):
        return True
    if view.startswith(BUILDING_WORDS, start + len(word)):
        return True  # 瞻仰双清别墅: the villa's name, not 双清区
    if before is not None and before.kind == "site":
        return not any(codes.intersection(gaz.ancestors(p)) for p in surface.places)
    return before is not None and before.kind in ("county", "prefecture", "province") and not any(
        before.adcode is not None and before.adcode in gaz.ancestors(p) for p in surface.places
    )


# A side's character that starts a verb with the next one (对欧加征关税: 加征, not 加拿大).
SIDE_VERBS = (
    "加征", "加强", "加快", "加大", "加速", "加紧", "加剧", "加深", "加以", "加入", "加息",
)


def _name_goes_on(view: str, entity: Entity, word: str, covered: bytearray) -> bool:
    """A one-character side word that ends a place name just matched (阿比让|港 is not 香港),
    or one that starts a verb (加|征)."""
    if len(word) == 1 and entity.start > 0 and covered[entity.start - 1]:
        return True
    return view[entity.start:entity.start + 2] in SIDE_VERBS


def _basin(view: str, match: Match) -> Match:
    """A river the model tags, then 流域 (海河流域性特大洪水): the basin, a region, as
    黄河流域 in macro_regions.tsv."""
    place = match.place
    if place is None or place.kind != "site" or not view.startswith("流域", match.end):
        return match
    return Match(match.start, match.end + 2, Place(place.name + "流域", "region"))


def _whole_names(view: str, found: list[Match], taken: list[Match]) -> list[Match]:
    """A foreign name the model cut short (米兰－科尔蒂纳|丹佩佐/PER) where the text goes on
    into a longer foreign name of the same document (科尔蒂纳丹佩佐市): the longer name."""
    names: dict[str, list[Place]] = {}
    for m in found + taken:
        if m.place is not None and m.place.kind == "foreign" and len(m.place.name) > 2:
            names.setdefault(m.place.name[:2], []).append(m.place)
    starts = {m.start for m in found + taken}
    out = []
    for m in found:
        if m.place is not None and m.place.kind == "foreign":
            longer = [p for p in names.get(m.place.name[:2], ())
                      if len(p.name) > len(m.place.name) and view.startswith(p.name, m.start)]
            if longer and not any(i in starts for i in range(m.end, m.start + len(longer[0].name))):
                m = Match(m.start, m.start + len(longer[0].name), longer[0], (longer[0],))
        out.append(m)
    return out


def _mayors_cities(view: str, entities: Sequence[Entity], covered: bytearray) -> list[Match]:
    """罗瓦涅米/PER 市长 罗特沃宁/PER: a transliterated word between which and a person's name
    stands 市长 is the city, whatever the model tagged it (赫尔辛基市长帕尤宁)."""
    letters = word_list("transliteration_char")
    out = []
    for first, title, name in zip(entities, entities[1:], entities[2:], strict=False):
        if (
            first.tag in ("PER", "LOC") and title.text == "市长" and name.tag == "PER"
            and first.end == title.start and title.end == name.start
            and len(first.text) >= MIN_ENDING_WORD and all(c in letters for c in first.text)
            and not any(covered[first.start:first.end])
        ):
            out.append(Match(first.start, first.end, Place(first.text, "foreign")))
    return out


def ending(word: str, table: str) -> str:
    """The longest ending of ``word`` in the word list ``table``, or ''."""
    return max((e for e in word_list(table) if word.endswith(e)), key=len, default="")


def site_name(word: str) -> bool:
    """Not a generic description (小康村, 高速公路, 美丽乡村) nor a policy phrase."""
    suffix = ending(word, "tagged_village_ending") or ending(word, "tagged_site_ending")
    head = word[: len(word) - len(suffix)]
    return (
        bool(head)
        and not (len(word) == 3 and word.endswith(("公路", "铁路")))  # 亚公路: one side's
        and head not in word_list("generic_site_head")
        and word not in word_list("not_site")
        and is_site_name(word)
    )


def _surface(
    word: str, start: int, gaz: Gazetteer, codes: frozenset[str] | set[str] = frozenset()
) -> list[Match] | None:
    """A surface the gazetteer holds back, licensed by the model's tag (恭城, 海城)."""
    surface = gaz.surfaces.get(word)
    if surface is None or surface.form is Form.BLOCK or not surface.places:
        return None
    if word in word_list("guarded_prefecture_short"):
        return None  # 来宾, 长治: words first; the model's tag is not licence enough
    if word in word_list("tagged_short_feature"):
        return None  # 东海某地, 太湖: the sea or lake, not the county's short name (东海县)
    if all(p.name in word_list("guarded_county_full") for p in surface.places):
        return None  # 新城 (新城区), 城区: only a parent locator licenses these
    # Of several candidates, one inside a division the document names (桂林 … 象山 → 象山区).
    near = [p for p in surface.places if codes.intersection(gaz.ancestors(p))]
    places = near + [p for p in surface.places if p not in near]
    return [Match(start, start + len(word), places[0], tuple(places))]


# A model word holding a township and its village (崇皇乡井王村, 虹桥镇太湖村).
_TOWNSHIP_VILLAGE_RE = re.compile(r"(\w{2,5}?(?:乡|镇|街道|苏木))(\w{2,5}?(?:村|社区|嘎查))")


# A part of a region in one model word with it (华北南部, 东北中部): the region.
_REGION_PART_RE = re.compile(r"(?:[东西]?[南北]|[东西]|中南|大)部")
# Words that end like a township but name a kind of place (异国他乡, 民歌之乡, 鱼米之乡, 江南水乡).
NOT_TOWNSHIP_ENDINGS = ("之乡", "他乡", "异乡", "故乡", "家乡", "水乡", "城乡")


# What may follow a region's name in one model word: the kind of land in it (陕南山区).
REGION_TERRAIN = frozenset(("山区", "农村", "一带", "大地", "牧区", "平原", "丘陵"))


def _by_form(word: str, start: int, gaz: Gazetteer, by_name: dict[str, Place]) -> list[Match]:
    end = start + len(word)
    letters = word_list("transliteration_char")
    if word[-1] in FOREIGN_SUFFIXES:
        known = by_name.get(word[:-1])
        if known is not None and known.kind == "foreign":
            return [Match(start, end, known, (known,))]  # 维也纳市
        if transliterated(word[:-1], letters) and not word.endswith("地区"):
            # 丘布特省, 肯特郡; a city by its name alone, as foreign_places.tsv writes it
            name = word[:-1] if word[-1] == "市" else word
            return [Match(start, end, Place(name, "foreign"))]
    if word.endswith("地区") and transliterated(word[:-2], letters):
        return [Match(start, end, Place(word[:-2], "foreign"))]  # 里昂地区 → 里昂
    if word in word_list("tagged_region") or (
        word.endswith("地区") and word[:-2] in word_list("tagged_region")
    ):  # 华北, 华北地区 (as written: 东北地区 is the table's name too)
        return [Match(start, end, Place(word, "region"))]
    region = next((word[:n] for n in (3, 2) if word[:n] in word_list("tagged_region")), "")
    rest = word[len(region):]
    if region and (rest in REGION_TERRAIN or _REGION_PART_RE.fullmatch(rest)):  # 陕南山区 → 陕南
        return [Match(start, start + len(region), Place(region, "region"))]
    if word in word_list("tagged_short_feature"):
        return [Match(start, end, Place(word, "site"))]
    feature = word[:2] if word[:2] in word_list("tagged_short_feature") else ""
    if feature and _REGION_PART_RE.fullmatch(word[2:]):  # 南海东北部 → 南海
        return [Match(start, start + 2, Place(feature, "site"))]
    if word.endswith("流域") and word[:-2] in word_list("tagged_short_feature"):
        return [Match(start, end, Place(word, "region"))]  # 海河流域, as 黄河流域
    if len(word) < MIN_ENDING_WORD:
        return []
    split = _TOWNSHIP_VILLAGE_RE.fullmatch(word)
    if split is not None and site_name(split[2]) and not (
        split[1].endswith("乡") and split[2].startswith("村")  # 美丽乡村示范村: 乡村, a word
    ):  # 崇皇乡井王村: a township, then its village
        cut = start + len(split[1])
        return [Match(start, cut, Place(split[1], "township")),
                Match(cut, end, Place(split[2], "site"))]
    if ending(word, "tagged_township_ending") and word not in word_list("not_site") and not (
        word.endswith(NOT_TOWNSHIP_ENDINGS)
    ):
        return [Match(start, end, Place(word, "township"))]
    if (ending(word, "tagged_village_ending") or ending(word, "tagged_site_ending")) and (
        site_name(word)
    ):
        return [Match(start, end, Place(word, "site"))]
    if all(c in letters for c in word) and word not in word_list("not_site"):
        return [Match(start, end, Place(word, "foreign"))]  # not 伊斯兰 (the faith)
    return []


# Suffixes of a foreign state or province that no personal name ends with (特伦甘纳邦).
DIVISION_AS_NAME_SUFFIXES = "邦州省县郡"


def _division_as_name(word: str, start: int) -> list[Match]:
    """A foreign division the model tags as a person: three or more transliteration letters
    (one other character may stand among them), then the suffix of a state, province or
    county (在情况最严重的特伦甘纳邦, 巴达赫尚省, 康斯坦察县)."""
    letters = word_list("transliteration_char")
    head = word[:-1]
    if word[-1:] not in DIVISION_AS_NAME_SUFFIXES or len(head) < MIN_ENDING_WORD or not (
        transliterated(head, letters)
    ):
        return []
    return [Match(start, start + len(word), Place(word, "foreign"))]
