// What the header search does with a query before and after Pagefind: pure functions, no page or network,
// so the browser tests can call them directly (window.HbSokLogik). hb-sok.js does the searching.
(function () {
  "use strict";

  // Words that carry no topic: a question like "vem ska jag kontakta" must not need every one of them.
  var FUNKTIONSORD = new Set(("och att i på för med till av om som en ett är det den de du vi ni jag man " +
    "har hur vad vem vilka vilken vilket när var varför kan ska skall måste får vill bör inte eller men så " +
    "från efter före under mellan vid hos mot utan sig sin sitt sina er ert era vår vårt våra min mitt mina " +
    "din ditt dina dem oss mig dig han hon hen göra gör gå går finns blir bli vara alla många mycket någon " +
    "något några").split(" "));

  // Swedish endings a stemmer strips: a word with one of these after the query word is the same word.
  // Not "t": "att" is no form of "at".
  // Nor "ade": "samordnade" is no form of "samordnare". "are" is, loosely: the planerare plans (planera).
  var BOJNINGAR = ["", "n", "en", "et", "na", "ar", "er", "or", "r", "arna", "erna", "orna", "ns", "ens", "ets",
    "s", "a", "e", "ne", "nas", "ernas", "arnas", "are"];

  function ord(text) {
    return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-:][\p{L}\p{N}]+)*/gu) || []);
  }

  function arFunktionsord(o) { return FUNKTIONSORD.has(o); }

  // The word and every form of it without one of the endings, with at least four letters left.
  function stammar(o) {
    var ut = [o];
    for (var n = 1; n <= Math.min(5, o.length - 4); n++) {
      if (BOJNINGAR.indexOf(o.slice(-n)) > 0) ut.push(o.slice(0, -n));
    }
    return ut;
  }

  // "skolledningen" is "skolledning" inflected, "vårdnadshavarna" is "vårdnadshavare"; "skriv" is not "skr".
  function sammaOrd(a, b) {
    if (a === b) return true;
    var kort = a.length < b.length ? a : b;
    var lang = a.length < b.length ? b : a;
    if (kort.length >= 2 && lang.indexOf(kort) === 0 && BOJNINGAR.indexOf(lang.slice(kort.length)) > 0) return true;
    if (kort.length < 4) return false;
    var b2 = stammar(b);
    return stammar(a).some(function (x) { return b2.indexOf(x) >= 0; });
  }

  // Optimal string alignment distance (a swap of two letters counts as one), or max + 1 when further.
  function avstand(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var d = [];
    for (var i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (var j = 0; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      var minst = max + 1;
      for (j = 1; j <= b.length; j++) {
        var kostnad = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + kostnad);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
        minst = Math.min(minst, d[i][j]);
      }
      if (minst > max) return max + 1;
    }
    return d[a.length][b.length];
  }

  // Does the index know this word? Pagefind matches every word as a prefix and stems it, so a word is
  // known when an indexed word starts with it or is it inflected.
  function kant(o, ordforrad) {
    if (Object.prototype.hasOwnProperty.call(ordforrad, o)) return true;
    for (var w in ordforrad) {
      if (w.indexOf(o) === 0 || sammaOrd(w, o)) return true;
    }
    return false;
  }

  // "Menade du …?": indexed words one letter off (two for long words), the most used first.
  function forslag(o, ordforrad, antal) {
    if (o.length < 4) return [];
    var max = o.length >= 8 ? 2 : 1;
    var traffar = [];
    for (var w in ordforrad) {
      if (w === o || Math.abs(w.length - o.length) > max || w.length < 3) continue;
      var d = avstand(o, w, max);
      if (d <= max) traffar.push([w, d, ordforrad[w]]);
    }
    traffar.sort(function (x, y) { return x[1] - y[1] || y[2] - x[2] || (x[0] < y[0] ? -1 : 1); });
    return traffar.slice(0, antal || 2).map(function (t) { return t[0]; });
  }

  // The indexed word a typed inflection comes from ("skolkuratorn" -> "skolkurator"): Pagefind's stemmer
  // does not strip every Swedish ending.
  function grundform(o, ordforrad) {
    for (var n = Math.min(5, o.length - 4); n > 0; n--) {
      var bas = o.slice(0, -n);
      if (BOJNINGAR.indexOf(o.slice(-n)) > 0 && Object.prototype.hasOwnProperty.call(ordforrad, bas)) return bas;
    }
    return null;
  }

  // A word the index holds once or twice, one letter from a word it holds far more often, is most likely
  // a misspelling the source made too ("Husbygårdskolan").
  function vanligare(o, ordforrad) {
    var antal = ordforrad[o] || 0;
    if (o.length < 6 || antal > 2) return null;
    var basta = forslag(o, ordforrad, 1)[0];
    return basta && basta !== o && ordforrad[basta] >= 2 * Math.max(antal, 1) && avstand(o, basta, 1) === 1 ? basta : null;
  }

  // Compound words the index does not hold ("föräldrabrev", "hedersvåld") as two words it does hold.
  // The first part may drop its ending ("föräldra" of "föräldrar") or add a joining s ("heders").
  function delaSammansattning(o, ordforrad, sokord) {
    var basta = null;
    for (var i = 3; i <= o.length - 3; i++) {
      var andra = o.slice(i);
      if (i < 4 || andra.length < 4) continue;  // "rek"+"tor" is no compound
      var forsta = forstaLed(o.slice(0, i), ordforrad, sokord);
      if (!forsta || !kant(andra, ordforrad)) continue;
      var poang = Math.min(forsta.length, andra.length);
      if (!basta || poang > basta[0]) basta = [poang, [forsta, andra]];
    }
    return basta ? basta[1] : null;
  }

  function forstaLed(del, ordforrad, sokord) {
    var former = [del, del + "r", del + "a", del + "e", del + "n"];
    if (del.length > 3 && del[del.length - 1] === "s") former.push(del.slice(0, -1));
    for (var i = 0; i < former.length; i++) {
      if (Object.prototype.hasOwnProperty.call(sokord, former[i])) return former[i];
    }
    for (i = 0; i < former.length; i++) {
      if (kant(former[i], ordforrad)) return former[i];
    }
    return null;
  }

  // Each word of the query with what to search for it: itself, the glossary terms it stands for, or – for
  // a word the index does not hold – its parts or the nearest indexed word.
  function tolka(fraga, data) {
    return ord(fraga).map(function (o) {
      var t = { ord: o, alternativ: [[o]], synonymer: [], kant: true, delar: null, menade: [] };
      t.funktionsord = arFunktionsord(o);
      if (t.funktionsord) return t;
      t.kant = kant(o, data.ord);
      var egna = data.sokord[o] || [];
      if (!t.kant && !egna.length) {
        t.menade = forslag(o, data.ord);
        t.delar = t.menade.length ? null : delaSammansattning(o, data.ord, data.sokord);
        t.alternativ = t.menade.length ? [[t.menade[0]]] : t.delar ? [t.delar] : [];
      } else if (!t.kant) t.alternativ = [];
      var bas = t.kant && grundform(o, data.ord);
      if (bas && bas !== o) t.alternativ.push([bas]);
      var ofta = t.kant && !bas && vanligare(o, data.ord);
      if (ofta) { t.alternativ.push([ofta]); t.menade = [ofta]; t.ocksa = true; }
      var grund = t.kant || t.delar || t.menade.length ? t.alternativ.slice() : [[o]];
      grund.forEach(function (alt) {
        alt.forEach(function (del, i) {
          (data.sokord[del] || []).forEach(function (term) {
            var ny = alt.slice(0, i).concat(ord(term), alt.slice(i + 1));
            if (!t.alternativ.some(function (a) { return a.join(" ") === ny.join(" "); })) t.alternativ.push(ny);
            if (t.synonymer.indexOf(term) < 0) t.synonymer.push(term);
          });
        });
      });
      return t;
    });
  }

  // Every way of choosing one alternative per word, the typed words first, at most max ways. Each way
  // says how many of its words came from the glossary rather than from what was typed.
  function kombinationer(tolkningar, max) {
    var ut = [{ ord: [], synonymer: 0 }];
    tolkningar.forEach(function (t) {
      if (!t.alternativ.length) return;
      var nya = [];
      ut.forEach(function (b) {
        t.alternativ.forEach(function (alt, i) {
          var lant = i > 0 || !t.kant ? 1 : 0;
          nya.push({ ord: b.ord.concat(alt), synonymer: b.synonymer + lant });
        });
      });
      ut = nya.slice(0, max || 8);
    });
    return ut.filter(function (k) { return k.ord.length; });
  }

  // How well a page answers: 4 when a heading (or the title) is the query ("Fältassistent"; "Lärare/mentorer"
  // for mentor: words joined by a slash are one; a parenthesis may be left out), 3 when a heading holds every word, 2 when the text holds
  // every word as itself, 1 when only longer words that start like it do ("skriv" for "skr", "att" for "at").
  function medDelar(lista) {
    return lista.concat([].concat.apply([], lista.filter(function (w) { return w.indexOf("-") > 0; })
      .map(function (w) { return w.split("-"); })));
  }

  function niva(fragaOrd, rubriker, textOrd) {
    function har(samling, q) { return samling.some(function (w) { return sammaOrd(w, q); }); }
    textOrd = medDelar(textOrd);
    var basta = 0;
    rubriker.forEach(function (r) {
      var rOrd = ord(r).filter(function (w) { return !arFunktionsord(w); });
      if (!fragaOrd.every(function (q) { return har(medDelar(rOrd), q); })) return;
      // A word in parentheses restates the heading ("Agera tillsammans (AT)"): it need not be asked for.
      var platser = r.replace(/\([^)]*\)/g, " ").split(/\s+/).map(function (del) { return ord(del).filter(function (w) { return !arFunktionsord(w); }); })
        .filter(function (p) { return p.length; });
      var hela = platser.every(function (p) { return p.some(function (w) { return fragaOrd.some(function (q) { return sammaOrd(w, q); }); }); });
      basta = Math.max(basta, hela ? 4 : 3);
    });
    if (basta) return basta;
    if (fragaOrd.every(function (q) { return har(textOrd, q); })) return 2;
    return 1;
  }

  window.HbSokLogik = {
    ord: ord, arFunktionsord: arFunktionsord, stammar: stammar, sammaOrd: sammaOrd, avstand: avstand, kant: kant,
    forslag: forslag, grundform: grundform, vanligare: vanligare, delaSammansattning: delaSammansattning, tolka: tolka, kombinationer: kombinationer,
    niva: niva
  };
})();
