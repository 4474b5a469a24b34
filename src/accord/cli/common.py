"""What every command area shares: the --db option, table-or-JSON output, one-line failures."""
from __future__ import annotations

from enum import Enum
from typing import NoReturn

import typer

DB_HELP = "The database: a SQLite file or a postgresql:// URL (default: $ACCORD_DB, else ./accord.db)."


def db_option():
    return typer.Option(None, "--db", envvar="ACCORD_DB", help=DB_HELP, show_default=False)


class View(str, Enum):
    table = "table"
    json = "json"


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"accord: {message}", err=True)
    raise typer.Exit(code)
