"""Articles and events as table rows, with ids that come from content, never from counters or clocks.

* ``content_hash(text)``: SHA-256 of the text after Unicode NFC and whitespace collapsing, so
  the same story with different line breaks is the same article.
* event ids: a hash of the article's content hash, the sentence index, the trigger span, both
  actor spans and codes, and the CAMEO code (a counter suffix only when two events of one
  article agree on all of those).
* ``cluster_key``: who (directed dyad, or the unordered pair for reciprocal events), the
  CAMEO root and whether the event is factual; see cluster.py for the grouping rule.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlparse

from ..types import Article, Event

_SPACE = re.compile(r"\s+")
# Country fields that name a kind of actor rather than one country: keep the full code apart.
GENERIC_COUNTRIES = {"IGO", "NGO", "MNC"}
FACTUAL_MODALITIES = {"asserted", "reported"}


def normalise_text(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """The article's identity for de-duplication: 32 hex digits of SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:32]


def _h(*parts: Any, n: int = 16) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def actor_key(country: str | None, code: str | None, text: str | None) -> str:
    """The side of a dyad an actor stands for when grouping events: its country, else its code."""
    if country and country not in GENERIC_COUNTRIES:
        return country
    if code:
        return code
    return "~" + normalise_text(text or "").lower()


def name_key(text: str | None) -> str:
    return normalise_text(text or "").lower()


def cluster_key(row: dict[str, Any]) -> str:
    a = actor_key(row["source_country"], row["source_code"], row["source_text"])
    b = actor_key(row["target_country"], row["target_code"], row["target_text"]) if row["target_text"] is not None else "-"
    kind = "f" if row["factual"] else "n"
    if row["reciprocal"] and b != "-":
        lo, hi = sorted((a, b))
        return f"{lo}<>{hi}|{row['cameo_root']}|{kind}"
    return f"{a}>{b}|{row['cameo_root']}|{kind}"


def publisher(source: str | None, url: str | None) -> str | None:
    if source:
        return source
    if url:
        host = urlparse(url).netloc.lower()
        return host[4:] if host.startswith("www.") else (host or None)
    return None


@dataclass
class Prepared:
    """One article ready to write: its row and its event rows (article id settled at write time)."""

    article: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)


def as_article(obj: Any) -> Article:
    if isinstance(obj, Article):
        return obj
    if isinstance(obj, dict):
        if not isinstance(obj.get("text"), str) or not obj.get("id"):
            raise ValueError("an article needs a string 'text' and an 'id'")
        return Article(id=str(obj["id"]), text=obj["text"], report_date=_date(obj.get("report_date") or obj.get("date")),
                       title=obj.get("title"), url=obj.get("url"), source=obj.get("source"), origin=obj.get("origin"))
    raise ValueError(f"expected an Article or a dict, got {type(obj).__name__}")


def prepare(article: Article, events: list[Event] | list[dict[str, Any]]) -> Prepared:
    """Rows for one coded article. Raises ValueError on a malformed field."""
    text = article.text
    if not isinstance(text, str):
        raise ValueError("article text is not a string")
    chash = content_hash(text)
    report = _date(article.report_date)
    row = {
        "article_id": str(article.id), "content_hash": chash, "title": article.title, "url": article.url,
        "source": article.source, "report_date": report, "origin": article.origin, "text": text,
        "n_chars": len(text), "n_events": len(events),
    }
    out = Prepared(row)
    seen: dict[str, int] = {}
    for ev in events:
        d = ev.to_dict() if isinstance(ev, Event) else ev
        out.events.append(event_row(d, chash, text, report, seen))
    return out


def event_row(d: dict[str, Any], chash: str, text: str, report: date | None, seen: dict[str, int]) -> dict[str, Any]:
    src, tgt, trig, loc = d["source"], d.get("target"), d["trigger"], d.get("location")
    material = (chash, d["sentence_index"], trig["start"], trig["end"], src["start"], src["end"], src.get("code"),
                tgt["start"] if tgt else None, tgt["end"] if tgt else None, tgt.get("code") if tgt else None, d["cameo"])
    eid = _h(*material)
    if eid in seen:  # two events agreeing on everything above: number them in coder order
        seen[eid] += 1
        eid = _h(*material, seen[eid])
    else:
        seen[eid] = 0
    negated = bool(d.get("negated", False))
    modality = d.get("modality") or "asserted"
    row: dict[str, Any] = {
        "event_id": eid, "article_id": None, "cluster_id": None,
        "report_date": _date(d.get("report_date")) or report,
        "sentence_index": int(d["sentence_index"]), "sentence": d["sentence"],
        "sentence_start": _sentence_start(text, d["sentence"], trig["start"]),
        "cameo": str(d["cameo"]), "cameo_root": str(d["cameo_root"]), "goldstein": float(d["goldstein"]),
        "quad_class": int(d["quad_class"]), "plover": d.get("plover") or "", "plover_mode": d.get("plover_mode"),
        "event_date": _date(d.get("event_date")), "date_precision": d.get("date_precision") or "report",
        "trigger_text": trig["text"], "trigger_start": int(trig["start"]), "trigger_end": int(trig["end"]),
        "negated": negated, "modality": modality, "factual": (not negated) and modality in FACTUAL_MODALITIES,
        "location_text": loc["text"] if loc else None, "location_name": loc["name"] if loc else None,
        "location_country": loc["country"] if loc else None,
        "location_lat": loc["lat"] if loc else None, "location_lon": loc["lon"] if loc else None,
        "confidence": float(d.get("confidence", 0.5)), "coder": d.get("coder", ""),
        "reciprocal": bool(d.get("reciprocal", False)), "group_id": d.get("group"),
        "contexts": list(d.get("contexts") or []),
    }
    for side, actor in (("source", src), ("target", tgt)):
        for k in ("text", "start", "end", "code", "country", "sector", "name"):
            row[f"{side}_{k}"] = actor.get(k) if actor else None
        row[f"{side}_actor_id"] = _h(name_key(actor["text"]), actor.get("code")) if actor else None
    row["cluster_key"] = cluster_key(row)
    return row


def _sentence_start(text: str, sentence: str, anchor: int) -> int | None:
    """Where the evidence sentence starts in the article text (the occurrence holding the trigger)."""
    if not sentence:
        return None
    i = text.find(sentence)
    first = i
    while i >= 0:
        if i <= anchor < i + len(sentence):
            return i
        i = text.find(sentence, i + 1)
    return first if first >= 0 else None


def error_row(stage: str, code: str, record: str, message: str, article_id: str | None = None) -> dict[str, Any]:
    return {"error_id": _h(stage, code, record, message), "stage": stage, "code": code, "record": record,
            "message": message, "article_id": article_id}
