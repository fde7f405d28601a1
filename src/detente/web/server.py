"""``detente serve``: check the address and token, then run the app under uvicorn."""

from __future__ import annotations

import os
from typing import Any

from ..errors import Errors, WebError
from .security import is_loopback

TOKEN_ENV = "DETENTE_TOKEN"


def resolve_token(host: str, token: str | None) -> str | None:
    """The token to require: ``token``, else $DETENTE_TOKEN; refuses a non-loopback host without one."""
    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        raise WebError(Errors.DT801.format(host=host), 400)
    return token


def serve(*, db: Any = None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          log_level: str = "info") -> None:
    """Serve the dashboard and API for the store at ``db`` until interrupted."""
    import uvicorn

    from .app import create_app

    token = resolve_token(host, token)
    app = create_app(db=db, token=token)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
