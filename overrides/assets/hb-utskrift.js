// Before printing: write out each internal link's full address (the paper cannot be clicked) and open
// collapsed details, so the printed page holds everything the screen can show.
(function () {
  "use strict";
  var oppnade = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".md-content a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^(https?:|mailto:|#)/.test(href) || a.closest(".md-nav")) return;
      a.setAttribute("data-hb-adress", a.href);
    });
    document.querySelectorAll(".md-content details:not([open])").forEach(function (d) {
      d.open = true;
      oppnade.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    oppnade.forEach(function (d) { d.open = false; });
    oppnade = [];
  });
})();
