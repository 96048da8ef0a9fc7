"""Evaluation gate (trafilatura-style): fails when extraction quality falls under the pinned floors.

Runs on the shared evaluation sets when ``../shared/evals`` exists beside the repository (as on the
developers' machines and in CI); skipped elsewhere. The floors are the issue's acceptance levels, not
the current scores, so ordinary improvements never need to touch them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.evaluate import Canon, EvalResult, load_jsonl, score
from vigil.extract.pipeline import Extractor
from vigil.readers import report_from_record

EVALS = Path(__file__).resolve().parents[1].parent / "shared" / "evals"
pytestmark = [
    pytest.mark.evalgate,
    pytest.mark.skipif(not (EVALS / "dev.jsonl").exists(), reason="../shared/evals not present"),
]

DEV_FLOORS = {"f1": 0.80, "victims": 0.80, "source": 0.80, "places": 0.80}
#: regression floors a little under the scores of 2026-11-25 (F1 0.955, full 0.694, perpetrator 0.914,
#: part_of 0.824): a change that loses more than that is caught; raise them as the extractor improves
REGRESSION_FLOORS = {"f1": 0.93, "full": 0.64, "perpetrator": 0.88, "part_of": 0.77}


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
