"""Analysts' accounts: roles, argon2 password hashes, API tokens, web sessions, login throttling.

Everything lives in the database, so every server worker (and every server
sharing a PostgreSQL database) sees the same accounts, sessions and failed
logins. Tokens and session secrets are random and stored only as their
SHA-256; passwords as argon2id hashes.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from accord.store.db import NotFound, StoreError, transaction
from accord.store.rows import now

ROLES = ("reader", "analyst", "admin")
MIN_PASSWORD = 10
SESSION_HOURS = 12
THROTTLE_WINDOW = timedelta(minutes=15)
THROTTLE_PER_NAME = 5  # failed logins for one name within the window, then refused until it passes
THROTTLE_PER_ADDRESS = 20
_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,39}")


class LoginRefused(StoreError):
    """Wrong name or password (which one is not said)."""


class Throttled(StoreError):
    """Too many failed logins lately."""


@dataclass(frozen=True)
class User:
    name: str
    role: str

    @property
    def can_correct(self) -> bool:
        return self.role in ("analyst", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _at(delta: timedelta = timedelta(0)) -> str:
    return (datetime.now(timezone.utc) + delta).isoformat(timespec="seconds")


def add_user(conn, name: str, role: str, password: str) -> User:
    name = (name or "").strip().lower()
    if not _NAME.fullmatch(name):
        raise StoreError(f"a user name is 1-40 lowercase letters, digits, '.', '_' or '-', starting with a letter; "
                         f"not {name!r}")
    if role not in ROLES:
        raise StoreError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
    if len(password or "") < MIN_PASSWORD:
        raise StoreError(f"a password needs at least {MIN_PASSWORD} characters")
    hashed = _hasher().hash(password)
    with transaction(conn):
        if conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
            raise StoreError(f"user {name} exists already")
        conn.execute("INSERT INTO users (name, role, password_hash, created_at) VALUES (?,?,?,?)",
                     (name, role, hashed, now()))
    return User(name, role)


def set_password(conn, name: str, password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise StoreError(f"a password needs at least {MIN_PASSWORD} characters")
    _user(conn, name)
    with transaction(conn):
        conn.execute("UPDATE users SET password_hash = ? WHERE name = ?", (_hasher().hash(password), name))
        conn.execute("DELETE FROM web_sessions WHERE user_name = ?", (name,))


def set_role(conn, name: str, role: str) -> User:
    if role not in ROLES:
        raise StoreError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
    _user(conn, name)
    with transaction(conn):
        conn.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
    return User(name, role)


def users(conn) -> list[dict]:
    rows = conn.execute(
        "SELECT u.name, u.role, u.created_at, u.disabled,"
        " (SELECT count(*) FROM api_tokens t WHERE t.user_name = u.name AND t.revoked_at IS NULL) AS tokens"
        " FROM users u ORDER BY u.name").fetchall()
    return [dict(name=r[0], role=r[1], created_at=r[2], disabled=bool(r[3]), tokens=r[4]) for r in rows]


def has_users(conn) -> bool:
    return conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None


def _user(conn, name: str) -> User:
    row = conn.execute("SELECT name, role FROM users WHERE name = ? AND disabled = 0", (name,)).fetchone()
    if row is None:
        raise NotFound(f"no user {name}")
    return User(row[0], row[1])


# -- logging in ------------------------------------------------------------------

_DUMMY: list[str] = []


def authenticate(conn, name: str, password: str, address: str = "") -> User:
    """The user, if the password is theirs; every failure is counted, and too many lately refuse even
    a right password until the window passes."""
    from argon2.exceptions import InvalidHashError, VerificationError

    name = (name or "").strip().lower()
    since = _at(-THROTTLE_WINDOW)
    by_name = conn.execute("SELECT count(*) FROM login_failures WHERE name = ? AND at > ?", (name, since)).fetchone()[0]
    by_address = conn.execute("SELECT count(*) FROM login_failures WHERE address = ? AND at > ?",
                              (address, since)).fetchone()[0]
    if by_name >= THROTTLE_PER_NAME or (address and by_address >= THROTTLE_PER_ADDRESS):
        minutes = int(THROTTLE_WINDOW.total_seconds() // 60)
        raise Throttled(f"too many failed logins; try again in {minutes} minutes")
    row = conn.execute("SELECT name, role, password_hash FROM users WHERE name = ? AND disabled = 0",
                       (name,)).fetchone()
    hasher = _hasher()
    if not _DUMMY:
        _DUMMY.append(hasher.hash(secrets.token_hex(8)))
    try:
        hasher.verify(row[2] if row else _DUMMY[0], password or "")  # as slow for an unknown name
        ok = row is not None
    except (VerificationError, InvalidHashError):
        ok = False
    with transaction(conn):
        if not ok:
            conn.execute("INSERT INTO login_failures (name, address, at) VALUES (?,?,?)", (name, address, now()))
        else:
            conn.execute("DELETE FROM login_failures WHERE name = ?", (name,))
            conn.execute("DELETE FROM login_failures WHERE at < ?", (_at(-THROTTLE_WINDOW * 4),))
            if hasher.check_needs_rehash(row[2]):
                conn.execute("UPDATE users SET password_hash = ? WHERE name = ?", (hasher.hash(password), name))
    if not ok:
        raise LoginRefused("wrong name or password")
    return User(row[0], row[1])


# -- web sessions ------------------------------------------------------------------

def start_session(conn, user: User, hours: int = SESSION_HOURS) -> str:
    """A new session's secret (kept by the browser in a signed cookie; stored here as its hash)."""
    secret = secrets.token_urlsafe(32)
    with transaction(conn):
        conn.execute("DELETE FROM web_sessions WHERE expires_at < ?", (_at(),))
        conn.execute("INSERT INTO web_sessions (id, user_name, created_at, expires_at) VALUES (?,?,?,?)",
                     (_digest(secret), user.name, now(), _at(timedelta(hours=hours))))
    return secret


