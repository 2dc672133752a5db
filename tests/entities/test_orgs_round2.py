"""Organisations, round 2: names inside missions, institutions after a place, coordinated
forms, joint bodies, branches and delegations, 原 before a post, and words that name no
body (yamen.entities.org_forms, yamen.entities.orgs, yamen.entities.model_orgs)."""

from __future__ import annotations

import pytest

import yamen


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


def test_a_fixed_name_inside_a_mission_counts_too() -> None:
    assert {"伊斯兰合作组织", "伊朗驻伊斯兰合作组织代表处"} <= orgs(
        "伊朗驻伊斯兰合作组织代表处发表声明。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他毕业于柬埔寨皇家法律与经济大学。", "柬埔寨皇家法律与经济大学"),
        ("英国威尔士皇家护理学院院长表示。", "英国威尔士皇家护理学院"),
        ("中国人民银行今天宣布。", "中国人民银行"),  # not cut to 人民银行
    ],
)
def test_an_institution_after_a_place(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("福州市所有医院的看病记录都能查到。", "福州市所有医院"),  # a kind, not one body
        ("成都一家著名电脑公司开业。", "成都一家著名电脑公司"),
        ("中国将一如既往地支持非洲发展银行。", "中国将一如既往地支持非洲发展银行"),
    ],
)
def test_no_institution_across_a_sentence(text: str, junk: str) -> None:
    assert junk not in orgs(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("美国民主、共和两党互相指责。", {"美国民主党", "美国共和党"}),
        ("中国驻澳大利亚、新西兰使领馆提醒。", {"中国驻澳大利亚使领馆", "中国驻新西兰使领馆"}),
        ("中国驻吉布提、芬兰等国使领馆举行招待会。", {"中国驻吉布提使领馆", "中国驻芬兰使领馆"}),
    ],
)
def test_coordinated_forms(text: str, names: set[str]) -> None:
    assert names <= orgs(text)


@pytest.mark.parametrize(
    ("text", "names", "joint"),
    [
        ("今年以来党中央国务院出台一系列举措。", {"中共中央", "国务院"}, "党中央国务院"),
        ("福州市委市政府借力大数据。", {"福州市委", "福州市人民政府"}, "福州市委市政府"),
        ("中共中央纪委国家监委通报。", {"中央纪委", "国家监委"}, "中共中央纪委国家监委"),
    ],
)
def test_two_bodies_written_as_one(text: str, names: set[str], joint: str) -> None:
    found = orgs(text)
    assert names <= found
    assert joint not in found


def test_a_nested_name_is_not_split() -> None:
    found = orgs("会议通过了全国人大常委会代表资格审查委员会关于个别代表的代表资格的报告。")
    assert "全国人大常委会代表资格审查委员会" in found
    assert "代表资格审查委员会" not in found


def test_a_fixed_name_of_two_known_names_stays_whole() -> None:
    assert "联合国安理会" in orgs("联合国安理会当天通过决议。")


def test_fixed_names() -> None:
    found = orgs("中国人民解放军海军舰艇编队抵达。保护非物质文化遗产政府间委员会第十七届常会通过。")
    assert {"中国人民解放军海军", "保护非物质文化遗产政府间委员会"} <= found


def test_former_before_a_post_is_no_part_of_the_body() -> None:
    found = orgs("辽宁省交通运输事业发展中心原党委书记、主任王金鼎，"
                 "云南滇中新区党工委原副书记、管委会原副主任吕永栋。")
    assert "辽宁省交通运输事业发展中心" in found
    assert "云南滇中新区党工委" in found
    assert not any(name.endswith("原") or name.startswith("区") for name in found)
    assert "管委会" not in found


def test_the_special_administrative_region_government() -> None:
    found = orgs("习近平会见香港特别行政区行政长官李家超。希望你带领特别行政区政府全面贯彻。")
    assert "香港特别行政区政府" in found
    assert "行政区政府" not in found


def test_a_branch_and_a_delegation() -> None:
    found = orgs("汪洋会见了以姚志胜为团长的中国和平统一促进会香港总会参访团全体成员。")
    assert "中国和平统一促进会香港总会参访团" in found
    assert "中国和平统一促进会香港" not in found


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("签署联系国协定后，欧盟将提供援助。", "联系国"),
        ("王岐山在中南海会见客人。", "中南海"),  # a site
        ("领导人在布鲁塞尔欧洲理事会总部举行会议。", "布鲁塞尔欧洲理事会总部"),  # no ministry
    ],
)
def test_words_that_name_no_body(text: str, junk: str) -> None:
    assert junk not in orgs(text)
