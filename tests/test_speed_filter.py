"""The extractor's speed-ups give what the slow paths give (all sentences invented for these tests).

* the attribute ruler's own Matcher and :class:`RulerMatch` find the same matches;
* the remembered rule lemmatizer gives spaCy's lemmas;
* :func:`required_words` never skips a phrase pattern that would match;
* ``SourceIndex.mentions`` scanning by first character finds what the whole alternation finds.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import spacy

from vigil.extract.lexicon import OUTCOME_PHRASES
from vigil.extract.pipeline import Extractor, RulerMatch
from vigil.extract.sentences import gate_text, required_words
from vigil.extract.sources import SourceIndex

SENTENCES = [
    "At least 14 villagers were shot dead when gunmen stormed Kelvara on Tuesday, officials said.",
    "Ain't nobody gonna leave, y'all know that, said the elder of Morrow Creek.",
    "It was there that I saw them: 30 families had fled their homes and were sheltering in a school.",
    "The Tesh Rights Agency said 212 people were taken to hospital, 40 of them in critical condition.",
    "Do you think they'll come back?  He didn't, and she'd rather not say.\n\nThere are two more.",
    "Those who were abducted in the raid on the Ondro dormitory remain captive, the ministry said.",
    "I lost my brother; they gunned down six men and the rest were rounded up and taken into custody.",
    "The U.N. refugee agency, UNHCR, said some 3,000 had crossed into Varn since Monday.",
    "Let's see what comes of it, gotta wait, said a nurse at the Berin clinic.",
]


@pytest.fixture(scope="module")
def stock() -> Any:
    return spacy.load(Extractor().settings.spacy_model)


@pytest.fixture(scope="module")
def ours() -> Any:
    return Extractor().nlp


def test_ruler_match_gives_the_matchers_matches(stock: Any) -> None:
    ruler = stock.get_pipe("attribute_ruler")
    fast = RulerMatch(ruler)
    with stock.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(stock.pipe([*SENTENCES, " ".join(SENTENCES)]))
    for doc in docs:
        assert fast(doc) == type(ruler).match(ruler, doc), doc.text


def test_ruler_match_refuses_patterns_it_cannot_read(stock: Any) -> None:
    ruler = stock.get_pipe("attribute_ruler")

    class Other:
        vocab = ruler.vocab
        attrs = ({},)

        class matcher:
            @staticmethod
            def get(key: str) -> tuple[None, list[list[dict[str, Any]]]]:
                return None, [[{"LOWER": "x", "OP": "+"}]]

    with pytest.raises(ValueError):
        RulerMatch(Other())


def test_pipeline_annotations_are_the_stock_models(stock: Any, ours: Any) -> None:
    plain = list(stock.pipe(SENTENCES * 2))
    with ours.select_pipes(disable=["vigil_amounts", "vigil_figures"]):
        fast = list(ours.pipe(SENTENCES * 2))     # twice: the second time from the lemmatizer's memory
    assert isinstance(ours.get_pipe("attribute_ruler").match, RulerMatch)
    for a, b in zip(plain, fast, strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in a] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in b]


def test_required_words_never_skip_a_match() -> None:
    texts = [
        *SENTENCES,
        "Four people lost their lives and others SUSTAINED SERIOUS INJURIES in the blast.",
        "Eleven are now sheltering at the mosque; two remain unaccounted for.",
        "The girls were snatched from their beds by gunmen who came at night.",
        "She stayed in intensive care for a week after being rushed to the district hospital.",
        "Nine killed and wounded, the statement said, without giving a breakdown.",
        "The ſhot dead count rose",       # a long s folds to "s" in the pattern: the gate stands aside
    ]
    for pattern, _outcome in OUTCOME_PHRASES:
        rx = re.compile(pattern, re.IGNORECASE)
        words = required_words(pattern)
        for text in texts:
            folded = gate_text(text)
            if rx.search(text) is not None:
                assert words is None or folded is None or any(w in folded for w in words), (pattern, text)


def test_required_words_reads_the_pattern() -> None:
    assert required_words(r"shot dead|gunned down") == {"shot dead", "gunned down"}
    assert required_words(r"(?<=\bin )(?:an? )?intensive care\b") == {"intensive care"}
    assert required_words(r"(?:taken|seized)(?= by (?:gunmen|bandits)\b)") == {"taken", "seized"}
    assert required_words(r"(?<=\bare )sheltering") == {"sheltering"}
    assert required_words(r"\d+(?:,\d{3})*") is None
    assert required_words(r"x?y*") is None
    assert gate_text("Shot DEAD") == "shot dead"
    assert gate_text("K\u212a") is None


def test_source_mentions_match_the_whole_alternation() -> None:
    index = SourceIndex([
        ("Tesh Rights Agency", "ngo", ["TRA", "the Tesh agency"]),
        ("Ministry of Health of Varn", "government", ["Varn health ministry", "MoH"]),
        ("Doctors' Relief", "ngo", ["DR-Net"]),
        ("Kelvara Monitor", "monitor", ["KM"]),
        ("Sarn Watch", "monitor", []),
    ])
    texts = [
        "The Tesh Rights Agency (TRA) said 12 died, the Varn health ministry said 15.",
        "the tesh agency's count; MoH figures; moh; tra; DR-Net; xTRA; TRA-1; -TRA",
        "Doctors’ Relief and Doctors' Relief and doctors' relief said so, per the KELVARA monitor.",
        "\u212aelvara Monitor and Kelvara  Monitor and Kelvara\nMonitor",
        "\u017farn Watch and SARN WATCH",     # a long s and a Kelvin sign fold to ASCII letters
        "",
    ]
    assert index._rx is not None and index._starts is not None
    for text in texts:
        slow, pos = [], 0
        while (m := index._rx.search(text, pos)) is not None:
            slow.append(m.span())
            pos = m.end()
        fast, pos = [], 0
        while (m := index._search(text, pos)) is not None:
            fast.append(m.span())
            pos = m.end()
        assert fast == slow, text
    assert [m.source.name for m in index.mentions(texts[0])] == [
        "Tesh Rights Agency", "Tesh Rights Agency", "Ministry of Health of Varn"]


def _blis_flags(nlp: Any) -> set[bool]:
    return {bool(getattr(node.ops, "use_blis", False)) for _n, proc in nlp.pipeline
            if hasattr(getattr(proc, "model", None), "walk") for node in proc.model.walk()}


def test_matrix_products_run_on_numpy_blas_unless_blis_is_chosen(ours: Any) -> None:
    from vigil.errors import ConfigError
    from vigil.extract.pipeline import load_pipeline
    from vigil.settings import Settings

    assert _blis_flags(ours) == {False}            # the default: numpy's BLAS (same annotations, see above)
    assert _blis_flags(load_pipeline(Settings().spacy_model, "blis")) == {True}
    with pytest.raises(ConfigError, match=r"VIGIL_BLAS.*'mkl'"):
        load_pipeline(Settings().spacy_model, "mkl")
