"""Organisations round 14: clauses run into the model's ORG word (人民向, 能派, 作党, 同, 从),
a company named …子公司, 希望小学, acting and deputy marks after a body, 美国土安全部, past
ranks between a country and its ministry, pairs and trios of countries, a person's name
part, navies' fleets, bare PLA services, kinds of agency, slogans, session presidia of the
CPPCC and bare provincial departments."""

from __future__ import annotations

import yamen


def read(text: str) -> list[dict]:
    return yamen.read(text, id="t", date="20200101")["organizations"]


def orgs(text: str) -> set[str]:
    return {o["name"] for o in read(text)}


def mentions(text: str) -> dict[str, list[str]]:
    return {o["name"]: [text[s:e] for s, e in o["mentions"]] for o in read(text)}


def test_a_clause_run_into_the_model_word_is_cut() -> None:
    assert orgs("习近平代表中国政府和中国人民向委内瑞拉政府和人民表示慰问。") == {
        "中国政府", "委内瑞拉政府"}
    assert orgs("何立峰在国家发展改革委作党的十九届六中全会精神宣讲报告。") == {"国家发展改革委"}
    assert "古巴国务委员会" in orgs("胡锦涛5日下午在人民大会堂同古巴国务委员会主席劳尔举行会谈。")
    assert orgs("日前，中央组织部从代中央管理党费中划拨1.9亿元。") == {"中央组织部"}
    assert orgs("中国全国人大重视加强同美国国会的往来。") == {"全国人大", "美国国会"}


def test_a_verb_after_the_country_opens_no_ministry() -> None:
    assert not orgs("韩国媒体分析说，朝鲜此前希望韩国能派统一部部长柳吉在参与会谈。")
    assert not orgs("我希望中国能派队参加8月举行的比赛。")


def test_company_names_ending_like_subsidiaries_and_schools() -> None:
    assert "西门子公司" in orgs("西门子公司与中国有着长期合作。")
    assert "三菱一子公司" not in orgs("三菱一子公司宣布裁员。")
    assert "爱乐希望小学" in orgs("这是为了爱乐希望小学募捐义演音乐会。")


def test_acting_and_deputy_marks_are_no_part_of_the_body() -> None:
    assert mentions("他被任命为内务部代理部长。") == {"内务部": ["内务部"]}
    assert orgs("俄罗斯内务部代理部长表示。") == {"俄罗斯内务部"}
    found = mentions("法国共产党全国理事会主席、参议院副议长洛朗等。")
    assert found.get("法国参议院") == ["参议院"]


def test_a_country_in_guo_before_a_body_opening_with_guo() -> None:
    assert orgs("美国土安全部长将离任。") == {"美国国土安全部"}


def test_a_past_rank_between_country_and_ministry() -> None:
    assert orgs("包括美国前助理国防部长施大伟表示。") == {"美国国防部"}


def test_pairs_and_trios_of_countries_name_no_body() -> None:
    assert not orgs("习近平指出，中委是全面战略伙伴。")
    assert not orgs("俄美政府近日展开黑名单之战。")
    assert not orgs("推进“中阿巴”三方合作。")
    assert not orgs("梅德韦杰夫表示，期待俄中议会就全球问题加强合作。")


def test_kinds_addressees_and_members_name_no_body() -> None:
    assert not orgs("总统先生和贵国政府领导下，巴基斯坦人民。")
    assert not orgs("老挝全党全国人民将团结一心。")
    assert not orgs("4号，法国极右翼政党总统候选人勒庞表示。")
    assert orgs("由主权国家参加的联合国专门机构，台湾当然没有资格参加。") == {"联合国"}
    assert not orgs("积极发展对华关系已经成为瑞士联邦议会各主要党团的主流共识。")


def test_slogans_acronyms_and_facilities() -> None:
    assert not orgs("贯彻党要管党、从严治党的要求。人们表达爱党爱国的心声。")
    assert not orgs("LED巨幅网幕、3000多架无人机。")
    assert not orgs("习近平乘坐的专机抵达莫斯科伏努科沃专机机场。")


def test_heads_and_tails_the_model_runs_on() -> None:
    assert "医药行业协会" in orgs("向个别政府部门官员、少数医药行业协会和基金会行贿。")
    assert "新华社" in orgs("外交部、国家互联网信息办公室、新华社协办。")
    assert orgs("在京中国科学院院士和中国工程院院士出席。") == {"中国科学院", "中国工程院"}


def test_a_dotted_name_part_is_the_person() -> None:
    text = "国土安全部长科斯特珍·尼尔森将离任。尼尔森随后表示，将完成交接。"
    assert "尼尔森" not in orgs(text)


