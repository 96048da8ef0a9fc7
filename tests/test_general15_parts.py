"""Round 15 of general rules for the parts of totals (``part_of``): list items the parser joins to the place
before them, relatives among the dead where a rival count of fighters stands last, and persons listed after a
whole list. Every sentence, name and event here is invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def by_text(claims: list[Claim], text: str) -> Claim:
    found = [c for c in claims if (c.count.text or "").lower() == text.lower()]
    assert len(found) == 1, [(c.count.text, c.part_of) for c in claims]
    return found[0]


def parent_text(claims: list[Claim], text: str) -> str | None:
    c = by_text(claims, text)
    parent = next((o for o in claims if o.id == c.part_of), None)
    return parent.count.text if parent is not None else None


def test_the_last_item_of_a_list_by_place_joined_to_the_place_before(extractor: Extractor) -> None:
    for text, items, total in [
        ("At least 40 people were killed: 25 in Sindh, 10 in Punjab and 5 in Balochistan.", ("25", "10", "5"),
         "At least 40"),
        ("Officials said 36 people died overnight: 20 in Mosul, 9 in Kirkuk and 7 in Erbil.", ("20", "9", "7"), "36"),
    ]:
        claims = run(extractor, text)
        for item in items:
            assert parent_text(claims, item) == total, text


def test_a_relative_among_the_dead_is_not_in_a_rival_count_of_fighters(extractor: Extractor) -> None:
    text = ("The health ministry said 31 people were killed. The armed group said 40 of its fighters had died. "
            "A local teacher said her two nephews were among the dead.")
    claims = run(extractor, text)
    assert parent_text(claims, "two") == "31"
    text = ("Officials said 18 civilians died in the shelling. Rebels said 25 soldiers were killed in the fighting. "
            "A farmer said his brother was among those killed.")
    claims = run(extractor, text)
    assert parent_text(claims, "his brother") == "18"


def test_a_person_among_a_whole_list_belongs_to_the_lists_total(extractor: Extractor) -> None:
    text = ("Eleven people died when the bus overturned near Tarsa. Among the dead were six women and five men, "
            "among them the driver.")
    claims = run(extractor, text)
    assert parent_text(claims, "the driver") == "Eleven"


def test_n_of_whom_were_a_kind_is_part_of_the_noun_it_describes(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed 14 villagers, eight of whom were women, in Kebbi state on Sunday.")
    assert parent_text(claims, "eight") == "14"
    assert by_text(claims, "eight").victims.category == "civilians"


def test_a_list_after_a_total_of_counted_people(extractor: Extractor) -> None:
    claims = run(extractor, "A total of 27 people were killed, among them nine soldiers, the ministry said.")
    assert parent_text(claims, "nine") == "27"


def test_a_relative_whom_points_at_the_noun_it_stands_for(extractor: Extractor) -> None:
    claims = run(extractor, "Airstrikes killed 52 people on Monday. The dead included 20 children, of whom six were "
                            "infants.")
    assert parent_text(claims, "20") == "52"
    assert parent_text(claims, "six") == "20"
    claims = run(extractor, "Nineteen people died in the fire, among whom were three nurses and a doctor.")
    assert parent_text(claims, "three") == "Nineteen"
    assert parent_text(claims, "a doctor") == "Nineteen"


def test_a_list_by_place_after_a_fronted_group(extractor: Extractor) -> None:
    claims = run(extractor, "Of the 87 people killed in the quake, 40 were in Herat, 30 in Farah and 17 in Badghis.")
    for item in ("40", "30", "17"):
        assert parent_text(claims, item) == "87"


def test_n_of_them_taken_for_treatment_is_a_share_of_the_wounded(extractor: Extractor) -> None:
    text = ("Six people were killed and 14 were wounded in the attack; five of them, including a nine-year-old boy, "
            "were flown to Kabul.")
    claims = run(extractor, text)
    five = by_text(claims, "five")
    assert five.outcome == "injured" and parent_text(claims, "five") == "14"
    assert parent_text(claims, "a nine-year-old boy") == "five"


def test_of_those_names_the_total_before(extractor: Extractor) -> None:
    claims = run(extractor, "The shelling killed 25 people. Of those, 10 were children, including a newborn.")
    assert parent_text(claims, "10") == "25"
