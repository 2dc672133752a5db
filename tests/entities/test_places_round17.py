"""Round 17 place forms: foreign provinces and states licensed by their sentence, hyphenated
foreign names, a village after a foreign division's suffix, county aliases, and demonstrative
phrases that are no site."""

import yamen


def _places(text: str) -> dict[str, tuple[str, list[str]]]:
    return {
        p["name"]: (p["kind"], [text[s:e] for s, e in p["mentions"]])
        for p in yamen.read(text)["places"]
    }


def test_foreign_province_after_its_country_with_capital() -> None:
    found = _places("巴基斯坦俾路支省首府奎达的医院遭爆炸袭击。")
    assert found == {
        "巴基斯坦": ("country", ["巴基斯坦"]),
        "俾路支省": ("foreign", ["俾路支省"]),
        "奎达": ("foreign", ["奎达"]),
    }


def test_foreign_state_wins_over_chinese_short_name_inside() -> None:
    found = _places("总理命令国防军向北部提格雷州首府默克莱市发起最后进攻。")
    assert found == {
        "提格雷州": ("foreign", ["提格雷州"]),
        "默克莱": ("foreign", ["默克莱市"]),
    }


def test_foreign_provinces_joined_and_capital() -> None:
    found = _places("北基伍省和伊图里省还报告多例疑似病例。")
    assert found.keys() == {"北基伍省", "伊图里省"}
    found = _places("亚运会将在印尼首都雅加达、南苏门答腊省首府巨港等城市举行。")
    assert found["南苏门答腊省"] == ("foreign", ["南苏门答腊省"])
    assert found["巨港"] == ("foreign", ["巨港"])


def test_foreign_region_and_province_before_their_heads() -> None:
    found = _places("阿尔萨斯大区区长兼下莱茵省省长帕特里斯·马涅埃出席。")
    assert found == {
        "阿尔萨斯大区": ("foreign", ["阿尔萨斯大区"]),
        "下莱茵省": ("foreign", ["下莱茵省"]),
    }


def test_chinese_divisions_and_titles_stay_chinese() -> None:
    assert _places("四川省省长出席会议。") == {"四川省": ("province", ["四川省"])}
    assert list(_places("阿坝州州长出席会议。")) == ["阿坝藏族羌族自治州"]
    assert _places("时任省长出席会议。") == {}


def test_hyphenated_foreign_names() -> None:
    found = _places("以解决两国之间的纳戈尔诺-卡拉巴赫、也就是纳卡问题。")
    assert found["纳戈尔诺-卡拉巴赫"] == ("foreign", ["纳戈尔诺-卡拉巴赫"])
    found = _places("亚美尼亚和阿塞拜疆在纳戈尔诺－卡拉巴赫地区爆发冲突。")
    assert found["纳戈尔诺－卡拉巴赫"] == ("foreign", ["纳戈尔诺－卡拉巴赫"])
    assert "纳戈尔诺" not in found
    found = _places("一批美军坦克被运抵罗马尼亚南部的米哈伊尔-科格尔尼恰努空军基地。")
    assert "米哈伊尔-科格尔尼恰努" in found


def test_village_after_foreign_division_suffix() -> None:
    found = _places("航班的机头部分坠落在顿涅茨克州拉瑟普诺耶村。")
    assert found["拉瑟普诺耶村"] == ("foreign", ["拉瑟普诺耶村"])
    assert found["顿涅茨克"] == ("foreign", ["顿涅茨克州"])


def test_demonstrative_base_is_no_site() -> None:
    assert _places("还将有500名美军士兵驻扎在这一基地。") == {}


def test_county_aliases() -> None:
    found = _places("吉林省松原市前郭县再次发生5.8级地震。")
    assert found["前郭尔罗斯蒙古族自治县"] == ("county", ["前郭县"])
    assert list(_places("兴安盟科右前旗的牧民。")) == ["兴安盟", "科尔沁右翼前旗"]


def test_names_after_posts_are_no_villages() -> None:
    assert list(_places("西藏自治区人大常委会主任洛桑江村、自治区人民政府主席出席。")) == [
        "西藏自治区"
    ]
    assert list(_places("朝鲜陆军中将安益山分别率团与会。")) == ["朝鲜"]


