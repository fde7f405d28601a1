"""The dashboard's API answers while `detente ingest` writes the same store in another process.

DuckDB lets one process write a file and no one else open it meanwhile; the store opens
the file per operation and retries while it is locked (docs/STORE.md, Concurrency). So:
no request may fail (no 5xx, no "locked" / DT701), every answer must show whole batches
only (the counts after k committed batches, never a batch half-written), the counts only
grow, and the ingest must finish with the same store as an undisturbed run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter

import pytest
from reliability_helpers import STATS

pytestmark = pytest.mark.slow

BATCH = 5
CLI = "from detente.cli import main; main()"


def test_dashboard_reads_whole_batches_while_an_ingest_writes(tmp_path):
    from fastapi.testclient import TestClient

    from detente.data import DATA_DIR
    from detente.store import Store
    from detente.web import create_app

    corpus = sorted(str(p) for p in (DATA_DIR / "corpus").glob("*.txt"))
    db = tmp_path / "live.duckdb"
    Store(db).migrate()
    client = TestClient(create_app(db=db), base_url="http://127.0.0.1")
    env = dict(os.environ, DETENTE_LOCK_TIMEOUT="30")
    ingest = subprocess.Popen([sys.executable, "-c", CLI, "ingest", "--db", str(db), "--batch-size", str(BATCH), *corpus],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    seen: list[tuple[int, int]] = []
    requests = 0
    try:
        while ingest.poll() is None:
            for url in ("/api/stats", "/api/events?limit=50", "/api/relations?limit=5"):
                r = client.get(url)
                requests += 1
                # a locked file would show as an error status with DT701 in its message
                assert r.status_code == 200, f"{url}: {r.status_code} {r.text[:300]}"
                if url == "/api/stats":
                    s = r.json()
                    seen.append((s["articles"], s["events"]))
            time.sleep(0.05)  # a busy dashboard, not a denial of service
        out, err = ingest.communicate(timeout=60)
    finally:
        if ingest.poll() is None:
            ingest.kill()
    STATS["api_cases"] += requests
    assert ingest.returncode == 0 and "DT701" not in err, err[-2000:]

    # what an undisturbed run stores: events per article, in the order the batches were written
    final = Store(db, read_only=True)
    per_article = Counter(final.events(limit=None)["article_id"])
    stats = final.stats()
    assert stats["articles"] == len(corpus)
    order = [os.path.splitext(os.path.basename(p))[0] for p in corpus]
    whole = {(0, 0)}
    for k in range(0, len(order), BATCH):
        done = order[: k + BATCH]
        whole.add((len(done), sum(per_article[a] for a in done)))
    assert set(seen) <= whole, f"half-written batch seen: {sorted(set(seen) - whole)}"
    assert seen == sorted(seen), "counts went backwards"
    assert len(set(seen)) >= 3, f"the reads did not overlap the ingest: {sorted(set(seen))}"
    STATS["ingest_snapshots"] += len(set(seen))
