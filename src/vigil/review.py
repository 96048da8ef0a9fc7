"""Analyst review: a queue of what most needs a human look, and verdicts that survive re-extraction.

An analyst **accepts**, **corrects** or **rejects** a claim, and **merges** or **splits** incidents.
Each verdict is stored in ``claim_reviews`` keyed by (report id, claim fingerprint), the claim's
identity across re-extraction, and materialised onto the ``claims`` row: the corrected columns,
``claims.review`` and ``claims.group_key``. :func:`apply_reviews` re-materialises a report's verdicts
whenever its claims are re-inserted (``vigil reextract``), so corrections flow into reconcile:

- ``claim_reviews.status`` holds the verdict: ``accepted``, ``corrected`` or ``rejected``, or
  ``grouped`` when the claim was only merged or split (no verdict). A later verdict replaces an earlier
  one; ``claims.review`` is the verdict (None for ``grouped``).
- ``claim_reviews.patch`` accumulates the corrected fields (later corrections update the dict). Accept
  and reject keep it, so accepting a corrected claim keeps the correction, and accepting or correcting a
  rejected claim brings it back.
- ``claim_reviews.group_key`` is independent of the verdict: a merge or split sets it and keeps the
  verdict. Claims sharing a group key and an outcome form one incident (see :mod:`vigil.reconcile`).
- A rejected claim is left out of reconcile.

Every action writes its changes, recomputes the affected incidents
(:func:`vigil.incidents.reconcile_claims`) and writes one ``audit_log`` row per claim (accept, correct,
reject) or per incident (merge, split) in one transaction, and returns the ids of the incidents that
now hold the affected claims.

**The queue** (:func:`review_queue`). Only claims no analyst has ruled on (``claims.review`` is null)
that are in an incident count:

- a *claim* is listed when it has a vague amount or no figure, no source, no place or only
  country-level places (no province, town or district), no date, or a figure Vigil worked out
  (``derived``: a total added up from its parts, a share turned into a count) rather than read. Its impact is its figure (the
  value, else the upper then the lower bound): the claim that set its incident's best moves the
  totals by exactly that much.
- an *incident* (or episode) is listed when it is ``contested`` (conflicting or disputed figures) or
  ``single-source`` with a best estimate of at least :data:`SINGLE_SOURCE_MIN`, and at least one of its
  claims is unreviewed. Its impact is max(high - low, best if single-source).

Items are ordered by impact (descending), then id number, claims before incidents. An incident is
listed once; its claims appear on their own only with claim-level reasons of their own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final, get_args

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from vigil.errors import InputError
from vigil.incidents import claim_blocks, reconcile_claims
from vigil.models import OUTCOMES, Qualifier, SourceKind, VictimCategory
from vigil.store import (
    Store,
    audit_log,
    claim_places,
    claim_reviews,
    claims,
    incident_claims,
    incidents,
    reports,
)

__all__ = ["CORRECTABLE", "SINGLE_SOURCE_MIN", "AuditEntry", "QueueItem", "accept", "apply_reviews", "audit",
           "correct", "merge", "queue_size", "reject", "review_queue", "split"]

#: a single-source incident with a best estimate at least this high is queued for review
SINGLE_SOURCE_MIN: Final = 50
#: the fields :func:`correct` accepts
CORRECTABLE: tuple[str, ...] = ("value", "low", "high", "qualifier", "outcome", "victims", "source", "source_kind",
                                "places", "time_start", "time_end", "part_of")
QUALIFIERS: Final[tuple[str, ...]] = get_args(Qualifier)
VICTIMS: Final[tuple[str, ...]] = get_args(VictimCategory)
SOURCE_KINDS: Final[tuple[str, ...]] = get_args(SourceKind)
_FIRM_BOUNDS: Final = ("exact", "approximately")
_RESOLVED: Final = ("point", "admin2", "admin1")


@dataclass(frozen=True)
class QueueItem:
    """One thing to review: a claim or an incident, why, and how much it can move the totals."""

    kind: str                 # "claim" | "incident"
    target: str               # claim id as str ("12") or incident id ("I7")
    incident_id: str | None   # the incident the claim is in / the incident itself
    claim_ids: list[int]      # the claim, or the incident's claims
    reasons: list[str]        # human-readable reasons ("vague amount", "no source", ...)
    impact: int               # how many people it can move in the totals (sort key, descending)
    summary: str              # one line, e.g. "killed 45 civilians — SOHR — Aleppo, 2025-03-07"
    report_id: int | None


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log."""

    id: int
    at: datetime
    user: str
    action: str
    target: str
    report_id: int | None
    fingerprint: str | None
    incident_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the time as an ISO string)."""
        return {"id": self.id, "at": self.at.isoformat(), "user": self.user, "action": self.action,
                "target": self.target, "report_id": self.report_id, "fingerprint": self.fingerprint,
                "incident_id": self.incident_id, "before": self.before, "after": self.after, "reason": self.reason}


# --- the queue ------------------------------------------------------------------------------------------

def _resolved() -> sa.Exists:
    return sa.exists().where(claim_places.c.claim_id == claims.c.id,
                             sa.or_(claim_places.c.precision.in_(_RESOLVED), claim_places.c.admin1.is_not(None)))


def _claim_query() -> tuple[sa.Select[Any], sa.ColumnElement[Any]]:
    resolved = _resolved()
    undated = sa.and_(claims.c.time_start.is_(None), claims.c.time_end.is_(None))
    impact = sa.func.coalesce(claims.c.value, claims.c.high, claims.c.low, 0)
    q = (sa.select(claims.c.id, claims.c.report_id, claims.c.outcome, claims.c.value, claims.c.low, claims.c.high,
                   claims.c.qualifier, claims.c.count_text, claims.c.victims_category, claims.c.source_name,
                   claims.c.time_start, claims.c.time_end, claims.c.derived, reports.c.published,
                   incident_claims.c.incident_id, impact.label("impact"), resolved.label("resolved"))
         .select_from(claims.join(incident_claims, incident_claims.c.claim_id == claims.c.id)
                      .join(reports, reports.c.id == claims.c.report_id))
         .where(claims.c.review.is_(None),
                sa.or_(claims.c.qualifier == "vague", claims.c.value.is_(None), claims.c.source_name.is_(None),
                       undated, ~resolved, claims.c.derived.is_(True))))
    return q, impact


def _incident_query() -> tuple[sa.Select[Any], sa.ColumnElement[Any]]:
    single = sa.and_(incidents.c.status == "single-source", incidents.c.best >= SINGLE_SOURCE_MIN)
    spread = sa.func.coalesce(incidents.c.high - incidents.c.low, 0)
    impact = sa.case((sa.and_(single, incidents.c.best > spread), incidents.c.best), else_=spread)
    unreviewed = sa.exists().where(incident_claims.c.incident_id == incidents.c.id,
                                   incident_claims.c.claim_id == claims.c.id, claims.c.review.is_(None))
    q = (sa.select(incidents.c.id, incidents.c.status, incidents.c.low, incidents.c.best, incidents.c.high,
                   incidents.c.outcome, incidents.c.body, impact.label("impact"))
         .where(sa.or_(incidents.c.status == "contested", single), unreviewed))
    return q, impact


def review_queue(store: Store, *, limit: int = 50, offset: int = 0) -> list[QueueItem]:
    """The review queue, most impact first (see the module docs for the rules)."""
    if limit <= 0:
        return []
    n = max(offset, 0) + limit
    cq, cimpact = _claim_query()
    iq, iimpact = _incident_query()
    with store.engine.connect() as conn:
        crows = conn.execute(cq.order_by(cimpact.desc(), claims.c.id).limit(n)).all()
        irows = conn.execute(iq.order_by(iimpact.desc(), sa.func.length(incidents.c.id), incidents.c.id)
                             .limit(n)).all()
        keyed: list[tuple[tuple[int, int, int, str], Any, str]] = \
            [((-int(r.impact), r.id, 0, ""), r, "claim") for r in crows] + \
            [((-int(r.impact), _num(r.id), 1, r.id), r, "incident") for r in irows]
        keyed.sort(key=lambda t: t[0])
        page = keyed[max(offset, 0):n]
        cids = [r.id for _, r, k in page if k == "claim"]
        places: dict[int, list[str]] = {}
        for cid, name in conn.execute(sa.select(claim_places.c.claim_id, claim_places.c.name)
                                      .where(claim_places.c.claim_id.in_(cids)).order_by(claim_places.c.id)):
            places.setdefault(cid, []).append(name)
        iids = [r.id for _, r, k in page if k == "incident"]
        members: dict[str, list[int]] = {}
        for iid, cid in conn.execute(sa.select(incident_claims.c.incident_id, incident_claims.c.claim_id)
                                     .where(incident_claims.c.incident_id.in_(iids))
                                     .order_by(incident_claims.c.claim_id)):
            members.setdefault(iid, []).append(cid)
    return [_claim_item(r, places.get(r.id, [])) if k == "claim" else _incident_item(r, members.get(r.id, []))
            for _, r, k in page]


def queue_size(store: Store) -> int:
    """How many items the review queue holds."""
    cq, _ = _claim_query()
    iq, _ = _incident_query()
    with store.engine.connect() as conn:
        nc = conn.execute(sa.select(sa.func.count()).select_from(cq.subquery())).scalar() or 0
        ni = conn.execute(sa.select(sa.func.count()).select_from(iq.subquery())).scalar() or 0
    return int(nc) + int(ni)


def _num(incident_id: str) -> int:
    return int(incident_id[1:]) if incident_id[1:].isdigit() else 0


def _claim_item(r: Any, places: list[str]) -> QueueItem:
    reasons: list[str] = []
    if r.qualifier == "vague":
        reasons.append("vague amount")
    elif r.value is None:
        reasons.append("no figure")
    if r.source_name is None:
        reasons.append("no source")
    if not places:
        reasons.append("no place")
    elif not r.resolved:
        reasons.append("place not resolved")
    if r.time_start is None and r.time_end is None:
        reasons.append("no date")
    if r.derived:
        reasons.append("figure worked out by Vigil, not stated")
    when = r.time_start or r.time_end
    summary = (f"{r.outcome} {r.count_text} {r.victims_category} — {r.source_name or 'no source'} — "
               f"{', '.join(places) or 'no place'}, {when.isoformat() if when else 'no date'}")
    return QueueItem("claim", str(r.id), r.incident_id, [r.id], reasons, int(r.impact), summary, r.report_id)


def _incident_item(r: Any, members: list[int]) -> QueueItem:
    body = json.loads(r.body)
    reasons: list[str] = []
    if r.status == "contested":
        flags: list[str] = body.get("flags", [])
        if any(f.startswith("conflicting figures") for f in flags):
            reasons.append(f"conflicting figures {_n(r.low)}-{_n(r.high)}")
        reasons.extend(f for f in flags if f.startswith("disputed figure"))
        if not reasons:
            reasons.append("contested")
    if r.status == "single-source" and r.best is not None and r.best >= SINGLE_SOURCE_MIN:
        reasons.append(f"single source for {_n(r.best)} {r.outcome}")
    figure = _n(r.best) if r.best is not None else f"{_n(r.low)}-{_n(r.high)}"
    where = ", ".join(body.get("admin1") or []) or body.get("country") or "no place"
    summary = (f"{r.outcome} {figure} {body.get('victims')} — {', '.join(body.get('sources', [])[:3]) or 'no source'}"
               f" — {where}, {body.get('start') or 'no date'}")
    return QueueItem("incident", r.id, r.id, members, reasons, int(r.impact), summary, None)


def _n(v: int | None) -> str:
    return "?" if v is None else f"{v:,}"


# --- claim state and corrections ----------------------------------------------------------------------

def _state(conn: Connection, claim_id: int) -> dict[str, Any]:
    """A claim's correctable fields (public form) and its identity."""
    r = conn.execute(sa.select(claims).where(claims.c.id == claim_id)).first()
    if r is None:
        raise InputError(f"claim {claim_id}", "no such claim")
    places = [{"name": p.name, "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
               "precision": p.precision}
              for p in conn.execute(sa.select(claim_places).where(claim_places.c.claim_id == claim_id)
                                    .order_by(claim_places.c.id))]
    return {"id": r.id, "report_id": r.report_id, "fingerprint": r.fingerprint, "claim_key": r.claim_key,
            "review": r.review, "group_key": r.group_key, "value": r.value, "low": r.low, "high": r.high,
            "qualifier": r.qualifier, "outcome": r.outcome, "victims": r.victims_category, "source": r.source_name,
            "source_kind": r.source_kind if r.source_name else None, "places": places,
            "time_start": _iso(r.time_start), "time_end": _iso(r.time_end), "part_of": r.part_of}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _int(where: str, field: str, v: Any) -> int | None:
    if v is None:
        return None
    if isinstance(v, bool):
        raise InputError(where, f"{field}: {v!r} is not a whole number")
    if isinstance(v, int):
        n = v
    else:
        s = str(v).strip().replace(",", "").replace("_", "")
        if s == "":
            return None
        if not s.isdigit():
            raise InputError(where, f"{field}: {v!r} is not a whole number ≥ 0")
        n = int(s)
    if n < 0:
        raise InputError(where, f"{field}: {v!r} is negative")
    return n


