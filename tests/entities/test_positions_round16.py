"""Round 16: foreign posts — UN envoys, press secretaries, 王国 and a region before a post,
bodies written 国会 / 国民会议 / 部长会议, 和 + 政府总理, 现任 before a bare post."""

import yamen


def _posts(text: str) -> list[tuple[str, str, str]]:
    record = yamen.read(text, id="t", date="20200101")
    return [(p["name"], q["label"], q["status"]) for p in record["persons"] for q in p["positions"]]


def test_un_envoy_of_a_country() -> None:
    posts = _posts("乌克兰常驻联合国代表谢尔盖耶夫在会上说，局势紧张。")
    assert ("谢尔盖耶夫", "乌克兰常驻联合国代表", "current") in posts


def test_un_envoy_of_china() -> None:
    assert ("张军", "中国常驻联合国代表", "current") in _posts("中国常驻联合国代表张军在会上说。")


def test_press_secretary() -> None:
    posts = _posts("俄罗斯总统新闻秘书佩斯科夫表示，俄方不会回应。")
    assert ("佩斯科夫", "俄罗斯总统新闻秘书", "current") in posts


def test_eu_foreign_policy_chief() -> None:
    posts = _posts("欧盟外交与安全政策高级代表莫盖里尼4月30日表示，协议必须维护。")
    assert ("莫盖里尼", "欧盟外交与安全政策高级代表", "current") in posts


def test_kingdom_between_country_and_post() -> None:
    posts = _posts("他是应荷兰王国首相吕特邀请赴荷兰海牙出席峰会的。")
    assert ("吕特", "荷兰首相", "current") in posts


def test_region_between_country_and_royal_post() -> None:
    posts = _posts("国家主席习近平25日应约同阿联酋阿布扎比王储穆罕默德通电话。")
    assert ("穆罕默德", "阿联酋阿布扎比王储", "current") in posts


def test_foreign_parliament_written_guohui() -> None:
    posts = _posts("赵乐际22日在京会见匈牙利国会常务副主席玛特劳伊。")
    assert ("玛特劳伊", "匈牙利国会常务副主席", "current") in posts


def test_foreign_cabinet_chair() -> None:
    posts = _posts("秘鲁部长会议主席塞瓦略斯6日表示，中国率先控制了疫情。")
    assert ("塞瓦略斯", "秘鲁部长会议主席", "current") in posts


def test_foreign_national_assembly_chair() -> None:
    posts = _posts("应阿塞拜疆国民会议主席阿萨多夫邀请，全国人大常委会委员长栗战书访问阿塞拜疆。")
    assert ("阿萨多夫", "阿塞拜疆国民会议主席", "current") in posts


def test_islamic_cooperation_secretary_general() -> None:
    posts = _posts("国家主席习近平在利雅得会见伊斯兰合作组织秘书长伊亚德。")
    assert ("伊亚德", "伊斯兰合作组织秘书长", "current") in posts


def test_government_head_after_and() -> None:
    posts = _posts("乌兹别克斯坦总统米尔济约耶夫和政府总理阿里波夫分别在会场外迎接。")
    assert ("阿里波夫", "乌兹别克斯坦总理", "current") in posts


def test_sitting_president_country_in_next_sentence() -> None:
    posts = _posts("根据初步结果，现任总统米尔济约耶夫以87.05%的得票率胜出。"
                   "乌兹别克斯坦中央选举委员会宣布了结果。")
    assert ("米尔济约耶夫", "乌兹别克斯坦总统", "current") in posts


def test_sitting_president_after_a_faction() -> None:
    posts = _posts("伊朗总统选举今天举行。新总统将在改革派现任总统鲁哈尼、保守派宗教人士莱希中产生。")
    assert ("鲁哈尼", "伊朗总统", "current") in posts


def test_discipline_committee_after_party_committee_post() -> None:
    posts = _posts("南京大学党委副书记、纪委书记张三出席。")
    assert ("张三", "南京大学纪委书记", "current") in posts
    assert ("张三", "南京大学党委纪委书记", "current") not in posts


def test_office_after_party_committee_post_is_the_bodys() -> None:
    assert ("张三", "公安部办公厅主任", "current") in _posts("公安部党委委员、办公厅主任张三说。")


def test_party_department_keeps_the_committee() -> None:
    posts = _posts("北京大学党委常委、组织部部长张三说。")
    assert ("张三", "北京大学党委组织部部长", "current") in posts


