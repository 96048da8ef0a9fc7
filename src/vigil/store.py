"""The store: reports and claims with their provenance, in SQLite (default) or PostgreSQL.

One schema for both, created and upgraded by the Alembic migrations in ``vigil/migrations``.
SQLAlchemy Core only. Every write of a report and its claims is one transaction, so an interrupted
batch leaves no half-written report and a rerun finishes the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

try:
    import fcntl
except ImportError:       # pragma: no cover - not POSIX: the per-process lock only
    fcntl = None  # type: ignore[assignment]

from vigil.errors import ConfigError, InputError
from vigil.models import Claim, Count, Evidence, Perpetrator, Place, Report, Source, TimeSpan, Victims

#: the latest migration in vigil/migrations/versions (tests check the two agree)
SCHEMA_HEAD = "0005"
_MIGRATION_LOCK = threading.Lock()
_HELD = threading.local()                     # the exclusive() locks this thread holds (re-entrancy)
_THREAD_LOCKS: dict[tuple[str, str], threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()

metadata = sa.MetaData()

reports = sa.Table(
    "reports", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("external_id", sa.Text),
    sa.Column("url", sa.Text, unique=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("published_estimated", sa.Boolean, nullable=False, default=False),
    sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("arrived_via", sa.String(16), nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("extractor_version", sa.String(32), nullable=False),
    sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("reports.id")),
    sa.Column("similarity", sa.Float),
    sa.Column("minhash", sa.LargeBinary),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    sa.Column("claim_key", sa.String(16), nullable=False),
    sa.Column("fingerprint", sa.String(40), nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("value", sa.BigInteger),
    sa.Column("low", sa.BigInteger),
    sa.Column("high", sa.BigInteger),
    sa.Column("qualifier", sa.String(16), nullable=False),
    sa.Column("count_text", sa.Text, nullable=False),
    sa.Column("victims_category", sa.String(24), nullable=False),
    sa.Column("victims_text", sa.Text),
    sa.Column("victims_groups", sa.Text),
    sa.Column("victims_demographic", sa.Text),
    sa.Column("perpetrator_text", sa.Text),
    sa.Column("perpetrator_stance", sa.String(16)),
    sa.Column("source_name", sa.Text),
    sa.Column("source_text", sa.Text),
    sa.Column("source_kind", sa.String(16)),
    sa.Column("verification", sa.String(16), nullable=False),
    sa.Column("time_start", sa.Date),
    sa.Column("time_end", sa.Date),
    sa.Column("time_text", sa.Text),
    sa.Column("time_inherited", sa.Boolean, nullable=False, default=False),
    sa.Column("incidents", sa.Integer),
    sa.Column("part_of", sa.String(16)),
    sa.Column("derived", sa.Boolean, nullable=False, default=False),
    sa.Column("evidence_text", sa.Text, nullable=False),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("extractor_version", sa.String(32), nullable=False),
    sa.Column("review", sa.String(16)),        # None, or the analyst's verdict: accepted | corrected | rejected
    sa.Column("group_key", sa.String(40)),     # analyst-forced incident grouping (merge/split), see vigil.review
    sa.UniqueConstraint("report_id", "claim_key"),
)

claim_places = sa.Table(
    "claim_places", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("admin1", sa.Text),
    sa.Column("country", sa.String(2), nullable=False),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("precision", sa.String(8), nullable=False),
)

minhash_bands = sa.Table(
    "minhash_bands", metadata,
    sa.Column("band", sa.String(40), nullable=False),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    sa.PrimaryKeyConstraint("band", "report_id"),
)

failures = sa.Table(
    "ingest_failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

feeds = sa.Table(
    "feeds", metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("next_poll", sa.Float, nullable=False, default=0.0),
    sa.Column("last_error", sa.Text),
    sa.Column("last_ok", sa.Float),
)


incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.String(24), primary_key=True),
    sa.Column("kind", sa.String(12), nullable=False),
    sa.Column("parent", sa.String(24)),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("victims", sa.String(24), nullable=False),
    sa.Column("country", sa.String(2)),
    sa.Column("admin1", sa.Text, nullable=False),
    sa.Column("start", sa.Date),
    sa.Column("end", sa.Date),
    sa.Column("low", sa.BigInteger),
    sa.Column("best", sa.BigInteger),
    sa.Column("high", sa.BigInteger),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("independent_sources", sa.Integer, nullable=False),
    sa.Column("body", sa.Text, nullable=False),          # the incident's full JSON (history, claims, rule)
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("sort_key", sa.String(40), nullable=False),  # "<start or 9999-12-31>|<id>": keyset order
)

incident_claims = sa.Table(
    "incident_claims", metadata,
    sa.Column("incident_id", sa.String(24), sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    sa.PrimaryKeyConstraint("incident_id", "claim_id"),
)


api_tokens = sa.Table(
    "api_tokens", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_used", sa.DateTime(timezone=True)),
)


users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),            # viewer | analyst | admin
    sa.Column("password_hash", sa.Text, nullable=False),         # argon2id
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_login", sa.DateTime(timezone=True)),
)

sessions = sa.Table(
    "sessions", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),    # sha256 of the cookie value
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)

#: an analyst's verdict on one claim, keyed by (report, fingerprint) so it re-attaches after reextract
claim_reviews = sa.Table(
    "claim_reviews", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    sa.Column("fingerprint", sa.String(40), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),          # accepted | corrected | rejected | grouped
    sa.Column("patch", sa.Text, nullable=False),                 # JSON: the corrected fields
    sa.Column("group_key", sa.String(40)),
    sa.Column("updated_by", sa.String(64), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("report_id", "fingerprint"),
)

audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("user", sa.String(64), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),          # accept | correct | reject | merge | split | user
    sa.Column("target", sa.String(80), nullable=False),          # "claim 12", "incident I7", "user ana"
    sa.Column("report_id", sa.Integer),
    sa.Column("fingerprint", sa.String(40)),
    sa.Column("incident_id", sa.String(24)),
    sa.Column("before", sa.Text),                                # JSON
    sa.Column("after", sa.Text),                                 # JSON
    sa.Column("reason", sa.Text, nullable=False),
)


def default_database_url() -> str:
    """``VIGIL_DATABASE_URL``, else a SQLite file in the user's data directory."""
    env = os.environ.get("VIGIL_DATABASE_URL")
    if env:
        return env
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "vigil"
    return f"sqlite:///{base / 'vigil.db'}"


