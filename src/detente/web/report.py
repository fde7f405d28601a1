"""``detente report A B -o report.html``: one self-contained HTML file, no server needed.

The file inlines the stylesheet, plotly.js (from the plotly package), the page scripts and
the data: the same chart as the dyad page, and for every period its events with evidence
(clickable in the chart, and listed in full below it). Its Content-Security-Policy allows
exactly the inlined scripts, by hash, so text from articles can never run as script.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..errors import Errors, WebError
from . import queries as q
from .app import STATIC, plotly_js_dir
from .templating import env

SCRIPTS = ("plotly.min.js", "evidence.js", "dyad.js")


def _asset(name: str) -> str:
    path = plotly_js_dir() / name if name == "plotly.min.js" else STATIC / name
    text = path.read_text(encoding="utf-8")
    tag = "style" if name.endswith(".css") else "script"
    if re.search(rf"</{tag}", text, re.I):  # would end the inline element early
        raise WebError(Errors.DT807.format(path=name, detail=f"the asset contains </{tag}>"), 500)
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def build_report(store: Any, a: str, b: str, *, freq: str = "month", start: str | None = None,
                 end: str | None = None, direction: str = "both", per_period: int = q.REPORT_PER_PERIOD) -> str:
    """The report for dyad ``a``–``b`` as one HTML string."""
    a, b = q.check_code(a), q.check_code(b)
    f = q.DyadFilters(freq=freq, start=start, end=end, direction=direction).checked()
    view = q.dyad_view(store, a, b, f)
    # One query for the whole dyad, split by period as a click on the page would ask for them.
    evs = q.events(store, limit=q.REPORT_MAX_EVENTS, **q.event_kwargs(a, b, f))
    q.assign_periods(evs, view["series"], f.freq)
    by_period: dict[str, list[dict[str, Any]]] = {str(r["period"]): [] for r in view["series"]}
    for ev in evs:
        bucket = by_period.get(str(ev.get("_period")))
        if bucket is not None and len(bucket) < per_period:
            bucket.append(ev)
    total = sum(r.get("events") or 0 for r in view["series"])
    config = view["config"]
    config.update(events_url=None, article_base=None, embedded={p: q.json_events(v) for p, v in by_period.items()},
                  page_size=per_period)
    scripts = {name: _asset(name) for name in SCRIPTS}
    csp = ("default-src 'none'; script-src " + " ".join(_sha256(s) for s in scripts.values())
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    context = {**view, "report": True, "by_period": by_period, "total": total,
               "inline": {"css": Markup(_asset("app.css")), "js": {k: Markup(v) for k, v in scripts.items()}},
               "report_csp": csp, "store_name": _store_name(store),
               "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    return env.get_template("report.html").render(**context)


def _store_name(store: Any) -> str:
    path = getattr(store, "path", None)
    return Path(str(path)).name if path else "in memory"


def write_report(store: Any, a: str, b: str, output: str | os.PathLike[str], **options: Any) -> Path:
    """Build the report and write it to ``output``; returns the path written."""
    html = build_report(store, a, b, **options)
    out = Path(output)
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise WebError(Errors.DT807.format(path=out, detail=exc.strerror or exc), 500) from exc
    return out
