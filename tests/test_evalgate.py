"""Evaluation gate (trafilatura-style): fails when extraction quality falls under the pinned floors.

Runs on the shared evaluation sets when ``../shared/evals`` exists beside the repository (as on the
developers' machines and in CI); skipped elsewhere. It checks the seed (exact), the dev set (the old
acceptance floors and regression floors), dev2 (real reports no rule was written against when it
arrived: the issue's acceptance levels) and reconcile on dev2's two real story clusters, scored by the
shared ``clusters.py`` (pair F1, best estimates in the reader's range, no incident in a foreign country).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.evaluate import Canon, EvalResult, load_jsonl, score
from vigil.evaluate_clusters import evaluate_clusters
from vigil.extract.pipeline import Extractor
from vigil.readers import report_from_record

EVALS = Path(__file__).resolve().parents[1].parent / "shared" / "evals"
pytestmark = [
    pytest.mark.evalgate,
    pytest.mark.skipif(not (EVALS / "dev.jsonl").exists(), reason="../shared/evals not present"),
]

DEV_FLOORS = {"f1": 0.80, "victims": 0.80, "source": 0.80, "places": 0.80}
#: regression floors a little under the scores at the end of the third session of 2026-12-08 (F1 0.969, full
#: 0.865, perpetrator 1.000, part_of 0.829); the issue asks that dev not fall below F1 0.95, full 0.70
REGRESSION_FLOORS = {"f1": 0.95, "full": 0.85, "perpetrator": 0.95, "part_of": 0.79}
#: the fields the scorer checks on matched claims
FIELDS = ("victims", "source", "perpetrator", "part_of", "verification", "time.start", "time.end", "places")


def evaluate(name: str) -> EvalResult:
    gold = load_jsonl(EVALS / name)
    reports = [report_from_record({**o["report"], "id": rid}, f"{name}:{rid}") for rid, o in gold.items()]
    pred = {r.report.id: r.to_dict() for r in Extractor().extract_many(reports)}
    return score(gold, pred, Canon(EVALS))


def test_seed_is_extracted_exactly() -> None:
    res = evaluate("seed.jsonl")
    assert (res.fp, res.fn) == (0, 0), res.misses
    assert res.full_share == 1.0, res.misses


def test_dev_set_meets_the_floors() -> None:
    res = evaluate("dev.jsonl")
    got = {"f1": res.f1, **{k: res.accuracy(k) for k in ("victims", "source", "places")}}
    low = {k: round(v, 3) for k, v in got.items() if v < DEV_FLOORS[k]}
    assert not low, f"under the floors {DEV_FLOORS}: {low}"


def test_dev_set_does_not_regress() -> None:
    res = evaluate("dev.jsonl")
    got = {"f1": res.f1, "full": res.full_share, **{k: res.accuracy(k) for k in ("perpetrator", "part_of")}}
    low = {k: round(v, 3) for k, v in got.items() if v < REGRESSION_FLOORS[k]}
    assert not low, f"under the regression floors {REGRESSION_FLOORS}: {low}"


#: dev2 (44 real reports, spec v1.2): the issue's acceptance levels (F1 0.92, every field 0.80) and a
#: full floor a little under the score at the end of the third session of 2026-12-08 (F1 0.973, full 0.852;
#: part_of 0.901, perpetrator 1.000, victims 0.972, source 0.960, verification 0.929, time 1.000/0.991, places
#: 0.980)
DEV2_FLOORS = {"f1": 0.92, "full": 0.83, **{k: 0.80 for k in FIELDS}}


def test_dev2_set_meets_the_floors() -> None:
    res = evaluate("dev2.jsonl")
    got = {"f1": res.f1, "full": res.full_share, **{k: res.accuracy(k) for k in FIELDS}}
    low = {k: round(got[k], 3) for k, floor in DEV2_FLOORS.items() if got[k] < floor}
    assert not low, f"under the dev2 floors {DEV2_FLOORS}: {low}"


CLUSTERS = ("goma", "yelwata")
#: reconcile on the real story clusters of dev2 (all of dev2 ingested together): the issue's floor for
#: pair F1, every ranged best estimate inside its range, no incident in a country the cluster never names
CLUSTER_PAIR_F1_FLOOR = 0.90


@pytest.mark.skipif(not (EVALS / "clusters.py").exists(), reason="clusters.py not present")
def test_real_clusters_are_reconciled_as_a_reader_would(tmp_path: Path) -> None:
    res = evaluate_clusters(EVALS / "dev2.jsonl", [EVALS / "clusters" / f"{c}.json" for c in CLUSTERS],
                            workdir=tmp_path)
    for name in CLUSTERS:
        got = res["clusters"][name]
        assert got["pair_f1"] >= CLUSTER_PAIR_F1_FLOOR, (name, got)
        assert all(r["ok"] for r in got["ranges"]), (name, got["ranges"])
        assert not got["foreign_incidents"], (name, got["foreign_incidents"])
