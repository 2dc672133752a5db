"""Organisations, round 12 (500 CCTV items and People's Daily 1998): short forms written with
words left out merged into the full name (北鹏公司, 尼日利亚政府, 国合会, 北京局), foreign bodies
the lists left out (俄罗斯联邦会议, 利比亚民族团结政府, 利比亚“国民军”), delegations and
formations cut by the model (中国国民党访问|团, 中国海军|舰艇编队), companies named bare in a list
(顺丰、京东), a jurisdiction's 纪委监委 as two bodies, national committees with their terms
(政协第十三届全国委员会 → 全国政协), sub-bodies after a region (…东亚地区代表处), dotted names
(生活·读书·新知三联书店), and words that name no body: kinds (市县党委, 中方公司, 执政联盟三党,
中德政府磋商), a situation (俄罗斯政局), a country word's tail (我|国航空), a clause (朝方派|艺术团)
(yamen.entities.orgs, model_orgs, named_orgs, org_forms, org_names; data/organizations.tsv,
not_organizations.txt)."""

from __future__ import annotations

import yamen
from yamen.entities.model_orgs import abbreviates, listed_names
from yamen.entities.ner import Entity
from yamen.entities.org_names import normalise


def read(text: str) -> dict[str, list[list[int]]]:
    return {o["name"]: o["mentions"] for o in yamen.read(text)["organizations"]}


def orgs(text: str) -> set[str]:
    return set(read(text))


def test_short_form_with_words_left_out_merges() -> None:
    found = orgs("沈阳北鹏房地产开发公司的董事长被抓捕，北鹏公司随后提出申请。")
    assert "沈阳北鹏房地产开发公司" in found and "北鹏公司" not in found
    found = orgs("尼日利亚联邦政府的总统出席。2008年，尼日利亚政府决定修复铁路。")
    assert "尼日利亚联邦政府" in found and "尼日利亚政府" not in found
    assert abbreviates("国合会", "中国环境与发展国际合作委员会")
    assert abbreviates("北京局", "中国铁路北京局集团有限公司")


def test_other_bodies_are_not_short_forms() -> None:
    assert not abbreviates("香港大学", "香港中文大学")
    assert not abbreviates("国务院", "国务院新闻办公室")
    assert not abbreviates("中央巡视组", "中央巡视工作领导小组")


def test_the_party_by_its_full_name() -> None:
    found = orgs("习近平会见中国国民党荣誉主席吴伯雄。吴伯雄转达了国民党主席马英九的问候。")
    assert found == {"中国国民党"}


def test_foreign_bodies_left_out_of_the_lists() -> None:
    assert "俄罗斯联邦会议" in orgs("中国全国人大愿同俄罗斯联邦会议一道，落实共识。")
    found = orgs("利比亚民族团结政府和利比亚“国民军”举行谈判。“国民军”领导人没有签署。")
    assert {"利比亚民族团结政府", "利比亚国民军"} <= found and "国民军" not in found


def test_delegations_and_formations_cut_by_the_model() -> None:
    assert "中国国民党访问团" in orgs("习近平会见了吴伯雄和他率领的中国国民党访问团全体成员。")
    assert "中国海军舰艇编队" in orgs("中国海军舰艇编队今天上午驶抵奥克兰。")


def test_companies_named_bare_in_a_list() -> None:
    assert {"顺丰", "京东"} <= orgs("除邮政、顺丰、京东3家物流外，又有9家快递企业全面复工。")
    assert orgs("为中智、中拉产能合作提供金融服务。") == set()
    assert orgs("全面贯彻十八届三中、四中、五中全会精神。") == set()
    words = [Entity("ORG", 0, 2, "华为"), Entity("w", 2, 3, "、"), Entity("ORG", 3, 5, "腾讯"),
             Entity("v", 5, 7, "参加")]
    assert listed_names(words) == {0, 3}


def test_discipline_and_supervision_commissions_are_two_bodies() -> None:
    assert orgs("江西省纪委监委发布消息。") == {"江西省纪委", "江西省监委"}


def test_national_committees_with_their_terms() -> None:
    found = read("中国人民政治协商会议第十三届全国委员会第一次会议在京开幕。")
    assert "全国政协" in found
    assert read("十一届全国人大常委会第二十八次会议8月27日举行。") == {
        "全国人大常委会": [[0, 10]]}


def test_sub_bodies_and_dotted_names() -> None:
    assert "红十字国际委员会东亚地区代表处" in orgs("红十字国际委员会东亚地区代表处主任会见了他。")
    assert orgs("生活·读书·新知三联书店出版了新书。") == {"生活·读书·新知三联书店"}
    assert "他在约翰斯·霍普金斯大学" not in orgs("他在约翰斯·霍普金斯大学学习。")


