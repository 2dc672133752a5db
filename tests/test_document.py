import pytest

from yamen.document import Document, Span


def test_span_refuses_misaligned_ranges():
    with pytest.raises(ValueError):
        Span(5, 3)
    with pytest.raises(ValueError):
        Span(-1, 3)
    with pytest.raises(ValueError):
        Span.within("天津市", 0, 4)
    assert Span.within("天津市", 0, 3).as_list() == [0, 3]


def test_document_text_defaults_to_the_original():
    doc = Document(id="x", original="天津市")
    assert doc.text == doc.simplified == "天津市"
    doc.flag("spam_copy")
    doc.flag("spam_copy")
    assert doc.flags == ["spam_copy"]
