"""Local officials' posts as discipline and local news write them: a 原 or 时任 inside a
title, a past chain, a bureau or zone committee written bare after a local title, a post
someone took (出任…的A), and the heads of foreign provinces, states and cities. Each case
is a sentence of the genre with the posts (and whether past) its persons should get."""

from __future__ import annotations

import pytest

from tests.entities.labels import posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 原 between the government and its Party group; the chain after it is past too
        ("中央纪委国家监委公开通报了陕西省政府原党组成员、副省长陈国强被“双开”的消息。",
         {"陈国强": ["陕西省人民政府党组成员*", "陕西省副省长*"]}),
        ("江苏省镇江市丹阳市政府原党组成员、副市长符卫国等人为涉黑组织充当“保护伞”。",
         {"符卫国": ["丹阳市人民政府党组成员*", "丹阳市副市长*"]}),
        # 原 after the Party committee's name: every post of the chain is past
        ("广西壮族自治区北海市合浦县委原常委、政法委书记庞学强等人为涉黑组织充当“保护伞”。",
         {"庞学强": ["合浦县委常委*", "合浦县委政法委书记*"]}),
        # 时任 between a county and its bureau
        ("响水县应急管理局局长孙锋、响水县时任环保局局长温劲松被监察立案调查。",
         {"孙锋": ["响水县应急管理局局长"], "温劲松": ["响水县环保局局长*"]}),
        # a banner's deputy head, then its bureau written bare
        ("内蒙古自治区巴彦淖尔市乌拉特前旗原副旗长、公安局原局长贾净博组织黑社会性质组织。",
         {"贾净博": ["乌拉特前旗副旗长*", "乌拉特前旗公安局局长*"]}),
        # a zone's administrative committee beside its Party working committee
        ("对邢台市经济开发区党工委书记、管委会主任段小勇作出停职检查决定。",
         {"段小勇": ["邢台市经济开发区党工委书记", "邢台市经济开发区管委会主任"]}),
        # a county standing committee member who heads the county's police
        ("湖南省衡阳县委常委、公安局局长王刚出席会议。",
         {"王刚": ["衡阳县委常委", "衡阳县公安局局长"]}),
        # a bureau's Party group member and chief engineer
        ("石家庄市交通运输局党组成员、总工程师何占魁被停职检查。",
         {"何占魁": ["石家庄市交通运输局党组成员", "石家庄市交通运输局总工程师"]}),
        # a ministry stays a ministry after a central post
        ("国务委员、公安部部长赵克志出席会议。", {"赵克志": ["国务委员", "公安部部长"]}),
        # a post someone took, then 的, then the holder; 当时 makes it past
        ("2012年，刚刚出任乐东县委书记的林北川，决定弄清楚这件事。",
         {"林北川": ["乐东黎族自治县委书记"]}),
        ("2000年7月2日，当时已任福建省省长的习近平同志带领干部来这里调研。",
         {"习近平": ["福建省长*"]}),
        # a department written with 和, after locators; and a name after a rank
        ("江苏省南京市江北新区生态环境和水务局原副局长梅理清等人在落实生态环保工作中失察失职。",
         {"梅理清": ["南京市江北新区生态环境和水务局副局长*"]}),
        ("江西省赣州市定南县工业和信息化局原党组书记、局长曾世明履职不力。",
         {"曾世明": ["定南县工业和信息化局党组书记*", "定南县工业和信息化局局长*"]}),
        ("江西省九江市政协原党组成员、副厅级干部古小平等人为涉黑组织充当“保护伞”。",
         {"古小平": ["九江市政协党组成员*"]}),
        # 原 after the chain's 、 marks that post past, and is no part of its body
        ("决定对吴浈（原食品药品监管总局副局长、原卫生计生委副主任）进行立案审查调查。",
         {"吴浈": ["食品药品监管总局副局长*", "卫生计生委副主任*"]}),
        # 前 inside a title is a past post, not of 目前 or 此前; a central body's 和 and its
        # institute; bodies ending 院
        ("中国银行广东开平支行前行长许超凡的妻子邝婉芳被遣返。",
         {"许超凡": ["中国银行广东开平支行行长*"], "邝婉芳": []}),
        ("目前局长王明表示。", {"王明": []}),
        ("国家林业和草原局林草调查规划院原副院长唐小平等人被查处。",
         {"唐小平": ["国家林业和草原局林草调查规划院副院长*"]}),
        ("富平县妇幼保健院院长王莉被免职。", {"王莉": ["富平县妇幼保健院院长"]}),
        ("“中行开平案”中中国银行广东开平支行前行长许超凡的妻子被遣返。",
         {"许超凡": ["中国银行广东开平支行行长*"]}),
        ("副主任刘锋，国家林业和草原局林草调查规划院原副院长唐小平，湖北省仙桃市委原常委。",
         {"刘锋": [], "唐小平": ["国家林业和草原局林草调查规划院副院长*"]}),
        # 和 between two bodies joins no name
        ("省委和省政府主要负责同志王明出席。", {"王明": []}),
    ],
)
def test_local_posts(text: str, expected: dict[str, list[str]]) -> None:
    found = posts(text)
    for name, labels in expected.items():
        assert found.get(name) == labels, (name, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign city or state the gazetteer lists
        ("现任德黑兰市市长卡利巴夫支持率暂时领先。", {"卡利巴夫": ["德黑兰市长"]}),
        # a country before the division locates it; the label names the division only, as
        # the gold sets write foreign city posts (纽约市长, 米兰市长)
        ("美国新泽西州州长克里斯蒂近日身陷政治丑闻。", {"克里斯蒂": ["新泽西州长"]}),
        # a province no list holds, after its country; a name through its middle dot
        ("土耳其哈塔伊省省长拉赫米·杜甘今天称，土耳其已进行报复。",
         {"拉赫米·杜甘": ["哈塔伊省长"]}),
        ("巴赫将会旗交给意大利米兰市市长萨拉和科尔蒂纳丹佩佐市市长盖迪纳。",
         {"萨拉": ["米兰市长"], "盖迪纳": ["科尔蒂纳丹佩佐市长"]}),
        # a transliterated city the model reads as a person, with no level word before 市长
        ("刘云山还会见了赫尔辛基市长帕尤宁和罗瓦涅米市长罗特沃宁。",
         {"帕尤宁": ["赫尔辛基市长"], "罗特沃宁": ["罗瓦涅米市长"]}),
        ("贝鲁特省省长马尔万·阿布特称，贝鲁特半座城市都受到影响。",
         {"马尔万·阿布特": ["贝鲁特省长"]}),
        # a province the model reads as a place (or a person), not Chinese
        ("艾伯塔省省长诺特利说，高温和大风天气导致林火再次失控。",
         {"诺特利": ["艾伯塔省长"]}),
        # Chinese heads are unchanged
        ("广东省省长马兴瑞出席。", {"马兴瑞": ["广东省长"]}),
        ("浙江省委副书记、省长袁家军主持会议。", {"袁家军": ["浙江省委副书记", "浙江省长"]}),
    ],
)
def test_foreign_local_heads(text: str, expected: dict[str, list[str]]) -> None:
    found = posts(text)
    for name, labels in expected.items():
        assert found.get(name) == labels, (name, found)


