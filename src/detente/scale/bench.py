"""Throughput benchmark: detente end to end against a bare spaCy parse of the same texts.

``run_bench`` codes a corpus with ``Coder.code_articles`` (streaming: events are counted and
dropped) and, in the same run, parses the same article texts with the same model as shipped
(``nlp.pipe``, every component, nothing else). The phases take turns on blocks of articles,
so a busy machine slows them alike. It prints articles/s, sentences/s, tokens/s, peak resident
memory (this process and its children, sampled by psutil) and the ratio detente time / bare
parse time; optionally the same in N worker processes, and the Dask engine for each worker
count with the load average, for the scaling figure.

Counts of sentences and tokens come from the bare parse (the parser's sentences), so both
rates are over the same units. ``repeat`` streams the corpus several times (ids made unique)
to reach e.g. 10,000 articles without holding them.
"""

from __future__ import annotations

import itertools
import os
import resource
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors
from ..types import Article

Echo = Callable[[str], None]


@dataclass
class Phase:
    name: str
    seconds: float
    articles: int
    peak_rss_mb: float
    extra: dict[str, Any] = field(default_factory=dict)

    def rates(self, sentences: int, tokens: int) -> str:
        s = self.seconds or float("nan")
        kind = "PSS" if self.extra.get("proportional") else "RSS"
        return (f"{self.articles / s:8.1f} articles/s {sentences / s:9.1f} sentences/s {tokens / s:10.0f} tokens/s"
                f"  {self.seconds:8.1f} s  peak {kind} {self.peak_rss_mb:7.0f} MB")


@dataclass
class BenchResult:
    corpus: str
    articles: int
    sentences: int
    tokens: int
    phases: dict[str, Phase] = field(default_factory=dict)
    scaling: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def ratio(self, a: str = "detente", b: str = "bare parse") -> float | None:
        if a in self.phases and b in self.phases and self.phases[b].seconds:
            return self.phases[a].seconds / self.phases[b].seconds
        return None

    def lines(self) -> list[str]:
        out = [f"corpus {self.corpus}: {self.articles} articles, {self.sentences} sentences, {self.tokens} tokens"]
        for ph in self.phases.values():
            out.append(f"  {ph.name:<28}{ph.rates(self.sentences, self.tokens)}")
        for a, b in (("detente", "bare parse"), ("detente", "detente's parse"),
                     ("detente + classifier", "bare parse"),
                     ("detente (processes)", "bare parse"), ("detente (processes)", "bare parse (processes)")):
            r = self.ratio(a, b)
            if r is not None:
                out.append(f"  ratio {a} / {b}: {r:.2f}")
        for row in self.scaling:
            out.append(f"  dask {row['workers']} worker(s): {row['articles']} articles in {row['seconds']:.1f} s "
                       f"= {row['rate']:.1f} articles/s (cluster start {row['startup']:.1f} s; workers on a core "
                       f"{100 * row.get('cpu_use', 0):.0f}% of the time; load average "
                       f"{row['load_before']:.2f} before, {row['load_after']:.2f} after)")
        if len(self.scaling) > 1:
            base = self.scaling[0]
            for row in self.scaling[1:]:
                out.append(f"  dask speed-up {row['workers']} vs {base['workers']} worker(s): "
                           f"{row['rate'] / base['rate']:.2f}x")
        out += [f"  note: {n}" for n in self.notes]
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        out.append(f"  ru_maxrss: this process {peak_self:.0f} MB, largest child {peak_children:.0f} MB")
        return out


class PeakRSS:
    """Samples the resident memory of this process and its children every ``every`` s.

    With children, pages they share with this process (the model, after fork) would be
    counted once per process by RSS; ``proportional=True`` sums PSS instead (each shared
    page split between the processes sharing it), the honest total for a process pool."""

    def __init__(self, every: float = 0.05, *, proportional: bool = False) -> None:
        import psutil

        self._proc = psutil.Process()
        self.every = 0.25 if proportional else every
        self.proportional = proportional
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _one(self, proc: Any) -> int:
        if self.proportional:
            try:
                return int(proc.memory_full_info().pss)
            except (AttributeError, OSError):
                pass
        return int(proc.memory_info().rss)

    def _sample(self) -> int:
        total = self._one(self._proc)
        for child in self._proc.children(recursive=True):
            try:
                total += self._one(child)
            except Exception:  # noqa: BLE001  a child that just ended
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.every)

    def __enter__(self) -> PeakRSS:
        self.peak = self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())

    @property
    def mb(self) -> float:
        return self.peak / 2**20