def database_url(value: str | None) -> str:
    """A ``--db`` value: a SQLAlchemy URL, or a path to a SQLite file."""
    if not value:
        return default_database_url()
    if "://" in value:
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value[len("postgresql://"):]
        if value.startswith("postgres://"):
            return "postgresql+psycopg://" + value[len("postgres://"):]
        return value
    return f"sqlite:///{Path(value).expanduser()}"


@contextmanager
def scratch_schema(url: str, prefix: str = "vigil_scratch") -> Iterator[str]:
    """A throwaway PostgreSQL schema for tests and benchmarks: yields a URL whose connections use it,
    and drops it afterwards. Fails (does not skip) when the server cannot be reached."""
    base = database_url(url)
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        sep = "&" if "?" in base else "?"
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        try:
            with admin.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        finally:
            admin.dispose()


def normalise_text(text: str) -> str:
    return " ".join(text.split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).lower().encode("utf-8")).hexdigest()


def fingerprint(c: Claim) -> str:
    """A claim's identity across re-extraction: where it is stated and what it counts."""
    key = f"{c.evidence.start}:{c.evidence.end}:{c.outcome}:{c.count.text}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredReport:
    id: int
    report: Report
    retrieved_at: datetime
    arrived_via: str
    origin: str
    extractor_version: str
    duplicate_of: int | None
    similarity: float | None


