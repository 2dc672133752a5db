"""Persons on fresh CCTV text (round 19 review): the end of a name the model cuts short —
the last part of a dotted minority name in a list (阿不来提·阿不|都热西提、, 司马义·铁力瓦尔|地、)
and a given name's last character read as an adverb or adjective before the report or
appointment frame (部长雒树|刚受国务院委托, 免去姜伟|新的…职务)."""

from __future__ import annotations

import pytest

import yamen


def names(text: str) -> set[str]:
    return {p["name"] for p in yamen.read(text)["persons"]}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("陈奎元、阿不来提·阿不都热西提、李兆焯出席。", "阿不来提·阿不都热西提", "阿不来提·阿不"),
        ("周铁农、司马义·铁力瓦尔地、蒋树声出席。", "司马义·铁力瓦尔地", "司马义·铁力瓦尔"),
        ("文化和旅游部部长雒树刚受国务院委托作报告。", "雒树刚", "雒树"),
        ("决定免去姜伟新的住房和城乡建设部部长职务。", "姜伟新", "姜伟"),
    ],
)
def test_name_end_cut_short(text: str, expected: str, absent: str) -> None:
    found = names(text)
    assert expected in found
    assert absent not in found


def test_dotted_name_before_honorific_keeps_its_end() -> None:
    found = names("会见了艾力更·依明巴海同志、李兆焯同志。")
    assert "艾力更·依明巴海" in found
    assert not any(n.endswith("同志") for n in found)


def test_short_name_before_adverb_outside_frame() -> None:
    assert "李强" in names("国务院总理李强新春前夕看望群众。")


def test_hyphened_name_in_list_keeps_its_end() -> None:
    found = names("副主席陈奎元、阿不来提-阿不都热西提、李兆焯出席。")
    assert "阿不来提-阿不都热西提" in found


def test_split_item_between_listed_names() -> None:
    found = names("出席的有华建敏、乌云其木格、陈至立等。")
    assert {"华建敏", "乌云其木格", "陈至立"} <= found


def test_post_between_listed_names_is_no_name() -> None:
    found = names("张三丰、副主席、李四光出席。")
    assert "副主席" not in found


def test_byline_list_opens_at_reporter() -> None:
    found = names("本报联合国6月9日电记者符福洲、周德武报道：会议今天开幕。")
    assert {"符福洲", "周德武"} <= found
