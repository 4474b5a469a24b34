"""What keeps the web app safe to run: headers, body limit, CSRF, the change token, allowed hosts.

* Every response carries a Content-Security-Policy without inline scripts,
  ``X-Content-Type-Options: nosniff``, ``frame-ancestors 'none'`` and a strict
  Referrer-Policy.
* A request body over ``max_body`` bytes is refused with 413, whether it
  declares its length or streams it.
* Changes (POST, PUT, PATCH, DELETE) must come from this site: the Origin (or,
  lacking it, the Referer) must name the host the request was sent to. HTML
  forms carry a CSRF token the server issued and signed, equal to the one in
  the ``accord_csrf`` cookie (``auth``); the JSON API takes only
  ``application/json``, which a cross-site form cannot send without the
  browser asking first.
* Without accounts, when the app has a token, changes need it too: ``Authorization: Bearer TOKEN``, ``X-Accord-Token``, or
  the ``accord_token`` cookie that visiting any page with ``?token=TOKEN``
  sets.
* With ``allowed_hosts`` set (the CLI sets it on a loopback bind), a request
  naming any other Host is refused: a DNS-rebinding page cannot reach the app.
"""
from __future__ import annotations

import hmac
import ipaddress
import json
import secrets
from typing import Awaitable, Callable
from urllib.parse import urlsplit

CSRF_COOKIE = "accord_csrf"
TOKEN_COOKIE = "accord_token"
TOKEN_HEADER = "x-accord-token"
MAX_BODY = 1024 * 1024
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

ASGIApp = Callable[[dict, Callable, Callable], Awaitable[None]]


def new_token() -> str:
    return secrets.token_urlsafe(24)


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def same(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two secrets; None never matches."""
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def request_headers(scope: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in scope.get("headers") or []:
        out.setdefault(k.decode("latin-1").lower(), v.decode("latin-1"))
    return out


def cookies(headers: dict[str, str]) -> dict[str, str]:
    out = {}
    for part in headers.get("cookie", "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep:
            out.setdefault(name, value)
    return out


def presented_token(headers: dict[str, str]) -> str | None:
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return headers.get(TOKEN_HEADER) or cookies(headers).get(TOKEN_COOKIE)


def check_origin(headers: dict[str, str]) -> None:
    """A change must come from a page of this site, when the browser says where it comes from."""
    host = headers.get("host", "")
    origin = headers.get("origin")
    if origin is not None:
        if origin == "null" or urlsplit(origin).netloc.lower() != host.lower():
            raise Refused(403, f"cross-site request refused (Origin {origin!r} is not this site)")
        return
    referer = headers.get("referer")
    if referer and urlsplit(referer).netloc.lower() != host.lower():
        raise Refused(403, "cross-site request refused (Referer is not this site)")


class SecurityMiddleware:
    """Pure ASGI middleware: headers on every response, and the checks every request passes first."""

    def __init__(self, app: ASGIApp, *, token: str | None = None, max_body: int = MAX_BODY,
                 allowed_hosts: list[str] | None = None):
        self.app = app
        self.token = token
        self.max_body = max_body
        self.allowed_hosts = [h.lower() for h in allowed_hosts] if allowed_hosts else None

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = request_headers(scope)

        async def send_secured(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in HEADERS if k not in names]
            await send(message)

        try:
            self._check(scope, headers)
        except Refused as e:
            await refuse(scope, send_secured, e.status, e.message)
            return
        if scope["method"] == "GET" and self.token is not None and b"token=" in scope.get("query_string", b""):
            await self._take_token(scope, send_secured)
            return

        state = {"refused": False}

        async def send_guarded(message: dict) -> None:
            if not state["refused"]:
                await send_secured(message)

        if scope["method"] in UNSAFE or "content-length" in headers or "transfer-encoding" in headers:
            receive = self._limited(scope, receive, send_secured, state)
        try:
            await self.app(scope, receive, send_guarded)
        except Exception:
            if not state["refused"]:
                raise

    def _check(self, scope: dict, headers: dict[str, str]) -> None:
        if self.allowed_hosts is not None:
            host = headers.get("host", "").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if host not in self.allowed_hosts and name not in self.allowed_hosts:
                raise Refused(421, f"this server does not answer for host {host!r}")
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                raise Refused(400, "bad Content-Length")
            if int(length) > self.max_body:
                raise Refused(413, f"request body over {self.max_body} bytes")
        if scope["method"] not in UNSAFE:
            return
        check_origin(headers)
        if self.token is not None and not same(presented_token(headers), self.token):
            raise Refused(401, "changes need the server's token (Authorization: Bearer TOKEN, "
                               "X-Accord-Token, or open any page once with ?token=TOKEN)")
        path = scope.get("path", "")
        if path.startswith("/api/"):
            ctype = headers.get("content-type", "").split(";")[0].strip().lower()
            has_body = headers.get("content-length", "0") != "0" or "transfer-encoding" in headers
            if has_body and ctype != "application/json":
                raise Refused(415, "the API takes JSON bodies (Content-Type: application/json)")

    async def _take_token(self, scope: dict, send: Callable) -> None:
        """``?token=TOKEN`` on any page: keep it in a cookie, then show the page without it in the address."""
        from urllib.parse import parse_qsl, quote, urlencode

        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = next((v for k, v in query if k == "token"), None)
        rest = urlencode([(k, v) for k, v in query if k != "token"])
        location = "/" + quote((scope.get("path") or "/").lstrip("/\\")) + (f"?{rest}" if rest else "")
        headers = [(b"location", location.encode("latin-1")), (b"content-length", b"0")]
        if same(given, self.token):
            cookie = f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
            headers.append((b"set-cookie", cookie.encode("latin-1")))
        await send({"type": "http.response.start", "status": 303, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    def _limited(self, scope: dict, receive: Callable, send: Callable, state: dict) -> Callable:
        """A streamed body that grows past the limit is answered 413 and the app sees the client leave."""
        seen = 0
        limit = self.max_body

        async def wrapped() -> dict:
            nonlocal seen
            if state["refused"]:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    state["refused"] = True
                    await refuse(scope, send, 413, f"request body over {limit} bytes")
                    return {"type": "http.disconnect"}
            return message

        return wrapped


async def refuse(scope: dict, send: Callable, status: int, message: str) -> None:
    wants_html = (not scope.get("path", "").startswith("/api/")
                  and "text/html" in request_headers(scope).get("accept", ""))
    if wants_html:
        from markupsafe import escape

        body = (f"<!doctype html><meta charset=utf-8><title>{status}</title>"
                f"<link rel=stylesheet href=/static/app.css><main class=page><h1>Refused ({status})</h1>"
                f"<p>{escape(message)}</p><p><a href=/>Back to the overview</a></p></main>").encode()
        ctype = b"text/html; charset=utf-8"
    else:
        body = json.dumps({"detail": message}).encode()
        ctype = b"application/json"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})

