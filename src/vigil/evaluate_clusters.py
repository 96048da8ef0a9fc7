"""Score how reconcile groups real story clusters: ingest a gold file, reconcile, run ``clusters.py``.

``../shared/evals/clusters.py`` scores a grouping against a cluster file (pairs of gold claims a
careful reader puts in one incident, best estimates against a fair range, incidents in countries the
reader never names). :func:`evaluate_clusters` runs the whole chain in a scratch SQLite database and
returns its figures, so an evaluation gate can pin floors::

    from vigil.evaluate_clusters import evaluate_clusters
    res = evaluate_clusters("../shared/evals/dev2.jsonl", ["../shared/evals/clusters/goma.json"])
    res["clusters"]["goma"]["pair_f1"], res["headline_killed"]

The scorer is run as a separate process (it is evaluation tooling, not part of Vigil); its folder must
hold ``clusters.py`` and ``score.py`` (by default the folder of the gold file).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vigil.errors import InputError

__all__ = ["evaluate_clusters", "headline_killed"]


def headline_killed(incidents: Sequence[dict[str, Any]]) -> int:
    """The dashboard's headline: the sum of best estimates of killed over incidents (not episodes), as
    :data:`vigil.incidents.DEATHS_COUNTED` explains."""
    return sum(int(i.get("best") or 0) for i in incidents
               if i.get("outcome") == "killed" and i.get("kind") == "incident")


def evaluate_clusters(gold: str | Path, clusters: Sequence[str | Path], *, scorer: str | Path | None = None,
                      workdir: str | Path | None = None) -> dict[str, Any]:
    """Ingest ``gold`` (JSON Lines of reports) into a scratch database with the ``vigil`` commands,
    reconcile, and score each cluster file with ``clusters.py``. Returns ``{"clusters": {name: scorer JSON}, "headline_killed": int,
    "incidents": int, "episodes": int}``. Raises :class:`InputError` for a missing file or a failing
    scorer."""
    gold = Path(gold)
    script = Path(scorer) if scorer is not None else gold.parent / "clusters.py"
    for p in (gold, script, *map(Path, clusters)):
        if not p.is_file():
            raise InputError(str(p), "no such file")
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        db = str(Path(tmp) / "clusters.db")
        claims_path = Path(tmp) / "claims.jsonl"
        inc_path = Path(tmp) / "incidents.jsonl"
        _vigil("ingest", str(gold), "--db", db)
        _vigil("reconcile", "--db", db)
        claims_path.write_text(_vigil("claims", "--db", db, "--format", "jsonl"), encoding="utf-8")
        text = _vigil("incidents", "--db", db, "--format", "jsonl")
        inc_path.write_text(text, encoding="utf-8")
        found = [json.loads(line) for line in text.splitlines() if line.strip()]
        scores: dict[str, Any] = {}
        for c in map(Path, clusters):
            proc = subprocess.run([sys.executable, str(script), str(c), str(gold), str(claims_path), str(inc_path),
                                   "--json"], capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise InputError(str(c), f"clusters.py failed: {proc.stderr.strip().splitlines()[-1:]}")
            scores[c.stem] = json.loads(proc.stdout)
    return {"clusters": scores, "headline_killed": headline_killed(found),
            "incidents": sum(i.get("kind") == "incident" for i in found),
            "episodes": sum(i.get("kind") == "episode" for i in found)}


def _vigil(*args: str) -> str:
    """Run a ``vigil`` command as a user would (``python -m vigil``) and return its standard output."""
    proc = subprocess.run([sys.executable, "-m", "vigil", *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise InputError(f"vigil {args[0]}", f"failed: {proc.stderr.strip().splitlines()[-1:]}")
    return proc.stdout
