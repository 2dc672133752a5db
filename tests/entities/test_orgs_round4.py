"""Organisations, round 4 (People's Daily 1998 errors that official news shares): a
conjunction or a preceding word the model runs onto a body, committees, courts and works
named after a place, and the Youth League's local committees (yamen.entities.model_orgs,
yamen.entities.org_forms, yamen.entities.orgs)."""

from __future__ import annotations

import pytest

import yamen
from yamen.entities.model_orgs import trimmed


def orgs(text: str) -> dict[str, list[str]]:
    record = yamen.read(text)
    return {o["name"]: [text[s:e] for s, e in o["mentions"]] for o in record["organizations"]}


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("中央党校和", (0, "中央党校")),
        ("罗政府同", (0, "罗政府")),
        ("上特区政府", (1, "特区政府")),
        ("上海市政府", (0, "上海市政府")),  # 上 of 上海 is the name's own
        ("国务院", (0, "国务院")),
    ],
)
def test_function_characters_trimmed(surface: str, expected: tuple[int, str]) -> None:
    assert trimmed(surface) == expected


def test_body_before_a_conjunction() -> None:
    found = orgs("由中组部、国家经贸委、人事部、中央党校和国家行政学院共同组织的培训班开班。")
    assert "中央党校" in found
    assert "中央党校和" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("她将一纸申诉状递到了北京市劳动争议仲裁委员会。", "北京市劳动争议仲裁委员会"),
        ("按照瑞士联邦最高法院的裁决，这笔存款归还菲律宾。", "瑞士联邦最高法院"),
        ("衡阳有色冶金机械总厂的子弟小学与泉溪镇联校结对。", "衡阳有色冶金机械总厂"),
        ("昨天，德国海外商会网上推介会在国家会展中心举行。", "德国海外商会"),
    ],
)
def test_society_court_or_works_after_a_place(text: str, name: str) -> None:
    assert orgs(text)[name] == [name]


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        # the jurisdiction's own bodies keep their own forms
        ("上海市第十六届人民代表大会常务委员会第一次会议举行。",
         "上海市第十六届人民代表大会常务委员会"),
        # a region owns no committee: the parliament's committee is cut
        ("菲佐26日在议会欧洲事务委员会会议上表示。", "欧洲事务委员会"),
    ],
)
def test_no_society_after_a_place(text: str, junk: str) -> None:
    assert junk not in orgs(text)


def test_youth_league_committee() -> None:
    found = orgs("共青团四川省委提出的这个口号正在四川各地传开。")
    assert found["共青团四川省委"] == ["共青团四川省委"]
    assert "四川省委" not in found


def test_league_committee_beside_the_party_committee() -> None:
    found = orgs("江苏省如东县委、团县委联合发文。")
    assert found["共青团如东县委"] == ["团县委"]
    assert found["江苏省如东县委"] == ["江苏省如东县委"]


def test_a_chinese_division_s_government_is_its_people_s_government() -> None:
    found = {o["name"] for o in yamen.read("浙江省政府、炎陵县政府和香港特区政府、缅甸政府表示支持。")[
        "organizations"]}
    assert found == {"浙江省人民政府", "炎陵县人民政府", "香港特别行政区政府", "缅甸政府"}


def test_a_delegation_is_named_as_written() -> None:
    found = {o["name"] for o in yamen.read("习近平参加十二届全国人大一次会议安徽代表团的审议。")[
        "organizations"]}
    assert "安徽代表团" in found and "安徽省代表团" not in found
