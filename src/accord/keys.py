"""Meeting keys: the short names people use for a meeting (``KIDD-14``), unique across dialogues.

A key is the dialogue's label and the round (or, without a round, the date).
The label is the acronym; where several dialogues share an acronym — the
registry has two "2+2" dialogues, and statements name many more — the
parties go first (``PHL-USA-2+2-4``), so that the rounds of different
dialogues never share a key, a brief or a page. The store, tracking, the
exports and the web app all name meetings through this module.
"""
from __future__ import annotations

import re
from functools import lru_cache

from accord.records import Document, Meeting


def dialogue_label(meeting: Meeting) -> str:
    """The acronym (the initials of the name without one), qualified by the parties when it is shared."""
    label = meeting.acronym or _initials(meeting.dialogue) or "DOC"
    if meeting.acronym and meeting.acronym in shared_acronyms() and meeting.parties:
        return "-".join(sorted(set(meeting.parties))) + "-" + label
    return label


def meeting_key(meeting: Meeting, document: Document) -> str:
    """Label and round; without a round, label and date (``SCC-2024-07-28``)."""
    prefix = dialogue_label(meeting)
    if meeting.round is not None:
        return f"{prefix}-{meeting.round}"
    when = meeting.start or meeting.end or document.published
    return f"{prefix}-{when or document.id}"


@lru_cache(maxsize=1)
def shared_acronyms() -> frozenset[str]:
    """Acronyms that more than one registry dialogue uses, and "2+2", which names a format, not a dialogue."""
    from accord.knowledge import default_knowledge

    seen: dict[str, int] = {}
    for d in default_knowledge().dialogues:
        if d.acronym:
            seen[d.acronym] = seen.get(d.acronym, 0) + 1
    return frozenset({a for a, n in seen.items() if n > 1} | {"2+2"})


def _initials(name: str | None) -> str:
    if not name:
        return ""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w.]*", name) if w[0].isupper())
