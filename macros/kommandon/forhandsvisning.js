/* MVP-handboken, make serve only: reload after every rebuild, and show why a rebuild failed.
   Served by macros/kommandon/forhandsvisning.py from the preview's own address, never published. */
(function () {
  "use strict";
  var skript = document.currentScript;
  var epok = Number(skript.getAttribute("data-hb-epok"));
  var id = Date.now();

  function vanta() {
    // MkDocs' livereload long poll: answers with the newest build's number when there is one.
    var fraga = new XMLHttpRequest();
    fraga.onloadend = function () {
      if (Number(fraga.responseText) > epok) {
        location.reload();
      } else {
        setTimeout(vanta, fraga.status === 200 ? 0 : 2000);
      }
    };
    fraga.open("GET", "/livereload/" + epok + "/" + id);
    fraga.send();
  }

  function visaFel(fel) {
    var ruta = document.createElement("section");
    ruta.setAttribute("role", "alert");
    ruta.setAttribute("aria-labelledby", "hb-byggfel-rubrik");
    ruta.className = "hb-byggfel";
    var stil = ruta.style;  // CSSOM, which the page's policy allows (style attributes it does not)
    stil.position = "fixed";
    stil.zIndex = "10000";
    stil.left = stil.right = stil.top = "0";
    stil.maxHeight = "60vh";
    stil.overflow = "auto";
    stil.background = "#fff4f4";
    stil.color = "#1a1a1a";
    stil.borderBottom = "4px solid #b00020";
    stil.padding = "1rem 1.5rem";
    stil.font = "0.95rem/1.5 system-ui, sans-serif";
    var rubrik = document.createElement("h2");
    rubrik.id = "hb-byggfel-rubrik";
    rubrik.textContent = "Förhandsvisningen kunde inte byggas om";
    rubrik.style.margin = "0 0 .5rem";
    rubrik.style.fontSize = "1.25rem";
    var lista = document.createElement("ul");
    fel.forEach(function (rad) {
      var punkt = document.createElement("li");
      punkt.textContent = rad;
      punkt.style.whiteSpace = "pre-wrap";
      punkt.style.overflowWrap = "anywhere";  // a file path is one long word; on a phone it must wrap
      lista.appendChild(punkt);
    });
    var tips = document.createElement("p");
    tips.textContent = "Sidan under visar den senaste versionen som gick att bygga. Rätta felet och spara, " +
      "så försvinner rutan av sig själv. CONTRIBUTING.md förklarar varje felmeddelande.";
    ruta.appendChild(rubrik);
    ruta.appendChild(lista);
    ruta.appendChild(tips);
    document.body.appendChild(ruta);
  }

  fetch("/.hb-forhandsvisning.json", { cache: "no-store" })
    .then(function (svar) { return svar.json(); })
    .then(function (status) { if (status.fel.length) { visaFel(status.fel); } })
    .catch(function () {});
  vanta();
})();
