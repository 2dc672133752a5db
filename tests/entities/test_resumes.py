"""Official CVs (简历): the posts on a CV's lines are its subject's, past when the period is
closed, current when it is open or stated after 现任; the closing term lines are past when
the next term had opened. The CV is cut from CCTV 新闻联播 20171025-04 (李克强同志简历)."""

from __future__ import annotations

import yamen

CV = """央视网消息（新闻联播）：
李克强同志简历
李克强，男，汉族，1955年7月生，安徽定远人，1974年3月参加工作，1976年5月加入中国共产党。
现任中央政治局常委，国务院总理、党组书记。
1982－1983年 北京大学团委书记，共青团中央常委
1983－1985年 共青团中央书记处候补书记
1998－1999年 河南省委副书记、代省长
2003－2004年 河南省委书记、省人大常委会主任
2008－2013年 中央政治局常委，国务院副总理、党组副书记
2013－ 中央政治局常委，国务院总理、党组书记
第十五届、十六届、十七届、十八届、十九届中央委员，十七届、十八届、十九届中央政治局委员、常委。第八届全国人大常委会委员。"""


def posts(text: str) -> dict[str, dict[str, str]]:
    return {p["name"]: {x["label"]: x["status"] for x in p["positions"]}
            for p in yamen.read(text, date="20171025")["persons"]}


def test_cv_lines_give_the_subject_each_post_with_its_status() -> None:
    assert posts(CV)["李克强"] == {
        "中央政治局常委": "current",
        "国务院总理": "current",
        "国务院党组书记": "current",
        "北京大学团委书记": "former",
        "共青团中央常委": "former",
        "共青团中央书记处候补书记": "former",
        "河南省委副书记": "former",
        "河南省代省长": "former",
        "河南省委书记": "former",
        "河南省人大常委会主任": "former",
        "国务院副总理": "former",
        "国务院党组副书记": "former",
        "中央委员": "current",  # the 19th Central Committee sat in 2013, the CV's latest year
        "中央政治局委员": "current",
        "全国人大常委会委员": "former",  # the 9th NPC opened in 1998
    }


def test_no_cv_without_its_opening_line() -> None:
    text = "1998－1999年 河南省委副书记、代省长\n1999－2002年 河南省委副书记、省长"
    assert posts(text) == {}


def test_youth_league_committees_keep_the_league() -> None:
    found = posts("共青团安徽省委宣传部部长李明、团省委副书记王刚出席。")
    assert found == {"李明": {"共青团安徽省委宣传部部长": "current"},
                     "王刚": {"共青团安徽省委副书记": "current"}}
    assert posts("广东代表团省委书记李希发言。") == {"李希": {"广东省委书记": "current"}}


def test_an_obituary_gives_the_titles_before_the_name_and_the_posts_held_in_turn() -> None:
    text = ("中国共产党第十四届中央政治局委员、中央书记处书记，第十五届中央政治局委员，"
            "第十六届、十七届中央政治局常委、国务院原副总理，第十届、十一届全国人民代表大会常务"
            "委员会委员长吴邦国同志，因病医治无效，在北京逝世。\n1983年3月至1991年3月，吴邦国同志"
            "历任上海市委常委兼市委科技工作党委书记、上海市委副书记。")
    assert posts(text)["吴邦国"] == {
        "全国人大常委会委员长": "current",
        "中央政治局常委": "current",
        "国务院副总理": "former",
        "中央政治局委员": "current",
        "中央书记处书记": "current",
        "上海市委常委": "former",
        "上海市委科技工作党委书记": "former",
        "上海市委副书记": "former",
    }


def test_titles_before_a_comma_stay_apart_when_the_next_chain_has_a_name_of_its_own() -> None:
    found = posts("国务院总理李克强，国务院副总理张高丽出席。")
    assert found == {"李克强": {"国务院总理": "current"}, "张高丽": {"国务院副总理": "current"}}
