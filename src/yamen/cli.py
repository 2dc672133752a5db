"""The ``yamen`` command: a thin client of the library."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from yamen import __version__
from yamen.errors import DocumentError
from yamen.inputs import DEFAULT_MAX_BYTES, FORMATS, FieldNames, InputReader, ReadOptions

app = typer.Typer(
    name="yamen",
    help="Read Chinese official news into evidence-linked records (JSON Lines).",
    epilog=(
        "Examples:\n\n"
        "  yamen extract examples/seed_guangzhou_daily.txt\n\n"
        "  yamen extract corpus/ -o records.jsonl --errors errors.jsonl --jobs 2\n\n"
        "  yamen extract items.jsonl.gz --text-field content -o records.jsonl\n\n"
        "  cat report.txt | yamen extract -"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def _version(value: bool) -> None:
    if value:
        typer.echo(f"yamen {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Read Chinese official news into evidence-linked records."""


def _json_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def _utf8_stdout() -> IO[str]:
    """Standard output as UTF-8, whatever the locale says: records are UTF-8 JSON Lines."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")
    return stream


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yamen extract examples/seed_guangzhou_daily.txt\n\n"
        "  yamen extract pages/ archive.warc.gz -o records.jsonl --errors errors.jsonl\n\n"
        "  yamen extract xwlb.jsonl.gz --jobs 2 -o records.jsonl\n\n"
        "  zcat items.jsonl.gz | yamen extract - --format jsonl --text-field content\n\n"
        "Exit status: 0 when every document gave a record, 1 when some did not, "
        "2 for a usage error."
    ),
)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or directories (read recursively), or - for standard input.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write records here (JSON Lines); default stdout."),
    ] = None,
    errors: Annotated[
        Path | None,
        typer.Option(help="Write one JSON line per failed document here; default stderr."),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    input_format: Annotated[
        str,
        typer.Option(
            "--format",
            help=f"Input format ({', '.join(FORMATS)}); auto goes by file name and content.",
        ),
    ] = "auto",
    text_field: Annotated[
        str | None, typer.Option(help="JSON field holding the text (default text/content/body).")
    ] = None,
    id_field: Annotated[str | None, typer.Option(help="JSON field holding the id.")] = None,
    title_field: Annotated[str | None, typer.Option(help="JSON field holding the title.")] = None,
    url_field: Annotated[str | None, typer.Option(help="JSON field holding the URL.")] = None,
    date_field: Annotated[
        str | None, typer.Option(help="JSON field holding the date (default date/pub).")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Refuse documents larger than this (too_large).")
    ] = DEFAULT_MAX_BYTES,
    lexicon: Annotated[
        Path | None,
        typer.Option(help="A names lexicon built by `yamen lexicon`: names known across "
                     "documents are read whole and found where the model misses them."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read documents and write one record per document as JSON Lines."""
    from yamen import pipeline
    from yamen.entities import known_names

    if input_format not in FORMATS:
        raise typer.BadParameter(
            f"{input_format!r} is not one of {', '.join(FORMATS)}", param_hint="--format"
        )
    missing = [p for p in paths if p != "-" and not os.path.exists(p)]
    if missing:
        raise typer.BadParameter(f"no such file or directory: {', '.join(missing)}",
                                 param_hint="PATHS")
    names: frozenset[str] = frozenset()
    if lexicon is not None:
        try:
            names = known_names.load(lexicon)
        except known_names.LexiconError as exc:
            raise typer.BadParameter(str(exc), param_hint="--lexicon") from None
    fields = FieldNames().with_overrides(
        text=text_field, id=id_field, title=title_field, url=url_field, date=date_field
    )
    reader = InputReader(ReadOptions(format=input_format, max_bytes=max_bytes, fields=fields))
    counts = {"records": 0, "errors": 0}
    with ExitStack() as stack:
        out = _open_output(stack, output, "--output") if output else _utf8_stdout()
        err_out = _open_output(stack, errors, "--errors") if errors else sys.stderr
        progress = stack.enter_context(_Progress(enabled=not quiet and sys.stderr.isatty()))
        items = reader.items(paths, stdin=sys.stdin.buffer)
        for result in pipeline.run(items, jobs=jobs, names=names):
            if isinstance(result, DocumentError):
                counts["errors"] += 1
                err_out.write(_json_line(result.as_dict()))
            else:
                counts["records"] += 1
                out.write(_json_line(result))
            progress.advance(**counts)
        out.flush()
    total = counts["records"] + counts["errors"]
    summary = f"{total} documents: {counts['records']} records, {counts['errors']} errors"
    if reader.stats.skipped_records:
        summary += f" ({reader.stats.skipped_records} WARC records were not HTML responses)"
    typer.echo(summary, err=True)
    if counts["errors"]:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yamen extract corpus/ -o records.jsonl\n\n"
        "  yamen lexicon records.jsonl -o names.tsv\n\n"
        "  yamen extract new/ --lexicon names.tsv -o new.jsonl"
    ),
)
def lexicon(
    records: Annotated[
        list[Path],
        typer.Argument(help="Record files (JSON Lines) written by `yamen extract`.",
                       show_default=False),
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the lexicon here; default stdout.")
    ] = None,
    min_documents: Annotated[
        int, typer.Option(min=1, help="Keep names read with a post in at least this many "
                          "documents.")
    ] = 2,
) -> None:
    """Build a names lexicon from records: every person read with a post in enough documents.

    Pass it to `yamen extract --lexicon`: knowledge across documents comes only from
    this explicit file, so a record never depends on what else was read in a run."""
    from yamen.entities import known_names

    missing = [str(p) for p in records if not p.is_file()]
    if missing:
        raise typer.BadParameter(f"no such file: {', '.join(missing)}", param_hint="RECORDS")
    bad = 0

    def read_records() -> Iterator[dict[str, Any]]:
        nonlocal bad
        for path in records:
            with open(path, encoding="utf-8", errors="replace") as lines:
                for number, line in enumerate(lines, start=1):
                    try:
                        record = json.loads(line)
                    except ValueError:
                        record = None
                    if isinstance(record, dict) and isinstance(record.get("persons"), list):
                        yield record
                    elif line.strip():
                        bad += 1
                        typer.echo(f"yamen lexicon: {path}:{number}: not a yamen record, "
                                   "skipped", err=True)

    rows = known_names.build(read_records(), min_documents)
    with ExitStack() as stack:
        out = _open_output(stack, output, "--output") if output else _utf8_stdout()
        known_names.write(rows, out)
    typer.echo(f"{len(rows)} names" + (f"; {bad} lines skipped" if bad else ""), err=True)


