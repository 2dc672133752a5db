"""Organisations, round 8 (People's Daily 1998 dev as a development set): newspapers and
magazines in title marks (《费加罗报》), national teams by their country (中国队, 巴西足球队),
a foreign state's bare body named with the one foreign country in view (国会 → 日本国会),
short names of companies and universities the model tags (北大, 微软, 邯钢), a site's own body
(故宫博物院), and a sector (银行界) or two states' bodies (两国中央银行) as no body
(yamen.entities.orgs, model_orgs, named_orgs, data/organizations.tsv)."""

from __future__ import annotations

import yamen
from yamen.entities.named_orgs import bare_foreign_bodies, media, teams


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


def test_newspapers_in_title_marks() -> None:
    assert [n for n, _ in media("法国全国性日报《费加罗报》以大字标题刊登")] == ["费加罗报"]
    assert [n for n, _ in media("《朝日新闻》、《每日新闻》和《今日美国》")] == [
        "朝日新闻", "每日新闻", "今日美国"]
    assert [n for n, _ in media("本报《经济周刊》刊载报道")] == ["经济周刊"]
    assert "人民日报" in orgs("《人民日报》、《光明日报》等媒体也同时报道。")


def test_documents_and_programmes_in_title_marks_are_no_media() -> None:
    assert media("两国发表《联合公报》，并在《晚间新闻》中播出，见《工作简报》。") == []


def test_national_teams() -> None:
    assert [n for n, _ in teams("法国队战胜南非队后，中国队和巴西足球队抵达。")] == [
        "法国队", "南非队", "中国队", "巴西足球队"]
    assert [n for n, _ in teams("德国男子网球队和中国乒乓球男队")] == [
        "德国男子网球队", "中国乒乓球男队"]
    assert "中国队" in orgs("昨天晚上，中国队在一场比赛中战胜了对手。")


def test_team_members_and_ranks_are_no_team() -> None:
    assert teams("中国队员表现出色，中国队伍建设不断加强，国家队集中训练。") == []


def test_bare_foreign_body_takes_the_one_country_in_view() -> None:
    text = "日本媒体把4月8日国会通过的预算称为“指针”。"
    places = yamen.read(text)["places"]
    assert [n for n, _ in bare_foreign_bodies(text, places)] == ["日本国会"]
    assert {"法国参议院", "法国国民议会"} <= orgs(
        "江泽民主席同法国总统、总理及参议院和国民议会两院领导人会见。")


def test_bare_body_needs_one_country_and_a_word_start() -> None:
    assert "日本国会" not in orgs("日本和韩国官员表示，国会将讨论此事。")
    assert not any(n.endswith("国会") for n in orgs("吴邦国会见了日本客人。"))
    assert not any(n.endswith("议会") for n in orgs(
        "孟加拉国总理表示，希望双方加强政府、议会、政党和地方等各个层面的交流。"))


def test_short_names_the_model_tags() -> None:
    assert "北京大学" in orgs("在过去的历史时期，北大成为新文化运动的中心。")
    assert "邯郸钢铁集团" in orgs("要把宣传邯钢经验与宣传各地企业学习结合起来。")
    assert "微软公司" in orgs("新科技的发展，直接威胁到微软的地位。")
    assert "国际足球联合会" in orgs("我们衷心祝贺布拉特先生当选国际足联主席。")


def test_fruit_and_launches_are_no_company() -> None:
    assert orgs("绥中县的17户果农迎来了苹果大丰收。") == set()
    assert orgs("采取一箭三星方式，成功将卫星送入预定轨道。") == set()


def test_a_sites_own_body() -> None:
    assert "故宫博物院" in orgs("席卷全国的改革大潮面前，故宫博物院也在变化。")


def test_sectors_and_two_states_bodies_are_no_body() -> None:
    assert "美国银行" not in orgs("美国银行界一直感到陈规陋习太多。")
    assert not any("两国" in n for n in orgs("日美两国中央银行当天在伦敦联手干预。"))