@dataclass(frozen=True)
class ClaimRow:
    id: int
    report_id: int
    claim: Claim
    outlet: str | None
    url: str | None
    published: date | None
    duplicate_of: int | None
    review: str | None = None       # the analyst's verdict (accepted, corrected, rejected), see vigil.review
    group_key: str | None = None    # analyst-forced incident grouping (merge/split), see vigil.review


class Store:
    """A database of reports and claims. ``Store.open(url)`` creates or upgrades the schema."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None, *, upgrade: bool = True) -> Store:
        url = database_url(url)
        kwargs: dict[str, Any] = {"future": True}
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:" and not path.startswith("file:"):
                try:
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise ConfigError(f"database {path}: cannot create its folder ({e.strerror})") from e
            kwargs["connect_args"] = {"timeout": 30}
            if path == ":memory:" or not path:
                kwargs["poolclass"] = sa.pool.StaticPool
        try:
            engine = sa.create_engine(url, **kwargs)
        except (sa.exc.ArgumentError, ImportError) as e:
            raise ConfigError(f"database URL {url!r} is not usable ({e})") from e
        if url.startswith("sqlite"):
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            with engine.connect():
                pass
        except sa.exc.OperationalError as e:
            raise ConfigError(f"cannot connect to the database: {_short(e)}") from e
        if upgrade:
            store.upgrade()
        return store

    def revision(self) -> str | None:
        """The schema's Alembic revision (None for an empty database)."""
        with self.engine.connect() as conn:
            if not sa.inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()

    def upgrade(self) -> None:
        """Create or upgrade the schema to the latest migration (a no-op when it is current). Processes
        opening a fresh database at once take turns (a cross-process lock); the later ones find it done."""
        if self.revision() == SCHEMA_HEAD:
            return
        from alembic import command
        from alembic.config import Config

        # Alembic keeps global state: one migration at a time per process, and one per database
        with _MIGRATION_LOCK, self.exclusive("migrate"):
            if self.revision() == SCHEMA_HEAD:
                return
            cfg = Config()
            cfg.set_main_option("script_location", str(resources.files("vigil") / "migrations"))
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """Hold the lock ``name`` on this database, across threads and processes: a file lock next to a
        SQLite file (``<file>.<name>.lock``), a session advisory lock on PostgreSQL. Re-entrant within
        a thread. Used around migrations and reconcile, whose writes must not interleave."""
        key = (str(self.engine.url), name)
        held = _HELD.__dict__.setdefault("keys", {})
        if held.get(key):
            held[key] += 1
            try:
                yield
            finally:
                held[key] -= 1
            return
        with _lock_of(key), self._cross_process(name):
            held[key] = 1
            try:
                yield
            finally:
                held.pop(key, None)

    @contextmanager
    def _cross_process(self, name: str) -> Iterator[None]:
        url = self.engine.url
        if url.get_backend_name() == "postgresql":
            digest = hashlib.sha1(f"vigil:{name}:{url.render_as_string(hide_password=True)}".encode()).digest()
            lock_id = int.from_bytes(digest[:8], "big", signed=True)
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": lock_id})
                conn.commit()
                try:
                    yield
                finally:
                    conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": lock_id})
                    conn.commit()
            return
        path = url.database if url.get_backend_name() == "sqlite" else None
        if not path or path == ":memory:" or path.startswith("file:") or fcntl is None:
            yield             # one process only (memory), or no file locks here: the thread lock serves
            return
        lock_path = f"{path}.{name}.lock"
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise ConfigError(f"database {path}: cannot create its lock file {lock_path} ({e.strerror})") from e
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)       # releases the lock

    # -- reports ------------------------------------------------------------------------------------

    def find_existing(self, conn: Connection, url: str | None, digest: str) -> int | None:
        cond = reports.c.content_hash == digest
        if url:
            cond = sa.or_(cond, reports.c.url == url)
        return conn.execute(sa.select(reports.c.id).where(cond).limit(1)).scalar()

    def add_report(self, conn: Connection, report: Report, *, arrived_via: str, origin: str,
                   extractor_version: str, found: Sequence[Claim], minhash: bytes | None = None,
                   bands: Sequence[str] = (), duplicate_of: int | None = None, similarity: float | None = None,
                   retrieved_at: datetime | None = None) -> int:
        """Insert one report and its claims (the caller holds the transaction)."""
        rid: Any = conn.execute(reports.insert().values(
            external_id=report.id, url=report.url, content_hash=content_hash(report.text), title=report.title,
            outlet=report.outlet, published=report.published, published_estimated=report.published_estimated,
            retrieved_at=retrieved_at or datetime.now(UTC), arrived_via=arrived_via, origin=origin,
            text=report.text, extractor_version=extractor_version, duplicate_of=duplicate_of,
            similarity=similarity, minhash=minhash,
        )).inserted_primary_key
        assert rid is not None
        rid = rid[0]
        self._insert_claims(conn, int(rid), found, extractor_version)
        if bands:
            conn.execute(minhash_bands.insert(), [{"band": b, "report_id": rid} for b in set(bands)])
        return int(rid)

    def replace_claims(self, conn: Connection, report_id: int, found: Sequence[Claim], extractor_version: str) -> None:
        """Replace a report's claims with a new extraction (the caller holds the transaction). The caller
        re-applies analyst reviews, keyed by claim fingerprint, with :func:`vigil.review.apply_reviews`
        (as :func:`vigil.ingest.reextract` does): this module sits below the review workflow."""
        ids = sa.select(claims.c.id).where(claims.c.report_id == report_id)
        conn.execute(claim_places.delete().where(claim_places.c.claim_id.in_(ids)))
        conn.execute(claims.delete().where(claims.c.report_id == report_id))
        self._insert_claims(conn, report_id, found, extractor_version)
        conn.execute(reports.update().where(reports.c.id == report_id).values(extractor_version=extractor_version))

    def _insert_claims(self, conn: Connection, report_id: int, found: Sequence[Claim], version: str) -> None:
        for c in found:
            cid: Any = conn.execute(claims.insert().values(
                report_id=report_id, claim_key=c.id, fingerprint=fingerprint(c), outcome=c.outcome,
                value=c.count.value, low=c.count.low, high=c.count.high, qualifier=c.count.qualifier,
                count_text=c.count.text, victims_category=c.victims.category, victims_text=c.victims.text,
                victims_groups=json.dumps(c.victims.groups), victims_demographic=json.dumps(c.victims.demographic),
                perpetrator_text=c.perpetrator.text if c.perpetrator else None,
                perpetrator_stance=c.perpetrator.stance if c.perpetrator else None,
                source_name=c.source.name if c.source else None, source_text=c.source.text if c.source else None,
                source_kind=c.source.kind if c.source else None, verification=c.verification,
                time_start=c.time.start if c.time else None, time_end=c.time.end if c.time else None,
                time_text=c.time.text if c.time else None, time_inherited=bool(c.time and c.time.inherited),
                incidents=c.incidents, part_of=c.part_of, derived=c.derived, evidence_text=c.evidence.text,
                evidence_start=c.evidence.start, evidence_end=c.evidence.end, extractor_version=version,
            )).inserted_primary_key
            assert cid is not None
            cid = cid[0]
            if c.places:
                conn.execute(claim_places.insert(), [
                    {"claim_id": cid, "name": p.name, "admin1": p.admin1, "country": p.country, "lat": p.lat,
                     "lon": p.lon, "precision": p.precision} for p in c.places])

    def record_failure(self, origin: str, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(failures.insert().values(origin=origin, reason=reason, at=datetime.now(UTC)))

    def candidates(self, conn: Connection, bands: Sequence[str]) -> list[tuple[int, bytes | None]]:
        """Reports sharing a MinHash band with a new one (near-duplicate candidates)."""
        if not bands:
            return []
        rows = conn.execute(
            sa.select(reports.c.id, reports.c.minhash, reports.c.duplicate_of)
            .where(reports.c.id.in_(sa.select(minhash_bands.c.report_id).where(minhash_bands.c.band.in_(bands))))
            .order_by(reports.c.id)
        ).all()
        return [(r.duplicate_of or r.id, r.minhash) for r in rows]

    def get_report(self, ref: str) -> StoredReport:
        cond = reports.c.id == int(ref) if ref.isdigit() else sa.or_(reports.c.external_id == ref,
                                                                     reports.c.url == ref)
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(reports).where(cond).order_by(reports.c.id).limit(1)).first()
        if row is None:
            raise InputError(ref, "no such report in the database")
        return _stored(row)

    def iter_reports(self, *, limit: int | None = None, outdated: str | None = None) -> Iterator[StoredReport]:
        q = sa.select(reports).order_by(reports.c.id)
        if outdated:
            q = q.where(reports.c.extractor_version != outdated)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield _stored(row)

    def load_feeds(self) -> dict[str, dict[str, Any]]:
        with self.engine.connect() as conn:
            return {r.url: dict(r._mapping) for r in conn.execute(sa.select(feeds))}

    def save_feed(self, state: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(feeds.update().where(feeds.c.url == state["url"]).values(**state)).rowcount
            if not done:
                conn.execute(feeds.insert().values(**state))

    def has_url(self, url: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(reports.c.id).where(reports.c.url == url).limit(1)).first() is not None

    # -- API tokens -----------------------------------------------------------------------------------

    def create_token(self, name: str) -> str:
        """A new random token for ``name``; only its hash is stored, so it is shown once."""
        import secrets

        token = "vgl_" + secrets.token_urlsafe(32)
        try:
            with self.engine.begin() as conn:
                conn.execute(api_tokens.insert().values(name=name, token_hash=_token_hash(token),
                                                        created_at=datetime.now(UTC)))
        except sa.exc.IntegrityError:
            raise InputError(name, "a token with this name exists already") from None
        return token

    def check_token(self, token: str) -> str | None:
        """The name of the token, or None when it is not one of ours."""
        with self.engine.begin() as conn:
            name = conn.execute(sa.select(api_tokens.c.name).where(api_tokens.c.token_hash == _token_hash(token))
                                ).scalar()
            if name is not None:
                conn.execute(api_tokens.update().where(api_tokens.c.name == name)
                             .values(last_used=datetime.now(UTC)))
        return name

    def analyze(self, *tables: sa.Table) -> None:
        """Refresh PostgreSQL's planner statistics of ``tables`` (default: the tables a backfill and a
        reconcile fill) after a bulk write, so that the next exports and lists are planned for the rows
        there are now (hash joins over the whole result, not nested loops planned for an empty table)
        without waiting for autovacuum. SQLite plans from its indexes alone: nothing to do there."""
        if self.engine.dialect.name != "postgresql":
            return
        names = [t.name for t in tables or (reports, claims, claim_places, incidents, incident_claims)]
        with self.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE " + ", ".join(conn.dialect.identifier_preparer.quote(n) for n in names))

    def count(self, table: sa.Table) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0)

    # -- claims -------------------------------------------------------------------------------------

    def query_claims(self, *, country: str | None = None, since: date | None = None, until: date | None = None,
                     outcome: str | None = None, source: str | None = None, place: str | None = None,
                     report_id: int | None = None, limit: int | None = None,
                     ids: Sequence[int] | None = None, conn: Connection | None = None) -> Iterator[ClaimRow]:
        """Claims with their report's provenance, filtered; dates apply to the claim's days, or the
        report's publication date where the claim has none. With ``conn``, read through that connection
        (to see the caller's uncommitted writes)."""
        q = sa.select(claims, reports.c.outlet, reports.c.url, reports.c.published, reports.c.duplicate_of) \
            .join(reports, reports.c.id == claims.c.report_id) \
            .where(*claim_conditions(country=country, place=place, since=since, until=until, outcome=outcome,
                                     source=source))
        if report_id is not None:
            q = q.where(claims.c.report_id == report_id)
        if ids is not None:
            q = q.where(claims.c.id.in_(list(ids)))
        q = q.order_by(claims.c.report_id, claims.c.id)
        if limit:
            q = q.limit(limit)
        if conn is not None:
            rows, places = _claim_rows(conn, q)
        else:
            with self.engine.connect() as own:
                rows, places = _claim_rows(own, q)
        for r in rows:
            yield ClaimRow(r.id, r.report_id, _claim(r, places.get(r.id, [])), r.outlet, r.url, r.published,
                           r.duplicate_of, r.review, r.group_key)