def test_unit_after_jian_in_a_discipline_report() -> None:
    posts = _posts("中新天津生态城综合委员会原党委书记兼党建办主任陈旺林违规购买高档香烟。")
    assert ("陈旺林", "中新天津生态城综合委员会党建办主任", "former") in posts


def test_cppcc_committee_written_bare() -> None:
    posts = _posts("全国政协常委、人口资源环境委员会副主任张三说。")
    assert ("张三", "全国政协人口资源环境委员会副主任", "current") in posts


def test_provincial_cppcc_committee_written_bare() -> None:
    posts = _posts("江苏省政协常委、经济委员会主任张三说。")
    assert ("张三", "江苏省政协经济委员会主任", "current") in posts


def test_ministry_after_cppcc_post_is_not_the_cppccs() -> None:
    posts = _posts("全国政协委员、国家发展改革委副主任张三说。")
    assert ("张三", "国家发展改革委副主任", "current") in posts


def test_foreign_city_post_in_a_party_chain_keeps_no_country() -> None:
    posts = _posts("会见越共中央政治局委员、河内市委书记范光毅。")
    assert ("范光毅", "河内市委书记", "current") in posts


def test_provincial_post_after_shi() -> None:
    assert ("娄勤俭", "江苏省委书记", "current") in _posts("娄勤俭是江苏省委书记。")


def test_post_kept_after_reng_wei() -> None:
    assert ("王立", "宜昌市长", "current") in _posts("王立仍为宜昌市长。")


def test_wei_alone_states_no_post() -> None:
    assert ("李四", "宜昌市长", "current") not in _posts("李四为宜昌市长张三点赞。")


def test_foreign_body_in_view_after_and() -> None:
    posts = _posts("会见瑞士联邦委员、外交部长卡西斯和联邦委员会主席帕姆兰。")
    assert ("帕姆兰", "瑞士联邦委员会主席", "current") in posts


def test_surname_and_form_of_address() -> None:
    posts = _posts("习近平视察香港受到热烈欢迎。他们表示，习主席赴港体现了中央对香港的关怀。")
    assert ("习近平", "国家主席", "current") in posts


def test_surname_form_inside_a_word_is_not_an_address() -> None:
    assert ("毛泽东", "国家主席", "current") not in _posts("我们要认真学习主席的讲话。毛泽东同志说。")


def test_department_with_and_run_into_second_half() -> None:
    posts = _posts("江苏省人大代表、扬州市文化广电和旅游局副局长李政成深有感触。")
    assert ("李政成", "扬州市文化广电和旅游局副局长", "current") in posts


def test_two_bodies_joined_by_and_stay_apart() -> None:
    posts = _posts("省委书记张三和省政府办公厅主任李四出席。")
    assert ("李四", "省政府办公厅主任", "current") in posts


def test_pla_service_commander() -> None:
    posts = _posts("习近平向晋升上将军衔的火箭军政治委员徐忠波同志颁发命令状。")
    assert ("徐忠波", "火箭军政治委员", "current") in posts


def test_pla_service_with_the_army_before_it() -> None:
    posts = _posts("中国人民解放军海军司令员沈金龙出席。")
    assert ("沈金龙", "中国人民解放军海军司令员", "current") in posts


def test_bare_post_after_a_verbal_noun() -> None:
    posts = _posts("巴西国会众议院特别委员会11号晚通过了支持弹劾总统罗塞夫的报告。")
    assert ("罗塞夫", "巴西总统", "current") in posts


def test_organising_committee_chair() -> None:
    posts = _posts("俄罗斯世界杯组委会主席索罗金对相关传言予以驳斥。")
    assert ("索罗金", "俄罗斯世界杯组委会主席", "current") in posts


def test_issue_envoy_of_a_president() -> None:
    posts = _posts("俄罗斯总统阿富汗问题特别代表扎米尔·卡布洛夫4日表示。")
    assert ("扎米尔·卡布洛夫", "俄罗斯总统阿富汗问题特别代表", "current") in posts


def test_issue_envoy_of_the_un() -> None:
    posts = _posts("联合国也门问题特使格里菲斯要求多国联军对此负责。")
    assert ("格里菲斯", "联合国也门问题特使", "current") in posts


def test_envoy_without_an_issue_gives_no_post() -> None:
    posts = _posts("会见习近平主席特使、中共中央政治局委员孟建柱。")
    assert {label for name, label, _ in posts if name == "孟建柱"} == {"中央政治局委员"}


