"""Queries: a person's career, a place's events and visits, full-text search, copy groups.

Every answer is plain data (lists and dicts) ready for ``json.dumps``; an empty
list means nothing was found. Names may be given in either script.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from yamen.store import copies
from yamen.store.text import identity_name, simplified

# Events listed with a person: the latest this many (a head of state takes part in tens
# of thousands; events_total says how many there are). None lists them all.
MAX_EVENTS = 500

SEARCH_LIMIT = 20
# Characters of context either side of a match in a search snippet.
SNIPPET_CONTEXT = 30
# FTS5's trigram index answers queries of three characters or more.
TRIGRAM = 3
# Every trigram term beginning with a 2-character query sorts between the query
# and the query followed by the last code point.
_LAST_CHAR = "\U0010ffff"


def person(conn: sqlite3.Connection, name: str,
           max_events: int | None = MAX_EVENTS) -> list[dict[str, Any]]:
    """One object per stored person of this name: positions over time, events (the latest
    ``max_events``; None for all; ``events_total`` counts them all), co-appearances."""
    answer = []
    for person_id, stored_name, kept_apart in conn.execute(
        "SELECT id, name, kept_apart FROM persons WHERE name = ? ORDER BY id",
        (identity_name(name),),
    ).fetchall():
        (documents,) = conn.execute(
            "SELECT count(DISTINCT document_id) FROM document_persons WHERE person_id = ?",
            (person_id,)).fetchone()
        entry: dict[str, Any] = {"id": person_id, "name": stored_name, "documents": documents}
        if kept_apart:
            entry["kept_apart"] = kept_apart
        entry["positions"] = _positions(conn, person_id)
        chooser = "SELECT event_id FROM event_persons WHERE person_id = ?"
        (entry["events_total"],) = conn.execute(
            f"SELECT count(*) FROM ({chooser})", (person_id,)).fetchone()
        entry["events"] = _events(conn, chooser, person_id, limit=max_events)
        entry["co_appearances"] = [
            {"name": other, "id": other_id, "count": count}
            for other_id, other, count in conn.execute(
                """SELECT b.person_id, p.name, count(DISTINCT r.report_id) AS n
                   FROM event_persons a
                   JOIN event_persons b ON b.event_id = a.event_id AND b.person_id <> a.person_id
                   JOIN events e ON e.id = a.event_id
                   JOIN reports r ON r.document_id = e.document_id
                   JOIN persons p ON p.id = b.person_id
                   WHERE a.person_id = ?
                   GROUP BY b.person_id ORDER BY n DESC, p.name""", (person_id,))
        ]
        answer.append(entry)
    return answer


def _positions(conn: sqlite3.Connection, person_id: int) -> list[dict[str, Any]]:
    """Positions with the dates of the documents stating them; first/last seen count only
    statements of a current post (a post named as former says nothing of when it was held)."""
    rows = conn.execute(
        """SELECT label, title, org, jurisdiction, max(status = 'current'),
                  min(CASE WHEN status = 'current' THEN date END),
                  max(CASE WHEN status = 'current' THEN date END), min(date), max(date),
                  json_group_array(document_id)
           FROM (SELECT p.id, p.label, p.title, p.org, p.jurisdiction, pe.status, d.date,
                        pe.document_id
                 FROM positions p
                 JOIN position_evidence pe ON pe.position_id = p.id
                 JOIN documents d ON d.id = pe.document_id
                 WHERE p.person_id = ?
                 ORDER BY p.id, d.date, pe.document_id)
           GROUP BY id""", (person_id,))
    answer = [
        {"label": label, "title": title, "org": org, "jurisdiction": jurisdiction,
         "status": "current" if current else "former",
         "first_seen": first_current or first, "last_seen": last_current or last,
         "documents": list(dict.fromkeys(json.loads(documents)))}
        for (label, title, org, jurisdiction, current, first_current, last_current, first, last,
             documents) in rows
    ]
    return sorted(answer, key=lambda e: (e["first_seen"] or "", e["label"]))


def _events(conn: sqlite3.Connection, chooser: str, *params: object,
            limit: int | None = None) -> list[dict[str, Any]]:
    """The events whose ids ``chooser`` selects, with participants and places, by date;
    with ``limit``, the latest that many."""
    rows = conn.execute(
        f"""SELECT e.id, e.type, e.cameo, e.date, e.origin, e.document_id,
                   (SELECT r.report_id FROM reports r WHERE r.document_id = e.document_id),
                   (SELECT json_group_array(p.name) FROM event_persons ep
                      JOIN persons p ON p.id = ep.person_id WHERE ep.event_id = e.id),
                   (SELECT json_group_array(pl.name) FROM event_places epl
                      JOIN places pl ON pl.id = epl.place_id WHERE epl.event_id = e.id),
                   (SELECT json_group_array(actor) FROM event_actors ea
                      WHERE ea.event_id = e.id)
            FROM events e WHERE e.id IN ({chooser})
            ORDER BY e.date DESC, e.document_id DESC, e.seq DESC LIMIT ?""",
        (*params, -1 if limit is None else limit)).fetchall()
    rows.reverse()  # the latest ``limit``, shown by date, document, then as read
    # Copies of one report carry the same events: show each once, with every document.
    shown: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event_id, kind, cameo, date, origin, document, report, persons, places, actors in rows:
        persons, places = json.loads(persons), json.loads(places)
        key = (report, kind, date, origin, tuple(sorted(persons)), tuple(sorted(places)))
        if key in shown:
            shown[key]["documents"].append(document)
            if document == report:  # the original speaks for the group
                shown[key]["id"], shown[key]["document"] = event_id, document
            continue
        shown[key] = {"id": event_id, "type": kind, "cameo": cameo, "date": date,
                      "origin": origin, "document": document, "documents": [document],
                      "persons": persons, "places": places, "actors": json.loads(actors)}
    return list(shown.values())


def place(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """One object per stored place of this name: its events, and visits to and from it."""
    key = identity_name(name)
    visits_to = _visits(conn, "destination", "origin", "from", key)
    visits_from = _visits(conn, "origin", "destination", "to", key)
    answer = []
    rows = conn.execute("SELECT id, name, kind, adcode FROM places WHERE name = ? ORDER BY id",
                        (key,)).fetchall()
    for place_id, stored_name, kind, adcode in rows:
        (documents,) = conn.execute(
            "SELECT count(DISTINCT document_id) FROM place_mentions WHERE place_id = ?",
            (place_id,)).fetchone()
        answer.append({
            "id": place_id, "name": stored_name, "kind": kind, "adcode": adcode,
            "documents": documents,
            "events": _events(conn, "SELECT event_id FROM event_places WHERE place_id = ?",
                              place_id),
            "visits_to": visits_to, "visits_from": visits_from,
        })
    if not answer and visits_from:  # known only as the origin of visits
        answer.append({"id": None, "name": key, "kind": None, "adcode": None, "documents": 0,
                       "events": [], "visits_to": visits_to, "visits_from": visits_from})
    return answer


def _visits(conn: sqlite3.Connection, side: str, other: str, label: str,
            name: str) -> list[dict[str, Any]]:
    """Visits with ``name`` on one side, one per report (copies listed under ``documents``)."""
    visits: dict[tuple[str, str | None, str], dict[str, Any]] = {}
    for where, date, document, report in conn.execute(
        f"SELECT DISTINCT {other}, date, document_id, report_id FROM region_visits "
        f"WHERE {side} = ? ORDER BY date, document_id", (name,)):
        entry = visits.setdefault((where, date, report), {
            label: where, "date": date, "document": report, "documents": []})
        entry["documents"].append(document)
    return list(visits.values())


def search(conn: sqlite3.Connection, text: str, *,
           limit: int = SEARCH_LIMIT) -> list[dict[str, Any]]:
    """Documents containing ``text`` in either script, best match first.

    Three characters or more go to the trigram index. Two characters (王旭) go to
    it through its vocabulary: every indexed trigram that begins with them. One
    character, and names, also go through the person, place and organisation
    tables, so a name is found even where the text around it is damaged.
    """
    query = simplified(text).strip()
    if not query:
        raise ValueError("the search text is empty")
    found: dict[str, tuple[str | None, str | None, str]] = {}
    if len(query) <= 2:
        for row in _by_name(conn, query, limit):
            found.setdefault(row[0], row[1:])
    match = _match_expression(conn, query)
    # A 2-character query is an OR of every trigram that begins with it (1,021 for
    # 发展 on the CCTV corpus): ranking them all takes 600 ms, so the latest stored
    # documents come first instead (15 ms).
    order = "rank" if len(query) >= TRIGRAM else "f.rowid DESC"
    if match and len(found) < limit:
        for doc_id, title, date, body in conn.execute(
            f"""SELECT d.id, d.title, d.date, d.text FROM documents_fts f
               JOIN documents d ON d.doc_key = f.rowid
               WHERE documents_fts MATCH ? ORDER BY {order} LIMIT ?""", (match, limit)):
            found.setdefault(doc_id, (title, date, body))
    return [
        {"id": doc_id, "title": title, "date": date, "snippet": _snippet(body, query)}
        for doc_id, (title, date, body) in list(found.items())[:limit]
    ]


def _match_expression(conn: sqlite3.Connection, query: str) -> str | None:
    if len(query) >= TRIGRAM:
        return _phrase(query)
    if len(query) == TRIGRAM - 1:
        terms = [term for (term,) in conn.execute(
            "SELECT term FROM documents_fts_terms WHERE term >= ? AND term < ?",
            (query, query + _LAST_CHAR))]
        return " OR ".join(_phrase(t) for t in terms) or None
    return None  # one character: the entity tables only


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _by_name(conn: sqlite3.Connection, name: str,
             limit: int) -> list[tuple[str, str | None, str | None, str]]:
    return conn.execute(
        """SELECT d.id, d.title, d.date, d.text FROM documents d WHERE d.id IN (
               SELECT dp.document_id FROM document_persons dp
                 JOIN persons p ON p.id = dp.person_id WHERE p.name = ?1
               UNION SELECT pm.document_id FROM place_mentions pm
                 JOIN places pl ON pl.id = pm.place_id WHERE pl.name = ?1
               UNION SELECT om.document_id FROM organization_mentions om
                 JOIN organizations o ON o.id = om.organization_id WHERE o.name = ?1)
           ORDER BY d.date DESC LIMIT ?2""", (name, limit)).fetchall()


def _snippet(body: str, query: str) -> str:
    """The text around the first match, in the document's own script."""
    at = simplified(body).find(query)
    if at < 0:
        return body[: 2 * SNIPPET_CONTEXT].replace("\n", " ")
    start, end = max(0, at - SNIPPET_CONTEXT), at + len(query) + SNIPPET_CONTEXT
    return ("…" if start else "") + body[start:end].replace("\n", " ") + (
        "…" if end < len(body) else "")


def copy_groups(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every group of copies of one report: ``[{"documents": [ids], "original": id}]``."""
    return copies.groups(conn)
