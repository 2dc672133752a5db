"""Round 11 of positions: posts a discipline report, an expo's speaker list or a feature
writes in forms the earlier rounds missed — a deputy director-general, a chief accountant,
a legal representative, a civil-service rank, a province's 厅, a duty between body and post
(分管日常工作的), a comma joining one holder's posts, a 原 after a town, 任 after a
county's name, and ministers written 大臣. Each case is a short sentence of the genre
with the posts (a past one marked *) its persons should get."""

from __future__ import annotations

import pytest

from tests.entities.labels import posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an international body with 和 in its name, and a deputy director-general
        ("智利总统皮涅拉、联合国贸易和发展会议秘书长基图伊、世界贸易组织副总干事易小准先后致辞。",
         {"皮涅拉": ["智利总统"], "基图伊": ["联合国贸易和发展会议秘书长"],
          "易小准": ["世界贸易组织副总干事"]}),
        # a company's chief accountant, deputy president, legal representative
        ("华电能源股份有限公司原党委委员、总会计师李西金受到严肃处理。",
         {"李西金": ["华电能源股份有限公司党委委员*", "华电能源股份有限公司总会计师*"]}),
        ("中国人民财产保险股份有限公司原党委委员、副总裁沈东等人违规。",
         {"沈东": ["中国人民财产保险股份有限公司党委委员*", "中国人民财产保险股份有限公司副总裁*"]}),
        ("宁夏铂澜能源有限公司法定代表人马金礼等15人被立案侦查。",
         {"马金礼": ["宁夏铂澜能源有限公司法定代表人"]}),
        # a province's department (厅) and a civil-service rank after it
        ("广东省教育厅厅长景李虎介绍了有关情况。", {"景李虎": ["广东省教育厅厅长"]}),
        ("海南省旅游和文化广电体育厅二级巡视员刘平久违规接受宴请。",
         {"刘平久": ["海南省旅游和文化广电体育厅二级巡视员"]}),
        # an institute (所), a police corps (总队), a co-operative: 原 before the post
        ("中国兽医药品监察所原党委委员、副所长徐肖君等人违规。",
         {"徐肖君": ["中国兽医药品监察所党委委员*", "中国兽医药品监察所副所长*"]}),
        ("福建省公安厅治安管理总队原总队长陈小兵违规收受礼金。",
         {"陈小兵": ["福建省公安厅治安管理总队总队长*"]}),
        # a branch of a bank the model names in one word, with its places inside
        ("中国农业银行山西分行忻州市宁武县支行原行长周文喜违规操办婚宴。",
         {"周文喜": ["中国农业银行山西分行忻州市宁武县支行行长*"]}),
        # a Party branch: the bureau's own post after it drops the branch
        ("青海省农业农村厅兽医局原党支部书记、局长马睿麟违规收受礼金。",
         {"马睿麟": ["青海省农业农村厅兽医局党支部书记*", "青海省农业农村厅兽医局局长*"]}),
        ("江苏省泰州市路灯管理处党支部委员、副主任高龙根违规收受礼品。",
         {"高龙根": ["泰州市路灯管理处党支部委员", "泰州市路灯管理处副主任"]}),
        # 原 after a town: the town's past post, not 镇原县's
        ("广东省中山市三乡镇原党委书记梁常兴违规公款送礼。", {"梁常兴": ["三乡镇党委书记*"]}),
        # a duty between the body and the post
        ("中央宣讲团成员、中央办公厅分管日常工作的副主任孟祥锋今天在山西太原宣讲。",
         {"孟祥锋": ["中央宣讲团成员", "中央办公厅副主任"]}),
        # a comma joins one holder's posts; 省政府原党组 after a bare level
        ("甘肃省委原常委，省政府原党组副书记、副省长宋亮违规收受礼金。",
         {"宋亮": ["甘肃省委常委*", "甘肃省人民政府党组副书记*", "甘肃省副省长*"]}),
        # a central post after a comma is no local bureau's
        ("周永康在担任中共四川省委书记，中共中央政治局委员、公安部部长等职务期间受贿。",
         {"周永康": ["四川省委书记*", "中央政治局委员*", "公安部部长*"]}),
        # 任 after a county's name is the verb; the bare post takes that county
        ("焦裕禄在兰考县任县委书记时，曾经树立了四面红旗。", {"焦裕禄": ["兰考县委书记"]}),
        ("1978年，已经61岁的袁庚被任命为招商局集团常务副董事长。",
         {"袁庚": ["招商局集团常务副董事长"]}),
        # ministers written 大臣
        ("沙特商务大臣卡斯比和中国驻沙特大使常华等到机场迎接。",
         {"卡斯比": ["沙特商务大臣"], "常华": ["中国驻沙特大使"]}),
    ],
)
def test_round11_posts(text: str, expected: dict[str, list[str]]) -> None:
    found = posts(text)
    for name, labels in expected.items():
        assert sorted(found.get(name, [])) == sorted(labels), (name, found)


def test_comma_without_title_does_not_join() -> None:
    # a comma before a name's own title keeps two holders apart
    found = posts("会议由省委书记李希主持，省长马兴瑞作报告。")
    assert "广东省委书记" not in found.get("马兴瑞", [])
