"""Sentences split by semicolons: the parts share who acts and who joins."""

from __future__ import annotations

import yamen


def by_type(record: dict, kind: str) -> list[dict]:
    return [e for e in record["events"] if e["type"] == kind]


TEXT = (
    "广州日报讯 6月24日，广东省党政代表团前往天津市学习考察。"
    "代表团一行首先来到天开高教科创园，了解最新成果；随后来到航天五院天津基地，参观研制流程。"
    "省领导张虎、郭永航；天津市领导刘桂平、李文海参加有关活动。"
)


def test_the_delegation_acts_in_every_part_of_the_sentence():
    record = yamen.read(TEXT, id="t", date="20240624")
    inspections = by_type(record, "inspection")
    assert [e["places"] for e in inspections] == [["天开高教科创园"], ["航天五院天津基地"]]
    assert all(e["actors"] == ["广东省党政代表团"] for e in inspections)


def test_lists_split_by_a_semicolon_share_the_predicate():
    record = yamen.read(TEXT, id="t", date="20240624")
    [visit] = by_type(record, "visit")
    assert {"张虎", "郭永航", "刘桂平", "李文海"} <= set(visit["persons"])
