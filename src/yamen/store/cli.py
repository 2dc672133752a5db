"""The store's commands: ``yamen ingest``, ``yamen query …``, ``yamen export``; thin clients.

Mounted on the main app by ``app.command()(ingest)``, ``app.add_typer(query_app,
name="query")`` and ``app.command("export")(export)``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from yamen.store import DatabaseLocked, Report, Store, StoreError
from yamen.store.export import FORMATS as EXPORT_FORMATS

EXIT_EMPTY = 1      # the query found nothing; also: some documents gave no record
EXIT_FAILED = 1     # the database was locked by another writer for too long
EXIT_USAGE = 2      # bad arguments: not a yamen database, a newer one, no such file

DbOption = Annotated[Path, typer.Option("--db", help="The yamen database (SQLite file).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]


def _fail(message: str, status: int) -> NoReturn:
    typer.echo(f"yamen: {message}", err=True)
    raise typer.Exit(status)


def _open(db: Path, *, create: bool = False, timeout: float | None = None) -> Store:
    try:
        return Store(db, create=create, **({"timeout": timeout} if timeout is not None else {}))
    except DatabaseLocked as exc:
        _fail(str(exc), EXIT_FAILED)
    except StoreError as exc:
        _fail(str(exc), EXIT_USAGE)


def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files or directories (read recursively), or - for standard input.",
        show_default=False)],
    db: DbOption = Path("yamen.db"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    input_format: Annotated[str, typer.Option(
        "--format", help="Input format (auto, text, html, jsonl, json, warc).")] = "auto",
    text_field: Annotated[str | None, typer.Option(
        help="JSON field holding the text (default text/content/body).")] = None,
    id_field: Annotated[str | None, typer.Option(help="JSON field holding the id.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Extract again documents already stored from the same input.")] = False,
    errors: Annotated[Path | None, typer.Option(
        help="Write one JSON line per failed document here; default stderr.")] = None,
    timeout: Annotated[float, typer.Option(
        min=0, help="Seconds to wait for another writer before giving up.")] = 30.0,
    lexicon: Annotated[Path | None, typer.Option(
        help="A names lexicon built by `yamen lexicon` (with --force to re-read stored "
        "documents with it).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Extract documents and store their records in a SQLite database (idempotent).

    Examples:

      yamen ingest examples/seed_guangzhou_daily.txt

      yamen ingest xwlb.jsonl.gz --db cctv.db --jobs 2

      yamen ingest corpus/ --db news.db --errors failed.jsonl

    Ingesting the same documents again changes nothing; new documents are added.
    Exit status: 0 when every document was stored, 1 when some gave no record or
    another writer held the database too long, 2 for a usage error.
    """
    from yamen.inputs import FORMATS, FieldNames, ReadOptions

    if input_format not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, not {input_format!r}", EXIT_USAGE)
    missing = [p for p in paths if p != "-" and not os.path.exists(p)]
    if missing:
        _fail(f"no such file or directory: {', '.join(missing)}", EXIT_USAGE)
    names: frozenset[str] = frozenset()
    if lexicon is not None:
        from yamen.entities.known_names import LexiconError, load

        try:
            names = load(lexicon)
        except LexiconError as exc:
            _fail(str(exc), EXIT_USAGE)
    options = ReadOptions(format=input_format,
                          fields=FieldNames().with_overrides(text=text_field, id=id_field))
    store = _open(db, create=True, timeout=timeout)
    err_out = open(errors, "w", encoding="utf-8") if errors else sys.stderr  # noqa: SIM115
    progress = _Progress(enabled=not quiet and sys.stderr.isatty())
    try:
        with progress:
            report = store.ingest_paths(
                paths, options=options, jobs=jobs, force=force, stdin=sys.stdin.buffer,
                names=names,
                on_error=lambda e: err_out.write(json.dumps(e.as_dict(), ensure_ascii=False)
                                                 + "\n"),
                on_progress=progress.show)
    except DatabaseLocked as exc:
        _fail(f"{exc} (documents stored before this batch stay stored)", EXIT_FAILED)
    except StoreError as exc:
        _fail(str(exc), EXIT_USAGE)
    finally:
        if errors:
            err_out.close()
        store.close()
    typer.echo(_summary(report, db), err=True)
    if report.errors:
        raise typer.Exit(EXIT_EMPTY)


def _summary(report: Report, db: Path) -> str:
    c = report.counts
    return (f"{db}: {c.added} added, {c.replaced} replaced, "
            f"{c.unchanged + report.skipped} unchanged, {report.errors} gave no record")


