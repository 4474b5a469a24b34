"""`accord users`: a team's accounts (reader, analyst, admin) and their API tokens."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from accord.cli import app
from accord.cli.common import db_option, fail

users_app = typer.Typer(help="Accounts for a team server: add, list, role, password, token, revoke.",
                        no_args_is_help=True)
app.add_typer(users_app, name="users")

ROLE_HELP = "reader (reads), analyst (also corrects acts and records verdicts) or admin (also manages accounts)."


def _open(db: Optional[str]):
    from accord.store import Store, StoreError

    try:
        return Store.open(db, create=True)
    except StoreError as e:
        fail(str(e))


def _password(confirm: bool = True) -> str:
    """Asked twice at a terminal; read from the first line of standard input otherwise (scripts)."""
    if sys.stdin is not None and not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=confirm)


def _run(action):
    from accord.store import StoreError

    try:
        return action()
    except StoreError as e:
        fail(str(e))


@users_app.command("add")
def add(name: str = typer.Argument(..., help="The analyst's user name (lowercase)."),
        role: str = typer.Option("analyst", "--role", help=ROLE_HELP),
        db: Optional[str] = db_option()) -> None:
    """Add an account; the password is asked for (or read from standard input)."""
    with _open(db) as store:
        user = _run(lambda: store.add_user(name, role, _password()))
        typer.echo(f"Added {user.name} ({user.role}) to {store.label}.")


@users_app.command("list")
def list_(db: Optional[str] = db_option()) -> None:
    """Every account, its role and how many API tokens it holds."""
    with _open(db) as store:
        rows = store.users()
        if not rows:
            typer.echo("No accounts yet: `accord users add NAME --role admin`.")
        for u in rows:
            typer.echo(f"{u['name']:<20} {u['role']:<8} {u['tokens']} token(s)  since {u['created_at'][:10]}"
                       + ("  (disabled)" if u["disabled"] else ""))


@users_app.command("role")
def role(name: str, new_role: str = typer.Argument(..., metavar="ROLE", help=ROLE_HELP),
         db: Optional[str] = db_option()) -> None:
    """Change an account's role."""
    with _open(db) as store:
        user = _run(lambda: store.set_role(name, new_role))
        typer.echo(f"{user.name} is now {user.role}.")


@users_app.command("password")
def password(name: str, db: Optional[str] = db_option()) -> None:
    """Set a new password (and end the account's web sessions)."""
    with _open(db) as store:
        _run(lambda: store.set_password(name, _password()))
        typer.echo(f"New password set for {name}; their web sessions are ended.")


@users_app.command("token")
def token(name: str, label: Optional[str] = typer.Option(None, "--label", help="What the token is for."),
          db: Optional[str] = db_option()) -> None:
    """Make an API token for scripts (`Authorization: Bearer TOKEN`); it is shown only this once."""
    with _open(db) as store:
        value = _run(lambda: store.new_token(name, label))
        typer.echo(value)
        typer.echo(f"(an API token for {name}: keep it now, it is not stored and cannot be shown again)", err=True)


@users_app.command("revoke")
def revoke(name: str, db: Optional[str] = db_option()) -> None:
    """Revoke every API token of an account."""
    with _open(db) as store:
        n = _run(lambda: store.revoke_tokens(name))
        typer.echo(f"Revoked {n} token(s) of {name}.")
