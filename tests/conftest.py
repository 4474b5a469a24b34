"""Fixtures every test area shares: the repo, ../shared where present, one spaCy pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_or_skip() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """One extraction pipeline (and one spaCy model load) for the whole run."""
    from accord.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract_text(pipeline):
    """Extract the record of a statement given as text."""
    from accord.records import Document, document_id

    def run(text: str, source: str = "test.txt"):
        return pipeline.extract(Document(id=document_id(text), source=source, text=text))

    return run
