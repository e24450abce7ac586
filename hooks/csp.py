"""MkDocs hook: every finished page gets its Content-Security-Policy; an unreviewed script stops the build.

The logic is in macros/csp.py; this file only wires it to the events. Last in mkdocs.yml's hooks, so
the check sees each page exactly as it is published."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError


def _skydda(html: str, sida: str, rot: str, config) -> str:
    from macros.csp import granska, med_policy, rapport

    # Script files the project ships: mkdocs.yml's extra_javascript and the theme's own in overrides/assets.
    egna = set(map(str, config.extra_javascript))
    if config.theme.custom_dir:
        egna |= {f"assets/{f.name}" for f in (Path(config.theme.custom_dir) / "assets").glob("*.js")}
    hashes, problem = granska(html, rot, egna)
    if problem:
        raise PluginError(rapport(sida, problem))
    return med_policy(html, hashes)


def on_post_page(output: str, page, config) -> str:
    rot = "/".join([".."] * page.url.count("/")) or "."  # "skolor/akalla/" -> "../.."
    return _skydda(output, f"docs/{page.file.src_uri}", rot, config)


def on_post_template(output: str, template_name: str, config) -> str:
    return _skydda(output, template_name, "/", config) if template_name.endswith(".html") else output
