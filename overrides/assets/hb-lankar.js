// A small "copy link" control beside each section heading and each checklist step: coordinators send the
// exact section. It shows on hover and on keyboard focus (hb.css), so a page at rest has no row of buttons.
// Where the clipboard API is missing (plain http on an intranet), the address is shown selected for Ctrl+C.
(function () {
  "use strict";
  var innehall = document.querySelector(".md-content article");
  if (!innehall) return;
  var IKON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3.9 12c0-1.71 1.39-3.1 ' +
    "3.1-3.1h4V7H7a5 5 0 0 0 0 10h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1M8 13h8v-2H8zm9-6h-4v1.9h4c1.71 0 3.1 1.39 " +
    '3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4a5 5 0 0 0 0-10"/></svg>';
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

  // The address field goes after the row the button sits in, on a line of its own.
  function visaAdress(rad, adress) {
    var falt = rad.nextElementSibling;
    if (!falt || !falt.classList.contains("hb-lankadress")) {
      falt = document.createElement("input");
      falt.type = "text";
      falt.readOnly = true;
      falt.className = "hb-lankadress";
      falt.setAttribute("aria-label", "Länk till avsnittet");
      rad.insertAdjacentElement("afterend", falt);
    }
    falt.value = adress;
    falt.focus();
    falt.select();
    meddela("Länken är markerad. Tryck Ctrl+C (Cmd+C på Mac) för att kopiera den.");
  }

  // mal: the element whose id is the address; namn: what it is called; rad: where the button goes.
  function knapp(mal, namn, rad, falt) {
    var k = document.createElement("button");
    k.type = "button";
    k.className = "hb-kopiera";
    k.title = "Kopiera länk";
    k.innerHTML = IKON;
    k.setAttribute("aria-label", "Kopiera länk till " + namn);
    rad.appendChild(k);
    k.addEventListener("click", function () {
      var adress = location.href.split("#")[0] + "#" + mal.id;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(adress).then(function () {
          meddela("Länken till " + namn.replace(/^avsnittet /, "") + " är kopierad.");
        }, function () { visaAdress(falt, adress); });
      } else {
        visaAdress(falt, adress);
      }
    });
  }

  innehall.querySelectorAll("h2[id], h3[id]").forEach(function (rubrik) {
    if (rubrik.closest("#hb-hela-handboken, .hb-nasta, .hb-dokument")) return;
    var rad = document.createElement("div");
    rad.className = "hb-rubrik hb-rubrik--" + rubrik.tagName.toLowerCase();
    rubrik.insertAdjacentElement("beforebegin", rad);
    rad.appendChild(rubrik);
    knapp(rubrik, "avsnittet " + rubrik.textContent.trim(), rad, rad);
  });

  innehall.querySelectorAll(".hb-steg[id]").forEach(function (steg) {
    if (steg.closest("#hb-hela-handboken")) return;
    var titel = steg.querySelector(".hb-steg__titel");
    var rad = steg.querySelector(".hb-steg__rad");
    if (!titel || !rad) return;
    knapp(steg, titel.textContent.trim().replace(/\s+/g, " ").replace(/^Steg/, "steg"), rad, rad);
  });
})();
