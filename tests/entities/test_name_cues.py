"""Short Chinese-looking names the model alone gives need a cue of a person."""

from __future__ import annotations

import pytest

import yamen
from yamen.entities.name_cues import cued_somewhere


def names(text: str) -> set[str]:
    return {p["name"] for p in yamen.read(text)["persons"]}


def no_names(start: int, end: int) -> bool:
    return False


@pytest.mark.parametrize(
    "text",
    [
        "四省市强调，践行“山水林田湖草是一个生命共同体”的理念。",
        "推进西部陆海新通道建设是重庆的重要任务。",
        "这里的人们通过治沙造林将绿色向东推进了几十公里。",
        "仲夏的钓鱼台，草木葱郁、夏花绚烂。",
        "春夏时节的南法山区，白雪消融，溪水潺潺。",
    ],
)
def test_words_of_phrases_are_no_persons(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国选手张亮以2小时19分20秒夺冠。", "张亮"),  # a role before
        ("低保户杨军，是郝方林四年前刚上任时要关注的。", "杨军"),
        ("王晨参加会见。", "王晨"),  # taking part after
        ("103岁高龄的林恩先生留下了照片。", "林恩"),  # a form of address after
        ("朱德对部队进行了整顿。", "朱德"),  # a subject opening a clause
        ("兴仁县林业局的林森，两年前因为撤乡并镇来到这里。", "林森"),  # qualified with 的
        ("“百名红通人员”徐进贪污、受贿。", "徐进"),  # an epithet in quotes before
        ("中国游泳队获得最佳团队奖，孙杨获得最佳男运动员奖。", "孙杨"),
        ("何平所在的武隆县，今年却没人来了。", "何平"),
    ],
)
def test_a_cue_keeps_a_short_name(text: str, name: str) -> None:
    assert name in names(text)


def test_a_cue_at_any_mention_is_enough() -> None:
    text = "丰枫主动帮着大家。社区网格员丰枫每天辗转在各个楼栋。"
    assert cued_somewhere(text, "丰枫", no_names)
    assert not cued_somewhere("丰枫主动帮着大家。", "丰枫", no_names)


def test_a_list_is_a_cue_only_beside_another_name() -> None:
    assert cued_somewhere("为宋琦、宋鹏涉黑组织充当保护伞", "宋鹏",
                          lambda start, end: end == 3)
    assert not cued_somewhere("栽满的杨树、沙柳和花棒", "沙柳", no_names)


def test_names_read_after_a_title_need_no_cue() -> None:
    assert "王沪宁" in names("中央书记处书记王沪宁出席。王沪宁指出，要加强团结。")
    assert names("外交部长王毅出席。王毅这次带来了好消息。") >= {"王毅"}