class CpuTracker:
    """CPU seconds used by this process's descendants (the Dask workers) between ``mark`` and
    the last ``mark_end``: how much of their wall time the workers actually got a core."""

    def __init__(self, every: float = 0.2) -> None:
        import psutil

        self._proc = psutil.Process()
        self.every = every
        self._seen: dict[int, float] = {}
        self._start: dict[int, float] | None = None
        self._end: dict[int, float] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> dict[int, float]:
        for child in self._proc.children(recursive=True):
            try:
                t = child.cpu_times()
                self._seen[child.pid] = t.user + t.system
            except Exception:  # noqa: BLE001  a child that just ended
                pass
        return dict(self._seen)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.every)

    def mark(self) -> None:
        self._start = self._sample()

    def mark_end(self) -> None:
        self._end = self._sample()

    def used(self) -> float:
        if self._start is None or self._end is None:
            return 0.0
        return sum(v - self._start.get(pid, 0.0) for pid, v in self._end.items())

    def __enter__(self) -> CpuTracker:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def load_corpus(paths: list[str], limit: int | None = None) -> list[Article]:
    from ..readers import read_articles

    arts = list(itertools.islice(read_articles(paths, on_error=lambda e: None), limit))
    if not arts:
        raise DetenteError(Errors.DT956.format(path=", ".join(map(str, paths))))
    return arts


def repeated(articles: list[Article], times: int) -> Iterator[Article]:
    """The corpus ``times`` over, streamed; copies get ids ``id#k``."""
    for k in range(times):
        for a in articles:
            yield a if k == 0 else replace(a, id=f"{a.id}#{k}")


def run_bench(paths: list[str], *, limit: int | None = None, repeat: int = 1, processes: int = 1,
              bare: bool = True, prefilter: bool = True, classifier: Any = None,
              dask_workers: list[int] | None = None, dask_part_size: int = 16, block: int = 20,
              local: bool = True, components: bool = False, echo: Echo | None = None) -> BenchResult:
    """Measure detente on ``paths`` (see the module docstring); ``echo`` gets progress lines.

    The single-process phases take turns, ``block`` articles at a time (the order rotating), so
    other jobs on the machine slow them alike. Peak memory is then that of the whole run; with
    ``bare=False`` only detente runs, and its peak is detente's own. ``local=False`` runs only
    the Dask engine (``dask_workers``). ``components``: also seconds per pipeline component."""
    from spacy.attrs import SENT_START

    from ..coder import Coder
    from ..nlp import load_model

    say = echo or (lambda s: None)
    arts = load_corpus(paths, limit)
    n_articles = len(arts) * repeat
    res = BenchResult(corpus=", ".join(map(str, paths)) + (f" x{repeat}" if repeat > 1 else ""),
                      articles=n_articles, sentences=0, tokens=0)
    if not local:
        for w in dask_workers or []:
            say(f"Dask engine with {w} worker(s)…")
            res.scaling.append(_dask_run(paths, arts, repeat, w, dask_part_size, prefilter, classifier))
        return res
    warm = arts[:3]
    say(f"loading the coder and warming up on {len(warm)} articles…")
    coder = Coder(prefilter=prefilter)  # as `detente code` and `detente ingest` run it
    list(coder.code_articles(warm))
    counts = {"events": 0, "tokens": 0, "sentences": 0}

    def detente(batch: list[Article]) -> None:
        counts["events"] += sum(len(evs) for _, evs in coder.code_articles(batch))

    phases: dict[str, Callable[[list[Article]], None]] = {"detente": detente}
    if classifier is not None:  # the opt-in learned classifier, as a phase of its own
        typed = Coder(prefilter=prefilter, classifier=classifier)
        list(typed.code_articles(warm))
        phases["detente + classifier"] = lambda batch: list(typed.code_articles(batch)) and None
    if bare:
        stock = load_model(None, compiled=False)
        list(stock.pipe([a.text for a in warm]))

        def bare_parse(batch: list[Article]) -> None:
            for doc in stock.pipe((a.text for a in batch), batch_size=coder.batch_size):
                counts["tokens"] += len(doc)
                counts["sentences"] += int((doc.to_array(SENT_START) == 1).sum()) if len(doc) else 0

        phases["bare parse"] = bare_parse
        phases["detente's parse"] = lambda batch: list(coder.nlp.pipe((a.text for a in batch),
                                                                      batch_size=coder.batch_size)) and None
    if bare:
        # Both pipelines see every text once before timing, so neither is timed with caches
        # (lemmas, attribute rules, strings) the other has already filled.
        say(f"warming both pipelines on the {len(arts)} texts…")
        for nlp in (stock, coder.nlp):
            for _ in nlp.pipe((a.text for a in arts), batch_size=coder.batch_size):
                pass
    seconds = dict.fromkeys(phases, 0.0)
    names = list(phases)
    say(f"{', '.join(names)}: {n_articles} articles, {block} at a time, taking turns…")
    stream = repeated(arts, repeat)
    with PeakRSS() as mem:
        for k in itertools.count():
            batch = list(itertools.islice(stream, block))
            if not batch:
                break
            for name in names[k % len(names):] + names[:k % len(names)]:
                t = time.perf_counter()
                phases[name](batch)
                seconds[name] += time.perf_counter() - t
    for name in names:
        res.phases[name] = Phase(name, seconds[name], n_articles, mem.mb)
    res.notes.append(f"{counts['events']} events coded")
    if len(names) > 1:
        res.notes.append("single-process phases took turns; their peak RSS is that of the whole run "
                         "(run with --no-bare for detente's own peak)")
    if bare:
        res.sentences, res.tokens = counts["sentences"], counts["tokens"]
    else:
        res.tokens = sum(len(coder.nlp.make_doc(a.text)) for a in repeated(arts, repeat))
        res.notes.append("no bare parse: sentences not counted (sentences/s shows 0)")
    pf = coder._prefilter()
    if pf is not None and pf.stats["tokens"]:
        res.phases["detente"].extra["tokens skipped by the prefilter"] = pf.stats["tokens_skipped"] / pf.stats["tokens"]
        res.notes.append(f"prefilter: {pf.stats['tokens_skipped']} of {pf.stats['tokens']} tokens "
                         f"({100 * pf.stats['tokens_skipped'] / pf.stats['tokens']:.1f}%) not parsed, "
                         f"{pf.stats['chunks_skipped']} of {pf.stats['chunks']} chunks skipped, "
                         f"{pf.stats['reparsed']} cut chunks parsed again")

    if processes > 1:
        say(f"detente in {processes} processes…")
        with PeakRSS(proportional=True) as mem:
            t = time.perf_counter()
            for _ in coder.code_articles(repeated(arts, repeat), processes=processes):
                pass
            secs = time.perf_counter() - t
        res.phases["detente (processes)"] = Phase(f"detente ({processes} processes)", secs, n_articles, mem.mb,
                                                  {"proportional": True})
        if bare:
            say(f"bare parse in {processes} processes…")
            with PeakRSS(proportional=True) as mem:
                t = time.perf_counter()
                for _ in stock.pipe((a.text for a in repeated(arts, repeat)), batch_size=coder.batch_size,
                                    n_process=processes):
                    pass
                secs = time.perf_counter() - t
            res.phases["bare parse (processes)"] = Phase(f"bare parse ({processes} processes)", secs, n_articles,
                                                         mem.mb, {"proportional": True})

    if components and bare:
        say("time per pipeline component, stock and compiled…")
        texts = [a.text for a in arts]
        for label, nlp in (("stock", stock), ("detente", coder.nlp)):
            times = component_times(nlp, texts, batch_size=coder.batch_size)
            res.notes.append(f"components ({label}): " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))

    for w in dask_workers or []:
        say(f"Dask engine with {w} worker(s)…")
        res.scaling.append(_dask_run(paths, arts, repeat, w, dask_part_size, prefilter, classifier))
    return res


