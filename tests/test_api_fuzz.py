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
