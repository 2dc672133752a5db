from yamen import pipeline
from yamen.document import Document
from yamen.errors import DocumentError, RejectedDocument

TEXTS = [f"第{i}篇：国务院总理李强会见越南总理。" for i in range(40)]


def documents():
    items = [Document(id=f"d{i}", original=text) for i, text in enumerate(TEXTS)]
    items.insert(7, DocumentError("bad_json", "not valid JSON", {"path": "x.jsonl", "line": 8}))
    return items


def test_every_item_gives_one_result_in_order():
    results = list(pipeline.run(documents()))
    assert len(results) == 41
    assert isinstance(results[7], DocumentError)
    ids = [r["id"] for r in results if isinstance(r, dict)]
    assert ids == [f"d{i}" for i in range(40)]


def test_jobs_keep_input_order_and_give_the_same_records():
    assert list(pipeline.run(documents(), jobs=2)) == list(pipeline.run(documents(), jobs=1))


def test_the_stage_list_is_named_and_ordered():
    assert [name for name, _ in pipeline.STAGES] == ["repair", "structure", "entities", "events"]


def test_a_failing_stage_costs_only_its_document(monkeypatch):
    def explode(doc):
        if doc.id == "d3":
            raise RuntimeError("boom")
        return doc

    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES, ("explode", explode)])
    results = list(pipeline.run(documents()))
    failed = [r for r in results if isinstance(r, DocumentError) and r.kind == "internal"]
    assert len(failed) == 1
    assert failed[0].id == "d3"
    assert "explode" in failed[0].message and "boom" in failed[0].message
    assert sum(isinstance(r, dict) for r in results) == 39


def test_a_stage_can_reject_a_document(monkeypatch):
    def reject(doc):
        raise RejectedDocument("not_text", "nothing but numbers")

    monkeypatch.setattr(pipeline, "STAGES", [("reject", reject)])
    [result] = list(pipeline.run([Document(id="n", original="1234")]))
    assert (result.kind, result.id) == ("not_text", "n")


def test_a_record_that_breaks_the_schema_is_an_internal_error(monkeypatch):
    def corrupt(doc):
        doc.script = "latin"
        return doc

    monkeypatch.setattr(pipeline, "STAGES", [("corrupt", corrupt)])
    [result] = list(pipeline.run([Document(id="c", original="天津")]))
    assert result.kind == "internal"
    assert "schema" in result.message


def test_a_record_does_not_depend_on_its_batch(seed_text, fixtures):
    """Batching (shared model calls, the sentence cache) changes speed, never a record."""
    import json

    from yamen.entities import ner

    texts = [seed_text] + [
        row["text"] for row in map(json.loads, (fixtures / "xwlb_sample.jsonl").open())
        if row["text"]
    ]
    alone = []
    for i, text in enumerate(texts):
        ner._tagger().cache.clear()
        alone.append(pipeline.process(Document(id=f"t{i}", original=text)))
    ner._tagger().cache.clear()
    together = pipeline.process_batch(
        [Document(id=f"t{i}", original=text) for i, text in enumerate(texts)]
    )
    assert together == alone
    assert all(isinstance(r, dict) for r in together)


def test_every_emitted_record_passes_jsonschema_itself(seed_text, fixtures):
    """Records are checked by a quicker validator first; jsonschema is the reference."""
    import json

    import jsonschema

    from yamen import record

    texts = [seed_text] + [
        row["text"] for row in map(json.loads, (fixtures / "xwlb_sample.jsonl").open())
    ]
    reference = jsonschema.Draft202012Validator(record.schema())
    results = pipeline.process_batch(
        [Document(id=f"t{i}", original=text) for i, text in enumerate(texts)]
    )
    assert all(isinstance(r, dict) for r in results)
    for result in results:
        reference.validate(result)


def _fixture_documents(seed_text, fixtures):
    import json

    texts = [seed_text] + [
        row["text"] for row in map(json.loads, (fixtures / "xwlb_sample.jsonl").open())
        if row["text"]
    ]
    texts += TEXTS[:12 - len(texts)]
    return [Document(id=f"t{i}", original=text) for i, text in enumerate(texts)]


def test_one_process_tags_the_next_batch_ahead_and_gives_the_batch_records(
    seed_text, fixtures, monkeypatch
):
    """In one process the model tags batch k+1 in a thread while batch k runs the rules:
    the records are those of ``process_batch``, batch by batch, in order."""
    from yamen.entities import ner

    monkeypatch.setattr(pipeline, "BATCH_SIZE", 3)
    ner._tagger().cache.clear()
    expected = [r for i in range(0, 12, 3)
                for r in pipeline.process_batch(_fixture_documents(seed_text, fixtures)[i:i + 3])]
    ner._tagger().cache.clear()
    ahead = []
    monkeypatch.setattr(pipeline, "PREPARE_AHEAD",
                        lambda docs: ahead.append(len(docs)) or pipeline.tag_entities(docs))
    results = list(pipeline.run(_fixture_documents(seed_text, fixtures)[:12]))
    assert ahead == [3, 3, 3, 3]
    assert results == expected
    assert [r["id"] for r in results] == [f"t{i}" for i in range(12)]


def test_a_failure_tagging_ahead_costs_nothing(seed_text, fixtures, monkeypatch):
    """If the model's work ahead fails, the stage tags each document itself."""
    def fail(docs):
        raise RuntimeError("no model")

    monkeypatch.setattr(pipeline, "BATCH_SIZE", 4)
    expected = list(pipeline.run(_fixture_documents(seed_text, fixtures)[:8]))
    monkeypatch.setattr(pipeline, "PREPARE_AHEAD", fail)
    assert list(pipeline.run(_fixture_documents(seed_text, fixtures)[:8])) == expected
