"""Organisations, round 16 (300 CCTV items and People's Daily 1998): companies the model writes
as a place and a noun (长江轮船|海外旅游总公司) or tags as a place whole
(月山车站汽车运贸公司/LOC), beside the works it already read (琉璃河|水泥厂); a kind of company
after a place is no name (北京有关公司); the former ministries of the State Council that
CVs and 1990s reports name (国内贸易部, 机械工业部, 国家计委); a company's transliterated name joined by a dash
(佩诺—里加集团); a parliament after a country's short name (同马国会); sides of a conflict
(亲政府) and classes (工农联盟) (yamen.entities.org_works, org_names, org_output;
data/organizations.tsv, not_organizations.txt)."""

from __future__ import annotations

import yamen


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


def test_company_after_its_place() -> None:
    assert "长江轮船海外旅游总公司" in orgs("长航集团所属长江轮船海外旅游总公司，是长江上最大的旅游企业。")


def test_company_tagged_as_a_place() -> None:
    assert orgs("组建了月山车站汽车运贸公司，为减员增效。") == {"月山车站汽车运贸公司"}


def test_kind_of_company_and_works() -> None:
    assert orgs("北京有关公司参加。") == set()
    assert orgs("琉璃河水泥厂扩建。") == {"琉璃河水泥厂"}


def test_former_state_council_ministries() -> None:
    assert orgs("财政部、原国内贸易部等单位纷纷前来。") == {"财政部", "国内贸易部"}
    assert orgs("他先后在人事部、机械工业部、冶金工业部工作。") == {"人事部", "机械工业部", "冶金工业部"}
    assert orgs("邮电部、地质矿产部和劳动部联合发文。") == {"邮电部", "地质矿产部", "劳动部"}


def test_kinds_of_department_are_no_ministry() -> None:
    assert orgs("劳动部门和人事部门、建设部门要加强监管。") == set()
    assert orgs("加强基础设施建设部署。") == set()


def test_description_before_a_company_is_no_name() -> None:
    assert "国际评级机构标普全球公司" not in orgs("国际评级机构标普全球公司下调了评级。")


def test_sides_of_a_conflict_are_no_body() -> None:
    assert orgs("交换民间武装扣押的158名政府军士兵或亲政府武装人员。") == set()
    assert orgs("我国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家。") == set()


def test_dashed_company_name() -> None:
    assert orgs("进而中断与佩诺—里加集团签订的代销合同。") == {"佩诺—里加集团"}
    assert orgs("戴姆勒—克莱斯勒公司宣布裁员。") == {"戴姆勒—克莱斯勒公司"}
    assert "中国—东盟投资公司" not in orgs("中国—东盟投资公司成立。")


def test_parliament_after_a_short_country_name() -> None:
    assert "马来西亚国会" in orgs(
        "张德江会见了马来西亚总理纳吉布。中国全国人大愿同马国会加强各层次友好往来。")
    assert orgs("他参加了与会议会员的座谈。") == set()
