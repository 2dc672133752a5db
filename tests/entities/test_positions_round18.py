"""Round 18: foreign posts written with a country's one-character abbreviation (罗总统,
俄国防部长), ministries listed after a foreign side's post, roster lines joined by a space,
foreign parties' secretaries-general and central first secretaries, San Marino's
执政官, a body with 常任 in its name, a federal republic's full name, and 当选 before
中国共产党第十九届…总书记."""

import yamen


def _posts(text: str) -> list[tuple[str, str, str]]:
    record = yamen.read(text, id="t", date="20200101")
    return [(p["name"], q["label"], q["status"]) for p in record["persons"] for q in p["positions"]]


def test_abbreviated_country_before_president() -> None:
    posts = _posts("李克强在罗马尼亚总统府会见罗总统伯塞斯库。")
    assert ("伯塞斯库", "罗马尼亚总统", "current") in posts


def test_abbreviated_country_sharing_guo() -> None:
    assert _posts("俄国防部长绍伊古说，行动取得成果。") == [
        ("绍伊古", "俄罗斯国防部部长", "current")]


def test_abbreviation_with_no_name_after_gives_nothing() -> None:
    assert _posts("双方愿同白总统办公厅密切合作。") == []


def test_preposition_yi_before_chinese_name_is_no_country() -> None:
    posts = _posts("会议以总理李强名义发出通知。")
    assert ("李强", "以色列总理", "current") not in posts


def test_ministry_listed_after_a_foreign_post() -> None:
    posts = _posts("专机抵达机场时，泰国总理巴育夫妇、文化部部长伊提蓬夫妇等热情迎接。")
    assert ("伊提蓬", "泰国文化部部长", "current") in posts


def test_ministry_held_by_a_foreign_name() -> None:
    posts = _posts("孟加拉国内阁成员、粮食部部长阿布杜尔·拉扎克代表外方发言。")
    assert ("阿布杜尔·拉扎克", "孟加拉国粮食部部长", "current") in posts


def test_chinese_minister_after_a_foreign_meeting_stays_chinese() -> None:
    posts = _posts("习近平会见越南总理范明政。外交部部长王毅参加会见。")
    assert ("王毅", "外交部部长", "current") in posts


def test_roster_space_joins_party_post_and_government_post() -> None:
    posts = _posts("发来贺电的还有：\n尼泊尔大会党主席 政府总理德乌帕\n加蓬民主党主席 总统邦戈")
    assert ("德乌帕", "尼泊尔大会党主席", "current") in posts
    assert ("德乌帕", "尼泊尔总理", "current") in posts
    assert ("邦戈", "加蓬总统", "current") in posts


def test_party_secretary_general_then_government_head() -> None:
    posts = _posts("新加坡人民行动党秘书长、政府总理李显龙在贺电中说。")
    assert ("李显龙", "新加坡人民行动党秘书长", "current") in posts
    assert ("李显龙", "新加坡总理", "current") in posts


def test_unlisted_party_central_first_secretary() -> None:
    record = yamen.read("白俄罗斯共产党中央第一书记瑟兰科夫致函祝贺。", id="t", date="20200101")
    posts = [(p["name"], q["label"], q["org"]) for p in record["persons"] for q in p["positions"]]
    assert posts == [("瑟兰科夫", "白俄罗斯共产党中央第一书记", "白俄罗斯共产党中央")]


def test_san_marino_captains_regent_share_the_post() -> None:
    posts = _posts("瑞士联邦主席卡西斯，圣马力诺执政官米纳、龙代利，北马其顿总统彭达罗夫斯基。")
    assert ("米纳", "圣马力诺执政官", "current") in posts
    assert ("龙代利", "圣马力诺执政官", "current") in posts


def test_emperor_and_acting_president_before_names() -> None:
    posts = _posts("发来贺电的还有：日本天皇德仁，多米尼克代总统布兰查德。")
    assert ("德仁", "日本天皇", "current") in posts
    assert ("布兰查德", "多米尼克代总统", "current") in posts


def test_standing_committee_with_changren() -> None:
    posts = _posts("朝鲜最高人民会议常任委员会副委员长姜润石在致辞中祝愿中国人民取得更大成就。")
    assert posts == [("姜润石", "朝鲜最高人民会议常任委员会副委员长", "current")]


