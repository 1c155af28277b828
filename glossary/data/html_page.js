"use strict";
(function () {
  // Every value is put on the page with textContent: data never becomes markup or code.
  var terms = JSON.parse(document.getElementById("glossary-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var q = $("q"), kindSel = $("kind"), statusSel = $("status"), sortSel = $("sort");
  var list = $("list"), summary = $("summary");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function row(cls, label, values) {
    var div = el("div", "row " + cls);
    div.appendChild(el("span", "label", label));
    div.appendChild(el("span", "value", values.join(" · ")));
    return div;
  }

  function card(t) {
    var art = el("article", "term");
    art.setAttribute("data-term", t.term);
    var badges = el("div", "badges");
    badges.appendChild(el("span", "badge kind", t.kind));
    badges.appendChild(el("span", "badge " + t.status, t.status));
    art.appendChild(badges);
    var h = el("h2", null, t.term);
    if (t.traditional && t.traditional !== t.term) h.appendChild(el("span", "trad", t.traditional));
    if (t.pinyin) h.appendChild(el("span", "pinyin", t.pinyin));
    art.appendChild(h);
    art.appendChild(el("div", t.english ? "english" : "english none",
                       t.english || "no English rendering yet"));
    if (t.alternatives.length) art.appendChild(row("alternatives", "also", t.alternatives));
    if (t.avoid.length) art.appendChild(row("avoid", "avoid", t.avoid));
    if (t.variants.length) art.appendChild(row("variants", "variants", t.variants));
    if (t.suggestions.length && !t.english) art.appendChild(row("suggestions", "suggested", t.suggestions));
    if (t.note) art.appendChild(row("note", "note", [t.note]));
    if (t.count || t.documents) {
      art.appendChild(el("div", "meta", t.count + " occurrences in " + t.documents +
                         " document" + (t.documents === 1 ? "" : "s") + " · score " + t.score));
    }
    if (t.contexts.length) {
      var det = el("details");
      det.appendChild(el("summary", null, t.contexts.length + " context" + (t.contexts.length === 1 ? "" : "s")));
      var ul = el("ul", "contexts");
      t.contexts.forEach(function (c) {
        var li = el("li");
        li.appendChild(el("span", "where", c.document + ":" + c.line));
        li.appendChild(el("span", "text", c.text));
        ul.appendChild(li);
      });
      det.appendChild(ul);
      art.appendChild(det);
    }
    return art;
  }

  function toneless(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // A query is compared as typed (Chinese), in lower case (English, Latin names) and as pinyin
  // without tone marks or tone numbers, with and without spaces.
  function prepare(query) {
    var lower = query.toLowerCase();
    var plain = toneless(lower).replace(/[1-5]/g, "");
    return { raw: query, lower: lower, plain: plain, joined: plain.replace(/[\s'’-]+/g, "") };
  }

  function matches(t, p) {
    if (!p.raw) return true;
    return t.keys.chinese.indexOf(p.raw) >= 0 || t.keys.text.indexOf(p.lower) >= 0 ||
      (p.joined !== "" && t.keys.pinyin.indexOf(p.joined) >= 0) ||
      (p.plain !== "" && t.keys.pinyin_spaced.indexOf(p.plain) >= 0);
  }

  function fillSelect(sel, values) {
    values.forEach(function (v) { var o = el("option", null, v); o.value = v; sel.appendChild(o); });
  }
  function distinct(field) {
    var seen = {};
    terms.forEach(function (t) { seen[t[field]] = (seen[t[field]] || 0) + 1; });
    return Object.keys(seen).sort();
  }
  fillSelect(kindSel, distinct("kind"));
  fillSelect(statusSel, distinct("status"));

  // Cards are built when first shown, and a long result list is shown a page at a time, so a
  // glossary of ten thousand terms stays quick to load and to search.
  var PAGE = 200;
  var cards = [], limit = PAGE, byScore = null;
  function cardAt(i) { return cards[i] || (cards[i] = card(terms[i])); }

  function render() {
    var query = prepare(q.value.trim());
    var kind = kindSel.value, status = statusSel.value;
    var order;
    if (sortSel.value === "score") {
      if (!byScore) {
        byScore = terms.map(function (t, i) { return i; });
        byScore.sort(function (a, b) { return (terms[b].score - terms[a].score) || (a - b); });
      }
      order = byScore;
    } else {
      order = terms.map(function (t, i) { return i; });
    }
    var hits = order.filter(function (i) {
      var t = terms[i];
      return !((kind && t.kind !== kind) || (status && t.status !== status) || !matches(t, query));
    });
    var frag = document.createDocumentFragment();
    hits.slice(0, limit).forEach(function (i) { frag.appendChild(cardAt(i)); });
    list.textContent = "";
    list.appendChild(frag);
    if (!hits.length) list.appendChild(el("p", "empty", "No term matches."));
    if (hits.length > limit) {
      var more = el("button", "more", "Show " + Math.min(PAGE, hits.length - limit) + " more");
      more.type = "button";
      more.addEventListener("click", function () { limit += PAGE; render(); });
      list.appendChild(more);
    }
    summary.textContent = hits.length + " of " + terms.length + " terms" +
      (hits.length > limit ? " (first " + limit + " shown)" : "");
    summary.dataset.query = q.value;   // the query the list now shows
  }

  // The query lives in the address (#q=…), so a link or a reload shows the same search.
  function restart() {
    limit = PAGE;
    render();
    try {
      history.replaceState(null, "", q.value ? "#q=" + encodeURIComponent(q.value) : "#");
    } catch (e) { /* some browsers refuse for file:// pages: the search still works */ }
  }
  var hash = /^#q=(.*)$/.exec(location.hash);
  if (hash) {
    try { q.value = decodeURIComponent(hash[1]); } catch (e) { /* malformed: ignore */ }
  }
  var timer = null;
  q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(restart, 30); });
  [kindSel, statusSel, sortSel].forEach(function (s) { s.addEventListener("change", restart); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== q) { e.preventDefault(); q.focus(); }
  });
  render();
})();
