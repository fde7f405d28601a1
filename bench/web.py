"""Load test of the web layer: dyad page and series API on a store of ~100,000 events.

    .venv/bin/python bench/web.py                       # builds /tmp/detente-bench-web.duckdb once
    .venv/bin/python bench/web.py --db big.duckdb -n 50 # or time an existing store

The store is synthetic: the sample corpus (61 articles) is coded once, then its articles and
events are loaded again and again through the store's public write path
(``Store.load_events``), each copy with its own text (a copy number appended, so a new
article), and its report and event dates moved by a few days per copy so the series spans
years. It is a load test of the queries and pages, not data: the numbers of events per
dyad keep the sample corpus's proportions (CHN-CAN about 4% of all events).

It then serves the app with uvicorn on a loopback port and times, over real HTTP, N requests
each of the dyad page and the series API (and, for context, a few other endpoints), printing
median, p95 and max in milliseconds.
"""

from __future__ import annotations

import argparse
import copy
import socket
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

DEFAULT_DB = Path("/tmp/detente-bench-web.duckdb")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _shift(value: Any, days: int) -> Any:
    if not value:
        return value
    return (date.fromisoformat(str(value)[:10]) + timedelta(days=days)).isoformat()


def synthetic_pairs(base: list[tuple[Any, list[dict[str, Any]]]], copies: int) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """``copies`` copies of the coded corpus, each a new article with dates moved by 9 days per copy."""
    for k in range(copies):
        days = 9 * k - 900
        for art, events in base:
            article = {"id": f"{art.id}~{k}", "text": f"{art.text}\n[synthetic copy {k}]",
                       "report_date": _shift(art.report_date, days), "title": art.title, "url": art.url,
                       "source": art.source}
            evs = []
            for ev in events:
                e = copy.deepcopy(ev)
                e["article_id"] = article["id"]
                e["report_date"] = _shift(e.get("report_date"), days)
                e["event_date"] = _shift(e.get("event_date"), days)
                evs.append(e)
            yield article, evs


def build(db: Path, target: int, batch_size: int) -> None:
    from detente import Coder, read_articles
    from detente.data import DATA_DIR
    from detente.store import Store

    log("coding the sample corpus once …")
    corpus = sorted(str(p) for p in (DATA_DIR / "corpus").glob("*.txt"))
    base = [(a, [e.to_dict() for e in evs]) for a, evs in Coder().code_articles(read_articles(corpus))]
    per_copy = sum(len(evs) for _, evs in base)
    copies = -(-target // per_copy)
    log(f"{len(base)} articles, {per_copy} events per copy: loading {copies} copies (~{copies * per_copy:,} events) …")
    store = Store(db)
    t0 = time.perf_counter()

    seen = [0]

    def progress(r: Any) -> None:
        if r.batches != seen[0]:
            seen[0] = r.batches
            log(f"  batch {r.batches}: {r.articles_read:,} articles, {r.events:,} events ({r.rate:.0f} articles/s)")

    report = store.load_events(synthetic_pairs(base, copies), batch_size=batch_size, on_progress=progress)
    log(report.summary())
    log(f"built {db} in {time.perf_counter() - t0:.0f} s: {store.stats()}")


class Server:
    def __init__(self, db: Path) -> None:
        import uvicorn

        from detente.web import create_app

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(create_app(db=db), host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def time_get(client: Any, url: str, n: int) -> dict[str, float]:
    t = time.perf_counter()
    client.get(url).raise_for_status()  # the first request: warm-up (template compile, overview cache fill)
    first = (time.perf_counter() - t) * 1000
    times = []
    size = 0
    for _ in range(n):
        t = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
        size = len(r.content)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"first": first, "median": statistics.median(times), "p95": p95, "max": times[-1], "kb": size / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--events", type=int, default=100_000, help="events to synthesise when building")
    ap.add_argument("-n", type=int, default=30, help="requests per endpoint")
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()

    import httpx

    from detente.store import Store

    if args.rebuild and args.db.exists():
        args.db.unlink()
    if not args.db.exists():
        build(args.db, args.events, args.batch_size)
    stats = Store(args.db, read_only=True).stats()
    store = Store(args.db, read_only=True)
    dyad_events = len(store.events(dyad=("CHN", "CAN")))
    series = store.series("CHN", "CAN", freq="month")
    print(f"store {args.db}: {stats['events']:,} events, {stats['clusters']:,} clusters, {stats['articles']:,} articles; "
          f"CHN-CAN {dyad_events:,} event mentions, {len(series)} months")
    busiest = max(series, key=lambda r: r["events"])["period"]
    urls = [
        ("dyad page", "/dyad/CHN/CAN"),
        ("series API", "/api/dyads/CHN/CAN/series?freq=month"),
        ("period events API (a click)", f"/api/dyads/CHN/CAN/events?period={busiest}&freq=month"),
        ("events API, page of 100", "/api/events?country=CHN&limit=100"),
        ("article page", "/article/" + str(store.events(dyad=("CHN", "CAN"), limit=1)["article_id"][0])),
        ("overview page", "/"),
    ]
    with Server(args.db) as server, httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=60) as client:
        print(f"{'endpoint':<30} {'first ms':>9} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'KB':>8}   "
              f"(then n={args.n} or n/3, one client)")
        for name, url in urls:
            n = args.n if name in ("dyad page", "series API") else max(5, args.n // 3)
            r = time_get(client, url, n)
            print(f"{name:<30} {r['first']:>9.0f} {r['median']:>10.0f} {r['p95']:>8.0f} {r['max']:>8.0f} {r['kb']:>8.0f}")
    from detente.web import build_report

    t = time.perf_counter()
    html = build_report(store, "CHN", "CAN")
    print(f"report CHN-CAN: built in {time.perf_counter() - t:.2f} s, {len(html) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
