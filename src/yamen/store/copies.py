"""Copies: near-duplicate reports grouped by MinHash with LSH, whatever their script or damage.

A document is shingled on the Han characters and digits of its Simplified view
only, so that a Traditional copy, a copy with pinyin glosses or stray
punctuation, and the clean original share their shingles; digits stay because
they are what tells one day's templated report (新增确诊病例16例) from the next.
Copies of one report carry one event date, so a group never spans more than
``COPY_MAX_DAYS``: templated reports (遗体在京火化, 单行本出版发行) do not chain.
Signatures and LSH buckets live in the
database (``minhashes``, ``lsh_buckets``): candidates are found by an indexed
lookup, so memory stays flat however large the corpus, and two ingest processes
see each other's documents. Each group names its ``original``, the cleanest
member: not flagged as a spam copy, fewest flags and repairs, Simplified script.
"""

from __future__ import annotations

import hashlib
import sqlite3

import numpy as np

# Character 3-grams: one damaged or mis-converted character breaks only three
# shingles, and Chinese 3-grams are specific enough that unrelated CCTV reports on
# one topic stay well below the threshold (see bench/ingest.py figures).
SHINGLE_CHARS = 3
# Texts with fewer Han 3-grams than this are too short to call copies: short
# CCTV items ("新闻联播 完整版" stubs) would otherwise group with each other.
MIN_SHINGLES = 40
# 64 hash functions in 16 bands of 4 rows: pairs with Jaccard 0.5 become
# candidates with probability 1 - (1 - 0.5**4)**16 = 0.64, pairs at 0.8 with
# probability 0.9996; candidates are then checked against COPY_THRESHOLD.
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
# Estimated Jaccard above which two documents are copies of one report: the seed
# and its Simplified conversion score 1.0; a copy whose every tenth character is
# damaged still scores about 0.75.
COPY_THRESHOLD = 0.7
_SEEDS = np.random.default_rng(20240624).integers(0, 2**63, NUM_PERM, dtype=np.uint64)
# Copies of one report share the date of the event reported (records date the
# event, not the page). On the CCTV corpus a 3-day window still grouped the daily
# templated COVID-19 counts (7月31日新增…45例 with 8月1日新增…49例); 0 keeps them apart.
COPY_MAX_DAYS = 0
_HAN_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
_DIGITS, _WIDE_DIGITS = (0x30, 0x39), (0xFF10, 0xFF19)


