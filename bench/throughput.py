"""Throughput of detente against a bare spaCy parse, peak memory, and Dask scaling.

    .venv/bin/python bench/throughput.py                       # sample corpus, and the TOI corpus when ../shared is there
    .venv/bin/python bench/throughput.py CORPUS... --repeat 164 --no-bare       # ~10,000 articles: peak memory
    .venv/bin/python bench/throughput.py --processes 2         # also in 2 worker processes
    .venv/bin/python bench/throughput.py --classifier          # also with the opt-in learned classifier
    .venv/bin/python bench/throughput.py --engine dask --workers 1,2            # Dask scaling only, with the load average

Same measurement as `detente bench` (both call detente.scale.bench.run_bench). Figures go to
stdout, progress to stderr. See bench/README.md and docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "detente" / "data" / "corpus"
TOI = ROOT.parent / "shared" / "data" / "corpus_toi_2002.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*", help="corpus files or folders (default: sample corpus, then TOI if present)")
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    ap.add_argument("--repeat", type=int, default=1, help="stream the corpus N times (memory test)")
    ap.add_argument("--processes", type=int, default=1, help="also code in N worker processes")
    ap.add_argument("--no-bare", action="store_true", help="skip the bare spaCy parse")
    ap.add_argument("--no-prefilter", action="store_true", help="parse everything (Coder(prefilter=False))")
    ap.add_argument("--classifier", action="store_true",
                    help="also time detente with the opt-in learned classifier (Coder(classifier='default'))")
    ap.add_argument("--components", action="store_true", help="also time each pipeline component")
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--workers", default="1,2", help="Dask worker counts to time (engine dask)")
    args = ap.parse_args(argv)

    from detente.scale.bench import run_bench

    corpora = [[c] for c in args.corpus] or [[str(SAMPLE)]] + ([[str(TOI)]] if TOI.exists() else [])
    workers = [int(w) for w in args.workers.split(",")] if args.engine == "dask" else None
    print(f"# {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start", flush=True)
    for paths in corpora:
        res = run_bench(paths, limit=args.limit, repeat=args.repeat, processes=args.processes,
                        bare=not args.no_bare, prefilter=not args.no_prefilter,
                        classifier="default" if args.classifier else None, dask_workers=workers,
                        local=args.engine == "local", components=args.components,
                        echo=lambda s: print(s, file=sys.stderr, flush=True))
        print("\n".join(res.lines()), flush=True)
    print(f"# load average {os.getloadavg()[0]:.2f} at end", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
