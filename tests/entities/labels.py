"""Shared helpers of the posts tests: each person's labels, as the tests compare them."""

from __future__ import annotations

import yamen


def posts(text: str) -> dict[str, list[str]]:
    """Each person's labels, a past post marked with a trailing *."""
    return {
        p["name"]: [x["label"] + ("*" if x["status"] == "former" else "") for x in p["positions"]]
        for p in yamen.read(text, date="20210101")["persons"]
    }


def posts_with_status(text: str) -> dict[str, list[tuple[str, str]]]:
    """Each person's (label, status) pairs."""
    record = yamen.read(text, id="t", date="20200101")
    return {p["name"]: [(q["label"], q["status"]) for q in p.get("positions", [])]
            for p in record["persons"]}
