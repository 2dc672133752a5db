"""Round 13 forms of posts, from local officials' reports: township heads, village branches
(党总支), a village's past post, Party congress and NPC / CPPCC deputies, 是 before a local
post, a committee's bare posts on the next line, and a list item naming only an organ."""

from __future__ import annotations

import yamen
from tests.entities.labels import posts_with_status as _posts


def test_township_head_after_the_township() -> None:
    posts = _posts("柳州市鱼峰区白沙镇镇长李明说，今年要加快发展。")
    assert posts["李明"] == [("白沙镇长", "current")]


def test_township_chain_drops_the_county() -> None:
    posts = _posts("记者来到2013年密云县檀营乡党委委员、副乡长刘远超操办婚礼的现场。")
    assert posts["刘远超"] == [("檀营乡党委委员", "current"), ("檀营乡副乡长", "current")]


def test_bare_township_head_gives_nothing() -> None:
    assert _posts("镇长李明说，今年要加快发展。").get("李明", []) == []


def test_village_general_branch_after_a_city() -> None:
    posts = _posts("巴彦淖尔市中南渠村党总支书记张继新在发言时介绍了村里的变化。")
    assert posts["张继新"] == [("中南渠村党总支书记", "current")]


def test_village_past_branch_secretary() -> None:
    posts = _posts("今天讲述青岛市黄岛区北窑村原党支部书记张玉刚的故事。")
    assert posts["张玉刚"] == [("北窑村党支部书记", "former")]


def test_party_congress_deputy_and_local_post_after_shi() -> None:
    posts = _posts("党的二十大代表李敏是江苏沭阳新河镇双荡村党总支副书记，一回到村里就宣讲。")
    assert posts["李敏"] == [("二十大代表", "current"), ("双荡村党总支副书记", "current")]


def test_deputy_title_before_a_team_is_no_post() -> None:
    record = yamen.read("浙江省组建二十大代表宣讲团、乡音宣讲团深入基层。", id="t",
                        date="20221214")
    assert record["persons"] == []


def test_kind_of_post_after_shi_is_not_held() -> None:
    posts = _posts("在福建政和县，大家说廖俊波是县委书记的榜样。")
    assert posts.get("廖俊波", []) == []


def test_npc_deputies_addressed_after_their_names() -> None:
    posts = _posts("全国人大代表座谈会上，阎建国、周有财代表提出，加快立法。"
                   "韩正代表党中央致词。")
    assert posts["阎建国"] == [("全国人大代表", "current")]
    assert posts["周有财"] == [("全国人大代表", "current")]
    assert posts.get("韩正", []) == []


def test_cppcc_member_addressed_after_the_name() -> None:
    posts = _posts("全国政协十二届五次会议举行全体会议。黄方毅委员发言中回忆了历史。")
    assert posts["黄方毅"] == [("全国政协委员", "current")]


def test_committee_bare_posts_on_the_next_line() -> None:
    posts = _posts("会议听取了全国人大宪法法律委副主任委员周光权作的审议结果的报告。\n"
                   "副主任委员徐辉作的长江保护法草案审议结果的报告，主任委员李飞作的汇报。")
    assert posts["徐辉"] == [("全国人大宪法法律委副主任委员", "current")]
    assert posts["李飞"] == [("全国人大宪法法律委主任委员", "current")]


def test_list_item_naming_only_an_organ_keeps_the_jurisdiction() -> None:
    posts = _posts("上杭县泮境乡党委原书记李英荣、纪委原书记钟东荣被问责。")
    assert posts["钟东荣"] == [("泮境乡纪委书记", "former")]
    posts = _posts("湖北省原副省长郭有明、政协原副主席陈柏槐被查。")
    assert posts["陈柏槐"] == [("湖北省政协副主席", "former")]


def test_bare_township_and_village_organs_take_the_place_named_before() -> None:
    posts = _posts("董绪伦是安徽省金寨县槐树湾乡杨桥村的贫困户。去年，在村党总支书记詹治干的"
                   "协调下，董绪伦承包了一口山塘。")
    assert posts["詹治干"] == [("杨桥村党总支书记", "current")]
    posts = _posts("在云南临沧市南美乡的党员干部们。眼看现场陷入僵局，乡党委书记梅建军马上出面解释。")
    assert posts["梅建军"] == [("南美乡党委书记", "current")]
