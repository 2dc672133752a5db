"""Persons round 18: adverbs and prepositions run into a name's end, a foreign name of two
run into a title's word, conferences and shipping companies named like persons, and
verbs of thought or a person's relations as cues of a short name."""

from __future__ import annotations

import yamen


def _names(text: str) -> list[str]:
    return [p["name"] for p in yamen.read(text, id="t", date="20240101")["persons"]]


def test_adverb_run_into_name_end() -> None:
    names = _names("当天，李克强总理与泰国总理巴育共同主持第22次中国—东盟领导人会议。")
    assert "巴育" in names and "巴育共" not in names


def test_preposition_before_country_run_into_name() -> None:
    names = _names("同日，国家副主席韩正同巴西副总统阿尔克明互致贺电。")
    assert "韩正" in names and "韩正同" not in names
    assert "阿尔克明" in names


def test_foreign_name_of_two_after_run_on_title() -> None:
    record = yamen.read("意大利总理德拉吉、参议长卡塞拉蒂、众议长菲科、各国议会联盟主席帕切科出席。",
                        id="t", date="20211008")
    persons = {p["name"]: [q["label"] for q in p["positions"]] for p in record["persons"]}
    assert persons.get("菲科") == ["意大利众议院议长"]


def test_conference_named_after_place_is_no_person() -> None:
    names = _names("中方期待《联合国气候变化框架公约》卡托维兹大会如期完成实施细则谈判。")
    assert "卡托维兹" not in names


def test_shipping_company_is_no_person() -> None:
    names = _names("韩最大海运公司韩进宣布破产。法院宣布韩国最大的海运公司“韩进海运”破产。")
    assert "韩进" not in names


def test_verb_of_thought_cues_short_name() -> None:
    assert "尹莉" in _names("尹莉明白，要想站稳市场，就要有好产品。")
    assert "钟书" in _names("钟书看到后，立即回信致谢。")


def test_relation_cues_short_foreign_name() -> None:
    assert "琼斯" in _names("他长得特魁梧、强悍，看上去更像琼斯的保镖。")


def test_slogan_words_stay_out() -> None:
    names = _names("统筹山水林田湖草沙系统治理，建设西部陆海新通道，向东推进，白雪消融。")
    assert not {"林田", "陆海", "向东", "白雪"} & set(names)


def test_name_every_mention_runs_on_is_whole() -> None:
    names = _names("根据协议，内塔尼亚胡将在联合政府中首先出任总理。内塔尼亚胡公布了新政府的指导原则。")
    assert "内塔尼亚胡" in names
    assert "内塔尼亚" not in names and "胡将" not in names


def test_foreign_name_split_after_title_with_place_tag() -> None:
    record = yamen.read("以色列总理内塔尼亚胡28日晚称，以军将继续行动。", id="t", date="20231029")
    persons = {p["name"]: [q["label"] for q in p["positions"]] for p in record["persons"]}
    assert persons == {"内塔尼亚胡": ["以色列总理"]}


def test_country_abbreviation_with_adverb_is_no_person() -> None:
    names = _names("栗战书同阿尔及利亚国民议会议长布加利举行会谈。布加利说，阿坚定奉行一个中国政策。")
    assert "阿坚定" not in names and "布加利" in names


def test_places_after_province_and_strip_words() -> None:
    assert "迪亚巴克尔" not in _names("一场沙尘暴袭击了土耳其东南部省份迪亚巴克尔和马尔丁。")
    assert "杰巴利耶" not in _names("以军今天向加沙地带的杰巴利耶发动地面进攻。")
    assert "阿夫林" not in _names("一架直升机当天在叙北部阿勒颇省阿夫林地区上空被击落。")


def test_royal_title_not_a_name_nor_part_of_one() -> None:
    names = _names("今天，阿布扎比王储穆罕默德出席。习近平在穆罕默德王储陪同下检阅仪仗队。")
    assert "穆罕默德" in names
    assert "王储" not in names and "穆罕默德王" not in names
    assert "明仁" in _names("女王和明仁天皇乘坐的马车进入了人们的视线。")


def test_score_not_in_name_and_results_cue() -> None:
    names = _names("女单决赛中，陈梦4比2战胜孙颖莎，夺得冠军。")
    assert "陈梦" in names and "陈梦4" not in names


def test_quoted_armed_group_is_no_person() -> None:
    names = _names("巴勒斯坦武装组织“杰哈德”7日晚发表声明称停火。以色列随后确认与杰哈德达成停火协议。")
    assert "杰哈德" not in names


def test_faction_named_after_leader_keeps_leader() -> None:
    names = _names("李长春会见了巴基斯坦穆斯林联盟(谢里夫派)领袖谢里夫。")
    assert "谢里夫" in names


def test_run_on_title_longer_foreign_name() -> None:
    record = yamen.read("亚洲政党国际会议常委会主席、菲律宾前众议长德贝内西亚表示，我们支持中国。",
                        id="t", date="20200211")
    assert "德贝内西亚" in [p["name"] for p in record["persons"]]


