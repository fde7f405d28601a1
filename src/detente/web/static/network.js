/* Overview: the network of country pairs; a click on a pair opens its dyad page. */
"use strict";
(function () {
  const cfgNode = document.getElementById("network-data");
  if (!cfgNode) return;
  const cfg = JSON.parse(cfgNode.textContent);
  const node = document.getElementById("network");
  const fig = cfg.figure || cfg;
  Plotly.newPlot(node, fig.data, fig.layout, { displaylogo: false, responsive: true }).then(function () {
    node.dataset.ready = "1";
  });
  node.on("plotly_click", function (ev) {
    if (!ev || !ev.points || !ev.points.length) return;
    const cd = ev.points[0].customdata;
    if (Array.isArray(cd) && cd.length === 2 && /^[A-Za-z0-9]+$/.test(cd[0]) && /^[A-Za-z0-9]+$/.test(cd[1])) {
      window.location.href = "/dyad/" + encodeURIComponent(cd[0]) + "/" + encodeURIComponent(cd[1]);
    } else if (typeof cd === "string" && /^[A-Za-z0-9]+$/.test(cd)) {
      window.location.href = "/actor/" + encodeURIComponent(cd);
    }
  });
})();
