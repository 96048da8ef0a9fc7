"""Dashboard accounts and browser sessions.

Passwords are hashed with argon2id (``argon2-cffi`` defaults, rehashed on login when those defaults
change). A session is a random cookie token of which only the SHA-256 is stored, plus a CSRF token
for forms. Every change to an account writes a row to ``audit_log`` naming the role before and
after, never a password or a hash. All times are timezone-aware UTC.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Connection

from vigil.errors import InputError
from vigil.store import Store, audit_log, sessions, users

#: roles in increasing order of rights: each can do what the ones before it can
ROLES = ("viewer", "analyst", "admin")
SESSION_COOKIE = "vigil_session"
SESSION_DAYS = 7
MIN_PASSWORD = 8
#: longer passwords are refused (hashing cost grows with length)
MAX_PASSWORD = 1024

_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")
#: a cookie value longer than this is not one of ours (ours are 43 characters)
_MAX_TOKEN = 256
_hasher = PasswordHasher()


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    def can(self, role: str) -> bool:
        """Whether this user has at least the rights of ``role`` (viewer < analyst < admin)."""
        if role not in ROLES or self.role not in ROLES:
            return False
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str
    expires_at: datetime


# -- passwords --------------------------------------------------------------------------------------

def hash_password(password: str) -> str:
    """An argon2id hash (PHC string) of ``password``."""
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash``; False (never an exception) for a malformed hash."""
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    """A hash to verify against when the user is unknown, so that costs about as much as a wrong password."""
    return hash_password(secrets.token_urlsafe(16))


# -- accounts ---------------------------------------------------------------------------------------

def add_user(store: Store, name: str, role: str, password: str, *, by: str = "cli") -> User:
    """Create an account; InputError for a bad name, role or password, or a name already taken."""
    _check_name(name)
    _check_role(role)
    _check_password(password)
    digest = hash_password(password)
    try:
        with store.engine.begin() as conn:
            if _row(conn, name) is not None:
                raise InputError(f"user {name}", "already exists")
            conn.execute(users.insert().values(name=name, role=role, password_hash=digest, created_at=_now()))
            user_id = conn.execute(sa.select(users.c.id).where(users.c.name == name)).scalar_one()
            _audit(conn, by, name, None, role, "added")
    except sa.exc.IntegrityError:     # a concurrent add of the same name won the race
        raise InputError(f"user {name}", "already exists") from None
    return User(id=int(user_id), name=name, role=role)


def set_password(store: Store, name: str, password: str, *, by: str = "cli") -> None:
    """Change a password; the user's sessions end (they log in again)."""
    _check_password(password)
    digest = hash_password(password)
    with store.engine.begin() as conn:
        row = _existing(conn, name)
        conn.execute(users.update().where(users.c.id == row.id).values(password_hash=digest))
        conn.execute(sessions.delete().where(sessions.c.user_id == row.id))
        _audit(conn, by, name, row.role, row.role, "password changed")


def set_role(store: Store, name: str, role: str, *, by: str = "cli") -> User:
    """Change a role; demoting the last admin is refused."""
    _check_role(role)
    with store.engine.begin() as conn:
        row = _existing(conn, name)
        if row.role == role:
            return _user(row)
        if row.role == "admin":
            _keep_an_admin(conn, name, "cannot demote the last admin")
        conn.execute(users.update().where(users.c.id == row.id).values(role=role))
        _audit(conn, by, name, row.role, role, f"role changed from {row.role} to {role}")
    return User(id=int(row.id), name=row.name, role=role)


def remove_user(store: Store, name: str, *, by: str = "cli") -> None:
    """Delete an account and its sessions; removing the last admin is refused."""
    with store.engine.begin() as conn:
        row = _existing(conn, name)
        if row.role == "admin":
            _keep_an_admin(conn, name, "cannot remove the last admin")
        conn.execute(sessions.delete().where(sessions.c.user_id == row.id))
        conn.execute(users.delete().where(users.c.id == row.id))
        _audit(conn, by, name, row.role, None, "removed")


def list_users(store: Store) -> list[User]:
    """Every account, by name."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(users.c.id, users.c.name, users.c.role).order_by(users.c.name)).all()
    return [_user(r) for r in rows]


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The user when ``name`` and ``password`` match, else None (unknown names cost as much as wrong
    passwords). Records the login time and upgrades the hash when argon2's parameters have changed."""
    row = None
    if isinstance(name, str) and _NAME.fullmatch(name):
        with store.engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).first()
    if row is None:
        verify_password(_dummy_hash(), password if isinstance(password, str) else "")
        return None
    if not isinstance(password, str) or not verify_password(row.password_hash, password):
        return None
    values: dict[str, Any] = {"last_login": _now()}
    if _hasher.check_needs_rehash(row.password_hash):
        values["password_hash"] = hash_password(password)
    with store.engine.begin() as conn:
        conn.execute(users.update().where(users.c.id == row.id).values(**values))
    return _user(row)


# -- sessions ---------------------------------------------------------------------------------------

