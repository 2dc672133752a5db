"""Round 15 of the places review (People's Daily 1998 first half, 300 CCTV items): sides
standing alone, foreign names the model cuts at a letter, lakes, deserts and science cities
the tables now name, and words that only look like places."""

from __future__ import annotations

from yamen.entities import ner
from yamen.entities.places import find_places


def places(text: str) -> dict[str, tuple[str, list[str]]]:
    return {
        p["name"]: (p["kind"], [text[a:b] for a, b in p["mentions"]])
        for p in find_places(text, text, ner.tokens(text))
    }


def test_a_side_after_a_verb_of_travel() -> None:
    assert places("早年求学东南大学，并赴法留学。")["法国"] == ("country", ["法"])


def test_a_side_standing_alone_when_the_text_names_the_country() -> None:
    found = places("热浪席卷了印度全境，到25日止，印全国各地死于热浪的人数已超过两千。")
    assert found["印度"] == ("country", ["印度", "印"])
    found = places("哈萨克斯坦迁都阿斯塔纳，使哈有向国际社会展示自己新貌的机会。")
    assert found["哈萨克斯坦"][1] == ["哈萨克斯坦", "哈"]


def test_a_region_side_gives_way_to_a_country_named_in_an_institution() -> None:
    found = places("拉脱维亚大学孔子学院院长表示，希望促进拉中两国人民的友好交往。")
    assert "拉美" not in found
    assert found["拉脱维亚"] == ("country", ["拉"])
    assert "拉美" in places("中拉论坛第三届部长级会议开幕。")


def test_foreign_names_cut_at_a_letter_are_joined() -> None:
    found = places("墨西哥海军陆战队在该国纳亚里特州首府特皮克市的扫毒行动中与贩毒集团交火。")
    assert found["纳亚里特州"] == ("foreign", ["纳亚里特州"])
    found = places("访问期间，他赴康斯坦察省访问，会见了地方组织负责人。")
    assert found["康斯坦察省"] == ("foreign", ["康斯坦察省"])
    found = places("土军攻占了战略要地巴尔赛亚山，巴尔赛亚山是叙利亚西北部一处高地。")
    assert "巴尔赛" not in found and "亚山" not in found
    assert found["巴尔赛亚山"][1] == ["巴尔赛亚山", "巴尔赛亚山"]


def test_lakes_deserts_and_gulfs_with_place_words_inside() -> None:
    found = places("兵团人沿塔克拉玛干沙漠、古尔班通古特沙漠和边境线安营扎寨。")
    assert "古尔班通古特沙漠" in found and "通古特沙漠" not in found
    found = places("内蒙古巴彦淖尔市的乌兰布和沙漠湿地迎来候鸟。")
    assert "乌兰布和沙漠" in found and "乌兰布" not in found
    found = places("扎实推进祁连山水源涵养区、环青海湖地区等重大生态保护建设工程。")
    assert found["青海湖"] == ("site", ["青海湖"]) and "青海省" not in found
    assert found.keys() == {"祁连山", "青海湖"}
    assert "北部湾" in places("今年4月，在环北部湾广东水资源配置工程考察时。")


def test_science_cities_are_regions() -> None:
    assert places("张江科学城是上海建设全球科创中心的核心承载区。")["张江科学城"][0] == "region"


def test_sites_abroad() -> None:
    found = places("法国总统马克龙在巴黎凯旋门星形广场为习近平主席举行隆重的欢迎仪式。")
    assert found["巴黎"][0] == "foreign" and found["凯旋门"][0] == "foreign"
    assert "光州" in places("首尔、釜山、光州等多地爆发了大规模的抗议活动。")
    assert "蒙大拿州" in places("包括爱达荷州、蒙大拿州、内华达州等在内的9个州发布警报。")


def test_a_sea_after_a_country_stays_a_site() -> None:
    assert places("美国国务卿抵达俄罗斯黑海城市索契。")["黑海"][0] == "site"


def test_russia_then_guonei_is_the_abbreviation() -> None:
    assert places("俄国内消费需求降低影响俄经济增长。")["俄罗斯"][1] == ["俄", "俄"]
    assert places("美国内政部宣布。")["美国"][1] == ["美国"]
    found = places("报道援引俄国防部的消息。俄国家杜马通过法案。")
    assert found["俄罗斯"][1] == ["俄", "俄"]
    assert places("俄国十月革命。")["俄罗斯"][1] == ["俄国"]
    assert places("明确了我国民族工作的大政方针。")["中国"][1] == ["我国"]


def test_words_that_only_look_like_places() -> None:
    assert "瑞安市" not in places("众议院议长、执政党重要人物瑞安5日敦促白宫不要推进这一方案。")
    assert places("21日，阿拉伯伊斯兰国家-美国峰会在沙特举行。").keys() == {"美国", "沙特阿拉伯"}
    assert "北大西洋" not in places("这是在巴塞罗那举行的北大西洋议会春季会议上透露的。")
    assert places("统筹推进山水林田湖草沙一体化保护，让锦绣河山造福人民。") == {}
    assert "集安市" not in places("俄罗斯正在向哈萨克斯坦境内投送集安组织维和部队。")
    assert "三人乡" not in places("昔日的“三人乡”如今变了样，在玉麦乡，一家人守护边疆。")


