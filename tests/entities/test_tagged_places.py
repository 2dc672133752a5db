"""Places licensed by the NER model's LOC tag (yamen.entities.tagged_places), end to end."""

from __future__ import annotations

import pytest

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, tuple[str, list[list[int]]]]:
    return {p["name"]: (p["kind"], p["mentions"]) for p in find_places(text, text, ner.tokens(text))}


def test_side_abbreviations_in_a_pair_are_one_place_each() -> None:
    found = places("中美关系应该是全方位的。")
    assert found["中国"] == ("country", [[0, 1]])
    assert found["美国"] == ("country", [[1, 2]])


def test_one_character_after_a_verb() -> None:
    assert places("在金大中访美期间，双方签署协议。")["美国"] == ("country", [[5, 6]])
    assert "中国" in places("意大利政府把发展对华关系摆在首位。")


def test_ambiguous_character_needs_its_country_named() -> None:
    assert "巴基斯坦" not in places("不承认印巴两国的核大国地位。")
    found = places("巴基斯坦总理说，印巴两国应当对话。")
    assert found["巴基斯坦"][1] == [[0, 4], [9, 10]]


def test_natural_features_and_regions() -> None:
    found = places("渤海和黄海有5—7级偏北风；华北、东北等地为晴。")
    assert found["渤海"][0] == found["黄海"][0] == "site"
    assert found["华北"][0] == found["东北"][0] == "region"


def test_a_facility_holds_its_place_word() -> None:
    found = places("北京图书大厦开业。")
    assert found == {"北京图书大厦": ("site", [[0, 6]])}


def test_guarded_short_name_licensed_by_the_tag() -> None:
    assert places("根据恭城的自然条件，农民种植柑橘。")["恭城瑶族自治县"][1] == [[2, 4]]


def test_transliterated_foreign_place() -> None:
    assert places("从科索沃撤出安全部队。")["科索沃"] == ("foreign", [[1, 4]])


@pytest.mark.parametrize("text", ["沿着高速公路一路向北。", "建设美丽乡村，走向康庄大道。"])
def test_generic_descriptions_are_no_places(text: str) -> None:
    assert places(text) == {}


def test_a_country_inside_a_transliterated_name_is_no_place() -> None:
    found = places("国家主席习近平在人民大会堂会见埃塞俄比亚总理海尔马里亚姆。")
    assert "马里" not in found
    assert "埃塞俄比亚" in found


def test_longer_regions_and_short_country_names() -> None:
    assert "中东欧" in places("中国同中东欧国家合作不断深化。")
    assert "蒙古" in places("蒙古总统会见中国代表团。")
    assert "蒙古" not in places("牧民住进了新的蒙古包。")


def test_pairs_of_sides_before_a_word_of_relations() -> None:
    found = places("费舍尔议长对奥中关系的发展表示乐观，中意两国之间没有利害冲突。")
    assert {"奥地利", "中国", "意大利"} <= set(found)
    assert places("中华两国") == {}  # one country twice is a word


def test_one_character_country_after_a_travel_verb() -> None:
    assert places("他对美国总统访华感到很高兴。")["中国"][1] == [[7, 8]]


def test_a_place_the_model_tags_as_a_person_is_no_person() -> None:
    import yamen

    record = yamen.read("黎巴嫩首都贝鲁特发生爆炸。")
    assert "贝鲁特" not in {p["name"] for p in record["persons"]}
    assert "贝鲁特" in {p["name"] for p in record["places"]}


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("渣的排放量比发展中国家多得多。", "中国"),
        ("本报讯5月11日本报《经济周刊》刊出文章。", "日本"),
        ("清代前期沿海地区士人的笔记。", "海地"),
        ("财政收入将减少至少250亿挪威克朗。", "挪威"),
        ("维也纳市市长作为来宾代表在开幕式上发言。", "来宾市"),
    ],
)
def test_words_that_hold_a_place_name_by_accident(text: str, not_a_place: str) -> None:
    assert not_a_place not in places(text)


def test_a_side_is_its_place_character() -> None:
    assert places("美国向中方作出承诺。")["中国"] == ("country", [[3, 4]])


def test_in_and_towards_china() -> None:
    assert places("欧盟对华投资稳定增长。")["中国"][1] == [[3, 4]]
    assert places("美国对华为实施制裁。").get("中国") is None
    assert places("他在华沙出席会议。").get("中国") is None


def test_foreign_division_the_gazetteer_lacks() -> None:
    found = places("布宜诺斯艾利斯省的部分地区以及南部的丘布特省也开始遭灾。")
    assert found["丘布特省"] == ("foreign", [[18, 22]])
    # a known foreign place keeps its name and spans the suffix the model reads with it
    assert found["布宜诺斯艾利斯"] == ("foreign", [[0, 8]])


def test_foreign_city_by_its_name_alone() -> None:
    assert places("法国里昂地区的极端派别")["里昂"] == ("foreign", [[2, 6]])


def test_foreign_city_the_model_cuts_into_a_person() -> None:
    found = places("庭审所在地明尼阿波利斯市，民众的抗议也在持续")
    assert found["明尼阿波利斯"] == ("foreign", [[5, 12]])
    found = places("从边境返回克里米亚首府辛菲罗波尔市的途中")
    assert found["辛菲罗波尔"] == ("foreign", [[11, 17]])
