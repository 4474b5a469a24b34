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


from accord.cli import extract as _extract  # noqa: E402,F401  (registers commands)
from accord.cli import store as _store  # noqa: E402,F401  (registers commands)
from accord.cli import track as _track  # noqa: E402,F401  (registers commands)
from accord.cli import web as _web  # noqa: E402,F401  (registers commands)


def main() -> None:
    app()
