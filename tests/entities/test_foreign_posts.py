"""Foreign leaders' posts in the forms the news writes them: a party the lexicon does not
list (孟加拉国人民联盟主席), the government's name before its head (政府总理), a bare post
China does not have (向总统普京), a form of address after a name (普京总统), and the names
the model misreads after such titles. Each case is a sentence of the genre."""

from __future__ import annotations

import opencc
import pytest

import yamen

TO_TRADITIONAL = opencc.OpenCC("s2t")


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: [x["label"] for x in p["positions"]] for p in yamen.read(text)["persons"]}


PARTY_CHAINS = [
    ("孟加拉国人民联盟主席、政府总理哈西娜表示，祝贺阁下连任。",
     {"哈西娜": ["孟加拉国人民联盟主席", "孟加拉国总理"]}),
    ("委内瑞拉统一社会主义党主席、总统马杜罗表示，您再次当选体现了中国人民的信任。",
     {"马杜罗": ["委内瑞拉统一社会主义党主席", "委内瑞拉总统"]}),
    ("日本自民党干事长二阶俊博16日在东京表示，愿推动日中关系改善。",
     {"二阶俊博": ["日本自民党干事长"]}),
    ("英国工党领导人科尔宾向议会下院提起不信任动议。", {"科尔宾": ["英国工党领导人"]}),
    ("柬埔寨人民党主席、王国政府首相洪森表示，坚信中国将取得新的成就。",
     {"洪森": ["柬埔寨人民党主席", "柬埔寨首相"]}),
    ("蒙古人民党主席、政府总理奥云额尔登表示，相信中国共产党将实现宏伟目标。",
     {"奥云额尔登": ["蒙古人民党主席", "蒙古总理"]}),
    ("日本自民党总裁、首相岸田文雄表示，谨致以衷心祝贺。",
     {"岸田文雄": ["日本自民党总裁", "日本首相"]}),
    # a past state post after 、前 keeps the plain label
    ("发来贺电的还有玻利维亚争取社会主义运动主席、前总统莫拉莱斯等。",
     {"莫拉莱斯": ["玻利维亚争取社会主义运动主席", "玻利维亚总统"]}),
    # 埃塞俄比亚 + 繁荣党: the model splits the party, the post reads it whole
    ("埃塞俄比亚繁荣党主席、总理阿比表示，期待加强两党交流。",
     {"阿比": ["埃塞俄比亚繁荣党主席", "埃塞俄比亚总理"]}),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_CHAINS)
def test_unlisted_foreign_party_chains(text, expected):
    found = posts(text)
    for name, labels in expected.items():
        assert found[name] == labels


@pytest.mark.parametrize(("text", "expected"), PARTY_CHAINS[:2])
def test_unlisted_foreign_party_chains_traditional(text, expected):
    found = posts(TO_TRADITIONAL.convert(text))
    for name, labels in expected.items():
        assert found[name] == labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the government's name between a country and its head drops
        ("柬埔寨王国政府首相洪森会见了中国代表团。", {"洪森": ["柬埔寨首相"]}),
        # a foreign legislature with its country (阿联酋 + 联邦国民议会 + 议长)
        ("国家副主席韩正13日在京会见阿联酋联邦国民议会议长萨格尔。",
         {"萨格尔": ["阿联酋联邦国民议会议长"], "韩正": ["国家副主席"]}),
        # 杜马 is the body's, not a person; the model reads 纳|雷什金 as a verb and a name
        ("张德江5日下午在人民大会堂与俄罗斯国家杜马主席纳雷什金举行会谈。",
         {"纳雷什金": ["俄罗斯国家杜马主席"]}),
        # a foreign minister's post is written in full
        ("俄罗斯国防部长绍伊古4日向总统普京汇报说，事故的主要原因为电池仓起火。",
         {"绍伊古": ["俄罗斯国防部部长"], "普京": ["俄罗斯总统"]}),
        # a joint body's co-chairs: the other side's post is named for China's
        ("国务院副总理、中俄能源合作委员会中方主席张高丽9日在北京与俄罗斯副总理、"
         "俄方主席德沃尔科维奇举行会晤。",
         {"张高丽": ["国务院副总理", "中俄能源合作委员会中方主席"],
          "德沃尔科维奇": ["俄罗斯副总理", "中俄能源合作委员会俄方主席"]}),
    ],
)
def test_foreign_bodies_and_bare_posts(text, expected):
    found = posts(text)
    for name, labels in expected.items():
        assert found[name] == labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form of address China does not use, one foreign country in the sentence (中俄)
        ("张德江说，习近平主席和普京总统决定对接合作，进一步拓宽了中俄合作的空间。",
         {"习近平": ["国家主席"], "普京": ["俄罗斯总统"]}),
        # no country in the sentence: the paragraph's
        ("韩正表示，在习近平主席和穆罕默德总统战略引领下，中阿关系不断走深走实。"
         "祝贺阿联酋成为金砖大家庭成员。",
         {"习近平": ["国家主席"], "穆罕默德": ["阿联酋总统"]}),
        # a country in another clause does not make 习近平主席 another country's
        ("斯洛文尼亚地处欧洲中心，习近平主席提出“一带一路”构想，给两国合作带来新机遇。",
         {"习近平": ["国家主席"]}),
        # two countries in view: no post can be given
        ("普京总统同拜登总统通电话，俄罗斯和美国同意继续对话。", {"普京": [], "拜登": []}),
        # a form of address after a name, run into it by the model, is the country's post
        ("俞正声向西哈莫尼国王和莫尼列太后转达了问候。中柬两国长期友好。",
         {"莫尼列": ["柬埔寨太后"]}),
    ],
)
def test_forms_of_address_in_view(text, expected):
    found = posts(text)
    for name, labels in expected.items():
        assert found[name] == labels


