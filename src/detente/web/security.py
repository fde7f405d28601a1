"""The guard in front of every request: access token, host check, body size, security headers.

One plain ASGI middleware, so it runs before routing and for every path (pages, API,
static files, OpenAPI docs):

* **token** - when the app has one, each request must carry it: ``Authorization: Bearer``,
  ``?token=`` (sets an HttpOnly cookie holding a digest of the token, so later page links
  work) or that cookie. Compared in constant time. Without a token the server is loopback-only, and the ``Host`` header must
  name a loopback host too (blocks DNS-rebinding pages from reaching the API).
* **body size** - a request body over ``max_body`` bytes gets a 413 with a coded message,
  whether it announces its length or streams.
* **headers** - a Content-Security-Policy that allows scripts and styles from this server
  only (no inline script; plotly needs inline styles), no framing, no sniffing, no referrer.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from http.cookies import SimpleCookie
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qs

from ..errors import Errors

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
COOKIE = "detente_token"

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def is_loopback(host: str) -> bool:
    return host.strip().lower() in LOOPBACK_HOSTS


def _host_name(value: str) -> str:
    """``example.org:8000`` -> ``example.org``; ``[::1]:8000`` -> ``::1``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


async def _json(send: Send, status: int, code: str, message: str, extra: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"code": code, "detail": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               *SECURITY_HEADERS, *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: see the module docstring."""

    def __init__(self, app: ASGIApp, *, token: str | None, max_body: int,
                 allowed_hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.token = token or None
        # The cookie carries a digest of the token, not the token: always cookie-safe text.
        self.cookie = hashlib.sha256(f"detente-cookie:{token}".encode()).hexdigest() if token else None
        self.max_body = max_body
        self.allowed_hosts = allowed_hosts if allowed_hosts is not None else LOOPBACK_HOSTS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        extra: list[tuple[bytes, bytes]] = []
        if self.token is None:
            if _host_name(headers.get("host", "")) not in self.allowed_hosts:
                port = (scope.get("server") or ("", 8000))[1]
                await _json(send, 403, "DT809", Errors.DT809.format(host=headers.get("host", ""), port=port))
                return
        else:
            via_query = self._query_token(scope)
            if not (self._ok(self._header_token(headers)) or self._ok(self._cookie_token(headers), self.cookie)
                    or self._ok(via_query)):
                await _json(send, 401, "DT803", Errors.DT803, [(b"www-authenticate", b"Bearer")])
                return
            if self._ok(via_query):
                extra.append((b"set-cookie", f"{COOKIE}={self.cookie}; HttpOnly; SameSite=Strict; Path=/".encode()))

        size = headers.get("content-length")
        if size and size.isdigit() and int(size) > self.max_body:
            await _json(send, 413, "DT802", Errors.DT802.format(size=int(size), limit=self.max_body))
            return
        receive = await self._buffered(receive, send)
        if receive is None:
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in SECURITY_HEADERS if h[0] not in present), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _buffered(self, receive: Receive, send: Send) -> Receive | None:
        """Read the body up to the limit (413 past it) and replay it to the app."""
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return receive
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_body:
                await _json(send, 413, "DT802", Errors.DT802.format(size=f"more than {self.max_body}",
                                                                    limit=self.max_body))
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay

    def _ok(self, given: str | None, expected: str | None = None) -> bool:
        expected = expected if expected is not None else self.token
        return bool(given) and expected is not None and hmac.compare_digest(
            given.encode("utf-8", "surrogateescape"), expected.encode("utf-8", "surrogateescape"))

    @staticmethod
    def _header_token(headers: dict[str, str]) -> str | None:
        auth = headers.get("authorization", "")
        return auth[7:].strip() if auth.lower().startswith("bearer ") else None

    @staticmethod
    def _cookie_token(headers: dict[str, str]) -> str | None:
        if "cookie" not in headers:
            return None
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(headers["cookie"])
        except Exception:  # a malformed cookie header is just no token
            return None
        return jar[COOKIE].value if COOKIE in jar else None

    @staticmethod
    def _query_token(scope: Scope) -> str | None:
        qs = scope.get("query_string", b"").decode("latin-1")
        values = parse_qs(qs).get("token")
        return values[0] if values else None
