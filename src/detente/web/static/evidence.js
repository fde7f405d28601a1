/* Render events with their evidence sentence, actors and trigger highlighted.
 * Untrusted text (sentences, actor names, titles) only ever goes through textContent;
 * highlight marks are built from offsets with createElement. Never innerHTML. */
"use strict";
window.detente = window.detente || {};

(function (ns) {
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeUrl(url) {
    if (typeof url !== "string") return null;
    return /^https?:\/\//i.test(url) ? url : null;
  }

  function actor(ev, role) {
    const code = ev[role + "_code"] || (ev[role] && ev[role].code) || "?";
    const text = ev[role + "_text"] || (ev[role] && ev[role].text) || "";
    return text ? code + " (" + text + ")" : code;
  }

  /* The sentence as text nodes and <mark> elements from [{start, end, kind}] marks. */
  function sentence(ev) {
    const p = el("p", "sentence");
    const text = ev.sentence || "";
    let pos = 0;
    for (const m of ev.marks || []) {
      if (m.start < pos || m.end > text.length) continue;
      p.appendChild(document.createTextNode(text.slice(pos, m.start)));
      const mark = el("mark", "hl-" + String(m.kind).replace(/[^a-z]/g, ""), text.slice(m.start, m.end));
      mark.title = m.kind;
      p.appendChild(mark);
      pos = m.end;
    }
    p.appendChild(document.createTextNode(text.slice(pos)));
    return p;
  }

  /* One <li> per event. opts.articleBase: link prefix for the article page (null in reports). */
  ns.renderEvents = function (list, events, opts) {
    opts = opts || {};
    list.replaceChildren();
    if (!events.length) {
      list.appendChild(el("li", "muted", opts.empty || "No events."));
      return;
    }
    for (const ev of events) {
      const li = el("li", "q" + (parseInt(ev.quad_class, 10) || 0));
      li.dataset.eventId = ev.event_id === undefined ? "" : String(ev.event_id);
      const head = el("div", "head");
      const date = ev.event_date || ev.report_date || "no date";
      head.appendChild(el("span", null, date + "  "));
      head.appendChild(el("strong", null, actor(ev, "source")));
      head.appendChild(el("span", null, " \u2192 "));
      head.appendChild(el("strong", null, actor(ev, "target")));
      const code = "  CAMEO " + (ev.cameo || "?") + (ev.cameo_name ? " " + ev.cameo_name : "") +
        (ev.plover ? " \u00b7 " + ev.plover : "") + (ev.negated ? " \u00b7 NEGATED" : "") +
        (ev.modality && ev.modality !== "asserted" ? " \u00b7 " + ev.modality : "");
      head.appendChild(el("span", null, code));
      li.appendChild(head);
      li.appendChild(sentence(ev));
      const foot = el("div", "head");
      const title = ev.title || ev.article_id || "article";
      if (opts.articleBase && ev.article_id !== undefined && ev.article_id !== null) {
        const a = el("a", null, title);
        a.href = opts.articleBase + encodeURIComponent(String(ev.article_id));
        foot.appendChild(a);
      } else {
        foot.appendChild(el("span", null, title));
      }
      const url = safeUrl(ev.url);
      if (url) {
        foot.appendChild(document.createTextNode("  "));
        const a = el("a", null, "source \u2197");
        a.href = url;
        a.rel = "noopener noreferrer";
        foot.appendChild(a);
      }
      li.appendChild(foot);
      list.appendChild(li);
    }
  };
})(window.detente);
