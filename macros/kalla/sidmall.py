"""Jinja in docs/ pages, rendered so that a page can show data but never run code.

mkdocs-macros renders pages with an ordinary Jinja environment: `{{ cycler.__init__.__globals__.os... }}`
in a page ran a shell command at build time. Here a page is checked first against an allow-list of what
pages actually use — `{{ makro(...) }}` with plain values, `{{ siffror.namn }}`, `{% raw %}` — and only
then rendered, in jinja2's SandboxedEnvironment with nothing but the registered macros in reach. The
allow-list gives the editor a line and a fix; the sandbox is the second wall if the list has a gap.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import traceback
import types
import typing
from collections.abc import Callable

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

MALLNAMN = "<sida>"
TILLATET = (
    'en sida får bara innehålla {{ makronamn() }} eller {{ makronamn("värde") }} med makron ur tabellen i '
    "CONTRIBUTING.md, och {{ siffror.namn }}"
)


class SidFel(Exception):
    """A mistake in a page's Jinja, told in Swedish; rad is the line in the Markdown after the front matter."""

    def __init__(self, meddelande: str, rad: int | None = None):
        super().__init__(meddelande)
        self.meddelande = meddelande
        self.rad = rad


# Filters that only change the case of a text: "hösten 2020" | capitalize -> "Hösten 2020".
FILTER = ("capitalize", "lower", "upper")


class Sidmiljo(SandboxedEnvironment):
    """Nothing callable but the registered macros; no attribute but a dict's keys; small numbers only."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})

    def __init__(self, makron: dict[str, Callable], varden: dict[str, object], **kwargs):
        super().__init__(undefined=StrictUndefined, autoescape=False, **kwargs)
        self.globals.clear()
        self.filters = {namn: self.filters[namn] for namn in FILTER}
        self.tests.clear()
        self.globals.update(varden)
        self.globals.update(makron)
        self._anropbara = {id(f) for f in makron.values()}

    def is_safe_attribute(self, obj, attr, value) -> bool:
        return isinstance(obj, LoopContext) and attr in ("index", "first", "last", "length")

    def is_safe_callable(self, obj) -> bool:
        return id(obj) in self._anropbara

    def call_binop(self, context, operator, left, right):
        for varde in (left, right):
            if isinstance(varde, int) and abs(varde) > 1_000_000:
                raise SecurityError("för stora tal i en beräkning")
            if isinstance(varde, (str, list, tuple)) and len(varde) > 100_000:
                raise SecurityError("för lång text i en beräkning")
        if operator in ("*", "**") and isinstance(right, int) and right > 1000:
            raise SecurityError("för stora tal i en beräkning")
        return self.binop_table[operator](left, right)


# Characters that Markdown, attr_list or HTML would read as markup, written as character references: the
# reader sees the character, and no parser sees syntax. Newlines would start a new Markdown block.
_SOM_TEXT = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-.!|~<>&\"'"}


def som_text(text: str) -> Markup:
    """A data string as it may stand in a page's Markdown: shown exactly, never read as markup."""
    return Markup("".join(_SOM_TEXT.get(c, c) for c in " ".join(str(text).splitlines())))


def sidvarden(varde: object, text=som_text) -> object:
    """Data for a page template: strings through text (som_text for Markdown; str where the output is
    escaped anyway), containers converted, numbers as they are."""
    if dataclasses.is_dataclass(varde) and not isinstance(varde, type):
        egenskaper = [n for n, v in vars(type(varde)).items() if isinstance(v, property)]
        namn = [f.name for f in dataclasses.fields(varde)] + egenskaper
        return {n: sidvarden(getattr(varde, n), text) for n in namn}
    if isinstance(varde, dict):
        return {k: sidvarden(v, text) for k, v in varde.items()}
    if isinstance(varde, (list, tuple)):
        return [sidvarden(v, text) for v in varde]
    if isinstance(varde, str):
        return text(varde)
    return varde


def _ar_literal(nod: nodes.Node) -> bool:
    if isinstance(nod, nodes.Const):
        return isinstance(nod.value, (str, int, float, bool)) or nod.value is None
    if isinstance(nod, (nodes.List, nodes.Tuple)):
        return all(_ar_literal(n) for n in nod.items)
    if isinstance(nod, nodes.Neg):
        return _ar_literal(nod.node)
    return False


def _ar_varde(nod: nodes.Node, varden: set[str]) -> bool:
    """siffror.namn (or siffror["namn"]): a plain value a page may show or pass to a macro."""
    return (
        isinstance(nod, (nodes.Getattr, nodes.Getitem))
        and isinstance(nod.node, nodes.Name)
        and nod.node.name in varden
        and (isinstance(nod, nodes.Getattr) or _ar_literal(nod.arg))
    )


