// eventwire UI: the few behaviours htmx does not cover. No inline scripts
// (the pages' Content-Security-Policy forbids them), no external code.
(function () {
  "use strict";

  // Article view: a click on a highlight shows (and scrolls to) its events'
  // cards and outlines every piece of evidence of those events.
  function showEvents(ids) {
    document.querySelectorAll("mark.hl.active, .card.active").forEach(function (el) {
      el.classList.remove("active");
    });
    ids.forEach(function (id) {
      document.querySelectorAll("mark.hl").forEach(function (m) {
        if ((m.dataset.events || "").split(" ").indexOf(id) >= 0) { m.classList.add("active"); }
      });
      var card = document.getElementById("ev-" + id);
      if (card) { card.classList.add("active"); }
    });
    var first = document.getElementById("ev-" + ids[0]);
    if (first) { first.scrollIntoView({block: "nearest"}); }
  }

  document.addEventListener("click", function (e) {
    var mark = e.target.closest ? e.target.closest("mark.hl") : null;
    if (!mark) { return; }
    var ids = (mark.dataset.events || "").split(" ").filter(Boolean);
    if (ids.length) { showEvents(ids); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var hash = window.location.hash;
    if (hash.indexOf("#ev-") === 0) { showEvents([hash.slice(4)]); }
  });
})();
