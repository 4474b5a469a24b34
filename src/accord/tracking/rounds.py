"""Meetings as points in time: keys, dates, alliances and the order of rounds.

Tracking compares rounds, so every record needs a short name a reader knows
(``KIDD-14``), a date to sort by and the alliance it belongs to; these are
derived here once so every tracking module names and orders meetings alike.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accord.keys import dialogue_label, meeting_key
from accord.records import Record


@dataclass(frozen=True)
class MeetingRef:
    key: str  # KIDD-14, or ACRONYM-YYYY-MM-DD when the round is unknown
    dialogue: str  # the dialogue's label: its acronym, qualified by the parties when dialogues share it
    round: int | None
    date: str | None  # YYYY-MM-DD
    alliance: tuple[str, ...]  # the member parties, sorted
    document_id: str

    @property
    def sort_key(self) -> tuple:
        return (self.date or "9999", self.dialogue, self.round or 0, self.document_id)


def meeting_ref(rec: Record) -> MeetingRef:
    """Keys are the store's (``accord.keys``): label and round, else label and date (``SCC-2024-07-28``)."""
    m = rec.meeting
    date = m.start or m.end or rec.document.published
    return MeetingRef(meeting_key(m, rec.document), dialogue_label(m), m.round, date,
                      tuple(sorted(set(m.parties))), rec.document.id)


def chronological(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: meeting_ref(r).sort_key)


def dialogue_matches(rec: Record, name: str | None) -> bool:
    """Whether a record is of the dialogue named by acronym, name or alias."""
    if not name:
        return True
    from accord.knowledge import default_knowledge

    m = rec.meeting
    label = dialogue_label(m)
    if name.casefold() == label.casefold():
        return True
    if label != (m.acronym or label):  # a shared acronym ("2+2") names no one dialogue: only the label does
        return bool(m.dialogue) and name.casefold() == m.dialogue.casefold()
    own = {(m.acronym or "").casefold(), (m.dialogue or "").casefold()} - {""}
    if name.casefold() in own:
        return True
    info = default_knowledge().dialogue(name)
    return info is not None and bool(own & {n.casefold() for n in info.names()})


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def end_of(when: str | None) -> dt.date | None:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD date stands for: a deadline is met up to its end."""
    if not when:
        return None
    parts = when.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    idx = day.month - 1 + months
    year, month = day.year + idx // 12, idx % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)
