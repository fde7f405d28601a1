"""Plotly figures as plain dicts (the browser draws them with the packaged plotly.js).

``dyad_figure``: the relations index over time (top), the single events as markers by
Goldstein score (middle) and the quad-class counts stacked (bottom), one shared time axis.
Every point carries ``customdata`` = its period label (and event id for markers), which is
what a click sends back. ``network_figure``: country pairs on a circle, edges coloured from
conflict (red) to cooperation (blue). Hover texts are HTML-escaped: plotly reads a few tags.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from .periods import bounds

QUAD_COLOURS = {1: "#74add1", 2: "#4575b4", 3: "#f46d43", 4: "#a50026"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"


def _x(period: Any, freq: str) -> str:
    try:
        return bounds(str(period), freq)[0].isoformat()
    except Exception:
        return str(period)


def dyad_figure(series: list[dict[str, Any]], markers: list[dict[str, Any]], *, freq: str,
                index_label: str = "relations index") -> dict[str, Any]:
    periods = [str(r["period"]) for r in series]
    xs = [_x(p, freq) for p in periods]
    counts = [r.get("events") or 0 for r in series]
    top = max(counts, default=1) or 1
    index_trace = {
        "type": "scatter", "mode": "lines+markers", "name": index_label, "x": xs,
        "y": [r.get("index") for r in series], "customdata": periods, "yaxis": "y",
        "line": {"color": "#1d2430", "width": 2},
        "marker": {"size": [(6 + 14 * math.sqrt(c / top)) if c else 3 for c in counts], "color": "#1d2430"},
        "text": [f"{escape(p)}: {c} events, Goldstein mean {signed(r.get('goldstein_mean'))}"
                 for p, c, r in zip(periods, counts, series)],
        "hovertemplate": "%{text}<br>" + escape(index_label) + " %{y:.2f}<extra></extra>",
    }
    data: list[dict[str, Any]] = [index_trace]
    by_quad: dict[int, list[dict[str, Any]]] = {}
    for ev in markers:
        by_quad.setdefault(int(ev.get("quad_class") or 0), []).append(ev)
    for q in sorted(by_quad):
        evs = by_quad[q]
        data.append({
            "type": "scatter", "mode": "markers", "name": f"events: {QUAD_NAMES.get(q, q)}", "yaxis": "y2",
            "x": [ev.get("event_date") or ev.get("report_date") for ev in evs],
            "y": [ev.get("goldstein") for ev in evs],
            "customdata": [[ev.get("_period"), ev.get("event_id")] for ev in evs],
            "text": [_marker_text(ev) for ev in evs],
            "hovertemplate": "%{text}<extra></extra>",
            "marker": {"color": QUAD_COLOURS.get(q, "#888"), "size": 8, "opacity": 0.75,
                       "line": {"width": 0.5, "color": "#fff"}},
            "legendgroup": f"q{q}", "showlegend": False,
        })
    for q in (1, 2, 3, 4):
        data.append({
            "type": "bar", "name": QUAD_NAMES[q], "x": xs, "y": [r.get(f"quad{q}") or 0 for r in series],
            "customdata": periods, "yaxis": "y3", "marker": {"color": QUAD_COLOURS[q]}, "legendgroup": f"q{q}",
            "hovertemplate": f"%{{customdata}}: %{{y}} {QUAD_NAMES[q]}<extra></extra>",
        })
    layout = {
        "barmode": "stack", "hovermode": "closest", "height": 620, "margin": {"l": 60, "r": 20, "t": 30, "b": 40},
        "font": {"family": FONT, "size": 13}, "paper_bgcolor": "#fff", "plot_bgcolor": "#fff",
        "legend": {"orientation": "h", "y": 1.04},
        "xaxis": {"type": "date", "anchor": "y3", "showgrid": True, "gridcolor": "#eef0f4"},
        "yaxis": {"domain": [0.58, 1.0], "title": {"text": index_label}, "zeroline": True,
                  "zerolinecolor": "#99a", "gridcolor": "#eef0f4"},
        "yaxis2": {"domain": [0.33, 0.53], "title": {"text": "Goldstein"}, "range": [-10.5, 10.5],
                   "zeroline": True, "zerolinecolor": "#99a", "gridcolor": "#eef0f4"},
        "yaxis3": {"domain": [0.0, 0.28], "title": {"text": "events"}, "gridcolor": "#eef0f4"},
    }
    return {"data": data, "layout": layout}


def signed(v: Any) -> str:
    """A score for labels: "+0.47", or "–" when there is none."""
    return f"{v:+.2f}" if isinstance(v, (int, float)) else "–"


def _marker_text(ev: dict[str, Any]) -> str:
    src = ev.get("source_code") or "?"
    tgt = ev.get("target_code") or "?"
    name = ev.get("cameo_name") or ""
    return escape(f"{ev.get('event_date') or ''} {src} → {tgt}: CAMEO {ev.get('cameo', '?')} {name}")


def _edge_colour(score: float | None) -> str:
    """Index -1 (conflict) .. +1 (cooperation) to a red..grey..blue colour."""
    if score is None:
        return "#999999"
    t = max(-1.0, min(1.0, score))
    if t >= 0:
        r, g, b = (int(200 - 131 * t), int(200 - 83 * t), int(200 - 20 * t))
    else:
        r, g, b = (int(200 - 35 * -t), int(200 - 200 * -t), int(200 - 162 * -t))
    return f"#{r:02x}{g:02x}{b:02x}"


def network_figure(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """``pairs``: dicts with ``a``, ``b``, ``events`` and ``score`` (the relations index, -1..1)."""
    nodes = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    pos = {n: (math.cos(2 * math.pi * i / max(len(nodes), 1)), math.sin(2 * math.pi * i / max(len(nodes), 1)))
           for i, n in enumerate(nodes)}
    top = max((p.get("events") or 0 for p in pairs), default=1) or 1
    data: list[dict[str, Any]] = []
    for p in pairs:
        (x0, y0), (x1, y1) = pos[p["a"]], pos[p["b"]]
        data.append({"type": "scatter", "mode": "lines", "x": [x0, x1], "y": [y0, y1], "hoverinfo": "skip",
                     "showlegend": False,
                     "line": {"color": _edge_colour(p.get("score")), "width": 1 + 7 * math.sqrt((p.get("events") or 0) / top)}})
    data.append({
        "type": "scatter", "mode": "markers", "showlegend": False,
        "x": [(pos[p["a"]][0] + pos[p["b"]][0]) / 2 for p in pairs],
        "y": [(pos[p["a"]][1] + pos[p["b"]][1]) / 2 for p in pairs],
        "customdata": [[p["a"], p["b"]] for p in pairs],
        "text": [escape(f"{p['a']}–{p['b']}: {p.get('events') or 0} events, index {signed(p.get('score'))}") for p in pairs],
        "hovertemplate": "%{text}<br>click for the dyad page<extra></extra>",
        "marker": {"size": 10, "color": [_edge_colour(p.get("score")) for p in pairs], "line": {"width": 1, "color": "#fff"}},
    })
    data.append({
        "type": "scatter", "mode": "markers+text", "showlegend": False, "x": [pos[n][0] for n in nodes],
        "y": [pos[n][1] for n in nodes], "text": [escape(n) for n in nodes], "customdata": nodes,
        "textposition": "top center", "hovertemplate": "%{text}: click for the actor page<extra></extra>",
        "marker": {"size": 14, "color": "#1d2430"},
    })
    axis = {"visible": False, "range": [-1.3, 1.3]}
    layout = {"height": 520, "margin": {"l": 10, "r": 10, "t": 10, "b": 10}, "hovermode": "closest",
              "font": {"family": FONT, "size": 12}, "xaxis": axis, "yaxis": {**axis, "scaleanchor": "x"},
              "paper_bgcolor": "#fff", "plot_bgcolor": "#fff"}
    return {"data": data, "layout": layout}