def _claim_rows(conn: Connection, q: sa.Select[Any]) -> tuple[list[Any], dict[int, list[Place]]]:
    rows = list(conn.execute(q).all())
    ids = [r.id for r in rows]
    places: dict[int, list[Place]] = {}
    for chunk in _chunks(ids, 500):
        for p in conn.execute(sa.select(claim_places).where(claim_places.c.claim_id.in_(chunk))
                              .order_by(claim_places.c.id)):
            places.setdefault(p.claim_id, []).append(Place(
                name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                precision=p.precision))
    return rows, places


def claim_conditions(*, country: str | None = None, admin1: str | None = None, place: str | None = None,
                     bbox: tuple[float, float, float, float] | None = None, since: date | None = None,
                     until: date | None = None, outcome: str | None = None, victims: str | None = None,
                     source: str | None = None) -> list[sa.ColumnElement[bool]]:
    """Filters on ``claims`` (joined with ``reports``), shared by the CLI and the API. Dates apply to
    the claim's days, or its report's publication date where the claim has none."""
    cond: list[sa.ColumnElement[bool]] = []
    if country or admin1 or place or bbox:
        sub = sa.select(claim_places.c.claim_id)
        if country:
            sub = sub.where(claim_places.c.country == country.upper())
        if admin1:
            sub = sub.where(sa.func.lower(claim_places.c.admin1) == admin1.lower())
        if place:
            sub = sub.where(sa.or_(sa.func.lower(claim_places.c.name).contains(place.lower(), autoescape=True),
                                   sa.func.lower(claim_places.c.admin1).contains(place.lower(), autoescape=True)))
        if bbox:
            sub = sub.where(claim_places.c.lon.between(bbox[0], bbox[2]), claim_places.c.lat.between(bbox[1], bbox[3]))
        cond.append(claims.c.id.in_(sub))
    if since:
        cond.append(sa.func.coalesce(claims.c.time_end, claims.c.time_start, reports.c.published) >= since)
    if until:
        cond.append(sa.func.coalesce(claims.c.time_start, claims.c.time_end, reports.c.published) <= until)
    if outcome:
        cond.append(claims.c.outcome == outcome)
    if victims:
        cond.append(claims.c.victims_category == victims)
    if source:      # a substring, "%" and "_" taken literally
        cond.append(sa.or_(sa.func.lower(claims.c.source_name).contains(source.lower(), autoescape=True),
                           sa.func.lower(claims.c.source_text).contains(source.lower(), autoescape=True)))
    return cond


