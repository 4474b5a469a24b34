"""Meeting keys, as the store writes them into ``meetings.key`` (the rule lives in ``accord.keys``)."""
from __future__ import annotations

from accord.keys import dialogue_label, meeting_key

__all__ = ["meeting_key", "dialogue_label"]
