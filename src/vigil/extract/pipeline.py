"""The extractor: spaCy pipeline components plus the article-level resolver.

Two registered components run on each candidate sentence, in this order after the model's own:

* ``vigil_amounts`` — requires nothing; assigns ``doc._.amounts`` (:class:`~vigil.extract.amounts.Amount`
  records, offsets relative to the sentence);
* ``vigil_figures`` — requires ``token.dep``, ``token.lemma``, ``token.ent_type`` and ``doc._.amounts``;
  assigns ``doc._.figures`` (:class:`~vigil.extract.figures.SentenceFigures`).

Only sentences that pass the cheap relevance test (an outcome word and an amount) are parsed.

Speed: the model's ``attribute_ruler`` keeps its rules but matches them without spaCy's general
``Matcher`` (:class:`RulerMatch`, same matches, about ten times faster; it was a tenth of the time
spent on a sentence), and the rule lemmatizer remembers every answer it gives (same lemmas).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens import Doc

from vigil import __version__
from vigil.errors import ConfigError
from vigil.extract.amounts import find_amounts
from vigil.extract.figures import SentenceFigures, find_figures
from vigil.extract.group_parts import apposed_subsets, fronted_group_parts, minors_by_age, severity_parts
from vigil.extract.name_spans import parsed_names
from vigil.extract.outcome_more import copula_outcomes
from vigil.extract.perp_context import Scene, scene_of, scene_requests
from vigil.extract.pronoun_across import PRONOUN_HARM, pronoun_figure, resolve_pronoun_figures
from vigil.extract.resolve import build_claims
from vigil.extract.sentences import may_hold_figure, split_sentences
from vigil.extract.sources import SourceIndex
from vigil.extract.statements import parsed_statement_spans
from vigil.extract.syntax import doc_text
from vigil.geo import Gazetteer
from vigil.models import Claim, ExtractedReport, Report
from vigil.settings import Settings


def _register_extensions() -> None:
    for name in ("amounts", "figures", "scene"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.component("vigil_amounts", assigns=["doc._.amounts"])
def amounts_component(doc: Doc) -> Doc:
    doc._.amounts = find_amounts(doc_text(doc))
    return doc


@Language.component("vigil_figures", requires=["token.dep", "token.lemma", "doc._.amounts"],
                    assigns=["doc._.figures", "doc._.scene"])
def figures_component(doc: Doc) -> Doc:
    doc._.figures = find_figures(doc, doc._.amounts or [])
    copula_outcomes(doc._.figures.figures, doc)
    fronted_group_parts(doc._.figures.figures, doc)
    severity_parts(doc._.figures.figures, doc)
    apposed_subsets(doc._.figures.figures, doc)
    minors_by_age(doc._.figures.figures, doc)
    pronoun_figure(doc._.figures.figures, doc)
    doc._.scene = scene_of(doc)
    return doc


#: token attributes :class:`RulerMatch` reads (each as ``Doc.to_array`` gives it, as the Matcher compares it)
_RULER_ATTRS = ("TAG", "POS", "DEP", "LOWER", "ORTH", "NORM", "IS_SPACE")
_Pred = tuple[int, str, Any]      # (column of the token's row, "eq" | "IN" | "NOT_IN" | "REGEX", value)


class RulerMatch:
    """``AttributeRuler.match`` without spaCy's general Matcher.

    For rulers whose patterns only test token attributes for equality, set membership or a regular
    expression (all the English pipelines' are: tag maps, morph rules, a few two-token exceptions).
    Each token's attributes are read once as a row of ``Doc.to_array``; which pattern tokens a row
    satisfies is worked out once per distinct row and remembered. The result is the ruler's own:
    every (rule number, match id, start, end), sorted, so ``set_annotations`` applies the same rules in
    the same order. Raises ``ValueError`` for a pattern it cannot read (the ruler then keeps its Matcher).
    """

    def __init__(self, ruler: Any) -> None:
        self.strings = ruler.vocab.strings
        self.cols: list[str] = []
        self.specs: list[list[_Pred]] = []                          # one per pattern token
        self.patterns: list[tuple[int, int, tuple[int, ...]]] = []   # (rule, match id, spec of each token)
        for rule in range(len(ruler.attrs)):
            key = str(rule)         # AttributeRuler.add names rule n "n"
            match_id = self.strings.add(key)
            for pattern in ruler.matcher.get(key)[1]:
                ids = []
                for spec in pattern:
                    self.specs.append([p for attr, value in spec.items() for p in self._preds(attr, value)])
                    ids.append(len(self.specs) - 1)
                if not ids:
                    raise ValueError("empty pattern")
                self.patterns.append((rule, match_id, tuple(ids)))
        self.attr_ids = [IDS[c] for c in self.cols]
        self.starts: dict[int, list[int]] = {}      # spec -> the patterns whose first token it is
        for n, (_rule, _mid, spec_ids) in enumerate(self.patterns):
            self.starts.setdefault(spec_ids[0], []).append(n)
        self.rows: dict[tuple[int, ...], tuple[frozenset[int], tuple[int, ...]]] = {}
        # each spec indexed by one value its row must hold (its first equality or set test), so a new row tests
        # only the specs that can hold for it, not every one
        self.keyed: dict[tuple[int, int], list[int]] = {}
        self.unkeyed: list[int] = []
        for n, preds in enumerate(self.specs):
            test = next((p for p in preds if p[1] == "eq"), None) or next((p for p in preds if p[1] == "IN"), None)
            if test is None:
                self.unkeyed.append(n)
                continue
            col, op, v = test
            for value in ([v] if op == "eq" else sorted(v)):
                self.keyed.setdefault((col, int(value)), []).append(n)

    def _preds(self, attr: str, value: Any) -> list[_Pred]:
        attr = attr.upper()
        if attr not in _RULER_ATTRS:
            raise ValueError(f"attribute {attr}")
        if attr not in self.cols:
            self.cols.append(attr)
        col = self.cols.index(attr)
        if isinstance(value, bool):
            return [(col, "eq", int(value))]
        if isinstance(value, str):
            return [(col, "eq", self.strings.add(value))]
        if not isinstance(value, dict) or not value:
            raise ValueError(f"value {value!r}")
        out: list[_Pred] = []
        for op, v in value.items():
            if op == "REGEX" and isinstance(v, str):
                out.append((col, op, re.compile(v)))
            elif op in ("IN", "NOT_IN") and isinstance(v, list) and all(isinstance(x, str) for x in v):
                out.append((col, op, {self.strings.add(x) for x in v}))
            else:
                raise ValueError(f"predicate {op}")
        return out

    def _test(self, value: int, op: str, v: Any) -> bool:
        if op == "eq":
            return bool(value == v)
        if op == "IN":
            return value in v
        if op == "NOT_IN":
            return value not in v
        return v.search(self.strings[value]) is not None

    def _row(self, row: tuple[int, ...]) -> tuple[frozenset[int], tuple[int, ...]]:
        """(the specs a token with these attribute values satisfies, the patterns it can start)."""
        found = self.rows.get(row)
        if found is None:
            cands = [*self.unkeyed, *(n for col, value in enumerate(row) for n in self.keyed.get((col, value), ()))]
            ok = frozenset(n for n in cands if all(self._test(row[col], op, v) for col, op, v in self.specs[n]))
            found = (ok, tuple(sorted(p for s in ok for p in self.starts.get(s, ()))))
            if len(self.rows) >= 100_000:
                self.rows.clear()
            self.rows[row] = found
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = [self._row(tuple(r)) for r in doc.to_array(self.attr_ids).tolist()]
        n = len(rows)
        out = []
        for start, (_ok, patterns) in enumerate(rows):
            for p in patterns:
                rule, match_id, ids = self.patterns[p]
                end = start + len(ids)
                if end <= n and all(ids[j] in rows[start + j][0] for j in range(1, len(ids))):
                    out.append((rule, match_id, start, end))
        out.sort()
        return out


def _fast_attribute_ruler(nlp: Language) -> None:
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler: Any = nlp.get_pipe("attribute_ruler")
    try:
        match = RulerMatch(ruler)
    except ValueError:
        return          # a pattern RulerMatch does not read: the ruler keeps its own Matcher
    ruler.match = match


def _memo_lemmatizer(nlp: Language) -> None:
    """The rule lemmatizer's answer depends only on the word, its POS and its morphology, but spaCy
    remembers it only for words that reach the rule tables (not for base forms, which it recomputes
    from the morphology each time): remember every answer."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    rule = lemmatizer.lemmatize
    known: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = known.get(key)
        if found is None:
            found = rule(token)
            if len(known) >= 200_000:
                known.clear()
            known[key] = found
        return found

    lemmatizer.lemmatize = lemmatize


#: what may run the model's matrix products (``Settings.blas``)
BLAS = ("numpy", "blis")


def _numpy_blas(nlp: Language) -> None:
    """Run the networks' matrix products through numpy's BLAS instead of thinc's bundled blis.

    The products are the same (the annotations are identical on every evaluation sentence, see
    ``tests/test_speed_filter.py``); numpy's OpenBLAS is about 2.5 times faster than blis on the
    machines measured (``bench/extract_real.py``). OpenBLAS is held to one thread in this process, so
    that worker processes (``--workers``, Dask) do not each start a thread per core.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):      # never a GPU model's ops
                node.ops = ops


def load_pipeline(model: str, blas: str = "numpy") -> Language:
    """The spaCy model with Vigil's components added (the model name and the BLAS are settings)."""
    if blas not in BLAS:
        raise ConfigError(f"blas (VIGIL_BLAS): {blas!r} is not one of {', '.join(BLAS)}")
    _register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ConfigError(f"spaCy model {model!r} is not installed (pip install it or set VIGIL_SPACY_MODEL)") from e
    if blas == "numpy":
        _numpy_blas(nlp)
    _fast_attribute_ruler(nlp)
    _memo_lemmatizer(nlp)
    nlp.add_pipe("vigil_amounts")
    nlp.add_pipe("vigil_figures")
    return nlp


class Extractor:
    """Turns reports into claims. Create once (loading the model takes about a second) and reuse."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._nlp: Language | None = None
        self._gazetteer: Gazetteer | None = None
        self._sources: SourceIndex | None = None

    @property
    def version(self) -> str:
        """Recorded with every stored report and claim, so ``vigil reextract`` knows what is stale."""
        return f"{__version__}+{self.settings.spacy_model}"[:32]

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.settings.spacy_model, self.settings.blas)
        return self._nlp

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    @property
    def sources(self) -> SourceIndex:
        if self._sources is None:
            self._sources = SourceIndex.load(tuple(self.settings.source_files))
        return self._sources

    def extract(self, report: Report) -> list[Claim]:
        return next(self.extract_many([report])).claims

    def extract_many(self, reports: Iterable[Report], batch_size: int = 64) -> Iterator[ExtractedReport]:
        """Extract claims from many reports, parsing their candidate sentences in batches."""
        batch: list[Report] = []
        for r in reports:
            batch.append(r)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, reports: list[Report]) -> Iterator[ExtractedReport]:
        plans = []
        jobs: list[tuple[str, tuple[int, int]]] = []
        for ri, r in enumerate(reports):
            sents = split_sentences(r.text)
            plans.append(sents)
            for si, s in enumerate(sents):
                if len(s.text) <= self.settings.max_sentence_chars and (
                        may_hold_figure(s.text) or (si > 0 and PRONOUN_HARM.match(s.text))):
                    jobs.append((s.text, (ri, si)))
        found: list[dict[int, SentenceFigures]] = [{} for _ in reports]
        scenes: list[dict[int, Scene]] = [{} for _ in reports]
        said: list[dict[int, list[tuple[int, int]]]] = [{} for _ in reports]   # statements' circumstances
        names: list[dict[int, list[tuple[int, int]]]] = [{} for _ in reports]  # persons' names the parser tags
        ctx: Any
        for doc, ctx in self.nlp.pipe(jobs, as_tuples=True, batch_size=256):
            ri, si = ctx
            found[ri][si] = doc._.figures
            said[ri][si] = parsed_statement_spans(doc)
            names[ri][si] = parsed_names(doc)
            scenes[ri][si] = doc._.scene
        # the sentences just before a figure that goes on about an event told there: parsed for that scene only
        told = [(plans[ri][m].text, (ri, m)) for ri in range(len(reports))
                for m in scene_requests(plans[ri], found[ri], scenes[ri], self.settings.max_sentence_chars)]
        for doc, ctx in self.nlp.pipe(told, as_tuples=True, batch_size=256, disable=["vigil_amounts", "vigil_figures"]):
            ri, si = ctx
            scenes[ri][si] = scene_of(doc)
        for ri, r in enumerate(reports):
            resolve_pronoun_figures(plans[ri], found[ri], self.nlp)
            claims = build_claims(r, plans[ri], found[ri], self.gazetteer, self.sources, said[ri], scenes[ri],
                                  names[ri])
            yield ExtractedReport(r, claims)
