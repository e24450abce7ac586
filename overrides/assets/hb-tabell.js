// Sorting and filtering for tables marked data-hb-tabell. Without JavaScript the table is complete as is.
(function () {
  "use strict";
  document.querySelectorAll("table[data-hb-tabell]").forEach(function (tabell) {
    var namn = tabell.getAttribute("data-hb-tabell");
    var filter = document.querySelector('[data-hb-tabellfilter="' + namn + '"]');
    var kropp = tabell.tBodies[0];
    var rader = Array.prototype.slice.call(kropp.rows);
    var status = filter && filter.querySelector("[data-hb-status]");

    function varde(rad, kolumn, typ) {
      var cell = rad.cells[kolumn];
      if (typ === "tal") return Number(cell.getAttribute("data-sortvarde"));
      return cell.textContent.trim();
    }

    tabell.querySelectorAll("th[data-hb-sortera]").forEach(function (th) {
      var knapp = document.createElement("button");
      knapp.type = "button";
      knapp.className = "hb-sortera";
      knapp.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(knapp);
      knapp.addEventListener("click", function () {
        var kolumn = th.cellIndex;
        var typ = th.getAttribute("data-hb-sortera");
        var stigande = th.getAttribute("aria-sort") !== "ascending";
        tabell.querySelectorAll("th[aria-sort]").forEach(function (annan) { annan.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", stigande ? "ascending" : "descending");
        rader.sort(function (a, b) {
          var x = varde(a, kolumn, typ), y = varde(b, kolumn, typ);
          var skillnad = typ === "tal" ? x - y : x.localeCompare(y, "sv");
          return stigande ? skillnad : -skillnad;
        });
        rader.forEach(function (rad) { kropp.appendChild(rad); });
        if (status) status.textContent = "Sorterat efter " + knapp.textContent.toLowerCase() +
          (stigande ? ", stigande." : ", fallande.");
      });
    });

    if (!filter) return;
    filter.hidden = false;
    var falt = filter.querySelectorAll("[data-hb-filter]");
    function filtrera() {
      var val = {};
      falt.forEach(function (f) { val[f.getAttribute("data-hb-filter")] = f.value.trim().toLowerCase(); });
      var synliga = 0;
      rader.forEach(function (rad) {
        var ok = (!val.text || rad.cells[0].textContent.toLowerCase().indexOf(val.text) !== -1) &&
          (!val.program || rad.getAttribute("data-program").split(" ").indexOf(val.program) !== -1) &&
          (!val.stadsdel || rad.getAttribute("data-stadsdel").toLowerCase() === val.stadsdel);
        rad.hidden = !ok;
        if (ok) synliga += 1;
      });
      status.textContent = "Visar " + synliga + " av " + rader.length + " skolor.";
    }
    falt.forEach(function (f) { f.addEventListener("input", filtrera); f.addEventListener("change", filtrera); });
  });
})();

// Material wraps wide tables in a scrolling box; a box that scrolls must be reachable by keyboard
// (WCAG 2.1.1, axe scrollable-region-focusable), so it gets a tab stop and a name while it scrolls.
(function () {
  "use strict";
  function markera() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (ruta) {
      var rullar = ruta.scrollWidth > ruta.clientWidth + 1;
      if (rullar && !ruta.hasAttribute("tabindex")) {
        var rubrik = ruta.querySelector("caption");
        ruta.setAttribute("tabindex", "0");
        ruta.setAttribute("role", "region");
        ruta.setAttribute("aria-label", rubrik ? rubrik.textContent.trim() : "Tabell – rulla i sidled");
      } else if (!rullar && ruta.getAttribute("role") === "region") {
        ruta.removeAttribute("tabindex");
        ruta.removeAttribute("role");
        ruta.removeAttribute("aria-label");
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { setTimeout(markera, 0); });
  else setTimeout(markera, 0);
  window.addEventListener("resize", markera);
})();
