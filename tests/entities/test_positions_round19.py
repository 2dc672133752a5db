"""Round 19: a bare foreign post after a body whose country is not read (…委员会主席、总统X,
…党政治委员会成员、政府总理X) takes the country in view; a president's office (美国白宫发言人),
an armed service (巴基斯坦陆军参谋长), a security council (…安全会议秘书), a deputy
spokesman (副发言人), a house's speaker (马来西亚上议院议长) and a new president before a
name (乌克兰新总统); a transliterated name's 总理 paired with a foreign president's (阿尔维总统
和伊姆兰总理) is the country in view's, not 国务院总理; so is 国家主席 listed with 、 after a
foreign leader (阮富仲、国家主席张晋创)."""

import yamen


def _posts(text: str) -> list[tuple[str, str, str]]:
    record = yamen.read(text, id="t", date="20200101")
    return [(p["name"], q["label"], q["status"]) for p in record["persons"] for q in p["positions"]]


def test_bare_president_after_unread_body_takes_country_in_view() -> None:
    posts = _posts("布隆迪保卫民主全国委员会—保卫民主力量贤人委员会主席、总统恩达伊施米耶表示，"
                   "两国关系不断加强。")
    assert ("恩达伊施米耶", "布隆迪总统", "current") in posts


def test_government_before_premier_after_unread_party_takes_country_in_view() -> None:
    posts = _posts("格鲁吉亚“格鲁吉亚梦想—民主格鲁吉亚”党政治委员会成员、政府总理加里巴什维利表示，"
                   "愿深化合作。")
    assert ("加里巴什维利", "格鲁吉亚总理", "current") in posts


def test_bare_president_with_no_country_in_view_stays_unlabelled_by_country() -> None:
    posts = _posts("贤人委员会主席、总统恩达伊施米耶表示，愿深化合作。")
    assert all(label != "布隆迪总统" for _, label, _ in posts)


def test_white_house_spokesman() -> None:
    assert _posts("美国白宫发言人卡尼18号予以否认。") == [("卡尼", "美国白宫发言人", "current")]


def test_army_chief_of_staff() -> None:
    posts = _posts("习近平在北京会见了巴基斯坦陆军参谋长巴杰瓦。")
    assert ("巴杰瓦", "巴基斯坦陆军参谋长", "current") in posts


def test_deputy_spokesman() -> None:
    assert _posts("美国国防部副发言人辛格21日称，俄罗斯没有通知美国。") == [
        ("辛格", "美国国防部副发言人", "current")]


def test_upper_house_speaker_keeps_the_house() -> None:
    posts = _posts("韩正会见马来西亚上议院议长阿布·扎哈和老挝国会主席巴妮。")
    assert ("阿布·扎哈", "马来西亚上议院议长", "current") in posts


def test_security_council_secretary() -> None:
    posts = _posts("习近平会见来华出席磋商的俄罗斯联邦安全会议秘书帕特鲁舍夫。")
    assert ("帕特鲁舍夫", "俄罗斯联邦安全会议秘书", "current") in posts


def test_new_president_is_the_post() -> None:
    assert _posts("今年5月，乌克兰新总统泽连斯基宣布将尽快实现和平。") == [
        ("泽连斯基", "乌克兰总统", "current")]


def test_foreign_premier_paired_with_a_president_is_not_chinas() -> None:
    posts = _posts("国家主席习近平19日在北京会见了巴基斯坦陆军参谋长巴杰瓦。\n"
                   "巴杰瓦首先转达阿尔维总统和伊姆兰总理对习近平主席的亲切问候。")
    assert ("伊姆兰", "巴基斯坦总理", "current") in posts
    assert ("伊姆兰", "国务院总理", "current") not in posts


def test_chinese_premier_paired_with_a_president_keeps_his_post() -> None:
    assert ("李克强", "国务院总理", "current") in _posts("李克强总理和普京总统举行会谈。")


def test_state_president_listed_after_a_foreign_leader_is_that_countrys() -> None:
    posts = _posts("应越共中央总书记阮富仲、国家主席张晋创邀请，中共中央总书记、国家主席习近平将出席。")
    assert ("张晋创", "越南国家主席", "current") in posts
    assert ("习近平", "国家主席", "current") in posts


def test_house_the_model_tags_as_a_verb() -> None:
    assert ("阿布·扎哈", "马来西亚上议院议长", "current") in _posts(
        "韩正会见马来西亚上议院议长阿布·扎哈。")
    assert ("西达尔托", "印尼人民协商会议主席", "current") in _posts(
        "全国政协主席俞正声今天在北京会见印尼人民协商会议主席西达尔托。")
