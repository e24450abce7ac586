// The 404 page's search button opens the header search (hb-sok.js): the button on a phone, the field on a desktop.
(function () {
  "use strict";
  var knapp = document.querySelector("[data-hb-404-sok]");
  if (!knapp) return;
  knapp.addEventListener("click", function () {
    var oppna = document.querySelector("[data-hb-sok-oppna]");
    if (oppna && getComputedStyle(oppna).display !== "none") {
      oppna.click();
    } else {
      var falt = document.getElementById("hb-sokfalt");
      if (falt) falt.focus();
    }
  });
})();