@pytest.mark.parametrize(
    "text",
    [
        "习近平总书记念兹在兹。",  # a word of a set expression
        "培根铸魂，总书记始终高度重视。",
        "轻盈绽放的文心兰，寄托着对人民英雄的深切缅怀。",
        "事发地点季克西机场靠近北极。",  # a place before its airport
        "据目击者说，飞机失事时川圹附近天气状况良好。",
        "负责人巴拉达尔已经从坎大哈抵达首都喀布尔。",  # a movement from a place
        "民众驾车南下前往艾伯塔省首府埃德蒙顿。",
        "飓风过后，安提瓜和巴布达95%的基础设施遭到破坏。",  # the start of a country's name
        "贵州省晴隆县培育的第七代晴隆羊初试成功。",  # a thing named for a place the text names
        "以色列军队当天对黎南部城市奈拜提耶发动空袭。",
        "当时也在现场的驻阿富汗美军和北约部队最高指挥官米勒本人没有受伤。驻阿美军称。",
    ],
)
def test_words_places_and_things_are_no_persons(text: str) -> None:
    assert names(text) <= {"巴拉达尔", "米勒", "习近平"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("撤换了安全部队司令阿卜杜勒-哈菲兹·萨卡夫，这导致冲突。", "阿卜杜勒-哈菲兹·萨卡夫"),
        ("古巴国家主席迪亚斯-卡内尔对洛佩斯表示感谢。", "迪亚斯-卡内尔"),
        ("国家主席习近平复信美国艾奥瓦州友人萨拉·兰蒂女士。", "萨拉·兰蒂"),
        ("上个月习近平主席向纳扎尔巴耶夫首任总统颁授友谊勋章。", "纳扎尔巴耶夫"),
    ],
)
def test_foreign_names_are_read_whole(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("俄罗斯总统卢卡申科、乌拉圭总统拉卡列、津巴布韦总统姆南加古瓦出席。", "拉卡列", "乌拉圭总统"),
        ("埃及文物部部长达马提、卢克索省省长巴德尔到机场送行。", "达马提", "埃及文物部部长"),
        ("五家渠市副市长闫盛红及兵团教育局党组成员出席。", "闫盛红", "五家渠市副市长"),
    ],
)
def test_names_after_posts_the_model_splits_or_runs_on(text: str, name: str, label: str) -> None:
    people = {p["name"]: [q["label"] for q in p["positions"]] for p in yamen.read(text)["persons"]}
    assert label in people[name]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("系列采访实录《习近平在正定》近日出版。习近平在正定工作期间。", "习近平在正定", None),
        ("缅甸联邦议会人民院副议长吴南达觉佐等参加了上述活动。", None, "吴南达觉佐"),
        ("当年以干劲儿出名赵垛楼村还剩下10户未脱贫。赵垛楼的干劲。", "赵垛楼", None),
        ("青海省广大干部群众，高原勇挑重担。", "高原勇", None),
        ("“团结 建设美丽西藏”贺匾，代表心意。", "贺匾", None),
    ],
)
def test_runs_on_villages_and_phrases(text: str, absent: str | None, present: str | None) -> None:
    found = names(text)
    assert absent is None or absent not in found
    assert present is None or present in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("去年3月，习近平主席同博索纳罗总统通电话。", "博索纳罗"),  # 同博|索纳罗
        ("习近平主席同呼日勒苏赫总统互致贺电。", "呼日勒苏赫"),
        ("在习近平主席和亚历山大国王的共同推动下。", "亚历山大"),  # 亚历山|大|国王
        ("在村民罗秋家，他了解情况。", "罗秋"),  # a name and 家 "home"
    ],
)
def test_names_split_at_their_edges(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("英国电信、沃达丰和美国韦里孙等电信公司。", "韦里孙"),  # a company word after
        ("测出活度达每升40万贝克勒尔的锶90。", "贝克勒尔"),  # an amount before
        ("2017年，国际奥委会在瑞士达沃斯宣布双方达成协议。", "达沃斯"),  # a country before
        ("莱索托赞同习主席在北京峰会上提出的倡议。", "莱索托赞"),  # a country run on
        ("推动文化、体育、旅游、康养等产业融合发展。", "康养"),  # 等 ends a list of things
        ("专机于当天0时许飞抵济南遥墙机场。", "许飞抵"),  # a time's 许
        ("给予赵某某30万元好处费。", "赵某某"),
        ("萨勒曼免去他同父异母的弟弟穆克林的王储职务。", "穆克林的"),
    ],
)
def test_bodies_units_places_and_runs_are_no_names(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_list_ending_in_deng_before_a_verb_is_a_cue() -> None:
    assert "李斌" in names("李斌等就有关议题作了发言。")
    assert "周恩来" in names("当时周恩来曾动情地说。")


def test_more_cues_of_a_person() -> None:
    assert "邹彬" in names("全国人大代表、项目质量总监邹彬和工友们一起干活。")
    assert "臧红" in names("通过了关于接受相开进、臧红请辞第十三届全国政协委员的决定。")
    assert "巴尔托洛内" in names(
        "在与巴尔托洛内和拉尔谢分别会谈时，张德江希望双方合作。张德江与巴尔托洛内共同出席。")


def test_a_list_of_places_is_no_cue() -> None:
    assert "皮杜" not in names("参观了法国卢浮宫、奥赛、蓬皮杜、凡尔赛等博物馆。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("唐军副总裁告诉记者，公司今年增长很快。", "唐军"),  # a post after the name
        ("一声巨响，沉实地砸在林弟的心里。", "林弟"),  # 的 after the name
        ("王汝大夫擅长用中医药治疗。", "王汝"),
    ],
)
def test_a_post_or_a_possessive_after_a_short_name(text: str, name: str) -> None:
    assert name in names(text)


def test_heads_in_a_long_list_of_foreign_posts() -> None:
    text = ("向习近平主席致贺的还有：挪威国王哈拉尔五世、东帝汶总统奥尔塔、南苏丹总统基尔、"
            "马里总统戈伊塔、佛得角总统内韦斯、格鲁吉亚总统祖拉比什维利、厄瓜多尔总统拉索、"
            "哥斯达黎加总统查韦斯。")
    people = {p["name"]: [q["label"] for q in p["positions"]] for p in yamen.read(text)["persons"]}
    assert people["基尔"] == ["南苏丹总统"]  # the model reads 基尔 as Kiel the city
    assert people["内韦斯"] == ["佛得角总统"]  # 内/f|韦斯
    assert people["拉索"] == ["厄瓜多尔总统"]  # 拉索/v: two transliteration characters


