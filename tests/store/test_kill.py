"""Acceptance: an ingest killed at random moments (SIGKILL), then run again, ends with exactly
the database of an uninterrupted run: nothing twice, nothing missing.

The killed runs are the real `detente ingest` command, forked from a helper process that has
loaded the spaCy model once (kill_forker.py), so ten kills cost seconds, not minutes; the
final run is a fresh `detente ingest` process. DETENTE_KILL_ROUNDS sets the number of kills
(default 10), DETENTE_KILL_SEED the random seed (printed when the test fails).
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from store_helpers import corpus_paths, dump

pytestmark = pytest.mark.slow

FORKER = Path(__file__).with_name("kill_forker.py")
CLI = "from detente.cli import main; main()"
ENV = dict(os.environ, DETENTE_LOCK_TIMEOUT="30")


def pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def wait_for(lines: queue.Queue, prefix: str, timeout: float = 180.0) -> str | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            continue
        if line is None:
            return None
        if line.strip().startswith(prefix):
            return line.strip()
    raise AssertionError(f"no '{prefix}' line in {timeout:.0f}s")


def test_ingest_killed_at_random_moments_ends_like_a_clean_run(tmp_path, corpus_db):
    rounds = int(os.environ.get("DETENTE_KILL_ROUNDS", "10"))
    seed = int(os.environ.get("DETENTE_KILL_SEED", str(random.randrange(10**6))))
    rng = random.Random(seed)
    db = tmp_path / "killed.duckdb"
    forker = subprocess.Popen([sys.executable, str(FORKER), str(db), "2", *corpus_paths()], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    out: queue.Queue = queue.Queue()
    err: queue.Queue = queue.Queue()
    threading.Thread(target=pump, args=(forker.stdout, out), daemon=True).start()
    threading.Thread(target=pump, args=(forker.stderr, err), daemon=True).start()
    kills = 0
    try:
        assert wait_for(out, "ready"), "the helper could not load the coder"
        for _ in range(rounds):
            forker.stdin.write("go\n")
            forker.stdin.flush()
            pid = int(wait_for(out, "pid").split()[1])
            if wait_for(err, "batch ") is None:
                break
            time.sleep(rng.uniform(0.0, 0.8))  # mid-coding, mid-transaction or mid-checkpoint
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # the run had already finished
            status = int(wait_for(out, f"exit {pid}").split()[2])
            if os.WIFSIGNALED(status):
                kills += 1
            else:
                break  # it finished before the kill: everything is stored
    finally:
        forker.stdin.close()
        forker.wait(timeout=60)
    final = subprocess.run([sys.executable, "-c", CLI, "ingest", *corpus_paths(), "--db", str(db), "--batch-size", "2"],
                           capture_output=True, text=True, env=ENV, timeout=300)
    assert final.returncode == 0, final.stderr
    print(f"{kills} kills landed (seed {seed})")
    assert kills >= min(rounds, 3), f"only {kills} kills landed (seed {seed})"
    got, want = dump(db), dump(corpus_db)
    for table in want:
        assert got[table] == want[table], f"table {table} differs after {kills} kills (seed {seed})"
