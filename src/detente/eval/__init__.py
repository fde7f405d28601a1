"""Evaluation against the data in ../shared/data (never shipped with detente).

- actors.jsonl: country and sector accuracy of the actor coder on actor strings.
- plv_train.jsonl: PLOVER type given the marked pair (through ``Coder.classify``) and
  end-to-end pair recall (``Coder.code`` finds an event on the marked pair, with the right type).

Rows with an even index form the *dev* half (the only half whose errors we read while
writing lexicons); the odd rows are the *held-out* half. Both are reported.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors
from ..learn.dataset import plv_row, read_jsonl, warn_stderr
from .metrics import confusion, macro_f1

YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def _load(path: Path, warn: Callable[[str], None] = warn_stderr, keep_places: bool = False) -> list[Any]:
    """The records of an evaluation file; a line that is not a JSON object is reported and left
    out (with ``keep_places``: None in its place)."""
    return read_jsonl(path, warn=warn, missing=Errors.DT104, keep_places=keep_places)


def _plv_problem(r: dict[str, Any], n: int) -> str | None:
    """What is wrong with a plv_train record (the checks training makes, ``plv_row``), or None."""
    try:
        plv_row(r, n)
    except (TypeError, ValueError) as exc:
        return str(exc)
    return None


def eval_actors(coder: Any, rows: list[dict[str, Any] | None], warn: Callable[[str], None] = warn_stderr) -> dict[str, Any]:
    """Country and sector accuracy; ``rows`` in file order (None: a line already reported)."""
    from ..actors.coding import ArticleMemory

    c_ok = c_n = s_ok = s_n = 0
    misses = []
    for n, r in enumerate(rows, 1):
        if r is None:
            continue  # a line that is no JSON object, named by _load
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            warn(Errors.DT105.format(where=f"actors:{n}", detail="no text"))
            continue
        doc = coder.nlp(r["text"].strip())
        head = _phrase_head(doc)
        # The whole string is the actor phrase; the parser only tells its head.
        actor = coder.actor_coder.code_span(doc, 0, len(doc), head, coder.matcher.index(doc), ArticleMemory(), None)
        if r.get("country") is not None:
            c_n += 1
            ok = (actor.country or "") == r["country"]
            c_ok += ok
            if not ok:
                misses.append((r["text"], r["country"], actor.country))
        if r.get("sector") is not None:
            s_n += 1
            s_ok += (actor.sector or "") == r["sector"]
    return {"country_accuracy": c_ok / c_n if c_n else 0.0, "country_n": c_n,
            "sector_accuracy": s_ok / s_n if s_n else 0.0, "sector_n": s_n, "country_misses": misses}


def _phrase_head(doc):  # type: ignore[no-untyped-def]
    """The head of a noun phrase: its last noun before any preposition or comma."""
    nouns = []
    for t in doc:
        if t.pos_ == "ADP" or t.text == ",":
            break
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            nouns.append(t)
    return nouns[-1] if nouns else next(iter(doc.sents)).root


def plover_rows(coder: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per row: the gold type, the type ``classify`` gives, and whether ``code`` found the pair."""
    out = []
    for r in rows:
        s, t = r["source"], r["target"]
        t0 = time.perf_counter()
        c = coder.classify(r["text"], source=(s["start"], s["end"]), target=(t["start"], t["end"]))
        t1 = time.perf_counter()
        hit, named = pair_found(coder.code(r["text"]), r["text"], s, t, r["plover"])
        out.append({"gold": r["plover"], "pred": YIELD.get(c.plover, c.plover), "hit": hit, "hit_named": named,
                    "t_classify": t1 - t0, "t_code": time.perf_counter() - t1})
    return out


def pair_found(events: list[Any], text: str, s: dict[str, int], t: dict[str, int], label: str) -> tuple[bool, bool]:
    """Is there an event of type ``label`` from the gold source to the gold target? Two answers:
    by mention (each side's span overlaps the gold span: the figure the issue's line is held to),
    and by name (a side may also be another mention of the same name in the sentence, "aid to
    Liberia ... fighting in Liberia", as an argument is scored against any mention of its entity
    in ACE-style evaluation)."""
    def same(a_start: int, a_end: int, span: dict[str, int]) -> tuple[bool, bool]:
        if _overlap(a_start, a_end, span):
            return True, True
        return False, _name(text[a_start:a_end]) == _name(text[span["start"]:span["end"]])

    mention = named = False
    for ev in events:
        if ev.target is None or YIELD.get(ev.plover, ev.plover) != label:
            continue
        (sm, sn), (tm, tn) = same(ev.source.start, ev.source.end, s), same(ev.target.start, ev.target.end, t)
        mention = mention or sm and tm
        named = named or sn and tn
    return mention, named


