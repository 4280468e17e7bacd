// coordkit search: finds pages in this language's index (search-index.js, loaded by the page
// before this script), on a server or opened from disk. Tokens are made exactly as the Rust
// side makes them (src/render/search.rs): marks removed, Arabic variants folded, CJK pairs.
(function () {
  var data = window.COORDKIT_SEARCH;
  var form = document.getElementById("search");
  if (!data || !form) { return; }
  var input = form.querySelector("input[type=search]");
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  var keys = Object.keys(data.t);
  var CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\u3040-\u30FF\uF900-\uFAFF]/;
  function fold(s) {
    return s.normalize("NFD").replace(/[\p{M}\u0640]/gu, "").toLowerCase()
      .replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه");
  }
  function tokens(text) {
    var out = [], word = "", run = [];
    function endWord() { if (word.length >= 2 || /^[0-9]+$/.test(word)) { out.push(word); } word = ""; }
    function endRun() {
      if (run.length === 1) { out.push(run[0]); }
      for (var i = 0; i + 1 < run.length; i++) { out.push(run[i] + run[i + 1]); }
      run = [];
    }
    Array.from(fold(text)).forEach(function (c) {
      if (CJK.test(c)) { endWord(); run.push(c); }
      else if (/[\p{L}\p{N}]/u.test(c)) { endRun(); word += c; }
      else { endWord(); endRun(); }
    });
    endWord(); endRun();
    return out;
  }
  // Every word must match (as the start of an indexed word; CJK pairs exactly).
  function search(query) {
    var scores = null;
    tokens(query).forEach(function (t) {
      var found = {};
      var matching = CJK.test(t) ? (data.t[t] ? [t] : []) : keys.filter(function (k) { return k.indexOf(t) === 0; });
      matching.forEach(function (k) {
        var p = data.t[k];
        for (var i = 0; i < p.length; i += 2) { found[p[i]] = (found[p[i]] || 0) + p[i + 1] * (k === t ? 2 : 1); }
      });
      if (scores === null) { scores = found; return; }
      var both = {};
      Object.keys(scores).forEach(function (d) { if (found[d]) { both[d] = scores[d] + found[d]; } });
      scores = both;
    });
    return Object.keys(scores || {}).map(function (d) { return [+d, scores[d]]; })
      .sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).slice(0, 30);
  }
  function href(url) {
    return "../" + (url.indexOf("#") >= 0 ? url.replace("#", "index.html#") : url + "index.html");
  }
  function show(query) {
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var results = search(query);
    status.textContent = status.getAttribute(results.length ? "data-found" : "data-none").replace("__N__", results.length);
    results.forEach(function (r) {
      var d = data.d[r[0]], li = document.createElement("li"), a = document.createElement("a");
      a.href = href(d[2]);
      a.textContent = (d[1] ? d[1] + " " : "") + d[0];
      li.appendChild(a);
      if (d[3]) { var p = document.createElement("p"); p.textContent = d[3]; li.appendChild(p); }
      list.appendChild(li);
    });
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    show(input.value);
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (err) { /* some browsers refuse on file:// */ }
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; show(q); }
})();
