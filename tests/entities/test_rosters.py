"""Rosters: a title heading a list of its holders, as election results and plenum
communiqués print them (shapes of the 2017, 2022 and 2023 lists in the CCTV transcripts)."""

from __future__ import annotations

import opencc

import yamen

PLENUM = """中国共产党第二十届中央委员会第一次全体会议公报
全会选举了中央政治局委员、中央政治局常务委员会委员、中央委员会总书记。名单如下：
一、中央政治局委员
（按姓氏笔画为序排列）
丁薛祥 习近平 马兴瑞 王毅 何卫东 张又侠
二、中央政治局常务委员会委员
习近平 李强 赵乐际
三、中央委员会总书记
习近平
五、中央军事委员会主席、副主席、委员
主 席 习近平
副主席 张又侠 何卫东
委 员 李尚福 刘振立
六、中央纪律检查委员会书记、副书记、常务委员会委员
书 记 李希
副书记 刘金国 喻红秋（女）
常务委员会委员（按姓氏笔画为序排列）
王晓萍（女） 刘金国 訚柏（纳西族）
"""


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: [x["label"] for x in p["positions"]] for p in yamen.read(text)["persons"]}


def test_plenum_lists_and_post_lines():
    found = posts(PLENUM)
    assert found["习近平"] == ["中央政治局委员", "中央政治局常委", "中央总书记", "中央军委主席"]
    assert found["何卫东"] == ["中央政治局委员", "中央军委副主席"]  # the model splits 何|卫东
    assert found["李尚福"] == ["中央军委委员"]
    assert found["李希"] == ["中央纪委书记"]
    assert found["喻红秋"] == ["中央纪委副书记"]  # （女） is a note, not part of the name
    assert found["刘金国"] == ["中央纪委副书记", "中央纪委常委"]
    assert found["訚柏"] == ["中央纪委常委"]
    assert "纳西族" not in found and "女" not in found


def test_a_list_titled_with_its_post():
    text = ("中国共产党第二十届中央委员会候补委员名单\n（171名）\n"
            "（按得票多少为序排列，得票相等的，按姓氏笔画为序排列）\n"
            "丁向群（女） 丁兴农 于会文（满族） 巨乾生 艾尔肯·吐尼亚孜（维吾尔族） 帕松列龙庄勐（傣族）\n")
    found = posts(text)
    for name in ("丁向群", "丁兴农", "于会文", "巨乾生", "艾尔肯·吐尼亚孜", "帕松列龙庄勐"):
        assert found[name] == ["中央候补委员"]
    assert "满族" not in found and "维吾尔族" not in found


def test_numbered_post_lines_under_a_long_heading():
    text = ("中国人民政治协商会议第十四届全国委员会主席、副主席、秘书长、常务委员名单\n"
            "一、主席\n王沪宁\n二、副主席（23名）\n石泰峰 胡春华 沈跃跃（女）\n"
            "三、秘书长\n王东峰（兼）\n四、常务委员（299名，按姓氏笔画排序）\n乙晓光 丁世忠（回族）\n")
    found = posts(text)
    assert found["王沪宁"] == ["全国政协主席"]
    assert found["沈跃跃"] == ["全国政协副主席"]
    assert found["王东峰"] == ["全国政协秘书长"]
    assert found["丁世忠"] == ["全国政协常委"]


def test_a_colon_list():
    found = posts("中央政治局委员：丁薛祥、王晨、刘鹤、许其亮\n")
    assert all(found[n] == ["中央政治局委员"] for n in ("丁薛祥", "王晨", "刘鹤", "许其亮"))


def test_a_heading_without_a_post_gives_none():
    text = "江泽民同志治丧委员会名单\n主任委员：\n习近平\n委员：\n李克强、栗战书、汪洋\n"
    assert all(labels == [] for labels in posts(text).values())


def test_rosters_read_the_same_in_traditional_script():
    assert posts(opencc.OpenCC("s2t").convert(PLENUM)) == posts(PLENUM)
