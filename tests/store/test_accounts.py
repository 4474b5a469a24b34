"""A team's accounts: roles, argon2 passwords, API tokens, sessions and login throttling."""
from __future__ import annotations

import pytest

from accord.store import StoreError
from accord.store.accounts import THROTTLE_PER_NAME, LoginRefused, Throttled, User

PASSWORD = "correct horse battery"


def test_a_password_is_kept_only_as_an_argon2_hash(fixture_store):
    fixture_store.add_user("kim", "analyst", PASSWORD)
    [stored] = fixture_store.conn.execute("SELECT password_hash FROM users WHERE name = 'kim'").fetchone()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert fixture_store.authenticate("Kim", PASSWORD) == User("kim", "analyst")
    with pytest.raises(LoginRefused):
        fixture_store.authenticate("kim", "wrong password!")
    with pytest.raises(LoginRefused):
        fixture_store.authenticate("nobody", PASSWORD)


@pytest.mark.parametrize("name, role, password, message", [
    ("Kim Lee", "analyst", PASSWORD, "user name"), ("kim", "editor", PASSWORD, "unknown role"),
    ("kim", "analyst", "short", "at least"),
])
def test_bad_accounts_are_refused(fixture_store, name, role, password, message):
    with pytest.raises(StoreError, match=message):
        fixture_store.add_user(name, role, password)
    assert fixture_store.users() == []


def test_logins_are_throttled_after_failures_even_with_the_right_password(fixture_store):
    fixture_store.add_user("kim", "analyst", PASSWORD)
    for _ in range(THROTTLE_PER_NAME):
        with pytest.raises(LoginRefused):
            fixture_store.authenticate("kim", "guess guess guess", address="10.0.0.9")
    with pytest.raises(Throttled, match="try again"):
        fixture_store.authenticate("kim", PASSWORD, address="10.0.0.9")


def test_tokens_name_their_user_until_revoked(fixture_store):
    fixture_store.add_user("kim", "reader", PASSWORD)
    token = fixture_store.new_token("kim", "nightly export")
    assert token.startswith("acc_") and fixture_store.token_user(token) == User("kim", "reader")
    assert fixture_store.token_user(token[:-1] + "x") is None
    assert fixture_store.conn.execute("SELECT count(*) FROM api_tokens WHERE token_hash = ?", (token,)).fetchone()[0] == 0
    assert fixture_store.revoke_tokens("kim") == 1
    assert fixture_store.token_user(token) is None


def test_a_session_holds_its_user_until_it_ends(fixture_store):
    user = fixture_store.add_user("kim", "admin", PASSWORD)
    secret = fixture_store.start_session(user)
    assert fixture_store.session_user(secret) == user
    fixture_store.set_role("kim", "reader")
    assert fixture_store.session_user(secret).role == "reader"  # a role change applies at once
    fixture_store.end_session(secret)
    assert fixture_store.session_user(secret) is None


def test_users_from_the_command_line(fixture_db, accord):
    added = accord("users", "add", "kim", "--role", "analyst", "--db", fixture_db, input=PASSWORD + "\n")
    assert added.exit_code == 0 and "Added kim (analyst)" in added.stdout
    made = accord("users", "token", "kim", "--db", fixture_db)
    token = made.stdout.strip()
    assert made.exit_code == 0 and token.startswith("acc_")
    assert "kim" in accord("users", "list", "--db", fixture_db).stdout
    again = accord("users", "add", "kim", "--db", fixture_db, input=PASSWORD + "\n")
    assert again.exit_code == 1 and "exists already" in again.stderr
    from accord.store import Store

    with Store.open(fixture_db) as store:
        assert store.token_user(token) == User("kim", "analyst")
