"""Fixtures every test area shares: the repo, ../shared where present, one spaCy pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_or_skip() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """One extraction pipeline (and one spaCy model load) for the whole run."""
    from accord.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract_text(pipeline):
    """Extract the record of a statement given as text."""
    from accord.records import Document, document_id

    def run(text: str, source: str = "test.txt"):
        return pipeline.extract(Document(id=document_id(text), source=source, text=text))

    return run


# -- the two backends ---------------------------------------------------------------
# A test that uses ``backend`` (directly or through ``fixture_db``/``fixture_store``
# and the web fixtures) runs once on SQLite and once on PostgreSQL, unless marked
# ``sqlite_only`` (it reads SQLite's file format). PostgreSQL is a throwaway
# cluster started for the session (tests/postgres.py); where none can be
# started, those runs skip with one line saying why.

BACKENDS = ("sqlite", "postgres")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: the test reads SQLite's own file format")


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("backend", ("sqlite",) if only else BACKENDS, scope="module")


@pytest.fixture(scope="module")
def backend() -> str:
    """SQLite, where a test reaches the databases only at run time (getfixturevalue)."""
    return "sqlite"


@pytest.fixture(scope="session")
def postgres():
    """The session's PostgreSQL cluster (skips where none can be started)."""
    from tests.postgres import Cluster, Unavailable

    try:
        cluster = Cluster().start()
    except Unavailable as e:
        pytest.skip(f"PostgreSQL tests skipped: {e}")
    yield cluster
    cluster.stop()


def _pg_template(postgres, name: str, paths: list[Path], pipeline) -> str:
    from accord.store import Store
    from accord.store.backend import PostgreSQL

    url = postgres.create(name=name)
    with Store.open(url) as store:
        results = list(store.ingest_paths([str(p) for p in paths], pipeline=lambda: pipeline))
    assert all(r.status == "added" for r in results), results
    PostgreSQL.close_pool(url)  # a template database takes no connections
    return name


# -- the store and its exports: databases ingested once per session ----------------
# Each test gets its own copy of an ingested database, so it can correct and
# re-extract freely. ``fixture_db`` holds the short statements written for the
# tests (tests/fixtures/statements), as a SQLite file or a PostgreSQL URL by
# ``backend``; ``corpus_db`` holds ../shared/corpus (SQLite).

STATEMENTS = Path(__file__).resolve().parent / "fixtures" / "statements"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return shared_or_skip() / "corpus"


def _ingested(tmp_path_factory, name: str, paths: list[Path], pipeline) -> Path:
    from accord.store import Store

    path = tmp_path_factory.mktemp("template") / f"{name}.db"
    with Store.open(path) as store:
        results = list(store.ingest_paths([str(p) for p in paths], pipeline=lambda: pipeline))
    assert all(r.status == "added" for r in results), results
    return path


@pytest.fixture(scope="session")
def fixture_template(tmp_path_factory, pipeline) -> Path:
    return _ingested(tmp_path_factory, "fixtures", [STATEMENTS], pipeline)


@pytest.fixture(scope="session")
def corpus_template(tmp_path_factory, pipeline, corpus_dir) -> Path:
    return _ingested(tmp_path_factory, "corpus", [corpus_dir], pipeline)


def _copy(template: Path, dest: Path) -> Path:
    import sqlite3

    src, out = sqlite3.connect(template), sqlite3.connect(dest)
    src.backup(out)
    src.close()
    out.close()
    return dest


@pytest.fixture(scope="session")
def fixture_template_pg(postgres, pipeline) -> str:
    return _pg_template(postgres, "fixtures_template", [STATEMENTS], pipeline)


@pytest.fixture
def fixture_db(backend, request, tmp_path):
    """A private copy of the database holding the test statements: a file path, or a PostgreSQL URL."""
    if backend == "sqlite":
        yield _copy(request.getfixturevalue("fixture_template"), tmp_path / "accord.db")
        return
    postgres = request.getfixturevalue("postgres")
    url = postgres.create(template=request.getfixturevalue("fixture_template_pg"))
    yield url
    postgres.drop(url)


@pytest.fixture
def corpus_db(corpus_template, tmp_path) -> Path:
    """A private copy of the database holding the shared corpus."""
    return _copy(corpus_template, tmp_path / "accord.db")


@pytest.fixture
def fixture_store(fixture_db):
    from accord.store import Store

    with Store.open(fixture_db) as store:
        yield store


@pytest.fixture
def corpus_store(corpus_db):
    from accord.store import Store

    with Store.open(corpus_db) as store:
        yield store


@pytest.fixture
def accord(monkeypatch, pipeline):
    """Run `accord ARGS...` in-process as a user would type it; returns the click Result."""
    import os

    from typer.testing import CliRunner

    from accord.cli import app
    from accord.store.api import Store

    monkeypatch.setattr(Store, "_pipeline", lambda self: pipeline)

    def run(*args, env: dict[str, str] | None = None, input: str | None = None):
        env = {**os.environ, "COLUMNS": "200", **(env or {})}
        return CliRunner().invoke(app, [str(a) for a in args], env=env, catch_exceptions=False, input=input)

    return run
