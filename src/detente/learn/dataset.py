"""Training rows for the classifier, built from three sources:

- ``plv_train.jsonl``: sentences with a marked pair and its PLOVER type (the gold rows; the only
  ones cross-validation evaluates on).
- ``synthetic_plover.jsonl``: machine-written stories with one document-level type. We keep the
  lead sentence, mark its first two named actors (people, organisations, places, nationalities)
  as source and target, and give the story's type. Noisy; training only.
- the sample corpus shipped with detente: the lexicon coder's own events (weak labels). Their
  hint is blanked, since the hint *is* their label.
- the *other* pairs in plv_train sentences: the lexicon coder's events on a pair that is not the
  gold one ("Ukraine accused Russia of shelling Kharkiv": gold Ukraine -> Russia ACCUSE, other
  Russia -> Kharkiv ASSAULT). Weak labels with the hint blanked, like the corpus rows. They teach
  the model to type the marked pair rather than the sentence's main event. Each carries its
  sentence's id as ``parent``, so cross-validation keeps it out of training while that sentence
  is being tested.
- sentences of the synthetic stories where the lexicon finds pairs of two or more types ("X
  accused Y of attacking Z"): every such pair, weak labels with the hint blanked (``multi_pair_rows``).

Each row also carries the lexicon's hint for its pair (``Coder.classify``). A bad record gives a
DT905 message naming it and is skipped; the build goes on.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors
from .features import NO_HINT, hint_text
from .labels import LABELS, to_label

ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP")
Row = dict[str, Any]


def warn_stderr(msg: str) -> None:
    """The default place for a skipped record's message: standard error, so standard output
    keeps only results (``detente eval --json``)."""
    print(msg, file=sys.stderr)


def read_jsonl(path: Path, *, warn: Callable[[str], None] = warn_stderr, missing: str = Errors.DT904,
               keep_places: bool = False) -> list[Any]:
    """The JSON objects of a JSON Lines file, in order. A line that is not a JSON object is
    reported (naming file and line) and left out, or with ``keep_places`` stands as None, so
    that positions in the file (plv_train's halves) stay as they are; blank lines are skipped.
    ``missing``: the error when the file is not there."""
    if not path.exists():
        raise DetenteError(missing.format(path=path))
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            warn(Errors.DT907.format(where=f"{path.name}:{n}", detail=exc))
            record = None
        else:
            if not isinstance(record, dict):
                warn(Errors.DT907.format(where=f"{path.name}:{n}", detail=f"a {type(record).__name__}"))
                record = None
        if record is not None or keep_places:
            out.append(record)
    return out


def plv_row(r: dict[str, Any], n: int) -> Row:
    """The gold row of one plv_train record (``n``: its line, which names a row without an id).
    ValueError or TypeError, saying what is wrong, when the record cannot be used."""
    try:
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            raise ValueError("no text")
        spans = {}
        for side in ("source", "target"):
            try:
                spans[side] = (int(r[side]["start"]), int(r[side]["end"]))
            except (KeyError, TypeError, ValueError):
                raise ValueError(f"no {side} span with start and end") from None
        label = to_label(r["plover"])
    except KeyError as exc:
        raise ValueError(f"no {exc.args[0]}") from None
    for side, (s, e) in spans.items():
        if not (0 <= s < e <= len(text)):
            raise ValueError(f"{side} span {(s, e)} outside the text")
    return {"id": r.get("id", f"plv-{n}"), "group": "plv", "text": text, "source": spans["source"],
            "target": spans["target"], "label": label, "weight": 1.0}


def plv_rows(records: Iterable[dict[str, Any] | None], *, warn: Callable[[str], None] = print) -> list[Row]:
    """Gold rows: one marked pair each (``plv_row``). Bad records are reported and skipped; a
    None (a line ``read_jsonl(keep_places=True)`` could not read, reported there) is skipped and
    counted, so a row without an id is named by its line as ``eval.cv_score.plv_order`` names it."""
    out = []
    for n, r in enumerate(records, 1):
        if r is None:
            continue
        try:
            out.append(plv_row(r, n))
        except (TypeError, ValueError) as exc:
            warn(Errors.DT905.format(where=f"plv_train:{n}", detail=exc))
    return out


def synthetic_rows(records: list[dict[str, Any]], nlp: Any, *, per_type: int = 100, seed: int = 13,
                   warn: Callable[[str], None] = print) -> list[Row]:
    """Lead sentences of synthetic stories, at most ``per_type`` per type, pair = first two actors."""
    rng = random.Random(seed)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, r in enumerate(records, 1):
        try:
            by_type[to_label(r["plover"])].append(r)
        except (KeyError, TypeError, ValueError) as exc:
            warn(Errors.DT905.format(where=f"synthetic:{n}", detail=exc))
    chosen: list[tuple[str, dict[str, Any]]] = []
    for lab in sorted(by_type):
        rs = by_type[lab]
        rng.shuffle(rs)
        chosen += [(lab, r) for r in rs[: per_type * 2]]  # spare ones: some have no pair
    leads = [str(r.get("text", "")).strip().split("\n")[0][:600] for _, r in chosen]
    kept: Counter[str] = Counter()
    out = []
    for (lab, r), doc in zip(chosen, nlp.pipe(leads, batch_size=64)):
        if kept[lab] >= per_type:
            continue
        sent = next(iter(doc.sents), None)
        if sent is None:
            continue
        ents = [e for e in sent.ents if e.label_ in ACTOR_ENTS]
        pair = _first_pair(ents)
        if pair is None:
            continue
        a, b = pair
        s0 = sent.start_char
        out.append({"id": r.get("id", ""), "group": "synthetic", "text": sent.text,
                    "source": (a.start_char - s0, a.end_char - s0), "target": (b.start_char - s0, b.end_char - s0),
                    "label": lab, "weight": 0.5})
        kept[lab] += 1
    return out


def _first_pair(ents: list[Any]) -> tuple[Any, Any] | None:
    for i, a in enumerate(ents):
        for b in ents[i + 1:]:
            if b.text.lower() != a.text.lower():
                return a, b
    return None


Pair = tuple[tuple[int, int], tuple[int, int]]


def _labelled_pair(ev: Any, start: int, length: int) -> Pair | None:
    """An event's (source, target) spans counted from ``start``, when it is an asserted, typed act
    on a target and both spans fall within ``length`` characters; otherwise None."""
    if ev.target is None or not ev.plover or ev.negated or start < 0:
        return None
    pair = ((ev.source.start - start, ev.source.end - start), (ev.target.start - start, ev.target.end - start))
    return pair if all(0 <= a < b <= length for a, b in pair) else None


def corpus_rows(coder: Any, paths: list[str]) -> list[Row]:
    """The lexicon coder's events on the sample corpus, as weak labels (one per sentence and pair)."""
    from ..readers import read_articles

    out, seen = [], set()
    for art, events in coder.code_articles(read_articles(paths)):
        for ev in events:
            pair = _labelled_pair(ev, art.text.find(ev.sentence), len(ev.sentence))
            if pair is None:
                continue
            src, tgt = pair
            key = (art.id, ev.sentence_index, src, tgt)
            if key in seen:
                continue
            seen.add(key)
            out.append({"id": f"{art.id}:{ev.sentence_index}", "group": "corpus", "text": ev.sentence,
                        "source": src, "target": tgt, "label": to_label(ev.plover), "weight": 0.5,
                        "hint": NO_HINT})
    return out


def other_pair_rows(coder: Any, plv: list[Row]) -> list[Row]:
    """The lexicon's events on pairs other than the gold one in each plv sentence (weak labels)."""
    out = []
    for r in plv:
        gold = (tuple(r["source"]), tuple(r["target"]))
        seen = set()
        for ev in coder.code(r["text"]):
            pair = _labelled_pair(ev, 0, len(r["text"]))
            # Only pairs that are plainly another pair: neither actor overlaps its gold role.
            if pair is None or _overlaps(pair[0], gold[0]) or _overlaps(pair[1], gold[1]) or pair in seen:
                continue
            seen.add(pair)
            out.append({"id": f"{r['id']}/{len(seen)}", "parent": r["id"], "group": "plv_other",
                        "text": r["text"], "source": pair[0], "target": pair[1], "label": to_label(ev.plover),
                        "weight": 0.5, "hint": NO_HINT})
    return out


def multi_pair_rows(coder: Any, records: list[dict[str, Any]], *, limit: int = 600, seed: int = 13,
                    warn: Callable[[str], None] = print) -> list[Row]:
    """Pairs from synthetic-story sentences in which the lexicon finds two or more event types."""
    rng = random.Random(seed)
    order = list(range(len(records)))
    rng.shuffle(order)
    out: list[Row] = []
    for n in order:
        if len(out) >= limit:
            break
        r = records[n]
        try:
            events = coder.code(str(r["text"]))
        except (KeyError, TypeError, ValueError) as exc:
            warn(Errors.DT905.format(where=f"synthetic:{n + 1}", detail=exc))
            continue
        by_sentence: dict[str, dict[Pair, str]] = defaultdict(dict)
        starts: dict[str, int] = {}
        for ev in events:
            start = starts.setdefault(ev.sentence, str(r["text"]).find(ev.sentence))
            pair = _labelled_pair(ev, start, len(ev.sentence))
            if pair is not None:
                by_sentence[ev.sentence].setdefault(pair, to_label(ev.plover))
        for i, (sent, pairs) in enumerate(by_sentence.items()):
            if len(set(pairs.values())) < 2:
                continue
            for j, ((src, tgt), lab) in enumerate(pairs.items()):
                out.append({"id": f"{r.get('id', n + 1)}:{i}/{j}", "group": "multi", "text": sent,
                            "source": src, "target": tgt, "label": lab, "weight": 0.5, "hint": NO_HINT})
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def add_hints(coder: Any, rows: list[Row], *, progress: Callable[[int, int], None] | None = None) -> None:
    """The lexicon's answer for each row's pair, as the hint the classifier reads."""
    for i, r in enumerate(rows):
        if "hint" not in r:
            c = coder.lexicon_classify(r["text"], source=tuple(r["source"]), target=tuple(r["target"]))
            r["hint"] = hint_text(c.plover if c.cameo else None, c.trigger.text if c.trigger else None)
            r["lexicon"] = {"plover": to_label(c.plover) if c.cameo else None, "confidence": c.confidence}
        if progress and (i + 1) % 200 == 0:
            progress(i + 1, len(rows))


def build_rows(coder: Any, data: Path, *, synthetic_per_type: int = 100, corpus: bool = True,
               other_pairs: bool = True, multi_pairs: int = 200, warn: Callable[[str], None] = print,
               progress: Callable[[str], None] = print) -> list[Row]:
    """All training rows with hints: plv_train, its other pairs, synthetic leads and multi-type
    sentences, the sample corpus."""
    rows = plv_rows(read_jsonl(data / "plv_train.jsonl", warn=warn, keep_places=True), warn=warn)
    progress(f"plv_train: {len(rows)} rows")
    if other_pairs:
        other = other_pair_rows(coder, rows)
        progress(f"plv_train other pairs: {len(other)} weak-label events")
        rows += other
    syn_path = data / "synthetic_plover.jsonl"
    if synthetic_per_type and syn_path.exists():
        syn = synthetic_rows(read_jsonl(syn_path), coder.nlp, per_type=synthetic_per_type, warn=warn)
        progress(f"synthetic_plover: {len(syn)} lead sentences with a pair")
        rows += syn
    if multi_pairs and syn_path.exists():
        multi = multi_pair_rows(coder, read_jsonl(syn_path), limit=multi_pairs, warn=warn)
        progress(f"synthetic_plover: {len(multi)} pairs from sentences with several event types")
        rows += multi
    if corpus:
        from ..data import DATA_DIR

        paths = sorted(str(p) for p in (DATA_DIR / "corpus").glob("*.txt"))
        cor = corpus_rows(coder, paths)
        progress(f"sample corpus: {len(cor)} weak-label events")
        rows += cor
    add_hints(coder, rows, progress=lambda i, n: progress(f"  lexicon hints {i}/{n}"))
    bad = [r for r in rows if r["label"] not in LABELS]
    if bad:
        raise DetenteError(Errors.DT905.format(where=bad[0]["id"], detail=f"label {bad[0]['label']}"))
    return rows


def save_rows(rows: list[Row], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def load_rows(path: Path) -> list[Row]:
    rows = read_jsonl(path)
    for r in rows:
        r["source"], r["target"] = tuple(r["source"]), tuple(r["target"])
    return rows
