"""Package data tables (outlets, titles, surnames, date anchors), read once and cached."""

from __future__ import annotations

from functools import cache
from importlib import resources

DATA_PACKAGE = "yamen.data"


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, comment lines (``#``) and blank lines left out."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        tuple(line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def words(name: str) -> frozenset[str]:
    """The whitespace-separated words of a data file, comment lines left out."""
    return frozenset(word for row in rows(name) for field in row for word in field.split())


# A Chinese personal name is two to four characters: a surname and one or two given
# characters, or a compound surname and one or two.
MIN_NAME, MAX_NAME = 2, 4


def surnamed(name: str) -> bool:
    """Whether ``name`` reads as a Chinese personal name: 2-4 characters, a known surname first."""
    surnames = words("surnames.txt")
    return MIN_NAME <= len(name) <= MAX_NAME and (name[0] in surnames or name[:2] in surnames)


# A transliterated name of this many characters or more reads as one when all its
# characters but one are transliteration characters (麦克阿瑟, 基里延科), the last always;
# a Chinese phrase (周启动式, 正风肃纪) has few or none, a name run into the next word
# (卡拉奇晴, 反托拉斯局) ends in another.
MIN_TRANSLITERATED = 3


def transliterated(name: str) -> bool:
    """Whether ``name`` reads as a transliterated foreign name (data/transliteration_chars.txt)."""
    chars = words("transliteration_chars.txt")
    return (len(name) >= MIN_TRANSLITERATED and name[-1] in chars
            and sum(c in chars for c in name) >= len(name) - 1)