def test_a_township_named_by_its_event() -> None:
    assert places("在今年的世界互联网大会乌镇峰会上，一批产品集中亮相。")["乌镇镇"][0] == "township"


def test_a_river_the_model_cuts_before_its_character() -> None:
    found = places("口岸位于珠海拱北与澳门青州相邻的鸭涌河上，主要采用自助通关模式。")
    assert found["鸭涌河"] == ("site", ["鸭涌河"])


def test_short_names_abroad() -> None:
    assert places("以保证北爱和平进程顺利发展。")["北爱尔兰"] == ("foreign", ["北爱"])
    assert places("配偶在易北爱乐音乐厅演出。") == {}
    assert "信德省" in places("巴南部信德省发生一起火车爆炸事件。")


def test_across_a_sea_is_the_sea() -> None:
    found = places("阿塞拜疆方面愿搭建跨里海国际运输通道，推动地区互联互通。")
    assert found["里海"] == ("site", ["里海"])


def test_kinds_and_faiths_are_no_places() -> None:
    assert places("保卫伊斯兰革命政权，是伊斯兰革命卫队的核心任务。") == {}
    assert places("在第40届柏林马拉松赛上，肯尼亚选手破纪录。").keys() == {"柏林", "肯尼亚"}
    assert places("我国最大的淡水湖鄱阳湖正式进入禁渔期。").keys() == {"中国", "鄱阳湖"}


def test_a_country_by_its_official_name() -> None:
    assert places("在对文莱达鲁萨兰国进行国事访问前夕。")["文莱"] == ("country", ["文莱达鲁萨兰国"])


def test_foreign_divisions_and_official_names() -> None:
    found = places("俄军战机对叙利亚中部哈马省和西北部伊德利卜省的目标进行打击。")
    assert found["哈马省"] == ("foreign", ["哈马省"])
    found = places("朝鲜称其发射的导弹将通过日本岛根县、广岛县和高知县上空。")
    assert found["岛根县"] == ("foreign", ["岛根县"])
    found = places("安哥拉总统多斯桑托斯、刚果(金)总统卡比拉出席。")
    assert found["刚果（金）"] == ("country", ["刚果(金)"])
    assert "佛罗里达州" in places("美国承认忽视佛州枪击案枪手线报。")
    assert "库尔德自治区" in places("伊拉克北部库尔德自治区首府埃尔比勒发生爆炸。")


def test_basins_and_reserves() -> None:
    assert places("在海河流域全面完成水毁水利设施修复。")["海河流域"][0] == "region"
    found = places("云南省普洱市林业局在糯扎渡自然保护区内首次拍摄到冠班犀鸟。")
    assert found["糯扎渡自然保护区"] == ("site", ["糯扎渡自然保护区"])
    assert places("要加强自然保护区建设。") == {}


def test_a_guarded_city_in_a_list_of_cities() -> None:
    found = places("栗战书在山西调研。调研期间，他深入运城、长治、晋中、太原等地人大调研。")
    assert found["长治市"] == ("prefecture", ["长治"])
    assert "长治市" not in places("山西经济要长治久安、晋中发展。")


def test_a_sea_then_its_part() -> None:
    found = places("海警在南海东北部海域对一艘涉嫌走私的船只进行查缉。")
    assert found["南海"] == ("site", ["南海"])
    assert "成渝地区双城经济圈" in places("京津冀、长三角、粤港澳大湾区、成渝经济圈正在崛起。")


def test_descent_is_no_place() -> None:
    found = places("针对美国明尼苏达州非洲裔男子遭警察枪击身亡事件，民众再次聚集。")
    assert "非洲" not in found and "明尼苏达州" in found
    assert places("一名亚裔女子和墨西哥裔男子。") == {}


def test_a_russian_region_the_model_cuts() -> None:
    found = places("两军联合战术演习当天在俄罗斯的下诺夫哥罗德州启动。")
    assert found["下诺夫哥罗德州"] == ("foreign", ["下诺夫哥罗德州"])


def test_bodies_and_generic_bases_are_no_places() -> None:
    assert places("双方重申加强“一带一路”建设同欧亚经济联盟对接。") == {}
    assert places("中非团结抗疫特别峰会成功举行。").keys() == {"中国", "非洲"}
    assert places("委内瑞拉总统视察军事训练基地。").keys() == {"委内瑞拉"}


def test_persons_and_kinds_that_look_like_places_abroad() -> None:
    assert places("相信在拉马福萨总统和南非政府的坚强领导下。").keys() == {"南非"}
    assert places("是世界仅存的三处古海岸与湿地自然保护区之一。") == {}
    found = places("亚马孙河主要支流水位降至新低，巴西亚马孙州首府马瑙斯市。")
    assert found["亚马孙河"][0] == "site" and found["亚马孙州"][0] == "foreign"
