// Material opens the navigation drawer with a <label> for a hidden checkbox, which a keyboard cannot
// reach. Make the header's menu label a real, named, focusable button that Enter and Space operate.
// While the drawer is closed on a narrow screen its links are off-screen: they are made inert, so Tab
// never stops on a link nobody can see.
(function () {
  "use strict";
  var vaxel = document.getElementById("__drawer");
  var knapp = document.querySelector("label.md-header__button[for='__drawer']");
  if (!vaxel || !knapp) return;
  knapp.setAttribute("role", "button");
  knapp.setAttribute("tabindex", "0");
  knapp.setAttribute("aria-label", "Meny");
  var lada = document.querySelector(".md-sidebar--primary");
  function uppdatera() {
    knapp.setAttribute("aria-expanded", String(vaxel.checked));
    if (lada) lada.inert = !vaxel.checked && getComputedStyle(knapp).display !== "none";
  }
  uppdatera();
  vaxel.addEventListener("change", uppdatera);
  window.addEventListener("resize", uppdatera);
  knapp.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    vaxel.checked = !vaxel.checked;
    uppdatera();
    if (vaxel.checked) {
      var forsta = document.querySelector(".md-nav--primary a.md-nav__link");
      if (forsta) forsta.focus();
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && vaxel.checked) {
      vaxel.checked = false;
      uppdatera();
      knapp.focus();
    }
  });
})();
