"""The extractor: spaCy pipeline components plus the article-level resolver.

Two registered components run on each candidate sentence, in this order after the model's own:

* ``vigil_amounts`` — requires nothing; assigns ``doc._.amounts`` (:class:`~vigil.extract.amounts.Amount`
  records, offsets relative to the sentence);
* ``vigil_figures`` — requires ``token.dep``, ``token.lemma``, ``token.ent_type`` and ``doc._.amounts``;
  assigns ``doc._.figures`` (:class:`~vigil.extract.figures.SentenceFigures`).

Only sentences that pass the cheap relevance test (an outcome word and an amount) are parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from vigil import __version__
from vigil.errors import ConfigError
from vigil.extract.amounts import find_amounts
from vigil.extract.figures import SentenceFigures, find_figures
from vigil.extract.resolve import build_claims
from vigil.extract.sentences import may_hold_figure, split_sentences
from vigil.extract.sources import SourceIndex
from vigil.extract.statements import parsed_statement_spans
from vigil.geo import Gazetteer
from vigil.models import Claim, ExtractedReport, Report
from vigil.settings import Settings


def _register_extensions() -> None:
    for name in ("amounts", "figures"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.component("vigil_amounts", assigns=["doc._.amounts"])
def amounts_component(doc: Doc) -> Doc:
    doc._.amounts = find_amounts(doc.text)
    return doc


@Language.component("vigil_figures", requires=["token.dep", "token.lemma", "doc._.amounts"],
                    assigns=["doc._.figures"])
def figures_component(doc: Doc) -> Doc:
    doc._.figures = find_figures(doc, doc._.amounts or [])
    return doc


def load_pipeline(model: str) -> Language:
    """The spaCy model with Vigil's components added (the model name is a setting)."""
    _register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ConfigError(f"spaCy model {model!r} is not installed (pip install it or set VIGIL_SPACY_MODEL)") from e
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
            self._nlp = load_pipeline(self.settings.spacy_model)
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
                if len(s.text) <= self.settings.max_sentence_chars and may_hold_figure(s.text):
                    jobs.append((s.text, (ri, si)))
        found: list[dict[int, SentenceFigures]] = [{} for _ in reports]
        said: list[dict[int, list[tuple[int, int]]]] = [{} for _ in reports]   # statements' circumstances
        ctx: Any
        for doc, ctx in self.nlp.pipe(jobs, as_tuples=True, batch_size=256):
            ri, si = ctx
            found[ri][si] = doc._.figures
            said[ri][si] = parsed_statement_spans(doc)
        for ri, r in enumerate(reports):
            claims = build_claims(r, plans[ri], found[ri], self.gazetteer, self.sources, said[ri])
            yield ExtractedReport(r, claims)
