"""Evaluation against gold claims, following the scoring rules of the claim spec (version 1.2).

A predicted claim matches a gold claim of the same report when the outcomes are equal and either
both values are equal or both are vague with overlapping ranges; each gold claim is matched once,
preferring the nearest evidence. Optional gold claims neither count as missed nor, when predicted,
as false. Field accuracies are computed over matched required claims; ``full`` is the share of
required gold claims found with every checked field right.

Source names are compared after canonical names: the ``aliases.json`` beside the gold file plus any
given with ``aliases`` (as the shared scorer does), or Vigil's own source list where the gold comes
with no alias file. Two canonical names then name one source when they are equal, when they consist
of the same words once possessives, demonyms, filler words and trailing role words are set aside
(:func:`name_words`), or when one is the other's acronym (:func:`is_acronym`); a gold claim's
``source_alt`` readings count too, and an unnamed gold source accepts any source of its kind. admin1
names are compared through the GeoNames division names in an ``admin1.json`` beside the gold file
when present, else by normalised name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.errors import InputError
from vigil.extract.sources import SourceIndex, norm

_ADMIN_WORDS = re.compile(r"\b(governorate|province|oblast|state|region|district|prefecture|department|division|"
                          r"territory|county|muhafazat|wilayah|wilayat|city)\b")


@dataclass
class EvalResult:
    reports: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    full: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def full_share(self) -> float:
        return self.full / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def accuracy(self, name: str) -> float:
        ok, n = self.fields.get(name, [0, 0])
        return ok / n if n else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"reports": self.reports, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "full": round(self.full_share, 4),
                "fields": {k: round(self.accuracy(k), 4) for k in sorted(self.fields)},
                "field_counts": {k: v[1] for k, v in sorted(self.fields.items())}}


def load_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(str(path), e.strerror or "cannot read") from None
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                obj = json.loads(line)
                out[str(obj["report"]["id"])] = obj
            except (ValueError, KeyError, TypeError) as e:
                raise InputError(f"{path}:{n}", f"not a report line ({e})") from None
    return out


class Canon:
    """Canonical source names and admin1 codes used for comparison."""

    def __init__(self, gold_dir: Path | None, aliases: Sequence[Path] = ()) -> None:
        files = list(aliases)
        if gold_dir is not None and (gold_dir / "aliases.json").exists():
            files.insert(0, gold_dir / "aliases.json")
        # the gold's own alias list decides, as in the shared scorer; Vigil's list only stands in for one
        self.names: dict[str, str] = {} if files else {
            k: norm(v.name) for k, v in SourceIndex.load().by_norm.items()}
        for f in files:
            for name, alts in json.loads(f.read_text(encoding="utf-8")).items():
                for a in [name, *alts]:
                    self.names[norm(a)] = norm(name)
        self.admin: dict[tuple[str, str], set[str]] = {}
        if gold_dir is not None and (gold_dir / "admin1.json").exists():
            data = json.loads((gold_dir / "admin1.json").read_text(encoding="utf-8"))
            for country, divisions in data.items():
                for code, names in divisions.items():
                    for name in names:
                        self.admin.setdefault((country, _admin_key(name)), set()).add(code)

    def source(self, name: str | None) -> str | None:
        if not name:
            return None
        n = norm(name)
        return self.names.get(n, n)

    def admin1(self, country: str | None, name: str) -> set[str]:
        key = _admin_key(name)
        return self.admin.get((country or "", key)) or {key}


# --- source names (spec 1.2, "Scoring") ------------------------------------------------------------

#: country adjectives and the country each stands for, so "Israeli army" and "Israel's army" agree
COUNTRY_ADJECTIVES: dict[str, str] = {
    "afghan": "afghanistan", "american": "us", "burkinabe": "burkina faso", "cameroonian": "cameroon",
    "chadian": "chad", "colombian": "colombia", "congolese": "congo", "egyptian": "egypt",
    "ethiopian": "ethiopia", "haitian": "haiti", "indian": "india", "iranian": "iran", "iraqi": "iraq",
    "israeli": "israel", "kenyan": "kenya", "lebanese": "lebanon", "libyan": "libya", "malian": "mali",
    "mexican": "mexico", "mozambican": "mozambique", "nigerian": "nigeria", "nigerien": "niger",
    "pakistani": "pakistan", "palestinian": "palestine", "russian": "russia", "saudi": "saudi arabia",
    "somali": "somalia", "sudanese": "sudan", "syrian": "syria", "turkish": "turkey", "ugandan": "uganda",
    "ukrainian": "ukraine", "yemeni": "yemen",
}
#: words that do not identify a source ("the Ministry of Defence" = "Defence Ministry")
FILLER_WORDS = frozenset({"the", "of", "and", "for", "s", "country", "countrys"})
#: role words that may close a source's name ("army spokesman" = "army")
TRAILING_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
                            "source", "sources"})
#: British and American spellings of one word
SPELLINGS = {"defence": "defense", "programme": "program", "organisation": "organization"}
_COUNTRY_WORDS = frozenset(COUNTRY_ADJECTIVES.values())


def _word_key(word: str) -> str:
    """One word of a name as compared: American spelling, a country for its adjective or possessive."""
    word = SPELLINGS.get(word, word)
    if word[:-1] in _COUNTRY_WORDS and word.endswith("s"):
        return word[:-1]                      # "israels" (from "Israel's") -> "israel"
    return COUNTRY_ADJECTIVES.get(word, word)


def name_words(name: str) -> frozenset[str]:
    """The words that identify a source, in any order, without filler, possessives or a closing role word."""
    kept = [_word_key(w) for w in norm(name).split() if w not in FILLER_WORDS]
    while len(kept) > 1 and kept[-1] in TRAILING_ROLES:
        kept.pop()
    return frozenset(w for k in kept for w in k.split())


def is_acronym(short: str, full: str) -> bool:
    """Whether ``short`` (three letters or more) is made of the initials of ``full``'s words, with or
    without its filler words ("RLF" for "Redwater Liberation Front", "MOH" for "Ministry of Health")."""
    letters = norm(short).replace(" ", "")
    words = norm(full).split()
    if len(letters) < 3:
        return False
    initials = {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in FILLER_WORDS)}
    return letters in initials


def same_source(predicted: str | None, gold: str | None) -> bool:
    """Two canonical source names (``None``: no source) that name one source."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return (predicted == gold or name_words(predicted) == name_words(gold)
            or is_acronym(predicted, gold) or is_acronym(gold, predicted))