def _name(span: str) -> str:
    words = span.strip().lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def score_plover(res: list[dict[str, Any]]) -> dict[str, Any]:
    gold = [r["gold"] for r in res]
    pred = [r["pred"] for r in res]
    labels = sorted(set(gold))
    n = max(1, len(res))
    return {
        "n": len(res),
        "accuracy": sum(g == p for g, p in zip(gold, pred)) / n,
        "macro_f1": macro_f1(gold, pred, labels),
        "pair_recall": sum(r["hit"] for r in res) / n,
        "pair_recall_named": sum(r.get("hit_named", r["hit"]) for r in res) / n,
        "predicted": dict(Counter(pred)),
        "confusion": confusion(gold, pred, labels),
        "ms_per_sentence_classify": 1000 * sum(r["t_classify"] for r in res) / n,
        "ms_per_sentence_code": 1000 * sum(r["t_code"] for r in res) / n,
    }


def plover_hit(coder: Any, row: dict[str, Any]) -> bool:
    """Does ``coder.code`` find an event on the row's marked pair (spans overlap) with its type?
    ``row``: a training row of ``detente.learn`` (text, source/target (start, end), label)."""
    return plover_hits(coder, row)[0]


def plover_hits(coder: Any, row: dict[str, Any]) -> tuple[bool, bool]:
    """``plover_hit`` by mention and by name (``pair_found``)."""
    s = {"start": row["source"][0], "end": row["source"][1]}
    t = {"start": row["target"][0], "end": row["target"][1]}
    return pair_found(coder.code(row["text"]), row["text"], s, t, row["label"])


def _overlap(a: int, b: int, span: dict[str, int]) -> bool:
    return a < span["end"] and span["start"] < b


def run_eval(coder: Any, data: Path, *, split: str = "all", limit: int | None = None,
             warn: Callable[[str], None] = warn_stderr) -> dict[str, Any]:
    """``warn``: where a skipped record is reported (stderr by default). The halves are taken by
    position among the file's records before bad ones are left out, so a bad record moves no row
    to the other half."""
    actors = eval_actors(coder, _load(data / "actors.jsonl", warn, keep_places=True), warn)
    plv = _load(data / "plv_train.jsonl", warn, keep_places=True)
    if limit:
        plv = plv[:limit]
    if split not in ("all", "dev", "heldout"):
        raise DetenteError(f"[DT602] Unknown split {split!r}: use all, dev or heldout.")
    good: list[dict[str, Any] | None] = []
    for n, r in enumerate(plv, 1):
        problem = None if r is None else _plv_problem(r, n)  # a line that is no JSON object was named by _load
        if problem:
            warn(Errors.DT105.format(where=f"plv_train:{r.get('id', n)}", detail=problem))
        good.append(None if r is None or problem else r)
    halves = {"all": good, "dev": good[0::2], "heldout": good[1::2]}
    scored = iter(plover_rows(coder, [r for r in halves[split] if r is not None]))
    rows = [None if r is None else next(scored) for r in halves[split]]
    results = {split: score_plover([r for r in rows if r is not None])}
    if split == "all":
        results["dev"] = score_plover([r for r in rows[0::2] if r is not None])
        results["heldout"] = score_plover([r for r in rows[1::2] if r is not None])
    lines = [f"actors.jsonl: country accuracy {actors['country_accuracy']:.3f} (n={actors['country_n']}), "
             f"sector accuracy {actors['sector_accuracy']:.3f} (n={actors['sector_n']})"]
    for name, r in results.items():
        lines.append(f"plv_train [{name}, n={r['n']}]: type accuracy {r['accuracy']:.3f}, macro-F1 {r['macro_f1']:.3f}, "
                     f"end-to-end pair recall {r['pair_recall']:.3f} (by name {r['pair_recall_named']:.3f}) "
                     f"({r['ms_per_sentence_classify']:.1f} ms/sentence classify, {r['ms_per_sentence_code']:.1f} ms code)")
    return {"actors": actors, "plover": results, "text": "\n".join(lines)}
