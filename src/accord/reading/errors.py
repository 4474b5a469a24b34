"""The two errors of the reading layer.

``Unreadable`` is what the format modules raise: they know why a file cannot be
read but not where it came from. ``read_bytes`` turns it into a ``ReadError``
that names the source, so that every failure a user sees is one line saying
which file and why.
"""
from __future__ import annotations


class Unreadable(ValueError):
    """Raised by the format readers with the reason only; the caller adds the source."""


class ReadError(Exception):
    """A file (or stdin) that could not be read, with a one-line reason."""

    def __init__(self, source: str, reason: str):
        self.source = str(source)
        self.reason = " ".join(str(reason).split())  # one line, whatever the cause said
        super().__init__(f"{self.source}: {self.reason}")

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
