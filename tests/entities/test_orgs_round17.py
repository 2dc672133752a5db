"""Organisations, round 17 (300 CCTV items and People's Daily 1998): regional blocs the lists left
out (南方共同市场, 南美国家联盟, 拉共体, 西共体), a ministry's name inside a rank (应急管理部长|级会议),
a clause run onto a known body (党中央|总揽全局), a name opening with 新时代 (新时代国际传播研究院),
a society's congress (中国作协代表大会), a body after 出任/担任 (出任中古史研究所所长), a verb's
object after a centre (梅地亚中心|设立新闻中心), a foreign province (下莱茵省|省长), a party written
as a proper noun (罗社会民主主义党), and kinds that name no body (乡镇卫生院, 融媒体中心, 阳光政府)
(yamen.entities.orgs, model_orgs, named_orgs, org_forms, org_works; data/organizations.tsv,
not_organizations.txt)."""

from __future__ import annotations

import yamen


def read(text: str) -> dict[str, list[list[int]]]:
    return {o["name"]: o["mentions"] for o in yamen.read(text)["organizations"]}


def orgs(text: str) -> set[str]:
    return set(read(text))


def test_regional_blocs() -> None:
    assert orgs("中方愿加强中国同南方共同市场、南美国家联盟合作。") == {"南方共同市场", "南美国家联盟"}
    assert orgs("中方愿同拉共体加强合作。") == {"拉美和加勒比国家共同体"}
    found = read("西非国家经济共同体（西共体）特别峰会14日举行。")
    assert found == {"西非国家经济共同体": [[0, 9], [10, 13]]}


def test_a_rank_is_no_ministry() -> None:
    assert orgs("今天，中国—中亚应急管理部长级会议在乌鲁木齐举行。") == set()
    found = read("应急管理部长级会议后，应急管理部部长出席。")
    assert found == {"应急管理部": [[11, 16]]}


def test_a_clause_after_a_known_body() -> None:
    found = read("以习近平同志为核心的党中央总揽全局，把宣传工作摆在重要位置。")
    assert found == {"中共中央": [[10, 13]]}
    assert "美国国家安全局" in orgs("国家邮政局和美国国家安全局表示。")


def test_a_societys_congress() -> None:
    found = read("再到中国文联、中国作协代表大会，总书记多次发表重要讲话。")
    assert found == {"中国文联": [[2, 6]], "中国作协": [[7, 11]]}
    assert orgs("第十四届全国人民代表大会第二次会议开幕。") == {"全国人大"}


def test_a_body_after_taking_office() -> None:
    assert orgs("中国科学院聘请他出任中古史研究所所长。") == {"中国科学院", "中古史研究所"}
    assert "北京大学经济学院" in orgs("他曾担任北京大学经济学院院长。")


def test_a_centre_set_up_by_a_body() -> None:
    assert orgs("各项活动将在北京梅地亚中心设立新闻中心，从9月23日起运行。") == {"北京梅地亚中心"}
    assert "国务院残疾人工作协调委员会" in orgs("国务院残疾人工作协调委员会、卫生部争取的项目。")


def test_kinds_that_name_no_body() -> None:
    assert orgs("加强乡镇卫生院和社区卫生服务中心疾病预防控制职责。") == set()
    assert orgs("新时代文明实践中心、县级融媒体中心等新载体助力基层。") == set()
    assert orgs("公示制度试点重在打造阳光政府，要及时主动公开。") == set()


def test_a_foreign_province_is_no_body() -> None:
    assert orgs("阿尔萨斯大区区长兼下莱茵省省长帕特里斯·马涅埃出席。") == set()
    assert orgs("浙江省人民政府和安吉县委。") == {"浙江省人民政府", "安吉县委"}


def test_a_party_written_as_a_proper_noun() -> None:
    found = orgs("继续致力于发展同包括罗社会民主主义党在内的罗主要政党之间的党际交流。")
    assert found == {"罗社会民主主义党"}


def test_a_name_that_opens_with_a_slogan_word() -> None:
    found = orgs("由中央广播电视总台和中国人民大学联合组建的新时代国际传播研究院今天举办活动。")
    assert "新时代国际传播研究院" in found
    assert orgs("更好担负起新时代新征程人民政协的使命任务。") == {"人民政协"}


def test_words_that_name_no_body() -> None:
    assert orgs("波兰新左翼党主席、副众议长查热斯特表示，愿加强合作。") == {"波兰新左翼党"}
    assert orgs("在中方斡旋下，巴勒斯坦实现内部历史性和解。") == set()
    assert orgs("美国国土安全部和俄罗斯内务部表示。") == {"美国国土安全部", "俄罗斯内务部"}
    found = orgs("300多名天津警备区舟桥团官兵进入中心火场附近铺桥。")
    assert found == {"天津警备区舟桥团"}
