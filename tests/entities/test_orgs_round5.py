"""Organisations, round 5 (precision on CCTV text): the model's ORG words that end like no
body (核心竞争力, 训练基地, 神州大地), kinds of body (中央党政军, 渔民协会), figures of speech
(“绿色银行”), function words, numbers and slogans run onto a body (同团中央, 五年共青团,
新征程人民政协), a name cut from its body (土耳其|中央银行), one-character country
abbreviations (俄海军, 乌政府), and names read only as the model's word (民建)
(yamen.entities.model_orgs, yamen.entities.named_orgs, yamen.entities.orgs)."""

from __future__ import annotations

import pytest

import yamen
from yamen.entities.model_orgs import body_like, trimmed
from yamen.entities.named_orgs import known_name, named_bodies


def orgs(text: str) -> dict[str, list[str]]:
    record = yamen.read(text)
    return {o["name"]: [text[s:e] for s, e in o["mentions"]] for o in record["organizations"]}


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("同团中央", (1, "团中央")),
        ("五年共青团", (2, "共青团")),
        ("新征程人民政协", (3, "人民政协")),
        ("在国务院", (1, "国务院")),
        ("上海市政府", (0, "上海市政府")),  # 上 of 上海 is the name's own
        ("三一重工", (0, "三一重工")),  # a number without a counter is the name's own
        ("同济大学", (0, "同济大学")),  # 济大学 is no known body
    ],
)
def test_heads_trimmed(surface: str, expected: tuple[int, str]) -> None:
    assert trimmed(surface) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("核心竞争力", False), ("训练基地", False), ("神州大地", False), ("中国田坛", False),
        ("新能源汽车", False), ("智能网联", False), ("联合国宪章", False),
        ("国务院", True), ("清华大学", True), ("中国女排", True), ("博鳌亚洲论坛", True),
        ("全国学联", True), ("APEC", True), ("中国人民政治协商会议", True),
    ],
)
def test_body_like(name: str, expected: bool) -> None:
    assert body_like(name) is expected


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("切实提升战略性新兴产业的核心竞争力，大力提高能源科技创新水平。", "核心竞争力"),
        ("一场对抗演练在北京军区某合同战术训练基地展开。", "训练基地"),
        ("中央党政军群有关部门负责人和首都各界代表出席。", "中央党政军"),
        ("习近平来到渔民协会了解组织渔民生产等情况。", "渔民协会"),
        ("为子孙后代留下可持续发展的“绿色银行”。", "绿色银行"),
        ("他还把所获得的国务院政府特殊津贴拿出来。", "国务院政府"),
        ("预祝中国共产党第二十次全国代表大会取得圆满成功。", "全国代表大会"),
    ],
)
def test_no_body(text: str, junk: str) -> None:
    assert junk not in orgs(text)


def test_function_word_and_number_trimmed_in_text() -> None:
    found = orgs("习近平在中南海同团中央新一届领导班子成员集体谈话。")
    assert "共青团中央" in found
    assert "同团中央" not in found


def test_slogan_trimmed_in_text() -> None:
    found = orgs("更好担负起新时代新征程人民政协的使命任务。")
    assert "新征程人民政协" not in found


def test_name_cut_from_its_body_joined() -> None:
    found = orgs("土耳其中央银行23日晚上紧急宣布大幅加息，并发表声明说，央行将实行货币收紧政策。")
    assert found == {"土耳其中央银行": ["土耳其中央银行", "央行"]}


def test_court_after_the_model_cut() -> None:
    assert "普雷斯顿地方法院" in orgs("17号，英国普雷斯顿地方法院裁定，霍尔因性侵罪获刑。")


@pytest.mark.parametrize(
    ("text", "name", "junk"),
    [
        ("俄罗斯总统说。\n俄海军透露，这支编队由大型登陆舰组成。", "俄罗斯海军", "俄海军"),
        ("乌克兰总统说，乌政府会毫不迟疑地实行战时状态。", "乌克兰政府", "乌政府"),
        ("俄罗斯总统说。俄国防部此前曾表示，编队将执行任务。", "俄罗斯国防部", "国防部"),
    ],
)
def test_country_written_short(text: str, name: str, junk: str) -> None:
    found = orgs(text)
    assert name in found
    assert junk not in found


def test_no_country_after_a_date() -> None:
    found = orgs("22日联合国安理会就巴以问题举行公开会。")
    assert "联合国安理会" in found
    assert not any(name.startswith("日本") for name in found)


def test_short_forms_of_body_words_merge() -> None:
    found = orgs("三江源国家公园管理局黄河源园区管理委员会的工作人员常年扎根这里。"
                 "三江源国家公园管理局黄河源园区管委会的站长马贵说。")
    assert list(found) == ["三江源国家公园管理局黄河源园区管理委员会"]


def test_cabinet_office() -> None:
    found = orgs("根据日本内阁府近日发布的初步结果，日本实际国内生产总值环比下降。")
    assert "日本内阁府" in found
    assert "日本内阁" not in found


def test_summit_is_a_meeting() -> None:
    assert "亚洲相互协作与信任措施会议" not in orgs("普京总统5月将访华并出席亚信峰会。")


def test_hidden_aliases_are_not_searched() -> None:
    assert known_name("民建") == "中国民主建国会"
    assert known_name("亚信") == "亚洲相互协作与信任措施会议"  # round 6: the full name
    text = "村里农民建房，人民进行了讨论，东亚信息产业发展。"
    assert named_bodies(text) == []


def test_fixed_names() -> None:
    found = orgs("乌克兰总统波罗申科主张由乌克兰、欧安组织、俄罗斯组成三方联络小组。")
    assert "欧洲安全与合作组织" in found
    found = orgs("这一说法遭哈马斯否认。")
    assert found == {"巴勒斯坦伊斯兰抵抗运动": ["哈马斯"]}
