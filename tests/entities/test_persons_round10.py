"""Persons and posts in foreign-affairs news (round 10 review): words the model tags as
names that are a country's side or army (塞方钦佩, 乌军), a pair or a count of countries
(韩日此前, 马三国), a dossier or an armed group (伊核, 哈马斯), a storm in quotes (“尤尼斯”),
a foreign place (萨达省, 达累斯萨拉姆, 纳坦兹核设施); names cut or run on (安倍晋三特使,
乌胡鲁·肯雅塔, 竞选人希拉里·克林顿, 车队遭袭, 沙雷会面, 外长久里奇); and posts: 最高领导人,
总统发言人, 共和国总统, bare posts China has too before a foreign name (同副总理穆斯塔法耶夫),
时任/新任 before a bare post, 自民党 written without its country, and a country's
abbreviation read as the country of that initial the text names (中塞 with 塞拉利昂)."""

from __future__ import annotations

import pytest

import yamen


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: [x["label"] + ("(former)" if x.get("status") == "former" else "")
                        for x in p["positions"]] for p in yamen.read(text)["persons"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乌克兰总统泽连斯基表示，乌军正继续对库尔斯克地区采取进攻行动。",
         {"泽连斯基": ["乌克兰总统"]}),
        ("拉姆卡拉旺表示，感谢中方为塞舌尔提供各种宝贵帮助。塞方钦佩习近平主席的远见卓识。",
         {"拉姆卡拉旺": [], "习近平": ["国家主席"]}),
        ("韩国总统文在寅在会见日本首相安倍晋三特使的时候表示，韩日此前签署的协议没有获得多数"
         "韩国民众通过。", {"文在寅": ["韩国总统"], "安倍晋三": ["日本首相"]}),
        ("李克强会见塞尔维亚总理武契奇、匈牙利总理欧尔班和马其顿总理格鲁埃夫斯基。塞、匈、马三国"
         "总理表示，将促进合作。",
         {"武契奇": ["塞尔维亚总理"], "欧尔班": ["匈牙利总理"],
          "格鲁埃夫斯基": ["马其顿总理"], "李克强": []}),
        ("伊朗总统莱希19日表示，伊核协议相关方正在维也纳举行谈判。巴勒斯坦伊斯兰抵抗运动（哈马斯）"
         "称，这一事件可能会破坏停火。", {"莱希": ["伊朗总统"]}),
        ("“尤尼斯”袭击欧洲多国 16人死亡。19日，肆虐欧洲多国的强风暴“尤尼斯”已导致至少16人死亡。",
         {}),
        ("也门胡塞武装称，该武装在也门萨达省上空击落了一架无人机。习近平在达累斯萨拉姆会见坦桑尼亚"
         "前总统姆卡帕。", {"姆卡帕": ["坦桑尼亚总统(former)"], "习近平": []}),
    ],
)
def test_words_that_are_no_names(text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中俄关系处于历史最高水平。俄方珍视同中方的友谊。",
        "数万韩民众集会抗议总统“好友干政”。数万韩国民众5号在首尔集会。",
        "伊媒称伊朗将生物太空舱送入预定轨道。据伊朗媒体6日报道，发射成功。",
        "墨西哥宣布与厄瓜多尔断交。墨西哥称，厄警方强行进入墨西哥驻厄使馆。",
    ],
)
def test_abbreviation_and_news_word(text: str) -> None:
    assert posts(text) == {}


def test_facility_after_a_name() -> None:
    found = posts("伊朗原子能组织主席萨利希表示，在纳坦兹核设施厂房发生火灾后，伊朗已开始建设。")
    assert "纳坦兹" not in found and "萨利希" in found


def test_name_listed_before_a_province_stays() -> None:
    found = posts("李长春在拉合尔会见了巴基斯坦穆斯林联盟(谢里夫派)领袖谢里夫和旁遮普省首席部长夏巴兹。")
    assert "谢里夫" in found and "夏巴兹" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国际刑事法院检察官5号宣布，撤销对肯尼亚总统乌胡鲁·肯雅塔的反人类罪指控。",
         {"乌胡鲁·肯雅塔": ["肯尼亚总统"]}),
        ("美国前国务卿、民主党总统竞选人希拉里·克林顿21号在接受美国媒体采访时表示。",
         {"希拉里·克林顿": ["美国国务卿(former)"]}),
        ("阿富汗副总统车队遭袭 多人死伤", {}),
        ("布鲁杰迪当天还与叙利亚副总统沙雷会面。这是一个多月以来沙雷首次公开露面。",
         {"沙雷": ["叙利亚副总统"], "布鲁杰迪": []}),
        ("同塞尔维亚议长布尔纳比奇、总理武切维奇、外长久里奇等在机场为习近平送行。",
         {"布尔纳比奇": ["塞尔维亚议长"], "武切维奇": ["塞尔维亚总理"],
          "久里奇": ["塞尔维亚外交部部长"], "习近平": []}),
        # a Hong Kong name of four with a double surname stays whole
        ("香港特别行政区行政长官林郑月娥，澳门特别行政区行政长官崔世安先后致辞。",
         {"林郑月娥": ["香港特别行政区行政长官"], "崔世安": ["澳门特别行政区行政长官"]}),
    ],
)
def test_names_cut_or_run_on(text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国总统特朗普近日表示，将很快宣布与朝鲜最高领导人金正恩的会面日期和地点。",
         {"特朗普": ["美国总统"], "金正恩": ["朝鲜最高领导人"]}),
        ("国家主席习近平12日下午在人民大会堂东门外广场举行仪式，欢迎乌兹别克斯坦共和国总统"
         "米尔济约耶夫对我国进行国事访问。",
         {"习近平": ["国家主席"], "米尔济约耶夫": ["乌兹别克斯坦总统"]}),
        ("国家主席习近平4日在人民大会堂会见刚果民主共和国总统卡比拉。",
         {"习近平": ["国家主席"], "卡比拉": ["刚果（金）总统"]}),
        ("同一天，埃及总统发言人阿里否认前总参谋长被软禁。", {"阿里": ["埃及总统发言人"]}),
        ("国务院副总理丁薛祥应邀访问阿塞拜疆，在巴库会见阿塞拜疆总统阿利耶夫，同副总理"
         "穆斯塔法耶夫举行会谈。",
         {"丁薛祥": ["国务院副总理"], "阿利耶夫": ["阿塞拜疆总统"],
          "穆斯塔法耶夫": ["阿塞拜疆副总理"]}),
        # a Chinese name after a post China has too gets no foreign post
        ("美国总统特朗普会见了副总理刘鹤。", {"特朗普": ["美国总统"], "刘鹤": []}),
        ("韩正访问印尼，分别会见新任总统普拉博沃、时任总统佐科和新任副总统吉布兰。",
         {"普拉博沃": ["印度尼西亚总统"], "佐科": ["印度尼西亚总统(former)"],
          "吉布兰": ["印度尼西亚副总统"], "韩正": []}),
        ("文在寅当天在青瓦台会见安倍特使、自民党干事长二阶俊博。韩国总统发言人当天发表声明。",
         {"二阶俊博": ["日本自民党干事长"], "文在寅": [], "安倍": []}),
        ("国家副主席王岐山会见塞拉利昂外交部长卡巴。中塞建交以来，两国始终真诚友好。论坛期间，"
         "习近平主席和比奥总统达成重要共识。",
         {"王岐山": ["国家副主席"], "卡巴": ["塞拉利昂外交部部长"], "习近平": ["国家主席"],
          "比奥": ["塞拉利昂总统"]}),
    ],
)
def test_foreign_posts(text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected
