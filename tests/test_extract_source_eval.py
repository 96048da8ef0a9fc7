"""`vigil eval` compares source names by the rules of spec 1.2 "Scoring" (all names invented)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vigil.evaluate import Canon, is_acronym, name_words, same_source, score


def test_possessives_demonyms_and_word_order_agree() -> None:
    assert name_words("Kenya's interior ministry") == name_words("Kenyan Interior Ministry")
    assert name_words("the Ministry of Interior of Kenya") == name_words("Kenyan interior ministry")
    assert same_source("israels defence ministry", "israeli ministry of defense")     # spelling too
    assert not same_source("kenyan interior ministry", "kenyan health ministry")


def test_trailing_role_words_are_set_aside_but_not_the_whole_name() -> None:
    assert same_source("orvan red cross spokesman", "orvan red cross")
    assert same_source("tesh police officials", "tesh police")
    assert name_words("officials") == frozenset({"officials"})       # a role word alone stays
    assert not same_source("spokesman", "orvan red cross")


def test_acronyms_match_their_full_names() -> None:
    assert is_acronym("RLF", "Redwater Liberation Front")
    assert is_acronym("MOH", "Ministry of Health")          # with its filler words
    assert is_acronym("MH", "Ministry of Health") is False   # under three letters
    assert same_source("valdan rights watch", "vrw")
    assert not same_source("valdan rights watch", "vrx")


def test_no_source_matches_only_no_source() -> None:
    assert same_source(None, None)
    assert not same_source(None, "orvan red cross")
    assert not same_source("orvan red cross", None)


def _claim(source: dict[str, Any] | None, **extra: Any) -> dict[str, Any]:
    return {"id": "c1", "outcome": "killed", "count": {"value": 7, "low": 7, "high": 7, "qualifier": "exact",
                                                       "text": "seven"},
            "victims": {"category": "people"}, "source": source,
            "evidence": {"text": "Seven people were killed.", "start": 0, "end": 25}, **extra}


def _score(gold_claim: dict[str, Any], pred_source: dict[str, Any] | None, tmp: Path) -> float:
    (tmp / "aliases.json").write_text(json.dumps({"Tarn Relief Network": ["TRN volunteers"]}), encoding="utf-8")
    report = {"id": "r1", "text": "Seven people were killed."}
    gold = {"r1": {"report": report, "claims": [gold_claim]}}
    pred = {"r1": {"report": report, "claims": [_claim(pred_source)]}}
    return score(gold, pred, Canon(tmp)).accuracy("source")


def test_scoring_uses_aliases_alternatives_and_unnamed_kinds(tmp_path: Path) -> None:
    named = {"name": "Tarn Relief Network", "text": "the network", "kind": "ngo"}
    assert _score(_claim(named), {"name": "TRN volunteers", "kind": "ngo"}, tmp_path) == 1.0     # alias file
    assert _score(_claim(named), {"name": "Tarn Relief Network spokesman", "kind": "ngo"}, tmp_path) == 1.0
    assert _score(_claim(named), {"name": "Orvan Red Cross", "kind": "ngo"}, tmp_path) == 0.0
    alt = _claim(named, source_alt=[None])
    assert _score(alt, None, tmp_path) == 1.0                                               # source_alt null
    unnamed = _claim({"name": "local officials", "text": "officials", "kind": "government", "unnamed": True})
    assert _score(unnamed, {"name": "Orvan district commissioner", "kind": "government"}, tmp_path) == 1.0
    assert _score(unnamed, {"name": "Orvan Red Cross", "kind": "ngo"}, tmp_path) == 0.0
    assert _score(unnamed, None, tmp_path) == 0.0
