"""Store fixtures: a fresh in-memory database, and records built by hand in the schema's shape.

The entity and event stages are not written yet, so records with persons,
positions, places and events are made here, with spans found in the text the
way the stages will give them, and validated against the schema.
"""

from __future__ import annotations

from typing import Any

import opencc
import pytest

from yamen import record
from yamen.store import Store
from yamen.store.text import simplified

ADCODES = {"广东省": "440000", "天津市": "120000", "深圳市": "440300", "北京市": "110000",
           "江苏省": "320000", "南京市": "320100"}


@pytest.fixture
def store():
    with Store(":memory:") as fresh:
        yield fresh


def spans(text: str, needle: str) -> list[list[int]]:
    """Every occurrence of a Simplified needle in a text of either script."""
    view, found, at = simplified(text), [], 0
    while (at := view.find(needle, at)) >= 0:
        found.append([at, at + len(needle)])
        at += len(needle)
    return found


def position(text: str, label: str, title: str, org: str, jurisdiction: str | None,
             words: str, status: str = "current") -> dict[str, Any]:
    [evidence, *_] = spans(text, words)
    return {"label": label, "title": title, "org": org, "jurisdiction": jurisdiction,
            "evidence": evidence, "status": status}


def person(text: str, name: str, positions=(), roles=("mentioned",)) -> dict[str, Any]:
    mentions = spans(text, name)
    surface = text[mentions[0][0]:mentions[0][1]] if mentions else name
    return {"name": name, "surface": surface, "positions": list(positions), "roles": list(roles),
            "mentions": mentions}


def place(text: str, name: str, kind: str) -> dict[str, Any]:
    return {"name": name, "kind": kind, "adcode": ADCODES.get(name), "mentions": spans(text, name)}


def make_record(doc_id: str, text: str, *, date: str | None, persons=(), places=(),
                organizations=(), events=(), script: str | None = None, repairs=(),
                flags=(), title: str | None = None) -> dict[str, Any]:
    rec = {
        "id": doc_id, "source": {"path": f"{doc_id}.txt"}, "title": title, "text": text,
        "script": script or ("hans" if simplified(text) == text else "hant"),
        "repairs": list(repairs), "outlet": None, "date": date, "date_basis": "lead",
        "byline": {"reporters": [], "editors": []}, "persons": list(persons),
        "organizations": [{"name": o, "mentions": spans(text, o)} for o in organizations],
        "places": list(places), "events": list(events), "flags": list(flags),
    }
    record.validate(rec)
    return rec


def event(text: str, kind: str, words: str, persons=(), places=(), origin=None,
          actors=(), cameo=None) -> dict[str, Any]:
    [evidence, *_] = spans(text, words)
    return {"type": kind, "cameo": cameo, "date": None, "actors": list(actors),
            "persons": list(persons), "places": list(places), "evidence": evidence,
            "origin": origin}


def seed_record(doc_id: str, text: str, **extra: Any) -> dict[str, Any]:
    """The seed read as issue 4 and 5 will read it (the people, places and events that matter)."""
    huang = person(text, "黄坤明", [position(text, "广东省委书记", "书记", "广东省委", "广东省",
                                              "省委书记黄坤明")], roles=["speaker"])
    huang["positions"][0]["evidence"][1] -= 3  # the title words only, not the name
    chen = person(text, "陈敏尔", [position(text, "天津市委书记", "书记", "天津市委", "天津市",
                                             "天津市委书记")], roles=["speaker"])
    wang = person(text, "王伟中", [
        position(text, "广东省委副书记", "副书记", "广东省委", "广东省", "省委副书记、省长王伟中"),
        position(text, "广东省长", "省长", "广东省人民政府", "广东省", "省长王伟中"),
    ], roles=["participant"])
    wang["positions"][0]["evidence"][1] = wang["positions"][0]["evidence"][0] + 5
    wang["positions"][1]["evidence"][1] = wang["positions"][1]["evidence"][0] + 2
    wang_xu = person(text, "王旭", roles=["participant"])  # under a collective heading: no post
    places = [place(text, "广东省", "province"), place(text, "天津市", "province"),
              place(text, "深圳市", "prefecture"), place(text, "五大道历史文化街区", "site")]
    places = [p for p in places if p["mentions"]]
    events = [
        event(text, "visit", "前往天津市", ["黄坤明", "陈敏尔", "王伟中", "王旭"], ["天津市"],
              origin="广东省", actors=["广东省党政代表团"], cameo="042"),
        event(text, "meeting", "座谈交流", ["黄坤明", "陈敏尔"], ["天津市"], cameo="040"),
        event(text, "speech", "出席并讲话", ["黄坤明"], ["天津市"], cameo="010"),
        event(text, "speech", "出席并讲话", ["陈敏尔"], ["天津市"], cameo="010"),
    ]
    return make_record(doc_id, text, date="2024-06-24", persons=[huang, chen, wang, wang_xu],
                       places=places, events=events, organizations=["广东省委"], **extra)


@pytest.fixture(scope="session")
def seed_simplified(seed_text: str) -> str:
    return opencc.OpenCC("t2s").convert(seed_text)


@pytest.fixture(scope="session")
def seed_records(seed_text: str, seed_simplified: str) -> list[dict[str, Any]]:
    """The seed (a Traditional spam copy) and its Simplified conversion, with entities."""
    return [seed_record("seed-hant", seed_text, flags=["spam_copy"]),
            seed_record("seed-hans", seed_simplified)]


CCTV_TEXT = ("央视网消息（新闻联播）：7月10日，广东省委书记黄坤明在深圳市调研，"
             "考察了前海深港现代服务业合作区。黄坤明强调，要加快推进粤港澳大灣區建設。")


@pytest.fixture(scope="session")
def cctv_record() -> dict[str, Any]:
    text = CCTV_TEXT
    huang = person(text, "黄坤明", [position(text, "广东省委书记", "书记", "广东省委", "广东省",
                                              "广东省委书记")], roles=["speaker"])
    places = [place(text, "深圳市", "prefecture"),
              {"name": "广东省", "kind": "province", "adcode": "440000",
               "mentions": spans(text, "广东省")}]
    events = [event(text, "inspection", "调研", ["黄坤明"], ["深圳市"], cameo="042"),
              event(text, "speech", "强调", ["黄坤明"], ["深圳市"], cameo="010")]
    return make_record("20240710-01", text, date="2024-07-10", persons=[huang], places=places,
                       events=events, title="黄坤明在深圳调研")