def test_post_after_a_name_is_a_form_of_address():
    # 总统 after the name is read as his form of address (the country's post), never as a
    # bare post before the next words (任内)
    found = posts("特朗普总统任内，美国退出了多项国际协定。")
    assert found["特朗普"] == ["美国总统"]


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        # a title is never a person
        ("全国政协主席俞正声出席并讲话。", {"俞正声"}, {"全国政协主席"}),
        # a name split 海尔/ORG + 马里亚姆/PER after a foreign title is read whole
        ("国家主席习近平6月14日在人民大会堂会见埃塞俄比亚总理海尔马里亚姆。",
         {"海尔马里亚姆"}, {"马里亚姆"}),
        # a name tagged ORG right after a title is a name
        ("韩国总统金大中访美期间表示，愿推动半岛和平。", {"金大中"}, set()),
        # 时 after a name known from a title is not part of it
        ("国务院总理李克强会见缅甸总统丁觉。会见丁觉时，李克强表示。", {"丁觉"}, {"丁觉时"}),
        # a body after a foreign leader's name is not part of the name
        ("美国总统特朗普政府宣布新规。", set(), {"特朗普政府"}),
    ],
)
def test_names_after_titles(text, names, not_names):
    found = set(posts(text))
    assert names <= found
    assert not found & not_names


def test_foreign_name_after_title_traditional():
    found = posts(TO_TRADITIONAL.convert("國家主席習近平在人民大會堂會見埃塞俄比亞總理海爾馬里亞姆。"))
    assert found["海尔马里亚姆"] == ["埃塞俄比亚总理"]


def test_biography_gives_every_post():
    text = ("秦基伟同志是中共第十三届中央政治局委员，第八届全国人大常委会副委员长。"
            "曾任北京军区司令员，中央军委委员、国务委员兼国防部长等重要职务。")
    record = yamen.read(text)
    person = next(p for p in record["persons"] if p["name"] == "秦基伟")
    by_label = {x["label"]: x["status"] for x in person["positions"]}
    assert by_label == {
        "中央政治局委员": "current", "全国人大常委会副委员长": "current",
        "北京军区司令员": "former", "中央军委委员": "former", "国务委员": "former",
        "国防部部长": "former",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 前 before a bare post: the country's post, held before; 针|对 is not in the name
        ("巴西联邦第四地区法院26日驳回前总统卢拉针对其二审判决的上诉，维持原判。",
         {"卢拉": ["巴西总统"]}),
        # a foreign leader addressed as 主席 gets no Chinese post
        ("与米亚斯尼科维奇主席和安德烈琴科主席会谈时，张德江表示，希望两国立法机关保持合作。",
         {"安德烈琴科": []}),
        # a post stated with 是 of a foreign official: no country is said, so no post
        ("伊朗国防部发言人哈塔米表示，法克里扎德是国防部副部长。", {"法克里扎德": []}),
        # a foreign legislature's chamber is part of the body
        ("塔吉克斯坦议会上院议长鲁斯塔姆致感谢答辞。", {"鲁斯塔姆": ["塔吉克斯坦议会上院议长"]}),
    ],
)
def test_foreign_precision_guards(text, expected):
    found = posts(text)
    for name, labels in expected.items():
        assert found.get(name, []) == labels


def test_former_bare_post_status():
    record = yamen.read("巴西联邦第四地区法院26日驳回前总统卢拉针对其二审判决的上诉。")
    person = next(p for p in record["persons"] if p["name"] == "卢拉")
    assert [x["status"] for x in person["positions"]] == ["former"]


def test_country_name_end_is_no_person():
    record = yamen.read("委内瑞拉总统马杜罗12日发表讲话，希望所有委内瑞拉人远离战争威胁。")
    assert "内瑞拉" not in {p["name"] for p in record["persons"]}


def test_bare_posts_and_parties_in_a_visit_to_one_country() -> None:
    text = ("刘云山对芬兰进行了正式访问，在赫尔辛基分别会见总统尼尼斯托，总理卡泰宁，"
            "社民党主席、财政部长林奈和中间党主席西比莱。")
    found = {p["name"]: [x["label"] for x in p["positions"]] for p in yamen.read(text)["persons"]}
    assert found["尼尼斯托"] == ["芬兰总统"]
    assert found["卡泰宁"] == ["芬兰总理"]
    assert found["林奈"] == ["芬兰社民党主席", "芬兰财政部部长"]
    assert found["西比莱"] == ["芬兰中间党主席"]
