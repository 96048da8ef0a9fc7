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


def test_a_bare_one_in_a_list_of_counts_of_kinds(extractor: Extractor) -> None:
    claims = run(extractor, "A bomb killed 17 people in Quetta. Eleven were men, five were women and one was a child.")
    assert parent_text(claims, "one") == "17"
    assert by_text(claims, "one").victims.category == "civilians"
    claims = run(extractor, "Of the 13 dead, nine were Malians, one was a Frenchman and three were Nigeriens.")
    for item in ("nine", "one", "three"):
        assert parent_text(claims, item) == "13"
    text = "Of the foreign victims, 12 were French, one was Belgian, one was Dutch and two were Swiss."
    assert got(extractor, text) == [("killed", 1), ("killed", 1), ("killed", 2), ("killed", 12)]


def test_counts_under_a_group_the_sentence_opens_with_take_its_status(extractor: Extractor) -> None:
    text = ("Gunmen stormed a hotel in Velmar, killing 23 people. Of the civilian dead, 15 were Ostrian, one was "
            "Zorgani and three were Tellish.")
    claims = run(extractor, text)
    for item in ("15", "one", "three"):
        assert parent_text(claims, item) == "23", text
        assert by_text(claims, item).victims.category == "civilians", text
    # a harm word on the group says nothing of the people's status
    text = "About 1,400 people have fled their homes. Among the displaced people are 37 nursing mothers."
    assert by_text(run(extractor, text), "37").victims.category == "people"


def test_a_person_taken_where_or_when_is_abducted_but_not_one_taken_somewhere(extractor: Extractor) -> None:
    assert got(extractor, "Three aid workers were taken near Kidal on Saturday.") == [("abducted", 3)]
    assert got(extractor, "A nurse was taken on Sunday outside the clinic in Velmar.") == [("abducted", 1)]
    assert got(extractor, "The wounded were taken in an ambulance to Velmar.") == []


def test_a_harm_word_the_parser_hangs_on_the_number_itself(extractor: Extractor) -> None:
    claims = run(extractor, "Three dead, 12 hurt as bus overturns in Kenya.")
    assert sorted((c.outcome, c.count.value) for c in claims) == [("injured", 12), ("killed", 3)]


def test_one_as_the_last_count_of_a_list_by_place_after_a_clause_or_a_settlement_noun(extractor: Extractor) -> None:
    for text in ("The governor reported four people killed on Monday: three in Kramatorsk, where a missile hit a "
                 "market, and one in the village of Raiske.",
                 "The governor reported four people killed on Monday: three in Kramatorsk and one in the village of "
                 "Raiske."):
        claims = run(extractor, text)
        assert parent_text(claims, "three") == "four", text
        assert parent_text(claims, "one") == "four", text
        assert [p.name for p in by_text(claims, "one").places] == ["Rayske"], text
    claims = run(extractor, "Floods killed 9 people: five in the town of Kasese and four in the district of Bundibugyo.")
    assert [p.name for p in by_text(claims, "five").places] == ["Kasese"]


def test_a_bare_count_of_the_badly_wounded_is_wounded(extractor: Extractor) -> None:
    claims = run(extractor, "We lost 8 of our men, 14 wounded, among them 4 seriously, and 3 missing.")
    assert by_text(claims, "4").outcome == "injured"
    assert parent_text(claims, "4") == "14"


def test_a_pronoun_opening_a_sentence_stands_for_the_one_person_described_before(extractor: Extractor) -> None:
    text = "A farmer left home near Velmar on Monday. He was abducted by bandits on the road, his brother said."
    claims = run(extractor, text)
    assert [(c.outcome, c.count.value) for c in claims] == [("abducted", 1)]
    assert claims[0].victims.category == "civilians"
    assert claims[0].perpetrator is not None and claims[0].perpetrator.text == "bandits"
    text = "A nurse was driving to work in Zorgan. She was kidnapped by gunmen, police said."
    assert got(extractor, text) == [("abducted", 1)]
    # no one person before it, or the harm already stated of that person: no new figure
    assert got(extractor, "The governor visited Maiduguri. He was wounded.") == []
    assert got(extractor, "Two traders met in Maiduguri. He was wounded.") == []
    assert got(extractor, "A farmer was kidnapped near Velmar on Monday. He was abducted from his field.") == [
        ("abducted", 1)]


def test_a_part_of_a_part_marked_among_them_right_after_it(extractor: Extractor) -> None:
    for text, total, part, sub in [
        ("At least 70 people have died in the outbreak. The dead include 30 children, among them 12 infants.",
         "At least 70", "30", "12"),
        ("Shelling killed 40 people in Velmar, including 15 children, among them four babies.", "40", "15", "four"),
        ("Police detained 50 protesters, among them 12 students, including three minors.", "50", "12", "three"),
    ]:
        claims = run(extractor, text)
        assert parent_text(claims, part) == total, text
        assert parent_text(claims, sub) == part, text


