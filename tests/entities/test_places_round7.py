"""Places, round 7: forms read from gold set D (cctv_gold_d.jsonl) and checked on 300 random
CCTV items."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, str]:
    """Name → kind, with the NER model's words as the pipeline passes them."""
    return {p["name"]: p["kind"] for p in find_places(text, text, ner.tokens(text))}


def test_hall_of_the_great_hall_is_a_site_beside_the_building() -> None:
    found = places("胡锦涛在人民大会堂北大厅迎候与会领导人。")
    assert found == {"人民大会堂": "site", "北大厅": "site"}
    found = places("国家主席习近平28日在人民大会堂中央大厅举行颁授仪式。")
    assert found == {"人民大会堂": "site", "中央大厅": "site"}
    assert places("人民大会堂举行会议。") == {"人民大会堂": "site"}


def test_zhongnanhai_before_its_building_is_a_locator() -> None:
    assert places("国务院总理温家宝17日在中南海紫光阁会见客人。") == {"紫光阁": "site"}


def test_world_regions_named_whole() -> None:
    found = places("中国同阿拉伯国家因为丝绸之路相知相交。")
    assert found == {"中国": "country", "阿拉伯国家": "region"}
    assert places("这是对阿拉伯世界作重要政策宣示。") == {"阿拉伯国家": "region"}
    assert places("推动了亚欧大陆的共同发展。") == {"亚欧大陆": "region"}


def test_bodies_and_projects_named_after_places_are_not_places() -> None:
    assert places("推动上海合作组织蓬勃发展。") == {}
    assert "阿拉伯国家" not in places("阿拉伯国家联盟秘书长出席。")
    assert places("位于欧亚大陆桥必经之路。") == {}
    assert places("主任委员作的关于黄河保护法草案审议结果的报告。") == {}
    assert places("东北经济振兴与国企改革。") == {}


def test_institute_of_social_sciences_is_an_institution() -> None:
    assert "上海市" not in places("上海社科院院长王战发言。")


def test_national_university_holds_its_city() -> None:
    found = places("分别参观越南妇女博物馆和河内国家大学。")
    assert "河内" not in found
    assert found["越南妇女博物馆"] == "foreign"


def test_country_before_a_translated_site_name_stays_in_it() -> None:
    assert places("参观越南妇女博物馆。") == {"越南妇女博物馆": "foreign"}
    # Another place after the country: the country is a locator, the lead word drops.
    found = places("在越南首都河内主席府广场举行欢迎仪式。")
    assert found["越南"] == "country"
    assert found["河内"] == "foreign"
    assert found["主席府广场"] == "foreign"


def test_autonomous_prefecture_with_zhou() -> None:
    found = places("他回到了老家海北州永丰村。")
    assert found == {"海北藏族自治州": "prefecture", "永丰村": "site"}
    assert places("在吉林延边州汪清县有一位退休干部。")["延边朝鲜族自治州"] == "prefecture"


def test_unit_of_the_locator_wins_over_a_longer_name_inside_it() -> None:
    found = places("来自河北阜平山区的孩子们唱响会歌。")
    assert found == {"河北省": "province", "阜平县": "county"}  # not 平山区 (Liaoning)


def test_village_name_holds_no_particle() -> None:
    found = places("在海南乐东县，乐东启动了村“两委”换届。")
    assert "启动了村" not in found
    assert found["乐东黎族自治县"] == "county"


def test_river_basin_is_a_region() -> None:
    found = places("华北地区极端降雨，引发海河流域性特大洪水。")
    assert found == {"华北地区": "region", "海河流域": "region"}


def test_street_after_its_city_drops_the_city() -> None:
    found = places("当天下午，习近平来到天津古文化街。")
    assert found == {"天津市": "province", "古文化街": "site"}


def test_generic_site_descriptions_are_no_sites() -> None:
    assert "历史文化街区" not in places("深入农村、历史文化街区、革命纪念馆考察调研。")
    assert "吸毒村" not in places("小偷村、吸毒村，甚至连建个电厂百姓都不让建。")
    assert places("土耳其军队目前已在伊拉克北部建立11个临时军事基地。") == {
        "土耳其": "country", "伊拉克": "country"
    }


def test_transliterated_name_after_a_title_is_a_person() -> None:
    found = places("在赫尔辛基分别会见总统尼尼斯托，总理卡泰宁。")
    assert found == {"赫尔辛基": "foreign"}


def test_city_before_mayor_and_name() -> None:
    found = places("刘云山还会见了赫尔辛基市长帕尤宁和罗瓦涅米市长罗特沃宁。")
    assert found == {"赫尔辛基": "foreign", "罗瓦涅米": "foreign"}


def test_foreign_name_cut_by_the_model_is_read_whole() -> None:
    text = "米兰市和科尔蒂纳丹佩佐市带来了表演。号召全世界青年4年后在米兰－科尔蒂纳丹佩佐相聚。"
    found = places(text)
    assert "科尔蒂纳" not in found
    assert found["科尔蒂纳丹佩佐"] == "foreign"


def test_state_venues_and_planning_areas() -> None:
    assert places("闭幕式20日晚在国家体育场隆重举行。") == {"国家体育场": "site"}
    assert places("北京中轴线申遗成功。") == {"北京中轴线": "site"}
    found = places("落实现代化首都都市圈空间协同规划，推进北京城市副中心高质量发展。")
    assert found == {"首都都市圈": "region", "北京城市副中心": "region"}
