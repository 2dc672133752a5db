"""The founding document read completely: issue 4's expectations on the seed, in both scripts."""

import opencc
import pytest

import yamen

EXPECTED_POSITIONS = {
    "黄坤明": ["广东省委书记"],
    "陈敏尔": ["天津市委书记"],
    "王伟中": ["广东省委副书记", "广东省长"],
    "张工": ["天津市委副书记", "天津市长"],
    "孟凡利": ["广东省委副书记", "深圳市委书记"],
    "陈辐宽": ["天津市委副书记", "天津市委教育工委书记"],
    "习近平": ["中央总书记"],
}
BODY_WITHOUT_POSTS = ["张虎", "郭永航", "肖亚非", "刘红兵", "郑轲",
                      "刘桂平", "连茂君", "王旭", "王力军", "李文海", "范少军"]


@pytest.fixture(scope="module", params=["traditional", "simplified"])
def seed_record(request, seed_text):
    text = seed_text if request.param == "traditional" else opencc.OpenCC("t2s").convert(seed_text)
    return yamen.read(text)


def test_persons_and_their_posts(seed_record):
    persons = {p["name"]: p for p in seed_record["persons"]}
    assert len(seed_record["persons"]) == 22
    assert {n: [x["label"] for x in p["positions"]] for n, p in persons.items()
            if p["positions"]} == EXPECTED_POSITIONS
    for name in BODY_WITHOUT_POSTS:
        assert persons[name]["positions"] == []  # 省领导A、B: no post of their own


def test_byline_people(seed_record):
    assert seed_record["byline"] == {"reporters": ["徐林", "骆骁骅", "岳宗"], "editors": ["龙煜"]}
    roles = {p["name"]: p["roles"] for p in seed_record["persons"]}
    assert roles["骆骁骅"] == ["reporter"] and roles["龙煜"] == ["editor"]


def test_outlet_and_date(seed_record):
    assert seed_record["outlet"] == "广州日报"
    assert seed_record["date"] == "2024-06-24"
    assert "context" in seed_record["date_basis"]


def test_positions_are_evidenced_and_resolved(seed_record):
    text = seed_record["text"]
    wang = next(p for p in seed_record["persons"] if p["name"] == "王伟中")
    secretary, governor = wang["positions"]
    assert opencc.OpenCC("t2s").convert(text[slice(*secretary["evidence"])]) == "省委副书记"
    assert opencc.OpenCC("t2s").convert(text[slice(*governor["evidence"])]) == "省长"
    assert (governor["title"], governor["jurisdiction"], governor["org"]) == (
        "省长", "广东省", "广东省人民政府")
    assert secretary["org"] == "广东省委"
    chen = next(p for p in seed_record["persons"] if p["name"] == "陈辐宽")
    assert chen["positions"][1]["org"] == "天津市委教育工委"
    xi = next(p for p in seed_record["persons"] if p["name"] == "习近平")
    assert xi["positions"][0]["jurisdiction"] is None


def test_every_mention_spells_the_name(seed_record):
    to_simplified = opencc.OpenCC("t2s")
    for person in seed_record["persons"]:
        for start, end in person["mentions"]:
            assert to_simplified.convert(seed_record["text"][start:end]) == person["name"]
    huang = next(p for p in seed_record["persons"] if p["name"] == "黄坤明")
    assert len(huang["mentions"]) == 2  # 省委书记黄坤明 and 黄坤明代表省委…


def test_organizations(seed_record):
    names = {o["name"] for o in seed_record["organizations"]}
    assert {"广东省委", "天津市委", "深圳市委", "天津市委教育工委", "广东省党政代表团",
            "中共中央"} <= names
    assert "广州日报" not in names  # the outlet is not an organisation of the report


@pytest.mark.parametrize(
    ("text", "name", "labels"),
    [
        ("全国政协主席王沪宁出席会议。王沪宁主席指出，要加强团结。", "王沪宁", ["全国政协主席"]),
        ("习近平主席指出，中越是好邻居。", "习近平", ["国家主席"]),
        ("越共中央总书记阮富仲出席。阮富仲总书记表示欢迎。", "阮富仲", ["越共中央总书记"]),
    ],
)
def test_honorifics_give_a_post_only_where_none_is_read(text, name, labels):
    persons = {p["name"]: p for p in yamen.read(text)["persons"]}
    assert [x["label"] for x in persons[name]["positions"]] == labels