def _fel_i_uttryck(nod: nodes.Node, makron: set[str], varden: set[str]) -> str | None:
    if isinstance(nod, nodes.Filter):
        if nod.name not in FILTER or nod.args or nod.kwargs or nod.dyn_args or nod.dyn_kwargs:
            return f"filtret |{nod.name} är inte tillåtet – en sida kan använda {', '.join('|' + f for f in FILTER)}"
        return _fel_i_uttryck(nod.node, makron, varden)
    if isinstance(nod, nodes.Call) and isinstance(nod.node, nodes.Name):
        if nod.node.name not in makron:
            return f"okänt makro {nod.node.name}() – kontrollera stavningen mot makrotabellen i CONTRIBUTING.md"
        if nod.dyn_args or nod.dyn_kwargs:
            return f"{nod.node.name}() får bara skrivna värden som argument"
        if not all(_ar_literal(a) or _ar_varde(a, varden) for a in [*nod.args, *(k.value for k in nod.kwargs)]):
            return f'argumenten till {nod.node.name}() ska vara skrivna värden, till exempel "mvp" eller 3'
        return None
    if _ar_varde(nod, varden):
        return None
    if isinstance(nod, nodes.Name):
        if nod.name in varden:
            return None
        if nod.name in makron:
            return f"{nod.name} är ett makro – skriv {{{{ {nod.name}() }}}} med parenteser"
        return f"okänt namn {nod.name!r} – {TILLATET}"
    if isinstance(nod, nodes.Const) and _ar_literal(nod):
        return None
    return f"sådan kod är inte tillåten i en sida – {TILLATET}"


def granska_mall(mall: nodes.Template, makron: set[str], varden: set[str]) -> SidFel | None:
    """The first thing in a parsed page that is not on the allow-list, with its line."""
    for sats in mall.body:
        if not isinstance(sats, nodes.Output):
            namn = type(sats).__name__.lower()
            return SidFel(f"{{% {namn} %}} och andra block är inte tillåtna i en sida – {TILLATET}", sats.lineno)
        for del_ in sats.nodes:
            if isinstance(del_, nodes.TemplateData):
                continue
            fel = _fel_i_uttryck(del_, makron, varden)
            if fel:
                return SidFel(fel, del_.lineno)
    return None


_SYNTAX = (
    ("Encountered unknown tag 'endraw'", "{% endraw %} utan {% raw %} före – ta bort den eller lägg till {% raw %}"),
    ("looking for the following tags: 'endraw'", "{% raw %} saknar sitt {% endraw %} – lägg till {% endraw %}"),
    ("Missing end of raw directive", "{% raw %} saknar sitt {% endraw %} – lägg till {% endraw %}"),
    (
        "Encountered unknown tag",
        "okänd {% … %}-tagg – ta bort den; vill du visa klammerparenteser, skriv {% raw %} före och {% endraw %} efter",
    ),
    ("unexpected end of template", "{{ eller {% utan slut – stäng med }} eller %}"),
    ("unexpected 'end of template'", "{{ eller {% utan slut – stäng med }} eller %}"),
    ("unexpected '}'", "en } för mycket eller för lite – skriv {{ … }} med två klammerparenteser på varje sida"),
)


def _syntaxfel(err: TemplateSyntaxError) -> SidFel:
    text = str(err)
    for monster, forklaring in _SYNTAX:
        if monster.lower() in text.lower():
            return SidFel(forklaring, err.lineno)
    return SidFel(
        f"fel i mallkoden ({{{{ … }}}} eller {{% … %}}) – kontrollera klammerparenteserna (Jinja säger: {text})",
        err.lineno,
    )


def _rad_i_sidan(err: BaseException) -> int | None:
    # Jinja rewrites tracebacks so that a template's frames carry the template's own line numbers.
    rader = [f.lineno for f in traceback.extract_tb(err.__traceback__) if f.filename in (MALLNAMN, "<template>")]
    return rader[-1] if rader else None


_SKRIPT_I_SIDAN = (
    (re.compile(r"<script\b", re.I), "en <script> hör inte hemma i en sida"),
    (re.compile(r"<[a-zA-Z][^<>]*?\son[a-z]+\s*=", re.I), "ett händelseattribut (on…=) är ett skript"),
    (re.compile(r"javascript:", re.I), "en adress som börjar med javascript: är ett skript"),
)


