"""Sentence splitting and the relevance pre-filter, on sentences written for these tests."""

from vigil.extract.sentences import may_hold_figure, split_sentences


def test_offsets_index_the_text() -> None:
    text = "Headline about a raid\nAt least 12 people died on Monday. Mr. Okoye said so.\n\nA new paragraph here."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Headline about a raid",
        "At least 12 people died on Monday.",
        "Mr. Okoye said so.",
        "A new paragraph here.",
    ]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert sents[0].paragraph < sents[1].paragraph == sents[2].paragraph < sents[3].paragraph


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "The U.N. said on Feb. 3 that J. Smith was hurt. Then it ended."
    assert [s.text for s in split_sentences(text)] == [
        "The U.N. said on Feb. 3 that J. Smith was hurt.", "Then it ended."]


def test_quotes_close_a_sentence() -> None:
    text = "\u201cWe lost everything.\u201d Officials said 30 homes burned."
    assert len(split_sentences(text)) == 2


def test_relevance_filter() -> None:
    assert may_hold_figure("Twelve villagers were killed overnight.")
    assert may_hold_figure("A man was shot dead at a checkpoint.")
    assert may_hold_figure("Dozens of families fled the town.")
    assert not may_hold_figure("The league's 18 teams will play 34 rounds this season.")
    assert not may_hold_figure("Shelling was reported in the north.")
