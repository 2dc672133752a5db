"""The Simplified view of a text, for matching across scripts (search, copies, names)."""

from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in Simplified characters, one character for one, so offsets still hold.

    >>> simplified("黃坤明 廣東省委書記")
    '黄坤明 广东省委书记'
    """
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase rule changed the length: convert character by character instead.
    out = []
    for ch in text:
        one = _t2s().convert(ch)
        out.append(one if len(one) == 1 else ch)
    return "".join(out)


def identity_name(name: str) -> str:
    """The form a name is stored and looked up under: Simplified, without surrounding space."""
    return simplified(name.strip())
