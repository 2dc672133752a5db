"""Names right after a title that the model cut or did not tag (set C review): a surname
the model split from its given name (韩|正在), a name the model read as a verb and a noun
before 的 (信|长星的), and the guards that keep a post (任组长) or a place (长江边) out."""

from __future__ import annotations

import pytest

import yamen


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: [x["label"] for x in p["positions"]] for p in yamen.read(text)["persons"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中共中央政治局委员、上海市委书记韩正在参加上海代表团审议时说，过去五年成绩显著。",
         {"韩正": ["中央政治局委员", "上海市委书记"]}),
        ("今天的权威访谈来看总台记者对江苏省委书记信长星的专访。", {"信长星": ["江苏省委书记"]}),
        ("审计署成立了由审计署审计长任组长的教育实践活动小组。", {}),
        ("宜昌市长江边的化工厂纷纷开始了厂区全面拆除。", {}),
        ("市委书记的讲话引起强烈反响。", {}),
        # a common word after a title is no name; a name of two the model cut in a list is
        ("确认开除陈川平、仇和、杨卫泽等10名中央委员和候补中央委员党籍。",
         {"陈川平": [], "仇和": [], "杨卫泽": []}),
        ("在春耕、夏收、秋收的关键农时，各地抓好粮食生产。", {}),
    ],
)
def test_names_after_titles(text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected


def test_a_bracketed_duty_is_no_byline() -> None:
    record = yamen.read("决定对吴浈（原卫生计生委副主任，分管药化注册管理、药化监管和审核查验等工作）"
                        "进行立案审查调查。")
    assert record["byline"] == {"reporters": [], "editors": []}
    assert [p["name"] for p in record["persons"]] == ["吴浈"]


def test_a_leading_body_is_no_list_heading() -> None:
    assert posts("北京市领导班子都是来到主城区调研。") == {}
    assert posts("省领导张虎、郭永航出席。") == {"张虎": [], "郭永航": []}


def test_a_name_the_model_read_as_a_noun_before_zongshuji() -> None:
    assert posts("必须紧扣党的十八大精神、习近平总书记重要讲话精神、十八大以来中央的决策部署。") == {
        "习近平": ["中央总书记"]}
    assert posts("大会常务主席主持会议。") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model reads the third character into the report verb: 江必|新作, 乐玉|成作
        ("全国人大宪法法律委副主任委员江必新作的专利法修正案草案审议结果的报告。",
         {"江必新": ["全国人大宪法法律委副主任委员"]}),
        ("外交部副部长乐玉成作了关于提请审议引渡条约的议案的说明。",
         {"乐玉成": ["外交部副部长"]}),
        # a third character the model read as a conjunction, then a verb
        ("中央军委委员、国务委员兼国防部长魏凤和作了说明。",
         {"魏凤和": ["中央军委委员", "国务委员", "国防部部长"]}),
        # not 等 (王毅等出席), not a name that stands alone elsewhere
        ("中央外事工作委员会办公室主任王毅等出席欢迎仪式。",
         {"王毅": ["中央外事工作委员会办公室主任"]}),
    ],
)
def test_names_cut_before_a_report_verb(text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected


def test_destinations_are_not_a_leader_s_country() -> None:
    assert posts("会议审议了栗战书委员长访问俄罗斯、蒙古国、尼泊尔、韩国并出席论坛情况的书面报告。") == {
        "栗战书": ["全国人大常委会委员长"]}


def test_dotted_names_in_lists_and_alone() -> None:
    assert set(posts("主席团常务主席陈希、吉炳轩、艾力更·依明巴海、万鄂湘出席会议。")) == {
        "陈希", "吉炳轩", "艾力更·依明巴海", "万鄂湘"}
    assert posts("马尔万·阿布特称，半座城市受到影响。") == {"马尔万·阿布特": []}


def test_the_other_party_state_s_leader_by_a_shared_form_of_address() -> None:
    assert posts("王沪宁表示，在习近平总书记和阮富仲总书记战略引领下，中越关系保持健康稳定发展。") == {
        "王沪宁": [], "习近平": ["中央总书记"], "阮富仲": ["越共中央总书记"]}
    # different forms in a pair: no post is guessed for the second (胡志明主席和周恩来总理)
    assert posts("中越两国老一辈领导人毛泽东主席、胡志明主席和周恩来总理亲手缔造了中越传统友谊。")[
        "周恩来"] != ["越南总理"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("看到市委书记来了，不少群众围了过来。", {}),
        ("中共中央政治局委员、北京市委书记郭金龙、中国国民党副主席蒋孝严等一同参观。",
         {"郭金龙": ["中央政治局委员", "北京市委书记"], "蒋孝严": ["中国国民党副主席"]}),
        ("美国总统顾问波德斯塔表示。", {"波德斯塔": ["美国总统顾问"]}),
    ],
)
def test_set_b_forms(text: str, expected: dict[str, list[str]]) -> None:
    assert posts(text) == expected


def test_a_bare_zongshuji_is_the_general_secretary_the_text_names() -> None:
    text = "2005年，时任浙江省委书记习近平在安吉余村考察。10多年来，牢记总书记的嘱托，丽水探索绿色发展。"
    assert posts(text) == {"习近平": ["浙江省委书记", "中央总书记"]}
    assert posts("越共总书记说，两党关系很好。") == {}


def test_a_family_name_is_a_mention_of_the_full_name() -> None:
    text = ("在野党指责安倍为朋友学园谋取私利。日本最大在野党民进党近日称，有文件显示，"
            "首相安倍晋三可能曾为其好友担任理事长。")
    record = yamen.read(text)
    assert [(p["name"], [x["label"] for x in p["positions"]], len(p["mentions"]))
            for p in record["persons"]] == [("安倍晋三", ["日本首相"], 2)]


def test_a_transliterated_place_that_speaks_is_a_person() -> None:
    assert posts("刚刚在乌克兰总统选举中胜出的波罗申科26号表示，将采取更有效的措施。") == {"波罗申科": []}
    assert posts("伊德利卜省的局势仍然紧张。") == {}
