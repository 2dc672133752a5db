"""Posts stated of a name that does not directly follow them: appointments and removals,
elections, 同志任, posts in brackets, 时任…的, congratulations, spoken captions."""

from __future__ import annotations

import opencc
import pytest

import yamen


def positions(text: str) -> dict[str, list[tuple[str, str]]]:
    return {p["name"]: [(x["label"], x["status"]) for x in p["positions"]]
            for p in yamen.read(text)["persons"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议经表决，决定免去周生贤的环境保护部部长职务，任命陈吉宁为环境保护部部长。",
         {"周生贤": [("环境保护部部长", "former")], "陈吉宁": [("环境保护部部长", "current")]}),
        ("决定免去郭声琨兼任的公安部部长职务，任命赵克志为公安部部长。",
         {"郭声琨": [("公安部部长", "former")], "赵克志": [("公安部部长", "current")]}),
        # one frame, several names
        ("免去李宁、许安标的全国人大常委会法制工作委员会副主任职务。",
         {"李宁": [("全国人大常委会法制工作委员会副主任", "former")],
          "许安标": [("全国人大常委会法制工作委员会副主任", "former")]}),
        # an election, with the term number before the title
        ("十四届全国人大一次会议选举赵乐际为十四届全国人大常委会委员长。",
         {"赵乐际": [("全国人大常委会委员长", "current")]}),
        ("会议补选金春燮为国防委员会委员。", {"金春燮": [("国防委员会委员", "current")]}),
        # the model runs 政协 into the name; the long form holds a term number
        ("通过关于免去李金早政协第十三届全国委员会常务委员职务的决定。",
         {"李金早": [("全国政协常委", "former")]}),
    ],
)
def test_appointment_frames(text, expected):
    found = positions(text)
    for name, posts in expected.items():
        assert found[name] == posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("同日，国务院总理李克强致电祝贺潘坎当选老挝政府总理。",
         {"潘坎": [("老挝总理", "current")]}),
        ("易炼红同志任浙江省委委员、常委、书记；袁家军同志不再担任浙江省委书记职务。",
         {"易炼红": [("浙江省委委员", "current"), ("浙江省委常委", "current"),
                    ("浙江省委书记", "current")],
          "袁家军": [("浙江省委书记", "former")]}),
        ("习近平同志当选国家主席、中央军委主席得到了全军的衷心拥护。",
         {"习近平": [("国家主席", "current"), ("中央军委主席", "current")]}),
        ("童名谦在任湖南省衡阳市委书记期间，对贿选问题没有及时查处。",
         {"童名谦": [("衡阳市委书记", "former")]}),
        # the holder named before 祝贺他
        ("习近平致电老挝人民革命党中央总书记通伦，祝贺他当选老挝国家主席。",
         {"通伦": [("老挝人民革命党中央总书记", "current"), ("老挝国家主席", "current")]}),
        ("习近平致电唐纳德·特朗普，祝贺他当选美国总统。",
         {"唐纳德·特朗普": [("美国总统", "current")]}),
        # the holder is the name before ，祝贺他 — never the sender (李克强)
        ("国务院总理李克强致电里希·苏纳克，祝贺他就任英国首相。",
         {"李克强": [("国务院总理", "current")], "里希·苏纳克": [("英国首相", "current")]}),
        ("国家主席习近平6月26日致电塔内希·马茂，祝贺他连任基里巴斯总统。",
         {"塔内希·马茂": [("基里巴斯总统", "current")]}),
        # 新任 is no verb: a country before it is not a holder
        ("习近平接受巴基斯坦新任驻华大使哈立德递交国书。",
         {"哈立德": [("巴基斯坦驻华大使", "current")]}),
    ],
)
def test_name_then_verb(text, expected):
    found = positions(text)
    for name, posts in expected.items():
        assert found[name] == posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上，陈敏尔（天津市委书记）作了讲话。", {"陈敏尔": [("天津市委书记", "current")]}),
        ("甘肃省委常委、兰州市委书记李荣灿（时任甘肃省委常委、副省长）对此负有领导责任。",
         {"李荣灿": [("甘肃省委常委", "current"), ("兰州市委书记", "current"),
                    ("甘肃省副省长", "former")]}),
        ("2002年，时任福建省省长的习近平到厦门调研。", {"习近平": [("福建省长", "former")]}),
        # a caption before the speaker's words: titles and name spaced apart
        ("广西壮族自治区党委常委 南宁市委书记 陈武：你每天就是这个扁担啊。",
         {"陈武": [("广西壮族自治区党委常委", "current"), ("南宁市委书记", "current")]}),
    ],
)
def test_brackets_and_captions(text, expected):
    found = positions(text)
    for name, posts in expected.items():
        assert found[name] == posts


def test_an_envoy_whose_sender_is_not_named_gets_none():
    found = positions("日本政府今天决定，任命木寺昌人为驻华大使。")
    assert all(labels == [] for labels in found.values())


def test_a_name_under_a_collective_heading_gets_none():
    found = positions("省领导张虎、郭永航参加活动。任命名单另行公布。")
    assert found["张虎"] == [] and found["郭永航"] == []


def test_appointments_read_the_same_in_traditional_script():
    text = "会议决定免去周生贤的环境保护部部长职务，任命陈吉宁为环境保护部部长。车俊同志任浙江省委书记。"
    assert positions(opencc.OpenCC("s2t").convert(text)) == positions(text)
