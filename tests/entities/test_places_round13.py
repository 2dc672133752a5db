"""Places, round 13: false places read from 20 sampled CCTV items and diffs on 280 others."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, str]:
    """Name → kind, with the NER model's words as the pipeline passes them."""
    return {p["name"]: p["kind"] for p in find_places(text, text, ner.tokens(text))}


def test_language_list_names_no_country() -> None:
    assert places("由外文出版社以中、英、法、俄、阿、西、葡、德、日等多语种出版发行。") == {}
    assert places("译成英、法、俄、日等10种语言。") == {}


def test_river_after_county_short_name() -> None:
    found = places("来到位于北京市丰台区永定河畔的植树点。")
    assert "永定区" not in found and "丰台区" in found
    assert "北仑区" not in places("广西东兴北仑河口国家级自然保护区。")


def test_serial_name_and_fixed_words() -> None:
    assert "天河区" not in places("他们团队的天河二号超级计算机系统。")
    assert places("用爱心和智慧点亮万千山区女孩的梦想。") == {}
    assert places("相比平原地区缺氧40%。") == {}
    assert places("国家深远海绿色养殖试验区创建。") == {}
    assert "东北" not in places("大熊猫、东北虎豹国家公园。")
    assert "拉美" not in places("在开罗的拉美西斯广场集会。")


def test_world_region_opening_a_body() -> None:
    assert "欧洲" not in places("国际民航组织、欧洲空管局、欧盟委员会。")


def test_county_name_after_post_or_inside_another_place() -> None:
    assert places("听取了商务部部长钟山受国务院委托作的报告。") == {}
    found = places("在天津蓟州盘山、在桂林漓江象山。")
    assert "盘山县" not in found and "象山县" not in found and "蓟州区" in found
    assert "象山区" in found  # 桂林市象山区
    assert "象山县" in places("在浙江宁波象山调研。")
    assert "阳朔县" in places("广西桂林阳朔的山水。")


def test_prefecture_short_name_before_its_county_and_river_stretch() -> None:
    assert "红河哈尼族彝族自治州" in places("云南省红河州河口县副县长刘旭勇被问责。")
    assert "阳朔县" in places("他在广西桂林考察，乘船考察漓江阳朔段。")
