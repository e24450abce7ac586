"""MkDocs hook: a Content-Security-Policy in every page, with the hashes of that page's inline scripts.

The policy travels with the site (a <meta> element), so it holds on any intranet server; the server adds
the directives a <meta> cannot carry (see publicera/README.md). Pagefind runs WebAssembly, hence
'wasm-unsafe-eval'; nothing is allowed from any other origin."""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.S)
_CHARSET = '<meta charset="utf-8">'


def policy(html: str) -> str:
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
            for s in _INLINE.findall(html)
        }
    )
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


def med_policy(html: str) -> str:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html.replace(_CHARSET, _CHARSET + meta, 1)


def on_post_page(output: str, page, config) -> str:
    return med_policy(output)


def on_post_template(output: str, template_name: str, config) -> str:
    return med_policy(output) if template_name.endswith(".html") else output
