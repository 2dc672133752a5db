"""Places, round 11: forms read from 40 sampled CCTV items and checked on 560 others."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, str]:
    """Name → kind, with the NER model's words as the pipeline passes them."""
    return {p["name"]: p["kind"] for p in find_places(text, text, ner.tokens(text))}


def test_baltic_sea_is_not_two_sides() -> None:
    found = places("张德江说，中国同北欧和波罗的海国家传统友谊深厚。")
    assert found == {"中国": "country", "北欧": "region", "波罗的海国家": "region"}


def test_bay_and_peak_beginning_with_a_place() -> None:
    assert places("杭州湾畔，这里是我国规模最大的核电基地。") == {
        "杭州湾": "site", "中国": "country"}
    assert places("采集队员在珠峰6212米的冰川附近采集到种子。") == {"珠穆朗玛峰": "site"}
    assert places("中国南极中山站新老队员正式交接。")["中山站"] == "site"


def test_hospital_named_xiehe_holds_its_city() -> None:
    assert "北京市" not in places("北京协和医院、北大人民医院等以义诊的方式提供服务。")
    assert "北京市" in places("北京和上海的医院都派出了医疗队。")


def test_side_before_airport_is_no_airport_name() -> None:
    assert places("比利时检方公布机场爆炸嫌疑人视频。") == {"比利时": "country"}


def test_japanese_prefectures_and_a_site_after_a_foreign_city() -> None:
    found = places("台风今天在东京都八丈岛的东北部海面向北移动。千叶县部分地区出现积水，"
                   "台风还在关东地区造成超过2500户停电。")
    assert found == {"东京": "foreign", "八丈岛": "foreign", "千叶县": "foreign",
                     "关东地区": "foreign"}


def test_place_tagged_alone_after_its_country() -> None:
    assert places("四国警方在泰国清迈启动专项联合行动。")["清迈"] == "foreign"
    assert places("其中，忠清北道清州地下车道被淹。")["忠清北道"] == "foreign"


def test_foreign_state_the_model_reads_as_a_name() -> None:
    found = places("印度近日遭遇高温，在情况最严重的特伦甘纳邦，高温已经造成了66人死亡。")
    assert found["特伦甘纳邦"] == "foreign"


def test_china_africa_pair_though_central_africa_is_blocked() -> None:
    found = places("这体现了对发展中非友好合作的高度重视。")
    assert found == {"中国": "country", "非洲": "region"}
    assert places("为共筑高水平中非命运共同体贡献力量。") == {"中国": "country", "非洲": "region"}


def test_sea_opening_a_declaration_name() -> None:
    assert places("会议发表了纪念《南海各方行为宣言》签署十周年联合声明。") == {"南海": "site"}
    assert places("关于长江保护法草案审议结果的报告。") == {}


def test_development_zone_named_after_its_province() -> None:
    found = places("上海自贸区发出了首张许可证，这标志着上海自贸试验区改革试点正式落地。")
    assert found == {"上海自贸区": "region"}
    assert places("陕西自贸区里，调研组实地考察跨境电子商务。") == {"陕西自贸区": "region"}
    assert "非洲自贸区" not in places("中方乐见非洲自贸区协定即将启动实施。")


def test_named_parts_of_provinces() -> None:
    found = places("红军在潮汕、赣南一带转战，随后到达闽西、陕北。")
    assert found == {"潮汕": "region", "赣南": "region", "闽西": "region", "陕北": "region"}


def test_industrial_park_the_model_tags() -> None:
    assert places("中方支持北加里曼丹工业园开发。")["北加里曼丹工业园"] == "site"


def test_regions_of_the_americas_and_the_pacific() -> None:
    assert places("美方仍然希望在美洲国家首脑会议上取得进展。") == {"美国": "country", "美洲": "region"}
    assert "中美洲" in places("促进中国同加勒比和中美洲国家关系。")
    assert "美洲" not in places("美洲国家组织秘书长发表声明。")
    assert places("中方支持斐方在太平洋岛国地区合作中发挥建设性作用。")["太平洋岛国"] == "region"


def test_features_and_foreign_places_from_the_tables() -> None:
    assert places("在白洋淀，总书记最关心的是生态的保护。") == {"白洋淀": "site"}
    assert places("习近平总书记高度重视大运河文化遗产的保护。") == {"大运河": "site"}
    assert places("英国首相拒绝苏格兰独立公投要求。") == {"英国": "country", "苏格兰": "foreign"}
    assert places("解放军位台岛周边开展联合演习。") == {"台湾省": "province"}


def test_wetland_and_sandy_land_the_model_tags() -> None:
    found = places("青海、四川、甘肃以三江源、祁连山、若尔盖湿地为重点。")
    assert found["若尔盖湿地"] == "site" and found["三江源"] == "region"


def test_village_named_hill_after_its_county() -> None:
    assert places("广西全州县毛竹山村，因毛竹而得名。")["毛竹山村"] == "site"
    assert "贫困山村" not in places("走进全州县贫困山村。")
