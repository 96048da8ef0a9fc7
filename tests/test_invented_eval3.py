"""Third invented evaluation sets: development sets for the session that generalised perpetrators, parts
and sources (all reports INVENTED, each carries a ``note`` saying so; see ``test_invented_eval2``).

* ``invented_eval3_perp.jsonl`` (18 reports): actors as subjects, agents, possessors and "by X"
  attackers, claims of responsibility, accusations, breakdowns in lists, colons and later sentences;
* ``invented_eval3_source.jsonl`` (25 reports): attribution verbs, acronyms, spokesmen, unnamed
  sources, quotes over paragraphs, verification in several positions, the harm's day against the
  statement's day, single described persons and nested groups.

Each was written by one author and tuned on by that author's rules; each set was then used as an unseen
check of the OTHER author's rules (that is how the perpetrator rules were found to over-fire on the
source set). Rules were tuned on both, so neither measures generalisation any more: the floors here
only catch regressions. The held-out proxy is still ``invented_eval2.jsonl``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_invented_eval2 import evaluate
from vigil.evaluate import load_jsonl
from vigil.extract.pipeline import Extractor

DATA = Path(__file__).resolve().parent / "data"
#: (file, F1 floor, full floor): about 0.035 under the scores at the end of the session that wrote them
#: (2026-12-07, as ``vigil eval`` scores them: perp F1 0.966 full 0.417; source F1 0.955 full 0.706. With no
#: ``admin1.json`` beside the files, admin1 names are compared as written, so ``full`` is lower than
#: ``score.py`` gives with the shared alias file: 0.573 and 0.825)
SETS = [
    ("invented_eval3_perp.jsonl", 0.93, 0.38),
    ("invented_eval3_source.jsonl", 0.92, 0.67),
]


@pytest.mark.parametrize("name", [s[0] for s in SETS])
def test_invented_gold3_is_well_formed(name: str) -> None:
    gold = load_jsonl(DATA / name)
    for rid, obj in gold.items():
        report = obj["report"]
        assert "invented" in report["note"].lower(), rid
        text = report["text"]
        ids = [c["id"] for c in obj["claims"]]
        assert len(set(ids)) == len(ids), rid
        for c in obj["claims"]:
            ev = c["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"], (rid, c["id"])
            assert c["part_of"] is None or (c["part_of"] in ids and c["part_of"] != c["id"]), (rid, c["id"])


@pytest.mark.parametrize(("name", "f1_floor", "full_floor"), SETS)
def test_invented_set3_meets_the_floor(extractor: Extractor, name: str, f1_floor: float, full_floor: float) -> None:
    res = evaluate(extractor, DATA / name)
    for line in res.misses:
        print(line)
    assert res.f1 >= f1_floor, f"{name}: F1 {res.f1:.3f} under the floor {f1_floor}"
    assert res.full_share >= full_floor, f"{name}: full {res.full_share:.3f} under the floor {full_floor}"
