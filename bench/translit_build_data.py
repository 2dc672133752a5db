"""Rebuild src/yamen/data/transliteration_chars.txt from jieba's dictionary.

Not run at install or test time: the derived list is committed. To rebuild, fetch the
PyPI sdist ``jieba-0.42.1`` (MIT), unpack it and run

    python bench/translit_build_data.py jieba-0.42.1/jieba/dict.txt

A character is a transliteration character when it occurs in at least MIN_WORDS of the
dictionary's transliterated names (tag ``nrt``, three characters or more: 东布罗夫斯基)
and at least SHARE of all the dictionary's words that contain it are such names: 斯, 尔,
克 pass; 人, 山, 新, which the tag's noise also carries, do not.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "yamen" / "data" / "transliteration_chars.txt"
MIN_WORDS = 8
SHARE = 0.05
MIN_LENGTH = 3


def main(path: str) -> None:
    names: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        word, _, tag = line.split()
        every.update(set(word))
        if tag == "nrt" and len(word) >= MIN_LENGTH:
            names.update(set(word))
    chosen = sorted((c for c, n in names.items() if n >= MIN_WORDS and n / every[c] >= SHARE),
                    key=lambda c: (-names[c] / every[c], c))
    header = (
        "# Characters of transliterated foreign names (斯, 尔, 克 …), most name-specific first.\n"
        "# Derived by bench/translit_build_data.py from jieba 0.42.1 dict.txt (MIT): see\n"
        "# SOURCES.md. Used to tell a foreign name (麦克阿瑟) from a Chinese phrase.\n"
    )
    lines = ["".join(chosen[i:i + 30]) for i in range(0, len(chosen), 30)]
    OUT.write_text(header + "\n".join(" ".join(line) for line in lines) + "\n", encoding="utf-8")
    print(f"{len(chosen)} characters → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