def _lock_of(key: tuple[str, str]) -> threading.Lock:
    with _THREAD_LOCKS_GUARD:
        return _THREAD_LOCKS.setdefault(key, threading.Lock())


def unreconciled_claim_ids(conn: Connection) -> list[int]:
    """Stored claims in no incident (and not rejected by an analyst): what an interrupted ingest left
    for the next reconcile to pick up.

    Run on every ingest, so it avoids probing every claim: unlinked claims almost always lie above the
    largest linked claim id (claims are stored, then reconciled). It reads those from the primary key,
    counts all unlinked claims from two index-only counts, and scans every claim only when the counts
    show unlinked claims below that id (rejected claims, or an ingest killed while another went on)."""
    linked = sa.select(incident_claims.c.claim_id).where(incident_claims.c.claim_id == claims.c.id)
    kept = sa.or_(claims.c.review.is_(None), claims.c.review != "rejected")
    top = conn.execute(sa.select(sa.func.max(incident_claims.c.claim_id))).scalar() or 0
    tail = conn.execute(sa.select(claims.c.id, kept).where(claims.c.id > top, ~linked.exists())
                        .order_by(claims.c.id)).all()
    total = conn.execute(sa.select(sa.func.count()).select_from(claims)).scalar() or 0
    held = conn.execute(sa.select(sa.func.count(sa.distinct(incident_claims.c.claim_id)))).scalar() or 0
    if total - held == len(tail):
        return [int(r[0]) for r in tail if r[1]]
    rows = conn.execute(sa.select(claims.c.id).where(~linked.exists(), kept).order_by(claims.c.id))
    return [int(r[0]) for r in rows]


