// "Kopiera länk" beside each section heading: coordinators send the exact section. Where the clipboard
// API is missing (plain http on an intranet), the address is shown selected, ready for Ctrl+C.
(function () {
  "use strict";
  var innehall = document.querySelector(".md-content article");
  if (!innehall) return;
  var status = document.createElement("div");
  status.className = "hb-kopierad";
  status.setAttribute("role", "status");
  innehall.appendChild(status);
  var tystna = null;
  function meddela(text) {
    status.textContent = text;
    clearTimeout(tystna);
    tystna = setTimeout(function () { status.textContent = ""; }, 6000);
  }

  function visaAdress(knapp, adress) {
    var falt = knapp.nextElementSibling;
    if (!falt || !falt.classList.contains("hb-lankadress")) {
      falt = document.createElement("input");
      falt.type = "text";
      falt.readOnly = true;
      falt.className = "hb-lankadress";
      falt.setAttribute("aria-label", "Länk till avsnittet");
      knapp.insertAdjacentElement("afterend", falt);
    }
    falt.value = adress;
    falt.focus();
    falt.select();
    meddela("Länken är markerad. Tryck Ctrl+C (Cmd+C på Mac) för att kopiera den.");
  }

  innehall.querySelectorAll("h2[id], h3[id]").forEach(function (rubrik) {
    if (rubrik.closest("#hb-hela-handboken")) return;
    var knapp = document.createElement("button");
    knapp.type = "button";
    knapp.className = "hb-kopiera";
    knapp.textContent = "Kopiera länk";
    knapp.setAttribute("aria-label", "Kopiera länk till avsnittet " + rubrik.textContent.trim());
    rubrik.insertAdjacentElement("afterend", knapp);
    knapp.addEventListener("click", function () {
      var adress = location.href.split("#")[0] + "#" + rubrik.id;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(adress).then(function () {
          meddela("Länken till " + rubrik.textContent.trim() + " är kopierad.");
        }, function () { visaAdress(knapp, adress); });
      } else {
        visaAdress(knapp, adress);
      }
    });
  });
})();
