"""Round 17: a 与 inside a body's name (外交与国际合作部, 性病与艾滋病防治所), bodies ending
实验室, a foreign ministry's acting minister (内务部代理部长)."""

import yamen


def _posts(text: str) -> list[tuple[str, str, str]]:
    record = yamen.read(text, id="t", date="20200101")
    return [(p["name"], q["label"], q["status"]) for p in record["persons"] for q in p["positions"]]


def test_ministry_with_yu() -> None:
    posts = _posts("巴基斯坦外交与国际合作部部长阿齐兹出席会议。")
    assert ("阿齐兹", "巴基斯坦外交与国际合作部部长", "current") in posts


def test_laboratory_with_yu() -> None:
    posts = _posts("国家金融与发展实验室理事长李扬表示，经济稳定。")
    assert ("李扬", "国家金融与发展实验室理事长", "current") in posts


def test_institute_with_yu_after_its_centre() -> None:
    posts = _posts("中国疾控中心性病与艾滋病防治所所长吴尊友介绍。")
    assert ("吴尊友", "中国疾控中心性病与艾滋病防治所所长", "current") in posts


def test_yu_between_a_side_and_a_foreign_ministry() -> None:
    posts = _posts("中方与美国国防部部长奥斯汀通话。")
    assert posts == [("奥斯汀", "美国国防部部长", "current")]


def test_yu_before_a_body_alone_joins_nothing() -> None:
    record = yamen.read("学生与研究所所长交流。", id="t", date="20200101")
    assert all("学生" not in org["name"] for org in record["organizations"])


def test_acting_foreign_minister() -> None:
    posts = _posts("乌克兰内务部代理部长阿瓦科夫说。")
    assert ("阿瓦科夫", "乌克兰内务部代理部长", "current") in posts


def test_foreign_minister_written_short() -> None:
    posts = _posts("委内瑞拉石油部长克韦多说。")
    assert ("克韦多", "委内瑞拉石油部部长", "current") in posts


def test_lower_house_speaker_written_short() -> None:
    posts = _posts("栗战书同马来西亚国会下议长阿兹哈举行会谈。")
    assert ("阿兹哈", "马来西亚下议院议长", "current") in posts


def test_prosecutor_general() -> None:
    posts = _posts("6月29日，埃及总检察长巴拉卡特遭爆炸袭击身亡。")
    assert ("巴拉卡特", "埃及总检察长", "current") in posts


def test_state_affairs_chairman_not_state_councillor() -> None:
    posts = _posts("朝中社报道，朝鲜劳动党总书记、国务委员长金正恩视察朝鲜人民军。")
    assert ("金正恩", "朝鲜国务委员会委员长", "current") in posts
    assert ("金正恩", "朝鲜劳动党总书记", "current") in posts


def test_state_councillor_unchanged() -> None:
    assert _posts("国务委员王毅会见客人。") == [("王毅", "国务委员", "current")]


def test_security_council_secretary_with_its_adjective() -> None:
    posts = _posts("伊朗最高国家安全委员会秘书沙姆哈尼表示。")
    assert ("沙姆哈尼", "伊朗最高国家安全委员会秘书", "current") in posts


def test_former_congressman() -> None:
    posts = _posts("美国前国会议员麦克德莫特说。")
    assert ("麦克德莫特", "美国国会议员", "former") in posts


def test_former_assistant_secretary_of_defense() -> None:
    posts = _posts("美国前助理国防部长施大伟表示。")
    assert ("施大伟", "美国国防部助理部长", "former") in posts


def test_senator_without_country_gets_none() -> None:
    assert _posts("参议员麦凯恩表示反对。") == []