def _open_output(stack: ExitStack, path: Path, option: str) -> IO[str]:
    try:
        return stack.enter_context(open(path, "w", encoding="utf-8"))
    except OSError as exc:
        raise typer.BadParameter(f"cannot write {path}: {exc.strerror}", param_hint=option) from exc


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yamen repair examples/seed_guangzhou_daily.txt\n\n"
        "  yamen repair page.txt --json > repaired.json\n\n"
        "  cat copy.txt | yamen repair -"
    ),
)
def repair(
    path: Annotated[
        str, typer.Argument(help="A text file (any encoding yamen reads), or - for stdin.")
    ] = "-",
    as_json: Annotated[
        bool, typer.Option("--json", help='Print {"text", "script", "repairs"} as in the record.')
    ] = False,
    width: Annotated[
        bool, typer.Option("--width", help="Also turn full-width forms into ASCII (off: kept).")
    ] = False,
) -> None:
    """Print a text with the web's damage undone: pinyin glosses, GBK byte shifts, control
    characters, leftover HTML entities. Every change is logged with --json."""
    from yamen.errors import RejectedDocument
    from yamen.inputs import decode
    from yamen.repair import repair_text

    if path != "-" and not os.path.isfile(path):
        raise typer.BadParameter(f"no such file: {path}", param_hint="PATH")
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    try:
        text = decode(data).text
    except RejectedDocument as exc:
        typer.echo(f"yamen repair: {path}: {exc.kind}: {exc.message}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED) from None
    repaired = repair_text(text, normalize_width=width)
    out = _utf8_stdout()
    if as_json:
        result = {"text": repaired.text, "script": repaired.script, "repairs": repaired.repairs}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        out.write(repaired.text)
    out.flush()


class _Progress:
    """A live count on stderr for long runs; silent when stderr is not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("reading", total=None)
        return self

    def advance(self, records: int, errors: int) -> None:
        if self.enabled:
            self._bar.update(
                self._task, description=f"{records + errors} documents: "
                f"{records} records, {errors} errors"
            )

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._bar.stop()


from yamen.store.cli import export, ingest, query_app  # noqa: E402 - after the app it extends

app.command()(ingest)
app.add_typer(query_app, name="query")
app.command("export")(export)


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except BrokenPipeError:  # `yamen extract ... | head`: the reader left, nothing to report
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.stderr.write("yamen: interrupted\n")
        sys.exit(130)
