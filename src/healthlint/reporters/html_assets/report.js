// healthlint HTML report: tooltips, filters, keyboard navigation between findings, links between conflicting claims.
// The web app (healthlint serve) runs it too: it replaces the findings data and the marked text at each re-lint,
// then sends "healthlint:findings", so handlers are delegated from the document and read the data afresh.
(function () {
  "use strict";
  var byId = {};
  var tip = document.getElementById("tip");
  var hidden = { category: {}, severity: {} };

  function load() {
    byId = {};
    JSON.parse(document.getElementById("findings").textContent).forEach(function (f) { byId[f.id] = f; });
    applyFilters();
  }

  function visible(f) { return !hidden.category[f.category] && !hidden.severity[f.severity]; }
  function idsOf(el) { return (el.getAttribute("data-ids") || "").split(" ").filter(Boolean); }
  function shownFindings(el) { return idsOf(el).map(function (id) { return byId[id]; }).filter(function (f) { return f && visible(f); }); }

  function text(tag, cls, content) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    node.textContent = content;
    return node;
  }

  function showTip(el) {
    var list = shownFindings(el);
    if (!list.length) { hideTip(); return; }
    tip.replaceChildren();
    list.forEach(function (f) {
      tip.appendChild(text("div", "rule", f.rule + " " + f.name + " (" + f.severity + ")"));
      tip.appendChild(text("div", "msg", f.message));
      if (f.category === "contradiction" && f.related.length) {
        tip.appendChild(text("div", "sugg", "Conflicts with line " + f.related[0].line + " (Enter or click to go there)."));
      } else if (f.related.length) {
        tip.appendChild(text("div", "sugg", "Also at " + f.related.length + " other place(s)."));
      }
      if (f.suggestion) tip.appendChild(text("div", "sugg", "Suggestion: " + f.suggestion));
    });
    var box = el.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }
  function hideTip() { tip.hidden = true; }

  function applyFilters() {
    document.querySelectorAll("[data-ids]").forEach(function (el) {
      if (shownFindings(el).length) el.removeAttribute("data-hidden"); else el.setAttribute("data-hidden", "");
    });
    hideTip();
  }

  function partner(el) {
    var own = idsOf(el);
    for (var i = 0; i < own.length; i++) {
      var f = byId[own[i]];
      if (!f || f.category !== "contradiction" || !f.related.length) continue;
      var isRelated = el.classList.contains("related");
      return document.getElementById(isRelated ? f.id : f.related[0].id);
    }
    return null;
  }
  function jump(el) {
    var target = partner(el);
    if (target) { target.focus(); target.scrollIntoView({ block: "center" }); }
  }

  document.addEventListener("mouseover", function (e) { var m = e.target.closest && e.target.closest("mark.hl"); if (m) showTip(m); });
  document.addEventListener("mouseout", function (e) { if (e.target.closest && e.target.closest("mark.hl") && document.activeElement !== e.target) hideTip(); });
  document.addEventListener("focusin", function (e) { if (e.target.matches && e.target.matches("mark.hl")) showTip(e.target); else hideTip(); });
  document.addEventListener("click", function (e) { var m = e.target.closest && e.target.closest("mark.hl"); if (m) jump(m); });
  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented) return; // handled by the page around the report (the web app's findings list)
    if (e.target.matches && e.target.matches("mark.hl") && e.key === "Enter") { jump(e.target); return; }
    if (e.key === "Escape") { hideTip(); return; }
    if (e.key !== "j" && e.key !== "k") return;
    if (e.target.matches && e.target.matches("input, textarea, select")) return;
    var stops = Array.prototype.filter.call(document.querySelectorAll("mark.hl[tabindex]"), function (m) { return !m.hasAttribute("data-hidden"); });
    if (!stops.length) return;
    var at = stops.indexOf(document.activeElement);
    var next = e.key === "j" ? (at + 1) % stops.length : (at - 1 + stops.length) % stops.length;
    stops[next].focus();
    stops[next].scrollIntoView({ block: "center" });
    e.preventDefault();
  });
  document.addEventListener("change", function (e) {
    var box = e.target;
    if (!box.matches("input[data-filter]")) return;
    hidden[box.getAttribute("data-filter")][box.value] = !box.checked;
    applyFilters();
  });
  document.addEventListener("healthlint:findings", load);

  function sortRows(sorter) {
    var body = document.querySelector("#overview tbody");
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = sorter.getAttribute("aria-sort") !== "ascending";
    rows.sort(function (a, b) { var d = parseFloat(a.getAttribute("data-score")) - parseFloat(b.getAttribute("data-score")); return ascending ? d : -d; });
    rows.forEach(function (r) { body.appendChild(r); });
    sorter.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    sorter.textContent = "score " + (ascending ? "▴" : "▾");
  }
  document.addEventListener("click", function (e) { var th = e.target.closest && e.target.closest("th[data-sort]"); if (th) sortRows(th); });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches && e.target.matches("th[data-sort]")) { e.preventDefault(); sortRows(e.target); }
  });
  load();
})();
