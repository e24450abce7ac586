"""Addresses of pages: from one page to the site root, and every generated page's address written once."""

from __future__ import annotations

import posixpath


def relativ_rot(sid_url: str) -> str:
    """'lagesrapport/skolor/' -> '../../', '' -> ''."""
    katalog = sid_url if sid_url.endswith("/") else posixpath.dirname(sid_url)
    katalog = katalog.strip("/")
    return "" if not katalog else "../" * (katalog.count("/") + 1)
