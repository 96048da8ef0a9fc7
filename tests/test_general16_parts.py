"""Round 16 of general rules for the parts of totals (``part_of``) stated across sentences: a total named after
its parts in the next sentence, and parts of a generic harm summed to a total of one harm. Every sentence, name
and event here is invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from test_general15_parts import by_text, parent_text
from vigil.extract.pipeline import Extractor


def test_a_total_named_in_the_sentence_after_its_parts(extractor: Extractor) -> None:
    for text, items, total in [
        ("Floods swept the region on Monday. Officials said 12 died in Kandy and nine in Galle. "
         "The total of 21 dead was announced by the ministry.", ("12", "nine"), "21"),
        ("Storms hit the coast. Rescuers said 6 people died in Tanga and 4 in Lindi. "
         "A combined total of 10 deaths was reported.", ("6", "4"), "10"),
    ]:
        claims = run(extractor, text)
        for item in items:
            assert parent_text(claims, item) == total, text


def test_casualty_parts_summed_to_a_total_of_dead_are_dead(extractor: Extractor) -> None:
    text = ("Rebels ambushed a patrol in Kivu on Sunday. The casualties were broken down as 11 soldiers, 4 guards "
            "and 2 drivers, for a total of 17 dead.")
    claims = run(extractor, text)
    for item in ("11", "4", "2"):
        c = by_text(claims, item)
        assert c.outcome == "killed"
        assert parent_text(claims, item) == "17"


def test_a_person_listed_under_a_part_counted_of_an_earlier_total(extractor: Extractor) -> None:
    for text, person, part in [
        ("Gunmen killed 31 villagers in Plateau state on Monday, police said. Eleven of them were women, "
         "including a retired nurse.", "a retired nurse", "Eleven"),
        ("Shelling killed 27 people in Kherson on Friday. Eight of them were children, among them a newborn baby.",
         "a newborn baby", "Eight"),
    ]:
        claims = run(extractor, text)
        c = by_text(claims, person)
        assert c.outcome == "killed", text
        assert parent_text(claims, person) == part, text


def test_counts_by_place_in_the_sentence_after_a_total(extractor: Extractor) -> None:
    text = ("Floods killed 64 people in Pakistan on Sunday, officials said. Thirty-one were in Karachi, 21 in "
            "Lahore and 12 in Peshawar.")
    claims = run(extractor, text)
    for item, place in (("Thirty-one", "Karachi"), ("21", "Lahore"), ("12", "Peshawar")):
        c = by_text(claims, item)
        assert c.outcome == "killed"
        assert parent_text(claims, item) == "64"
        assert [p.name for p in c.places] == [place]


def test_counts_of_other_things_by_place_are_not_parts(extractor: Extractor) -> None:
    text = "Storms killed 25 people in Vietnam. Schools were closed: 400 in Hanoi and 300 in Hue."
    claims = run(extractor, text)
    assert [c.count.text for c in claims] == ["25"]


def test_a_sum_of_several_kinds_of_victims_is_of_people(extractor: Extractor) -> None:
    text = ("Insurgents raided a base in Tillaberi on Monday. The casualties were broken down as 9 soldiers, "
            "5 gendarmes and 6 villagers, for a total of 20 dead.")
    claims = run(extractor, text)
    assert by_text(claims, "20").victims.category == "people"
    assert parent_text(claims, "6") == "20"


def test_counts_by_kind_of_people_in_the_sentence_after_a_total(extractor: Extractor) -> None:
    text = "A bomb killed 21 people in Quetta, police said. Eleven were men, six were women and four were children."
    claims = run(extractor, text)
    for item in ("Eleven", "six", "four"):
        assert by_text(claims, item).outcome == "killed"
        assert parent_text(claims, item) == "21"
    text = "Police arrested 30 people in Lagos. Ten were released on bail and twenty were charged."
    assert [c.count.text for c in run(extractor, text)] == ["30"]