def _chunks(items: Sequence[int], n: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _stored(row: Any) -> StoredReport:
    rep = Report(id=row.external_id or str(row.id), text=row.text, published=row.published,
                 published_estimated=bool(row.published_estimated), url=row.url, title=row.title, outlet=row.outlet)
    return StoredReport(row.id, rep, row.retrieved_at, row.arrived_via, row.origin, row.extractor_version,
                        row.duplicate_of, row.similarity)


def _claim(r: Any, places: list[Place]) -> Claim:
    return Claim(
        id=r.claim_key, outcome=r.outcome,
        count=Count(value=r.value, low=r.low, high=r.high, qualifier=r.qualifier, text=r.count_text),
        victims=Victims(category=r.victims_category, text=r.victims_text or "",
                        groups=json.loads(r.victims_groups or "[]"), demographic=json.loads(r.victims_demographic or "[]")),
        evidence=Evidence(r.evidence_text, r.evidence_start, r.evidence_end),
        perpetrator=Perpetrator(r.perpetrator_text, r.perpetrator_stance) if r.perpetrator_text else None,
        source=Source(r.source_name, r.source_text or r.source_name, r.source_kind or "other") if r.source_name else None,
        verification=r.verification,
        time=TimeSpan(r.time_start, r.time_end, r.time_text, bool(r.time_inherited))
        if (r.time_start or r.time_end or r.time_text) else None,
        places=places, incidents=r.incidents, part_of=r.part_of, derived=bool(r.derived),
    )


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _short(e: Exception) -> str:
    msg = str(getattr(e, "orig", e)).strip().splitlines()
    return re.sub(r"\s+", " ", msg[0] if msg else type(e).__name__)


def insert_rows(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows: ``COPY`` on PostgreSQL (psycopg 3), ``executemany`` elsewhere."""
    if not rows:
        return
    raw = conn.connection.driver_connection
    if conn.dialect.name != "postgresql" or conn.dialect.driver != "psycopg" or raw is None:
        conn.execute(table.insert(), rows)
        return
    import psycopg

    cols = list(rows[0])
    names = ", ".join(f'"{c}"' for c in cols)
    statement = f'COPY "{table.name}" ({names}) FROM STDIN'
    try:
        with raw.cursor() as cur, cur.copy(statement) as cp:
            for r in rows:
                cp.write_row([r[c] for c in cols])
    except psycopg.Error as e:     # as SQLAlchemy would raise it (IntegrityError for a lost race)
        raise sa.exc.DBAPIError.instance(statement, None, e, psycopg.Error) from e
