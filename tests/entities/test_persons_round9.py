"""Persons and posts on fresh CCTV text (round 9 review): foreign ministers written short
(美国商务部长, 美国前财长, 英国国防大臣), a known international body after a verb (复信世界卫生组织
总干事, 应联合国秘书长…邀请), a transliterated name the model split after a title (总理图|多|塞),
posts of a court's tribunal and a centre's deputy head, and the words the model tags as
names: a country's abbreviation paired with 中 (孟中印缅, 中布复交, 伊中友谊), fixed phrases
(艾滋病, 山水林田湖草沙) and a report verb after a surname (内政部长曾表示)."""

from __future__ import annotations

import pytest

import yamen


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: [x["label"] + ("(former)" if x.get("status") == "former" else "")
                        for x in p["positions"]] for p in yamen.read(text)["persons"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国商务部长罗斯5月31日表示，美国将加征关税。", {"罗斯": ["美国商务部部长"]}),
        ("国务院总理李克强7号下午在中南海紫光阁会见美国前财长鲍尔森。",
         {"李克强": ["国务院总理"], "鲍尔森": ["美国财政部部长(former)"]}),
        ("俄罗斯经济发展部长奥列什金此前曾表示，加征关税所涉及的产品将被替代。",
         {"奥列什金": ["俄罗斯经济发展部部长"]}),
        ("英国国防大臣迈克尔·法伦表示，卡塔尔是英国的战略伙伴之一。",
         {"迈克尔·法伦": ["英国国防大臣"]}),
        ("英国内政大臣安伯·拉德17日宣布，将英国恐怖威胁级别调降。",
         {"安伯·拉德": ["英国内政大臣"]}),
        # China's own minister written the foreign way, with no foreign country in view
        ("财政部长楼继伟出席会议。", {"楼继伟": ["财政部部长"]}),
        # a surname and a report verb after a title are no name
        ("印度内政部长曾表示，如果罪名成立，他们可能被判死刑。", {}),
    ],
)
def test_foreign_ministers_written_short(text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国家主席习近平复信世界卫生组织总干事谭德塞，赞赏谭德塞所作努力。",
         {"习近平": ["国家主席"], "谭德塞": ["世界卫生组织总干事"]}),
        ("彭丽媛应联合国秘书长潘基文邀请，在纽约出席会议。",
         {"彭丽媛": [], "潘基文": ["联合国秘书长"]}),
        ("中国国际经济交流中心副理事长王一鸣作讲解。",
         {"王一鸣": ["中国国际经济交流中心副理事长"]}),
        ("首先来认识北京市朝阳区人民法院奥运村法庭庭长刘黎和天津大学药物科学与技术学院党委书记冯翠玲。",
         {"刘黎": ["朝阳区人民法院奥运村法庭庭长"], "冯翠玲": ["天津大学药物科学与技术学院党委书记"]}),
        # a bare 秘书处 names no one body
        ("《联合国气候变化框架公约》秘书处执行秘书菲格雷斯在接受本台专访时高度评价。",
         {"菲格雷斯": []}),
    ],
)
def test_bodies_before_posts(text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected


def test_a_transliterated_name_split_after_a_title() -> None:
    assert posts("罗马尼亚总理图多塞向死难者表示哀悼，并表示政府将动员所有力量投入救灾工作。") == {
        "图多塞": ["罗马尼亚总理"]}


@pytest.mark.parametrize(
    "text",
    [
        "孟加拉国总理哈西娜表示，孟方愿积极参与孟中印缅经济走廊框架下合作。今年是孟中建交40周年。"
        "孟方感谢中方长期以来对孟经济社会发展给予的帮助。",
        "布基纳法索外长巴里表示，中方愿同布方携手努力，对中布复交表示祝贺。",
        "伊朗总统莱希表示，伊中友谊历经考验，历久弥坚。",
        "国际社会携手防治艾滋病。要坚持山水林田湖草沙一体化保护和系统治理。",
    ],
)
def test_phrases_the_model_tags_as_names(text: str) -> None:
    found = posts(text)
    assert not {"孟中印", "孟中建", "孟经济", "中布", "伊中", "艾滋", "林田湖"} & found.keys()


def test_a_country_pair_of_education_is_no_country_in_view() -> None:
    # 在阿根廷 is where the leaders met; 中美 names the other country: no one country
    assert posts("我很高兴，去年底我同特朗普总统在阿根廷会晤时，他也表示支持中美教育交流合作。") == {
        "特朗普": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国务院发言人希瑟·诺尔特说，美俄双方致力于消除冲突。", {"希瑟·诺尔特": ["美国国务院发言人"]}),
        ("美国防部长马蒂斯表示，将继续部署。", {"马蒂斯": ["美国国防部部长"]}),
        # a country written in full before a body keeps its name once
        ("美国百事公司总裁阿卜杜拉希望中国继续扩大开放。", {"阿卜杜拉": ["美国百事公司总裁"]}),
        ("欧美国家领导人表示，将继续部署。", {}),
    ],
)
def test_a_country_abbreviation_sharing_guo_with_a_body(
        text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected
