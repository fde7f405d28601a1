"""Ingest benchmark: articles per second into the store, and database size per 1,000 articles.

    python bench/ingest.py                      # sample corpus, and ../shared/data/corpus_toi_2002.jsonl if present
    python bench/ingest.py --batch-size 100 --limit 500 PATH...

Each corpus goes into a fresh temporary database. The spaCy model is loaded once, before
timing. Printed: articles, events, clusters, seconds, articles/s, the part of the time spent
writing batches (open, transaction, clusters, actors, close), database size per 1,000
articles (the whole file, and above an empty store's fixed size), and the time of a second,
idempotent pass (everything already stored).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "detente" / "data" / "corpus"
TOI = ROOT.parent / "shared" / "data" / "corpus_toi_2002.jsonl"


def run(name: str, paths: list[str], coder, *, batch_size: int, limit: int | None) -> None:
    from detente import read_articles
    from detente.store import Store

    from detente.store import ingest as ingest_mod

    source = paths if limit is None else list(itertools.islice(read_articles(paths, on_error=lambda e: None), limit))
    writing = [0.0]
    flush = ingest_mod.Loader.flush

    def timed_flush(self) -> None:
        t = time.perf_counter()
        flush(self)
        writing[0] += time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.duckdb"
        Store(empty).migrate()
        base = os.path.getsize(empty)
        db = Path(tmp) / "bench.duckdb"
        store = Store(db)
        ingest_mod.Loader.flush = timed_flush
        try:
            t0 = time.perf_counter()
            report = store.ingest(source, coder=coder, batch_size=batch_size, on_error=lambda e: None)
            secs = time.perf_counter() - t0
        finally:
            ingest_mod.Loader.flush = flush
        stats = store.stats()
        t1 = time.perf_counter()
        again = store.ingest(source, coder=coder, batch_size=batch_size, on_error=lambda e: None)
        secs2 = time.perf_counter() - t1
        size = os.path.getsize(db)
    n = max(1, stats["articles"])
    print(f"{name}: {stats['articles']} articles, {stats['events']} events, {stats['clusters']} clusters, "
          f"{report.errors} input errors")
    print(f"  ingest: {secs:.1f} s, {report.articles_read / secs:.1f} articles/s (batch size {batch_size}); "
          f"writing batches {writing[0]:.1f} s ({writing[0] / secs:.0%}), reading and coding the rest")
    print(f"  database: {size / 1e6:.2f} MB, {size / n * 1000 / 1e6:.2f} MB per 1,000 articles "
          f"({(size - base) / n * 1000 / 1e6:.2f} MB above an empty store's {base / 1e6:.2f} MB)")
    print(f"  second pass (all stored): {secs2:.2f} s, {again.articles_skipped} skipped, {again.articles_new} new")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="corpora to measure (default: sample corpus and the TOI corpus)")
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles of each corpus")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from detente import Coder

    t0 = time.perf_counter()
    coder = Coder()
    print(f"model loaded in {time.perf_counter() - t0:.1f} s (not counted)")
    corpora = [(p, [p]) for p in args.paths] or [("sample corpus", sorted(str(p) for p in SAMPLE.glob("*.txt")))]
    if not args.paths and TOI.exists():
        corpora.append(("corpus_toi_2002.jsonl", [str(TOI)]))
    for name, paths in corpora:
        run(name, paths, coder, batch_size=args.batch_size, limit=args.limit)


if __name__ == "__main__":
    main()
