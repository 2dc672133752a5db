"""Round 15: foreign local heads (a short state name, a "former" mark before the post)."""

import yamen


def _posts(text: str) -> list[tuple[str, str, str]]:
    record = yamen.read(text, id="t", date="20200101")
    return [(p["name"], q["label"], q["status"]) for p in record["persons"] for q in p["positions"]]


def test_short_state_keeps_whole_post() -> None:
    assert ("杰里·布朗", "加州州长", "current") in _posts("加州州长杰里·布朗表示反对。")


def test_full_state_joins_level() -> None:
    assert ("科莫", "纽约州长", "current") in _posts("美国纽约州州长科莫说。")


def test_former_between_state_and_post() -> None:
    assert ("米特·罗姆尼", "马萨诸塞州长", "former") in _posts("美国马萨诸塞州前州长米特·罗姆尼发表讲话。")
