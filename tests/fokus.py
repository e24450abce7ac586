"""Focus you can see, measured in pixels: for each keyboard stop, a screenshot of the control and its
surroundings with focus and one without, compared pixel by pixel (WCAG 2.4.7, and the contrast test of
2.4.13: the changed pixels must differ from what was there before by at least 3:1). A browser test and
the screenshots are all it needs; the comparison runs in a blank page, outside the site's policy."""

from __future__ import annotations

MARGINAL = 8  # CSS px around the control: an outline or a halo sits outside its box
KONTRAST = 3.0

# Transitions (Material fades colours in 125 ms) and smooth scrolling would let a screenshot catch a control
# half-way.
UTAN_OVERGANGAR = """() => {
  const ark = new CSSStyleSheet();
  ark.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }' +
                  ' html, * { scroll-behavior: auto !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ark];
}"""

# What has focus: where it is on screen, and a key that is the same for the same control wherever it
# repeats (the menu on every page, the whole handbook's copy on "Skriv ut hela handboken"): measured once.
FOKUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  const klass = e => e ? (e.tagName + '.' + [...e.classList].sort().join('.')) : '';
  const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\\s+/g, ' ');
  return {
    x: r.left, y: r.top, b: r.width, h: r.height, sx: scrollX, sy: scrollY,
    // A link that wraps is outlined line by line: the ring's length is the sum of its pieces' perimeters.
    omkrets: [...el.getClientRects()].reduce(
      (s, q) => s + 2 * (Math.min(q.width, innerWidth) + Math.min(q.height, innerHeight)), 0),
    nyckel: [klass(el), el.type || '', klass(el.parentElement),
             klass(el.parentElement && el.parentElement.parentElement), text.slice(0, 40)].join('|'),
    namn: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + text.slice(0, 50) + '"',
  };
}"""

STANG_SOK = """() => {
  const vaxel = document.getElementById('__search');
  if (vaxel && vaxel.checked && !(document.activeElement && document.activeElement.closest('[data-hb-sok]'))) {
    vaxel.checked = false;
  }
}"""

# The unfocused screen is taken once per scroll position (window.hbUtan) and cut to each control's box.
UTAN = """async (b) => {
  const i = new Image(); i.src = b; await i.decode();
  const c = document.createElement('canvas'); c.width = i.width; c.height = i.height;
  c.getContext('2d').drawImage(i, 0, 0); window.hbUtan = c;
}"""

JAMFOR = """async ([a, r, KONTRAST]) => {
  const ia = new Image(); ia.src = a; await ia.decode();
  const ca = document.createElement('canvas'); ca.width = ia.width; ca.height = ia.height;
  const xa = ca.getContext('2d'); xa.drawImage(ia, 0, 0);
  const pa = xa.getImageData(0, 0, ia.width, ia.height).data;
  const pb = window.hbUtan.getContext('2d').getImageData(r.x, r.y, ia.width, ia.height).data;
  const lin = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const lum = (d, i) => 0.2126 * lin(d[i]) + 0.7152 * lin(d[i + 1]) + 0.0722 * lin(d[i + 2]);
  let andrade = 0, starka = 0;
  for (let i = 0; i < pa.length; i += 4) {
    if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) < 24) continue;
    andrade += 1;
    const la = lum(pa, i), lb = lum(pb, i);
    if ((Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05) >= KONTRAST) starka += 1;
  }
  return { andrade, starka };
}"""


def _ruta(info: dict, bredd: int, hojd: int) -> dict | None:
    """The control's box and margin on screen, in whole CSS pixels (one CSS pixel is one image pixel)."""
    x0, y0 = max(0, int(info["x"] - MARGINAL)), max(0, int(info["y"] - MARGINAL))
    x1 = min(bredd, int(info["x"] + info["b"] + MARGINAL + 1))
    y1 = min(hojd, int(info["y"] + info["h"] + MARGINAL + 1))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    return {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}


