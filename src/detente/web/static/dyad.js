/* Dyad page and report: draw the chart, and on a click list the events of that period.
 * The page config sits in <script type="application/json" id="dyad-data"> (not executed). */
"use strict";
(function () {
  const cfgNode = document.getElementById("dyad-data");
  if (!cfgNode) return;
  const cfg = JSON.parse(cfgNode.textContent);
  const chart = document.getElementById("chart");
  const list = document.getElementById("evidence");
  const caption = document.getElementById("evidence-caption");
  const cache = {};

  async function eventsFor(period) {
    if (cfg.embedded) return cfg.embedded[period] || [];
    if (cache[period]) return cache[period];
    const url = new URL(cfg.events_url, window.location.href);
    for (const [k, v] of Object.entries(cfg.query || {})) {
      if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
    }
    url.searchParams.set("period", period);
    url.searchParams.set("freq", cfg.freq);
    const resp = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!resp.ok) throw new Error("HTTP " + resp.status);
    const body = await resp.json();
    cache[period] = body.events || [];
    return cache[period];
  }

  async function show(period, eventId) {
    caption.textContent = "Loading events of " + period + "\u2026";
    try {
      const events = await eventsFor(period);
      const shown = events.length;
      caption.textContent = period + ": " + shown + " event" + (shown === 1 ? "" : "s") +
        (cfg.embedded ? "" : (shown >= cfg.page_size ? " (first " + cfg.page_size + ")" : ""));
      window.detente.renderEvents(list, events, { articleBase: cfg.article_base, empty: "No events in this period." });
      if (eventId !== null && eventId !== undefined) {
        for (const li of list.children) {
          if (li.dataset.eventId === String(eventId)) {
            li.classList.add("focus");
            li.scrollIntoView({ block: "nearest" });
          }
        }
      }
      list.dataset.period = period;
    } catch (err) {
      caption.textContent = "Could not load the events of " + period + ": " + err.message;
    }
  }

  Plotly.newPlot(chart, cfg.figure.data, cfg.figure.layout, { displaylogo: false, responsive: true }).then(function () {
    chart.dataset.ready = "1";
  });
  chart.on("plotly_click", function (ev) {
    if (!ev || !ev.points || !ev.points.length) return;
    const cd = ev.points[0].customdata;
    if (Array.isArray(cd)) show(String(cd[0]), cd[1]);
    else if (cd !== undefined && cd !== null) show(String(cd), null);
  });
  /* Keyboard and test access: the period list under the chart does the same as a click. */
  for (const btn of document.querySelectorAll("button[data-period]")) {
    btn.addEventListener("click", function () { show(btn.dataset.period, null); });
  }
})();
