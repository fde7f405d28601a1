"""Commands for the learned classifier: train."""

from __future__ import annotations

import typer  # noqa: F401

from . import _fail, app  # noqa: F401
