"""Round 17 of general rules for parts of totals (``part_of``) and for figures missed entirely (recall): a
count the parser hung as a compound on its noun, a total of casualties summing the dead and the wounded
before it, the subject of an intransitive harm verb whatever its noun, and a bare "one" in a list of
counts each said to be of a kind. Every sentence, name and event here is invented; places are real or
invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from test_general15_parts import by_text, parent_text
from vigil.extract.pipeline import Extractor


def got(ex: Extractor, text: str) -> list[tuple[str, int | None]]:
    return sorted((c.outcome, c.count.value) for c in run(ex, text))


def test_a_number_the_parser_hangs_as_a_compound_counts_its_noun(extractor: Extractor) -> None:
    claims = run(extractor, "Thirty passengers were killed, including 10 police officers, four nurses and six students.")
    assert by_text(claims, "Thirty").victims.category == "civilians"
    for item in ("10", "four", "six"):
        assert parent_text(claims, item) == "Thirty"
    assert by_text(run(extractor, "Thirty passengers died in Kano on Friday."), "Thirty").victims.text == "passengers"


def test_a_total_of_casualties_sums_the_dead_and_the_wounded_before_it(extractor: Extractor) -> None:
    for text, dead, hurt, total in [
        ("Ten soldiers were killed and five wounded in the ambush near Velmar, for a total of 15 casualties, the "
         "army said.", "Ten", "five", "15"),
        ("Militants killed eight police officers and wounded 12 others, bringing the number of casualties to 20.",
         "eight", "12", "20"),
    ]:
        claims = run(extractor, text)
        assert by_text(claims, total).outcome == "casualties", text
        assert by_text(claims, dead).outcome == "killed", text
        assert by_text(claims, hurt).outcome == "injured", text
        assert parent_text(claims, dead) == total, text
        assert parent_text(claims, hurt) == total, text
    claims = run(extractor, "Ten soldiers were killed and five wounded near Velmar, a total of 15 casualties.")
    assert by_text(claims, "15").victims.category == "state_forces"
    # "casualties" set against a separate count of the wounded still means the dead
    assert got(extractor, "The raid on Zorgan left 4 casualties and 12 injured.") == [("injured", 12), ("killed", 4)]


def test_the_subject_of_an_intransitive_harm_verb_whatever_its_noun(extractor: Extractor) -> None:
    assert got(extractor, "Seven climbers died on the north face on Sunday.") == [("killed", 7)]
    assert got(extractor, "Seven hikers went missing in the hills above Velmar on Sunday.") == [("missing", 7)]
    assert got(extractor, "Two divers drowned off the coast of Zorgan.") == [("killed", 2)]
    assert got(extractor, "Four bikers went home after the rally.") == []
    assert got(extractor, "Seven cows died in the heat.") == []
