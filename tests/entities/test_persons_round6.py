"""Round 6 of persons: names the model finds that the checks used to drop or cut.

Found on People's Daily 1998 and checked on 新闻联播 items: transliterated names whose
first character is also a Chinese surname (麦克阿瑟, 穆巴拉克) or that no cue word follows
(基里延科是…), three-character Chinese names the model cuts after two (罗豪|才主持), a
foreign name split in two (斯卡尔|法罗) or run into its title (总理基里延科), the family
name of a dotted name read as the same person (瓦拉德卡 for 利奥·瓦拉德卡) — and what these
must not let in: places in a list or before a place word (顿涅茨克、卢甘斯克, 库肯霍夫城堡),
a name in quotes (“苏沃洛夫突击”), a country before a verb (马里|愿), a surname with a form of
address (冯女士, 胡老, 郑某: no one named; a title is never part of a name)."""

from __future__ import annotations

import pytest

import yamen
from yamen.entities import ner
from yamen.entities.names import AFTER_NAME
from yamen.entities.person_checks import dotted_alias, given_cut_off, place_like
from yamen.lexicon import transliterated


def names(text: str) -> set[str]:
    return {p["name"] for p in yamen.read(text)["persons"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a transliterated name of four whose first character is a surname (麦, 穆, 罗)
        ("被日本国内外普遍认为是继明治维新、麦克阿瑟治理后的第三次大变革。", "麦克阿瑟"),
        ("内塔尼亚胡和穆巴拉克就中东和平进程的最新发展交换了意见。", "穆巴拉克"),
        ("罗纳尔多今天在场上再次展示了世界足球先生的风采。", "罗纳尔多"),
        # a transliterated name of four with no cue word near it
        ("基里延科是在俄罗斯处于相当关键的时刻出任总理的。", "基里延科"),
        ("纪念德国伟大戏剧家布莱希特诞辰百年大会5月11日在北京举行。", "布莱希特"),
    ],
)
def test_transliterated_names_kept(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("致公党中央主席罗豪才主持会议并讲话。", "罗豪才"),
        ("季红真指出拉美文学的独特现象。", "季红真"),
        ("受国务院委托，教育部部长陈宝生作了说明。", "陈宝生"),
    ],
)
def test_three_character_names_read_whole(text, name):
    found = names(text)
    assert name in found and name[:2] not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("李瑞环首先对斯卡尔法罗总统访华表示欢迎。", "斯卡尔法罗"),
        ("艾滋病联合计划署执行干事彼得·皮奥在开幕式上讲话时指出。", "彼得·皮奥"),
        ("二是总统新闻秘书亚斯特任布斯基宣布，总统深信。", "亚斯特任布斯基"),
    ],
)
def test_split_foreign_names_joined(text, name):
    assert name in names(text)


def test_name_run_into_foreign_title():
    record = yamen.read("俄罗斯政府总理基里延科认为金融危机的重要原因之一是外债。")
    persons = {p["name"]: [x["label"] for x in p["positions"]] for p in record["persons"]}
    assert persons == {"基里延科": ["俄罗斯总理"]}


def test_family_name_of_dotted_name_is_a_mention():
    text = ("现年38岁的利奥·瓦拉德卡2日当选爱尔兰执政党统一党党首。"
            "议会将确认瓦拉德卡为爱尔兰新总理。瓦拉德卡来自印度移民家庭。")
    persons = yamen.read(text)["persons"]
    assert [p["name"] for p in persons] == ["利奥·瓦拉德卡"]
    assert len(persons[0]["mentions"]) == 3
    assert dotted_alias("瓦拉德卡", ["利奥·瓦拉德卡"]) == "利奥·瓦拉德卡"
    assert dotted_alias("利奥", ["利奥·瓦拉德卡"]) == "利奥·瓦拉德卡"
    assert dotted_alias("德卡", ["利奥·瓦拉德卡"]) is None


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("绍伊古4日说，俄军和顿涅茨克、卢甘斯克武装力量一起正在扩大战果。", "卢甘斯克"),
        ("荷兰国王陪同前往库肯霍夫城堡参观。", "库肯霍夫"),
        ("当天前线地区发生上百次战斗，库拉霍夫和波克罗夫斯克地区的局势依然严峻。", "库拉霍夫"),
        ("北约国家与芬兰在芬兰西部的尼尼萨洛举行为期9天的军事演习。", "尼尼萨洛"),
        ("中方承办的“苏沃洛夫突击”、“安全环境”等项目。", "苏沃洛夫"),
        ("马里愿在“一带一路”框架下，不断加强同中方合作。", "马里愿"),
        ("家住浙江省长兴县的冯女士通过网上银行转账。", "冯女士"),
        ("胡老说，当画画疲倦时就到院里走走。", "胡老"),
        ("将被絮的加工者———同村郑某叫来看。", "郑某叫"),
        ("卡拉奇晴30℃／44℃开罗晴20℃／37℃。", "卡拉奇晴"),
    ],
)
def test_not_persons(text, not_a_person):
    assert not_a_person not in names(text)


def test_place_like_forms():
    assert place_like("俄军和顿涅茨克、卢甘斯克武装力量", "卢甘斯克")
    assert place_like("在芬兰西部的尼尼萨洛举行", "尼尼萨洛")
    assert place_like("中方承办的“苏沃洛夫突击”", "苏沃洛夫")
    # a country that qualifies the next name in a list does not make this one a place
    assert not place_like("美国老将塞莱斯、俄罗斯的库尼科娃", "塞莱斯")
    assert not place_like("会见了克林斯曼、罗纳尔多", "罗纳尔多")


def test_transliterated():
    assert transliterated("麦克阿瑟") and transliterated("基里延科")
    assert not transliterated("周启动式") and not transliterated("正风肃纪")
    assert not transliterated("卡拉奇晴")  # the last character ends a transliteration
    assert not transliterated("斯基")  # two characters: too short to tell


def test_given_cut_off():
    text = "致公党中央主席罗豪才主持会议。"
    words = {w.start: w for w in ner.tokens(text)}
    word = words[text.index("罗豪")]
    assert word.text == "罗豪"
    assert given_cut_off(text, word, words.get(word.end), AFTER_NAME)
    # the two-character form standing alone elsewhere is a two-character name
    text = "外交部长王毅还表示，王毅说。"
    words = {w.start: w for w in ner.tokens(text)}
    word = words[text.index("王毅")]
    assert not given_cut_off(text, word, words.get(word.end), AFTER_NAME)


def test_post_after_family_name_goes_to_full_name():
    text = ("国家主席习近平致电埃默森·姆南加古瓦，祝贺他当选连任津巴布韦共和国总统。"
            "习近平指出，中国和津巴布韦是全天候朋友。姆南加古瓦总统就任以来，两国关系不断发展。")
    persons = {p["name"]: [x["label"] for x in p["positions"]]
               for p in yamen.read(text)["persons"]}
    assert persons.get("埃默森·姆南加古瓦") == ["津巴布韦总统"]
    assert "姆南加古瓦" not in persons
