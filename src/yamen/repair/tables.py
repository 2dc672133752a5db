"""Character tables the repair stage reads: OpenCC's dictionaries and what follows from them.

The files live in ``data/`` (see its README for their source). Everything here is
loaded once, on first use.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

#: Han ideographs: CJK Unified (with extension A), compatibility ideographs, and the
#: supplementary planes where extensions B onwards live.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RE = re.compile(f"[{HAN}]")

# GB2312 level 1 (bytes B0A1–D7F9) is the 3,755 characters the standard chose by frequency
# as 常用字; it is our measure of "a common character".
_GB2312_LEVEL1 = (0xB0A1, 0xD7F9)


def _read_table(name: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    text = resources.files("yamen.repair.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        table[key] = values.split(" ")
    return table


@cache
def t2s_table() -> dict[str, list[str]]:
    """OpenCC's Traditional → Simplified character candidates (first is the default)."""
    return _read_table("TSCharacters.txt")


@cache
def s2t_table() -> dict[str, list[str]]:
    """OpenCC's Simplified → Traditional character candidates (first is the default)."""
    return _read_table("STCharacters.txt")


@cache
def trad_only() -> frozenset[str]:
    """Characters that are Traditional forms only: OpenCC never keeps them in Simplified."""
    return frozenset(ch for ch, simp in t2s_table().items() if ch not in simp)


@cache
def simp_only() -> frozenset[str]:
    """Characters that are Simplified forms only: no Traditional standard keeps them.

    OpenCC's s2t table also modernises some characters that Taiwan and Hong Kong write
    the same way as the mainland (群 → 羣); those are taken out via the regional variant
    tables, or every Taiwanese text would look half Simplified.
    """
    regional = set()
    for name in ("TWVariants.txt", "HKVariants.txt"):
        for values in _read_table(name).values():
            regional.update(values)
    return frozenset(
        ch for ch, trad in s2t_table().items() if ch not in trad and ch not in regional
    )


@cache
def t2s_keep() -> frozenset[str]:
    """Characters the Simplified view leaves as written (data/t2s_keep.txt)."""
    return frozenset(_read_table("t2s_keep.txt"))


@cache
def t2s_char_default() -> dict[str, str]:
    """Character-level Traditional → Simplified, safe for a fallback.

    Only characters that are never their own Simplified form are converted; where
    OpenCC lists the character among its own candidates (乾, 於, 著 …) the choice
    depends on the word, and a character on its own cannot make it, so it stays.
    """
    return {ch: simp[0] for ch, simp in t2s_table().items() if ch not in simp and len(simp[0]) == 1}


class CharClass:
    """A set of characters with a fast regex scan for it.

    ``re`` checks a class of BMP characters against a bitmap (160M characters/s); a
    class that also lists supplementary-plane characters one by one is checked slowly
    (11M/s). So the regex holds the BMP members and one range for the supplementary
    ideographs, and supplementary matches are checked against the set.
    """

    __slots__ = ("_astral", "chars", "pattern")

    def __init__(self, chars: frozenset[str]) -> None:
        self.chars = chars
        bmp = "".join(sorted(re.escape(ch) for ch in chars if ord(ch) < 0x10000))
        self._astral = any(ord(ch) >= 0x10000 for ch in chars)
        self.pattern = re.compile(f"[{bmp}\U00020000-\U0003134f]" if self._astral else f"[{bmp}]")

    def search(self, text: str) -> bool:
        """Whether any member occurs in ``text``."""
        return any(m.group() in self.chars for m in self.pattern.finditer(text))

    def count(self, text: str) -> int:
        """How many times members occur in ``text``."""
        found = self.pattern.findall(text)
        if self._astral and found and max(found) >= "\U00010000":
            return sum(1 for ch in found if ch in self.chars)
        return len(found)


@cache
def trad_only_class() -> CharClass:
    return CharClass(trad_only())


@cache
def simp_only_class() -> CharClass:
    return CharClass(simp_only())


@cache
def t2s_changes() -> frozenset[str]:
    """Characters OpenCC t2s changes by default: Traditional-only ones, and 祕 乾 於 …"""
    return frozenset(ch for ch, simp in t2s_table().items() if simp[0] != ch)


@cache
def script_specific() -> frozenset[str]:
    """Characters a conversion changes, either way: 發 and 发, 後 and 后, 乾 and 干 …"""
    s2t_changes = (ch for ch, trad in s2t_table().items() if trad[0] != ch)
    return t2s_changes() | frozenset(s2t_changes)


@cache
def t2s_changeable_class() -> CharClass:
    """Characters OpenCC t2s changes by default: if none is present the view is the text.

    (Characters whose default is themselves, such as 像, change only inside a handful of
    OpenCC phrases such as 英哩; those few are not worth converting every Simplified text.)
    """
    return CharClass(t2s_changes())


def to_simplified_char(ch: str) -> str:
    """One character's safe Simplified form (itself where the table gives no safe answer)."""
    return t2s_char_default().get(ch, ch)


@cache
def in_gb2312(ch: str) -> bool:
    """Whether a character (in either script) is in GB2312 once simplified: in everyday use."""
    try:
        t2s_table().get(ch, [ch])[0].encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def is_common(ch: str) -> bool:
    """Whether a character (in either script) is a GB2312 level-1 character once simplified."""
    try:
        code = t2s_table().get(ch, [ch])[0].encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and _GB2312_LEVEL1[0] <= int.from_bytes(code, "big") <= _GB2312_LEVEL1[1]
