"""Round 12 forms of posts: forms of address near a visited country, ranked and acting
deputies, foreign parties with quotes or 与, a country carried after 兼, ministers written
short, board and forum bodies, and a bare post of the same body after a listed holder."""

from __future__ import annotations

from tests.entities.labels import posts_with_status as _posts


def test_address_before_a_visit_to_a_country_is_chinas_post() -> None:
    posts = _posts("对于习近平主席即将对波兰展开的国事访问，波兰各界表示热切期待。")
    assert posts["习近平"] == [("国家主席", "current")]


def test_address_keeps_post_when_other_mentions_are_far_from_countries() -> None:
    posts = _posts("欢迎仪式后，习近平主席在人民大会堂同马克龙总统会谈。"
                   "马克龙表示，我同习近平主席频繁交往，深化了法中关系。")
    assert posts["习近平"] == [("国家主席", "current")]


def test_party_state_leader_near_his_country_gets_no_chinese_post() -> None:
    posts = _posts("阮富仲总书记访问越南河内一所学校。越南领导人阮富仲总书记表示欢迎。")
    assert posts["阮富仲"] == []


def test_visiting_leader_forms_of_address_are_his_countrys() -> None:
    posts = _posts("在会见宋沙瓦时，张高丽说，中老始终真诚相待。前不久朱马里总书记、国家主席成功"
                   "访华，两党两国领导人达成新的重要共识。")
    assert posts["朱马里"] == [("老挝人民革命党中央总书记", "current"), ("老挝国家主席", "current")]


def test_ranked_deputies_in_a_foreign_list() -> None:
    posts = _posts("习近平在缅甸总统温敏、第一副总统敏瑞、第二副总统亨利班提育等陪同下步入宴会厅。")
    assert posts["敏瑞"] == [("缅甸第一副总统", "current")]
    assert posts["亨利班提育"] == [("缅甸第二副总统", "current")]


def test_ranked_deputy_after_country() -> None:
    posts = _posts("张高丽还同俄罗斯第一副总理舒瓦洛夫共同主持会议。")
    assert posts["舒瓦洛夫"] == [("俄罗斯第一副总理", "current")]


def test_acting_foreign_posts_keep_acting() -> None:
    posts = _posts("乌兹别克斯坦总统米尔济约耶夫、伊朗代理总统穆赫贝尔出席。")
    assert posts["穆赫贝尔"] == [("伊朗代理总统", "current")]
    posts = _posts("联合国贸易和发展会议代理秘书长杜兰特表示，发展很重要。")
    assert posts["杜兰特"] == [("联合国贸易和发展会议代理秘书长", "current")]


def test_foreign_party_with_rank_quotes_or_yu() -> None:
    posts = _posts("委内瑞拉统一社会主义党第一副主席卡韦略表示，整个国家都支持中国。")
    assert posts["卡韦略"] == [("委内瑞拉统一社会主义党第一副主席", "current")]
    posts = _posts("格鲁吉亚“欧洲社会主义者”党主席尹贾致贺。")
    assert posts["尹贾"] == [("格鲁吉亚欧洲社会主义者党主席", "current")]
    posts = _posts("土耳其正义与发展党副主席耶尔马兹表示，支持中国抗疫。")
    assert posts["耶尔马兹"] == [("土耳其正义与发展党副主席", "current")]


def test_country_carries_on_after_jian() -> None:
    posts = _posts("古巴国务委员会主席兼部长会议主席迪亚斯-卡内尔24日重申，古巴支持委内瑞拉。")
    assert posts["迪亚斯-卡内尔"] == [("古巴国务委员会主席", "current"),
                                  ("古巴部长会议主席", "current")]
    posts = _posts("会见了缅甸联邦巩固与发展党主席、联邦议会议长兼人民院议长吴瑞曼率领的代表团。")
    assert posts["吴瑞曼"] == [("缅甸联邦巩固与发展党主席", "current"),
                            ("缅甸联邦议会议长", "current"), ("缅甸人民院议长", "current")]


def test_minister_written_short() -> None:
    posts = _posts("出席会议的委内瑞拉石油部长克韦多也强调，为保障供应。")
    assert posts["克韦多"] == [("委内瑞拉石油部部长", "current")]
    posts = _posts("教育部长袁贵仁成了被媒体记者围堵的对象。")
    assert posts["袁贵仁"] == [("教育部部长", "current")]


def test_board_and_forum_bodies() -> None:
    posts = _posts("世界经济论坛执行主席施瓦布表示，中国发展很快。")
    assert posts["施瓦布"] == [("世界经济论坛执行主席", "current")]
    posts = _posts("国家体育总局局长高志丹，亚奥理事会代理主席辛格分别致辞。")
    assert posts["辛格"] == [("亚奥理事会代理主席", "current")]


def test_bare_deputy_after_listed_holder_is_same_body() -> None:
    posts = _posts("国家卫生和计划生育委员会主任李斌、副主任马晓伟和副主任王培安回答记者提问。")
    assert posts["马晓伟"] == [("国家卫生和计划生育委员会副主任", "current")]
    assert posts["王培安"] == [("国家卫生和计划生育委员会副主任", "current")]
    posts = _posts("俄罗斯国家杜马主席沃洛金、第一副主席梅利尼科夫出席。")
    assert posts["梅利尼科夫"] == [("俄罗斯国家杜马第一副主席", "current")]


def test_other_side_of_a_joint_body_named_short() -> None:
    posts = _posts("国务院副总理、中国和哈萨克斯坦合作委员会中方主席韩正在北京与哈萨克斯坦第一副总理、"
                   "委员会哈方主席斯迈洛夫共同主持会议。")
    assert posts["斯迈洛夫"] == [("哈萨克斯坦第一副总理", "current"),
                             ("中国和哈萨克斯坦合作委员会哈方主席", "current")]


def test_discipline_ranks_and_railway_section_heads() -> None:
    posts = _posts("浙江省绍兴市公安局原调研员徐明法违规接受宴请问题。")
    assert posts["徐明法"] == [("绍兴市公安局调研员", "former")]
    posts = _posts("中国铁路上海局集团合肥工务段原段长、党委副书记蒋浩违规公款吃喝。")
    assert posts["蒋浩"] == [("中国铁路上海局集团合肥工务段段长", "former"),
                          ("中国铁路上海局集团合肥工务段党委副书记", "former")]