def test_federal_republic_before_president() -> None:
    posts = _posts("欢迎尼日利亚联邦共和国总统穆罕马杜·布哈里对我国进行国事访问。")
    assert posts == [("穆罕马杜·布哈里", "尼日利亚总统", "current")]


def test_spokesman_of_secretary_general_and_of_a_government() -> None:
    assert _posts("联合国秘书长发言人杜加里克当天表示。") == [
        ("杜加里克", "联合国秘书长发言人", "current")]
    assert _posts("希腊政府发言人马里纳基斯28日表示。") == [
        ("马里纳基斯", "希腊政府发言人", "current")]


def test_elected_general_secretary_with_party_and_term() -> None:
    posts = _posts("一些国家领导人致电，热烈祝贺习近平当选中国共产党第十九届中央委员会总书记。")
    assert ("习近平", "中央总书记", "current") in posts


def test_village_committee_of_the_next_villager() -> None:
    posts = _posts("山西省河曲县鹿固乡辉塔村党支部原书记刘俊雄、村委会原主任刘憨雄骗取项目资金。")
    assert ("刘憨雄", "辉塔村村委会主任", "former") in posts


def test_village_committee_after_and() -> None:
    posts = _posts("云南省宣威市龙潭镇陆泉村原党总支书记、村委会主任朱恩全和村委会原副主任范开林违规。")
    assert ("范开林", "陆泉村村委会副主任", "former") in posts


def test_chief_architect_stated_with_shi() -> None:
    posts = _posts("全国人大代表吴晨是北京市建筑设计研究院总建筑师、总规划师。")
    assert ("吴晨", "北京市建筑设计研究院总建筑师", "current") in posts
    assert ("吴晨", "北京市建筑设计研究院总规划师", "current") in posts


def test_presidential_guard_is_no_post() -> None:
    assert _posts("俄罗斯总统卫队骑兵、国防部现役人员等接受了检阅。") == []


def test_forum_pointed_back_to_with_gai() -> None:
    posts = _posts("总部设在利雅得的国际能源论坛十分关注，该论坛秘书长阿尔多·弗洛雷斯·基罗加表示赞赏。")
    assert ("阿尔多·弗洛雷斯·基罗加", "国际能源论坛秘书长", "current") in posts


def test_monarch_with_place_in_line() -> None:
    posts = _posts("发来贺电的还有：巴基斯坦总理夏巴兹，不丹第四世国王旺楚克，埃及总统塞西。")
    assert ("旺楚克", "不丹第四世国王", "current") in posts


def test_past_prime_minister_with_foreign_name_takes_country_in_view() -> None:
    posts = _posts("选举结果公布。前总理季莫申科支持率排在第二位。根据乌克兰法律，候选人可当选。")
    assert ("季莫申科", "乌克兰总理", "former") in posts


def test_past_prime_minister_with_chinese_name_gets_no_foreign_country() -> None:
    posts = _posts("根据乌克兰法律，候选人可当选。前总理李鹏的回忆录出版。")
    assert not [p for p in posts if p[0] == "李鹏" and p[1].startswith("乌克兰")]


def test_holder_number_left_out_of_label() -> None:
    posts = _posts("国务院全体会议决定任命贺一诚为澳门特别行政区第五任行政长官，于12月20日就职。")
    assert ("贺一诚", "澳门特别行政区行政长官", "current") in posts


def test_foreign_deputy_speaker_with_rank_after_body() -> None:
    posts = _posts("汪洋在人民大会堂会见了法国国民议会第一副议长博纳尔。")
    assert ("博纳尔", "法国国民议会第一副议长", "current") in posts


def test_malaysian_king() -> None:
    posts = _posts("国家主席习近平同马来西亚最高元首哈利姆互致贺电。")
    assert ("哈利姆", "马来西亚最高元首", "current") in posts


def test_association_ending_lianhui_and_its_honorary_chair() -> None:
    posts = _posts("香港福建社团联会主席吴换炎、荣誉主席吴良好分别作了发言。")
    assert posts == [("吴换炎", "香港福建社团联会主席", "current"),
                     ("吴良好", "香港福建社团联会荣誉主席", "current")]


