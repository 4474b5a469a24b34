"""The JSON API under /api/: everything the pages show, and the analysts' corrections.

Reading: meetings, one meeting or document (the exchange format of
record-format.md plus ``key`` and each statement's origin, corrected flag and
thread), statements by filters, search with facet counts, threads, milestones
and their follow-through, the pre-meeting brief, the corrections log.

Changing (JSON bodies; the server's token when it has one):
``POST /api/corrections`` records an act the extractor missed,
``PUT /api/corrections/{statement}`` changes an act,
``DELETE /api/corrections/{statement}`` removes a false act,
``POST /api/milestone/{id}/evidence`` confirms or rejects evidence.
Each goes through the same ``Store`` functions as ``accord correct``/``add``,
so it is logged and survives ``accord reextract``.

Errors: an unknown id is 404 and bad input 422, both ``{"detail": ...}``.
"""
from __future__ import annotations

from accord.web.api import corrections, records, tracking

ROUTERS = [records.router, tracking.router, corrections.router]