def granska_html(text: str) -> SidFel | None:
    """A script written into a page is refused where it stands, before anything is rendered."""
    for monster, vad in _SKRIPT_I_SIDAN:
        if traff := monster.search(text):
            return SidFel(
                f"{vad} – ta bort det. Behöver sidan något som bara ett skript kan göra, be en utvecklare "
                "lägga det i overrides/assets/",
                text.count("\n", 0, traff.start()) + 1,
            )
    return None


def rendera(text: str, makron: dict[str, Callable], varden: dict[str, object]) -> str:
    """The page's Markdown with its macros expanded, or SidFel with the line and the fix."""
    if fel := granska_html(text):
        raise fel
    miljo = Sidmiljo(makron, varden, comment_start_string="{##", comment_end_string="##}")
    try:
        mall = miljo.parse(text, filename=MALLNAMN)
    except TemplateSyntaxError as err:
        raise _syntaxfel(err) from None
    fel = granska_mall(mall, set(makron), set(varden))
    if fel:
        raise fel
    try:
        return miljo.from_string(text).render()
    except SidFel as err:
        raise SidFel(err.meddelande, err.rad or _rad_i_sidan(err)) from None
    except UndefinedError as err:
        raise SidFel(
            f"det som efterfrågas finns inte ({err}) – kontrollera stavningen; {TILLATET}", _rad_i_sidan(err)
        ) from None
    except SecurityError as err:
        raise SidFel(f"otillåtet i en sida ({err}) – {TILLATET}", _rad_i_sidan(err)) from None
    except RecursionError:
        raise SidFel(f"mallkoden anropar sig själv utan slut – {TILLATET}") from None
    except Exception as err:  # a macro that could not show what was asked for
        raise SidFel(
            f"makrot kunde inte visas ({type(err).__name__}: {err}) – kontrollera argumenten; stämmer de, "
            "be en utvecklare titta",
            _rad_i_sidan(err),
        ) from None


def valt(varde: str, tillatna, vad: str) -> str:
    """varde when it is one of tillatna; else the SidFel that lists what the page may write."""
    if varde not in tillatna:
        lista = ", ".join(f'"{t}"' for t in tillatna)
        raise SidFel(f"{varde!r} finns inte bland {vad} – skriv ett av {lista}")
    return varde


def _beskriv(signatur: inspect.Signature) -> str:
    delar = [
        p.name if p.default is inspect.Parameter.empty else f"{p.name}={p.default!r}"
        for p in signatur.parameters.values()
    ]
    return ", ".join(delar) or "inga argument"


def _typ_ok(varde: object, typ: object) -> bool:
    if typ is inspect.Parameter.empty or typ is typing.Any:
        return True
    if isinstance(typ, types.UnionType) or typing.get_origin(typ) is typing.Union:
        return any(_typ_ok(varde, t) for t in typing.get_args(typ))
    if typ is type(None):
        return varde is None
    if typ is int:
        return isinstance(varde, int) and not isinstance(varde, bool)
    if typ is float:
        return isinstance(varde, (int, float)) and not isinstance(varde, bool)
    return isinstance(typ, type) and isinstance(varde, typ)


def sidmakro(namn: str, funktion: Callable, bundna: tuple) -> Callable:
    """funktion with its first arguments bound, as a page may call it: wrong arguments are a SidFel."""
    hela = inspect.signature(funktion)
    typer = typing.get_type_hints(funktion)
    synliga = inspect.Signature(list(hela.parameters.values())[len(bundna) :])

    def makro(*args, **kwargs):
        try:
            bundet = synliga.bind(*args, **kwargs)
        except TypeError:
            raise SidFel(f"{namn}() tar {_beskriv(synliga)} – rätta argumenten inom parentesen") from None
        for parameter, varde in bundet.arguments.items():
            typ = typer.get(parameter, inspect.Parameter.empty)
            if not _typ_ok(varde, typ):
                raise SidFel(f"{namn}(): {parameter} ska vara {_typnamn(typ)}, inte {varde!r}")
        return funktion(*bundna, *args, **kwargs)

    makro.__name__ = namn
    return makro


def _typnamn(typ: object) -> str:
    namn = {
        str: "en text inom citattecken",
        int: "ett heltal",
        float: "ett tal",
        bool: "true eller false",
        type(None): "tomt",
    }
    if isinstance(typ, types.UnionType) or typing.get_origin(typ) is typing.Union:
        return " eller ".join(_typnamn(t) for t in typing.get_args(typ))
    return namn.get(typ, str(typ))
