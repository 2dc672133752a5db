"""Round 14 of the places review (People's Daily 1998 first half, 300 CCTV items): capitals
and cities abroad, foreign names the model cuts or tags as persons, datelines, one-character
sides, and words that only look like places."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, tuple[str, list[list[int]]]]:
    return {p["name"]: (p["kind"], p["mentions"]) for p in find_places(text, text, ner.tokens(text))}


def test_capitals_and_cities_abroad() -> None:
    found = places("会议17日在纳米比亚首都温得和克开幕。")
    assert found["温得和克"] == ("foreign", [[12, 16]])
    assert "杜塞尔多夫" in places("德国男子网球队昨天在杜塞尔多夫战胜捷克队。")
    assert "阿比让" in places("他考察了阿比让平安城市项目。")


def test_two_character_capitals_that_run_on_in_chinese_are_left_out() -> None:
    assert places("县里加强了巡查，村里加大投入。") == {}


def test_a_place_named_by_its_kind_after_the_country() -> None:
    found = places("保加利亚南部城市哈斯科沃不久前举办展览。")
    assert found["哈斯科沃"] == ("foreign", [[8, 12]])


def test_a_dateline_names_the_place() -> None:
    assert places("本报波恩5月25日电记者江建国报道")["波恩"] == ("foreign", [[2, 4]])


def test_a_foreign_division_cut_in_two_by_the_model_is_one_place() -> None:
    found = places("本报讯美国西北部塔科马市最近开始对莱克伍德县法官展开调查")
    assert found["塔科马"] == ("foreign", [[8, 12]])
    assert found["莱克伍德县"] == ("foreign", [[17, 22]])
    assert "塔吉克斯坦" not in found


def test_a_foreign_division_tagged_as_a_person() -> None:
    found = places("救援组织已经陆续抵达阿北部的巴达赫尚省，前往灾区。")
    assert found["巴达赫尚省"][0] == "foreign"


def test_a_division_then_its_heads_title() -> None:
    found = places("习近平步出舱门，印度泰米尔纳德邦邦长普罗希特、首席部长帕拉尼斯瓦米等在舷梯旁迎接")
    assert found["泰米尔纳德邦"] == ("foreign", [[10, 16]])


def test_a_place_inside_a_titled_foreign_name_is_no_place() -> None:
    found = places("习近平同科罗马总统举行会谈。科罗马表示，愿意合作。")
    assert "罗马" not in found


def test_pairs_of_sides_with_a_mark_and_with_talks() -> None:
    found = places("阿尔及利亚总统致电。中、阿建交20年来，两国关系顺利发展。")
    assert found["阿尔及利亚"][1] == [[0, 5], [12, 13]]
    assert found["中国"] == ("country", [[10, 11]])
    found = places("他与罗斯讨论了推进巴以谈判的新方案。")
    assert set(found) == {"巴勒斯坦", "以色列"}
    assert set(places("中白两国同舟共济。")) == {"中国", "白俄罗斯"}


def test_sides_after_a_verb_ending_in_a_side_character() -> None:
    # 布 (布隆迪) is no side character: 宣布俄中关系 keeps its pair.
    assert set(places("两国元首昨天签署声明，宣布俄中关系迈入新时代。")) == {"俄罗斯", "中国"}


def test_a_direction_is_no_side() -> None:
    assert "西班牙" not in places("出动战斗机对藏匿在西北部北瓦济里斯坦部落地区的武装分子进行空袭。")


def test_no_join_after_a_named_side_or_a_full_division() -> None:
    found = places("俄罗斯国防部说，俄空军还在俄库尔斯克州边境附近摧毁一个乌军指挥所。")
    assert "库尔斯克州" in found and "俄库尔斯克州" not in found
    found = places("菲律宾莱特省阿朗阿朗市发生了一起哄抢大米事件。")
    assert {"莱特省", "阿朗阿朗"} <= set(found)


def test_an_ambiguous_side_resolves_to_the_country_named() -> None:
    found = places("塞拉利昂总统来访。中塞建交45年来，两国关系发展顺利。")
    assert found["塞拉利昂"][1] == [[0, 4], [10, 11]]
    assert "塞尔维亚" not in found


def test_a_side_and_a_part_of_it() -> None:
    found = places("巴基斯坦警方说，今天上午在巴南部信德省发生一起爆炸事件。")
    assert found["巴基斯坦"][1] == [[0, 4], [13, 14]]
    found = places("华北南部和黄淮等地先后还将有一次较大范围降水。")
    assert found["华北"] == ("region", [[0, 2]])
    assert "中国" not in found


def test_a_side_character_that_is_a_verb_or_a_names_end() -> None:
    found = places("法财长：美对欧加征关税是“敌对行为”。")
    assert "加拿大" not in found and "欧洲" in found
    assert "香港特别行政区" not in places("在考察中国港湾公司承建的阿比让港改扩建项目时。")


def test_a_county_name_after_a_province_it_is_not_in() -> None:
    found = places("口岸位于珠海拱北与澳门青州相邻的鸭涌河上。")
    assert "青州市" not in found and "澳门特别行政区" in found


def test_words_that_only_look_like_places() -> None:
    assert places("现在，我就站在异国他乡的窗口前。") == {}
    assert set(places("1958年我毕业后被分配到民歌之乡的山西工作。")) == {"山西省"}
    assert places("委员会共由九名成员组成，其中国王任命的三名成员是政坛元老。") == {}


def test_a_verb_of_going_is_no_part_of_an_airports_name() -> None:
    found = places("首相高级官员和中国驻荷兰大使到机场送行。")
    assert set(found) == {"中国", "荷兰"}


def test_transliterated_words_that_name_persons() -> None:
    assert "德拉格内亚" not in places("在布加勒斯特分别会见德拉格内亚和总理图多塞。")
    assert places("欢迎仪式后，李强同阿尔巴尼斯举行会谈。") == {}
    assert places("瓦伦堡表示，瓦伦堡财团愿意合作。") == {}
    assert "罗马" not in places("出席会议的有塞拉利昂人民党总书记科罗马、佛得角争取民主运动主席等。")


def test_a_place_before_a_post_or_a_talk_stays_a_place() -> None:
    assert "克里米亚" in places("17号，克里米亚总理阿克肖诺夫率团前往俄罗斯。")
    assert "安塔利亚" in places("乌克兰外长库列巴在土耳其安塔利亚举行会谈。")


def test_roads_and_villages_of_speech_and_a_stock_market() -> None:
    assert places("走上了脱贫奔小康的幸福路。") == {}
    assert places("走好新时代的长征路。") == {}
    assert set(places("纳斯达克市场开盘后中国概念股上涨。")) == {"中国"}


def test_a_continental_trade_area_is_one_region() -> None:
    found = places("中方支持非洲大陆自由贸易区建设。")
    assert found["非洲大陆自由贸易区"] == ("region", [[4, 13]])
    assert "大陆自由贸易区" not in found


def test_a_feature_with_the_word_for_its_bank() -> None:
    assert places("口岸位于珠海拱北与澳门青州相邻的鸭涌河上")["鸭涌河"][0] == "site"
    found = places("这片烟波浩渺的水域就是太湖。在南太湖湖畔，这块水泥厂被关停。")
    assert set(found) == {"太湖"} and found["太湖"][1] == [[11, 13], [16, 18]]


def test_a_community_the_model_leaves_out_of_the_name() -> None:
    found = places("考察了社区志愿者组织发祥地——天津朝阳里社区，为社区志愿者点赞。")
    assert found["朝阳里社区"][0] == "site"


def test_a_village_after_a_county_short_name_and_its_suffix() -> None:
    found = places("习近平总书记在互助县班彦村考察易地扶贫搬迁。")
    assert "班彦村" in found and "县班彦村" not in found


def test_a_port_of_entry_keeps_its_city() -> None:
    assert places("在义乌铁路口岸，装满货物的班列出发。")["义乌铁路口岸"][0] == "site"


def test_short_names_that_run_on_into_a_word_or_name_a_building() -> None:
    assert set(places("华为等中国企业在南投资经营，愿同中方合作。")) == {"中国"}
    assert "南投县" in places("他来到南投考察。")
    assert places("瞻仰双清别墅、来青轩等革命旧址。") == {}


def test_a_states_mention_stops_before_its_governors_title() -> None:
    found = places("国务院总理李克强1日在中南海紫光阁会见美国密歇根州州长斯奈德。")
    assert found["密歇根州"] == ("foreign", [[21, 25]])


def test_phrases_after_a_foreign_locator_are_no_names() -> None:
    assert set(places("美国多州遭极端天气袭击，4人死亡。")) == {"美国"}
    found = places("布莱克9号在纽约曼哈顿一家酒店门口被推倒。")
    assert found["曼哈顿"] == ("foreign", [[8, 11]])
    assert "内搬迁美军基地" not in places("支持日本政府在冲绳县内搬迁美军基地。")


def test_a_township_without_its_suffix_after_its_city() -> None:
    found = places("口岸位于珠海拱北与澳门青州相邻的鸭涌河上")
    assert found["拱北街道"] == ("township", [[6, 8]])
    assert "龙虎山镇" not in places("第三届国际道教论坛在中国道教圣地江西鹰潭龙虎山开幕。")


def test_a_people_is_no_place() -> None:
    assert places("亲手为习近平穿上塔吉克民族塔袍。") == {}
