"""Every export is checked on the test statements and, where ../shared is present, on the shared corpus."""
from __future__ import annotations

import pytest


@pytest.fixture(params=["fixtures", "corpus"])
def db(request):
    """A database with a correction, an added act and a deleted one: exports carry the corrected record."""
    from accord.store import Store

    path = request.getfixturevalue("fixture_db" if request.param == "fixtures" else "corpus_db")
    with Store.open(path) as store:
        rec = next(store.records())
        first, second = rec.statements[0], rec.statements[1]
        store.correct(first.id, topics=["other"], note="exports carry corrections")
        store.delete_statement(second.id)
        store.add_statement(rec.document.id, first.start, first.end, "note", rec.meeting.parties[:1])
    return path


@pytest.fixture
def store(db):
    from accord.store import Store

    with Store.open(db) as s:
        yield s


@pytest.fixture
def statement_ids(store) -> set[str]:
    """Every statement of the database (all are current versions here)."""
    ids = {r[0] for r in store.conn.execute("SELECT id FROM statements")}
    assert ids == {h.statement.id for h in store.statements()}
    return ids
