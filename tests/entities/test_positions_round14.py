"""Round 14 forms of posts: a dateline before a title, an institution's unit in a chain, a
caretaker government, a comma chain ending with an academician, 免去…同志…职务, a body
pointed back to (该局局长, 局党组书记) and a police unit written without its bureau."""

from __future__ import annotations

from tests.entities.labels import posts_with_status as _posts


def test_dateline_is_no_part_of_a_title() -> None:
    posts = _posts("新华社北京6月25日电外交部发言人华春莹25日表示，中方欢迎。")
    assert posts["华春莹"] == [("外交部发言人", "current")]


def test_dateline_of_a_station_report() -> None:
    posts = _posts("本台消息国家发展改革委主任何立峰表示，将扩大内需。")
    assert posts["何立峰"] == [("国家发展改革委主任", "current")]


def test_institution_unit_in_a_chain() -> None:
    posts = _posts("清华大学人工智能学院院长、交叉信息研究院院长姚期智出席会议。")
    assert posts["姚期智"] == [("清华大学人工智能学院院长", "current"),
                            ("清华大学交叉信息研究院院长", "current")]


def test_caretaker_government_drops() -> None:
    posts = _posts("丁薛祥在布鲁塞尔会见比利时看守政府首相德克罗。")
    assert posts["德克罗"] == [("比利时首相", "current")]


def test_executive_vice_president() -> None:
    posts = _posts("丁薛祥在布鲁塞尔会见欧盟委员会执行副主席谢夫乔维奇。")
    assert posts["谢夫乔维奇"] == [("欧盟委员会执行副主席", "current")]


def test_comma_chain_with_an_academician() -> None:
    posts = _posts("闭幕会前，全国政协教科卫体委员会副主任，南开大学校长，中国工程院院士曹雪涛作讲座。")
    assert posts["曹雪涛"] == [("全国政协教科卫体委员会副主任", "current"),
                            ("南开大学校长", "current"), ("中国工程院院士", "current")]


def test_joint_portfolio_minister() -> None:
    assert _posts("摩洛哥外交与合作大臣迈祖阿尔出席。")["迈祖阿尔"] == [
        ("摩洛哥外交与合作大臣", "current")]


def test_comrade_ends_the_name_before_a_post() -> None:
    posts = _posts("会议追认关于免去陈进行同志社会和法制委员会副主任职务的决定。")
    assert posts["陈进行"] == [("社会和法制委员会副主任", "former")]


def test_executive_committee_of_an_agency() -> None:
    posts = _posts("会见上海合作组织地区反恐怖机构执委会主任张新枫。")
    assert posts["张新枫"] == [("上海合作组织地区反恐怖机构执委会主任", "current")]


def test_bureau_pointed_back_to() -> None:
    posts = _posts("北京市环境保护局发布通知。该局局长郭立峰表示，将加大执法力度。"
                   "局党组书记徐金孝说，要抓好落实。")
    assert posts["郭立峰"] == [("北京市环境保护局局长", "current")]
    assert posts["徐金孝"] == [("北京市环境保护局党组书记", "current")]


def test_police_unit_takes_its_bureau() -> None:
    posts = _posts("肃宁县公安局组织警力开展侦查。刑警大队教导员王伟说，案件已经告破。")
    assert posts["王伟"] == [("肃宁县公安局刑警大队教导员", "current")]


def test_pointer_with_no_body_named_gives_nothing() -> None:
    assert _posts("该局局长郭立峰表示，将加大执法力度。").get("郭立峰", []) == []
