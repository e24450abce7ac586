// Material opens the navigation drawer with a <label> for a hidden checkbox, which a keyboard cannot
// reach. Make the header's menu label a real, named, focusable button that Enter and Space operate.
(function () {
  "use strict";
  var vaxel = document.getElementById("__drawer");
  var knapp = document.querySelector("label.md-header__button[for='__drawer']");
  if (!vaxel || !knapp) return;
  knapp.setAttribute("role", "button");
  knapp.setAttribute("tabindex", "0");
  knapp.setAttribute("aria-label", "Meny");
  function uppdatera() { knapp.setAttribute("aria-expanded", String(vaxel.checked)); }
  uppdatera();
  vaxel.addEventListener("change", uppdatera);
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
