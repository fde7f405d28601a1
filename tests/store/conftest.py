"""Fixtures for the store tests: a small hand-built store and the sample corpus store."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import corpus_paths, small_pairs

from detente.store import Store


@pytest.fixture()
def small_store() -> Store:
    store = Store(":memory:")
    store.load_events(small_pairs(), batch_size=2)
    yield store
    store.close()


@pytest.fixture(scope="session")
def corpus_db(coder, tmp_path_factory) -> Path:
    """The sample corpus ingested once with the session coder (loads the spaCy model)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    Store(path).ingest(corpus_paths(), coder=coder, batch_size=8)
    return path


@pytest.fixture(scope="session")
def shared_store() -> Store:
    """The small store for tests that only read it (built once)."""
    store = Store(":memory:")
    store.load_events(small_pairs(), batch_size=2)
    yield store
    store.close()
