"""Read and extract in one call: the core that the CLI, the store and the web app share."""
from __future__ import annotations

import sys
from typing import Iterable, Iterator

from accord.records import Record


class ExtractError(Exception):
    """A document that could not be read or holds no dialogue record; str() is one line."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def extract_paths(paths: Iterable[str], knowledge: str | None = None) -> Iterator[Record | ExtractError]:
    """Records for every readable statement under the paths, errors for the rest, in order."""
    from accord.knowledge import Knowledge
    from accord.pipeline import NotAStatement, Pipeline
    from accord.reading import ReadError, read_all, read_bytes

    pipe = Pipeline(Knowledge.load(knowledge) if knowledge else None)

    def documents():
        for p in paths:
            if p == "-":
                try:
                    yield read_bytes(sys.stdin.buffer.read(), "<stdin>")
                except ReadError as e:
                    yield e
            else:
                yield from read_all([p])

    # Documents go to the pipeline in chunks (large enough for its workers), and results come
    # out in input order, so a long batch is never held in memory whole.
    chunk: list = []

    def flush():
        docs = [d for d in chunk if not isinstance(d, ReadError)]
        records = iter(pipe.extract_many(docs)) if docs else iter(())
        for d in chunk:
            if isinstance(d, ReadError):
                yield ExtractError(d.source, d.reason)
            else:
                rec = next(records)
                yield ExtractError(d.source, str(rec)) if isinstance(rec, NotAStatement) else rec
        chunk.clear()

    for d in documents():
        chunk.append(d)
        if len(chunk) >= CHUNK:
            yield from flush()
    yield from flush()


CHUNK = 256
