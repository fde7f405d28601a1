"""Peak memory (RSS) and time for big inputs: a 5 MB article read and coded, and a folder of
10,000 small files read and coded.

Each scenario runs in a fresh Python process, which reports its peak RSS (getrusage) and
its RSS before the work started (after imports and, for coding, after loading the model),
so the figures are not mixed up with one another.

    .venv/bin/python bench/memory_inputs.py                   # all scenarios
    .venv/bin/python bench/memory_inputs.py read-5mb code-5mb # some of them
    .venv/bin/python bench/memory_inputs.py --mb 1 --files 2000   # smaller, faster

Prints one line per scenario; docs/RELIABILITY.md records the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCENARIOS = ("read-5mb", "code-5mb", "read-10k-files", "code-10k-files")

# Our own sentences (no evaluation data), rotated into paragraphs.
SENTENCES = [
    "Beijing expelled a Canadian diplomat on {d} January.",
    "Iran accused Israel of attacking its embassy in Damascus.",
    "Russia threatened to cut gas supplies to Moldova.",
    "India and Pakistan agreed to reopen the border crossing.",
    "France sent humanitarian aid to Lebanon.",
    "The Japanese prime minister met South Korea's president in Tokyo.",
    "Officials said the talks on trade and consular cases were frank.",
    "The minister told reporters that more meetings would follow in {d} days.",
]


def _paragraph(i: int) -> str:
    return " ".join(SENTENCES[(i + k) % len(SENTENCES)].format(d=(i % 27) + 1) for k in range(6))


def make_article(n_bytes: int) -> str:
    parts, size, i = [], 0, 0
    while size < n_bytes:
        p = _paragraph(i)
        parts.append(p)
        size += len(p) + 2
        i += 1
    return "\n\n".join(parts)


def _rss_now_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def run_scenario(name: str, workdir: Path, mb: float, files: int) -> dict:
    """Runs inside the child process."""
    from detente import Coder, read_articles
    from detente.readers import ErrorLog

    coder = Coder() if name.startswith("code") else None
    if name.endswith("5mb"):
        inputs = [workdir / "big.txt"]
    else:
        inputs = [workdir / "many"]
    log = ErrorLog(echo=True)
    base = _rss_now_kb()
    t0 = time.perf_counter()
    articles = events = chars = 0
    if coder is None:
        for art in read_articles(inputs, on_error=log):
            articles += 1
            chars += len(art.text)
    else:
        print(f"[{name}] coding (a 5 MB article takes many minutes on one core) ...", file=sys.stderr, flush=True)
        for art, evs in coder.code_articles(read_articles(inputs, on_error=log)):
            articles += 1
            chars += len(art.text)
            events += len(evs)
            if articles % 1000 == 0:
                print(f"[{name}] {articles} articles, {events} events", file=sys.stderr, flush=True)
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    return {"scenario": name, "articles": articles, "chars": chars, "events": events, "errors": log.total,
            "seconds": round(secs, 1), "rss_before_mb": round(base / 1024, 1), "peak_rss_mb": round(peak / 1024, 1),
            "growth_mb": round((peak - base) / 1024, 1)}


def make_inputs(workdir: Path, mb: float, files: int) -> None:
    text = make_article(int(mb * 1024 * 1024))
    (workdir / "big.txt").write_text(f"date 2024-01-12 A very long article\n\n{text}", encoding="utf-8")
    many = workdir / "many"
    many.mkdir()
    for i in range(files):
        body = _paragraph(i)  # ~400 bytes
        (many / f"a{i:05d}.txt").write_text(f"date 2024-01-{i % 28 + 1:02d} Story {i}\n\n{body}\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scenarios", nargs="*", help=f"some of: {', '.join(SCENARIOS)} (default: all)")
    ap.add_argument("--mb", type=float, default=5.0, help="size of the big article in MB (default 5)")
    ap.add_argument("--files", type=int, default=10_000, help="number of small files (default 10000)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--workdir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    unknown = [s for s in args.scenarios if s not in SCENARIOS]
    if unknown:
        ap.error(f"unknown scenario(s) {unknown}; choose from {', '.join(SCENARIOS)}")
    args.scenarios = args.scenarios or list(SCENARIOS)
    if args.child:
        print(json.dumps(run_scenario(args.child, Path(args.workdir), args.mb, args.files)))
        return
    with tempfile.TemporaryDirectory(prefix="detente-mem-") as d:
        workdir = Path(d)
        print(f"making inputs: a {args.mb} MB article, {args.files} small files ...", file=sys.stderr, flush=True)
        make_inputs(workdir, args.mb, args.files)
        big = (workdir / "big.txt").stat().st_size
        folder = sum(p.stat().st_size for p in (workdir / "many").iterdir())
        print(f"inputs: big.txt {big / 1e6:.2f} MB; many/ {args.files} files, {folder / 1e6:.1f} MB")
        for name in args.scenarios:
            cmd = [sys.executable, __file__, "--child", name, "--workdir", str(workdir),
                   "--mb", str(args.mb), "--files", str(args.files)]
            # the child's progress and errors go straight to our stderr
            out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
            if out.returncode != 0:
                print(f"{name}: FAILED (exit {out.returncode})")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{r['scenario']:16s} articles {r['articles']:6d}  chars {r['chars']:9d}  events {r['events']:6d}  "
                  f"errors {r['errors']}  {r['seconds']:8.1f} s  RSS before {r['rss_before_mb']:6.1f} MB  "
                  f"peak {r['peak_rss_mb']:6.1f} MB  growth {r['growth_mb']:6.1f} MB", flush=True)


if __name__ == "__main__":
    main()