def _choice(where: str, field: str, v: Any, allowed: Sequence[str], *, empty: bool = False) -> str | None:
    s = "" if v is None else str(v).strip().lower().replace(" ", "_").replace("-", "_")
    if s == "" and empty:
        return None
    if s not in allowed:
        raise InputError(where, f"{field}: {v!r} is not one of {', '.join(allowed)}")
    return s


def _day(where: str, field: str, v: Any) -> str | None:
    if v is None or isinstance(v, date):
        return v.isoformat() if isinstance(v, date) else None
    s = str(v).strip()
    if s == "":
        return None
    try:
        return date.fromisoformat(s).isoformat()
    except ValueError:
        raise InputError(where, f"{field}: {v!r} is not a date (YYYY-MM-DD)") from None


def _geocode(where: str, v: Any, prefer: Sequence[str]) -> list[dict[str, Any]]:
    from vigil.geo import Gazetteer

    names = [str(x).strip() for x in v] if isinstance(v, list | tuple) else str(v or "").split(",")
    names = [n.strip() for n in names if n.strip()]
    gaz = Gazetteer.default()
    out: list[dict[str, Any]] = []
    for name in names:
        found = gaz.find(name, prefer) or gaz.find(name.title(), prefer)
        if not found:
            raise InputError(where, f"places: {name!r} is not a place the gazetteer knows")
        m = max(found, key=lambda p: (p.end - p.start, -p.start))
        out.append({"name": m.name, "country": m.country, "admin1": m.admin1, "lat": m.lat, "lon": m.lon,
                    "precision": m.precision})
    return out


