"""Organisations, round 3: congresses and kinds of party, a law or a place's short name
the model tags ORG, societies and centres cut short by the model, a title's body that
starts inside a jurisdiction's body, a committee and its government written together, the
SARs' short form, village and community bodies, and the NPC committees' short names
(yamen.entities.orgs, yamen.entities.model_orgs, yamen.entities.org_forms)."""

from __future__ import annotations

import pytest

import yamen


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("在中共十九大取得圆满成功之际，我派特使访华。", "十九大"),  # a congress
        ("中越两党同为社会主义国家执政党，应该从更高角度审视。", "国家执政党"),
        ("王沪宁来到温州市区穆斯林礼拜点调研。", "穆斯林"),  # a people
        ("政协第十二届全国委员会常务委员会第二十三次会议1日闭幕。", "全国委员会常务委员会"),
    ],
)
def test_no_body(text: str, junk: str) -> None:
    assert junk not in orgs(text)


def test_a_place_short_name_is_no_party() -> None:
    text = ("习近平给福建省寿宁县下党乡的乡亲们回信。近日，受乡亲们委托，下党乡6位党员干部群众"
            "给习近平总书记写信，汇报下党脱贫的喜讯。")
    assert "下党" not in orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("王沪宁在温州市企业综合服务中心、世界温州人家园调研。", "温州市企业综合服务中心"),
        ("澳门特别行政区政府和基本法推广协会筹划了一系列纪念活动。澳门基本法推广协会负责人、"
         "原澳门基本法起草委员会委员代表等致辞。", "澳门基本法起草委员会"),
    ],
)
def test_a_society_cut_by_the_model_is_whole(text: str, name: str) -> None:
    found = orgs(text)
    assert name in found
    assert not {n for n in found if n.endswith("法")}  # no law is a body


def test_a_title_body_inside_a_government() -> None:
    text = "阿富汗临时政府自然灾害管理部发言人赛义克9日说，地震已导致超过4000人伤亡。"
    found = orgs(text)
    assert "阿富汗临时政府自然灾害管理部" in found
    assert "政府自然灾害管理部" not in found


def test_a_committee_and_its_government() -> None:
    text = "今年8月，总书记在听取新疆维吾尔自治区党委、政府和兵团汇报时强调。"
    assert {"新疆维吾尔自治区党委", "新疆维吾尔自治区人民政府"} <= orgs(text)


def test_kinds_of_committee_and_government_name_no_government() -> None:
    text = "湖南省、长沙市、望城区党委和政府等有关单位、部门及人员对事故的发生负有责任。"
    assert "望城区政府" not in orgs(text)


def test_the_sar_short_form_is_the_full_name() -> None:
    text = ("香港特别行政区是中华人民共和国不可分离的部分。香港特区政府会按规定设立委员会，"
            "特区政府会尽快完成所需的程序。")
    found = orgs(text)
    assert "香港特别行政区政府" in found
    assert not {"香港特区政府", "特区政府"} & found


def test_a_village_body() -> None:
    assert "西石河村党支部" in orgs("他就是河北内丘县西石河村原党支部书记王胜。")


def test_the_npc_committee_short_name_merges() -> None:
    text = ("全国人大宪法和法律委员会主任委员李飞向会议作了报告。宪法法律委根据常委会会议的"
            "审议意见，提出了相关议案代拟稿。")
    found = orgs(text)
    assert "全国人大宪法和法律委员会" in found
    assert "宪法法律委" not in found


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("全面从严治党是各项工作顺利推进的根本保证。依规治党首先要把党规党纪的篱笆扎紧。",
         "依规治党"),
        ("中国伊斯兰教协会会长表示，伊斯兰教倡导和平。", "伊斯兰教"),
        ("韩国在野党和民众对部署萨德强烈不满。", "野党"),
        ("该研究由约翰斯·霍普金斯大学发布。", "约翰斯"),
        ("《中共中央国务院关于打赢脱贫攻坚战的决定》发布，成为指导脱贫攻坚的纲领。",
         "中共中央国务院关于打赢脱贫攻坚战的决定"),
    ],
)
def test_no_body_in_slogans_documents_peoples_and_name_parts(text: str, junk: str) -> None:
    assert junk not in orgs(text)


def test_a_body_in_a_title_nobody_holds() -> None:
    text = ("当天，吴邦国还接见了澳门特别行政区行政、立法、司法机构负责人，全国人大代表，全国政协"
            "委员，澳门基本法委员会委员，中央驻澳机构和主要中资企业负责人等。")
    assert "澳门基本法委员会" in orgs(text)


def test_a_body_in_a_title_keeps_its_own_jurisdiction() -> None:
    text = ("廖俊波同志生前是福建省南平市委常委、副市长，武夷新区党工委书记，曾任政和县县委书记。")
    found = orgs(text)
    assert {"南平市委", "武夷新区党工委"} <= found
    assert "福建省南平市委" not in found