def test_words_that_name_no_body() -> None:
    assert orgs("市县党委要履行主体责任。") == set()
    assert orgs("研究设立市区县监察委员会相关工作。") == set()
    assert orgs("两年时间，中方公司用速度和诚意率先完成了改造。") == set()
    assert orgs("会见德国执政联盟三党之一的基社盟主席。") == {"德国基督教社会联盟"}
    assert orgs("落实第三轮中德政府磋商达成的《中德合作行动纲要》。") == set()
    assert orgs("苏联解体后，俄罗斯政局不稳。国家邮政局和美国国家安全局表示。") == {
        "国家邮政局", "美国国家安全局"}
    assert orgs("近年来我国航空货运量持续增长。") == set()
    assert orgs("朝方派艺术团来华演出。") == set()
    assert orgs("内地与香港签署CEPA补充协议。") == set()
    assert "国际马联" in orgs("其中国际马联场地障碍世界杯是首次在中国内地举行。")


def test_a_committee_is_no_short_form_of_its_discipline_commission() -> None:
    assert not abbreviates("河北省委", "河北省纪委")
    assert abbreviates("邛崃纪委", "邛崃市纪委")


def test_a_level_written_twice() -> None:
    assert normalise("北京市市委") == "北京市委"
    assert normalise("沙县县委") == "沙县县委"


def test_works_named_after_their_place() -> None:
    assert orgs("他在琉璃河水泥厂工作16年间。") == {"琉璃河水泥厂"}
    assert "济南污水处理厂" in orgs("济南污水处理厂一期工程建成。")
    assert orgs("中国工厂的订单增加。") == set()
    assert orgs("邀请在外工作的乐东籍电厂员工回乡。") == set()


def test_a_society_after_the_models_cut() -> None:
    found = orgs("“视觉第一中国行动”是国务院残疾人工作协调委员会、卫生部和中国残联争取的项目。")
    assert "国务院残疾人工作协调委员会" in found


def test_ranks_journeys_and_games_are_no_bodies() -> None:
    assert "美国第三大银行" not in orgs("今天，美国第三大银行国民银行宣布合并。")
    assert orgs("舰队离开夏威夷，继续他们的环太平洋航行。") == set()
    assert orgs("今年的世博会的主题定为“海洋”。") == set()
    assert "中国工商银行" in orgs("中国工商银行发布年报。")


def test_more_names_the_model_tags_or_cuts() -> None:
    assert orgs("2014年，中央第五巡视组对浙江省进行了巡视。") == {"中央第五巡视组"}
    assert orgs("因申通快递寄送的快件中瞒报。") == {"申通快递"}
    assert orgs("美联储警告贸易争端升级。") == {"美国联邦储备委员会"}


def test_the_centre_written_alone() -> None:
    assert orgs("严格落实中央八项规定精神，按照中央的统一部署推进。") == {"中共中央"}
    assert orgs("中央财政投入268亿，中央企业带头。") == set()
    assert orgs("贯彻党中央部署。") == {"中共中央"}
    assert orgs("十八届中央委员会第五次全体会议上作出决定。") == {"中共中央"}


def test_a_standing_committee_after_its_committee() -> None:
    assert "中央纪委常委会" in orgs("经中央纪委常委会会议研究并报中共中央批准，决定给予处分。")
    assert orgs("江苏省委常委、副省长出席。") == {"江苏省委"}


def test_another_partys_central_committee_is_not_the_partys() -> None:
    assert "中共中央" not in orgs("万鄂湘代表民革第十三届中央委员会作工作报告。")
    assert "中共中央" in orgs("中国共产党第十九届中央委员会第四次全体会议在京召开。")


def test_a_communist_party_opening_its_organs_name() -> None:
    found = orgs("王沪宁会见由越南共产党中央政治局委员武文赏率领的代表团。")
    assert "越南共产党" in found
    assert normalise("中央党校（国家行政学院") == "中央党校"
    assert normalise("尼泊尔共产党(联合马列)") == "尼泊尔共产党(联合马列)"


def test_a_magazine_named_in_title_marks_before_its_kind() -> None:
    assert "财富杂志" in orgs("时代公司首席内容官、《财富》杂志总裁穆瑞澜分别致辞。")


def test_two_bodies_run_together_and_a_companys_short_name() -> None:
    found = orgs("中国全国政协同荷兰议会一院为促进双边关系发展发挥了重要作用。")
    assert {"全国政协", "荷兰议会一院"} <= found
    assert orgs("国家发展和改革委员会发布通知。") == {"国家发展和改革委员会"}
    assert orgs("2024中国航空产业大会暨南昌飞行大会开幕。") == set()
    found = orgs("协会决定注销申通快递有限公司的资质。申通快递寄送的快件泄漏。")
    assert found == {"申通快递有限公司"}
