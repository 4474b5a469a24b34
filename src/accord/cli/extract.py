"""`accord extract`: read statements and print their records."""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import List, Optional

import typer

from accord.cli import app

EXIT_CODES = """
Exit codes: 0 every input was extracted; 1 some inputs failed (each named on
stderr with the reason) and the rest were extracted; 2 usage error; 3 no input
could be extracted.
"""


class Fmt(str, Enum):
    table = "table"
    json = "json"


@app.command(epilog=EXIT_CODES)
def extract(
    paths: List[str] = typer.Argument(..., help="Files or directories (recursive); '-' reads stdin."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f", help="table: readable view; json: JSON Lines, one record per document."),
    knowledge: Optional[str] = typer.Option(None, "--knowledge", envvar="ACCORD_KNOWLEDGE", help="Directory of YAML files replacing the built-in knowledge."),
) -> None:
    """Extract the record of each statement: meeting, heads, sessions, acts, milestones."""
    from accord.extract import extract_paths

    ok = failed = 0
    for item in extract_paths(paths, knowledge=knowledge):
        if isinstance(item, Exception):
            failed += 1
            typer.echo(f"accord: {item}", err=True)
            continue
        ok += 1
        for warning in item.document.warnings:
            typer.echo(f"accord: {item.document.source}: warning: {warning}", err=True)
        if format is Fmt.json:
            sys.stdout.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        else:
            from accord.cli.render import print_record

            print_record(item)
    if failed and not ok:
        raise typer.Exit(3)
    if failed:
        raise typer.Exit(1)