def test_navy_and_generic_routes_are_no_sites() -> None:
    assert list(_places("26号是俄罗斯海军日，俄罗斯总统普京出席。")) == ["俄罗斯"]
    assert list(_places("北京至雄安城际铁路正式开工建设。")) == ["北京市", "雄安新区"]
    assert _places("全省建设118个美丽乡村示范村，鼓励市县。") == {}


def test_village_after_pronoun() -> None:
    assert _places("三年前，我到你们达西村，同乡亲们座谈。") == {"达西村": ("site", ["达西村"])}
    assert "那考河湿地公园" in _places("在那考河湿地公园，汪洋等听取介绍。")


def test_venues_where_events_open() -> None:
    assert _places("《孙中山先生百年诞辰展览》，今起在香港展览中心展出。") == {
        "香港展览中心": ("site", ["香港展览中心"])
    }
    assert list(_places("订货会今天在中国国际展览中心开幕。")) == ["中国国际展览中心"]
    assert list(_places("招待会在国家大剧院举行。")) == ["国家大剧院"]
    found = _places("书展8号在白俄罗斯首都明斯克市国家展览中心开幕。")
    assert found.keys() == {"白俄罗斯", "明斯克"}
    assert list(_places("他来到首都博物馆参观。")) == ["首都博物馆"]


def test_township_named_after_county_or_site() -> None:
    found = _places("厦门集美区的航天城，日前在陈嘉庚故乡集美镇龙舟池畔建成开馆。")
    assert found["集美镇"] == ("township", ["集美镇"])
    assert found["集美区"] == ("county", ["集美区"])
    assert "西柏坡乡" in _places("企业家慷慨地为西柏坡乡受损的职业中学投资。")
    assert list(_places("河北阜平县城镇居民收入增长。")) == ["河北省", "阜平县"]
    assert list(_places("推进江阴乡村振兴。")) == ["江阴市"]


def test_foreign_town_named_after_a_person() -> None:
    found = _places("克·哈努家住康斯坦察县的尼·伯尔切斯库镇，去年秋天接受了胚胎移植。")
    assert found["尼·伯尔切斯库镇"] == ("foreign", ["尼·伯尔切斯库镇"])


def test_known_region_with_suffix() -> None:
    found = _places("蔡方柏大使和弗舍尔女士、阿尔萨斯大区区长兼下莱茵省省长马涅埃出席。")
    assert {"阿尔萨斯大区", "下莱茵省"} <= found.keys()
    assert "阿尔萨斯" not in found


def test_regions_in_a_list_with_a_region() -> None:
    found = _places("通过两干线畅通无阻地运往西北、华东、沿海地区。")
    assert found["西北"] == ("region", ["西北"])
    assert list(_places("今天夜间起，西北、西南部分地区有降雨。")) == ["西北", "西南"]
    assert "西北" not in _places("冷空气从东北和西北方向南下。")


def test_day_after_foreign_county_and_fixed_expressions() -> None:
    found = _places("美国华盛顿州斯诺霍米什县22号发生的泥石流已造成多人死亡。")
    assert found["斯诺霍米什县"] == ("foreign", ["斯诺霍米什县"])
    assert _places("治理难在“九龙治水、各自为政”。") == {}
    assert list(_places("随着江西省弋阳腔现代戏上演。")) == ["江西省"]


def test_translated_foreign_names_and_side_readings() -> None:
    found = _places("美国亚利桑那州凤凰城遭遇沙尘暴天气，飞往凤凰城的航班没有受到影响。")
    assert found["凤凰城"] == ("foreign", ["凤凰城", "凤凰城"])
    assert "西伯利亚" in _places("欧洲多国近日遭来自西伯利亚的寒流袭击。")
    assert list(_places("远东国际军事法庭对日本战犯进行了审判。")) == ["日本"]
    found = _places("习近平会见吉布提总统盖莱。吉中关系发展迅速。")
    assert "吉布提" in found and "吉尔吉斯斯坦" not in found
    assert list(_places("这五年，贵州推进美丽乡村建设。")) == ["贵州省"]
