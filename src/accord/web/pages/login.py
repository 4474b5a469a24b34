"""Signing in and out of a team server: a session in a signed HttpOnly cookie, logins throttled."""
from __future__ import annotations

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse

from accord.store.accounts import LoginRefused, Throttled
from accord.web.auth import SESSION_COOKIE, key, session_secret, signed, user_of
from accord.web.deps import store_of
from accord.web.render import check_csrf, redirect, render, safe_next

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = Query("/", max_length=500)):
    if not request.app.state.accounts:
        return redirect("/")
    return render(request, "login.html", nav="login", next=safe_next(next, "/"), name="", problem=None)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, csrf: str = Form(""), name: str = Form("", max_length=80),
          password: str = Form("", max_length=1000), next: str = Form("/", max_length=500)):
    check_csrf(request, csrf)
    if not request.app.state.accounts:
        return redirect("/")
    address = request.client.host if request.client else ""
    with store_of(request) as store:
        try:
            user = store.authenticate(name, password, address)
        except (LoginRefused, Throttled) as e:
            status = 429 if isinstance(e, Throttled) else 401
            return render(request, "login.html", status=status, nav="login", next=safe_next(next, "/"), name=name,
                          problem=str(e))
        secret = store.start_session(user)
    response = redirect(safe_next(next, "/"), "ok", f"Signed in as {user.name} ({user.role}).")
    response.set_cookie(SESSION_COOKIE, signed(key(request.app.state), "session", secret), httponly=True,
                        samesite="lax", secure=request.url.scheme == "https", path="/")
    response.delete_cookie("accord_csrf", path="/")  # a new session gets a new form token
    return response


@router.post("/logout")
def logout(request: Request, csrf: str = Form("")):
    check_csrf(request, csrf)
    if user_of(request) is not None:
        with store_of(request) as store:
            store.end_session(session_secret(request))
    response = redirect("/login", "ok", "Signed out.")
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.delete_cookie("accord_csrf", path="/")
    return response
