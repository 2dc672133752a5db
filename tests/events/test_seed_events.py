"""Issue 5's expectations on the seed: one visit, four inspections, one symposium, two speeches."""

import pytest

import yamen


@pytest.fixture(scope="module")
def seed_events(seed_text):
    return yamen.read(seed_text)


def by_type(record, kind):
    return [e for e in record["events"] if e["type"] == kind]


def test_the_delegations_visit(seed_events):
    [visit] = by_type(seed_events, "visit")
    assert (visit["cameo"], visit["date"], visit["origin"]) == ("042", "2024-06-24", "广东省")
    assert visit["places"] == ["天津市"]
    assert visit["actors"] == ["广东省党政代表团"]
    # the leaders who 参加有关活动 join the umbrella visit; 习近平 is cited, not present
    for name in ("黄坤明", "陈敏尔", "王伟中", "张工", "孟凡利", "陈辐宽", "张虎", "范少军"):
        assert name in visit["persons"]
    assert "习近平" not in visit["persons"]


def test_one_inspection_per_site(seed_events):
    inspections = by_type(seed_events, "inspection")
    assert [e["places"] for e in inspections] == [
        ["天开高教科创园"], ["航天五院天津基地"], ["民园广场"], ["五大道历史文化街区"]
    ]
    assert all(e["cameo"] == "042" and e["actors"] == ["广东省党政代表团"] for e in inspections)


def test_the_symposium_and_its_two_speeches(seed_events):
    [meeting] = by_type(seed_events, "meeting")
    assert (meeting["cameo"], sorted(meeting["persons"])) == ("040", ["陈敏尔", "黄坤明"])
    speeches = by_type(seed_events, "speech")
    assert sorted(p for e in speeches for p in e["persons"]) == ["陈敏尔", "黄坤明"]
    assert all(e["cameo"] == "010" and e["places"] == ["天津市"] for e in speeches)


def test_roles_follow_the_events(seed_events):
    roles = {p["name"]: p["roles"] for p in seed_events["persons"]}
    assert "visitor" in roles["王伟中"] and "host" in roles["张工"]
    assert "speaker" in roles["黄坤明"] and "speaker" in roles["陈敏尔"]
    assert roles["习近平"] == []


def test_evidence_points_at_the_trigger(seed_events):
    [visit] = by_type(seed_events, "visit")
    assert seed_events["text"][slice(*visit["evidence"])] == "前往天津市"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("新华社北京3月5日电 国家统计局今天发布数据，一季度国内生产总值同比增长5%。", []),
        ("新华社北京6月24日电 国家主席习近平24日在人民大会堂会见越南总理范明政。习近平指出，中越是好邻居。",
         ["meeting", "speech"]),
        ("本报讯 两国代表在北京签署了合作协议。", ["agreement"]),
    ],
)
def test_event_types_in_short_reports(text, types):
    assert sorted(e["type"] for e in yamen.read(text)["events"]) == types


def test_an_events_own_day_is_resolved_and_checked():
    from yamen.events.find import _sentence_date

    assert _sentence_date("12月31日，代表团抵达。", "2024-01-02") == "2023-12-31"
    assert _sentence_date("2月30日，代表团抵达。", "2023-03-01") == "2023-03-01"  # no such day
    assert _sentence_date("当日下午，两省市座谈。", "2024-06-24") == "2024-06-24"


def test_hosts_and_visitors_by_where_their_posts_sit():
    record = yamen.read("新华社北京3月5日电 国务院总理李强前往广东省深圳市调研，广东省委书记黄坤明陪同。")
    roles = {p["name"]: p["roles"] for p in record["persons"]}
    assert roles["李强"][0] == "visitor"  # a central post: the trip comes from 中国
    assert roles["黄坤明"][0] == "host"  # 深圳市 lies in his 广东省
    [visit] = [e for e in record["events"] if e["type"] == "visit"]
    assert (visit["origin"], visit["places"]) == ("中国", ["深圳市"])
