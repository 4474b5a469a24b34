"""A generated record of realistic size, for benchmarks and for tests that need many documents.

``generate(documents=5000, statements=100000, seed=13)`` yields ``Synth``
items: a ``Record`` as extraction would give it (its statements pointing into
the document's text) and, for every statement, the position it states. The
same seed gives the same record, byte for byte.
"""
from __future__ import annotations

from accord.synth.generate import Synth, generate

__all__ = ["Synth", "generate"]