def test_a_pronoun_victim_takes_the_doer_of_the_harm_the_sentence_before_did_to_the_person(
        extractor: Extractor) -> None:
    text = ("On Monday a sniper shot a 10-year-old girl in the neck as she walked home in Taiz. She died on the way "
            "to hospital, her father said.")
    claims = run(extractor, text)
    assert [(c.outcome, c.count.value) for c in claims] == [("killed", 1)]
    assert claims[0].perpetrator is not None and claims[0].perpetrator.text == "a sniper"


def test_the_days_of_a_running_total_after_bringing_are_the_totals_own(extractor: Extractor) -> None:
    text = "The attack killed 12 people in Velmar, bringing the toll since January to 340, the monitor said."
    claims = run(extractor, text)
    assert by_text(claims, "12").time is None or by_text(claims, "12").time.start is None
    assert str(by_text(claims, "340").time.start) == "2025-01-01"
    assert parent_text(claims, "12") is None       # a single attack's toll within a running total: no part
    text = ("Gunmen killed 12 people in Zamfara state on Tuesday, bringing the death toll from attacks in the state "
            "this month to 87, police said.")
    claims = run(extractor, text)
    assert str(by_text(claims, "12").time.start) == "2025-06-03"
    assert str(by_text(claims, "87").time.start) == "2025-06-01"


def test_the_first_item_of_a_list_by_place_that_names_its_noun_is_at_its_own_place(extractor: Extractor) -> None:
    claims = run(extractor, "The flooding has displaced 12,000 people in Sindh and 8,000 in Punjab.")
    assert [p.name for p in by_text(claims, "12,000").places] == ["Sindh"]
    assert [p.name for p in by_text(claims, "8,000").places] == ["Punjab"]


def test_among_those_who_died_names_the_harm_of_the_group(extractor: Extractor) -> None:
    assert got(extractor, "Five children were among those who perished in the fire in Velmar.") == [("killed", 5)]
    assert got(extractor, "A nurse was among those who died in Velmar.") == [("killed", 1)]
    claims = run(extractor, "Fire swept through a market in Kano, killing 14 people. Five children were among those who died.")
    assert parent_text(claims, "Five") == "14"
    assert got(extractor, "Two journalists were among the people who were abducted near Velmar.") == [("abducted", 2)]


def test_people_hauled_off_to_jail_are_detained(extractor: Extractor) -> None:
    assert got(extractor, "Eight protesters were hauled off to jail in Tehran.") == [("detained", 8)]


def test_the_kind_said_of_a_count_of_these_is_its_victims(extractor: Extractor) -> None:
    claims = run(extractor, "The bombing in Velmar killed 33. Of these, 20 were soldiers.")
    assert by_text(claims, "20").victims.category == "state_forces"
    assert parent_text(claims, "20") == "33"


def test_people_said_to_be_under_the_age_of_a_child_are_civilians(extractor: Extractor) -> None:
    claims = run(extractor, "Shelling killed 20 people in Kherson. Seven of the dead were under 18.")
    assert by_text(claims, "Seven").victims.category == "civilians"
    assert parent_text(claims, "Seven") == "20"


def test_the_other_n_of_a_total_broken_down_in_the_sentence_before(extractor: Extractor) -> None:
    text = ("Monitors recorded nine civilians killed this week, including four men beheaded in Nguri. The other five "
            "deaths occurred along the coast. On Monday, three fishermen were shot dead off Palma, and on Tuesday two "
            "farmers were killed near Mueda.")
    claims = run(extractor, text)
    assert parent_text(claims, "four") == "nine"
    assert parent_text(claims, "five") == "nine"
    assert parent_text(claims, "three") == "five"
    assert parent_text(claims, "two") == "five"
    # an "other N" that is not what the parts leave is no part of that total
    text = "Monitors recorded nine civilians killed, including four men beheaded in Nguri. The other three died at sea."
    assert parent_text(run(extractor, text), "three") is None


def test_the_other_n_is_not_a_restatement_of_an_equal_figure_elsewhere(extractor: Extractor) -> None:
    text = ("Monitors recorded nine civilians killed this week, including four men beheaded in Nguri. The other five "
            "deaths occurred along the coast. On Monday, three fishermen were shot dead off Palma, and on Tuesday two "
            "farmers were killed near Mueda. A military source told us that five soldiers had died and three were "
            "injured.")
    claims = run(extractor, text)
    fives = sorted(c.victims.category for c in claims if c.count.value == 5 and c.outcome == "killed")
    assert fives == ["civilians", "state_forces"]
    assert parent_text(claims, "two") == "five"
