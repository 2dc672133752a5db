"""Organisations written as a jurisdiction and its body, and fixed names (yamen.entities.named_orgs)."""

from __future__ import annotations

import pytest

import yamen


def orgs(text: str) -> dict[str, list[list[int]]]:
    return {o["name"]: o["mentions"] for o in yamen.read(text)["organizations"]}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("俄罗斯国家杜马24日通过决议。", "俄罗斯国家杜马"),
        ("缅甸政府表示欢迎。", "缅甸政府"),
        ("英国工党领导人科尔宾说。", "英国工党"),
        ("韩国企划财政部发布数据。", "韩国企划财政部"),
        ("沙县人民政府召开会议。", "沙县人民政府"),
    ],
)
def test_jurisdiction_and_body(text: str, body: str) -> None:
    found = orgs(text)
    assert body in found
    assert not any(name != body and body.endswith(name) for name in found)  # no 工党 beside it


def test_a_direction_is_no_ministry() -> None:
    assert orgs("美国西部地区遭遇干旱。") == {}


def test_a_country_in_a_title_is_a_place_not_a_body() -> None:
    record = yamen.read("叶利钦同德国总理科尔进行磋商。")
    assert "德国" not in {o["name"] for o in record["organizations"]}
    assert "德国" in {p["name"] for p in record["places"]}


def test_fixed_names_and_abbreviations() -> None:
    found = orgs("欧盟委员会和世贸组织的代表出席，联合国秘书长致辞。")
    assert found["欧盟委员会"] == [[0, 5]]
    assert "欧盟" not in found
    assert found["世界贸易组织"] == [[6, 10]]
    assert "联合国" in found


def test_a_name_the_model_tags_org_stays_a_person() -> None:
    record = yamen.read("韩国总统金大中访美期间，金大中会见了美国总统。")
    assert "金大中" not in {o["name"] for o in record["organizations"]}


def test_a_bare_body_takes_the_division_in_view() -> None:
    found = orgs("新疆维吾尔自治区党委书记张春贤说，自治区政协要发挥作用。")
    assert found["新疆维吾尔自治区政协"] == [[17, 22]]


def test_a_foreign_government_written_in_a_title() -> None:
    assert orgs("柬埔寨人民党主席、王国政府首相洪森表示。")["柬埔寨政府"] == [[9, 13]]


def test_a_side_run_onto_a_joint_body_goes() -> None:
    assert "中俄能源合作委员会" in orgs("中俄能源合作委员会中方主席张高丽出席。")


@pytest.mark.parametrize("text", ["江苏省全面从严治党取得成效。", "贵州省基层干部深入群众。",
                                  "湖南省民主党派人士座谈。"])
def test_no_party_or_ministry_after_a_chinese_jurisdiction(text: str) -> None:
    assert orgs(text) == {}
