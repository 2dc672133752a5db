import csv

import networkx as nx
import pyarrow.parquet as pq
import pytest

from yamen.store.export import TABLES


@pytest.fixture
def filled(store, seed_records, cctv_record):
    store.ingest([*seed_records, cctv_record])
    return store


def test_parquet_has_one_file_per_table(filled, tmp_path):
    written = filled.export(tmp_path, "parquet")
    assert sorted(p.stem for p in written) == sorted(TABLES)
    persons = pq.read_table(tmp_path / "persons.parquet").to_pylist()
    assert "黄坤明" in {p["name"] for p in persons}
    assert pq.read_table(tmp_path / "co_appearances.parquet").num_rows > 0


def test_csv_has_a_header_and_the_rows(filled, tmp_path):
    filled.export(tmp_path, "csv")
    with open(tmp_path / "positions.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert "广东省委书记" in {r["label"] for r in rows}


def test_graphml_networks_open_in_networkx(filled, tmp_path):
    filled.export(tmp_path, "graphml")
    persons = nx.read_graphml(tmp_path / "persons.graphml")
    labels = nx.get_node_attributes(persons, "label")
    assert {"黄坤明", "陈敏尔"} <= set(labels.values())
    regions = nx.read_graphml(tmp_path / "regions.graphml")
    assert list(regions.edges(data="date")) == [("广东省", "天津市", "2024-06-24")]


def test_an_unknown_format_is_refused(filled, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        filled.export(tmp_path, "xlsx")
