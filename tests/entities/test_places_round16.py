"""Round 16 place forms: a world region closing a transliterated name, and a village the
model's word joins to the township's 镇 before it."""

import yamen


def _places(text: str) -> list[tuple[str, list[list[int]]]]:
    return [(p["name"], p["mentions"]) for p in yamen.read(text)["places"]]


def test_region_closing_transliterated_name_is_no_place() -> None:
    names = [n for n, _ in _places("目前大水已开始威胁到科连特斯、雷西斯滕西亚等大、中城市。")]
    assert names == ["科连特斯", "雷西斯滕西亚"]
    assert _places("在上届世锦赛上，奥登西亚和保拉组成的核心对子。") == []


def test_region_after_direction_or_boundary_stays() -> None:
    assert _places("他访问了西亚和北非。") == [("西亚", [[4, 6]]), ("北非", [[7, 9]])]


def test_village_after_township_char() -> None:
    names = [name for name, _ in _places("1997年夏，网市镇沙矶头村因为社会治安太差。")]
    assert names == ["沙矶头村"]


def test_slogan_with_county_short_name() -> None:
    assert _places("深入实施科教兴国战略、人才强国战略。") == []


def test_county_with_suffix_stays() -> None:
    names = [name for name, _ in _places("在江西兴国县。")]
    assert names == ["江西省", "兴国县"]


def test_one_side_abbreviation_road_is_no_site() -> None:
    names = [name for name, _ in _places("亚方欢迎中方企业参与亚公路、铁路等大项目建设。")]
    assert "亚公路" not in names


def test_kinds_of_village_are_no_sites() -> None:
    assert _places("各地建立了5万多个不同类型的美丽宜居村庄。") == []
    assert _places("代村从过去负债累累的“落后村”，一跃成为“模范村”。") == []


def test_city_in_forecast_list() -> None:
    names = [n for n, _ in _places("悉尼晴10℃／19℃卡拉奇晴30℃／44℃开罗晴20℃／30℃")]
    assert "卡拉奇" in names


def test_foreign_cities_round16() -> None:
    names = [n for n, _ in _places("若斯潘评价加的夫首脑会。法国队捧得土伦杯。")]
    assert names == ["加的夫", "土伦"]


def test_side_character_for_albania_when_named() -> None:
    places = _places("唐家璇致电阿尔巴尼亚外长。唐家璇在贺电中指出，中、阿建交20年来，两国关系发展顺利。")
    assert ("阿尔巴尼亚", [[5, 10], [25, 26]]) in places


def test_river_with_gong_stays() -> None:
    names = [n for n, _ in _places("这条河，就是澜沧江-湄公河，它从青藏高原流出。")]
    assert "湄公河" in names


def test_side_pair_before_shuangfang() -> None:
    places = _places("摩洛哥国王会见。中摩双方希望加强合作。")
    assert places == [("摩洛哥", [[0, 3], [9, 10]]), ("中国", [[8, 9]])]


def test_foreign_division_after_part_of_country() -> None:
    names = [n for n, _ in _places("印度西部马哈拉施特拉邦遭遇洪灾。")]
    assert names == ["印度", "马哈拉施特拉邦"]


def test_formal_country_names() -> None:
    assert _places("应泰王国总理英拉邀请，李克强将访问泰国。") == [("泰国", [[1, 4], [17, 19]])]
    assert _places("巴西联邦共和国总统博索纳罗。") == [("巴西", [[0, 7]])]


def test_pair_with_named_country_by_first_character() -> None:
    places = _places("习近平指出，中莫传统友谊深厚。莫桑比克总统纽西。")
    assert places == [("中国", [[6, 7]]), ("莫桑比克", [[7, 8], [15, 19]])]
    places = _places("俞正声会见斯里兰卡总理。俞正声说，中斯两国是传统友好邻邦。")
    assert places == [("斯里兰卡", [[5, 9], [18, 19]]), ("中国", [[17, 18]])]
    assert _places("他说中莫两国。") == []


def test_long_foreign_state_by_its_suffix() -> None:
    names = [n for n, _ in _places("印度西部持续强降雨，仅在马哈拉施特拉邦就有47人死亡。")]
    assert names == ["印度", "马哈拉施特拉邦"]
