"""A readable summary of coded events: busiest dyads and their events with evidence."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..types import Article, Event

QUAD_NAMES = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def dyad(ev: Event) -> tuple[str, str] | None:
    """The undirected country pair of an event, or None when it is not between two countries."""
    if ev.target is None or not ev.source.country or not ev.target.country:
        return None
    a, b = ev.source.country, ev.target.country
    if a == b:
        return None
    return (a, b) if a < b else (b, a)


def format_event(ev: Event, *, width: int = 110) -> str:
    tgt = f"{ev.target.code or '?'} ({ev.target.text})" if ev.target else "-"
    flags = "".join([" NEG" if ev.negated else "", f" [{ev.modality}]" if ev.modality != "asserted" else "",
                     " <->" if ev.reciprocal else ""])
    head = (f"  {ev.event_date or '????-??-??'} {ev.date_precision:<6} {ev.source.code or '?'} ({ev.source.text}) "
            f"-> {tgt}  CAMEO {ev.cameo} {ev.plover or 'STATEMENT'}{flags}")
    sent = ev.sentence.replace("\n", " ")
    if len(sent) > width:
        sent = sent[: width - 1] + "…"
    return f"{head}\n      “{sent}”"


def summary(pairs: list[tuple[Article, list[Event]]], *, top: int = 6, seconds: float | None = None) -> str:
    events = [e for _, evs in pairs for e in evs]
    by_dyad: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in events:
        d = dyad(e)
        if d and not e.negated:
            by_dyad[d].append(e)
    lines = [f"Coded {len(pairs)} articles: {len(events)} events, {sum(map(len, by_dyad.values()))} between two countries."]
    if seconds:
        lines[0] += f" ({len(pairs) / seconds:.1f} articles/s)"
    types = Counter(e.plover or "STATEMENT" for e in events)
    lines.append("Event types: " + ", ".join(f"{k} {v}" for k, v in types.most_common()))
    lines.append("")
    lines.append(f"Busiest dyads (top {top}):")
    ranked = sorted(by_dyad.items(), key=lambda kv: -len(kv[1]))[:top]
    for (a, b), evs in ranked:
        quads = Counter(e.quad_class for e in evs)
        g = sum(e.goldstein for e in evs) / len(evs)
        qtxt = ", ".join(f"{QUAD_NAMES[q]} {quads[q]}" for q in sorted(quads))
        lines.append(f"\n{a}–{b}: {len(evs)} events, mean Goldstein {g:+.1f} ({qtxt})")
        for e in sorted(evs, key=lambda e: (e.event_date or "", e.article_id))[:12]:
            lines.append(format_event(e))
        if len(evs) > 12:
            lines.append(f"  … and {len(evs) - 12} more")
    return "\n".join(lines)
