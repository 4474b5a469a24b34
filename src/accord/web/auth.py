"""Who is asking: accounts, signed cookies and CSRF tokens the server issues.

A team server (``create_app(..., accounts=True)``: the CLI turns it on for
PostgreSQL and for any address beyond loopback) answers only signed-in
people: a web session (the ``accord_session`` cookie, HttpOnly, SameSite=Lax,
Secure behind TLS, holding a random secret and the server's signature of it)
or an API token (``Authorization: Bearer acc_...``). Readers read; a change
(POST, PUT, PATCH, DELETE) needs an analyst or admin, or it is refused with
403. Every correction and verdict is then made by the signed-in account.

Without accounts (SQLite on loopback) the app is the single-user tool it was.

CSRF tokens are issued by the server in both modes: a random nonce and the
server's HMAC of it (bound to the session when there is one), in a cookie
and in every form; a form's token must equal the cookie's and carry a valid
signature, so a value the server never issued is refused.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import Any, Callable
from urllib.parse import quote

from fastapi import Request

from accord.store.accounts import User
from accord.web.security import UNSAFE, Refused, cookies, presented_token, refuse, request_headers

SESSION_COOKIE = "accord_session"
PUBLIC = ("/login", "/static/", "/favicon.ico")  # answered to anyone (the login page and what it needs)
TOKEN_USER = User("token", "admin")  # the server's own --token, for scripts that predate accounts


def key(state: Any) -> bytes:
    """The server's signing key: made once per database, so every worker signs alike."""
    found = getattr(state, "signing_key", None)
    if found is None:
        from accord.store import Store

        with Store.open(state.db_path, create=False) as store:
            found = store.server_key()
        state.signing_key = found
    return found


def sign(k: bytes, purpose: str, value: str) -> str:
    mac = hmac.new(k, f"{purpose}:{value}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def signed(k: bytes, purpose: str, value: str) -> str:
    return f"{value}.{sign(k, purpose, value)}"


def unsigned(k: bytes, purpose: str, value: str | None) -> str | None:
    """The value inside a signed cookie, or None if the signature is not the server's."""
    if not value or "." not in value:
        return None
    inner, _, mac = value.rpartition(".")
    return inner if hmac.compare_digest(mac.encode(), sign(k, purpose, inner).encode()) else None


def session_secret(request: Request) -> str | None:
    return unsigned(key(request.app.state), "session", request.cookies.get(SESSION_COOKIE))


# -- CSRF --------------------------------------------------------------------------

def new_csrf(request: Request) -> str:
    nonce = secrets.token_urlsafe(18)
    return signed(key(request.app.state), "csrf:" + (session_secret(request) or ""), nonce)


def csrf_valid(request: Request, cookie_value: str | None, form_value: Any) -> bool:
    if not isinstance(form_value, str) or not cookie_value or not hmac.compare_digest(
            cookie_value.encode(), form_value.encode()):
        return False
    return unsigned(key(request.app.state), "csrf:" + (session_secret(request) or ""), form_value) is not None


# -- who is asking -----------------------------------------------------------------

def user_of(request: Request) -> User | None:
    return request.scope.get("state", {}).get("user")


def author(request: Request, given: str | None) -> str | None:
    """Who a change is made by: the signed-in account; without accounts, the name the form gave."""
    user = user_of(request)
    return user.name if user is not None else ((given or "").strip() or None)


class AccountsMiddleware:
    """Finds the user of every request and refuses what they may not do, before any route runs."""

    def __init__(self, app: Callable, *, state: Any, token: str | None = None):
        self.app = app
        self.state = state
        self.token = token

    def identify(self, headers: dict[str, str]) -> User | None:
        from accord.store import Store

        given = presented_token(headers)
        if self.token is not None and given and hmac.compare_digest(given.encode(), self.token.encode()):
            return TOKEN_USER
        secret = unsigned(key(self.state), "session", cookies(headers).get(SESSION_COOKIE))
        if secret is None and not (given and given.startswith("acc_")):
            return None
        with Store.open(self.state.db_path, create=False) as store:
            return store.session_user(secret) if secret else store.token_user(given)

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from anyio import to_thread

        headers = request_headers(scope)
        user = await to_thread.run_sync(self.identify, headers)
        scope.setdefault("state", {})["user"] = user
        path = scope.get("path", "")
        try:
            if not path.startswith(PUBLIC) and path != "/logout":
                self.check(scope, path, user)
        except Refused as e:
            await refuse(scope, send, e.status, e.message)
            return
        except _SignIn:
            query = scope.get("query_string", b"").decode("latin-1")
            back = quote(path + (f"?{query}" if query else ""), safe="")
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", f"/login?next={back}".encode("latin-1")),
                                    (b"content-length", b"0"), (b"cache-control", b"no-store")]})
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, send)

    @staticmethod
    def check(scope: dict, path: str, user: User | None) -> None:
        if user is None:
            wants_page = scope["method"] == "GET" and not path.startswith("/api/") and path != "/openapi.json"
            if wants_page:
                raise _SignIn()
            raise Refused(401, "sign in, or send an API token (Authorization: Bearer TOKEN; "
                               "`accord users token NAME` makes one)")
        if scope["method"] in UNSAFE and not user.can_correct:
            raise Refused(403, f"{user.name} is a {user.role}: only analysts and admins change the record")


class _SignIn(Exception):
    """A page asked for without a session: off to the login page."""