def _bounds(value: int, qualifier: str) -> tuple[int | None, int | None]:
    """Low/high of a firm figure, as the extractor sets them."""
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + 1, None
    if qualifier == "at_most":
        return 0, value
    return value, value


def _parse(conn: Connection, st: dict[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate ``changes`` against the claim's state: the patch entries (typed, JSON-ready)."""
    where = f"claim {st['id']}"
    if not changes:
        raise InputError(where, "nothing to correct: give field=value pairs")
    unknown = [k for k in changes if k not in CORRECTABLE]
    if unknown:
        raise InputError(where, f"unknown field {unknown[0]!r} (correctable: {', '.join(CORRECTABLE)})")
    ch = dict(changes)
    patch: dict[str, Any] = {}
    for k in ("value", "low", "high"):
        if k in ch:
            patch[k] = _int(where, k, ch[k])
    if "qualifier" in ch:
        patch["qualifier"] = _choice(where, "qualifier", ch["qualifier"], QUALIFIERS)
    if "outcome" in ch:
        patch["outcome"] = _choice(where, "outcome", ch["outcome"], OUTCOMES)
    if "victims" in ch:
        patch["victims"] = _choice(where, "victims", ch["victims"], VICTIMS)
    # the count: any change to it freezes the whole count, kept consistent
    if any(k in patch for k in ("value", "low", "high", "qualifier")):
        q = patch.get("qualifier", st["qualifier"])
        v = patch.get("value", st["value"])
        if q == "vague":
            if patch.get("value") is not None:
                raise InputError(where, "a vague amount has no single value: give low and high (value= clears it)")
            v = None
            lo, hi = patch.get("low", st["low"]), patch.get("high", st["high"])
        else:
            if v is None:
                raise InputError(where, f"qualifier {q} needs a value")
            blo, bhi = _bounds(v, q)
            lo = patch.get("low", blo)
            hi = patch.get("high", bhi)
            if q in _FIRM_BOUNDS and ((lo is not None and lo > v) or (hi is not None and hi < v)):
                raise InputError(where, f"value {v} lies outside low {lo} / high {hi}")
        if lo is not None and hi is not None and lo > hi:
            raise InputError(where, f"low {lo} is above high {hi}")
        patch.update(value=v, low=lo, high=hi, qualifier=q)
    if "source" in ch:
        name = " ".join(str(ch["source"] or "").split()) or None
        kind = None
        if name is not None:
            kind = (_choice(where, "source_kind", ch["source_kind"], SOURCE_KINDS, empty=True)
                    if "source_kind" in ch else None) or st["source_kind"] or "other"
        patch.update(source=name, source_kind=kind)
    elif "source_kind" in ch:
        if st["source"] is None:
            raise InputError(where, "source_kind: the claim has no source; set source= too")
        patch["source_kind"] = _choice(where, "source_kind", ch["source_kind"], SOURCE_KINDS)
    if "places" in ch:
        prefer = sorted({p["country"] for p in st["places"] if p["country"]})
        patch["places"] = _geocode(where, ch["places"], prefer)
    for k in ("time_start", "time_end"):
        if k in ch:
            patch[k] = _day(where, k, ch[k])
    start = patch.get("time_start", st["time_start"])
    end = patch.get("time_end", st["time_end"])
    if ("time_start" in patch or "time_end" in patch) and start and end and start > end:
        raise InputError(where, f"time_start {start} is after time_end {end}")
    if "part_of" in ch:
        key = str(ch["part_of"] or "").strip() or None
        patch["part_of"] = key
        patch["part_of_fingerprint"] = None
        if key is not None:
            if key == st["claim_key"]:
                raise InputError(where, "part_of: a claim cannot be part of itself")
            fp = conn.execute(sa.select(claims.c.fingerprint).where(
                claims.c.report_id == st["report_id"], claims.c.claim_key == key)).scalar()
            if fp is None:
                raise InputError(where, f"part_of: no claim {key!r} in report {st['report_id']}")
            patch["part_of_fingerprint"] = fp
    return patch


def _public(patch: Mapping[str, Any]) -> dict[str, Any]:
    """A patch in the form the audit log and users see (place names, no internal keys)."""
    out = {k: v for k, v in patch.items() if k in CORRECTABLE}
    if "places" in out:
        out["places"] = [p["name"] for p in out["places"]]
    return out


def _materialise(conn: Connection, claim_id: int, report_id: int, status: str, patch: Mapping[str, Any],
                 group_key: str | None) -> None:
    """Write a review onto its claims row (and the claim's places)."""
    values: dict[str, Any] = {"review": None if status == "grouped" else status, "group_key": group_key}
    for k in ("value", "low", "high", "qualifier", "outcome"):
        if k in patch:
            values[k] = patch[k]
    if "victims" in patch:
        values["victims_category"] = patch["victims"]
    if "source" in patch:
        name = patch["source"]
        values["source_name"] = name
        values["source_text"] = sa.func.coalesce(claims.c.source_text, name) if name is not None else None
        values["source_kind"] = patch.get("source_kind") if name is not None else None
    elif "source_kind" in patch:
        values["source_kind"] = patch["source_kind"]
    for k in ("time_start", "time_end"):
        if k in patch:
            values[k] = date.fromisoformat(patch[k]) if patch[k] else None
    if "part_of" in patch:
        key = patch["part_of"]
        fp = patch.get("part_of_fingerprint")
        if fp:   # the claim it is part of may have another key after re-extraction
            key = conn.execute(sa.select(claims.c.claim_key).where(
                claims.c.report_id == report_id, claims.c.fingerprint == fp).limit(1)).scalar() or key
        values["part_of"] = key
    conn.execute(claims.update().where(claims.c.id == claim_id).values(**values))
    if "places" in patch:
        conn.execute(claim_places.delete().where(claim_places.c.claim_id == claim_id))
        if patch["places"]:
            conn.execute(claim_places.insert(), [{"claim_id": claim_id, **p} for p in patch["places"]])


def apply_reviews(conn: Connection, report_id: int) -> None:
    """Re-materialise a report's reviews onto its claims rows (after its claims were re-inserted).
    A review whose fingerprint matches no claim any more is kept for a later extraction."""
    rows = conn.execute(sa.select(claim_reviews).where(claim_reviews.c.report_id == report_id)).all()
    if not rows:
        return
    by_fp: dict[str, list[int]] = {}
    for cid, fp in conn.execute(sa.select(claims.c.id, claims.c.fingerprint).where(claims.c.report_id == report_id)):
        by_fp.setdefault(fp, []).append(cid)
    for r in rows:
        for cid in by_fp.get(r.fingerprint, ()):
            _materialise(conn, cid, report_id, r.status, json.loads(r.patch), r.group_key)


# --- writing reviews -----------------------------------------------------------------------------------

def _review_row(conn: Connection, report_id: int, fp: str) -> Any:
    return conn.execute(sa.select(claim_reviews).where(claim_reviews.c.report_id == report_id,
                                                       claim_reviews.c.fingerprint == fp)).first()


def _save(conn: Connection, st: Mapping[str, Any], user: str, *, status: str | None = None,
          patch: Mapping[str, Any] | None = None, group_key: str | bool | None = False) -> None:
    """Upsert a claim's review (``status`` None keeps the verdict, ``group_key`` False keeps the group)
    and materialise it."""
    old = _review_row(conn, st["report_id"], st["fingerprint"])
    cur_patch: dict[str, Any] = json.loads(old.patch) if old is not None else {}
    cur_patch.update(patch or {})
    new_status = status or (old.status if old is not None else "grouped")
    new_group = (old.group_key if old is not None else None) if group_key is False else group_key
    assert new_group is None or isinstance(new_group, str)
    vals = {"status": new_status, "patch": json.dumps(cur_patch, ensure_ascii=False), "group_key": new_group,
            "updated_by": user, "updated_at": datetime.now(UTC)}
    if old is None:
        conn.execute(claim_reviews.insert().values(report_id=st["report_id"], fingerprint=st["fingerprint"], **vals))
    else:
        conn.execute(claim_reviews.update().where(claim_reviews.c.id == old.id).values(**vals))
    _materialise(conn, st["id"], st["report_id"], new_status, cur_patch, new_group)


def _audit(conn: Connection, user: str, action: str, target: str, *, reason: str, report_id: int | None = None,
           fingerprint: str | None = None, incident_id: str | None = None, before: Mapping[str, Any] | None = None,
           after: Mapping[str, Any] | None = None) -> None:
    conn.execute(audit_log.insert().values(
        at=datetime.now(UTC), user=user[:64], action=action, target=target[:40], report_id=report_id,
        fingerprint=fingerprint, incident_id=incident_id,
        before=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None, reason=reason))


def _holding(conn: Connection, claim_ids: Sequence[int]) -> dict[int, str]:
    """The incident (or episode) each of these claims is in."""
    out: dict[int, str] = {}
    for i in range(0, len(claim_ids), 5000):
        out.update((c, iid) for iid, c in conn.execute(
            sa.select(incident_claims.c.incident_id, incident_claims.c.claim_id)
            .where(incident_claims.c.claim_id.in_(claim_ids[i:i + 5000]))))
    return out


def _members(conn: Connection, incident_id: str) -> list[int]:
    return [r[0] for r in conn.execute(sa.select(incident_claims.c.claim_id).where(
        incident_claims.c.incident_id == incident_id).order_by(incident_claims.c.claim_id))]


def _incident(conn: Connection, incident_id: str) -> Any:
    row = conn.execute(sa.select(incidents.c.id, incidents.c.outcome, incidents.c.low, incidents.c.best,
                                 incidents.c.high).where(incidents.c.id == incident_id)).first()
    if row is None:
        raise InputError(f"incident {incident_id}", "no such incident (ids change when incidents merge; "
                                                    "run `vigil reconcile` first?)")
    return row


def _transaction(store: Store, run: Callable[[Connection], list[str]]) -> list[str]:
    """Run an action in one transaction, retried when a concurrent review of the same incidents got
    there first (a unique-key clash or a lock timeout)."""
    for attempt in range(3):
        try:
            with store.engine.begin() as conn:
                return run(conn)
        except (sa.exc.IntegrityError, sa.exc.OperationalError):
            if attempt == 2:
                raise InputError("review", "the database is busy with another review; try again") from None
    raise AssertionError("unreachable")


def _user(user: str) -> str:
    u = (user or "").strip()
    if not u:
        raise InputError("user", "who is reviewing? (empty user name)")
    if len(u) > 64:
        raise InputError("user", "a user name is at most 64 characters")
    return u


def _reconcile(store: Store, conn: Connection, ids: Sequence[int], before: set[tuple[str | None, str]]) -> None:
    reconcile_claims(store, ids, blocks=before, conn=conn)


def _now_holding(conn: Connection, ids: Sequence[int]) -> list[str]:
    return sorted(set(_holding(conn, list(ids)).values()), key=lambda i: (_num(i), i))


# --- actions -------------------------------------------------------------------------------------------

def accept(store: Store, user: str, *, claim_ids: Sequence[int] = (), incident_id: str | None = None,
           reason: str = "") -> list[str]:
    """Accept claims as extracted (a correction made earlier is kept). With ``incident_id``, every claim
    of the incident no analyst has ruled on yet. Returns the incidents now holding them."""
    user = _user(user)
    if not claim_ids and not incident_id:
        raise InputError("accept", "name the claims or the incident to accept")

    def run(conn: Connection) -> list[str]:
        ids = list(dict.fromkeys(int(c) for c in claim_ids))
        states = [_state(conn, c) for c in ids]
        if incident_id:
            _incident(conn, incident_id)
            extra = [_state(conn, c) for c in _members(conn, incident_id) if c not in ids]
            states += [s for s in extra if s["review"] is None]
        todo = [s for s in states if s["review"] != "accepted"]
        before_inc = _holding(conn, [s["id"] for s in todo])
        blocks = claim_blocks(conn, [s["id"] for s in todo])
        for s in todo:
            _save(conn, s, user, status="accepted")
        if any(s["review"] == "rejected" for s in todo):
            _reconcile(store, conn, [s["id"] for s in todo], blocks)
        after_inc = _holding(conn, [s["id"] for s in todo])
        for s in todo:
            _audit(conn, user, "accept", f"claim {s['id']}", reason=reason, report_id=s["report_id"],
                   fingerprint=s["fingerprint"], incident_id=after_inc.get(s["id"]),
                   before={"review": s["review"], "incident_id": before_inc.get(s["id"])},
                   after={"review": "accepted", "incident_id": after_inc.get(s["id"])})
        return _now_holding(conn, [s["id"] for s in states])

    return _transaction(store, run)


def correct(store: Store, user: str, claim_id: int, changes: Mapping[str, Any], reason: str = "") -> list[str]:
    """Correct a claim's fields (see :data:`CORRECTABLE`; values as typed in a form, or typed values;
    "" clears a field). Returns the incidents now holding the claim."""
    user = _user(user)

    def run(conn: Connection) -> list[str]:
        st = _state(conn, int(claim_id))
        patch = _parse(conn, st, changes)
        pub = _public(patch)
        before = {k: (_public({k: st[k]})[k]) for k in pub}
        diff = [k for k in pub if before[k] != pub[k]]
        if not diff:
            raise InputError(f"claim {claim_id}", "nothing would change: these are already the claim's values")
        blocks = claim_blocks(conn, [st["id"]])
        old_inc = _holding(conn, [st["id"]]).get(st["id"])
        _save(conn, st, user, status="corrected", patch=patch)
        _reconcile(store, conn, [st["id"]], blocks)
        new_inc = _holding(conn, [st["id"]]).get(st["id"])
        _audit(conn, user, "correct", f"claim {st['id']}", reason=reason, report_id=st["report_id"],
               fingerprint=st["fingerprint"], incident_id=new_inc,
               before={**{k: before[k] for k in diff}, "review": st["review"], "incident_id": old_inc},
               after={**{k: pub[k] for k in diff}, "review": "corrected", "incident_id": new_inc})
        return _now_holding(conn, [st["id"]])

    return _transaction(store, run)


def reject(store: Store, user: str, claim_id: int, reason: str = "") -> list[str]:
    """Reject a claim: it is left out of reconcile. Returns the incidents now holding the other claims
    of the incident it was in."""
    user = _user(user)

    def run(conn: Connection) -> list[str]:
        st = _state(conn, int(claim_id))
        if st["review"] == "rejected":
            raise InputError(f"claim {claim_id}", "is already rejected")
        old_inc = _holding(conn, [st["id"]]).get(st["id"])
        mates = [c for c in _members(conn, old_inc) if c != st["id"]] if old_inc else []
        blocks = claim_blocks(conn, [st["id"]])
        _save(conn, st, user, status="rejected")
        _reconcile(store, conn, [st["id"]], blocks)
        now = _now_holding(conn, mates)
        # filed under the incident its other claims are in now (its id changes when the rejected claim
        # was its earliest), so that incident's page shows why its estimate moved
        _audit(conn, user, "reject", f"claim {st['id']}", reason=reason, report_id=st["report_id"],
               fingerprint=st["fingerprint"], incident_id=now[0] if now else old_inc,
               before={"review": st["review"], "incident_id": old_inc},
               after={"review": "rejected", "incident_id": None})
        return now

    return _transaction(store, run)


def _new_group() -> str:
    return "g" + uuid.uuid4().hex[:12]


def _followers(states: Sequence[Mapping[str, Any]]) -> set[int]:
    """Claims that follow a total among these (parts not analyst-grouped): they need no group key."""
    keys = {(s["report_id"], s["claim_key"]) for s in states}
    return {s["id"] for s in states
            if s["part_of"] and s["group_key"] is None and (s["report_id"], s["part_of"]) in keys}


def _figures(conn: Connection, incident_id: str) -> dict[str, Any]:
    row = conn.execute(sa.select(incidents.c.low, incidents.c.best, incidents.c.high)
                       .where(incidents.c.id == incident_id)).first()
    out: dict[str, Any] = {"incident_id": incident_id, "claims": _members(conn, incident_id)}
    if row is not None:
        out.update(low=row.low, best=row.best, high=row.high)
    return out


def merge(store: Store, user: str, incident_ids: Sequence[str], reason: str = "") -> list[str]:
    """Merge incidents into one: their claims get one new analyst group key (parts follow their totals).
    The incidents must share their outcome. Returns the incident now holding the claims."""
    user = _user(user)
    wanted = list(dict.fromkeys(i.strip() for i in incident_ids if i and i.strip()))
    if len(wanted) < 2:
        raise InputError("merge", "name at least two different incidents to merge")

    def run(conn: Connection) -> list[str]:
        rows = [_incident(conn, i) for i in wanted]
        outcomes = {r.outcome for r in rows}
        if len(outcomes) > 1:
            raise InputError("merge", f"incidents of different outcomes ({', '.join(sorted(outcomes))}) "
                                      "cannot be merged")
        before = {i: _figures(conn, i) for i in wanted}
        ids = sorted({c for b in before.values() for c in b["claims"]})
        states = [_state(conn, c) for c in ids]
        follow = _followers(states)
        key = _new_group()
        blocks = claim_blocks(conn, ids)
        for s in states:
            if s["id"] not in follow:
                _save(conn, s, user, group_key=key)
        _reconcile(store, conn, ids, blocks)
        now = _now_holding(conn, ids)
        for i in wanted:
            after = _figures(conn, now[0]) if now else {}
            _audit(conn, user, "merge", f"incident {i}", reason=reason, incident_id=now[0] if now else None,
                   before=before[i], after={**after, "group_key": key, "merged": wanted})
        return now

    return _transaction(store, run)


def split(store: Store, user: str, incident_id: str, claim_ids: Sequence[int], reason: str = "") -> list[str]:
    """Split claims off an incident into an incident of their own (one new analyst group key; parts of
    a chosen total follow it). The rest stay together. Returns the incidents now holding the claims."""
    user = _user(user)
    chosen = list(dict.fromkeys(int(c) for c in claim_ids))
    if not chosen:
        raise InputError("split", "choose the claims to split off")

    def run(conn: Connection) -> list[str]:
        _incident(conn, incident_id)
        before = _figures(conn, incident_id)
        members = before["claims"]
        outside = [c for c in chosen if c not in members]
        if outside:
            raise InputError("split", f"claim {outside[0]} is not in incident {incident_id}")
        states = [_state(conn, c) for c in members]
        by_id = {s["id"]: s for s in states}
        picked = set(chosen)
        follow = _followers(states) - picked
        key_of = {(s["report_id"], s["claim_key"]): s["id"] for s in states}
        moving = set(picked)
        grew = True
        while grew:   # parts follow a chosen total
            grew = False
            for c in follow - moving:
                s = by_id[c]
                if key_of.get((s["report_id"], s["part_of"])) in moving:
                    moving.add(c)
                    grew = True
        if not set(members) - moving:
            raise InputError("split", f"that is every claim of incident {incident_id}: choose fewer")
        key = _new_group()
        blocks = claim_blocks(conn, members)
        for c in chosen:
            _save(conn, by_id[c], user, group_key=key)
        _reconcile(store, conn, members, blocks)
        now = _now_holding(conn, members)
        for i in now:
            kept = key if set(_members(conn, i)) & picked else by_id[_members(conn, i)[0]]["group_key"]
            _audit(conn, user, "split", f"incident {incident_id}", reason=reason, incident_id=i,
                   before=before, after={**_figures(conn, i), "group_key": kept})
        return now

    return _transaction(store, run)


# --- the audit log -------------------------------------------------------------------------------------

def audit(store: Store, *, incident_id: str | None = None, claim_ids: Sequence[int] = (),
          limit: int = 200) -> list[AuditEntry]:
    """Audit log entries, newest first: all, or those about an incident (its own entries and its
    current claims') and/or about these claims (matched by report and fingerprint, so entries made
    before a re-extraction are found)."""
    q = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(max(limit, 0))
    cond: list[sa.ColumnElement[bool]] = []
    ids = [int(c) for c in claim_ids]
    if incident_id:
        cond.append(audit_log.c.incident_id == incident_id)
        ids += [r[0] for r in _incident_claim_ids(store, incident_id)]
    if ids:
        keyed = sa.select(claims.c.report_id, claims.c.fingerprint).where(claims.c.id.in_(sorted(set(ids))))
        cond.append(sa.tuple_(audit_log.c.report_id, audit_log.c.fingerprint).in_(keyed))
    if cond:
        q = q.where(sa.or_(*cond))
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
    return [AuditEntry(r.id, r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC), r.user, r.action, r.target,
                       r.report_id, r.fingerprint, r.incident_id, _load(r.before), _load(r.after), r.reason)
            for r in rows]


def _incident_claim_ids(store: Store, incident_id: str) -> list[Any]:
    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(incident_claims.c.claim_id)
                                 .where(incident_claims.c.incident_id == incident_id)))


def _load(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else {"value": value}