def test_posts_after_dang_guo_are_past() -> None:
    posts = _posts("他就是青海省原副省长尕布龙。尕布龙当过县委书记、州委副书记、省委常委、副省长。")
    assert ("尕布龙", "州委副书记", "former") in posts
    assert ("尕布龙", "青海省委常委", "former") in posts


def test_village_committee_after_village_party_post() -> None:
    posts = _posts("江苏省人大代表，镇江市丹阳市珥陵镇珥城村党委书记、村委会主任周忠阳心潮澎湃。")
    assert ("周忠阳", "珥城村村委会主任", "current") in posts


def test_long_central_body_with_former_inside() -> None:
    posts = _posts("他曾任中央纪律检查委员会原书记张三。")
    assert ("张三", "中央纪委书记", "former") in posts


def test_new_area_party_organ_and_committee() -> None:
    posts = _posts("河北雄安新区党工委书记、管委会主任陈刚说。")
    assert ("陈刚", "河北雄安新区党工委书记", "current") in posts
    assert ("陈刚", "河北雄安新区管委会主任", "current") in posts


def test_production_corps_keeps_its_name() -> None:
    posts = _posts("新疆生产建设兵团党委书记、政委孙金龙说。")
    assert ("孙金龙", "新疆生产建设兵团党委书记", "current") in posts
    assert ("孙金龙", "新疆生产建设兵团政委", "current") in posts


def test_former_between_a_segment_body_and_its_post() -> None:
    posts = _posts("云南滇中新区党工委原副书记、管委会原副主任吕永栋。")
    assert ("吕永栋", "云南滇中新区管委会副主任", "former") in posts


def test_brand_with_de_in_a_company_name() -> None:
    posts = _posts("宝钢集团董事长徐乐江、美的集团董事长方洪波等结合各自的研究领域发言。")
    assert ("方洪波", "美的集团董事长", "current") in posts


def test_long_institute_named_whole_by_the_model() -> None:
    posts = _posts("座谈会上，国家金融与发展实验室理事长李扬、中国经济体制改革研究会国民经济研究所所长樊纲发言。")
    assert ("樊纲", "中国经济体制改革研究会国民经济研究所所长", "current") in posts


def test_less_standard_short_form_written_out() -> None:
    posts = _posts("北京市委书记、首规委主任蔡奇主持会议。")
    assert ("蔡奇", "首都规划建设委员会主任", "current") in posts


def test_taiwan_office_spokesman_written_out() -> None:
    assert ("马晓光", "国务院台湾事务办公室发言人", "current") in _posts("国台办发言人马晓光说。")


def test_foreign_province_party_secretary_in_a_party_chain() -> None:
    posts = _posts("李希12日在北京会见由古巴共产党中央政治局委员、阿特米萨省委第一书记马丁内斯率领的考察团。")
    assert ("马丁内斯", "阿特米萨省委第一书记", "current") in posts
    assert ("马丁内斯", "古巴共产党中央政治局委员", "current") in posts


def test_party_post_with_no_party_named_stays_none() -> None:
    assert _posts("两国领导人第一书记会见。") == []


def test_party_de_inside_a_leading_group_name() -> None:
    posts = _posts("中共中央政治局常委、中央党的群众路线教育实践活动领导小组组长刘云山出席会议并讲话。")
    assert ("刘云山", "中央政治局常委", "current") in posts
    assert ("刘云山", "中央党的群众路线教育实践活动领导小组组长", "current") in posts


def test_verb_inside_a_leading_group_name() -> None:
    posts = _posts("国务院深化医药卫生体制改革领导小组组长李克强说。")
    assert ("李克强", "国务院深化医药卫生体制改革领导小组组长", "current") in posts


def test_appointment_with_a_note_after_the_name() -> None:
    assert ("王五", "湖南省副省长", "current") in _posts("会议任命王五（女）为湖南省副省长。")


def test_removal_with_a_note_after_the_name() -> None:
    assert ("李四", "湖南省副省长", "former") in _posts("决定免去李四（满族）的湖南省副省长职务。")


