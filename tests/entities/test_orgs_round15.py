"""Organisations, round 15 (300 CCTV items and People's Daily 1998): foreign ministries a
Chinese ministry's name writes (财政部长姆努钦 in a US sentence → 美国财政部), bare foreign
ministries before their minister (弹劾内政部长努里), ministries of several portfolios (奥地利欧洲
和外交部, 印尼政治、法律和安全事务统筹部, 韩国中央防疫对策本部), an acting mark inside the name
(马来西亚代理交通部), a post's first words run on (高炮预备役师第一政委), a region read with
its city's level (南京市军区), a body's party group and a university's school after the
model's word (国家体育总局党组, 空军航空大学作战勤务学院), a body glossed by its acronym
(世界反兴奋剂机构（WADA）), a verb run onto a known body (密切|亚太经合组织), and words that
name no body (一家电视台, 体育运动, RCEP) (yamen.entities.model_orgs, named_orgs, org_forms,
org_names, org_output; data/organizations.tsv, not_organizations.txt, body_words.txt)."""

from __future__ import annotations

import yamen
from yamen.entities.org_names import normalise


def orgs(text: str) -> set[str]:
    return {o["name"] for o in yamen.read(text)["organizations"]}


def test_foreign_minister_under_a_chinese_ministry_name() -> None:
    assert orgs("美国总统特朗普表示，财政部长姆努钦将于下周访问北京。") == {"美国财政部"}
    assert orgs("美国总统特朗普表示，财政部长刘昆将于下周访问华盛顿。") == {"财政部"}
    assert orgs("美国总统表示，国防部长将访华。") == {"国防部"}
    assert orgs("以色列前国防部长利伯曼当天表示反对。") == {"以色列国防部"}


def test_bare_foreign_ministry_before_its_minister() -> None:
    assert "巴基斯坦内政部" in orgs("巴基斯坦议会今天下午通过了弹劾内政部长努里的议案后，")
    assert orgs("法国内政部长舍韦内芒表示。内政部长将与警察工会谈判。") == {"法国内政部"}
    assert orgs("瑞士经济持续增长。 兼任瑞士经济部长的施奈德表示。") == {"瑞士经济部"}
    assert orgs("哈萨克斯坦总统纳扎尔巴耶夫来访的有外交部长、议会议长。") == {
        "外交部", "哈萨克斯坦议会"}
    assert orgs("德国内政部长泽霍费尔表示，他将辞去内政部长职务。") == {"德国内政部"}
    assert orgs("美国总统克林顿表示，近日将派遣财政部副部长萨默斯前往日本。") == {"财政部"}


def test_ministries_of_several_portfolios() -> None:
    assert orgs("李克强会见来华出席会议的印尼政治、法律和安全事务统筹部长卢胡特。") == {
        "印尼政治、法律和安全事务统筹部"}
    assert orgs("奥地利欧洲和外交部长沙伦贝格表示欢迎。") == {"奥地利欧洲和外交部"}
    assert orgs("韩国中央防疫对策本部28日通报新增确诊病例。") == {"韩国中央防疫对策本部"}
    assert orgs("俄罗斯总统和外交部长出席。") == {"外交部"}  # a post, then the ministry
    assert orgs("塞尔维亚总理布尔纳比奇，塞建设、交通和基础设施部长韦西奇出席活动。") == {
        "塞尔维亚建设、交通和基础设施部"}
    assert orgs("越南国家主席会见。越共中央书记处书记、中央对外部部长黎怀忠陪同。") == {
        "越共中央书记处", "越共中央对外部"}


def test_post_words_inside_a_body_name() -> None:
    assert orgs("国务院副总理、中俄能源合作委员会中方主席张高丽在北京与俄罗斯副总理会晤。") == {
        "国务院", "中俄能源合作委员会"}
    assert orgs("马方今天举行发布会，马来西亚代理交通部长希沙姆丁说。") == {"马来西亚交通部"}
    assert orgs("福建省三明市海西三明生态工贸区原党工委委员、纪工委书记徐晓勇违规收受礼品。") == {
        "三明市海西三明生态工贸区党工委", "三明市海西三明生态工贸区纪工委"}
    assert orgs("1999-2000年 福建省委副书记、代省长，南京军区国防动员委员会副主任，"
                "福建省国防动员委员会主任，福建省高炮预备役师第一政委") == {
        "福建省委", "福建省国防动员委员会", "南京军区国防动员委员会", "福建省高炮预备役师"}


