"""The web app's fixtures: a database with the test statements, the bundled examples and a hostile one.

The database is ingested once per session (``web_template``); each test
module gets its own copy, so one module's corrections never leak into
another's, and runs one app (``client``) or one real server (``server``).
"""
from __future__ import annotations

import os
import socket
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STATEMENTS = REPO / "tests" / "fixtures" / "statements"
HOSTILE = Path(__file__).resolve().parent / "fixtures" / "kidd-27-hostile.txt"
EXAMPLES = REPO / "examples"
SCREENSHOTS = Path(os.environ.get("ACCORD_SCREENSHOTS") or Path(tempfile.gettempdir()) / "accord-screenshots")


@pytest.fixture(scope="session")
def web_template(tmp_path_factory, pipeline) -> Path:
    from accord.store import Store

    path = tmp_path_factory.mktemp("web-template") / "web.db"
    with Store.open(path) as store:
        results = list(store.ingest_paths([str(STATEMENTS), str(EXAMPLES), str(HOSTILE)], pipeline=lambda: pipeline))
    assert results and all(r.status == "added" for r in results), results
    return path


@pytest.fixture(scope="session")
def web_template_pg(postgres, pipeline) -> str:
    from tests.conftest import _pg_template

    return _pg_template(postgres, "web_template", [STATEMENTS, EXAMPLES, HOSTILE], pipeline)


@pytest.fixture(scope="module")
def web_db(backend, request, tmp_path_factory):
    """This module's copy of the web database: a SQLite file, or a PostgreSQL URL (``backend``)."""
    if backend == "postgres":
        postgres = request.getfixturevalue("postgres")
        url = postgres.create(template=request.getfixturevalue("web_template_pg"))
        yield url
        postgres.drop(url)
        return
    dest = tmp_path_factory.mktemp("web") / "accord.db"
    src, out = sqlite3.connect(request.getfixturevalue("web_template")), sqlite3.connect(dest)
    src.backup(out)
    src.close()
    out.close()
    yield dest


@pytest.fixture(scope="module")
def app(web_db):
    from accord.web.app import create_app

    return create_app(web_db)


@pytest.fixture(scope="module")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://testserver") as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn in a thread, on a free loopback port."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(web_db):
    from accord.web.app import create_app

    with Server(create_app(web_db)) as s:
        yield s