def test_bare_posts_after_a_comma_keep_the_company() -> None:
    posts = _posts("公安机关立案侦查。江苏倪家巷集团有限公司法定代表人，董事长兼总经理、"
                   "江苏天嘉宜化工有限公司实际控制人倪成良等人。")
    assert ("倪成良", "江苏倪家巷集团有限公司董事长", "current") in posts
    assert ("倪成良", "江苏倪家巷集团有限公司总经理", "current") in posts
    assert ("倪成良", "江苏天嘉宜化工有限公司实际控制人", "current") in posts


def test_industrial_park_body_kept_as_written() -> None:
    posts = _posts("响水生态化工园区党工委书记朱从国、响水县应急管理局局长孙锋。")
    assert ("朱从国", "响水生态化工园区党工委书记", "current") in posts
    assert ("孙锋", "响水县应急管理局局长", "current") in posts


def test_village_first_secretary() -> None:
    posts = _posts("河南省兰考县东坝头乡张庄村第一书记张三说。")
    assert ("张三", "张庄村第一书记", "current") in posts


def test_youth_league_first_secretary() -> None:
    assert ("贺军科", "共青团中央第一书记", "current") in _posts("团中央第一书记贺军科说。")


def test_foreign_ruling_party_first_secretary() -> None:
    posts = _posts("古巴共产党中央第一书记、国家主席迪亚斯-卡内尔说。")
    assert ("迪亚斯-卡内尔", "古巴共产党中央第一书记", "current") in posts
    assert ("迪亚斯-卡内尔", "古巴国家主席", "current") in posts
    assert ("迪亚斯-卡内尔", "国家主席", "current") not in posts


def test_first_secretary_of_no_party_gives_no_post() -> None:
    assert _posts("中央第一书记张三说。") == []


def test_japanese_prefecture_governor() -> None:
    assert ("小池百合子", "东京都知事", "current") in _posts("日本东京都知事小池百合子宣布。")


def test_governors_meeting_gives_no_post() -> None:
    assert _posts("第二届中韩省长知事会议取得积极成果。") == []


def test_committee_posts_ending_with_he() -> None:
    posts = _posts("中共中央决定，张三同志任湖南省委委员、常委和书记。")
    assert ("张三", "湖南省委书记", "current") in posts
    assert ("张三", "湖南省委常委", "current") in posts


def test_two_posts_joined_by_he_stay_apart() -> None:
    assert ("李四", "省委书记", "current") not in _posts("省委书记和省长李四出席。")


def test_post_after_lvxin() -> None:
    assert ("王五", "湖南省委书记", "current") in _posts("王五履新湖南省委书记。")


def test_cv_in_one_paragraph() -> None:
    posts = _posts("许达哲，男，1956年9月生，曾任航天科工集团总经理，现任湖南省委副书记。")
    assert ("许达哲", "湖南省委副书记", "current") in posts
    assert ("许达哲", "航天科工集团总经理", "former") in posts


def test_dated_step_in_a_comrades_life() -> None:
    posts = _posts("1994年9月，吴邦国同志增补为中央书记处书记。1995年3月，任国务院副总理。"
                   "其间，兼任中央企业工委书记等。")
    assert ("吴邦国", "国务院副总理", "current") in posts
    assert ("吴邦国", "中央企业工委书记", "current") in posts


def test_pronoun_step_in_a_comrades_life() -> None:
    posts = _posts("2002年11月，吴邦国同志在中共十六届一中全会上当选为中央政治局委员、常委。"
                   "2003年3月，他当选为全国人民代表大会常务委员会委员长。")
    assert ("吴邦国", "中央政治局常委", "current") in posts
    assert ("吴邦国", "全国人大常委会委员长", "current") in posts


def test_core_comrade_is_no_paragraph_subject() -> None:
    posts = _posts("在以习近平同志为核心的党中央坚强领导下，我们取得成就。他当选为全国人大常委会委员长。")
    assert ("习近平", "全国人大常委会委员长", "current") not in posts


def test_deputy_chief_of_staff() -> None:
    posts = _posts("欢迎舰艇编队的有：海军副司令员贺鹏飞中将、海军副参谋长赵国钧少将。")
    assert ("赵国钧", "海军副参谋长", "current") in posts


def test_own_minister_after_a_dateline() -> None:
    posts = _posts("新华社北京5月10日电外交部长唐家璇今天下午前往机场。")
    assert ("唐家璇", "外交部部长", "current") in posts


def test_newspaper_head() -> None:
    assert ("李成俊", "澳门日报社长", "current") in _posts("澳门日报社长李成俊在开幕式上说。")

