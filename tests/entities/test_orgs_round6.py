"""Organisations, round 6 (set D): NPC committees written bare in an NPC report (环资委 →
全国人大环资委), a short form read at the same place as its fuller one (外交部 in 埃及…外交部部长),
the presidium and secretariat of a session, parent bodies opening a sub-body's name (国务院
of 国务院法制办), a ruling party and its government written together (越南党、政府), kinds of
body (芬兰各政党) and names written out (阿盟 → 阿拉伯国家联盟)
(yamen.entities.orgs, yamen.entities.org_forms, yamen.entities.named_orgs)."""

from __future__ import annotations

import pytest

import yamen
from yamen.entities.named_orgs import known_name
from yamen.entities.org_forms import parent_named, session_bodies


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


def test_npc_committees_written_with_the_npc() -> None:
    found = orgs(
        "十三届全国人大常委会第22次会议13日在京举行第一次全体会议。会议审议了环资委关于提请审议"
        "野生动物保护法修订草案的议案。宪法法律委认为上述法律草案已比较成熟。会议听取了"
        "全国人大环境与资源保护委员会、农业与农村委员会分别提出的报告。"
    )
    assert {"全国人大环资委", "全国人大宪法法律委", "全国人大农业与农村委员会",
            "全国人大环境与资源保护委员会"} <= found
    assert not {"环资委", "宪法法律委", "农业与农村委员会", "全国人大宪法和法律委员会"} & found


def test_bare_committee_without_the_npc_stays() -> None:
    assert "全国人大财经委" not in orgs("浙江省人大财经委主任委员张三作了报告。")


def test_short_form_at_its_fuller_ones_place() -> None:
    found = orgs("论坛共同主席国埃及总统特使、外交部部长阿姆鲁随后宣读穆尔西总统贺辞。")
    assert "埃及外交部" in found and "外交部" not in found


def test_other_states_ministers_name_no_chinese_ministry() -> None:
    found = orgs("联合国秘书长潘基文以及50个论坛非洲成员国外交部长出席开幕式。")
    assert "外交部" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十二届全国人大一次会议主席团12日下午在人民大会堂举行第三次会议。",
         "十二届全国人大一次会议主席团"),
        ("会议表决通过了十二届全国人大五次会议主席团和秘书长名单草案。",
         "十二届全国人大五次会议主席团"),
    ],
)
def test_session_presidium(text: str, expected: str) -> None:
    assert expected in {name for name, _ in session_bodies(text)}


def test_bare_secretariat_is_the_last_sessions() -> None:
    text = "十三届全国人大一次会议主席团举行会议。会议听取了大会秘书处的汇报。"
    assert "十三届全国人大一次会议秘书处" in {name for name, _ in session_bodies(text)}


def test_presidium_post_word_cut() -> None:
    found = orgs("十二届全国人大一次会议主席团常务主席刘云山作了说明。")
    assert "十二届全国人大一次会议主席团" in found
    assert "十二届全国人大一次会议主席团常务" not in found


@pytest.mark.parametrize(
    ("name", "parent"),
    [
        ("国务院法制办", "国务院"),
        ("全国人大财经委", "全国人大"),
        ("辽宁大学经济学院", "辽宁大学"),
        ("中央外事工作委员会办公室", "中央外事工作委员会"),
        ("中国人民解放军仪仗队", "中国人民解放军"),
        ("中共中央政治局", None),  # 中共中央 is not listed for its organs
        ("全国人大常委会", None),  # a body's own standing committee
        ("国务院新闻办公室", "国务院"),  # not 国务院新闻办|公室: one word
        ("欧盟委员会", None),  # a generic word after a name: one name
    ],
)
def test_parent_named(name: str, parent: str | None) -> None:
    from yamen.entities.org_names import known as _known
    from yamen.entities.org_names import parents as _parents

    assert parent_named(name, _known, _parents()) == parent


def test_parent_listed_beside_sub_body() -> None:
    found = orgs("全国人大常委会法工委主任李适时、国务院法制办主任宋大涵分别在大会上发言。")
    assert {"国务院法制办", "国务院"} <= found


def test_ruling_party_and_government() -> None:
    found = orgs("越南党、政府和人民对习近平总书记的由衷尊重令人感动。")
    assert {"越南共产党", "越南政府"} <= found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("中国共产党愿与芬兰各政党就治国理政深化交流。", "芬兰各政党"),
        ("全国人大有关专门委员会负责人就有关议题作了汇报。", "全国人大有关专门委员会"),
        ("我们要向北京冬奥组委、中国政府部门致以最诚挚的谢意。", "中国政府"),
    ],
)
def test_kinds_of_body(text: str, kind: str) -> None:
    assert kind not in orgs(text)


@pytest.mark.parametrize(
    ("surface", "full"),
    [
        ("阿盟", "阿拉伯国家联盟"), ("国际奥委会", "国际奥林匹克委员会"),
        ("亚信会议", "亚洲相互协作与信任措施会议"), ("首规委", "首都规划建设委员会"),
        ("上海社科院", "上海社会科学院"), ("国家科技部", "科技部"),
        ("阿中合作论坛", "中阿合作论坛"),
    ],
)
def test_names_written_out(surface: str, full: str) -> None:
    assert known_name(surface) == full


def test_politburo_standing_committee_full_name() -> None:
    found = orgs("经中央政治局常委会和中央政治局会议研究提出。")
    assert "中共中央政治局常务委员会" in found and "中央政治局常委会" not in found


def test_legislative_council_after_its_region() -> None:
    assert "香港特别行政区立法会" in orgs("会议通过了关于香港特别行政区立法会议员资格问题的决定。")
