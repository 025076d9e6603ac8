// healthlint serve: the editor. Re-lints the text a moment after typing stops, keeps each highlight on the words it
// marks in between, and shows the report's pieces as the server renders them (everything from the article is escaped
// there). The HTML report's script (report.js) runs on the same page: tooltips, filters, j/k in the article view.
(function () {
  "use strict";
  var DELAY = 250; // ms of quiet before a re-lint
  var text = document.getElementById("text");
  var backdrop = document.getElementById("backdrop");
  var status = document.getElementById("status");
  var filename = document.getElementById("filename");
  var list = document.getElementById("list");
  var drop = document.getElementById("drop");
  var shown = ""; // the text the backdrop holds, which follows every edit
  var findings = [];
  var timer = null;
  var sent = 0;
  var lints = 0;

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", !!isError);
  }
  function state(name) { document.body.setAttribute("data-state", name); }

  // The backdrop's text nodes in order, each with the offset (UTF-16, as the text area counts) where it starts.
  function textNodes() {
    var walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT);
    var nodes = [];
    var at = 0;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node, start: at, end: at + node.data.length });
      at += node.data.length;
    }
    return nodes;
  }

  // Puts an edit of the text into the backdrop's text nodes, so the marks stay on their words until the next lint.
  // Text typed inside a marked phrase joins its mark; text typed at a mark's edge does not.
  function follow(now) {
    if (now === shown) return;
    var before = shown;
    var p = 0;
    var max = Math.min(before.length, now.length);
    while (p < max && before.charCodeAt(p) === now.charCodeAt(p)) p++;
    var s = 0;
    while (s < max - p && before.charCodeAt(before.length - 1 - s) === now.charCodeAt(now.length - 1 - s)) s++;
    var inserted = now.slice(p, now.length - s);
    shown = now;
    var nodes = textNodes();
    nodes.forEach(function (n) { // delete [p, before.length - s) from each node it overlaps
      var from = Math.max(p, n.start);
      var to = Math.min(before.length - s, n.end);
      if (to > from) n.node.deleteData(from - n.start, to - from);
    });
    if (!inserted) return;
    var inside = nodes.filter(function (n) { return n.start < p && p < n.end; })[0];
    if (inside) { inside.node.insertData(p - inside.start, inserted); return; }
    var next = nodes.filter(function (n) { return n.start >= p && n.node.data.length; })[0];
    var added = document.createTextNode(inserted);
    if (!next) backdrop.appendChild(added);
    else if (next.node.parentNode === backdrop) next.node.insertData(0, inserted);
    else backdrop.insertBefore(added, next.node.parentNode);
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(lint, DELAY);
  }

  function clear() {
    findings = [];
    backdrop.textContent = text.value;
    shown = text.value;
    document.getElementById("score").innerHTML = '<p class="none">No article yet.</p>';
    list.replaceChildren();
    document.getElementById("article").replaceChildren();
    publish();
    say("");
    state("empty");
    setDownloads(false);
  }

  function post(url, body) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }
  function failure(response) {
    return response.json().then(
      function (body) { return body.error ? body.error.message : "the server answered " + response.status; },
      function () { return "the server answered " + response.status; }
    );
  }

  function lint() {
    clearTimeout(timer);
    var body = { text: text.value, filename: filename.value.trim() || "article.md" };
    if (!body.text.trim()) { clear(); return; }
    var mine = ++sent;
    var started = performance.now();
    state("busy");
    post("/app/lint", body).then(function (response) {
      if (mine !== sent) return null; // a newer lint is on its way
      if (!response.ok) return failure(response).then(function (message) { say(message, true); state("error"); });
      return response.json().then(function (data) {
        if (mine !== sent) return;
        render(data, body.text);
        var file = data.report.files[0];
        say(file.findings.length + " finding(s), score " + file.score.toFixed(1) + " (" + file.grade + "), checked in " +
            Math.round(performance.now() - started) + " ms.");
        state("idle");
      });
    }).catch(function () { say("healthlint serve is not answering; is it still running?", true); state("error"); });
  }

  function render(data, linted) {
    findings = data.findings;
    backdrop.innerHTML = data.html.source;
    shown = linted;
    follow(text.value); // what was typed while the server worked
    syncScroll();
    document.getElementById("score").innerHTML = data.html.overview;
    list.innerHTML = data.html.list;
    document.getElementById("article").innerHTML = data.html.section;
    publish();
    setDownloads(true);
    lints += 1;
    document.body.setAttribute("data-lints", String(lints));
    markCurrent();
  }

  function publish() { // hands the findings to report.js, which re-applies the filters
    document.getElementById("findings").textContent = JSON.stringify(findings);
    document.dispatchEvent(new CustomEvent("healthlint:findings"));
  }

  function marksOf(piece) { return backdrop.querySelectorAll('mark[data-pieces~="' + CSS.escape(piece) + '"]'); }

  // Where a finding's piece (its id, or a related place's id) stands in the text now, from the backdrop's marks.
  function rangeOf(piece) {
    var marks = marksOf(piece);
    if (!marks.length) return null;
    var first = marks[0].firstChild;
    var last = marks[marks.length - 1].lastChild;
    var start = null;
    var end = null;
    textNodes().forEach(function (n) {
      if (n.node === first) start = n.start;
      if (n.node === last) end = n.end;
    });
    return start === null || end === null ? null : { start: start, end: end, mark: marks[0] };
  }

  function owner(piece) { return piece.replace(/-r\d+$/, ""); }
  function visible(id) {
    var item = list.querySelector('li.finding[data-ids~="' + CSS.escape(id) + '"]');
    return item && !item.hasAttribute("data-hidden");
  }

  function setCurrent(ids) {
    document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); });
    ids.forEach(function (id) {
      backdrop.querySelectorAll('mark[data-ids~="' + CSS.escape(id) + '"]').forEach(function (m) { m.classList.add("current"); });
      var item = list.querySelector('li.finding[data-ids~="' + CSS.escape(id) + '"]');
      if (item) { item.classList.add("current"); item.scrollIntoView({ block: "nearest" }); }
    });
  }

  function select(piece) {
    var range = rangeOf(piece);
    if (!range) return;
    text.focus();
    text.setSelectionRange(range.start, range.end);
    text.scrollTop = Math.max(0, range.mark.offsetTop - text.clientHeight / 3);
    syncScroll();
    setCurrent([owner(piece)]);
  }

  // The findings whose marks hold the caret, shown as current in the list.
  function markCurrent() {
    var caret = text.selectionStart;
    var hit = textNodes().filter(function (n) { return n.start <= caret && caret < n.end && n.node.parentNode !== backdrop; })[0];
    var ids = hit ? (hit.node.parentNode.getAttribute("data-ids") || "").split(" ").filter(visible) : [];
    setCurrent(ids);
  }

  // F8 / Alt+Down: the next visible finding in the text's order; Shift+F8 / Alt+Up: the one before. From the finding
  // last selected this way while it is still the selection, else from the caret.
  var stepped = null;
  function step(forward) {
    var stops = findings.filter(function (f) { return visible(f.id); }).map(function (f, order) {
      var range = rangeOf(f.id);
      return range && { id: f.id, start: range.start, end: range.end, order: order };
    }).filter(Boolean).sort(function (a, b) { return a.start - b.start || a.end - b.end || a.order - b.order; });
    if (!stops.length) return;
    var caret = text.selectionStart;
    var at = stops.findIndex(function (s) { return s.id === stepped && s.start === caret && s.end === text.selectionEnd; });
    var target;
    if (at >= 0) target = stops[(at + (forward ? 1 : stops.length - 1)) % stops.length];
    else {
      var after = stops.filter(function (s) { return forward ? s.start >= caret : s.start < caret; });
      target = forward ? after[0] || stops[0] : after[after.length - 1] || stops[stops.length - 1];
    }
    stepped = target.id;
    select(target.id);
  }

  function syncScroll() {
    backdrop.scrollTop = text.scrollTop;
    backdrop.scrollLeft = text.scrollLeft;
  }

  function load(name, content) {
    filename.value = name;
    text.value = content;
    follow(text.value);
    text.setSelectionRange(0, 0);
    text.scrollTop = 0;
    syncScroll();
    lint();
  }

  function readFile(file) {
    if (!file) return;
    file.text().then(function (content) { load(file.name, content); }, function () { say("Could not read " + file.name + ".", true); });
  }

  function setDownloads(on) {
    document.getElementById("download-html").disabled = !on;
    document.getElementById("download-json").disabled = !on;
  }

  function download(kind) {
    var name = filename.value.trim() || "article.md";
    post("/api/lint", { text: text.value, filename: name, report: kind }).then(function (response) {
      if (!response.ok) return failure(response).then(function (message) { say(message, true); });
      return response.blob().then(function (blob) {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = name.replace(/\.[^.]*$/, "") + ".healthlint." + kind;
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
      });
    });
  }

  text.addEventListener("input", function () { follow(text.value); markCurrent(); schedule(); });
  text.addEventListener("scroll", syncScroll);
  text.addEventListener("click", markCurrent);
  text.addEventListener("keyup", function (e) { // keys that move the caret; not the ones that step to a finding
    if (!e.altKey && ["F8", "Alt", "Shift", "Control", "Meta"].indexOf(e.key) < 0) markCurrent();
  });
  text.addEventListener("keydown", function (e) {
    var forward;
    if (e.key === "F8") forward = !e.shiftKey;
    else if (e.altKey && e.key === "ArrowDown") forward = true;
    else if (e.altKey && e.key === "ArrowUp") forward = false;
    else return;
    e.preventDefault();
    step(forward);
  });
  filename.addEventListener("change", lint);
  document.getElementById("open").addEventListener("change", function (e) {
    if (!e.target.value) return;
    fetch("/app/files/" + encodeURIComponent(e.target.value)).then(function (response) {
      if (!response.ok) return failure(response).then(function (message) { say(message, true); });
      return response.json().then(function (file) { load(file.filename, file.text); });
    });
  });
  document.getElementById("file").addEventListener("change", function (e) { readFile(e.target.files[0]); });
  drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("dragging"); });
  drop.addEventListener("dragleave", function () { drop.classList.remove("dragging"); });
  drop.addEventListener("drop", function (e) {
    e.preventDefault();
    drop.classList.remove("dragging");
    readFile(e.dataTransfer.files[0]);
  });
  document.getElementById("download-html").addEventListener("click", function () { download("html"); });
  document.getElementById("download-json").addEventListener("click", function () { download("json"); });

  list.addEventListener("click", function (e) {
    var go = e.target.closest("button.goto");
    if (go) { select(go.getAttribute("data-goto")); return; }
    var item = e.target.closest("li.finding");
    if (item && !e.target.closest("details")) select(item.getAttribute("data-ids"));
  });
  list.addEventListener("keydown", function (e) {
    var item = e.target.closest && e.target.closest("li.finding");
    if (!item || e.target !== item) return;
    if (e.key === "Enter") { e.preventDefault(); select(item.getAttribute("data-ids")); return; }
    var forward = e.key === "j" || e.key === "ArrowDown";
    if (!forward && e.key !== "k" && e.key !== "ArrowUp") return;
    e.preventDefault();
    var items = Array.prototype.filter.call(list.querySelectorAll("li.finding"), function (li) { return !li.hasAttribute("data-hidden"); });
    var at = items.indexOf(item);
    var target = items[forward ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1)];
    target.focus();
    setCurrent([target.getAttribute("data-ids")]);
  });
  follow(text.value);
  if (text.value.trim()) lint();
})();
