"""Claims left in no incident (issue 14, fault 6) are found by :func:`vigil.store.unreconciled_claim_ids`
wherever they lie: above the largest linked claim (an interrupted ingest, the usual case, read from the
primary key) or below it (a writer killed while another went on), and rejected claims are left out.
Every report is invented."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from vigil.extract.pipeline import Extractor
from vigil.incidents import run_reconcile
from vigil.ingest import Incoming, Ingestor, reconcile_pending
from vigil.models import Report
from vigil.store import Store, claims, incident_claims, incidents, unreconciled_claim_ids

TEXTS = [   # invented
    ("o1", date(2025, 5, 6), "Shelling killed 14 civilians in Aleppo on Monday, the health office said."),
    ("o2", date(2025, 5, 7), "A car bomb killed 9 people in Mosul on Tuesday, police said."),
    ("o3", date(2025, 5, 8), "Gunmen killed 6 farmers in Gao on Wednesday, a local official said."),
]


def _ids(store: Store) -> list[int]:
    with store.engine.connect() as conn:
        return unreconciled_claim_ids(conn)


def _drop_incident_of(conn: sa.Connection, claim_id: int) -> None:
    held = [r[0] for r in conn.execute(sa.select(incident_claims.c.incident_id)
                                       .where(incident_claims.c.claim_id == claim_id))]
    conn.execute(incident_claims.delete().where(incident_claims.c.incident_id.in_(held)))
    conn.execute(incidents.delete().where(incidents.c.id.in_(held)))


def test_unlinked_claims_are_found_above_and_below_the_largest_linked_one(db_url: str, extractor: Extractor) -> None:
    store = Store.open(db_url)
    try:
        Ingestor(store, extractor).ingest([Incoming(Report(id=k, text=t, published=d, outlet="Demo Wire"), "t", k)
                                           for k, d, t in TEXTS])
        with store.engine.connect() as conn:
            all_ids = sorted(r[0] for r in conn.execute(sa.select(claims.c.id)))
        assert len(all_ids) >= 3 and _ids(store) == all_ids        # nothing reconciled yet: all above
        run_reconcile(store)
        assert _ids(store) == []
        low, top = all_ids[0], all_ids[-1]
        with store.engine.begin() as conn:           # as if a killed writer's claim sat below the others
            _drop_incident_of(conn, low)
        assert _ids(store) == [low]
        with store.engine.begin() as conn:           # an analyst's rejected claim is not pending
            conn.execute(claims.update().where(claims.c.id == low).values(review="rejected"))
            _drop_incident_of(conn, top)
        assert _ids(store) == [top]
        with store.engine.begin() as conn:
            conn.execute(claims.update().where(claims.c.id == low).values(review=None))
        assert reconcile_pending(store) == 2 and _ids(store) == []
    finally:
        store.close()
