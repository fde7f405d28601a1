"""Highlighting from character offsets, with every piece of untrusted text escaped.

Events carry article-level offsets for the trigger and the two actors. ``sentence_marks``
turns them into offsets inside the evidence sentence (the browser then builds the marks
with ``textContent``, never ``innerHTML``); ``highlight_html`` builds the marked-up HTML on
the server, escaping each piece with markupsafe.
"""

from __future__ import annotations

from typing import Any, Iterable

from markupsafe import Markup, escape

# When marks overlap, the higher kind wins the characters they share.
PRIORITY = {"trigger": 3, "source": 2, "target": 1}


def field(row: dict[str, Any], role: str, key: str) -> Any:
    flat = row.get(f"{role}_{key}")
    if flat is not None:
        return flat
    nested = row.get(role)
    return nested.get(key) if isinstance(nested, dict) else None


def event_spans(row: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, text, kind) in article offsets for the trigger, source and target of an event."""
    out = []
    for kind in ("trigger", "source", "target"):
        start, end, text = field(row, kind, "start"), field(row, kind, "end"), field(row, kind, "text")
        if isinstance(start, (int, float)) and isinstance(end, (int, float)) and end > start:
            out.append((int(start), int(end), str(text or ""), kind))
    return out


def locate_sentence(sentence: str, spans: list[tuple[int, int, str, str]]) -> int | None:
    """The article offset where ``sentence`` starts: the one base at which every span's text fits."""
    anchored = [s for s in spans if s[2]]
    if not anchored:
        return None
    start0, _, text0, _ = anchored[0]
    i = sentence.find(text0)
    while i >= 0:
        base = start0 - i
        if all(sentence[s - base:e - base] == t for s, e, t, _ in anchored
               if 0 <= s - base and e - base <= len(sentence)):
            return base
        i = sentence.find(text0, i + 1)
    return None


def sentence_marks(row: dict[str, Any]) -> list[dict[str, Any]]:
    """Marks ``{start, end, kind}`` inside the row's ``sentence`` (empty when they cannot be placed)."""
    sentence = row.get("sentence") or ""
    spans = event_spans(row)
    base = row.get("sentence_start")
    if not isinstance(base, int):
        base = locate_sentence(sentence, spans)
    if base is None:
        return []
    marks = []
    for s, e, _, kind in spans:
        s, e = s - base, e - base
        if 0 <= s < e <= len(sentence):
            marks.append({"start": s, "end": e, "kind": kind})
    return flatten(marks, len(sentence))


def flatten(marks: Iterable[dict[str, Any]], length: int) -> list[dict[str, Any]]:
    """Overlapping marks as sorted, non-overlapping runs; the higher-priority kind wins."""
    marks = list(marks)
    if not marks:
        return []
    points = sorted({0, length} | {m["start"] for m in marks} | {m["end"] for m in marks})
    out: list[dict[str, Any]] = []
    for a, b in zip(points, points[1:]):
        if a >= b or b > length:
            continue
        covering = [m for m in marks if m["start"] <= a and m["end"] >= b]
        if not covering:
            continue
        best = max(covering, key=lambda m: PRIORITY.get(m["kind"], 0))
        extra = {k: v for k, v in best.items() if k not in {"start", "end"}}
        if out and out[-1]["end"] == a and {k: v for k, v in out[-1].items() if k not in {"start", "end"}} == extra:
            out[-1]["end"] = b
        else:
            out.append({"start": a, "end": b, **extra})
    return out


def highlight_html(text: str, marks: Iterable[dict[str, Any]]) -> Markup:
    """``text`` with each mark wrapped in ``<mark class="hl-KIND">``; every piece escaped."""
    marks = flatten(marks, len(text))
    parts: list[Markup] = []
    pos = 0
    for m in marks:
        parts.append(escape(text[pos:m["start"]]))
        title = m.get("title")
        attr = Markup(' title="{}"').format(title) if title else Markup("")
        parts.append(Markup('<mark class="hl-{}"{}>{}</mark>').format(m["kind"], attr, text[m["start"]:m["end"]]))
        pos = m["end"]
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)
