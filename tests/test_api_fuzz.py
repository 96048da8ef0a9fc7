"""Fuzz the OpenAPI schema (schemathesis): no request the schema allows may cause a server error."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings

from vigil.api import create_app
from vigil.settings import Settings
from vigil.store import Store


def test_no_server_errors(tmp_path: Path) -> None:
    """Every operation, with up to 25 generated requests each (schemathesis strategies driven by
    hypothesis directly: schemathesis' pytest plugin does not support this pytest version)."""
    url = f"sqlite:///{tmp_path / 'v.db'}"
    Store.open(url).close()
    app = create_app(Settings(database_url=url))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [op.ok() for op in schema.get_all_operations()]
    assert len(operations) >= 7
    failures: list[str] = []
    calls: list[int] = []
    for op in operations:

        @given(case=op.as_strategy())
        @settings(max_examples=int(os.environ.get("VIGIL_FUZZ_EXAMPLES", "25")), deadline=None,
                  suppress_health_check=list(HealthCheck), database=None,
                  derandomize=not os.environ.get("VIGIL_FUZZ_EXAMPLES"))
        def run(case: Any) -> None:
            response = case.call()
            calls.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query}: {response.text[:200]}")

        run()
    assert not failures, failures
    assert len(calls) > 5 * len(operations) and any(c == 200 for c in calls) and any(c == 422 for c in calls)


def test_openapi_document_is_served(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(Settings(database_url=f"sqlite:///{tmp_path / 'v.db'}"))) as c:
        doc = c.get("/openapi.json").json()
        assert {"/api/reports", "/api/claims", "/api/incidents", "/api/stats"} <= set(doc["paths"])
        assert c.get("/docs").status_code == 200


def test_cursors_of_any_json_are_422_or_a_page(tmp_path: Path) -> None:
    """A cursor is opaque to clients, but anything may be sent: base64 of arbitrary JSON (booleans,
    floats, nesting, huge numbers) or no base64 at all must give 422 naming ``cursor``, never 500."""
    import base64
    import json

    from fastapi.testclient import TestClient
    from hypothesis import strategies as st

    url = f"sqlite:///{tmp_path / 'v.db'}"
    Store.open(url).close()
    client = TestClient(create_app(Settings(database_url=url)))
    leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
    values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5),
                                                                                                 inner, max_size=3))
    encoded = values.map(lambda v: base64.urlsafe_b64encode(json.dumps(v).encode()).decode().rstrip("="))
    seen: list[int] = []

    @given(cursor=encoded | st.text(min_size=1, max_size=60),
           path=st.sampled_from(["/api/claims", "/api/reports", "/api/incidents"]))
    @settings(max_examples=int(os.environ.get("VIGIL_FUZZ_EXAMPLES", "150")), deadline=None,
              suppress_health_check=list(HealthCheck), database=None,
              derandomize=not os.environ.get("VIGIL_FUZZ_EXAMPLES"))
    def run(cursor: str, path: str) -> None:
        r = client.get(path, params={"cursor": cursor})
        seen.append(r.status_code)
        assert r.status_code in (200, 422), (path, cursor, r.status_code, r.text[:200])
        if r.status_code == 422:
            assert "cursor" in r.text

    run()
    assert 422 in seen
