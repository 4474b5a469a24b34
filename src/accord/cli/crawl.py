"""`accord crawl`: web archives and page tables in, a folder of records out."""
from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from accord.cli import app
from accord.cli.common import fail

EPILOG = """
Exit codes: 0 every input was read whole; 1 some records or inputs could not be read (each named on
stderr with its file and offset) and the rest were crawled; 2 usage error.
"""


class HtmlText(str, Enum):
    trafilatura = "trafilatura"
    resiliparse = "resiliparse"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


@app.command(epilog=EPILOG)
def crawl(
    inputs: List[str] = typer.Argument(..., help="WARC/WET files (.warc.gz, .wet.gz), page tables (.jsonl, "
                                                 ".parquet), folders or globs; local or URLs (s3://, gs://, ...)."),
    out: str = typer.Option(..., "--out", "-o", help="Output folder (local or URL): a Parquet dataset of records. "
                                                     "Run again with the same --out to resume."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: this machine's cores; ray: a Ray cluster."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address ('auto' to join the "
                                                                  "running one); default: start Ray here."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", help="Processes (local) or CPUs (a new "
                                                                         "local Ray); default: all cores."),
    text_column: Optional[str] = typer.Option("text", "--text-column", help="Page tables: the column of page text."),
    html_column: Optional[str] = typer.Option("html", "--html-column", help="Page tables: the column of page HTML."),
    url_column: str = typer.Option("url", "--url-column", help="Page tables: the column of the page's URL."),
    date_column: Optional[str] = typer.Option("date", "--date-column", help="Page tables: the crawl date column."),
    html_text: HtmlText = typer.Option(HtmlText.trafilatura, "--html-text",
                                       help="trafilatura: records as `accord extract` gives them; resiliparse: "
                                            "an order of magnitude faster HTML to text (docs/scale.md)."),
    knowledge: Optional[str] = typer.Option(None, "--knowledge", envvar="ACCORD_KNOWLEDGE",
                                            help="Directory of YAML files replacing the built-in knowledge."),
) -> None:
    """Find the dialogue statements in web archives and write their records, with where each page came from."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from accord.crawl.readers import Columns
    from accord.crawl.run import crawl as run

    err = Console(stderr=True)
    columns = Columns(text=text_column, html=html_column, url=url_column, date=date_column)
    shown = {"pages": 0, "kept": 0, "records": 0}
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), console=err,
                   disable=not err.is_terminal, transient=True)
    task = bar.add_task("files", total=None, counts="")

    def started(n: int) -> None:
        bar.update(task, total=n)

    def finished(tally) -> None:
        for k in shown:
            shown[k] += getattr(tally, k)
        secs = bar.tasks[0].elapsed or 0
        rate = f"{shown['pages'] / secs:,.0f} pages/s" if secs else ""
        bar.update(task, advance=1, counts=f"{shown['pages']:,} pages read, {shown['kept']:,} kept, "
                                            f"{shown['records']:,} records  {rate}")
        for line in tally.problems:
            _problem(err, bar, line)

    try:
        with bar:
            summary = run(inputs, out, engine=engine.value, columns=columns, knowledge=knowledge, workers=workers,
                          address=address, html_text=html_text.value, on_start=started, on_input=finished)
    except (ValueError, ImportError) as e:
        fail(str(e), 2)
    for line in summary.problems[:summary.missing]:  # inputs not found; the others were shown as they came
        _problem(err, bar, line)
    done = summary.inputs - summary.resumed
    typer.echo(f"Crawled {done} of {summary.inputs} inputs ({summary.resumed} done before): "
               f"{summary.pages:,} pages read, {summary.kept:,} kept by the screen "
               f"({100 * summary.kept / summary.pages if summary.pages else 0:.2f}%), {summary.records:,} records "
               f"({summary.documents:,} texts in {summary.groups:,} groups of near-duplicates), "
               f"{len(summary.problems)} problems; {summary.rate:,.0f} pages/s. Records in {out}")
    if summary.problems:
        raise typer.Exit(1)


def _problem(err, bar, line: str) -> None:
    if err.is_terminal:
        bar.console.print(f"accord: {line}", style="red", soft_wrap=True, markup=False, highlight=False)
    else:
        sys.stderr.write(f"accord: {line}\n")