def test_a_navy_fleet_and_bare_pla_services() -> None:
    assert "加拿大海军太平洋舰队" in orgs("由加拿大海军太平洋舰队司令巴克海军少将率领的编队抵达。")
    assert "中国人民解放军海军" in orgs("迎接编队的有：海军副司令员贺鹏飞中将。")
    assert "中国人民解放军空军" in orgs("空军政治委员于忠福出席。")
    assert "中国人民解放军海军" not in orgs("南部战区海军司令员出席。")
    assert "中国人民解放军" in orgs("蓝天白云下，解放军战士护卫着国旗。")
    assert orgs("解放军代表团5日下午举行全体会议。") == {"解放军代表团"}


def test_cppcc_session_presidia() -> None:
    assert "全国政协十二届一次会议主席团" in orgs(
        "中共中央政治局常委、全国政协十二届一次会议主席团会议主持人俞正声参加联组会。")
    found = orgs("政协第十三届全国委员会第一次会议主席团常务主席会议14日举行，"
                 "全国政协十三届一次会议主席团会议主持人汪洋主持会议。")
    assert "全国政协十三届一次会议主席团" in found
    assert not any(name.startswith("第十三届") for name in found)


def test_bare_provincial_department_takes_the_province_in_view() -> None:
    assert "河北省应急管理厅" in orgs("河北省委书记王东峰到省应急管理厅调研。")
    assert "市场监管总局" in orgs("市场监管总局表示。")


def test_permanent_missions() -> None:
    found = orgs("各界人士出席了中国驻奥地利使馆和中国常驻维也纳联合国和其他国际组织代表团"
                 "共同举办的国庆招待会。")
    assert {"中国驻奥地利使馆", "中国常驻维也纳联合国和其他国际组织代表团"} <= found
    assert "中国常驻联合国代表团" in orgs("中国常驻联合国代表团发言人表示。")


def test_bare_foreign_ministry_takes_the_country_around() -> None:
    found = orgs("法国总统马克龙到机场迎接，陪同的有总统夫人、欧洲和外交部部长、互助和卫生部部长、"
                 "经济和财政部部长等。")
    assert {"法国互助和卫生部", "法国经济和财政部"} <= found
    assert orgs("俄罗斯外交部发言人表示。") == {"俄罗斯外交部"}
    assert "组织部" in orgs("1927年，张叔平任组织部部长兼工人部部长。")


def test_bodies_named_in_quotation_marks() -> None:
    assert "全球首席执行官委员会" in orgs("李克强会见来华出席“全球首席执行官委员会”特别圆桌峰会的外方代表。")
    assert "美中工作小组" in orgs("美国众议院“美中工作小组”代表团访华。")
    assert not orgs("打造“绿色银行”。")
    assert "国际移民组织" in orgs("联合国难民署和国际移民组织28号也发表联合声明。")


def test_a_local_session_presidium_keeps_its_division() -> None:
    assert "湖南省第十四届人民代表大会第一次会议主席团" in orgs(
        "湖南省第十四届人民代表大会第一次会议主席团举行第一次会议。")
    assert "十四届全国人大一次会议主席团" in orgs("十四届全国人大一次会议主席团12日下午举行会议。")


def test_sar_electoral_conference_and_its_presidium() -> None:
    found = orgs("澳门第十四届全国人大代表选举会议第一次全体会议今天举行。会议推选产生了选举会议主席团。")
    assert {"澳门第十四届全国人大代表选举会议", "澳门第十四届全国人大代表选举会议主席团"} <= found
    found = orgs("香港特别行政区选举第十四届全国人民代表大会代表的选举会议第一次全体会议举行，"
                 "推选出由11位选举会议成员组成的选举会议主席团。")
    assert "香港特别行政区选举第十四届全国人民代表大会代表的选举会议主席团" in found


def test_mongolia_state_great_khural() -> None:
    assert orgs("按照蒙古法律，国家大呼拉尔拥有最终决定权。") == {"蒙古国家大呼拉尔"}
    assert "蒙古国家大呼拉尔" in orgs("蒙古国国家大呼拉尔主席恩赫包勒德表示。")


def test_jing_before_a_company_stays_its_name() -> None:
    assert "京东集团" in orgs("他在京东集团工作。")


def test_ministries_opening_like_a_modal_keep_their_name() -> None:
    assert "美国能源部" in orgs("美国能源部发布报告。")
    assert not orgs("叙利亚将待销毁化武全部运送出境。")


def test_the_white_house_as_an_actor_not_as_a_venue() -> None:
    assert "白宫" in orgs("美国白宫发言人斯派塞2日表示。")
    assert "白宫" in orgs("众议院议长5日敦促白宫不要继续推进这一方案。")
    assert "白宫" not in orgs("特朗普在白宫会见了来访的以色列总理。")


def test_a_chamber_written_after_its_congress() -> None:
    found = orgs("美国国会众议院议长瑞安5日表示。")
    assert {"美国国会众议院", "美国国会"} <= found
    assert orgs("美国国会通过法案。") == {"美国国会"}
