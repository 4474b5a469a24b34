"""Where tracking gets its records: the store (analysts' corrections applied), or documents read on the spot.

Tracking itself is pure functions over ``list[Record]``; this is the one
place that knows where records live, so the commands stay the same whether
records come from the database or straight from files (``--from PATH``).
"""
from __future__ import annotations

from typing import Callable, Sequence

from accord.records import Record


class SourceError(Exception):
    """No records could be had; the message says what to do instead."""


def load_records(db: str | None, paths: Sequence[str] = (), *,
                 on_error: Callable[[str], None] | None = None) -> list[Record]:
    """Records read from ``paths`` when given, else the latest records of the store at ``db``.

    Read errors of single files go to ``on_error`` (one line each) and the
    rest are still returned.
    """
    if paths:
        return extract_records(paths, on_error=on_error)
    return store_records(db)


def extract_records(paths: Sequence[str], *, on_error: Callable[[str], None] | None = None) -> list[Record]:
    from accord.extract import extract_paths

    records = []
    for item in extract_paths(list(paths)):
        if isinstance(item, Exception):
            if on_error:
                on_error(str(item))
            continue
        records.append(item)
    if not records:
        raise SourceError(f"no statement could be read from {', '.join(paths)}")
    return records


def store_records(db: str | None) -> list[Record]:
    try:
        from accord.store import Store, StoreError
    except ImportError:
        raise SourceError("this installation has no database; read statements with --from PATH") from None
    try:
        with Store.open(db, create=False) as store:
            records = list(store.records())
    except StoreError as e:
        raise SourceError(f"{e}; read statements with --from PATH instead") from None
    if not records:
        raise SourceError("the database holds no records; ingest statements first, or read them with --from PATH")
    return records


def load_verdicts(db: str | None, paths: Sequence[str] = ()) -> list:
    """Analysts' verdicts on milestone evidence, kept by the store; none when reading files."""
    from accord.tracking.followthrough import Confirmation

    if paths:
        return []
    try:
        from accord.store import Store, StoreError
    except ImportError:
        return []
    try:
        with Store.open(db, create=False) as store:
            return [Confirmation(**v) for v in store.milestone_verdicts()]
    except StoreError:
        return []
