"""End to end: `vigil serve` on 127.0.0.1, a token from `vigil token create`, reports posted over HTTP,
incidents read back as JSON, CSV and GeoJSON."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    db = str(tmp_path / "serve.db")
    token = subprocess.run([sys.executable, "-m", "vigil", "token", "create", "e2e", "--db", db],
                           capture_output=True, text=True, check=True, timeout=120).stdout.strip()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "vigil", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError("server did not start")
        yield base, token
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_post_and_read_back(server: tuple[str, str]) -> None:
    base, token = server
    hdr = {"Authorization": f"Bearer {token}"}
    reports = [
        {"text": "Air strikes killed 22 civilians in Idlib province on Saturday, the Syrian Observatory for Human "
                 "Rights said.", "published": "2025-04-13", "outlet": "Demo Wire (invented)"},
        {"text": "The toll from Saturday's air strikes in Idlib province rose to 31 civilians, the Syrian "
                 "Observatory for Human Rights said on Monday.", "published": "2025-04-14",
         "outlet": "Lakeside Herald (invented)"},
    ]
    with httpx.Client(base_url=base, timeout=60) as c:
        assert c.post("/api/reports", json=reports[0]).status_code == 401
        for body in reports:
            r = c.post("/api/reports", json=body, headers=hdr)
            assert r.status_code == 201, r.text
        incs = c.get("/api/incidents", params={"outcome": "killed"}).json()["items"]
        assert len(incs) == 1 and incs[0]["best"] == 31 and [h["value"] for h in incs[0]["history"]] == [22, 31]
        csv_text = c.get("/api/incidents", params={"format": "csv"}).text
        assert csv_text.splitlines()[0].startswith("id,") and len(csv_text.splitlines()) == 2
        geo = json.loads(c.get("/api/incidents", params={"format": "geojson"}).text)
        assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
