"""Organisations, round 7 (set B as a development set): central organs without 中共
(中共中央组织部 → 中央组织部), party members (中国共产党人) and descriptive armed groups
(民间武装) as no body, a bare body with words run onto it (中央对|特区政府), a city's body
without its province (山西省|长治市…法院), a party after its kind (日本最大在野党|民进党),
a foreign title's body as written (越南共产党中央政治局, 河内市委), a one-character country
after a conjunction (与|乌政府军), two bodies joined by 联合, and names of the lexicons
(yamen.entities.orgs, org_names, model_orgs, named_orgs, org_forms)."""

from __future__ import annotations

import pytest

import yamen
from yamen.entities.model_orgs import bare_tail, party_after_kind


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


def test_central_organs_without_the_party_prefix() -> None:
    assert orgs("近日，中共中央组织部印发通知，要求各地认真学习。") == {"中央组织部"}
    found = orgs("中共中央政治局委员、中共中央办公厅主任丁薛祥出席。")
    assert {"中共中央政治局", "中央办公厅"} <= found
    assert "中共中央办公厅" not in found


def test_party_members_name_no_party() -> None:
    assert orgs("在中国共产党人的精神家园里，守护初心。") == set()


def test_descriptive_armed_groups_are_no_body() -> None:
    found = orgs("此前，顿涅茨克民间武装曾占领机场并与乌政府军发生激烈交火。乌克兰政府军已夺回了机场。")
    assert found == {"乌克兰政府军"}
    found = orgs("叙利亚政府军与库尔德武装主导的叙利亚民主军形成对峙。")
    assert "库尔德武装" not in found


def test_bare_body_with_words_run_onto_it() -> None:
    found = orgs("澳门特别行政区行政长官崔世安陪同。吴邦国表示，中央对特区政府的工作是充分肯定的。"
                 "希望特区政府高度重视长远规划。")
    assert "澳门特别行政区政府" in found
    assert not {"中央对特区政府", "希望特区政府"} & found
    assert bare_tail("希望特区政府") == 2
    assert bare_tail("特区政府") == 0


def test_city_body_without_its_province() -> None:
    assert orgs("韩旭辉，生前是山西省长治市潞州区人民法院一名法官。") == {"长治市潞州区人民法院"}
    assert orgs("另一位基层代表是黑龙江哈尔滨市排水公司的女子清掏班班长荀笑。") == {
        "哈尔滨市排水公司"}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("日本最大在野党民进党近日称，有文件显示。", "日本民进党"),
        ("英国反对党工党领袖科尔宾说，将投反对票。", "英国工党"),
        ("新加坡执政党人民行动党赢得大选。", "新加坡人民行动党"),
    ],
)
def test_party_after_its_kind(text: str, party: str) -> None:
    assert orgs(text) == {party}


def test_party_after_kind_finds_the_country_before_the_rank() -> None:
    text = "日本最大在野党民进党近日称"
    assert party_after_kind(text, 4, "在野党民进党", {2: (0, "日本")}) == (0, "日本民进党")
    assert party_after_kind(text, 4, "在野党民进党", {}) == (7, "民进党")
    assert party_after_kind(text, 4, "民进党", {2: (0, "日本")}) == (4, "民进党")


def test_foreign_title_body_as_written() -> None:
    found = orgs("王沪宁28日在京会见由越南共产党中央政治局委员、河内市委书记丁进勇率领的代表团。")
    assert {"越南共产党中央政治局", "河内市委"} <= found
    assert not {"越共中央政治局", "越南河内市委"} & found


def test_two_bodies_joined_by_lianhe() -> None:
    found = orgs("该活动由国务院台办、北京市政府联合台北世贸中心、台湾工业总会等20家台湾团体共同主办。")
    assert {"国务院台湾事务办公室", "北京市人民政府", "台北世界贸易中心", "台湾工业总会"} <= found
    assert "北京市政府联合台北世贸中心" not in found


def test_lexicon_names() -> None:
    found = orgs("日本内阁官房长官菅义伟否认了上述文件的真实性。日本文部科学省从未批准。"
                 "俄罗斯空天部队否认实施空袭。")
    assert {"日本内阁官房", "日本文部科学省", "俄罗斯空天部队"} <= found
    assert "日本内阁" not in found
    found = orgs("曲青山在中华全国供销合作总社作宣讲报告。全国妇联、中央文明办等八部门今天联合发出通知。")
    assert found == {"中华全国供销合作总社", "全国妇联", "中央文明办"}
    assert orgs("两岸经济合作框架协议(ECFA)的后续协商工作要做好。努力创建名牌大学。") == set()
    assert "打击极端组织国际联盟" in orgs("打击极端组织国际联盟指责俄罗斯实施空袭。")
