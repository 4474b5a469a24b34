"""The HTML pages, one module per page area; ``ROUTERS`` in the order the app mounts them."""
from __future__ import annotations

from accord.web.pages import api_docs, brief, corrections, login, overview, rounds, search, threads, tracker

ROUTERS = [m.router for m in (overview, rounds, threads, tracker, search, brief, corrections, api_docs, login)]
