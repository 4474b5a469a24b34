"""Accord's system of record: dialogue records in SQLite or PostgreSQL, searchable, correctable, exportable.

``Store`` is the whole API; the modules beside it each do one part of it
(``backend`` what differs between SQLite and PostgreSQL, ``db`` connections
and migrations, ``rows`` the table layout, ``ingest``, ``queries``,
``search``, ``corrections``, ``accounts``, ``shared`` views kept for every
server worker, ``reextract``, ``backup``).
"""
from accord.store.api import Store
from accord.store.corrections import Correction
from accord.store.db import Conflict, NotFound, StoreError
from accord.store.ingest import Ingested
from accord.store.keys import meeting_key
from accord.store.queries import MeetingSummary
from accord.store.reextract import Reextracted
from accord.store.search import Hit

__all__ = ["Store", "StoreError", "NotFound", "Conflict", "Ingested", "MeetingSummary", "Hit", "Correction", "Reextracted",
           "meeting_key"]
