"""The `accord` command: a thin layer over the core.

Each command lives in the module of its area and imports heavy libraries
(spaCy, the web stack, pyarrow) inside the command, so `accord --help` stays fast.
"""
from __future__ import annotations

import typer

app = typer.Typer(
    name="accord",
    help="Accord: the system of record for alliance defense dialogues.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)



@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True),
) -> None:
    """Accord: the system of record for alliance defense dialogues."""
    if version:
        from accord import __version__

        typer.echo(f"accord {__version__}")
        raise typer.Exit()


from accord.cli import crawl as _crawl  # noqa: E402,F401  (registers commands)
from accord.cli import extract as _extract  # noqa: E402,F401  (registers commands)
from accord.cli import store as _store  # noqa: E402,F401  (registers commands)
from accord.cli import track as _track  # noqa: E402,F401  (registers commands)
from accord.cli import users as _users  # noqa: E402,F401  (registers commands)
from accord.cli import web as _web  # noqa: E402,F401  (registers commands)


def main() -> None:
    """Run the command; a failure of the disk or the database is one line on stderr, not a traceback."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        raise SystemExit(130)
    except Exception as e:  # noqa: BLE001 - sorted below; anything else is a bug and keeps its traceback
        import sqlite3

        if isinstance(e, (sqlite3.Error, OSError)) or type(e).__module__.startswith("psycopg"):
            typer.echo(f"accord: {type(e).__name__}: {e} (what was complete is kept; run the command again "
                       f"when the cause is fixed)", err=True)
            raise SystemExit(1)
        raise