def test_presidium_posts_carry_their_session() -> None:
    text = ("十二届全国人大一次会议主席团12日下午在人民大会堂举行第三次会议。\n主席团常务主席张德江主持"
            "会议。主席团常务主席李建国、王胜俊出席会议。")
    assert posts(text) == {name: ["十二届全国人大一次会议主席团常务主席"]
                           for name in ("张德江", "李建国", "王胜俊")}
    assert posts("全国政协十四届一次会议主席团常务主席王沪宁、石泰峰出席。") == {
        name: ["全国政协十四届一次会议主席团常务主席"] for name in ("王沪宁", "石泰峰")}
    assert posts("主席团常务主席王明主持会议。") == {"王明": []}


def test_a_minister_written_the_foreign_way_is_china_s_when_no_country_is_in_view() -> None:
    assert posts("国务委员杨洁篪等出席。外交部长王毅主持开幕式。")["王毅"] == ["外交部部长"]
    assert posts("会见俄罗斯总统普京、外交部长拉夫罗夫。")["拉夫罗夫"] != ["外交部部长"]


def test_reports_of_a_committee_s_members() -> None:
    text = ("会议分别听取了全国人大宪法和法律委员会主任委员李飞作的关于草案审议结果的报告，"
            "副主任委员胡可明作的关于畜牧法的报告。")
    assert posts(text) == {"李飞": ["全国人大宪法和法律委员会主任委员"],
                           "胡可明": ["全国人大宪法和法律委员会副主任委员"]}
    assert posts("会议听取了全国人大法律委员会副主任委员李飞、孙宝树作的报告。")["孙宝树"] == [
        "全国人大法律委员会副主任委员"]


def test_township_chains_and_past_posts_held_during_a_period() -> None:
    assert posts("贵州省册亨县丫他镇党委副书记、政法委书记、人大主席杜应堂违规收受礼品礼金问题；") == {
        "杜应堂": ["丫他镇党委副书记", "丫他镇政法委书记", "丫他镇人大主席"]}
    text = ("被告人周永康在担任中国石油天然气总公司副总经理，中共四川省委书记，中共中央政治局委员、"
            "国务委员，公安部部长期间，利用职务上的便利。")
    assert posts(text)["周永康"] == ["中国石油天然气总公司副总经理*", "四川省委书记*",
                                    "中央政治局委员*", "国务委员*", "公安部部长*"]
    assert posts("广东省委书记、人大常委会主任李希出席。") == {
        "李希": ["广东省委书记", "广东省人大常委会主任"]}


def test_village_bodies_armed_forces_and_foreign_advisers() -> None:
    assert posts("宁夏回族自治区海原县甘城乡武埫村村委会主任马涛违规收受礼金。") == {
        "马涛": ["武埫村村委会主任"]}
    assert posts("受中央军委委托，武警部队司令员王宁作了说明。") == {"王宁": ["武警部队司令员"]}
    assert posts("在会见新加坡荣誉国务资政吴作栋时，温家宝说。")["吴作栋"] == ["新加坡荣誉国务资政"]
    assert posts("日本内阁官房长官菅义伟表示。") == {"菅义伟": ["日本内阁官房长官"]}
