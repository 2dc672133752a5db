"""Networks built from the event table: who appears with whom, which regions visit which.

A report carried by several copies counts once (see the ``reports`` view).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx


def co_appearances(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Pairs of persons who take part in one event: reports, events, first and last date."""
    rows = conn.execute(
        """SELECT c.person_a, a.name, c.person_b, b.name, c.reports, c.events,
                  c.first_date, c.last_date
           FROM co_appearances c
           JOIN persons a ON a.id = c.person_a JOIN persons b ON b.id = c.person_b
           ORDER BY c.reports DESC, a.name, b.name""")
    return [
        {"person_a": pa, "name_a": na, "person_b": pb, "name_b": nb, "reports": reports,
         "events": events, "first_date": first, "last_date": last}
        for pa, na, pb, nb, reports, events, first, last in rows
    ]


def region_visits(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Visits from one jurisdiction to a place (广东省 → 天津市), dated, one per report."""
    rows = conn.execute(
        """SELECT origin, destination, date, min(document_id), count(*)
           FROM region_visits GROUP BY origin, destination, date, report_id
           ORDER BY date, origin, destination""")
    return [
        {"origin": origin, "destination": destination, "date": date, "document": document}
        for origin, destination, date, document, _ in rows
    ]


def person_graph(conn: sqlite3.Connection) -> nx.Graph:
    """Persons as nodes, co-appearance in events as weighted edges (weight = reports)."""
    import networkx as nx

    graph = nx.Graph()
    for person_id, name, documents in conn.execute(
        """SELECT p.id, p.name, count(DISTINCT dp.document_id) FROM persons p
           JOIN event_persons ep ON ep.person_id = p.id
           LEFT JOIN document_persons dp ON dp.person_id = p.id GROUP BY p.id"""):
        graph.add_node(f"p{person_id}", label=name, documents=documents)
    for pair in co_appearances(conn):
        graph.add_edge(f"p{pair['person_a']}", f"p{pair['person_b']}", weight=pair["reports"],
                       events=pair["events"], first_date=pair["first_date"] or "",
                       last_date=pair["last_date"] or "")
    return graph


def region_graph(conn: sqlite3.Connection) -> nx.MultiDiGraph:
    """Jurisdictions as nodes, one dated directed edge per visit (origin → destination)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for visit in region_visits(conn):
        for node in (visit["origin"], visit["destination"]):
            if node not in graph:
                graph.add_node(node, label=node)
        graph.add_edge(visit["origin"], visit["destination"], date=visit["date"] or "",
                       document=visit["document"])
    return graph
