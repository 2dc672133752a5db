"""Places, round 6: forms read from set C and a review of 40 random CCTV items."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, str]:
    """Name → kind, with the NER model's words as the pipeline passes them."""
    return {p["name"]: p["kind"] for p in find_places(text, text, ner.tokens(text))}


def test_named_airports_are_sites_named_whole() -> None:
    found = places("作为重要平台，北京大兴国际机场即将建成投运。")
    assert found == {"北京大兴国际机场": "site"}  # no 北京市, no 大兴区
    assert places("截至17日凌晨，广州白云机场口岸出入境客流突破1000万人次。") == {
        "广州白云机场": "site"
    }


def test_airport_keeps_the_province_before_its_city() -> None:
    found = places("今天，湖北武汉天河机场正式恢复全货运定期航线。")
    assert found["湖北省"] == "province"
    assert found["武汉天河机场"] == "site"
    assert places("在青海格尔木机场顺利完成高原试飞。") == {
        "青海省": "province",
        "格尔木机场": "site",
    }


def test_foreign_airport_is_foreign() -> None:
    assert places("以军空袭造成大马士革国际机场一座仓库受损。")["大马士革国际机场"] == "foreign"


def test_full_county_name_inside_a_model_person() -> None:
    # The model reads 翁牛特旗委 as a person; the full name with its suffix is no person's.
    found = places("内蒙古自治区翁牛特旗委书记敖日格勒在会议上发言。")
    assert found["翁牛特旗"] == "county"


def test_word_running_into_a_place_name_is_blocked() -> None:
    assert "重庆市" not in places("习近平强调，隆重庆祝中国共产党成立100周年。")
    assert "重庆市" in places("在重庆考察时强调。")


def test_award_and_metaphor_name_no_place() -> None:
    assert "长江" not in places("第十二届长江韬奋奖颁奖报告会26日下午在京举行。")
    assert places("传承红色基因 江西走好新长征路") == {"江西省": "province"}


def test_forum_town_is_the_township() -> None:
    found = places("习近平在出席博鳌亚洲论坛2013年年会有关活动后。")
    assert found == {"博鳌镇": "township"}  # 亚洲 is part of the forum's name


def test_programme_name_is_no_site() -> None:
    found = places("要以海南国际旅游岛建设为总抓手。")
    assert found == {"海南省": "province"}


def test_model_features_ending_in_island_or_mountain_area() -> None:
    assert places("今年初，鼓浪屿的专家组又开始重新梳理岛上的名木古树名录。")["鼓浪屿"] == "site"
    assert places("湖南株洲炎陵县地处罗霄山区腹地。")["罗霄山区"] == "site"


def test_great_natural_regions() -> None:
    assert places("陕西富县也是黄土高原上的一个贫困县。")["黄土高原"] == "site"


def test_directional_regions_of_china() -> None:
    assert places("二是东部地区规模以上工业增速在缓慢回升。") == {"东部地区": "region"}
    assert places("引导劳动密集型产业向西部地区转移。") == {"西部地区": "region"}
    # Right after another place, it is part of that place.
    assert "中部地区" not in places("风暴1日至3日在挪威中部地区海岸线以西。")
    assert "中部地区" not in places("加快构建中部地区崛起的重要战略支点。")


def test_township_and_village_in_one_model_word() -> None:
    found = places("家住陕西省高陵县崇皇乡井王村的村民张月茹。")
    assert found["崇皇乡"] == "township"
    assert found["井王村"] == "site"
    assert "崇皇乡井王村" not in found


def test_country_before_a_foreign_site_is_a_locator() -> None:
    found = places("菲律宾塔阿尔火山喷发 首都受影响")
    assert found["菲律宾"] == "country"
    assert found["塔阿尔火山"] == "foreign"


def test_generic_or_counted_sites_are_not_names() -> None:
    assert "湿地公园" not in places("用于国际、国家重要湿地以及生态区位重要的湿地公园的保护与修复。")
    text = "冯振东担任县级干部18年，先后待过5个区县，走访了1435个行政村。"
    assert not any("行政村" in name for name in places(text))


def test_site_named_again_without_its_city_is_one_site() -> None:
    text = "今天，湖北武汉天河机场正式恢复航线。这是天河机场复航以来恢复的首条洲际货运航线。"
    found = {p["name"]: p["mentions"] for p in find_places(text, text, ner.tokens(text))}
    assert "天河机场" not in found
    assert len(found["武汉天河机场"]) == 2
