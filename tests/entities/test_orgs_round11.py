"""Organisations, round 11 (600 CCTV items of the places sample): leading groups by name, UN
bodies written out after 联合国, foreign parties named as leagues or congresses and with a wing
in brackets, parents of parents, central organs written out (中组部 → 中央组织部), and the model's
ORG words that name no body: a clause run into a name (在京会见|英中贸易协会), two countries'
first characters (中委), a subsidiary (三菱一子公司), a hall (湖南厅), a person before a head's
title (安瓦尔总理), a meeting's name (中央政协工作会议), kinds (中资银行, 外方代表团), a post's
modifier (中国红十字会名誉会长) and a chain of titles at 兼 (yamen.entities.orgs, model_orgs,
named_orgs, org_forms, org_names; data/organizations.tsv, not_organizations.txt)."""

from __future__ import annotations

import yamen
from yamen.entities.org_output import leading_groups


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


def test_leading_groups_by_name() -> None:
    assert "全国扫黑除恶专项斗争领导小组" in orgs("网上展览馆由全国扫黑除恶专项斗争领导小组主办。")
    assert "中央应对疫情工作领导小组" in orgs("按照中央应对疫情工作领导小组部署，继续做好工作。")
    assert [n for n, _ in leading_groups("新闻联播：碳达峰碳中和工作领导小组第一次全体会议召开。")] == [
        "碳达峰碳中和工作领导小组"]


def test_a_kind_of_leading_group_is_none() -> None:
    assert leading_groups("四川从省到乡都成立了脱贫攻坚领导小组，统一选派干部。") == []
    assert leading_groups("要充分发挥领导小组统筹协调作用。") == []


def test_un_body_written_out() -> None:
    found = orgs("联合国人权事务高级专员办公室发言人科尔维尔12日说，此言令人震惊。")
    assert "联合国人权事务高级专员办公室" in found
    assert orgs("加强在联合国等多边机构沟通协调。") == {"联合国"}
    assert "联合国总部签署" not in orgs("4月22号在纽约联合国总部签署《巴黎协定》。")


def test_foreign_parties_as_leagues_and_with_wings() -> None:
    found = orgs("发来贺电的还有：\n也门全国人民大会主席、前总统萨利赫\n"
                 "尼泊尔共产党(联合马列)主席、前总理卡纳尔\n"
                 "巴基斯坦穆斯林联盟(谢里夫派)领袖纳瓦兹-谢里夫\n")
    assert {"也门全国人民大会", "尼泊尔共产党(联合马列)", "巴基斯坦穆斯林联盟(谢里夫派)"} <= found
    assert "穆斯林联盟" not in found and "尼泊尔共产党" not in found


def test_a_parents_parent_and_a_parliament_parent() -> None:
    found = orgs("获奖者是：中山大学附属第一医院护理部主任成守珍。")
    assert {"中山大学附属第一医院", "中山大学"} <= found
    assert "德国联邦议院" in orgs("王岐山会见德国联邦议院联盟党党团主席考德尔率领的代表团。")
    assert "中国国民党" not in orgs("中国国民党革命委员会中央委员会\n中国民主同盟中央委员会")


def test_central_organs_written_out() -> None:
    assert "中央组织部" in orgs("科技部、中组部、教育部有关负责人与委员互动交流。")
    assert "中央对外联络部" in orgs("全国政协副主席、中联部部长王家瑞参加会见。")


def test_a_clause_run_into_a_name() -> None:
    found = orgs("国务院总理李强15日在京会见英中贸易协会主席古沛勤。")
    assert "英中贸易协会" in found and not any("会见" in n for n in found)
    assert not any("考察" in n for n in orgs("习近平总书记到北京通州区考察副中心建设情况。"))
    assert "世界银行" in orgs("国务院总理李克强22日在北京同世界银行行长金墉会谈。")


def test_words_that_name_no_body() -> None:
    assert orgs("中方很高兴看到，中委全面战略伙伴关系之树茁壮成长。") == set()
    assert orgs("扎实做好贯彻落实中央政协工作会议精神进展情况。") == set()
    assert orgs("已经有11家中资银行在27个沿线国家设立分支。") == set()
    assert orgs("习近平主席同安瓦尔总理就共建命运共同体达成共识。") == set()
    assert "湖南厅" not in orgs("会议结束后，俞正声来到湖南厅，亲切会见了代表。")
    assert "多党" not in orgs("共同谱写统一战线和多党合作事业发展新篇章。")


def test_subsidiary_and_person_names_are_no_bodies() -> None:
    assert "三菱一子公司" not in orgs("日本有色金属巨头三菱一子公司被吊销工业标准认证。")
    assert "拉斯梅" not in orgs("柬埔寨奉辛比克党领袖乔-布-拉斯梅发来贺电。")
    assert "国科威特" not in orgs("海合会轮值主席国科威特第一副首相萨巴赫转达了问候。")


def test_post_modifiers_and_chains_of_titles() -> None:
    found = orgs("国家副主席、中国红十字会名誉会长王岐山为获奖者颁奖。")
    assert "中国红十字会" in found and "中国红十字会名誉" not in found
    assert "古巴国务委员会" in orgs("受正在国外的古巴国务委员会兼部长会议主席劳尔·卡斯特罗委托。")
    assert "俄罗斯财政部" in orgs("韩正在紫光阁会见俄罗斯第一副总理兼财政部长西卢阿诺夫。")


def test_doubled_body_character_before_its_song() -> None:
    found = orgs("中国少年先锋队队歌的发源地厦门何厝小学今天举行仪式。")
    assert "中国少年先锋队" in found and "中国少年先锋队队" not in found
