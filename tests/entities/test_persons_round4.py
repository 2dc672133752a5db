"""Round 4 of persons and posts on unseen news: one sentence of the genre per form.

Words the model tags as persons that are not (a side of talks, a front-line town, a
brand in quotes, an occupation, a phrase), names it cuts or runs on, and posts the
lexicon did not read (a deputy foreign minister, a bank branch's Party secretary, a
decision's lines of names, China's foreign minister written like a foreign one)."""

from __future__ import annotations

import pytest

import yamen


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: [x["label"] for x in p["positions"]] for p in yamen.read(text)["persons"]}


def statuses(text: str) -> dict[str, list[str]]:
    return {p["name"]: [x["status"] for x in p["positions"]] for p in yamen.read(text)["persons"]}


@pytest.mark.parametrize(
    ("text", "not_persons"),
    [
        ("巴哈马作为加共体轮值主席国，巴方将为中加合作作出积极努力。", {"巴方"}),
        ("乌克兰海军2日发布视频称，乌方无人机在蛇岛附近海域击沉两艘俄军巡逻艇。", {"乌方"}),
        ("乌克兰武装部队总参谋部5日称，在库皮扬斯克和波克罗夫斯克方向，乌军击退俄军多次进攻。",
         {"库皮扬斯克", "波克罗夫斯克"}),
        ("美国威斯康星、佛蒙特、北卡罗莱纳等多州空气污染依然严重。", {"佛蒙特"}),
        ("俄军在阿夫杰耶夫卡方向摧毁一辆美制“艾布拉姆斯”主战坦克。", {"阿夫杰耶夫卡", "艾布拉姆斯"}),
        ("新乡法院聘请专业心理咨询师，设立家事心理咨询室。", {"心理咨询师"}),
        ("赵乐际说，要切实把正风肃纪反腐各项任务一抓到底。", {"正风肃纪"}),
        ("习近平强调，全党同志要对党忠诚，永葆政治本色。", {"党忠诚"}),
        ("俄罗斯也可以使用这些武器对向乌提供武器的国家发动打击，乌克兰表示反对。", {"向乌"}),
    ],
)
def test_model_words_that_are_no_names(text, not_persons):
    assert not_persons.isdisjoint(posts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the model ran a verb's first character into, known alone elsewhere
        ("俄罗斯总统普京警告称，西方持续向乌方输送武器十分危险。普京还表示，俄方持开放态度。",
         {"普京": ["俄罗斯总统"]}),
        # a name the model cut, the same character after it at every mention
        ("老庄稼把式韩中乾告诉记者，这些年他种地一直围着市场转。总书记来到韩中乾所在的尉氏县。"
         "种粮大户韩中乾今年种的全是优质专用小麦。", {"韩中乾": []}),
        # a surname and a form of address: the one person of that surname, with the post
        ("2013年10月，习近平主席在印度尼西亚国会发表演讲。易幕龙说，习主席提出的这一倡议正是所期待的。",
         {"习近平": ["国家主席"]}),
        # 和 as a given name after a title, not a conjunction
        ("记者从云南省纪委获悉，副省长张和因为涉嫌严重违纪，接受组织调查。", {"张和": ["云南省副省长"]}),
        # the model ran the conjunction into a name before 夫人
        ("国家主席习近平和夫人彭丽媛出席欢迎宴会。", {"习近平": ["国家主席"], "彭丽媛": []}),
        # a rank gives no post but fixes where the name starts
        ("经查，副厅级干部古小平利用职务便利为他人谋取利益。", {"古小平": []}),
        # a name in a list after a model name, which the model tags as a word
        ("王沪宁、栗战书、杨洁篪等参加会见。", {"王沪宁": [], "栗战书": [], "杨洁篪": []}),
    ],
)
def test_names_cut_or_run_on(text, expected):
    found = posts(text)
    for name, labels in expected.items():
        assert found[name] == labels
    assert not {"普京警", "韩中", "习主席", "习近平和"} & found.keys()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("伊朗副外长阿拉格希表示，谈判取得进展。", {"阿拉格希": ["伊朗外交部副部长"]}),
        ("俄罗斯武装力量总参谋长格拉西莫夫出席会议。", {"格拉西莫夫": ["俄罗斯武装力量总参谋长"]}),
        ("国际残奥委会主席克雷文表示祝贺。", {"克雷文": ["国际残奥委会主席"]}),
        ("中国外交部长王毅以安理会轮值主席身份主持了辩论会。", {"王毅": ["外交部部长"]}),
        ("印尼前驻华大使易幕龙曾现场聆听演讲。", {"易幕龙": ["印尼驻华大使"]}),
        ("中信银行广州分行原党委书记、行长谢宏儒违规收受礼金。",
         {"谢宏儒": ["中信银行广州分行党委书记", "中信银行广州分行行长"]}),
        ("辽宁省交通运输事业发展中心原党委书记、主任王金鼎违规收受礼品。",
         {"王金鼎": ["辽宁省交通运输事业发展中心党委书记", "辽宁省交通运输事业发展中心主任"]}),
        ("原中国国电集团公司党组成员、副总经理谢长军接受宴请。",
         {"谢长军": ["中国国电集团公司党组成员", "中国国电集团公司副总经理"]}),
        ("四川省信访局副巡视员王渝春接受下级单位安排旅游。", {"王渝春": ["四川省信访局副巡视员"]}),
        ("云南省保山市公安局警务督察支队副支队长艾革青操办女儿婚宴。",
         {"艾革青": ["保山市公安局警务督察支队副支队长"]}),
        ("湖南省长沙市委巡察组原组长胡力克违规收受礼金。", {"胡力克": ["长沙市委巡察组组长"]}),
        ("第十四届全国人民代表大会第一次会议于2023年3月11日决定：\n"
         "张又侠、何卫东为中华人民共和国中央军事委员会副主席；\n"
         "李尚福、刘振立为中华人民共和国中央军事委员会委员。\n现予公告。",
         {"张又侠": ["中央军委副主席"], "何卫东": ["中央军委副主席"], "李尚福": ["中央军委委员"],
          "刘振立": ["中央军委委员"]}),
    ],
)
def test_posts_read(text, expected):
    found = posts(text)
    for name, labels in expected.items():
        assert found[name] == labels


def test_past_posts_inside_titles():
    found = statuses("中信银行广州分行原党委书记、行长谢宏儒，印尼前驻华大使易幕龙。")
    assert found["谢宏儒"] == ["former", "former"]
    assert found["易幕龙"] == ["former"]


def test_a_line_after_a_semicolon_is_no_decision_without_one():
    found = posts("会议要求各地抓好落实；\n张三、李四为中央军事委员会委员的消息不实。")
    assert found.get("张三", []) == []


def test_a_known_name_with_the_next_words_run_on():
    found = posts("普京得票率超过百分之七十。普京表示，感谢选民的支持。")
    assert "普京得票率" not in found
    assert "普京" in found
