"""Meeting keys: the short names people use for a meeting (``KIDD-14``)."""
from __future__ import annotations

import re

from accord.records import Document, Meeting


def meeting_key(meeting: Meeting, document: Document) -> str:
    """Acronym and round; without a round, acronym and date (``SCC-2024-07-28``)."""
    prefix = meeting.acronym or _initials(meeting.dialogue) or "DOC"
    if meeting.round is not None:
        return f"{prefix}-{meeting.round}"
    when = meeting.start or meeting.end or document.published
    return f"{prefix}-{when or document.id}"


def _initials(name: str | None) -> str:
    if not name:
        return ""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w.]*", name) if w[0].isupper())
