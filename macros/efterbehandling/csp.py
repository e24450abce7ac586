"""The Content-Security-Policy of every page, and the check that nothing unreviewed can run in it.

Hashing every inline script found in the output allowed any script that reached the output (an
injected period name ran on 8 pages). So the policy carries the hashes of an allow-list of reviewed
inline scripts only, and any other inline script, event handler, javascript: address or script file
stops the build naming the page. The policy travels with the site as a <meta> element, so it holds on
any intranet server; the server adds what a <meta> cannot carry (publicera/README.md). Pagefind runs
WebAssembly, hence 'wasm-unsafe-eval'; nothing is allowed from any other origin.
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
import re

# Reviewed inline scripts, from Material for MkDocs 9.8.2. {bas} stands for the page's relative root
# ("..", "../..", "." or the site's path), the one part that differs from page to page. Check both
# again when Material is upgraded: a changed script stops the build until it is reviewed here.
TILLATNA_SKRIPT = (
    # partials/javascripts/base.html: where the theme keeps its settings in localStorage
    '__md_scope=new URL("{bas}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
    '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
    '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}'
    "catch(e){}}",
    # base.html: opens the content tab that the address's #fragment names
    "var target=document.getElementById(location.hash.slice(1));target&&target.name&&"
    '(target.checked=target.name.startsWith("__tabbed_"))',
)
# Script files a page may load, relative to the site root: Material's bundle, mkdocs.yml's
# extra_javascript and the theme's own files in overrides/assets/ (reviewed in the pull request that
# adds them). A script added in docs/ is none of these.
MATERIAL_BUNDLE = re.compile(r"(^|/)assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js$")
DATATYPER = {"application/json"}  # never executed: the page's scripts read them as data

_SKRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_SRC = re.compile(r"""\bsrc\s*=\s*["']?([^"'\s>]+)""", re.I)
_TYP = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_HANDLARE = re.compile(r"<[a-zA-Z][^<>]*?\s(on[a-z]+)\s*=", re.I)
_JS_ADRESS = re.compile(r"""\b(?:href|src|action|formaction|data)\s*=\s*["']?\s*javascript:""", re.I)
_BAS = r"[A-Za-z0-9_./-]*"
_MONSTER = [re.compile("^" + re.escape(s).replace(re.escape("{bas}"), _BAS) + "$") for s in TILLATNA_SKRIPT]
_CHARSET = '<meta charset="utf-8">'


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _tillaten_fil(src: str, sidans_rot: str, egna: set[str]) -> bool:
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", src, re.I):
        return False  # another origin, or data:/javascript:
    fil = posixpath.normpath(posixpath.join(sidans_rot, src.split("?")[0].split("#")[0])).lstrip("/")
    return bool(MATERIAL_BUNDLE.search(fil)) or fil in egna or any(fil.endswith("/" + e) for e in egna)


def granska(html: str, sidans_rot: str, egna_skript: set[str]) -> tuple[list[str], list[str]]:
    """(hashes of the allowed inline scripts, problems told in Swedish) for one finished page.

    sidans_rot: the page's way to the site root ("../.."); egna_skript: mkdocs.yml's extra_javascript."""
    hashes, problem = [], []
    for attribut, innehall in _SKRIPT.findall(html):
        if src := _SRC.search(attribut):
            if not _tillaten_fil(src[1], sidans_rot, egna_skript):
                problem.append(
                    f"skriptfilen {src[1]} är inte granskad (den hör inte till temat eller extra_javascript)"
                )
            continue
        typ = _TYP.search(attribut)
        if typ and typ[1].lower() in DATATYPER:
            continue
        if any(m.match(innehall) for m in _MONSTER):
            hashes.append(_sha(innehall))
        else:
            problem.append(f"ett skript som inte är granskat: <script>{innehall.strip()[:60]}…</script>")
    problem += [f"händelseattributet {m} (ett skript i ett attribut)" for m in dict.fromkeys(_HANDLARE.findall(html))]
    if _JS_ADRESS.search(html):
        problem.append("en länk eller adress som börjar med javascript:")
    return sorted(set(hashes)), problem


def policy(hashes: list[str]) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            "script-src " + " ".join(["'self'", "'wasm-unsafe-eval'", *hashes]),
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def med_policy(html: str, hashes: list[str]) -> str:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    return html.replace(_CHARSET, _CHARSET + meta, 1)


def rapport(sida: str, problem: list[str]) -> str:
    rader = "\n".join(f"  {sida}: {p}" for p in problem)
    return (
        f"{len(problem)} fel i {sida} – inget publicerades. Sidan innehåller något som skulle köras i läsarens "
        f"webbläsare utan att vara granskat:\n{rader}\n"
        "Ta bort det ur sidan eller datafilen. Behövs ett nytt skript, be en utvecklare lägga det i "
        "overrides/assets/ och i extra_javascript i mkdocs.yml."
    )