def test_a_name_ending_in_jia_is_kept_whole_in_a_list() -> None:
    assert "杨福家" in names("宁波诺丁汉大学杨福家、清华大学薛其坤就发展问题发言。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("博鳌亚洲论坛理事长福田康夫代表理事会成员发言。", "福田康夫"),  # 福田|康夫代表
        ("日本首相菅义伟和东京都知事小池百合子以书面文字的形式祝愿。", "小池百合子"),
        ("以色列总理内塔尼亚胡当天回应说，将与约旦磋商。", "内塔尼亚胡"),  # 胡当天
        ("出席会议的有马拉维总统穆塔里卡、蒙古国总理赛汗比勒格。", "赛汗比勒格"),  # 赛汗/vn
        ("辽宁大学经济学院院长谢地、上海社科院院长王战发言。", "谢地"),  # 谢地/v after a post
    ],
)
def test_names_the_model_splits_or_misreads(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("要研究所科技处高级工程师王建华，第二炮兵指挥学院教授。", "程师王建华"),
        ("应巴西总统夫人米歇尔邀请，彭丽媛出席。", "夫人米歇尔"),
        ("市委书记强调，要抓好落实。县长要求，各部门配合。", "强调"),
        ("伊朗军方称在胡齐斯坦省的马赫夏赫尔上空击落了一架无人机。", "马赫夏赫尔"),
    ],
)
def test_roles_verbs_and_places_stay_out_of_names(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_country_with_a_character_run_in_is_no_name() -> None:
    text = "南非总统祖马，非盟现任轮值主席国贝宁总统亚伊出席。前不久朱马里总书记访华。"
    found = names(text)
    assert "国贝宁" not in found
    assert "朱马里" in found  # 马里 is a country too, but 朱 is a surname


def test_deputies_addressed_after_the_name_and_verb_phrases_after_a_title() -> None:
    found = names("张荣代表介绍了国际合作和人才引进。山西太原的安建香代表是一名公交车司机。")
    assert {"张荣", "安建香"} <= found
    assert "来做客" not in names("乡亲们最想表达的是邀请总书记来做客。")
    assert "回良玉" in names("国务院副总理回良玉出席。")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("巴勒斯坦伊斯兰圣战组织（杰哈德）发表声明，宣称对袭击负责。", "杰哈德"),  # a group's short name
        ("哈马斯下属武装派别卡桑旅当天则警告以色列。", "卡桑旅"),  # a brigade
        ("乌军在顿涅茨克市以西30公里的小城马林卡击退了进攻。", "马林卡"),  # a town after 小城
        ("以军空袭了加沙地带中部的努赛赖特难民营。", "赖特难"),
        ("党员干部要明大德、守公德、严私德。", "严私德"),
        ("美国出尔反尔、不断发难。", "尔反尔"),
    ],
)
def test_groups_towns_camps_and_set_phrases_are_no_names(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_he_as_a_given_name_before_an_adverb_of_doing_together() -> None:
    found = names("中央书记处书记刘云山，全国政协副主席罗富和一同观看演出。")
    assert "罗富和" in found and "罗富" not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("在这张长达9米的万里长城图前，他照张相就走了。", "张长达"),  # 这张: a measure word
        ("阿根廷外交部长福列、胡胡伊省省长莫拉莱斯出席。", "胡胡伊"),  # a province and its head
        ("留守儿童称她为黄妈妈。", "黄妈妈"),
        ("耶路撒冷附近山区的拜特梅厄等城镇陆续发生冲突。", "拜特梅厄"),
        ("闭幕式尾声，从杜乐丽花园带来的奥运圣火。", "杜乐丽"),
    ],
)
def test_measure_words_provinces_and_gardens_are_no_names(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_names_ending_in_sheng_and_candidates() -> None:
    assert "马永生" in names("确保国家粮食安全。马永生委员发言说，要加强科技攻关。")
    assert "菲永" in names("主要对手为中右翼候选人菲永和极右翼政党国民阵线主席玛丽娜·勒庞。")


def test_a_country_and_former_before_a_post_is_no_name() -> None:
    found = names("厄瓜多尔检方称，厄前副总统格拉斯涉嫌受贿。")
    assert "厄前" not in found and "格拉斯" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("湖北省来凤县电力执法大队王勇骗取惠民资金。", "王勇"),  # 大队 before
        ("会议决定，刘慧不再担任教科卫体委员会驻会副主任。", "刘慧"),  # 不再 after
        ("对周永康、令计划、苏荣等严重违纪案进行审查。", "苏荣"),  # 等 + a discipline case
        ("民主党候选人马泰，赢得总统选举。", "马泰"),  # 候选人 before
        ("杨湖海事所原副所长江舟工作严重失职。", "江舟"),  # not 江舟工|作
        ("朝鲜人民军总政治局长黄炳誓率团乘机直飞韩国。", "黄炳誓"),  # not 黄炳誓率|团
    ],
)
def test_discipline_reports_and_run_ons(text: str, name: str) -> None:
    assert name in names(text)
