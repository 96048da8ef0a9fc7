"""Second generalisation check on an invented, annotated set (``tests/data/invented_eval2.jsonl``).

The 14 reports are INVENTED: outlets ("Coastline Press", "Indus Wire", an NGO's own press release…),
people, organisations' statements, events and numbers are all made up; only the places are real
(countries, provinces and towns) so that the place field can be scored. Every report carries a
``note`` saying so. The set was written and annotated claim by claim against the claim spec
(``../shared/spec/claims.md`` 1.2, Conventions included) WITHOUT reading the extractor's rules
(nothing under ``src/vigil/extract/`` was read), and after the first set (``invented_eval.jsonl``)
had become a second development set. It therefore measures how the rules carry to wordings nobody
tuned them on.

It spreads the difficulties of real reports over many conflicts and styles (wire stories, a local
paper, an NGO press release, a live blog, English translated from French and Spanish): attribution
verbs beyond "said" ("denounced", "recorded", "documented", "estimated", "put the number at",
"according to information gathered by"), acronyms after full names, spokesmen of institutions,
verification statements in another paragraph, breakdowns ("spread as follows", "of the victims, nine
were women", "the dead included"), single described persons ("the village chief", "his wife"),
hospitalised subsets, perpetrators as subjects of "stormed"/"opened fire", possessives ("the army's
raid") and "by X" agents, weekday and "night of … to …" times, statements dated on another day than
the harm, background totals ("since 2015"), a "London-based" monitor, datelines and place homonyms,
toll updates, displacement, abductions and detentions. 101 gold claims, 6 of them optional.

Scored as ``vigil eval tests/data/invented_eval2.jsonl`` scores it (same loader, extractor and scorer,
``Canon`` built from the gold file's folder). No ``admin1.json`` lies beside the file, so admin1 names
are compared by normalised name; where GeoNames lists several names for one division the gold uses the
one Vigil's geocoder data gives ("Banadir", "Michoacan de Ocampo").

Scores when written (2026-12-06): working tree F1 0.886 (P 0.963, R 0.821), full 0.421; the last
commit (a6a24a1) F1 0.879, full 0.390 — against dev F1 >= 0.95, full >= 0.70. The floors sit about
0.05 under the working tree's scores so that a clear loss is caught. If rules are later tuned on
these misses, the set stops measuring generalisation and a fresh invented set is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

from vigil.evaluate import Canon, EvalResult, load_jsonl, score
from vigil.extract.pipeline import Extractor
from vigil.readers import report_from_record

GOLD = Path(__file__).resolve().parent / "data" / "invented_eval2.jsonl"
# 2026-12-06: F1 0.879, full 0.390 before the session's extractor work (commit a6a24a1); F1 0.917,
# full 0.474 at the session's end (vigil eval)
F1_FLOOR = 0.88
FULL_FLOOR = 0.44


def evaluate(extractor: Extractor, path: Path = GOLD) -> EvalResult:
    """Extract every report of the gold file and score the result, as ``vigil eval`` does."""
    gold = load_jsonl(path)
    reports = [report_from_record({**o["report"], "id": rid}, f"{path}:{rid}") for rid, o in gold.items()]
    pred = {res.report.id: res.to_dict() for res in extractor.extract_many(reports)}
    return score(gold, pred, Canon(path.parent))


def test_invented_gold2_is_well_formed() -> None:
    gold = load_jsonl(GOLD)
    assert len(gold) == 14
    total = 0
    for rid, obj in gold.items():
        report = obj["report"]
        assert "invented" in report["note"].lower(), rid
        text = report["text"]
        assert 120 <= len(text.split()) <= 350, rid
        ids = [c["id"] for c in obj["claims"]]
        assert len(set(ids)) == len(ids), rid
        total += len(ids)
        for c in obj["claims"]:
            ev = c["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"], (rid, c["id"])
            assert c["count"]["text"] in ev["text"], (rid, c["id"])
            assert c["part_of"] is None or (c["part_of"] in ids and c["part_of"] != c["id"]), (rid, c["id"])
            for p in c["places"]:
                assert len(p["country"]) == 2 and p["country"].isupper(), (rid, c["id"])
    assert 80 <= total <= 110


def test_invented_set2_meets_the_floor(extractor: Extractor) -> None:
    res = evaluate(extractor)
    d = res.as_dict()
    print("\ninvented eval 2:", json.dumps(d, indent=1))
    for line in res.misses:
        print(line)
    assert res.f1 >= F1_FLOOR, f"F1 {res.f1:.3f} under the floor {F1_FLOOR} (P {res.precision:.3f} R {res.recall:.3f})"
    assert res.full_share >= FULL_FLOOR, f"full {res.full_share:.3f} under the floor {FULL_FLOOR}"
