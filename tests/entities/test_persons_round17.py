"""Persons round 17: split names after a foreign post read whole, kin words and post words
cut off dotted names, and things named like persons (rail lines, orders, platforms, halls,
camps, datelines, located places, a verb and a country)."""

from __future__ import annotations

import yamen
from yamen.entities import person_checks, person_places


def _names(text: str) -> list[str]:
    return [p["name"] for p in yamen.read(text, id="t", date="20240101")["persons"]]


def test_split_module_reexports_place_checks() -> None:
    assert person_checks.place_like is person_places.place_like
    assert person_checks.country_near is person_places.country_near
    assert person_checks.COUNTRY_WINDOW == person_places.COUNTRY_WINDOW


def test_foreign_name_split_by_a_verb_read_to_relation_word() -> None:
    names = _names("习近平和夫人彭丽媛受到蒙古国总理阿勒坦呼雅格夫妇、外长包勒德等热情迎接。")
    assert "阿勒坦呼雅格" in names and "阿勒坦" not in names


def test_kin_word_not_in_dotted_name() -> None:
    names = _names("习近平主席近日复信美国史迪威将军外孙约翰·伊斯特布鲁克以及美国华盛顿州学生。")
    assert "约翰·伊斯特布鲁克" in names
    assert "孙约翰·伊斯特布鲁克" not in names


def test_post_word_run_into_dotted_name() -> None:
    names = _names("本月2日，伊朗常驻联合国代表塔赫特·拉希万在安理会会议上也指出。")
    assert names == ["塔赫特·拉希万"]


def test_rail_lines_are_no_persons() -> None:
    assert _names("十年间，兰新、宝兰、银西高铁先后开通。") == []


def test_order_and_platform_are_no_persons() -> None:
    names = _names("菲利普国王向习近平授予利奥波德大绶带勋章和证书。")
    assert "利奥波德" not in names and "菲利普" in names
    assert _names("这家企业通过对接卡奥斯平台，改造生产线。") == []


def test_hall_and_camp_are_no_persons() -> None:
    assert "王宫圣伊什特" not in _names("彭丽媛和纳吉听取了王宫圣伊什特万厅修复情况介绍。")
    assert _names("叙鲁克班干难民营开人道主义通道。19日，叙利亚和俄罗斯表示。") == []


def test_located_place_and_dateline_are_no_persons() -> None:
    names = _names("联合国常务副秘书长埃利亚松说，位于琼莱州阿科博的这个临时营地有平民避难。")
    assert "阿科博" not in names and "埃利亚松" in names
    assert _names("本报塔什库尔干1月5日电 记者王伟报道") == ["王伟"]


def test_country_with_conjunction_not_cut_into_a_person() -> None:
    assert "多巴哥" not in _names("最近两天，特立尼达和多巴哥各界对于会晤给予关注。")


def test_verb_and_country_or_place_word() -> None:
    names = _names("巴总理敦促美结束在巴无人机行动。正在美国访问的巴基斯坦总理谢里夫表示。")
    assert "敦促美" not in names and "谢里夫" in names
    assert _names("两年前，总书记来学校考察时对乡村教师和乡村教育的牵挂。") == []


def test_verb_run_in_rule() -> None:
    assert person_checks.verb_run_in("美国总统表示", "敦促美")
    assert not person_checks.verb_run_in("美国总统表示", "王敦美")
    assert person_checks.verb_run_in("", "来学校")


def test_thing_or_dateline_rule() -> None:
    text = "本报北京3月1日电"
    assert person_places.thing_or_dateline(text, 2, 4)
    text = "记者王伟3月1日报道"
    assert not person_places.thing_or_dateline(text, 2, 4)


def test_name_after_post_not_a_list_of_places() -> None:
    names = _names("塔吉克斯坦共和国总统拉赫蒙、吉尔吉斯共和国总统阿塔姆巴耶夫、"
                   "古巴国务委员会主席劳尔·卡斯特罗出席。")
    assert "阿塔姆巴耶夫" in names


def test_name_cut_after_head_post_read_to_break() -> None:
    names = _names("应吉尔吉斯共和国总理热恩别科夫、哈萨克斯坦共和国总理萨金塔耶夫邀请。")
    assert "热恩别科夫" in names and "热恩" not in names


def test_four_character_name_opening_a_list_of_chinese_names() -> None:
    names = _names("会上，巴音朝鲁、蒋超良、任克军、谢忠岩等代表分别发言。")
    assert names[:2] == ["巴音朝鲁", "蒋超良"] or "巴音朝鲁" in names


def test_name_read_as_verb_after_foreign_post() -> None:
    names = _names("国务院总理李克强当地时间2日下午同吉尔吉斯斯坦总理热恩别科夫举行会谈。")
    assert "热恩别科夫" in names


def test_wife_cues_a_foreign_name() -> None:
    assert "弗拉西娅" in _names("习近平和夫人彭丽媛抵达时，受到帕夫洛普洛斯和夫人弗拉西娅热情迎接。")


def test_many_parties_is_not_a_list_of_places() -> None:
    names = _names("发来贺电的还有：澳大利亚共产党全国主席莫利纳等多国政党政要和友好人士。")
    assert "莫利纳" in names
    assert "顿涅茨克" not in _names("乌军撤出顿涅茨克等多个地区。")


def test_declaration_is_no_person() -> None:
    assert _names("会议发表《2024年亚太经合组织领导人马丘比丘宣言》和声明。") == []


def test_particle_not_read_into_name_after_foreign_post() -> None:
    names = _names("新总统将在现任总统鲁哈尼、保守派宗教人士莱希、曾任总统顾问的米尔萨利姆以及前副总统塔巴等4名候选人中产生。")
    assert "的米尔萨利姆" not in names


def test_list_with_a_foreign_name_read_as_place() -> None:
    names = _names("卡特将成为继盖茨、帕内塔以及哈格尔之后奥巴马任期内的第四位防长。")
    assert "盖茨" in names
    assert "杨树" not in _names("当地种下杨树、沙柳等树种。")
