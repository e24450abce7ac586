// The startup checklist and its paper version. Ticks and the chosen programme are kept in this browser
// only (localStorage): no server, no cookie. Without JavaScript both pages are complete as they are;
// this adds saving, progress, reset, the programme filter, the print date and the print buttons.
(function () {
  "use strict";
  var NYCKEL = "mvp-handboken.checklista.v1";

  // "Skriv ut hela handboken" carries a static copy of every page; the copies stay as they are.
  function ikopia(el) {
    return el.closest("#hb-hela-handboken") !== null;
  }

  function las() {
    try {
      var varde = JSON.parse(window.localStorage.getItem(NYCKEL) || "{}");
      return {
        klara: Array.isArray(varde.klara) ? varde.klara.filter(function (id) { return typeof id === "string"; }) : [],
        program: typeof varde.program === "string" ? varde.program : ""
      };
    } catch (e) {
      return { klara: [], program: "" };
    }
  }

  function spara(tillstand) {
    try {
      window.localStorage.setItem(NYCKEL, JSON.stringify(tillstand));
      return true;
    } catch (e) {
      return false;
    }
  }

  function giltigtProgram(rot, program) {
    return rot.querySelector('input[name="hb-program"][value="' + program + '"]') ? program : "";
  }

  function programnamn(rot, program) {
    var val = rot.querySelector('input[name="hb-program"][value="' + program + '"]');
    return program && val ? val.getAttribute("data-namn") : "";
  }

  // Shows the steps of one programme ("" = all) and hides phases left without steps.
  function filtrera(rot, program) {
    var synliga = [];
    rot.querySelectorAll("[data-hb-steg]").forEach(function (steg) {
      var ok = !program || steg.getAttribute("data-program").split(" ").indexOf(program) !== -1;
      steg.hidden = !ok;
      if (ok) synliga.push(steg);
    });
    rot.querySelectorAll("[data-hb-fas]").forEach(function (fas) {
      fas.hidden = !fas.querySelector("[data-hb-steg]:not([hidden])");
    });
    return synliga;
  }

  function programval(rot, tillstand, vidAndring) {
    var val = rot.querySelector('input[name="hb-program"][value="' + tillstand.program + '"]');
    if (val) val.checked = true;
    rot.querySelectorAll('input[name="hb-program"]').forEach(function (radio) {
      radio.addEventListener("change", function () {
        if (radio.checked) vidAndring(radio.value);
      });
    });
  }

  function checklista(rot) {
    var tillstand = las();
    var rutor = Array.prototype.slice.call(rot.querySelectorAll("[data-hb-klar]"));
    var status = rot.querySelector("[data-hb-framsteg]");
    var matare = rot.querySelector("[data-hb-matare]");
    var sparas = true;

    function stegId(ruta) {
      return ruta.closest("[data-hb-steg]").getAttribute("data-hb-steg");
    }

    // Steps removed from the handbook since the last visit are forgotten.
    var kanda = rutor.map(stegId);
    tillstand.klara = tillstand.klara.filter(function (id) { return kanda.indexOf(id) !== -1; });
    tillstand.program = giltigtProgram(rot, tillstand.program);
    rutor.forEach(function (ruta) { ruta.checked = tillstand.klara.indexOf(stegId(ruta)) !== -1; });

    function uppdatera(meddelande) {
      var synliga = filtrera(rot, tillstand.program);
      var klara = synliga.filter(function (s) { return s.querySelector("[data-hb-klar]").checked; }).length;
      matare.max = Math.max(synliga.length, 1);
      matare.value = klara;
      var namn = programnamn(rot, tillstand.program);
      var text = klara + " av " + synliga.length + " steg klara" + (namn ? " för " + namn : "") + ".";
      if (!sparas) text += " Webbläsaren kan inte spara bockarna, till exempel i ett privat fönster.";
      status.textContent = (meddelande ? meddelande + " " : "") + text;
      rot.querySelectorAll("[data-hb-fas-lank]").forEach(function (lank) {
        var fas = rot.querySelector('[data-hb-fas="' + lank.getAttribute("data-hb-fas-lank") + '"]');
        var steg = fas.querySelectorAll("[data-hb-steg]:not([hidden])");
        var fasKlara = fas.querySelectorAll("[data-hb-steg]:not([hidden]) [data-hb-klar]:checked").length;
        lank.hidden = steg.length === 0;
        lank.querySelector("[data-hb-fas-antal]").textContent = "(" + fasKlara + " av " + steg.length + " klara)";
      });
    }

    function lagra() {
      tillstand.klara = rutor.filter(function (r) { return r.checked; }).map(stegId);
      sparas = spara(tillstand);
    }

    rutor.forEach(function (ruta) {
      ruta.addEventListener("change", function () {
        lagra();
        var titel = ruta.closest("[data-hb-steg]").querySelector(".hb-steg__nummer").textContent.replace(":", "");
        uppdatera(titel + (ruta.checked ? " är klart." : " är inte klart."));
      });
    });

    programval(rot, tillstand, function (program) {
      tillstand.program = program;
      sparas = spara(tillstand);
      uppdatera("Visar steg för " + (programnamn(rot, program) || "alla program") + ".");
    });

    rot.querySelector("[data-hb-aterstall]").addEventListener("click", function () {
      if (!window.confirm("Vill du ta bort alla bockar i checklistan?")) return;
      rutor.forEach(function (ruta) { ruta.checked = false; });
      lagra();
      uppdatera("Checklistan är tömd.");
    });

    // A link to a step the filter hides shows all programmes, so the step is never hidden from its link.
    function visaLankatSteg() {
      var mal = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
      if (!mal || !rot.contains(mal) || !mal.hidden && !(mal.closest("[data-hb-fas]") || {}).hidden) return;
      tillstand.program = "";
      rot.querySelector('input[name="hb-program"][value=""]').checked = true;
      uppdatera();
      mal.scrollIntoView();
    }

    rot.querySelector("[data-hb-verktyg]").hidden = false;
    uppdatera();
    visaLankatSteg();
    window.addEventListener("hashchange", visaLankatSteg);
  }

  function utskrift(rot) {
    var tillstand = las();
    var status = rot.querySelector("[data-hb-framsteg]");
    var datum = rot.querySelector("[data-hb-datum]");
    tillstand.program = giltigtProgram(rot, tillstand.program);
    var kanda = Array.prototype.map.call(rot.querySelectorAll("[data-hb-steg]"), function (r) {
      return r.getAttribute("data-hb-steg");
    });
    var klara = tillstand.klara.filter(function (id) { return kanda.indexOf(id) !== -1; });
    // The reader's own ticks are printed unless they ask for an empty copy; with no ticks, the copy is empty.
    var bockval = rot.querySelectorAll('input[name="hb-bockar"]');
    rot.querySelector("[data-hb-antal-bockar]").textContent =
      klara.length ? "(" + klara.length + " av " + kanda.length + " steg klara)" : "(inga steg är bockade än)";
    if (!klara.length) rot.querySelector('input[name="hb-bockar"][value="tomma"]').checked = true;

    function medBockar() {
      return rot.querySelector('input[name="hb-bockar"]:checked').value === "mina";
    }

    function uppdatera(meddelande) {
      var synliga = filtrera(rot, tillstand.program);
      var namn = programnamn(rot, tillstand.program);
      var mina = medBockar();
      rot.querySelector("[data-hb-valt-program]").textContent = namn || "alla";
      var bockade = 0;
      rot.querySelectorAll("[data-hb-steg]").forEach(function (rad) {
        var klar = mina && klara.indexOf(rad.getAttribute("data-hb-steg")) !== -1;
        if (klar && !rad.hidden) bockade += 1;
        rad.querySelector("[data-hb-ruta]").classList.toggle("hb-ruta--klar", klar);
        rad.querySelector("[data-hb-ruta-text]").textContent = klar ? "klart" : "";
      });
      var bockText = rot.querySelector("[data-hb-bockar-text]");
      bockText.hidden = !mina;
      bockText.textContent = mina ? "Bockarna är från checklistan i webbläsaren: " + bockade + " klara." : "";
      status.textContent = meddelande ? meddelande + " " + synliga.length + " steg skrivs ut" +
        (mina ? ", " + bockade + " med bock." : " med tomma rutor.") : "";
    }

    bockval.forEach(function (radio) {
      radio.addEventListener("change", function () {
        if (radio.checked) uppdatera(radio.value === "mina" ? "Era bockar skrivs ut." : "Rutorna skrivs ut tomma.");
      });
    });

    function dagensDatum() {
      datum.textContent = new Date().toLocaleDateString("sv-SE");
    }

    programval(rot, tillstand, function (program) {
      var sparat = las();
      sparat.program = tillstand.program = program;
      spara(sparat);
      uppdatera("Visar steg för " + (programnamn(rot, program) || "alla program") + ".");
    });
    rot.querySelector("[data-hb-verktyg]").hidden = false;
    dagensDatum();
    window.addEventListener("beforeprint", dagensDatum);
    uppdatera();
  }

  document.querySelectorAll("[data-hb-checklista]").forEach(function (rot) {
    if (!ikopia(rot)) checklista(rot);
  });
  document.querySelectorAll("[data-hb-papper]").forEach(function (rot) {
    if (!ikopia(rot)) utskrift(rot);
  });
  document.querySelectorAll("[data-hb-skriv-ut]").forEach(function (knapp) {
    if (ikopia(knapp)) return;
    var rad = knapp.closest("[data-hb-skriv-ut-rad]");
    if (rad) rad.hidden = false;
    knapp.addEventListener("click", function () { window.print(); });
  });
})();
