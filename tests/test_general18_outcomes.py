"""Round 18 of outcome, count and victim rules: people named by a status noun ("refugees", "prisoners") whose
own verb says what befell them, a person named by an age alone as the object of a harm verb, a capitalised
number word the parser hung as a compound, a range's second number, and armies raised against a state.
Every sentence, name and event here is invented; places and armies are real."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor


def test_a_status_nouns_own_intransitive_verb_says_the_outcome(extractor: Extractor) -> None:
    c = one(run(extractor, "Six refugees drowned when their dinghy capsized off Lesbos on Tuesday."), 6)
    assert (c.outcome, c.victims.category) == ("killed", "civilians")
    assert one(run(extractor, "Three refugees went missing in the Aegean on Sunday."), 3).outcome == "missing"
    assert one(run(extractor, "Two prisoners were found dead in their cells in Kigali."), 2).outcome == "killed"
    assert one(run(extractor, "Four hostages suffocated inside the truck near Sabha."), 4).outcome == "killed"


def test_a_person_named_by_age_alone_as_the_object_of_a_harm(extractor: Extractor) -> None:
    c = one(run(extractor, "Soldiers killed a 16-year-old in Nablus on Monday, the health ministry said."), 1)
    assert (c.outcome, c.victims.category) == ("killed", "civilians")
    c = one(run(extractor, "Gunmen shot and killed a 52-year-old near the market in Maiduguri."), 1)
    assert (c.outcome, c.victims.category) == ("killed", "people")
    assert one(run(extractor, "Police shot dead a 38-year-old in Kisumu on Friday."), 1).outcome == "killed"


def test_a_capitalised_number_word_parsed_as_a_compound_counts_its_noun(extractor: Extractor) -> None:
    assert one(run(extractor, "Thirty combatants were killed in fighting near Marib on Sunday."),
               30).victims.category == "combatants"
    assert one(run(extractor, "Thirty soldiers were killed in an ambush in Tillaberi."), 30).victims.category == "state_forces"


def test_a_ranges_victims_are_the_noun_after_its_second_number(extractor: Extractor) -> None:
    claims = run(extractor, "Between 20 and 30 villagers perished in the raid on Sunday.")
    assert [(c.outcome, c.victims.category) for c in claims] == [("killed", "civilians")]
    claims = run(extractor, "Rebels abducted between 40 and 50 schoolgirls from a dormitory in Katsina.")
    assert [(c.outcome, c.victims.category) for c in claims] == [("abducted", "civilians")]


def test_an_army_raised_against_a_state_is_no_state_force(extractor: Extractor) -> None:
    for text in ("Twelve members of the Syrian National Army were killed in clashes near Manbij.",
                 "Ten Syrian National Army fighters were wounded by shelling near Afrin.",
                 "Three soldiers of the Arakan Army died in fighting in Rakhine.",
                 "Eight fighters of the Kachin Independence Army were killed on Sunday."):
        assert run(extractor, text)[0].victims.category == "non_state_fighters", text
    c = one(run(extractor, "Four Somali National Army soldiers were killed by al-Shabaab near Baidoa."), 4)
    assert c.victims.category == "state_forces"


def test_a_headlines_feared_dead_is_the_toll_it_states(extractor: Extractor) -> None:
    c = one(run(extractor, "14 feared dead after boat capsizes on Lake Albert"), 14)
    assert c.outcome == "killed"
    assert [c.outcome for c in run(extractor, "Dozens feared dead as floods hit Kasai")] == ["killed"]


def test_people_held_by_the_state_are_detained_and_by_armed_men_abducted(extractor: Extractor) -> None:
    c = one(run(extractor, "Police held 26 demonstrators overnight in Dhaka."), 26)
    assert (c.outcome, c.victims.category) == ("detained", "civilians")
    assert one(run(extractor, "Nine journalists are being held by the junta in Niamey."), 9).outcome == "detained"
    assert one(run(extractor, "Kidnappers are still holding 17 passengers in the Kajuru forest."), 17).outcome == "abducted"
    assert run(extractor, "The army held talks with 12 elders in Gao.") == []
    assert run(extractor, "The ruling party held 45 seats after the vote.") == []


def test_lost_limbs_is_an_injury(extractor: Extractor) -> None:
    c = one(run(extractor, "Since March, five farmers near Tavush have lost legs to mines."), 5)
    assert (c.outcome, c.victims.category) == ("injured", "civilians")
    assert one(run(extractor, "Nine children lost their eyesight in the blast in Idlib."), 9).outcome == "injured"
    assert run(extractor, "The visiting side lost 3 matches in Kano.") == []


def test_a_rank_named_by_an_armed_groups_word_is_not_the_states(extractor: Extractor) -> None:
    for text in ("A militant commander was killed in a raid near Miranshah.",
                 "An insurgent officer was killed by a drone in Cabo Delgado.",
                 "A senior rebel commander died in the clashes near Bunia."):
        assert run(extractor, text)[0].victims.category == "non_state_fighters", text
    assert run(extractor, "An army commander was killed near Bunia.")[0].victims.category == "state_forces"


def test_one_person_killed_after_being_taken_is_a_claim_of_each(extractor: Extractor) -> None:
    claims = run(extractor, "A trader was found dead near Kaduna, two days after he had been abducted by gunmen.")
    assert sorted(c.outcome for c in claims) == ["abducted", "killed"]
    claims = run(extractor, "A schoolteacher was killed in Zaria after he was kidnapped on Monday.")
    assert sorted(c.outcome for c in claims) == ["abducted", "killed"]


def test_a_quantity_nouns_of_complement_names_the_victims(extractor: Extractor) -> None:
    c = run(extractor, "A handful of villagers were hurt when the shell landed near Kidal.")[0]
    assert (c.outcome, c.victims.category) == ("injured", "civilians")
    c = one(run(extractor, "A couple of gendarmes were injured in the ambush near Dori."), 2)
    assert c.victims.category == "state_forces"


def test_ages_threats_and_groups_no_one_of_whom_was_harmed_give_no_claim(extractor: Extractor) -> None:
    assert run(extractor, "He was 47 when he was arrested in Minsk.") == []
    assert run(extractor, "None of the 28 passengers were injured in the crash near Kisumu.") == []
    assert all(c.outcome != "killed" for c in run(extractor, "The gang threatened to kill 9 hostages in Zamfara."))


def test_retired_members_of_a_force_are_civilians(extractor: Extractor) -> None:
    assert one(run(extractor, "Two retired policemen were shot dead in Kano."), 2).victims.category == "civilians"
    assert one(run(extractor, "Three off-duty soldiers were killed in Kano."), 3).victims.category == "state_forces"


def test_verbs_of_snatching_people(extractor: Extractor) -> None:
    assert one(run(extractor, "Gunmen snatched 8 travellers on the Abuja highway."), 8).outcome == "abducted"
    assert one(run(extractor, "Police nabbed 9 protesters in Lagos on Monday."), 9).outcome == "detained"
    assert one(run(extractor, "Twenty herders were carted away by bandits in Zamfara."), 20).outcome == "abducted"
    assert run(extractor, "Thieves snatched 3 phones at the market in Kano.") == []
    assert run(extractor, "He said he snatched his son and ran towards the river in Kano.") == []


def test_treated_for_smoke_inhalation_is_an_injury(extractor: Extractor) -> None:
    assert one(run(extractor, "Twenty residents were treated for smoke inhalation in Mosul."), 20).outcome == "injured"


def test_a_headlines_family_of_n_are_civilians(extractor: Extractor) -> None:
    c = one(run(extractor, "Drone strike kills family of four in Marib"), 4)
    assert (c.outcome, c.victims.category) == ("killed", "civilians")


def test_all_of_the_victims_said_to_be_of_one_status(extractor: Extractor) -> None:
    c = one(run(extractor, "Eight people, all members of the security forces, were killed near Tillaberi."), 8)
    assert c.victims.category == "state_forces"
    c = one(run(extractor, "Nine people, all residents of Kuje, were abducted on Sunday."), 9)
    assert c.victims.category == "civilians"


def test_a_figure_that_climbed_from_one_number_to_another(extractor: Extractor) -> None:
    c = one(run(extractor, "The number of injured climbed from 60 to 85."), 85)
    assert c.outcome == "injured"


def test_people_held_for_questioning_are_no_detention_figure(extractor: Extractor) -> None:
    assert run(extractor, "Police said 14 men were being held by the gendarmerie for questioning in Dori.") == []
