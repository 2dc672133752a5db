"""Organisations, round 1: the model's ORG words that name no body, aliases, fuller forms,
and diplomatic missions (yamen.entities.model_orgs, yamen.entities.named_orgs)."""

from __future__ import annotations

import pytest

import yamen


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("形成新时代党解决台湾问题的总体方略。", "新时代党"),  # a slogan run into 党
        ("得州电力部门表示，这种天气状况远超预期。", "得州电力"),  # a kind of department
        ("每个月初，青海环保部门都要对水质进行监测。", "环保部"),  # 环保部 in 环保部门
        ("根据明斯克协议解决乌东部局势问题。", "明斯克协议解决乌东部"),  # a region, no ministry
        ("中国海军与各参演国海军共同完成了演练。", "国海军"),  # a country word's tail
        ("联合国特使推动政治解决叙利亚危机。", "联合国特使"),  # a post run into its body
        ("中国文联副主席、书记处书记夏潮表示。", "书记处"),  # a body of nobody named
    ],
)
def test_words_that_name_no_body(text: str, junk: str) -> None:
    assert junk not in orgs(text)


def test_a_meeting_is_no_body() -> None:
    found = orgs("2023北京科技周开幕。全国人大三次会议在京召开。")
    assert not any(name.startswith(("北京科技", "全国人大三次")) for name in found)


def test_the_political_consultative_conference_stays_a_body() -> None:
    text = ("他说，中国共产党领导的多党合作和政治协商制度，是中国的基本政治制度，"
            "中国人民政治协商会议则是实现这个制度的组织形式。")
    assert "中国人民政治协商会议" in orgs(text)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("在庆祝中国人民解放军建军之际，向全体人民解放军指战员、武警部队官兵致以祝贺。",
         "中国人民武装警察部队", "武警部队"),
        ("环境保护部派出督查组。环保部表示将严肃查处。", "环境保护部", "环保部"),
        ("中宣部 广电总局协调版权单位。中共中央宣传部紧急行动。", "中央宣传部", "中宣部"),
    ],
)
def test_aliases_take_the_full_name(text: str, full: str, short: str) -> None:
    found = orgs(text)
    assert full in found
    assert not any(name.strip() == short for name in found)


def test_a_short_form_goes_into_the_fuller_one() -> None:
    text = "根据美国国家气象局此前的预报，暴风雪将至。气象局官员解释称预报有误。"
    record = yamen.read(text)
    found = {o["name"]: o["mentions"] for o in record["organizations"]}
    assert "气象局" not in found
    assert len(found["美国国家气象局"]) == 2


def test_a_known_body_stays_apart_from_a_foreign_one() -> None:
    found = orgs("俄罗斯外交部发表声明。外交部发言人表示欢迎。")
    assert {"俄罗斯外交部", "外交部"} <= found


def test_diplomatic_missions() -> None:
    found = orgs("伊朗驻沙特使馆定于今天重新开放。伊朗驻沙特吉达领馆将于7日重新开放。")
    assert {"伊朗驻沙特使馆", "伊朗驻沙特吉达领馆"} <= found
