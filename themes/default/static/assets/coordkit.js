// coordkit: small enhancements that pages work without. Checklists remember their ticks in
// this browser (localStorage, one key per emergency, cluster and checklist) and count them;
// "Print" buttons appear and print the page.
(function () {
  document.querySelectorAll("[data-checklist]").forEach(function (form) {
    var key = form.getAttribute("data-checklist");
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(key) || "{}"); } catch (e) { saved = {}; }
    // Ticks saved by earlier versions named items "s<section>-<hash>"; they follow their items.
    Object.keys(saved).forEach(function (name) {
      var old = /^s[0-9]+-([0-9a-f]{8})$/.exec(name);
      if (old && !(old[1] in saved)) { saved[old[1]] = saved[name]; }
    });
    var boxes = form.querySelectorAll("input[type=checkbox]");
    var progress = form.querySelector("[data-progress]");
    function count() {
      var done = 0;
      boxes.forEach(function (b) { if (b.checked) { done++; } });
      if (progress) {
        progress.textContent = progress.getAttribute("data-progress").replace("__DONE__", done);
        progress.hidden = false;
      }
    }
    boxes.forEach(function (box) {
      box.checked = saved[box.name] === true;
      box.addEventListener("change", function () {
        saved[box.name] = box.checked;
        try { localStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* private mode: ticks last this visit */ }
        count();
      });
    });
    count();
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
