"""Organisations round 13: bare foreign parties with their country, 蒙古国 bodies, bodies
after a one-character country name, 以军, leading groups founded under a place's name, a
group's parent kept apart from its subsidiary group."""

from __future__ import annotations

import yamen
from yamen.entities.org_names import normalise


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text, id="t", date="20200101")["organizations"]}


def test_bare_foreign_party_takes_the_country_in_view() -> None:
    found = orgs("英国首相约翰逊表示，保守党将在大选中获胜，工党领导人科尔宾对此予以反驳。")
    assert {"英国保守党", "英国工党"} <= found and "保守党" not in found


def test_bare_party_untagged_after_a_function_word() -> None:
    found = orgs("美国国会众议院通过弹劾案。而民主党方面则指责特朗普向共和党议员施压。")
    assert {"美国民主党", "美国共和党"} <= found


def test_longer_party_names_and_kinds_keep_their_reading() -> None:
    found = orgs("中国农工民主党中央主席出席会议。各民主党派中央负责人参加。")
    assert not any(name.endswith("国民主党") and name != "中国农工民主党" for name in found)


def test_mongolia_bodies_written_without_guo() -> None:
    assert "蒙古政府" in orgs("蒙古国政府表示，愿同中方加强合作。")


def test_one_character_country_before_a_body() -> None:
    assert "柬埔寨王室" in orgs("西哈莫尼国王代表柬王室表示感谢。")
    assert "缅甸政府" in orgs("缅新政府成立以来，中缅关系继续发展。")
    assert orgs("中方敦促美政府撤销这一决定。") == {"美国政府"}


def test_israeli_forces_where_israel_is_named() -> None:
    assert "以色列国防军" in orgs("以色列和巴勒斯坦局势紧张。以军对加沙地带发动空袭。")
    assert orgs("我们要以军民融合为抓手，所以军队要改革。") == set()


def test_leading_group_founded_under_a_place_name() -> None:
    assert "京津冀协同发展税收工作领导小组" in orgs(
        "京津冀三地税务部门成立了京津冀协同发展税收工作领导小组。")


def test_group_parent_is_not_its_subsidiary_short_form() -> None:
    found = orgs("中国宝武马钢集团的前身是马钢。宝武集团表示将继续投资。")
    assert {"中国宝武马钢集团", "宝武集团"} <= found


def test_bare_party_follows_its_full_name_in_the_text() -> None:
    found = orgs("美国民主党全国委员会20日提起诉讼。起诉书称，竞选团队与俄罗斯政府勾结，"
                 "通过对民主党的电脑发动黑客攻击。")
    assert "美国民主党" in found and "俄罗斯民主党" not in found


def test_party_takes_the_country_its_sentence_names_most() -> None:
    found = orgs("美国媒体报道说，奥巴马选在离任之前访问古巴，是为了给自己留下外交遗产;"
                 "并为民主党在美国大选中加分。")
    assert "美国民主党" in found and "古巴民主党" not in found


def test_government_army_after_a_short_country_is_no_government() -> None:
    assert "叙利亚政府" not in orgs("叙利亚局势紧张。联军对亲叙政府军目标实施空袭。")


def test_mongolian_parliament_keeps_its_name() -> None:
    assert normalise("蒙古国国家大呼拉尔") == "蒙古国家大呼拉尔"
    assert normalise("蒙古国政府") == "蒙古政府"
