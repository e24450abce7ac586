// Header search backed by Pagefind. The index, Pagefind's code and the search help (pagefind/hb-sok.json:
// the index's words and the glossary's search words) load on first use only. The query logic is in
// hb-sok-logik.js; this file searches, ranks and shows the results, always as text, never as HTML.
(function () {
  "use strict";
  var rot = document.querySelector("[data-hb-sok]");
  var L = window.HbSokLogik;
  if (!rot || !L) return;
  var falt = rot.querySelector("[data-hb-sok-falt]");
  var lista = rot.querySelector("[data-hb-sok-lista]");
  var status = rot.querySelector("[data-hb-sok-status]");
  var forslagRad = rot.querySelector("[data-hb-sok-forslag]");
  var merKnapp = rot.querySelector("[data-hb-sok-mer]");
  var vaxel = document.getElementById("__search");
  var oppna = document.querySelector("[data-hb-sok-oppna]");
  var SIDA = 10; // results shown at a time
  var RANGORDNA = 30; // results whose text is read to rank them
  var pagefind = null;
  var sokhjalp = null;
  var senaste = 0;
  var timer = null;
  var visade = [];

  function sajtensRot() {
    var config = JSON.parse(document.getElementById("__config").textContent);
    return new URL(config.base.replace(/\/?$/, "/"), location.href);
  }

  function laddaPagefind() {
    if (!pagefind) {
      var bas = sajtensRot();
      pagefind = import(new URL("pagefind/pagefind.js", bas).href).then(function (pf) {
        return pf.options({ baseUrl: bas.pathname }).then(function () { return pf; });
      });
      sokhjalp = fetch(new URL("pagefind/hb-sok.json", bas).href).then(function (svar) {
        if (!svar.ok) throw new Error("hb-sok.json " + svar.status);
        return svar.json();
      });
    }
    return Promise.all([pagefind, sokhjalp]);
  }

  function visa(oppen) {
    vaxel.checked = oppen;
    if (oppna) oppna.setAttribute("aria-expanded", String(oppen));
  }

  // --- Searching ----------------------------------------------------------------------------------

  // One search per way of reading the query; a page found several ways keeps its best score. A reading
  // that uses the glossary instead of the typed word counts a little less.
  function sokKombinationer(pf, kombinationer) {
    return Promise.all(kombinationer.map(function (k) {
      return pf.search(k.ord.join(" ")).then(function (svar) { return { k: k, resultat: svar.results }; });
    })).then(function (svarLista) {
      var sidor = new Map();
      svarLista.forEach(function (s) {
        s.resultat.forEach(function (r) {
          var poang = r.score * (s.k.synonymer ? 0.7 : 1);
          var forra = sidor.get(r.id);
          if (!forra || poang > forra.poang) sidor.set(r.id, { r: r, k: s.k, poang: poang, traffOrd: 1 });
        });
      });
      return Array.from(sidor.values());
    });
  }

  // Any of the words: pages that hold more of them first.
  function sokNagotOrd(pf, tolkningar) {
    var ordLista = tolkningar.filter(function (t) { return !t.funktionsord && t.alternativ.length; });
    return Promise.all(ordLista.map(function (t) {
      return sokKombinationer(pf, L.kombinationer([t], 8));
    })).then(function (perOrd) {
      var sidor = new Map();
      perOrd.forEach(function (traffar) {
        traffar.forEach(function (s) {
          var forra = sidor.get(s.r.id);
          if (!forra) sidor.set(s.r.id, s);
          else { forra.traffOrd += 1; forra.poang += s.poang; }
        });
      });
      return Array.from(sidor.values());
    });
  }

  function sektionensPoang(s) {
    return s.weighted_locations.reduce(function (summa, l) { return summa + l.balanced_score; }, 0);
  }

  // Read the page's text: is there a heading that holds every word, does the text hold each word as
  // itself, and which section answers best?
  function bedom(kandidat) {
    return kandidat.r.data().then(function (d) {
      var fragaOrd = kandidat.k.ord.filter(function (o) { return !L.arFunktionsord(o); });
      if (!fragaOrd.length) fragaOrd = kandidat.k.ord;
      var delar = d.content.split(/\s+/);
      var textOrd = d.locations.map(function (i) { return (L.ord(delar[i] || "")[0]) || ""; });
      var avsnitt = d.sub_results.length ? d.sub_results : [{ title: d.meta.title, url: d.url, excerpt: d.excerpt, weighted_locations: [] }];
      var rubrikNiva = function (s) { return L.niva(fragaOrd, [s.title || ""], []); };
      kandidat.niva = L.niva(fragaOrd, [d.meta.title || ""].concat(avsnitt.map(function (s) { return s.title || ""; })), textOrd);
      // The glossary repeats each term as a heading: its entries come after the guidance that uses them.
      if (d.meta.typ === "uppslag") kandidat.niva = Math.min(kandidat.niva, 2);
      kandidat.vagledning = d.meta.typ ? 0 : 1;
      var ordning = avsnitt.slice().sort(function (a, b) {
        return rubrikNiva(b) - rubrikNiva(a) || sektionensPoang(b) - sektionensPoang(a);
      });
      kandidat.data = d;
      kandidat.basta = ordning[0];
      kandidat.ovriga = ordning.slice(1, 3).filter(function (s) { return s.url !== ordning[0].url; });
      return kandidat;
    });
  }

  function rangordna(kandidater) {
    kandidater.sort(function (a, b) { return b.poang - a.poang; });
    var forst = kandidater.slice(0, RANGORDNA);
    return Promise.all(forst.map(bedom)).then(function () {
      forst.sort(function (a, b) {
        return b.traffOrd - a.traffOrd || b.niva - a.niva || b.vagledning - a.vagledning || b.poang - a.poang;
      });
      return forst.concat(kandidater.slice(RANGORDNA));
    });
  }

  // All the words; then without the function words; then any of the words. Says which one it used.
  function hamta(pf, hjalp, fraga) {
    var tolkningar = L.tolka(fraga, hjalp);
    var meddelande = beskrivTolkning(tolkningar);
    var allaOrd = L.kombinationer(tolkningar, 8);
    var utanSmaord = tolkningar.filter(function (t) { return !t.funktionsord; });
    function resultat(kandidater, extra) {
      return rangordna(kandidater).then(function (r) {
        return { traffar: r, meddelande: meddelande.concat(extra || []), menade: menadeDu(tolkningar) };
      });
    }
    var farre = utanSmaord.length && utanSmaord.length < tolkningar.length;
    return Promise.all([
      sokKombinationer(pf, allaOrd),
      farre ? sokKombinationer(pf, L.kombinationer(utanSmaord, 8)) : Promise.resolve([])
    ]).then(function (svar) {
      var k = svar[0], k2 = svar[1];
      // A page with every typed word is found either way; the rest of a question is in its topic words.
      if (k.length) return resultat(slaSamman(k, k2));
      if (k2.length) {
        return resultat(k2, ["Inga träffar på alla orden – här är träffar på " +
          utanSmaord.map(function (t) { return t.ord; }).join(" ") + "."]);
      }
      if (utanSmaord.length >= 2) {
        return sokNagotOrd(pf, tolkningar).then(function (k3) {
          if (k3.length) return resultat(k3, ["Inga träffar på alla orden – här är träffar på något av dem."]);
          return borjan(pf, tolkningar, resultat);
        });
      }
      return borjan(pf, tolkningar, resultat);
    });
  }

  function slaSamman(forst, sedan) {
    var sidor = new Map(forst.map(function (s) { return [s.r.id, s]; }));
    sedan.forEach(function (s) {
      if (!sidor.has(s.r.id)) { s.poang *= 0.5; sidor.set(s.r.id, s); }
    });
    return Array.from(sidor.values());
  }

  // Last, for a word nothing else finds: the words that start like it ("social…" for "socialtjänsten").
  function borjan(pf, tolkningar, resultat) {
    var ordet = tolkningar.filter(function (t) { return !t.funktionsord; }).map(function (t) { return t.ord; })
      .sort(function (a, b) { return b.length - a.length; })[0];
    if (!ordet || ordet.length < 6) return resultat([]);
    var langd = ordet.length - 1;
    function forsok() {
      var del = ordet.slice(0, langd);
      return sokKombinationer(pf, [{ ord: [del], synonymer: 1 }]).then(function (k) {
        if (k.length) return resultat(k, ["Inga träffar på " + citat(ordet) + " – här är träffar på ord som börjar på " + citat(del) + "."]);
        langd -= 1;
        return langd >= 5 ? forsok() : resultat([]);
      });
    }
    return forsok();
  }

  function citat(o) { return "”" + o + "”"; }

  // What the search did with each word, in words the reader can check against the results.
  function beskrivTolkning(tolkningar) {
    var rader = [];
    tolkningar.forEach(function (t) {
      var termer = t.synonymer.map(citat).join(" och ");
      if (t.delar) {
        var sist = t.alternativ[t.alternativ.length - 1];
        rader.push("Ordet " + citat(t.ord) + " finns inte i handboken. Söker på " + citat(sist.join(" ")) + ".");
      } else if (t.ocksa) rader.push("Menade du " + citat(t.menade[0]) + "? Söker också på det.");
      else if (t.menade.length) {
        rader.push("Menade du " + citat(t.menade[0]) + "? Ordet " + citat(t.ord) + " finns inte i handboken, så här är träffar på " + citat(t.menade[0]) + ".");
      } else if (!t.funktionsord && !t.alternativ.length) {
        rader.push("Inga sidor innehåller " + citat(t.ord) + ".");
      } else if (t.synonymer.length) {
        rader.push(t.kant ? "Söker också på " + termer + "." : "Ordet " + citat(t.ord) + " finns inte i handboken. Söker på " + termer + ".");
      }
    });
    return rader;
  }

  // Other words the reader may have meant, beside the one searched for.
  function menadeDu(tolkningar) {
    var t = tolkningar.filter(function (t) { return t.menade.length > 1; })[0];
    return t ? { ord: t.ord, forslag: t.menade.slice(1) } : null;
  }

  // --- Showing ------------------------------------------------------------------------------------

  // Pagefind's excerpts mark hits with <mark>; everything else is added as text, never as HTML.
  function utdrag(el, text) {
    text.split(/(<mark>|<\/mark>)/).reduce(function (markerad, del) {
      if (del === "<mark>") return true;
      if (del === "</mark>") return false;
      var nod = document.createTextNode(del.replace(/&lt;/g, "<").replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
      if (markerad) { var m = document.createElement("mark"); m.appendChild(nod); el.appendChild(m); }
      else el.appendChild(nod);
      return markerad;
    }, false);
  }

  function element(namn, klass, text) {
    var el = document.createElement(namn);
    if (klass) el.className = klass;
    if (text) el.textContent = text;
    return el;
  }

  function traff(k) {
    var d = k.data;
    var sidtitel = d.meta.title || d.url;
    var li = element("li", "md-search-result__item");
    var a = element("a", "md-search-result__link");
    a.href = k.basta.url;
    var artikel = element("article", "md-search-result__article md-typeset");
    var rubrik = k.basta.title && k.basta.title !== sidtitel ? k.basta.title : sidtitel;
    if (rubrik !== sidtitel) artikel.appendChild(element("p", "hb-sok__sida", sidtitel));
    artikel.appendChild(element("h2", "", rubrik));
    var p = element("p");
    utdrag(p, k.basta.excerpt || d.excerpt || "");
    artikel.appendChild(p);
    a.appendChild(artikel);
    li.appendChild(a);
    if (k.ovriga.length) {
      var ul = element("ul", "hb-sok__avsnitt");
      k.ovriga.forEach(function (s) {
        var sli = element("li");
        var sa = element("a", "md-search-result__link", s.title);
        sa.href = s.url;
        sli.appendChild(sa);
        ul.appendChild(sli);
      });
      li.appendChild(ul);
    }
    return li;
  }

  function rakna(visas, totalt) {
    if (totalt === 1) return "1 träff.";
    return visas < totalt ? "Visar " + visas + " av " + totalt + " träffar." : totalt + " träffar.";
  }

  function visaFler(nummer) {
    var fran = lista.children.length;
    var nasta = visade.slice(fran, fran + SIDA);
    return Promise.all(nasta.map(function (k) { return k.data ? k : bedom(k); })).then(function (klara) {
      if (nummer !== senaste) return;
      klara.forEach(function (k) { lista.appendChild(traff(k)); });
      merKnapp.hidden = lista.children.length >= visade.length;
      return lista.children.length;
    });
  }

  function visaForslag(menade) {
    forslagRad.replaceChildren();
    forslagRad.hidden = !menade;
    if (!menade) return;
    forslagRad.appendChild(document.createTextNode("Menade du "));
    menade.forslag.forEach(function (o, i) {
      if (i) forslagRad.appendChild(document.createTextNode(" eller "));
      var b = element("button", "hb-sok__menade", o);
      b.type = "button";
      b.addEventListener("click", function () {
        falt.value = falt.value.toLowerCase().replace(menade.ord, o);
        sok(falt.value);
        falt.focus();
      });
      forslagRad.appendChild(b);
    });
    forslagRad.appendChild(document.createTextNode("?"));
  }

  function sok(fraga) {
    var nummer = ++senaste;
    lista.removeAttribute("data-hb-klar");
    if (fraga.trim().length < 2) {
      lista.replaceChildren();
      visade = [];
      merKnapp.hidden = true;
      visaForslag(null);
      status.textContent = "Skriv minst två bokstäver för att söka.";
      return;
    }
    status.textContent = "Söker …";
    laddaPagefind().then(function (delar) {
      return hamta(delar[0], delar[1], fraga);
    }).then(function (svar) {
      if (nummer !== senaste) return;
      visade = svar.traffar;
      lista.replaceChildren();
      return visaFler(nummer).then(function (antal) {
        if (nummer !== senaste) return;
        visaForslag(svar.menade);
        var rad = visade.length ? rakna(antal, visade.length) : "Inga träffar för " + citat(fraga) + ".";
        status.textContent = svar.meddelande.concat([rad]).join(" ");
        lista.setAttribute("data-hb-klar", fraga);
      });
    }).catch(function () {
      status.textContent = "Sökningen fungerar inte just nu. Använd menyn för att hitta rätt sida.";
    });
  }

  falt.addEventListener("focus", function () { visa(true); laddaPagefind(); });
  falt.addEventListener("input", function () {
    visa(true);
    clearTimeout(timer);
    timer = setTimeout(function () { sok(falt.value); }, 120);
  });
  merKnapp.addEventListener("click", function () {
    var forsta = lista.children.length;
    visaFler(senaste).then(function (antal) {
      status.textContent = rakna(antal, visade.length);
      var ny = lista.children[forsta] && lista.children[forsta].querySelector("a");
      if (ny) ny.focus();
    });
  });
  // Enter searches at once; the search the typing scheduled would only repeat it.
  rot.querySelector("form").addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    sok(falt.value);
  });
  rot.querySelector("form").addEventListener("reset", function () {
    setTimeout(function () { sok(""); falt.focus(); }, 0);
  });
  if (oppna) {
    oppna.setAttribute("aria-expanded", "false");
    oppna.addEventListener("click", function () { visa(true); falt.focus(); });
  }
  // The panel covers the page: when the keyboard moves on past it, it closes.
  rot.addEventListener("focusout", function (e) {
    if (vaxel.checked && e.relatedTarget && !rot.contains(e.relatedTarget)) visa(false);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && vaxel.checked) {
      visa(false);
      falt.blur();
      if (oppna && getComputedStyle(oppna).display !== "none") oppna.focus();
    }
  });
  vaxel.addEventListener("change", function () { if (!vaxel.checked) falt.blur(); });
})();