def test_township_whose_name_ends_in_a_county_name() -> None:
    posts = _posts("四川省乐至县中天镇原党委副书记、镇长陈德勇协助他人骗取资金。")
    assert ("陈德勇", "中天镇党委副书记", "former") in posts
    assert ("陈德勇", "中天镇长", "former") in posts


def test_county_named_in_full_stays_a_county() -> None:
    assert _posts("山西省大同市天镇县委书记张三出席。") == [("张三", "天镇县委书记", "current")]


def test_post_of_a_deceased_holder_is_past() -> None:
    posts = _posts("国家主席习近平就科威特埃米尔萨巴赫不幸逝世向科威特新任埃米尔纳瓦夫致唁电。")
    assert ("萨巴赫", "科威特埃米尔", "former") in posts
    assert ("纳瓦夫", "科威特埃米尔", "current") in posts


def test_condoler_of_a_death_keeps_a_current_post() -> None:
    posts = _posts("国务院总理李克强就萨巴赫不幸逝世向科威特首相致唁电。")
    assert ("李克强", "国务院总理", "current") in posts


def test_defence_minister_written_fangzhang() -> None:
    assert _posts("美防长奥斯汀访问以色列。") == [("奥斯汀", "美国国防部部长", "current")]
    posts = _posts("欧盟领导人提名德国防长冯德莱恩担任下届欧盟委员会主席。")
    assert ("冯德莱恩", "德国国防部部长", "current") in posts


def test_abbreviated_countries_after_and() -> None:
    posts = _posts("法总统马克龙和德总理朔尔茨通电话。")
    assert ("马克龙", "法国总统", "current") in posts
    assert ("朔尔茨", "德国总理", "current") in posts


def test_past_front_and_held_clause_in_a_chain() -> None:
    posts = _posts("他表示自己是无辜的。前国际足联副主席、曾担任过北中美和加勒比足球联合会主席的"
                   "杰克·华纳，也否认受贿。")
    labels = {(label, status) for _, label, status in posts}
    assert ("国际足联副主席", "former") in labels
    assert ("北中美和加勒比足球联合会主席", "former") in labels


def test_qian_inside_a_word_is_not_past() -> None:
    posts = _posts("目前国际足联副主席张三表示支持。")
    assert ("张三", "国际足联副主席", "current") in posts


def test_bare_president_before_a_split_foreign_name() -> None:
    posts = _posts("张德江对立陶宛进行正式友好访问，在维尔纽斯分别会见总统格里包斯凯特、总理斯克韦尔内利斯。")
    assert ("格里包斯凯特", "立陶宛总统", "current") in posts


def test_new_term_between_country_and_post() -> None:
    assert _posts("委内瑞拉新一届总统马杜罗10日宣誓就任。") == [("马杜罗", "委内瑞拉总统", "current")]


def test_past_front_after_de_and_football_association() -> None:
    posts = _posts("作为“污点证人”的前美国足协主席查克·布雷泽此前认罪。")
    assert posts == [("查克·布雷泽", "美国足协主席", "former")]


def test_zone_administrative_committee() -> None:
    assert _posts("西安高新区管委会主任王征介绍。") == [("王征", "西安高新区管委会主任", "current")]
    assert _posts("管委会主任李四说。") == []


def test_national_security_adviser() -> None:
    posts = _posts("王毅同美国总统国家安全事务助理沙利文会晤。")
    assert ("沙利文", "美国总统国家安全事务助理", "current") in posts


def test_foreign_state_run_into_its_governors_post() -> None:
    assert _posts("德国巴伐利亚州州长泽德尔表示。") == [("泽德尔", "巴伐利亚州长", "current")]


def test_abbreviated_country_before_a_past_post() -> None:
    assert _posts("美前国务卿基辛格访华。") == [("基辛格", "美国国务卿", "former")]
    assert _posts("日前总统府发表声明。") == []


def test_body_ending_hui_the_model_tags_a_verb() -> None:
    posts = _posts("张德江会见了以韩中议员外交协议会会长郑梦准为团长的韩国国会代表团。")
    assert ("郑梦准", "韩中议员外交协议会会长", "current") in posts