def create_session(store: Store, user: User) -> tuple[str, Session]:
    """A new session for ``user``: the cookie token (shown once; only its hash is stored) and the session."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = _now()
    expires = now + timedelta(days=SESSION_DAYS)
    with store.engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.expires_at < now))     # housekeeping
        conn.execute(sessions.insert().values(token_hash=_token_hash(token), user_id=user.id, csrf=csrf,
                                              created_at=now, expires_at=expires))
    return token, Session(user=user, csrf=csrf, expires_at=expires)


def get_session(store: Store, token: str | None) -> Session | None:
    """The session of a cookie token; None when it is missing, unknown or expired (never raises on garbage)."""
    digest = _token_digest(token)
    if digest is None:
        return None
    with store.engine.begin() as conn:
        row = conn.execute(
            sa.select(sessions.c.csrf, sessions.c.expires_at, users.c.id, users.c.name, users.c.role)
            .join(users, users.c.id == sessions.c.user_id)
            .where(sessions.c.token_hash == digest)).first()
        if row is None:
            return None
        expires = _utc(row.expires_at)
        if expires <= _now():
            conn.execute(sessions.delete().where(sessions.c.token_hash == digest))
            return None
    return Session(user=_user(row), csrf=row.csrf, expires_at=expires)


def end_session(store: Store, token: str) -> None:
    """Log out: forget the session (a no-op for an unknown token)."""
    digest = _token_digest(token)
    if digest is None:
        return
    with store.engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.token_hash == digest))


def check_csrf(session: Session, value: str | None) -> bool:
    """Whether a form's or header's CSRF value is this session's (constant-time comparison)."""
    if not isinstance(value, str) or not value:
        return False
    try:
        return hmac.compare_digest(session.csrf.encode("ascii"), value.encode("utf-8"))
    except UnicodeEncodeError:
        return False


# -- login throttling -------------------------------------------------------------------------------

class LoginThrottle:
    """Failed logins per key (address, name) in a sliding window, in bounded memory.

    At most ``max_entries`` keys are kept. When full, keys whose failures have all left the window go
    first, then the keys least recently failed that are not locked, and only then locked ones (the
    oldest first): filling the table with other names never unlocks an account at once."""

    def __init__(self, attempts: int = 5, window: float = 300.0, max_entries: int = 10_000) -> None:
        self.attempts = attempts
        self.window = window
        self.max_entries = max(1, max_entries)
        self._failures: OrderedDict[Hashable, list[float]] = OrderedDict()    # least recently failed first
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._failures)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._failures

    def _recent(self, key: Hashable, now: float) -> list[float]:
        return [t for t in self._failures.get(key, ()) if now - t < self.window]

    def blocked(self, key: Hashable, now: float) -> bool:
        """Whether ``key`` has used up its attempts within the window."""
        with self._lock:
            return len(self._recent(key, now)) >= self.attempts

    def fail(self, key: Hashable, now: float) -> None:
        """Record a failed attempt (only the last ``attempts`` are kept per key)."""
        with self._lock:
            self._failures[key] = [*self._recent(key, now), now][-self.attempts:]
            self._failures.move_to_end(key)
            if len(self._failures) > self.max_entries:
                self._evict(now)

    def clear(self, key: Hashable) -> None:
        """Forget a key (after a successful login)."""
        with self._lock:
            self._failures.pop(key, None)

    def _evict(self, now: float) -> None:
        """Shrink to 90% of the bound (so eviction runs once per many failures): stale keys first,
        then unlocked ones, then locked ones, each group least recently failed first."""
        groups: tuple[list[Hashable], list[Hashable], list[Hashable]] = ([], [], [])
        for k, ts in self._failures.items():
            live = sum(now - t < self.window for t in ts)
            groups[0 if live == 0 else 1 if live < self.attempts else 2].append(k)
        excess = len(self._failures) - (self.max_entries - self.max_entries // 10)
        for k in [*groups[0], *groups[1], *groups[2]][:max(0, excess)]:
            del self._failures[k]


# -- helpers ----------------------------------------------------------------------------------------

def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime) -> datetime:
    """SQLite returns naive datetimes (written as UTC); PostgreSQL aware ones."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _token_digest(token: object) -> str | None:
    if not isinstance(token, str) or not token or len(token) > _MAX_TOKEN:
        return None
    try:
        return _token_hash(token)
    except UnicodeEncodeError:      # lone surrogates
        return None


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise InputError(f"user {name!r}", "a name is 1 to 64 letters, digits, '.', '_' or '-'")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise InputError(f"role {role!r}", f"is not one of {', '.join(ROLES)}")


def _check_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise InputError("password", f"must be at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise InputError("password", f"must be at most {MAX_PASSWORD} characters")


def _row(conn: Connection, name: str) -> Any:
    return conn.execute(sa.select(users.c.id, users.c.name, users.c.role).where(users.c.name == name)).first()


def _existing(conn: Connection, name: str) -> Any:
    row = _row(conn, name) if isinstance(name, str) and _NAME.fullmatch(name) else None
    if row is None:
        raise InputError(f"user {name}", "no such user")
    return row


def _keep_an_admin(conn: Connection, name: str, problem: str) -> None:
    """Refuse when ``name`` is the only admin (admin rows are locked on PostgreSQL against races)."""
    admins = conn.execute(sa.select(users.c.id).where(users.c.role == "admin").with_for_update()).all()
    if len(admins) <= 1:
        raise InputError(f"user {name}", problem)


def _user(row: Any) -> User:
    return User(id=int(row.id), name=str(row.name), role=str(row.role))


def _audit(conn: Connection, by: str, name: str, before: str | None, after: str | None, reason: str) -> None:
    conn.execute(audit_log.insert().values(
        at=_now(), user=by[:64], action="user",
        target=f"user {name}",
        before=json.dumps({"role": before}) if before is not None else None,
        after=json.dumps({"role": after}) if after is not None else None,
        reason=reason))