def signature(simplified_text: str) -> np.ndarray | None:
    """The MinHash signature of a Simplified text, or None when it is too short to compare."""
    points = np.frombuffer(simplified_text.encode("utf-32-le"), dtype=np.uint32).copy()
    wide = (points >= _WIDE_DIGITS[0]) & (points <= _WIDE_DIGITS[1])
    points[wide] -= _WIDE_DIGITS[0] - _DIGITS[0]  # ５ and 5 are one digit
    han = np.zeros(points.shape, dtype=bool)
    for low, high in (*_HAN_RANGES, _DIGITS):
        han |= (points >= low) & (points <= high)
    chars = points[han].astype(np.uint64)
    if len(chars) < MIN_SHINGLES + SHINGLE_CHARS - 1:
        return None
    # Code points fit in 21 bits, so three of them pack exactly into one integer.
    grams = np.unique((chars[:-2] << np.uint64(42)) | (chars[1:-1] << np.uint64(21)) | chars[2:])
    if len(grams) < MIN_SHINGLES:
        return None
    hashed = _mix(grams[None, :] ^ _SEEDS[:, None])
    return (hashed.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a fast, well-spread 64-bit hash (wrapping arithmetic)."""
    z = z + np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def buckets(sig: np.ndarray) -> list[int]:
    """One LSH bucket key per band, as signed 64-bit integers for SQLite."""
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(bytes([band]) + sig[band * ROWS:(band + 1) * ROWS].tobytes(),
                                 digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def assign(conn: sqlite3.Connection, document_id: str, doc_key: int,
           sig: np.ndarray | None, date: str | None = None) -> None:
    """Record a document's signature and put it in the copy group of its near-duplicates."""
    if sig is None:
        return
    keys = buckets(sig)
    marks = ",".join(f"?{i}" for i in range(3, len(keys) + 3))  # ?1, ?2: date and window
    rows = conn.execute(
        f"SELECT m.document_id, m.signature, d.doc_key FROM minhashes m "
        f"JOIN documents d ON d.id = m.document_id WHERE m.document_id IN "
        f"(SELECT DISTINCT document_id FROM lsh_buckets WHERE bucket IN ({marks})) "
        f"AND (?1 IS NULL OR d.date IS NULL OR abs(julianday(d.date) - julianday(?1)) <= ?2)",
        [date, COPY_MAX_DAYS, *keys],
    ).fetchall()
    conn.execute("INSERT INTO minhashes VALUES (?, ?)", (document_id, sig.tobytes()))
    conn.executemany("INSERT OR IGNORE INTO lsh_buckets VALUES (?, ?)",
                     [(key, document_id) for key in keys])
    matches = []
    for other_id, blob, other_key in rows:
        score = similarity(sig, np.frombuffer(blob, dtype=np.uint32))
        if score >= COPY_THRESHOLD and other_id != document_id:
            matches.append((other_id, other_key, score))
    matches = [m for m in matches if _fits_dates(conn, m[0], date)]
    if matches:
        _join(conn, document_id, doc_key, matches)


def _fits_dates(conn: sqlite3.Connection, member: str, date: str | None) -> bool:
    """Whether joining the member's group keeps the group within COPY_MAX_DAYS."""
    if date is None:
        return True
    (span,) = conn.execute(
        """SELECT max(abs(julianday(d.date) - julianday(?))) FROM copies c
           JOIN copies g ON g.group_id = c.group_id JOIN documents d ON d.id = g.document_id
           WHERE c.document_id = ? AND d.date IS NOT NULL""", (date, member)).fetchone()
    return span is None or span <= COPY_MAX_DAYS


def _join(conn: sqlite3.Connection, document_id: str, doc_key: int,
          matches: list[tuple[str, int, float]]) -> None:
    """Merge the document, its matches and their groups into one group."""
    ids = [m[0] for m in matches]
    marks = ",".join("?" * len(ids))
    groups = {g for (g,) in conn.execute(
        f"SELECT DISTINCT group_id FROM copies WHERE document_id IN ({marks})", ids)}
    group_id = min([doc_key, *(m[1] for m in matches), *groups])
    best = max(score for _, _, score in matches)
    if groups:
        conn.execute(
            f"UPDATE copies SET group_id = ? WHERE group_id IN ({','.join('?' * len(groups))})",
            [group_id, *groups],
        )
    rows = [(other_id, group_id, other_id, score) for other_id, _, score in matches]
    conn.executemany("INSERT OR IGNORE INTO copies VALUES (?, ?, ?, ?)", rows)
    conn.execute("INSERT OR REPLACE INTO copies VALUES (?, ?, ?, ?)",
                 (document_id, group_id, document_id, best))
    _elect_original(conn, group_id)


def _elect_original(conn: sqlite3.Connection, group_id: int) -> None:
    """Point every member of a group at its cleanest member."""
    row = conn.execute(
        """SELECT d.id FROM copies c JOIN documents d ON d.id = c.document_id
           WHERE c.group_id = ?
           ORDER BY EXISTS (SELECT 1 FROM json_each(d.flags) WHERE value = 'spam_copy'),
                    json_array_length(d.flags) + d.repair_count,
                    d.script <> 'hans', d.date IS NULL, d.id
           LIMIT 1""",
        (group_id,),
    ).fetchone()
    if row:
        conn.execute("UPDATE copies SET original_id = ? WHERE group_id = ?", (row[0], group_id))


def forget(conn: sqlite3.Connection, document_id: str) -> None:
    """Take a document out of copy detection (before its record is replaced)."""
    conn.execute("DELETE FROM lsh_buckets WHERE document_id = ?", (document_id,))
    conn.execute("DELETE FROM minhashes WHERE document_id = ?", (document_id,))
    row = conn.execute("SELECT group_id FROM copies WHERE document_id = ?",
                       (document_id,)).fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM copies WHERE document_id = ?", (document_id,))
    (left,) = conn.execute("SELECT count(*) FROM copies WHERE group_id = ?", row).fetchone()
    if left < 2:
        conn.execute("DELETE FROM copies WHERE group_id = ?", row)
    else:
        # The remaining members may no longer be near each other; keeping them
        # together is the conservative choice (they once matched through this one).
        _elect_original(conn, row[0])


def groups(conn: sqlite3.Connection) -> list[dict[str, object]]:
    """Every copy group: ``[{"documents": [ids], "original": id}]``, largest first."""
    members: dict[int, list[str]] = {}
    originals: dict[int, str] = {}
    for group_id, document_id, original_id in conn.execute(
        "SELECT group_id, document_id, original_id FROM copies ORDER BY group_id, document_id"
    ):
        members.setdefault(group_id, []).append(document_id)
        originals[group_id] = original_id
    answer = [{"documents": docs, "original": originals[g]} for g, docs in members.items()]
    answer.sort(key=lambda group: (-len(group["documents"]), group["original"]))
    return answer
