"""Accounts, passwords, sessions, CSRF and the ``vigil user`` commands (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from typer.testing import CliRunner

import vigil.cli_users  # noqa: F401  (registers ``vigil user``)
from vigil import auth
from vigil.auth import (
    ROLES,
    SESSION_DAYS,
    Session,
    User,
    add_user,
    authenticate,
    check_csrf,
    create_session,
    end_session,
    get_session,
    hash_password,
    list_users,
    remove_user,
    set_password,
    set_role,
    verify_password,
)
from vigil.cli import app
from vigil.errors import InputError
from vigil.store import Store, audit_log, sessions, users

PW = "correct horse battery"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    try:
        yield s
    finally:
        s.close()


def _audit_rows(store: Store) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(audit_log).order_by(audit_log.c.id))]


# -- passwords --------------------------------------------------------------------------------------

def test_hash_roundtrip_and_wrong_password() -> None:
    h = hash_password(PW)
    assert verify_password(h, PW)
    assert not verify_password(h, PW + "x")
    assert not verify_password(h, "")
    assert not verify_password("not a hash", PW)


def test_hash_is_argon2id_salted_and_not_the_password() -> None:
    h = hash_password(PW)
    assert h.startswith("$argon2id$")
    assert PW not in h
    assert hash_password(PW) != h                   # random salt


def test_user_can() -> None:
    viewer, analyst, admin = (User(i, f"u{i}", r) for i, r in enumerate(ROLES))
    assert viewer.can("viewer") and not viewer.can("analyst") and not viewer.can("admin")
    assert analyst.can("viewer") and analyst.can("analyst") and not analyst.can("admin")
    assert admin.can("viewer") and admin.can("analyst") and admin.can("admin")
    assert not admin.can("root")


# -- accounts ---------------------------------------------------------------------------------------

def test_add_and_list_users(store: Store) -> None:
    ana = add_user(store, "ana", "analyst", PW)
    boss = add_user(store, "boss.1", "admin", PW)
    assert ana == User(id=ana.id, name="ana", role="analyst")
    assert [(u.name, u.role) for u in list_users(store)] == [("ana", "analyst"), ("boss.1", "admin")]
    assert boss.id != ana.id
    with store.engine.connect() as conn:
        stored = conn.execute(sa.select(users.c.password_hash, users.c.created_at)
                              .where(users.c.name == "ana")).one()
    assert stored.password_hash.startswith("$argon2id$") and PW not in stored.password_hash
    assert verify_password(stored.password_hash, PW)
    assert stored.created_at is not None


def test_duplicate_name_is_refused(store: Store) -> None:
    add_user(store, "ana", "viewer", PW)
    with pytest.raises(InputError, match="already exists") as e:
        add_user(store, "ana", "admin", PW)
    assert e.value.source == "user ana"
    assert [u.role for u in list_users(store)] == ["viewer"]


@pytest.mark.parametrize(("name", "role", "password", "message"), [
    ("ana", "root", PW, "is not one of viewer, analyst, admin"),
    ("ana", "viewer", "short", "at least 8 characters"),
    ("ana", "viewer", "", "at least 8 characters"),
    ("", "viewer", PW, "1 to 64"),
    ("a" * 65, "viewer", PW, "1 to 64"),
    ("ana maria", "viewer", PW, "1 to 64"),
    ("ana/../x", "viewer", PW, "1 to 64"),
    ("<script>", "viewer", PW, "1 to 64"),
])
def test_bad_input_is_refused(store: Store, name: str, role: str, password: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        add_user(store, name, role, password)
    assert list_users(store) == []
    assert _audit_rows(store) == []


def test_longest_name_is_accepted(store: Store) -> None:
    name = "a-b_c." + "x" * 58
    assert len(name) == 64
    assert add_user(store, name, "viewer", PW).name == name
    remove_user(store, name)
    assert list_users(store) == []


def test_unknown_user_is_an_input_error(store: Store) -> None:
    for call in (lambda: set_password(store, "nobody", PW), lambda: set_role(store, "nobody", "admin"),
                 lambda: remove_user(store, "nobody")):
        with pytest.raises(InputError, match="no such user"):
            call()


def test_set_role(store: Store) -> None:
    add_user(store, "root", "admin", PW)
    add_user(store, "ana", "viewer", PW)
    assert set_role(store, "ana", "analyst") == User(id=list_users(store)[0].id, name="ana", role="analyst")
    with pytest.raises(InputError, match="is not one of"):
        set_role(store, "ana", "superuser")
    assert {u.name: u.role for u in list_users(store)} == {"ana": "analyst", "root": "admin"}


def test_last_admin_cannot_be_removed_or_demoted(store: Store) -> None:
    add_user(store, "root", "admin", PW)
    with pytest.raises(InputError, match="last admin"):
        remove_user(store, "root")
    with pytest.raises(InputError, match="last admin"):
        set_role(store, "root", "analyst")
    assert [(u.name, u.role) for u in list_users(store)] == [("root", "admin")]
    add_user(store, "second", "admin", PW)
    set_role(store, "root", "viewer")              # another admin remains
    with pytest.raises(InputError, match="last admin"):
        remove_user(store, "second")
    remove_user(store, "root")
    assert [(u.name, u.role) for u in list_users(store)] == [("second", "admin")]


# -- authentication ---------------------------------------------------------------------------------

def test_authenticate(store: Store) -> None:
    ana = add_user(store, "ana", "analyst", PW)
    assert authenticate(store, "ana", PW) == ana
    assert authenticate(store, "ana", "wrong password") is None
    assert authenticate(store, "ANA", PW) is None
    assert authenticate(store, "nobody", PW) is None
    assert authenticate(store, "bad name!", PW) is None
    assert authenticate(store, "", "") is None
    with store.engine.connect() as conn:
        last = conn.execute(sa.select(users.c.last_login).where(users.c.name == "ana")).scalar_one()
    assert last is not None
    last = last.replace(tzinfo=UTC) if last.tzinfo is None else last
    assert abs(datetime.now(UTC) - last) < timedelta(minutes=5)


def test_authenticate_rehashes_outdated_hashes(store: Store) -> None:
    add_user(store, "ana", "viewer", PW)
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PW)
    with store.engine.begin() as conn:
        conn.execute(users.update().where(users.c.name == "ana").values(password_hash=weak))
    assert authenticate(store, "ana", PW) is not None
    with store.engine.connect() as conn:
        now = conn.execute(sa.select(users.c.password_hash).where(users.c.name == "ana")).scalar_one()
    assert now != weak and now.startswith("$argon2id$") and verify_password(now, PW)
    assert not PasswordHasher().check_needs_rehash(now)


# -- sessions ---------------------------------------------------------------------------------------

def test_session_create_get_end(store: Store) -> None:
    ana = add_user(store, "ana", "analyst", PW)
    token, session = create_session(store, ana)
    assert isinstance(session, Session) and session.user == ana
    assert len(token) >= 40 and len(session.csrf) >= 40 and token != session.csrf
    assert session.expires_at.tzinfo is not None
    assert timedelta(days=SESSION_DAYS) - timedelta(minutes=5) < session.expires_at - datetime.now(UTC) \
        <= timedelta(days=SESSION_DAYS)
    with store.engine.connect() as conn:
        (stored,) = conn.execute(sa.select(sessions)).all()
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in (stored.token_hash, stored.csrf)

    got = get_session(store, token)
    assert got is not None
    assert got.user == ana and got.csrf == session.csrf
    assert got.expires_at.tzinfo is not None
    assert abs(got.expires_at - session.expires_at) < timedelta(seconds=1)

    other, _ = create_session(store, ana)
    end_session(store, token)
    assert get_session(store, token) is None
    assert get_session(store, other) is not None    # only that session ended
    end_session(store, token)                       # ending twice is harmless


@pytest.mark.parametrize("garbage", [None, "", "nope", "x" * 10_000, "\x00\ud800", "ünïcødé 🔑"])
def test_get_session_on_garbage(store: Store, garbage: str | None) -> None:
    ana = add_user(store, "ana", "viewer", PW)
    create_session(store, ana)
    assert get_session(store, garbage) is None
    if garbage is not None:
        end_session(store, garbage)                 # no exception either
    assert store.count(sessions) == 1


def test_expired_session_is_refused_and_deleted(store: Store) -> None:
    ana = add_user(store, "ana", "viewer", PW)
    token, _ = create_session(store, ana)
    keep, _ = create_session(store, ana)
    digest = hashlib.sha256(token.encode()).hexdigest()
    with store.engine.begin() as conn:
        conn.execute(sessions.update().where(sessions.c.token_hash == digest)
                     .values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    assert get_session(store, token) is None
    with store.engine.connect() as conn:
        left = conn.execute(sa.select(sessions.c.token_hash)).scalars().all()
    assert left == [hashlib.sha256(keep.encode()).hexdigest()]
    assert get_session(store, keep) is not None


def test_check_csrf(store: Store) -> None:
    ana = add_user(store, "ana", "viewer", PW)
    _, session = create_session(store, ana)
    assert check_csrf(session, session.csrf)
    assert not check_csrf(session, None)
    assert not check_csrf(session, "")
    assert not check_csrf(session, session.csrf[:-1])
    assert not check_csrf(session, session.csrf + "x")
    assert not check_csrf(session, "\ud800")
    _, other = create_session(store, ana)
    assert not check_csrf(session, other.csrf)


def test_password_change_and_removal_end_sessions(store: Store) -> None:
    add_user(store, "root", "admin", PW)
    ana = add_user(store, "ana", "analyst", PW)
    bob = add_user(store, "bob", "viewer", PW)
    t1, _ = create_session(store, ana)
    t2, _ = create_session(store, ana)
    tb, _ = create_session(store, bob)
    set_password(store, "ana", "a new password")
    assert get_session(store, t1) is None and get_session(store, t2) is None
    assert get_session(store, tb) is not None
    assert authenticate(store, "ana", PW) is None
    assert authenticate(store, "ana", "a new password") == ana
    with pytest.raises(InputError, match="at least 8"):
        set_password(store, "ana", "short")
    remove_user(store, "bob")
    assert get_session(store, tb) is None
    assert store.count(sessions) == 0


# -- audit ------------------------------------------------------------------------------------------

def test_audit_rows_without_secrets(store: Store) -> None:
    add_user(store, "root", "admin", PW, by="setup")
    add_user(store, "ana", "viewer", PW, by="root")
    set_role(store, "ana", "analyst", by="root")
    set_password(store, "ana", "another password", by="ana")
    remove_user(store, "ana", by="root")
    rows = _audit_rows(store)
    assert [(r["user"], r["action"], r["target"], r["reason"]) for r in rows] == [
        ("setup", "user", "user root", "added"),
        ("root", "user", "user ana", "added"),
        ("root", "user", "user ana", "role changed from viewer to analyst"),
        ("ana", "user", "user ana", "password changed"),
        ("root", "user", "user ana", "removed"),
    ]
    assert [(r["before"] and json.loads(str(r["before"])), r["after"] and json.loads(str(r["after"])))
            for r in rows] == [
        (None, {"role": "admin"}),
        (None, {"role": "viewer"}),
        ({"role": "viewer"}, {"role": "analyst"}),
        ({"role": "analyst"}, {"role": "analyst"}),
        ({"role": "analyst"}, None),
    ]
    text = json.dumps(rows, default=str)
    assert PW not in text and "another password" not in text and "argon2" not in text
    for r in rows:
        at = r["at"]
        assert isinstance(at, datetime)


def test_refused_changes_write_no_audit(store: Store) -> None:
    add_user(store, "root", "admin", PW)
    for call in (lambda: remove_user(store, "root"), lambda: set_role(store, "root", "viewer"),
                 lambda: add_user(store, "root", "viewer", PW), lambda: set_password(store, "root", "x")):
        with pytest.raises(InputError):
            call()
    assert len(_audit_rows(store)) == 1


# -- CLI --------------------------------------------------------------------------------------------

def test_cli_add_list_role_passwd_remove(db_url: str) -> None:
    runner = CliRunner()
    r = runner.invoke(app, ["user", "add", "root", "--role", "admin", "--db", db_url, "--password-stdin"],
                      input=PW + "\n")
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == "added root (admin)"
    r = runner.invoke(app, ["user", "add", "ana", "--role", "viewer", "--db", db_url, "--password-stdin"],
                      input="ana's password\nignored second line\n")
    assert r.exit_code == 0, r.output

    r = runner.invoke(app, ["user", "list", "--db", db_url])
    assert r.exit_code == 0
    assert [line.split() for line in r.stdout.splitlines()] == [["ana", "viewer"], ["root", "admin"]]

    r = runner.invoke(app, ["user", "role", "ana", "analyst", "--db", db_url])
    assert r.exit_code == 0 and r.stdout.strip() == "ana is now analyst"
    r = runner.invoke(app, ["user", "passwd", "ana", "--db", db_url, "--password-stdin"], input="fresh password\n")
    assert r.exit_code == 0 and "password changed for ana" in r.stdout

    store = Store.open(db_url)
    try:
        assert authenticate(store, "root", PW) is not None
        assert authenticate(store, "ana", "fresh password") is not None
        assert authenticate(store, "ana", "ana's password") is None
    finally:
        store.close()

    r = runner.invoke(app, ["user", "remove", "ana", "--db", db_url])
    assert r.exit_code == 0 and r.stdout.strip() == "removed ana"
    r = runner.invoke(app, ["user", "list", "--db", db_url])
    assert [line.split() for line in r.stdout.splitlines()] == [["root", "admin"]]


def test_cli_prompts_for_the_password_twice(db_url: str) -> None:
    r = CliRunner().invoke(app, ["user", "add", "ana", "--role", "analyst", "--db", db_url],
                           input=f"{PW}\n{PW}\n")
    assert r.exit_code == 0, r.output
    assert PW not in r.output                        # hidden input
    store = Store.open(db_url)
    try:
        assert authenticate(store, "ana", PW) is not None
    finally:
        store.close()


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["user", "add", "ana", "--role", "root", "--password-stdin"], PW + "\n", "is not one of viewer, analyst, admin"),
    (["user", "add", "ana", "--role", "viewer", "--password-stdin"], "short\n", "at least 8 characters"),
    (["user", "add", "bad name", "--role", "viewer", "--password-stdin"], PW + "\n", "1 to 64"),
    (["user", "add", "root", "--role", "viewer", "--password-stdin"], PW + "\n", "already exists"),
    (["user", "role", "ana", "admin"], "", "no such user"),
    (["user", "role", "root", "wizard"], "", "is not one of"),
    (["user", "role", "root", "viewer"], "", "last admin"),
    (["user", "remove", "root"], "", "last admin"),
    (["user", "passwd", "nobody", "--password-stdin"], PW + "\n", "no such user"),
])
def test_cli_errors_are_one_line(db_url: str, args: list[str], stdin: str, message: str) -> None:
    runner = CliRunner()
    setup = runner.invoke(app, ["user", "add", "root", "--role", "admin", "--db", db_url, "--password-stdin"],
                          input=PW + "\n")
    assert setup.exit_code == 0, setup.output
    r = runner.invoke(app, [*args, "--db", db_url], input=stdin)
    assert r.exit_code == 1
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "Traceback" not in r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]
    assert r.stdout == ""
    r = runner.invoke(app, ["user", "list", "--db", db_url])
    assert [line.split() for line in r.stdout.splitlines()] == [["root", "admin"]]


def test_dummy_hash_is_used_for_unknown_users(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[str] = []
    real = auth.verify_password

    def spy(stored_hash: str, password: str) -> bool:
        checked.append(stored_hash)
        return real(stored_hash, password)

    monkeypatch.setattr(auth, "verify_password", spy)
    assert authenticate(store, "nobody", PW) is None
    assert len(checked) == 1 and checked[0].startswith("$argon2id$")
