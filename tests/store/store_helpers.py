"""Helpers for the store tests: hand-built events (no spaCy model) and table dumps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from detente.events.cameo import lookup
from detente.store.schema import TABLES

CORPUS = Path(__file__).resolve().parents[2] / "src" / "detente" / "data" / "corpus"


def corpus_paths() -> list[str]:
    return sorted(str(p) for p in CORPUS.glob("*.txt"))


def actor(text: str, start: int, code: str | None, country: str | None = None, sector: str | None = None) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text), "code": code,
            "country": country if country is not None else (code[:3] if code else None), "sector": sector, "name": None}


def event(text: str, src: tuple[str, str | None], tgt: tuple[str, str | None] | None, cameo: str, when: str | None,
          precision: str = "day", *, report: str | None = None, sentence_index: int = 0, trigger: str | None = None,
          negated: bool = False, modality: str = "asserted", reciprocal: bool = False,
          group: str | None = None) -> dict[str, Any]:
    """An Event.to_dict() for an actor pair found in ``text`` (offsets computed from the words)."""
    c = lookup(cameo)
    s = actor(src[0], text.index(src[0]), src[1])
    t = actor(tgt[0], text.index(tgt[0]), tgt[1]) if tgt else None
    trig = trigger or text.split()[1]
    return {
        "article_id": "x", "report_date": report, "sentence_index": sentence_index, "sentence": text,
        "source": s, "target": t, "cameo": c.code, "cameo_root": c.root, "goldstein": c.goldstein,
        "quad_class": c.quad_class, "plover": c.plover or "", "plover_mode": c.plover_mode,
        "event_date": when or report, "date_precision": precision if when else "report",
        "trigger": {"text": trig, "start": text.index(trig), "end": text.index(trig) + len(trig)},
        "negated": negated, "modality": modality, "location": None, "confidence": 0.7, "coder": "test",
        "reciprocal": reciprocal, "group": group, "contexts": [],
    }


def article(aid: str, text: str, date: str, events: list[dict[str, Any]], **extra: Any) -> tuple[dict[str, Any], list]:
    return {"id": aid, "text": text, "report_date": date, **extra}, events


def small_pairs() -> list[tuple[dict[str, Any], list]]:
    """Five articles about two dyads: expulsions reported three times, a call, a strike, a threat."""
    t1 = "Canada expelled a Chinese diplomat on Monday."
    t2 = "Ottawa expelled Beijing's envoy this week, and China protested."
    t3 = "China expelled a Canadian consul on Tuesday."
    t4 = "Wang and Joly held talks by phone."
    t5 = "Russia attacked Ukraine's grid with drones. Moscow threatened Kyiv again."
    return [
        article("a1", t1, "2023-05-09", [event(t1, ("Canada", "CAN"), ("a Chinese diplomat", "CHNGOV"), "161", "2023-05-08")],
                url="https://www.example.com/a1", source="Example News"),
        article("a2", t2, "2023-05-10", [
            event(t2, ("Ottawa", "CANGOV"), ("Beijing's envoy", "CHNGOV"), "161", None, report="2023-05-10"),
            event(t2, ("China", "CHN"), ("Ottawa", "CANGOV"), "140", None, report="2023-05-10", trigger="protested"),
        ]),
        article("a3", t3, "2023-05-10", [event(t3, ("China", "CHN"), ("a Canadian consul", "CANGOV"), "161", "2023-05-09")]),
        article("a4", t4, "2024-01-12", [
            event(t4, ("Wang", "CHNGOV"), ("Joly", "CANGOV"), "040", "2024-01-11", reciprocal=True, group="g1",
                  trigger="talks"),
            event(t4, ("Joly", "CANGOV"), ("Wang", "CHNGOV"), "040", "2024-01-11", reciprocal=True, group="g1",
                  trigger="talks"),
        ]),
        article("a5", t5, "2024-08-27", [
            event(t5, ("Russia", "RUS"), ("Ukraine", "UKR"), "190", "2024-08-26"),
            event(t5, ("Moscow", "RUSGOV"), ("Kyiv", "UKRGOV"), "138", "2024-08-27", sentence_index=1,
                  trigger="threatened"),
        ]),
    ]


def dump(path: str | Path) -> dict[str, list[str]]:
    """Every table's rows (sorted, as text) without run timestamps, for comparing two databases."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for table in (*TABLES, "meta"):
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "ingested_at"]
            out[table] = sorted(repr(r) for r in con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall())
        return out
    finally:
        con.close()
