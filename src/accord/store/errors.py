"""The store's errors: each says in one line what the user can do about it."""
from __future__ import annotations


class StoreError(Exception):
    """A problem the user can act on; str() is one line."""


class NotFound(StoreError):
    """No meeting, document or statement by that name."""


class Conflict(StoreError):
    """Someone else changed the statement since it was read; ``current`` is how it stands now."""

    def __init__(self, message: str, current: dict | None = None):
        super().__init__(message)
        self.current = current
        self.correction = None  # the refused attempt, as logged
