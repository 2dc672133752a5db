"""Places, round 12: forms read from 40 sampled CCTV items and checked on 460 others."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, str]:
    """Name → kind, with the NER model's words as the pipeline passes them."""
    return {p["name"]: p["kind"] for p in find_places(text, text, ner.tokens(text))}


def test_law_title_names_no_country() -> None:
    assert places("会议通过《中华人民共和国电影产业促进法(草案)》。") == {}
    assert places("讨论《中华人民共和国统计法（修正草案）》，审议条例。") == {}
    # a local regulation keeps the jurisdiction it applies in; a treaty keeps its sides
    assert "广东省" in places("《广东省科技创新条例》出台。")
    assert "乌克兰" in places("两国签署《中华人民共和国和乌克兰友好合作条约》。")


def test_quoted_party_and_epithet() -> None:
    found = places("格鲁吉亚“欧洲社会主义者”党领导人访华。")
    assert "欧洲" not in found and "格鲁吉亚" in found
    assert places("小岗村被称为“中国改革第一村”。").get("中国") is None


def test_programmes_festivals_and_concepts() -> None:
    assert "中国" not in places("今天的【行进中国 精彩故事】，我们走进小岗村。")
    assert "中国" not in places("9月22日是第三个中国农民丰收节。")
    assert "中国" not in places("百色起义书写了中国革命史上的光辉一页。")
    assert "西北" not in places("黑龙江在西北风口推进造林。")
    assert places("守护好高原生灵草木、万水千山。") == {}


def test_regions_plains_and_oceans() -> None:
    assert places("将助力新疆特别是南疆地区经济社会发展。") == {
        "新疆维吾尔自治区": "province", "南疆地区": "region"}
    assert places("作为粮食主产区的三江平原和松嫩平原。") == {
        "三江平原": "site", "松嫩平原": "site"}
    assert places("向西穿越北冰洋挺进大西洋。") == {"北冰洋": "site", "大西洋": "site"}
    assert places("长江中游地区的发展") == {"长江中游地区": "region"}
    assert places("中方支持加入全面与进步跨太平洋伙伴关系协定。") == {"中国": "country"}


def test_region_word_opening_a_model_word() -> None:
    found = places("陕西通过集中安置，让陕南山区避灾扶贫的群众能搬出老屋。")
    assert found == {"陕西省": "province", "陕南": "region"}


def test_heritage_town_and_wall_keep_their_city() -> None:
    found = places("从山西平遥古城到西安城墙景区，微改造。")
    assert found == {"山西省": "province", "平遥古城": "site", "西安城墙景区": "site"}


def test_zone_cut_by_the_model() -> None:
    assert places("北京中关村综保区今天通过国家正式验收。") == {
        "北京市": "province", "中关村综保区": "region"}


def test_street_after_the_county_town() -> None:
    found = places("在太康县城商贸北路的免费爱心粥店里。")
    assert found == {"太康县": "county", "商贸北路": "site"}


def test_village_after_a_prefecture_city() -> None:
    assert places("西藏自治区拉萨市当巴村的村民多杰。")["当巴村"] == "site"
    assert "为社区" not in places("山西太原为社区老人开通便民服务。")


def test_schools_of_a_city_are_not_an_institution() -> None:
    assert "雅安市" in places("雅安市中小学校共需要搭建板房。")
    assert "北京市" not in places("北京大学举行开学典礼。")


def test_listed_county_shares_the_locator() -> None:
    found = places("江苏句容、滨海等地基层人大组织普法团进社区。")
    assert found == {"江苏省": "province", "句容市": "county", "滨海县": "county"}
    assert "阜平县" in places("河北阜平、涞源等县")


def test_hall_of_the_great_hall_named_after_a_province() -> None:
    assert places("李强在人民大会堂湖南厅会见外宾。") == {"人民大会堂": "site", "湖南厅": "site"}


def test_one_character_county_after_another_county() -> None:
    assert places("焦裕禄曾任兰考县任县委书记。") == {"兰考县": "county"}
    assert "任县" in places("河北邢台任县发展迅速。")


def test_side_abbreviations() -> None:
    assert places("苏里南总统期待苏中两国在更多领域合作。") == {"苏里南": "country", "中国": "country"}
    assert "叙利亚" in places("联军对亲叙政府军目标实施空袭。")
    assert places("推动中拉合作提质升级。") == {"中国": "country", "拉美": "region"}
    assert places("京津两地将加强合作。") == {"北京市": "province", "天津市": "province"}
    assert "欧洲" not in places("英国将为“脱欧”支付昂贵账单。")
    assert "欧洲" not in places("上半年，中欧（厦门）班列共开行132列。")


def test_mainland_beside_taiwan() -> None:
    assert places("大陆首批批量进口台湾大米运抵福建。")["中国"] == "country"
    assert "中国" not in places("这里是亚欧大陆的腹地。")


def test_events_named_after_townships() -> None:
    assert places("奠基于三湾改编，定型于古田会议。") == {"三湾乡": "township", "古田镇": "township"}
    assert places("参观古田会议会址。") == {"古田会议会址": "site"}


def test_foundation_holds_its_country() -> None:
    assert "中国" not in places("由共青团中央、中国青少年发展基金会联合发起。")


def test_lanes_and_blocks_named_without_their_city() -> None:
    found = places("从广州永庆坊到福州三坊七巷，文脉绵延。")
    assert found["永庆坊"] == "site" and found["三坊七巷"] == "site"
    assert places("一大早，三位老街坊就推开了院门。") == {}
