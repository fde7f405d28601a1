"""The event store: coded events in a DuckDB file, de-duplicated into event clusters.

    >>> from detente import Store
    >>> store = Store("events.duckdb")          # or Store() for $DETENTE_DB / ./detente.duckdb
    >>> report = store.ingest(["news/"])         # IngestReport
    >>> store.series("CHN", "CAN", freq="month")

Modules: ``api`` (Store), ``ingest`` (batches, the one write path), ``writer`` (one
transaction per batch), ``rows`` (content-derived ids), ``cluster`` (the de-duplication
rule), ``query`` (filters), ``export`` (file formats), ``codes`` (COW/GW numbers),
``schema`` (tables and migrations), ``connect`` (short-lived connections, lock waits).
See docs/STORE.md.
"""

from __future__ import annotations

from .api import Store, default_path
from .ingest import IngestReport
from .rows import content_hash

__all__ = ["IngestReport", "Store", "content_hash", "default_path"]