def test_sub_bodies_after_the_model_word() -> None:
    assert orgs("对国家体育总局党组开展机动巡视。") == {"国家体育总局党组", "国家体育总局"}
    assert orgs("最高人民法院、最高人民检察院党组工作汇报。") == {
        "最高人民法院", "最高人民检察院党组", "最高人民检察院"}
    assert orgs("要加强国家体育总局党组织建设。") == {"国家体育总局"}
    assert orgs("发挥好上合组织银行联合体作用。") == {"上合组织银行联合体"}
    assert "空军航空大学作战勤务学院" in orgs(
        "这让空军航空大学作战勤务学院教授樊琼剑深感肩上的责任。")
    assert orgs("1975-1979年 清华大学化工系基本有机合成专业学习") == {"清华大学"}


def test_foreign_bodies_body_words_left_out() -> None:
    assert orgs("虽然以色列总理办公室否认了相关报道。") == {"以色列总理办公室"}
    assert orgs("英国皇家海军随后派出快艇驱离了西班牙军舰。") == {"英国皇家海军"}


def test_body_glossed_by_its_acronym() -> None:
    assert orgs("今年1月刚刚被列入世界反兴奋剂机构（WADA）禁用清单。") == {"世界反兴奋剂机构"}


def test_short_names() -> None:
    assert orgs("国家医保局着力推动医保高质量发展。国家医疗保障局介绍，参保率稳定。") == {
        "国家医疗保障局"}
    assert orgs("就马航失联航班MH370搜寻工作同马方进行磋商。") == {"马来西亚航空公司"}
    assert orgs("近年来我国航空货运量持续增长。") == set()


def test_words_that_name_no_body() -> None:
    assert orgs("俄方愿加强同中方在国际地区事务中的合作，密切亚太经合组织等多边机构中的沟通协调。"
                ) == {"亚太经合组织"}
    assert orgs("顿涅茨克一家电视台公布了一段视频。") == set()
    assert orgs("依托匈塞铁路等打造亚欧海陆联运新通道。") == set()
    assert orgs("根据中马两国央行合作备忘录相关内容，授权中国银行担任清算行。") == {"中国银行"}
    assert orgs("希望你们发扬传统，把参加体育运动作为重要途径。") == set()
    assert orgs("中方支持东盟在RCEP谈判中发挥主导作用。") == {"东盟"}


def test_companies_named_bare() -> None:
    assert orgs("习近平会见了摩根士丹利、通用电气、陶氏化学等美国企业负责人。") == {
        "摩根士丹利", "通用电气", "陶氏化学"}
    assert orgs("摩根士丹利首席执行官戈尔曼表示。") == {"摩根士丹利"}


def test_event_organising_committees() -> None:
    assert orgs("新华社北京5月5日电法国世界杯组委会官员在巴黎宣布。") == {"法国世界杯组委会"}
    assert orgs("杭州亚运会组委会今天发布消息。") == {"杭州亚运会组委会"}
    assert orgs("北京2022年冬奥会和冬残奥会组织委员会举行发布会。") == {
        "北京2022年冬奥会和冬残奥会组织委员会"}


def test_consortium_after_the_model_word() -> None:
    assert orgs("该项目由中国航天保险联合体承保，保险金额为1亿美元。") == {"中国航天保险联合体"}


def test_model_words_cut_or_run_on() -> None:
    assert orgs("在华中科技大学同济医院新生儿科隔离观察。") == {"华中科技大学同济医院", "华中科技大学"}
    assert orgs("中国共产党同德国社会民主党加强交流。") == {"中国共产党", "德国社会民主党"}
    assert orgs("推动联大和安理会通过重要决议。") == {"联合国大会", "联合国安理会", "联合国"}
    assert orgs("听取了关于组织开展庆祝人民政协成立75周年系列活动。") == {"人民政协"}
    assert orgs("今天县医院的几辆流动医疗车拉来了设备。") == {"县医院"}
    assert orgs("巴西首届国际航空展近日在里约热内卢举行。") == set()
    assert orgs("联勤保障部队组织自主对抗演习探索联战联训联保新路径。") == {"联勤保障部队"}  # a PLA service (bodies.tsv), not the model's 联勤保障部队组织
    assert orgs("建交27年来，中塔关系始终保持健康稳定发展。中埃塞关系堪称典范。") == set()
    assert orgs("通过建立副总理级政府间合作委员会机制，统筹合作。") == set()


def test_foreign_party_centre_under_chinese_name() -> None:
    assert normalise("老挝人民革命党中共中央书记处") == "老挝人民革命党中央书记处"
    assert normalise("越共中共中央书记处") == "越共中央书记处"