def _png(cdp, ruta: dict, rullat: tuple[float, float]) -> str:
    # The DevTools call directly: Playwright's own screenshot waits for more and takes twice as long.
    # Its clip is in page coordinates, so the scroll position is added to the box on screen.
    klipp = {**ruta, "x": ruta["x"] + rullat[0], "y": ruta["y"] + rullat[1], "scale": 1}
    svar = cdp.send("Page.captureScreenshot", {"format": "png", "clip": klipp})
    return "data:image/png;base64," + svar["data"]


def _igen(page, jamfor, cdp, bredd: int, hojd: int) -> tuple[dict, dict]:
    page.evaluate("window.hbFokus && window.hbFokus.focus()")
    page.wait_for_timeout(100)
    info = page.evaluate(FOKUS)
    ruta = _ruta(info, bredd, hojd) if info else None
    if ruta is None:
        return {"starka": 0, "andrade": 0}, info or {"omkrets": 1}
    rullat = (info["sx"], info["sy"])
    med = _png(cdp, ruta, rullat)
    page.evaluate("document.activeElement.blur()")
    jamfor.evaluate(UTAN, _png(cdp, {"x": 0, "y": 0, "width": bredd, "height": hojd}, rullat))
    return jamfor.evaluate(JAMFOR, [med, ruta, KONTRAST]), info


def svep(page, jamfor, sedda: set, max_stopp: int = 400) -> tuple[int, list[str]]:
    """Tab through the whole page from the top. Returns (controls measured, problems)."""
    page.evaluate(UTAN_OVERGANGAR)
    page.evaluate(
        "() => { window.hbFokus = null; document.addEventListener('focusin', e => { window.hbFokus = e.target; }); }"
    )
    bredd, hojd = page.viewport_size["width"], page.viewport_size["height"]
    cdp = page.context.new_cdp_session(page)
    matta, fel, forsta, utan_vid = 0, [], None, None
    for _ in range(max_stopp):
        page.keyboard.press("Tab")
        # Closing the search panel when focus leaves it is issue 15's work; until the panel does so itself,
        # the sweep closes it then, so the rest of the page is not measured under its dimming overlay.
        page.evaluate(STANG_SOK)
        info = page.evaluate(FOKUS)
        if info is None or info["nyckel"] == forsta:
            break  # out of the page, or round to the first stop again
        forsta = forsta or info["nyckel"]
        if info["nyckel"] in sedda:
            continue
        sedda.add(info["nyckel"])
        ruta = _ruta(info, bredd, hojd)
        if ruta is None:
            fel.append(f"{page.url}: {info['namn']} har fokus men syns inte på skärmen")
            continue
        rullat = (info["sx"], info["sy"])
        med = _png(cdp, ruta, rullat)
        # Chromium starts the next Tab from the element that lost focus, so blur() keeps the order.
        lage = page.evaluate(
            "document.activeElement.blur(), [scrollX, scrollY, !!document.getElementById('__search')?.checked]"
        )
        farsk = lage != utan_vid
        if farsk:
            jamfor.evaluate(UTAN, _png(cdp, {"x": 0, "y": 0, "width": bredd, "height": hojd}, rullat))
            utan_vid = lage
        svar = jamfor.evaluate(JAMFOR, [med, ruta, KONTRAST])
        if svar["starka"] < info["omkrets"]:
            # Something besides the page's scroll may have moved while the shots were taken (a side menu
            # scrolls on its own, a long page settles): focus the control again and take both shots anew.
            svar, info = _igen(page, jamfor, cdp, bredd, hojd)
            utan_vid = None
        # At least one ring of pixels around the control (its perimeter, within the screen) must change by 3:1.
        matta += 1
        if svar["starka"] < info["omkrets"]:
            fel.append(
                f"{page.url}: {info['namn']}: {svar['starka']} pixlar ändras med minst {KONTRAST}:1 "
                f"(av {svar['andrade']} ändrade), minst {info['omkrets']:.0f} behövs"
            )
    cdp.detach()
    return matta, fel
