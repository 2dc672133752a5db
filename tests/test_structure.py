import pytest

from yamen.document import Document
from yamen.structure import find_byline, find_outlet, structure


@pytest.mark.parametrize(
    ("lead", "outlet", "scope"),
    [
        ("广州日报讯 6月24日，广东省党政代表团前往天津市", "广州日报", "prefecture"),
        ("新华社北京6月24日电 国务院总理李强会见", "新华社", "national"),
        ("央视网消息（新闻联播）：今天，国务院", "央视网", "national"),
        ("中国网络电视台消息(新闻联播)：中共中央总书记", "中国网络电视台", "national"),
        ("南方日报讯 （记者/张三）近日", "南方日报", "province"),
    ],
)
def test_outlet_from_the_lead(lead, outlet, scope):
    found, span = find_outlet(lead)
    assert (found.name, found.scope) == (outlet, scope)
    assert lead[span.start:span.end] == outlet


def test_an_outlet_cited_in_the_body_is_not_the_publisher():
    body = "会议指出，" + "各地要认真贯彻落实。" * 5 + "据人民日报报道，"
    assert find_outlet(body) is None


def test_the_seed_byline(seed_text):
    import opencc

    simplified = opencc.OpenCC("t2s").convert(seed_text)
    assert len(simplified) == len(seed_text)
    byline = find_byline(simplified)
    assert [name for name, _ in byline.reporters] == ["徐林", "骆骁骅", "岳宗"]
    assert [name for name, _ in byline.editors] == ["龙煜"]
    _, span = byline.reporters[1]
    assert seed_text[span.start:span.end] == "駱驍驊"


@pytest.mark.parametrize(
    ("tail", "reporters", "editors"),
    [
        ("(视频编辑：张贝龙 文字编辑：温凤浩)", [], ["张贝龙", "温凤浩"]),
        ("（视频编辑： 张贝龙 文字编辑：刘禛）", [], ["张贝龙", "刘禛"]),
        ("（责任编辑：易佳）", [], ["易佳"]),
        ("（记者 张三 李四）", ["张三", "李四"], []),
        ("（动画结束）", [], []),
        ("（记者 张三 通讯员 李四）", ["张三", "李四"], []),
        ("（编辑：龙煜 校对：王五）", [], ["龙煜", "王五"]),
        ("（编辑: 广州网 龙煜）", [], ["龙煜"]),
        ("（视频编辑：张双玲 文字编辑：见红蕊）", [], ["张双玲", "见红蕊"]),
        ("（完）", [], []),
    ],
)
def test_byline_forms(tail, reporters, editors):
    byline = find_byline("正文。\n" + tail)
    assert [n for n, _ in byline.reporters] == reporters
    assert [n for n, _ in byline.editors] == editors


def test_byline_people_are_persons_with_their_role():
    text = "新华社北京电 会议召开。\n（视频编辑：张贝龙 文字编辑：温凤浩）"
    doc = structure(Document(id="x", original=text))
    assert doc.byline == {"reporters": [], "editors": ["张贝龙", "温凤浩"]}
    assert [(p["name"], p["roles"]) for p in doc.persons] == [
        ("张贝龙", ["editor"]), ("温凤浩", ["editor"])
    ]
    start, end = doc.persons[0]["mentions"][0]
    assert text[start:end] == "张贝龙"
