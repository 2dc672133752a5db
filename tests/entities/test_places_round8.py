"""Places, round 8: forms read from gold set B (cctv_gold_holdout_b.jsonl) and checked on 300
random CCTV items."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, str]:
    """Name → kind, with the NER model's words as the pipeline passes them."""
    return {p["name"]: p["kind"] for p in find_places(text, text, ner.tokens(text))}


def test_sea_region_is_not_haiti() -> None:
    found = places("立陶宛是中国在波罗的海地区最大贸易伙伴。")
    assert found["波罗的海地区"] == "region"
    assert "海地" not in found
    assert "海地" not in places("北约扩大在黑海地区的军事存在。")
    assert places("海地发生强烈地震。") == {"海地": "country"}


def test_summer_davos_is_a_brand() -> None:
    found = places("温家宝在天津会见了出席2012年天津夏季达沃斯论坛年会的外国政要。")
    assert found == {"天津市": "province"}


def test_development_zones_are_regions_without_their_city() -> None:
    found = places("中新天津生态城综合委员会原党委书记陈旺林违规购买高档香烟。")
    assert found == {"中新天津生态城": "region"}
    assert places("办好苏州工业园区、天津生态城等项目。")["天津生态城"] == "region"
    assert places("连接珠海与横琴新区的第三通道。")["横琴新区"] == "region"


def test_foreign_city_and_rivers_from_the_tables() -> None:
    found = places("叙利亚政府军正在代尔祖尔市附近沿幼发拉底河形成对峙。")
    assert found["代尔祖尔"] == "foreign"
    assert found["幼发拉底河"] == "foreign"


def test_memorial_hall_of_the_first_congress() -> None:
    found = places("重点推进中共一大纪念馆等重要革命遗址的文物修缮。")
    assert found == {"中共一大纪念馆": "site"}


def test_sinicisation_is_a_concept() -> None:
    assert places("围绕马克思主义中国化时代化等内容进行宣讲。") == {}
    assert places("坚持我国宗教中国化方向。") == {"中国": "country"}


def test_generic_airport_square_and_ethnic_village_are_no_sites() -> None:
    assert "国际机场" not in places("乌克兰政府军在东部城市顿涅茨克的国际机场与武装分子交火。")
    assert "赫哲族村" not in places("抚远市委书记周宏多次到赫哲族村，动员基层党员带头尝试。")
    assert "中心广场" not in places("烈士的遗体安息在全州县中心广场附近。")


def test_counted_villages_are_no_sites() -> None:
    assert "有几个村" not in places("河南蒙古族自治县有几个村与邻县乡镇之间牧场交错。")
    assert "一次入村" not in places("县委书记邓真晓在一次入村走访中得知村民不满。")
    assert places("在西安二〇五所社区，不再为养老发愁。")["二〇五所社区"] == "site"


def test_airport_after_except_and_no_other_airports() -> None:
    found = places("从今天零点起，除武汉天河机场外，湖北省其他机场的国内客运航班陆续恢复。")
    assert found == {"武汉天河机场": "site", "湖北省": "province"}


def test_square_after_a_foreign_city_drops_the_city() -> None:
    found = places("18日，一名男子驾车在美国纽约时报广场冲撞行人。")
    assert found == {"美国": "country", "纽约": "foreign", "时报广场": "foreign"}


def test_short_name_across_a_model_word_is_dropped() -> None:
    found = places("唐诗中描绘的江南美景荡然无存。")
    assert found == {"江南": "region"}
    assert "湖南省" not in places("渺渺的水域就是太湖。太湖南岸，这片热土吸引投资。")
    assert "东山区" not in places("今年8月，地处广东山区的高州，成为广东首个试点。")


def test_part_of_a_foreign_country() -> None:
    found = places("对于乌克兰东部地区的紧张局势，俄方表示，基辅当局必须立即停止在东部地区的军事行动。")
    assert found["乌克兰东部"] == "foreign"
    assert "东部地区" not in found
    # A direction after a place inside the country stays that place's part, not the country's.
    found = places("暴风雪横扫美国中部地区，密苏里州中部地区1.2万个家庭断电。")
    assert found["美国中部"] == "foreign"
    assert "中部地区" not in found


def test_mainland_beside_hong_kong_or_macao_is_china() -> None:
    found = places("澳门大学横琴校区已成为澳门与内地紧密合作的创新范例。")
    assert found["中国"] == "country"
    assert "中国" not in places("西藏内地班的学生回到拉萨。")


def test_sides_naming_a_facility_are_not_places() -> None:
    found = places("中缅原油管道全长771公里，中缅油气管道进入我国境内。")
    assert "缅甸" not in found
    assert "欧洲" not in places("中欧班列累计开行突破4000列。")
