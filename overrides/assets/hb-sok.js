// Header search backed by Pagefind. The index and Pagefind's code load on first use only.
(function () {
  "use strict";
  var rot = document.querySelector("[data-hb-sok]");
  if (!rot) return;
  var falt = rot.querySelector("[data-hb-sok-falt]");
  var lista = rot.querySelector("[data-hb-sok-lista]");
  var status = rot.querySelector("[data-hb-sok-status]");
  var vaxel = document.getElementById("__search");
  var oppna = document.querySelector("[data-hb-sok-oppna]");
  var pagefind = null;
  var senaste = 0;
  var timer = null;

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
    }
    return pagefind;
  }

  function visa(oppen) {
    vaxel.checked = oppen;
    if (oppna) oppna.setAttribute("aria-expanded", String(oppen));
  }

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

  function traff(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = data.url;
    var artikel = document.createElement("article");
    artikel.className = "md-search-result__article md-typeset";
    var rubrik = document.createElement("h2");
    rubrik.textContent = (data.meta && data.meta.title) || data.url;
    var p = document.createElement("p");
    utdrag(p, data.excerpt || "");
    artikel.appendChild(rubrik);
    artikel.appendChild(p);
    a.appendChild(artikel);
    li.appendChild(a);
    var avsnitt = (data.sub_results || []).filter(function (s) { return s.url !== data.url; }).slice(0, 3);
    if (avsnitt.length) {
      var ul = document.createElement("ul");
      ul.className = "hb-sok__avsnitt";
      avsnitt.forEach(function (s) {
        var sli = document.createElement("li");
        var sa = document.createElement("a");
        sa.href = s.url;
        sa.className = "md-search-result__link";
        sa.textContent = s.title;
        sli.appendChild(sa);
        ul.appendChild(sli);
      });
      li.appendChild(ul);
    }
    return li;
  }

  function sok(fraga) {
    var nummer = ++senaste;
    if (fraga.trim().length < 2) {
      lista.replaceChildren();
      status.textContent = "Skriv minst två bokstäver för att söka.";
      return;
    }
    status.textContent = "Söker …";
    laddaPagefind().then(function (pf) { return pf.search(fraga); }).then(function (svar) {
      return Promise.all(svar.results.slice(0, 10).map(function (r) { return r.data(); }));
    }).then(function (traffar) {
      if (nummer !== senaste) return;
      lista.replaceChildren.apply(lista, traffar.map(traff));
      status.textContent = traffar.length === 0 ? "Inga träffar för " + fraga + "."
        : traffar.length === 1 ? "1 träff." : traffar.length + " träffar.";
      lista.setAttribute("data-hb-klar", fraga);
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
  rot.querySelector("form").addEventListener("submit", function (e) { e.preventDefault(); sok(falt.value); });
  rot.querySelector("form").addEventListener("reset", function () {
    setTimeout(function () { sok(""); falt.focus(); }, 0);
  });
  if (oppna) {
    oppna.setAttribute("aria-expanded", "false");
    oppna.addEventListener("click", function () { visa(true); falt.focus(); });
  }
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && vaxel.checked) {
      visa(false);
      falt.blur();
      if (oppna && getComputedStyle(oppna).display !== "none") oppna.focus();
    }
  });
  vaxel.addEventListener("change", function () { if (!vaxel.checked) falt.blur(); });
})();
