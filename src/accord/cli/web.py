"""`accord serve`: the web app over a database, at http://127.0.0.1:8000 by default.

FastAPI and uvicorn are imported inside the command, so `accord --help` stays fast.
"""
from __future__ import annotations

from typing import Optional

import typer

from accord.cli import app
from accord.cli.common import db_option


@app.command(epilog="Listening beyond this machine (--host 0.0.0.0) needs a token for every change: "
                    "give --token or ACCORD_TOKEN, or one is made and printed at startup.")
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    db: Optional[str] = db_option(),
    token: Optional[str] = typer.Option(None, "--token", envvar="ACCORD_TOKEN", show_default=False,
                                        help="Token that changes must present (required beyond loopback; "
                                             "made up when not given)."),
) -> None:
    """See, search and correct the record in a browser."""
    from accord.store import StoreError
    from accord.store.db import default_path
    from accord.web.security import is_loopback, new_token

    path = db if db is not None else default_path()
    local = is_loopback(host)
    if token is not None and len(token) < 12:
        typer.echo("accord: a token needs at least 12 characters", err=True)
        raise typer.Exit(2)
    if not local and token is None:
        token = new_token()
    allowed = None
    if local:
        names = {"127.0.0.1", "localhost", "[::1]", host if ":" not in host else f"[{host}]"}
        allowed = sorted(names | {f"{n}:{port}" for n in names})

    import uvicorn

    from accord.web.app import create_app

    try:
        web = create_app(path, token=token, allowed_hosts=allowed)
    except StoreError as e:
        typer.echo(f"accord: {e}", err=True)
        raise typer.Exit(1)

    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{port}"
    from accord.store.backend import backend_for

    typer.echo(f"Accord is serving {backend_for(path).label} at {address}  (Ctrl-C to stop)")
    if token is not None:
        typer.echo(f"Changes need the token. Open {address}/?token={token} once in your browser,")
        typer.echo(f"or send 'Authorization: Bearer {token}' with API requests.")
    uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
