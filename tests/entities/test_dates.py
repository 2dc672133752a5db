import pytest

from yamen.entities.dates import context_year, resolve_date


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        ("新华社北京6月24日电 会见。", "2024-06-25", ("2024-06-24", "lead day, year from metadata")),
        ("2023年3月5日，十四届全国人大一次会议开幕。", None, ("2023-03-05", "lead date")),
        ("3月17日至18日，会议在京举行。", "2024-03-19", ("2024-03-17", "lead day, year from metadata")),
        ("12月30日，会议召开。", "2024-01-02", ("2023-12-30", "lead day, year from metadata")),
        ("伊朗首都德黑兰等多地11日发生示威。", "2018-05-12", ("2018-05-11", "lead day, month and year from metadata")),
        ("近日，某地召开会议。", "2024-06-25", ("2024-06-25", "publication")),
        ("近日，代表团赴京考察。\n6月20日，代表团来到中关村。", "2024-06-25", ("2024-06-20", "body day, year from metadata")),
        ("会议召开。", None, (None, None)),
        ("世锦赛将于8月22日在国家体育场开幕。", "2015-04-15", ("2015-08-22", "lead day, year from metadata")),
        ("近日，一书出版。书中收录2012年11月15日以来的讲话。", "2013-12-01", ("2013-12-01", "publication")),
        ("6月24日，会议召开。", None, (None, None)),
    ],
)
def test_resolve_date(text, meta, expected):
    assert resolve_date(text, meta) == expected


def test_the_seeds_year_comes_from_context():
    text = ("广州日报讯 6月24日，广东省党政代表团前往天津市。在党的二十届三中全会召开前夕，"
            "在京津冀协同发展战略实施10周年之际，代表团来津。")
    date, basis = resolve_date(text, None)
    assert date == "2024-06-24"
    assert "year from context" in basis


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("在京津冀协同发展战略实施10周年之际", 2024),
        ("庆祝改革开放40周年大会", 2018),
        ("党的二十大召开前夕", 2022),
        ("2019年以来", 2019),
    ],
)
def test_context_year(text, year):
    assert context_year(text)[0] == year


def test_a_target_year_is_not_the_reports_year():
    assert resolve_date("新华社北京6月24日电 到2035年基本实现现代化。", None) == (None, None)
    assert context_year("到2035年基本实现，2024年工作要点")[0] == 2024
