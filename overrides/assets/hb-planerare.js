// Planera er start: the same arithmetic as macros/planerare.py, for the reader's own school. Every figure
// comes from the JSON the page carries (built from data/ at build time); every word stays in the page,
// this script only writes numbers and picks singular or plural. What the reader types is kept in this
// browser only (localStorage).
(function () {
  "use strict";
  var rot = document.querySelector("[data-hb-planerare]");
  // "Skriv ut hela handboken" carries a static copy of the page; the copy stays as it is.
  if (!rot || rot.closest("#hb-hela-handboken")) return;
  var NYCKEL = "mvp-handboken.planerare.v1";
  var fakta = JSON.parse(rot.querySelector('script[type="application/json"]').textContent);
  var form = rot.querySelector("[data-hb-planerare-form]");
  var status = rot.querySelector("[data-hb-planerare-status]");
  var TALFALT = ["klasser", "ledargrupper", "personal", "utbildade"];

  // Swedish number format, as format_tal in macros/vy/text.py: 1500 -> "1 500", 27.5 -> "27,5".
  function tal(x) {
    if (Number.isInteger(x)) return String(x).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
    return x.toFixed(1).replace(".", ",");
  }

  // As macros/vy/starttext.py: days stay days and hours stay hours.
  function dagar(x) {
    if (x === 0.5) return "en halvdag";
    return tal(x) + (x === 1 ? " dag" : " dagar");
  }
  function timmar(x) {
    return tal(x) + (x === 1 ? " timme" : " timmar");
  }
  function dagarOchTimmar(tid) {
    var delar = tid.dagar ? [dagar(tid.dagar)] : [];
    if (tid.timmar) delar.push((tid.cirka ? "cirka " : "") + timmar(tid.timmar));
    return delar.join(" och ") || "ingen tid";
  }

  function summa(moment) {
    return moment.reduce(function (s, m) {
      return { dagar: s.dagar + (m.dagar || 0), timmar: s.timmar + (m.timmar || 0),
        cirka: s.cirka || Boolean(m.cirka && m.timmar) };
    }, { dagar: 0, timmar: 0, cirka: false });
  }

  function berakna(ind) {
    var p = fakta.program[ind.program];
    var pl = fakta.planering;
    var perKlass = fakta.arbetssatt[ind.arbetssatt].ledargrupp_per_klass;
    // The groups follow the classes or the school's own choice, never the number trained: whoever is
    // trained beyond the groups' needs is a reserve (as macros/planerare.py).
    var grupper = perKlass ? ind.klasser : Math.max(1, Math.min(ind.klasser, ind.ledargrupper));
    var lektionstimmar = ind.klasser * p.lektioner * p.lektionslangd;
    var perGrupp = p.lektioner * pl.timmar_per_lektion;
    var rader = fakta.moment.map(function (m) {
      var n = m.deltagare === "alla" ? ind.personal : ind.utbildade;
      return { id: m.id, personer: n, dagar: (m.dagar || 0) * n, timmar: (m.timmar || 0) * n, cirka: m.cirka };
    });
    var reserv = ind.utbildade - grupper * ind.ledare;
    var tal_ = {
      klasser: ind.klasser, ledare: ind.ledare, personal: ind.personal, utbildade: ind.utbildade,
      lektioner: p.lektioner, lektionslangd: p.lektionslangd, lektionstimmar: lektionstimmar,
      veckor: (p.lektioner - 1) * pl.veckor_mellan_lektioner + 1,
      ledargrupper: grupper, klasser_per_grupp: Math.ceil(ind.klasser / grupper),
      ledare_behovs: grupper * ind.ledare, reserv: Math.max(reserv, 0), fattas: Math.max(-reserv, 0),
      personaltimmar_lektioner: lektionstimmar * ind.ledare, timmar_per_lektion: pl.timmar_per_lektion,
      planering_per_grupp: perGrupp, planering_grupper: grupper * perGrupp,
      planering_personal: grupper * perGrupp * ind.ledare
    };
    var text = {
      program: p.kortnamn,
      team: dagarOchTimmar(summa(fakta.moment)),
      ovriga: dagarOchTimmar(summa(fakta.moment.filter(function (m) { return m.deltagare === "alla"; }))),
      totalt: dagarOchTimmar(summa(rader))
    };
    rader.forEach(function (r) {
      tal_["personer-" + r.id] = r.personer;
      text["summa-" + r.id] = dagarOchTimmar(r);
    });
    var lage = ind.utbildade === 0 ? "ingen" : (reserv > 0 ? "fler" : (reserv === 0 ? "noll" : "fattas"));
    return { tal: tal_, text: text, reserv: reserv, lage: lage };
  }

  // Only what changed is rewritten, so what the page added around a word (an abbreviation explained) stays.
  function skriv(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  function visa(ind) {
    var u = berakna(ind);
    rot.querySelectorAll("[data-hb-ut]").forEach(function (el) {
      skriv(el, tal(u.tal[el.getAttribute("data-hb-ut")]));
    });
    rot.querySelectorAll("[data-hb-plural]").forEach(function (el) {
      skriv(el, el.getAttribute(u.tal[el.getAttribute("data-hb-plural")] === 1 ? "data-en" : "data-flera"));
    });
    rot.querySelectorAll("[data-hb-ut-text]").forEach(function (el) {
      var text = u.text[el.getAttribute("data-hb-ut-text")];
      // An explained abbreviation reads "MVP (Mentorer i våldsprevention)": compare the word itself.
      var ord = el.querySelector("abbr") ? el.querySelector("abbr").firstChild.textContent : el.textContent;
      if (ord !== text) el.textContent = text;
    });
    rot.querySelectorAll("[data-hb-arbetssatt]").forEach(function (el) {
      el.hidden = el.getAttribute("data-hb-arbetssatt") !== ind.arbetssatt;
    });
    rot.querySelectorAll("[data-hb-reserv]").forEach(function (el) {
      el.hidden = el.getAttribute("data-hb-reserv") !== u.lage;
    });
    rot.querySelector("[data-hb-ingen-utbildad]").hidden = u.lage !== "ingen";
    var arExempel = TALFALT.concat(["program", "arbetssatt"]).every(function (k) { return ind[k] === fakta.exempel[k]; }) &&
      ind.ledare === fakta.exempel.ledare_per_grupp;
    rot.querySelector("[data-hb-rubrik-exempel]").hidden = !arExempel;
    rot.querySelector("[data-hb-exempel-not]").hidden = !arExempel;
    rot.querySelector("[data-hb-rubrik-egen]").hidden = arExempel;
    return u;
  }

  // The form's values, or null when a number is missing or out of range (the field then says so).
  function lasFormular() {
    var ind = {
      program: form.elements.program.value,
      arbetssatt: form.elements.arbetssatt.value,
      ledare: Number(form.elements.ledare_per_grupp.value)
    };
    var ok = true;
    TALFALT.forEach(function (namn) {
      var falt = form.elements[namn];
      var varde = Number(falt.value);
      if (falt.closest("[hidden]")) {  // not asked for this way of working: no error, no effect
        rot.querySelector('[data-hb-fel="' + namn + '"]').textContent = "";
        falt.removeAttribute("aria-invalid");
        ind[namn] = Number.isInteger(varde) && varde >= 1 ? varde : fakta.exempel[namn];
        return;
      }
      var giltigt = falt.value.trim() !== "" && Number.isInteger(varde) &&
        varde >= Number(falt.min) && varde <= Number(falt.max);
      var fel = rot.querySelector('[data-hb-fel="' + namn + '"]');
      fel.textContent = giltigt ? "" : "Skriv ett heltal från " + falt.min + " till " + tal(Number(falt.max)) + ".";
      if (giltigt) falt.removeAttribute("aria-invalid"); else falt.setAttribute("aria-invalid", "true");
      ok = ok && giltigt;
      ind[namn] = varde;
    });
    return ok && fakta.program[ind.program] && fakta.arbetssatt[ind.arbetssatt] ? ind : null;
  }

  // A field that only one way of working asks for (the number of leader groups) shows only for it.
  function visaFalt() {
    var satt = form.elements.arbetssatt.value;
    form.querySelectorAll("[data-hb-bara-for]").forEach(function (rad) {
      rad.hidden = rad.getAttribute("data-hb-bara-for").split(" ").indexOf(satt) === -1;
    });
  }

  function fyllI(ind) {
    form.elements.program.value = ind.program;
    form.elements.arbetssatt.value = ind.arbetssatt;
    form.elements.ledare_per_grupp.value = String(ind.ledare);
    TALFALT.forEach(function (namn) { form.elements[namn].value = String(ind[namn]); });
  }

  function uppdatera() {
    visaFalt();
    var ind = lasFormular();
    if (!ind) {
      status.textContent = "Rätta det som är markerat, så räknas allt om.";
      return;
    }
    var u = visa(ind);
    try {
      window.localStorage.setItem(NYCKEL, JSON.stringify(ind));
    } catch (e) { /* private window: the plan is shown, just not kept */ }
    status.textContent = "Uträknat för " + u.text.program + " och " + tal(ind.klasser) +
      (ind.klasser === 1 ? " klass" : " klasser") + ": " + tal(u.tal.ledare_behovs) + " ledare, " +
      tal(u.tal.veckor) + " veckor.";
  }

  function sparad() {
    try {
      return JSON.parse(window.localStorage.getItem(NYCKEL) || "null");
    } catch (e) {
      return null;
    }
  }

  var exempel = {
    program: fakta.exempel.program, arbetssatt: fakta.exempel.arbetssatt, ledare: fakta.exempel.ledare_per_grupp,
    klasser: fakta.exempel.klasser, ledargrupper: fakta.exempel.ledargrupper, personal: fakta.exempel.personal,
    utbildade: fakta.exempel.utbildade
  };
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("input", uppdatera);
  form.addEventListener("change", uppdatera);
  rot.querySelector("[data-hb-exempel]").addEventListener("click", function () {
    fyllI(exempel);
    uppdatera();
  });
  form.hidden = false;
  visaFalt();
  var tidigare = sparad();
  if (tidigare) {
    if (typeof tidigare.ledargrupper !== "number") tidigare.ledargrupper = exempel.ledargrupper;
    fyllI(tidigare);
    visaFalt();
    var ind = lasFormular();
    if (ind) {
      visa(ind);
    } else {
      fyllI(exempel);
      lasFormular();
    }
  }
})();
