"""The Jinja2 environment (autoescape on for every template) and shared template data."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import __version__
from .charts import QUAD_NAMES

TEMPLATES = Path(__file__).parent / "templates"

env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True, default_for_string=True))
env.globals.update(version=__version__, quad_names=QUAD_NAMES, report=False)
templates = Jinja2Templates(env=env)


@lru_cache(maxsize=1)
def cameo_roots() -> list[tuple[str, str]]:
    from ..events.cameo import cameo_table

    table = cameo_table()
    return [(code, c.name) for code, c in sorted(table.items()) if len(code) == 2]


@lru_cache(maxsize=1)
def plover_types() -> list[str]:
    from ..events.cameo import cameo_table

    return sorted({c.plover for c in cameo_table().values() if c.plover})


def cameo_name(code: str | None) -> str:
    from ..events.cameo import cameo_table

    c = cameo_table().get(code or "")
    return c.name if c else ""


class _CountryNames(dict):  # type: ignore[type-arg]
    """ISO3 -> common name from pycountry, looked up on first use (page headings only)."""

    def __missing__(self, code: str) -> str:
        try:
            import pycountry

            c = pycountry.countries.get(alpha_3=code)
            name = (getattr(c, "common_name", None) or c.name) if c else ""
        except Exception:  # a heading is never worth a failed page
            name = ""
        self[code] = name
        return name

    def get(self, code: str, default: str = "") -> str:  # type: ignore[override]
        return self[code] or default


_NAMES = _CountryNames()


def country_names() -> dict[str, str]:
    return _NAMES


env.globals.update(roots=cameo_roots, plover_types_fn=plover_types)
