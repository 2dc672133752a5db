"""Places, round 10: forms read from 40 random CCTV items (random.Random(929292)) and checked
on 600 others (random.Random(929293))."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.place_records import abroad_word
from yamen.entities.places import find_places


def places(text: str) -> dict[str, str]:
    """Name → kind, with the NER model's words as the pipeline passes them."""
    return {p["name"]: p["kind"] for p in find_places(text, text, ner.tokens(text))}


def test_us_states_and_cities_from_the_table() -> None:
    found = places("在弗吉尼亚州和密西西比州，也仍然分别有超过30000户家庭和商户停电。")
    assert found["密西西比州"] == "foreign"
    found = places("其中在上周末，俄克拉何马州至少有6人因龙卷风或洪灾死亡。")
    assert found["俄克拉何马州"] == "foreign"
    found = places("26号，洛杉矶、奥克兰、亚特兰大等城市仍出现小规模的抗议。")
    assert found["亚特兰大"] == "foreign"


def test_frontline_towns_from_the_table() -> None:
    found = places("乌方称，苏梅、哈尔科夫、尼古拉耶夫等地11日遭到俄方炮击。")
    assert found["苏梅"] == "foreign"
    assert found["尼古拉耶夫"] == "foreign"
    found = places("立陶宛宣布扩大对俄飞地加里宁格勒的贸易限制。")
    assert found["加里宁格勒"] == "foreign"


def test_place_after_a_foreign_locator() -> None:
    found = places("5号来自意大利文蒂米利亚的难民营的超过200名难民非法穿越意法边境。")
    assert found["文蒂米利亚"] == "foreign"
    assert found["意大利"] == "country"
    found = places("离开巴拿马城时，巴拿马总统巴雷拉亲自到机场送行。")
    assert found["巴拿马城"] == "foreign"


def test_site_after_a_foreign_city_is_abroad() -> None:
    found = places("联邦上诉法院认定，加州格伦代尔市中央公园2013年建造塑像。")
    assert found["中央公园"] == "foreign"


def test_abroad_word_needs_a_name() -> None:
    assert abroad_word("达尔文市", 0)[0].place.name == "达尔文"  # 澳大利亚达尔文市
    assert abroad_word("胡塞武装", 0) == []  # 也门胡塞武装: a body, not a place
    assert abroad_word("伊斯兰共和国", 0) == []  # 阿富汗伊斯兰共和国: the country's name
    assert abroad_word("劳工党", 0) == []
    assert abroad_word("安年", 0) == []  # 圣保罗安年比大剧场: a cut name
    assert abroad_word("东部", 0) == []


def test_ma_side_is_the_country_named() -> None:
    text = ("张德江说，中国和马尔代夫建交以来，两国始终相互尊重。"
            "推动中马关系取得新的更大发展。与马方共同努力。")
    found = places(text)
    assert "马来西亚" not in found
    assert found["马尔代夫"] == "country"


def test_three_sides_before_three_countries() -> None:
    found = places("习近平主席还将会见俄罗斯等国领导人，中俄蒙三国元首将举行第二次会晤。")
    assert found["蒙古"] == "country"


def test_king_name_is_no_run_of_sides() -> None:
    found = places("栗战书说，在习近平主席和哈马德国王共同引领下，中巴各领域友好合作不断取得新进展。")
    assert "哈萨克斯坦" not in found
    assert "德国" not in found  # 哈马德|国王: a country starting inside the model's name


def test_county_cut_by_an_org_word_stays() -> None:
    found = places("山东省安丘市委书记刘兴明，河南省兰考县委书记王新军。")
    assert found["安丘市"] == "county"


def test_generic_sites_are_not_places() -> None:
    assert "悬索桥" not in places("金沙江上跨度最大的悬索桥——金东大桥今天合龙。")
    assert "奥运村" not in places("对于奥运村的设施和安保，运动员们表示满意。")


def test_guarded_county_short_name_is_not_licensed_by_the_model() -> None:
    found = places("民警马上通知附近的“新城义警”队员前往调解。")
    assert "新城区" not in found


def test_mountain_after_its_province() -> None:
    found = places("记者跟随动物研究专家，在云南白马雪山原始森林深处找到了这些雪山中的精灵。")
    assert found == {"云南省": "province", "白马雪山": "site"}


def test_sea_before_the_county() -> None:
    found = places("南京军区组织的两栖合成装甲群实兵实弹演练在东海某地进行。")
    assert "东海县" not in found
    assert found["东海"] == "site"


def test_region_and_its_diqu_form_merge() -> None:
    text = "招聘会还设立振兴东北招聘专区，为教育人才留在东北就业。东北地区东部部分地区气温将下降。"
    names = [p["name"] for p in find_places(text, text, ner.tokens(text))]
    assert names.count("东北") + names.count("东北地区") == 1


def test_town_written_without_zhen_after_its_county() -> None:
    found = places("上海市宝山区顾村派出所通过信息技术构筑社区防护圈。")
    assert found["顾村镇"] == "township"
    assert "顾村" not in found
    assert places("在凤城市大梨树村，村民发展旅游。")["大梨树村"] == "site"


def test_run_with_an_unknown_side_is_a_word() -> None:
    found = places("叙利亚政府军士兵表示，他们将把反政府武装彻底赶出哈马。")
    assert "哈萨克斯坦" not in found
    found = places("双方还就巴以冲突交换意见。")
    assert found["以色列"] == "country"


def test_abroad_word_blocks_bodies_and_directions() -> None:
    assert abroad_word("伊斯兰议会", 0) == []  # 伊朗伊斯兰议会
    assert abroad_word("伊斯兰宗教", 0) == []  # 埃及伊斯兰宗教领袖
    assert abroad_word("西南哈韦尔", 0) == []  # 柏林西南哈韦尔河畔


def test_airport_gap_is_no_count_phrase() -> None:
    found = places("得克萨斯州休斯敦地区遭到龙卷风袭击，休斯敦两座主要机场航班起飞受影响。")
    assert found["休斯敦"] == "foreign"
    assert not any("机场" in name for name in found)