def _admin_key(name: str) -> str:
    s = _ADMIN_WORDS.sub(" ", norm(name))
    return re.sub(r"^(al|el) ", "", re.sub(r"\s+", " ", s).strip())


def _count(c: dict[str, Any]) -> dict[str, Any]:
    return c.get("count") or {}


def _matches(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g.get("outcome") != p.get("outcome"):
        return False
    gc, pc = _count(g), _count(p)
    if gc.get("value") is not None:
        return bool(pc.get("value") == gc["value"])
    if pc.get("value") is not None or pc.get("qualifier") != "vague":
        return False
    lo = max(gc.get("low") or 0, pc.get("low") or 0)
    hi = min(x for x in (gc.get("high"), pc.get("high"), 10**12) if x is not None)
    return bool(lo <= hi)


def _places_ok(g: dict[str, Any], p: dict[str, Any], canon: Canon) -> bool:
    have = [(x.get("country"), x.get("admin1")) for x in p.get("places") or []]
    for x in g.get("places") or []:
        c, a = x.get("country"), x.get("admin1")
        if not any(pc == c for pc, _ in have):
            return False
        if a and not any(pc == c and pa and canon.admin1(c, a) & canon.admin1(c, pa) for pc, pa in have):
            return False
    return True


def score(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]], canon: Canon) -> EvalResult:
    res = EvalResult(reports=len(gold))

    def check(name: str, ok: bool, wrong: list[str]) -> None:
        res.fields.setdefault(name, [0, 0])
        res.fields[name][0] += int(ok)
        res.fields[name][1] += 1
        if not ok:
            wrong.append(name)

    for rid, grec in gold.items():
        gclaims = grec.get("claims", [])
        pclaims = (pred.get(rid) or {}).get("claims", [])
        used: set[int] = set()
        pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for g in gclaims:
            gs = (g.get("evidence") or {}).get("start")
            best: tuple[int, int] | None = None
            for i, p in enumerate(pclaims):
                if i in used or not _matches(g, p):
                    continue
                ps = (p.get("evidence") or {}).get("start")
                d = abs(ps - gs) if isinstance(ps, int) and isinstance(gs, int) else 10**9
                if best is None or d < best[0]:
                    best = (d, i)
            if best is not None:
                used.add(best[1])
                pairs.append((g, pclaims[best[1]]))
        paired_g = {id(g) for g, _ in pairs}
        g2p = {g.get("id"): p.get("id") for g, p in pairs}
        for g in gclaims:
            if id(g) not in paired_g and not g.get("optional"):
                res.fn += 1
                res.misses.append(f"MISS  {rid} {g.get('id')} {g.get('outcome')} {_count(g).get('text')!r}: "
                                  f"{(g.get('evidence') or {}).get('text', '')[:120]!r}")
        optional = [g for g in gclaims if g.get("optional")]
        for i, p in enumerate(pclaims):
            if i in used or any(_matches(g, p) for g in optional):
                continue
            res.fp += 1
            res.misses.append(f"FALSE {rid} {p.get('id')} {p.get('outcome')} {_count(p).get('text')!r}: "
                              f"{(p.get('evidence') or {}).get('text', '')[:120]!r}")
        for g, p in pairs:
            if g.get("optional"):
                continue
            res.tp += 1
            wrong: list[str] = []
            if (g.get("victims") or {}).get("category"):
                check("victims", (p.get("victims") or {}).get("category") == g["victims"]["category"], wrong)
            if "source" in g:
                gsrc, psrc = g["source"] or {}, p.get("source") or None
                readings = {canon.source(r) for r in [gsrc.get("name"), *g.get("source_alt", [])]}
                predicted = canon.source((psrc or {}).get("name"))
                ok = any(same_source(predicted, r) for r in readings)
                if gsrc.get("unnamed"):
                    ok = ok or (bool(psrc) and (psrc or {}).get("kind") == gsrc.get("kind"))
                check("source", ok, wrong)
            gt, pt = g.get("time") or {}, p.get("time") or {}
            for k in ("start", "end"):
                if gt.get(k):
                    check(f"time.{k}", pt.get(k) == gt[k], wrong)
            if g.get("places"):
                check("places", _places_ok(g, p, canon), wrong)
            if g.get("perpetrator") is not None:
                check("perpetrator", bool(p.get("perpetrator")), wrong)
            if g.get("verification") in ("unverified", "verified", "disputed"):
                check("verification", p.get("verification") == g["verification"], wrong)
            if g.get("part_of"):
                check("part_of", p.get("part_of") is not None and p.get("part_of") == g2p.get(g["part_of"]), wrong)
            if g.get("incidents"):
                check("incidents", p.get("incidents") == g["incidents"], wrong)
            if wrong:
                res.misses.append(f"FIELD {rid} {g.get('id')} {g.get('outcome')} {_count(g).get('text')!r}: "
                                  f"wrong {', '.join(wrong)}")
            else:
                res.full += 1
    return res
