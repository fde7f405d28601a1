"""How the target ranker does on news sentences of our own (src/detente/data/eval/target_news.jsonl).

    .venv/bin/python bench/ranker_news.py                       # the shipped ranker
    .venv/bin/python bench/ranker_news.py --ranker DIR          # another one (detente train-targets --out DIR)

For each part of the file ("choose": the sentences ranker settings were chosen on; "measure": the
ones kept for measuring) it prints, for the marked source's events:
  - pairs found with the right type by the rules alone and with the ranker (gained, lost);
  - the ranker's picks where the sentence marks a target: right (the marked target) or wrong;
  - the ranker's picks where the sentence marks none ("target": null): all wrong;
  - for comparison, the rules' own coded targets on those targetless acts.
Needs no ../shared data. Figures are recorded in docs/EVALUATION.md ("Target ranker").
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from detente import Coder
from detente.data import DATA_DIR
from detente.eval import pair_found


def _overlaps(a, b) -> bool:  # type: ignore[no-untyped-def]
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ranker", default="default", help="ranker folder (default: the shipped one)")
    ap.add_argument("--file", default=str(DATA_DIR / "eval" / "target_news.jsonl"))
    args = ap.parse_args()
    rules, ranked = Coder(ranker=None), Coder(ranker=args.ranker)
    counts: dict[str, Counter] = {}
    with open(args.file, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            r = json.loads(line)
            text, c = r["text"], counts.setdefault(r["part"], Counter())
            s0 = text.index(r["source"])
            src = (s0, s0 + len(r["source"]))
            tgt = None
            if r["target"] is not None:
                t0 = text.index(r["target"])
                tgt = (t0, t0 + len(r["target"]))
            before, after = rules.code(text), ranked.code(text)
            if tgt is not None:
                c["with a target"] += 1
                s, t = {"start": src[0], "end": src[1]}, {"start": tgt[0], "end": tgt[1]}
                hit0 = pair_found(before, text, s, t, r["plover"])[0]
                hit1 = pair_found(after, text, s, t, r["plover"])[0]
                c["found, rules"] += hit0
                c["found, ranker"] += hit1
                c["gained"] += hit1 and not hit0
                c["lost"] += hit0 and not hit1
            else:
                c["without a target"] += 1
                c["rules' coded targets on targetless acts"] += sum(
                    1 for e in before if _overlaps((e.source.start, e.source.end), src) and e.target is not None
                    and (e.target.code or e.target.country))
            for e in after:
                if ":ranked-target:" not in (e.coder or "") or not _overlaps((e.source.start, e.source.end), src):
                    continue
                if tgt is None:
                    c["ranker picks on targetless acts"] += 1
                elif e.target is not None and _overlaps((e.target.start, e.target.end), tgt):
                    c["ranker picks right"] += 1
                else:
                    c["ranker picks wrong"] += 1
    for part, c in counts.items():
        print(f"[{part}]")
        for k in ("with a target", "found, rules", "found, ranker", "gained", "lost", "ranker picks right",
                  "ranker picks wrong", "without a target", "ranker picks on targetless acts",
                  "rules' coded targets on targetless acts"):
            print(f"  {k:42s} {c[k]}")


if __name__ == "__main__":
    main()
