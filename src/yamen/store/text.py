"""The Simplified view of a text, for matching across scripts (search, copies, names)."""

from __future__ import annotations

from yamen.repair import to_simplified


def simplified(text: str) -> str:
    """``text`` in Simplified characters, one for one, as the pipeline's own view makes it
    (so a name such as 乾安县 meets itself).

    >>> simplified("黃坤明 廣東省委書記")
    '黄坤明 广东省委书记'
    """
    return to_simplified(text)


def identity_name(name: str) -> str:
    """The form a name is stored and looked up under: Simplified, without surrounding space."""
    return simplified(name.strip())