def component_times(nlp: Any, texts: list[str], *, batch_size: int = 32) -> dict[str, float]:
    """Seconds per pipeline component (and the tokenizer) over ``texts``, one component at a
    time, after a first untimed pass that warms every cache."""
    out: dict[str, float] = {}
    for timed in (False, True):
        t = time.perf_counter()
        docs = [nlp.make_doc(x) for x in texts]
        if timed:
            out["tokenizer"] = time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            if timed:
                out[name] = time.perf_counter() - t
    return out


def _dask_run(paths: list[str], arts: list[Article], repeat: int, workers: int, part_size: int,
              prefilter: bool, classifier: Any) -> dict[str, Any]:
    """Time the Dask engine on the corpus (Parquet only, no store), excluding cluster start."""
    from .dask_engine import ingest_dask

    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        src = Path(tmp) / "corpus.jsonl"
        _write_jsonl(src, repeated(arts, repeat))
        load_before = os.getloadavg()[0]
        with CpuTracker() as cpu:
            rep = ingest_dask([str(src)], workers=workers, out=str(Path(tmp) / "out"), part_size=part_size,
                              coder_options={"prefilter": prefilter, "classifier": classifier},
                              on_start=cpu.mark, on_progress=lambda r: cpu.mark_end())
        load_after = os.getloadavg()[0]
    secs = rep.coding_seconds
    return {"workers": workers, "articles": rep.articles_coded, "seconds": secs,
            "rate": rep.articles_coded / secs if secs else 0.0, "startup": rep.startup_seconds,
            "load_before": load_before, "load_after": load_after, "events": rep.events,
            "cpu_use": cpu.used() / (secs * workers) if secs else 0.0}


def _write_jsonl(path: Path, articles: Iterator[Article]) -> None:
    import json

    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "title": a.title,
                                 "date": a.report_date.isoformat() if a.report_date else None}) + "\n")


__all__ = ["BenchResult", "PeakRSS", "run_bench"]