class _Progress:
    """A live count on stderr; silent when stderr is not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TimeElapsedColumn(), console=Console(stderr=True),
                                 transient=True)
            self._bar.start()
            self._task = self._bar.add_task("ingesting", total=None)
        return self

    def show(self, report: Report) -> None:
        if self.enabled:
            c = report.counts
            done = c.added + c.replaced + c.unchanged + report.skipped + report.errors
            self._bar.update(self._task, description=f"{done} documents read, "
                             f"{report.skipped} unchanged, {report.errors} errors")

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._bar.stop()


query_app = typer.Typer(
    help="Ask a yamen database: persons, places, full-text search, copies.",
    epilog=("Examples:\n\n  yamen query person 黄坤明 --db yamen.db\n\n"
            "  yamen query place 天津市 --json\n\n  yamen query search 王旭\n\n"
            "  yamen query copies --json\n\n"
            "Exit status: 0 with an answer, 1 when nothing was found, 2 for a usage error."),
    no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
)


def _answer(answer: list[dict[str, Any]], as_json: bool, empty: str,
            show: Any) -> None:
    if not answer:
        _fail(empty, EXIT_EMPTY)
    if as_json:
        typer.echo(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        for item in answer:
            typer.echo(show(item))


@query_app.command("person")
def query_person(
    name: Annotated[str, typer.Argument(help="The name, in either script.")],
    db: DbOption = Path("yamen.db"), as_json: JsonOption = False,
    events: Annotated[int, typer.Option(
        "--events", min=0, help="List the latest N events (0: all of them).")] = 500,
) -> None:
    """Every person of this name: positions with first and last seen, events, co-appearances.

    Examples: yamen query person 黄坤明 ; yamen query person 黃坤明 --json --events 0
    """
    with _open(db) as store:
        answer = store.person(name, max_events=events or None)
        _answer(answer, as_json, f"no person named {name} in {db}", _show_person)


@query_app.command("place")
def query_place(
    name: Annotated[str, typer.Argument(help="Full name: 天津市, 广东省, 五大道历史文化街区.")],
    db: DbOption = Path("yamen.db"), as_json: JsonOption = False,
) -> None:
    """Events at a place, and visits to and from it.

    Examples: yamen query place 天津市 ; yamen query place 广东省 --json
    """
    with _open(db) as store:
        _answer(store.place(name), as_json, f"no place named {name} in {db}", _show_place)


@query_app.command("search")
def query_search(
    text: Annotated[str, typer.Argument(help="Text to find, in either script (王旭, 座谈交流).")],
    db: DbOption = Path("yamen.db"), as_json: JsonOption = False,
    limit: Annotated[int, typer.Option(min=1, help="At most this many documents.")] = 20,
) -> None:
    """Full-text search across Simplified and Traditional documents, best match first.

    Examples: yamen query search 王旭 ; yamen query search 粤港澳大湾区 --limit 5 --json
    """
    if not text.strip():
        _fail("the search text is empty", EXIT_USAGE)
    with _open(db) as store:
        _answer(store.search(text, limit=limit), as_json, f"no document contains {text} in {db}",
                lambda d: f"{d['id']}\t{d['date'] or '-'}\t{d['title'] or ''}\n  {d['snippet']}")


@query_app.command("copies")
def query_copies(db: DbOption = Path("yamen.db"), as_json: JsonOption = False) -> None:
    """Groups of documents that are copies of one report, and the cleanest of each.

    Examples: yamen query copies ; yamen query copies --json
    """
    with _open(db) as store:
        _answer(store.copies(), as_json, f"no copies in {db}",
                lambda g: f"{g['original']}\t{len(g['documents'])} copies: "
                          + ", ".join(g["documents"]))


def _show_person(p: dict[str, Any]) -> str:
    lines = [f"{p['name']} (person {p['id']}, {p['documents']} documents)"]
    if p.get("kept_apart"):
        lines.append(f"  kept apart: {p['kept_apart']}")
    for pos in p["positions"]:
        lines.append(f"  {pos['label']}\t{pos['first_seen'] or '?'} – {pos['last_seen'] or '?'}"
                     f"\t{len(pos['documents'])} documents"
                     + (" (former)" if pos["status"] == "former" else ""))
    if p["events_total"] > len(p["events"]):
        lines.append(f"  the latest {len(p['events'])} of {p['events_total']} events "
                     "(--events 0 lists all):")
    for ev in p["events"]:
        lines.append(f"  {ev['date'] or '?'} {ev['type']} {'、'.join(ev['places'])}"
                     + (f" from {ev['origin']}" if ev["origin"] else "") + f" [{ev['document']}]")
    if p["co_appearances"]:
        lines.append("  with: " + "、".join(f"{c['name']} {c['count']}"
                                            for c in p["co_appearances"]))
    return "\n".join(lines)


def _show_place(p: dict[str, Any]) -> str:
    lines = [f"{p['name']} ({p['kind'] or 'place'}{', ' + p['adcode'] if p['adcode'] else ''}, "
             f"{p['documents']} documents)"]
    for ev in p["events"]:
        lines.append(f"  {ev['date'] or '?'} {ev['type']} {'、'.join(ev['persons'])}"
                     f" [{ev['document']}]")
    lines += [f"  visit from {v['from']} {v['date'] or '?'} [{v['document']}]"
              for v in p["visits_to"]]
    lines += [f"  visit to {v['to']} {v['date'] or '?'} [{v['document']}]"
              for v in p["visits_from"]]
    return "\n".join(lines)


def export(
    db: DbOption = Path("yamen.db"),
    fmt: Annotated[str, typer.Option("--format", help="parquet, csv or graphml.")] = "parquet",
    output: Annotated[Path, typer.Option("-o", "--output", help="Directory to write into.")]
    = Path("yamen-export"),
) -> None:
    """Write the database for pandas, R, Stata (one Parquet or CSV file per table) or Gephi
    (persons.graphml: co-appearance; regions.graphml: visits).

    Examples:

      yamen export --db yamen.db --format parquet -o tables/

      yamen export --db yamen.db --format csv -o csv/

      yamen export --db yamen.db --format graphml -o graphs/
    """
    if fmt not in EXPORT_FORMATS:
        _fail(f"--format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}", EXIT_USAGE)
    if output.exists() and not output.is_dir():
        _fail(f"{output} exists and is not a directory", EXIT_USAGE)
    with _open(db) as store:
        try:
            written = store.export(output, fmt)
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror}", EXIT_USAGE)
    typer.echo(f"{len(written)} files written to {output}", err=True)
