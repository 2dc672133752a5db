"""Round 5 of persons and posts on unseen news: one sentence of the genre per form.

Foreign names the model splits or runs on (普京通|电话, 别|尔德穆哈梅多夫, 艾力更·依明|巴海),
foreign posts the lexicon did not read (瑞士联邦主席, a party's 联合主席, 老挝新任政府总理), the
secretariats of the people's organisations (共青团中央书记处第一书记), a term number inside a
chain (、十二届全国青联主席), a chain of forms of address (习近平总书记、国家主席), and words
the model tags as persons that are not (不周严, 汪老汉, 班禅 for the full name)."""

from __future__ import annotations

import pytest

import yamen


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: [x["label"] for x in p["positions"]] for p in yamen.read(text)["persons"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model runs the first character of 通电话 into a foreign name
        ("国家主席习近平7月8日同俄罗斯总统普京通电话。", {"普京": ["俄罗斯总统"]}),
        ("央视网消息（新闻联播）：国家主席习近平7月8日同俄罗斯总统普京通电话。",
         {"普京": ["俄罗斯总统"]}),
        # a new holder: 新任 between the country and the post
        ("国务院总理李克强同老挝新任政府总理潘坎通电话。", {"潘坎": ["老挝总理"]}),
        # a long transliterated name the model split after an adverb-like first character
        ("国家主席习近平同土库曼斯坦总统别尔德穆哈梅多夫互致贺电。",
         {"别尔德穆哈梅多夫": ["土库曼斯坦总统"]}),
        # Switzerland's head of state, and a foreign party's co-chair
        ("国家主席习近平同瑞士联邦主席索马鲁加互致贺电。", {"索马鲁加": ["瑞士联邦主席"]}),
        ("王沪宁会见由德国社会民主党联合主席克林贝尔率领的代表团。",
         {"克林贝尔": ["德国社会民主党联合主席"]}),
    ],
)
def test_foreign_leaders(text, expected):
    found = posts(text)
    for name, labels in expected.items():
        assert found.get(name) == labels, (name, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大会开幕会上，共青团中央书记处第一书记贺军科致词。", {"贺军科": ["共青团中央书记处第一书记"]}),
        ("中国科协书记处第一书记怀进鹏代表人民团体致词。", {"怀进鹏": ["中国科协书记处第一书记"]}),
        # a term number before the second title of a chain belongs to it
        ("共青团中央书记处常务书记、十二届全国青联主席汪鸿雁和二十六届全国学联主席王圣博作工作报告。",
         {"汪鸿雁": ["共青团中央书记处常务书记", "全国青联主席"], "王圣博": ["全国学联主席"]}),
        # forms of address chained after a name
        ("今年初，习近平总书记、国家主席同通伦总书记、国家主席通了电话。",
         {"习近平": ["中央总书记", "国家主席"], "通伦": []}),
        ("习近平总书记、国务院总理李克强出席。",
         {"习近平": ["中央总书记"], "李克强": ["国务院总理"]}),
    ],
)
def test_posts(text, expected):
    found = posts(text)
    for name, labels in expected.items():
        assert found.get(name) == labels, (name, found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a dotted name the model reads as a verb and a place after the dot; a name tagged
        # as a noun in the middle of a list
        ("丁薛祥、杨晓渡、郭声琨、黄坤明、尤权、艾力更·依明巴海、辜胜阻出席会议。",
         {"丁薛祥", "杨晓渡", "郭声琨", "黄坤明", "尤权", "艾力更·依明巴海", "辜胜阻"}),
        # the name the model read after the dot goes on as before
        ("贝鲁特省省长马尔万·阿布特称，贝鲁特半座城市都受到影响。", {"马尔万·阿布特"}),
    ],
)
def test_names_in_lists(text, names):
    assert names <= set(posts(text))


@pytest.mark.parametrize(
    ("text", "not_persons"),
    [
        ("归纳出常委会“学习风气不浓厚、决策程序不周严”等十个方面的突出问题。", {"周严"}),
        ("让汪老汉没想到的是，自己将信将疑种的10亩地，平均亩产竟然多了200多斤。", {"汪老汉"}),
        # the opening of a dotted name written in full is that person, not another
        ("习近平10日在中南海接受班禅额尔德尼·确吉杰布的拜见。班禅表示，一定刻苦学习。", {"班禅"}),
    ],
)
def test_words_that_are_no_names(text, not_persons):
    assert not_persons.isdisjoint(posts(text))


def test_a_settlement_the_model_tags_as_a_person_is_none() -> None:
    import yamen

    record = yamen.read("朱德对部队进行了天心圩整顿、大余整编、上堡整训。")
    assert [p["name"] for p in record["persons"]] == ["朱德"]