def session_user(conn, secret: str | None) -> User | None:
    if not secret:
        return None
    row = conn.execute(
        "SELECT u.name, u.role FROM web_sessions s JOIN users u ON u.name = s.user_name"
        " WHERE s.id = ? AND s.expires_at > ? AND u.disabled = 0", (_digest(secret), _at())).fetchone()
    return User(row[0], row[1]) if row else None


def end_session(conn, secret: str | None) -> None:
    if secret:
        with transaction(conn):
            conn.execute("DELETE FROM web_sessions WHERE id = ?", (_digest(secret),))


# -- API tokens --------------------------------------------------------------------

def new_token(conn, name: str, label: str | None = None) -> str:
    """A new API token for a user; only its hash is kept, so it is shown this once."""
    user = _user(conn, name)
    token = "acc_" + secrets.token_urlsafe(32)
    with transaction(conn):
        conn.execute("INSERT INTO api_tokens (user_name, token_hash, label, created_at) VALUES (?,?,?,?)",
                     (user.name, _digest(token), label, now()))
    return token


def token_user(conn, token: str | None) -> User | None:
    if not token or not token.startswith("acc_"):
        return None
    row = conn.execute(
        "SELECT u.name, u.role FROM api_tokens t JOIN users u ON u.name = t.user_name"
        " WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled = 0", (_digest(token),)).fetchone()
    return User(row[0], row[1]) if row else None


def revoke_tokens(conn, name: str) -> int:
    _user(conn, name)
    with transaction(conn):
        return len(conn.execute("UPDATE api_tokens SET revoked_at = ? WHERE user_name = ? AND revoked_at IS NULL"
                                " RETURNING id", (now(), name)).fetchall())


# -- the server's signing key ------------------------------------------------------

def server_key(conn, name: str = "cookies") -> bytes:
    """A random key made once per database, so every worker signs and checks cookies alike."""
    row = conn.execute("SELECT value FROM server_keys WHERE name = ?", (name,)).fetchone()
    if row is None:
        with transaction(conn):
            conn.execute("INSERT INTO server_keys (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
                         (name, secrets.token_hex(32)))
        row = conn.execute("SELECT value FROM server_keys WHERE name = ?", (name,)).fetchone()
    return bytes.fromhex(row[0])