def test_verb_list_under_shi_de_is_no_person() -> None:
    assert "高飞" not in _names("贫困是可以解决的，弱鸟是可以先飞、高飞的。")
    assert "穆勒" in _names("这个球正是由克林斯曼在禁区内头球摆渡成功交给穆勒的。")


def test_relation_word_ends_name_before_dotted_one() -> None:
    assert _names("会议还宣布开除穆加贝夫人格雷丝·穆加贝等人的党籍。") == ["格雷丝·穆加贝"]


def test_currency_and_common_nouns_are_no_persons() -> None:
    assert "雷亚尔" not in _names("巴西股市暴跌约10%，巴西货币雷亚尔也出现约8%的贬值。")
    assert "弄潮儿" not in _names("新华社今天播发《弄潮儿向涛头立——习近平主席出席活动纪实》。")
    assert "言必信" not in _names("言必信、行必果。习近平主席指出，要落实承诺。")


def test_tibetan_name_of_four_with_role_or_household() -> None:
    assert "尕桑多杰" in _names("一场分红大会正在举行，贫困户尕桑多杰拿到了自己的第一笔分红。")
    assert "达瓦次仁" in _names("达瓦次仁一家五口17号开车从拉萨出发。")
    assert "正风肃纪" not in _names("深化正风肃纪反腐，以作风建设保障改革攻坚。")


def test_occupation_ending_in_gong_cues_name() -> None:
    assert "周皓" in _names("深海科学与工程研究所实验室钳工周皓、海南省委书记刘赐贵等参加。")


def test_given_name_cut_before_standing_committee_member() -> None:
    names = _names("张连起常委建议，深化财税体制改革。蔡冠深常委建议，支持香港发展。")
    assert {"张连起", "蔡冠深"} <= set(names)


def test_long_foreign_name_before_leader_address() -> None:
    assert "额勒贝格道尔吉" in _names("习近平指出，昨天，我同额勒贝格道尔吉总统举行会谈，一致同意发展关系。")


def test_first_part_of_dotted_name_is_a_mention() -> None:
    text = "来自民主党的希拉里·克林顿首次同台交锋。民调显示，希拉里略微领先。"
    record = yamen.read(text, id="t", date="20160927")
    person = next(p for p in record["persons"] if p["name"] == "希拉里·克林顿")
    assert len(person["mentions"]) == 2


def test_common_surname_hong() -> None:
    assert "洪梅" in _names("村民洪梅从20多户村民手里流转来200多亩土地。")
    assert not _names("各地全力抗洪抢险，洪水造成严重损失。")


def test_home_weather_herd_and_idiom_are_no_persons() -> None:
    assert not _names("一大早，阮家门前就聚集了不少人。")
    assert "卡拉奇多云" not in _names("19℃卡拉奇多云29℃／34℃开罗")
    assert not _names("经马拉若岛时，遇到海潮，牛群被冲散，流落岛上。")
    assert not _names("她会冷不丁弄出声巨响，毛手毛脚地打碎点儿什么。")


def test_adverb_and_verb_after_foreign_title_are_no_name() -> None:
    assert not _names("此前，南非体育部长曾否认存在贿选的行为。")
    assert not _names("埃及总统任期4年，可连任一次。")


def test_japanese_name_with_zhi_before_time_word() -> None:
    assert "天野之弥" in _names("国际原子能机构主席天野之弥今天访问伊朗，并与伊朗方面会谈。")


def test_foreign_name_last_character_split_before_list_break() -> None:
    names = _names("安提瓜和巴布达总理布朗、瓦努阿图总理卡尔萨考、贸发会议秘书长格林斯潘致唁电。")
    assert "卡尔萨考" in names and "卡尔萨" not in names
    assert "奥巴马" in _names("美国总统奥巴马说，愿意合作。")


def test_role_cues_for_names_of_four_and_their_limits() -> None:
    assert "泽连斯基" in _names("41岁的候选人、喜剧演员泽连斯基以30.2%的得票率领先。")
    assert "崇德尚艺" not in _names("中国文艺志愿者崇德尚艺特别节目上线播出。")
    assert "林海" not in _names("塞罕坝诞生了世界上面积最大的人工林海，但是问题出现了。")
    assert "德仁" in _names("发来贺电的还有：日本德仁天皇，韩国总统尹锡悦。")


def test_foreign_name_of_two_or_three_after_roles_and_dates() -> None:
    assert "拜登" in _names("乌克兰曾要求对方调查美国民主党总统竞选人拜登及其儿子。")
    assert "伯杰" in _names("出席的有前总统国家安全事务助理伯杰、前商务部长古铁雷斯。")
    assert "聂穆楚克" in _names("波兰首席兽医官聂穆楚克1月31日说，波兰向欧盟出口了问题牛肉。")
    assert "保卢斯" in _names("专业集团党总主席艾尔朗加和秘书长保卢斯、缅甸克钦邦人民党主席曼恩出席。")


def test_known_junk_stays_out_with_new_cues() -> None:
    assert not _names("向东看到的是大海，白雪消融，林田交错。")
    assert not _names("今年夏收是在疫情下进行的，夏收进展顺利。")
