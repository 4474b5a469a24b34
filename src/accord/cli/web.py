"""`accord serve`: the web app over a database, at http://127.0.0.1:8000 by default.

On SQLite and loopback it is the single-user tool it always was. On a
PostgreSQL database, or listening beyond this machine, it is a team server:
everyone signs in (`accord users add`), readers read, analysts correct, and
it answers only the host names it is given (--allowed-host). With
``--workers N`` it runs N processes (uvicorn's), which share sessions,
throttling and the tracking views through the database, and the pages
they made through a directory the server keeps for its run.

FastAPI and uvicorn are imported inside the command, so `accord --help` stays fast.
"""
from __future__ import annotations

import json
import os
import tempfile
from typing import List, Optional

import typer

from accord.cli import app
from accord.cli.common import db_option

CONFIG_ENV = "ACCORD_SERVE_CONFIG"  # how the command hands its settings to each worker process
WORKER_PING = 120  # seconds a worker may take to answer the supervisor's health check before it is restarted


@app.command(epilog="A team server (PostgreSQL, or --host beyond loopback) needs accounts: "
                    "`accord users add NAME --role admin` first. Behind a TLS reverse proxy on this machine, "
                    "add --proxy so cookies are marked Secure and client addresses are the real ones.")
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    db: Optional[str] = db_option(),
    token: Optional[str] = typer.Option(None, "--token", envvar="ACCORD_TOKEN", show_default=False,
                                        help="A server-wide token: on a team server one more admin credential for "
                                             "scripts; on a single-user server what changes must present."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes (a team server: 2-8)."),
    allowed_host: Optional[List[str]] = typer.Option(None, "--allowed-host", envvar="ACCORD_ALLOWED_HOSTS",
                                                     help="A host name the server answers to (repeatable); "
                                                          "default: this machine's names."),
    proxy: bool = typer.Option(False, "--proxy", help="Trust X-Forwarded-Proto/For from a reverse proxy on "
                                                      "this machine (127.0.0.1)."),
) -> None:
    """See, search and correct the record in a browser."""
    from accord.store import Store, StoreError
    from accord.store.backend import backend_for
    from accord.store.db import default_path
    from accord.web.security import is_loopback

    path = db if db is not None else default_path()
    backend = backend_for(path)
    local = is_loopback(host)
    accounts = backend.name != "sqlite" or not local
    if token is not None and len(token) < 12:
        typer.echo("accord: a token needs at least 12 characters", err=True)
        raise typer.Exit(2)
    try:
        with Store.open(path, create=False) as store:
            has_users = bool(store.users())
    except StoreError as e:
        typer.echo(f"accord: {e}", err=True)
        raise typer.Exit(1)
    if accounts and not has_users and token is None:
        why = "on PostgreSQL" if backend.name != "sqlite" else f"listening on {host}"
        typer.echo(f"accord: {why} the server is a team server and needs accounts: "
                   f"`accord users add NAME --role admin --db ...` first", err=True)
        raise typer.Exit(1)
    names = [h.strip().lower() for item in (allowed_host or []) for h in item.split(",") if h.strip()]
    allowed = sorted(set(names) | _own_names(host, port, local))

    settings = {"db": path, "token": token, "allowed_hosts": allowed, "accounts": accounts}
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{port}"
    try:
        web = create(settings)
    except StoreError as e:
        typer.echo(f"accord: {e}", err=True)
        raise typer.Exit(1)
    typer.echo(f"Accord is serving {backend.label} at {address}  (Ctrl-C to stop)")
    if accounts:
        typer.echo(f"Team server: sign in at {address}/login; it answers to {', '.join(allowed)}"
                   + (f"; {workers} workers" if workers > 1 else "") + ".")
    elif token is not None:
        typer.echo(f"Changes need the token. Open {address}/?token={token} once in your browser,")
        typer.echo(f"or send 'Authorization: Bearer {token}' with API requests.")

    import uvicorn

    options = dict(host=host, port=port, log_level="warning", server_header=False, proxy_headers=proxy,
                   forwarded_allow_ips="127.0.0.1" if proxy else None)
    if workers > 1:
        from accord.store.backend import PostgreSQL

        PostgreSQL.close_all()  # the workers open their own pools; this process only watches them
        with tempfile.TemporaryDirectory(prefix="accord-kept-") as kept:  # the pages the workers make for each other
            os.environ[CONFIG_ENV] = json.dumps({**settings, "kept_dir": kept})
            # a worker making a large page on a busy machine may hold its GIL past uvicorn's 5 s ping: it is not
            # hung, and killing it would throw away its tracking snapshot
            uvicorn.run("accord.cli.web:worker_app", factory=True, workers=workers,
                        timeout_worker_healthcheck=WORKER_PING, **options)
    else:
        uvicorn.run(web, **options)


def create(settings: dict):
    from accord.web.app import create_app

    return create_app(settings["db"], token=settings["token"], allowed_hosts=settings["allowed_hosts"],
                      accounts=settings["accounts"], kept_dir=settings.get("kept_dir"))


def worker_app():
    """The app in one of uvicorn's worker processes, from the settings `accord serve` left in the environment."""
    return create(json.loads(os.environ[CONFIG_ENV]))


def _own_names(host: str, port: int, local: bool) -> set[str]:
    """The names a browser on this machine (and, beyond loopback, on the network) uses for the server."""
    import socket

    names = {"127.0.0.1", "localhost", "[::1]"}
    if host not in ("0.0.0.0", "::", ""):
        names.add(f"[{host}]" if ":" in host else host)
    if not local:
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        try:
            names |= set(socket.gethostbyname_ex(socket.gethostname())[2])
        except OSError:
            pass
    return names | {f"{n}:{port}" for n in names}
