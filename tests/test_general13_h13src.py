"""Who states a figure, on kinds of attribution found by a battery of invented wire and live-blog sentences:
the content's subject read as a second subject of the reporting verb. Every sentence, name, body and event
here is invented; places are invented."""

from __future__ import annotations

from test_extract_source_general3 import run, src
from vigil.extract.pipeline import Extractor


def test_a_described_body_says_where_the_parser_gave_the_verb_the_contents_subject(extractor: Extractor) -> None:
    claims = run(extractor, "Kessa Justice Watch, a local group that tracks abuses, says a militia raid on the "
                            "cattle market in Ul-Tesh, in North Orvan, killed 18 herders on Monday.")
    assert src(claims, 18) == "Kessa Justice Watch"


def test_a_live_blog_time_stamp_is_no_part_of_the_speakers_name(extractor: Extractor) -> None:
    claims = run(extractor, "10:45 Kessa police say five people were killed in the blast.")
    assert src(claims, 5) == "Kessa police"


def test_a_common_word_in_lower_case_is_not_an_outlet_of_that_name(extractor: Extractor) -> None:
    # "Dawn" is a daily's name; "at dawn" names no source
    claims = run(extractor, "Gunmen stormed the village of Tesh at dawn. Seven people were killed and eight others "
                            "were injured, the statement said.")
    assert src(claims, 7) != "Dawn"
    assert src(claims, 8) != "Dawn"


def test_a_described_speaker_who_gives_a_name_is_named_by_it(extractor: Extractor) -> None:
    claims = run(extractor, "A relative of one victim, who gave only his first name, Karim, said six people died "
                            "in the raid on Orvan.")
    assert src(claims, 6) == "Karim"
    claims = run(extractor, '"We buried nine people," said a woman who gave her name as Amira.')
    assert src(claims, 9) == "Amira"


def test_it_refers_to_a_body_that_spoke_in_a_sentence_without_a_figure(extractor: Extractor) -> None:
    claims = run(extractor, "The army said in a statement that it had repelled the attack on the Orvan base. It "
                            "said 11 assailants were killed and weapons were seized.")
    assert src(claims, 11) is not None and "army" in (src(claims, 11) or "")


def test_its_spokesman_speaks_for_the_body_named_before(extractor: Extractor) -> None:
    claims = run(extractor, "The Tesh Front said its positions were attacked. In a message to journalists, its "
                            "spokesman said the group's fighters had killed 20 soldiers.")
    assert src(claims, 20) == "Tesh Front"
    claims = run(extractor, "The Tesh Front claimed the attack. The group's spokesman said its fighters had killed "
                            "20 soldiers.")
    assert src(claims, 20) == "Tesh Front"


def test_the_officer_refers_back_to_the_officer_described_before(extractor: Extractor) -> None:
    claims = run(extractor, "A senior police officer said 12 people were injured in Orvan. Two of them died later, "
                            "the officer added.")
    assert src(claims, 2) == src(claims, 12) == "senior police officer"


def test_an_observatory_for_human_rights_is_a_monitor_that_the_monitor_refers_to(extractor: Extractor) -> None:
    claims = run(extractor, "The Norvan Observatory for Human Rights (NOHR) reported that 31 fighters were killed "
                            "in clashes overnight. The monitor added that 12 civilians were also wounded.")
    assert src(claims, 31) == src(claims, 12) == "Norvan Observatory for Human Rights"


def test_a_broadcasters_name_ending_in_capitals_is_not_a_dateline(extractor: Extractor) -> None:
    claims = run(extractor, "Al-Kessa TV, citing medical sources, reported that 23 people died in Orvan.")
    assert src(claims, 23) == "Al-Kessa TV"


def test_a_person_named_after_a_role_with_no_comma_closing_according_to(extractor: Extractor) -> None:
    claims = run(extractor, "Thursday's attack killed 40 people, according to Darel police chief Omar Sayed.")
    assert src(claims, 40) == "Omar Sayed"


def test_the_number_a_toll_is_brought_to_does_not_state_it(extractor: Extractor) -> None:
    claims = run(extractor, "The health ministry in the Kessa-run territory said that strikes had killed at least "
                            "61 people across the Orvan Strip on Monday, bringing to 43,985 the number of people "
                            "killed in the territory since the war began.")
    assert "ministry" in (src(claims, 43985) or "")


def test_the_officer_refers_to_one_described_closing_a_sentence_without_a_figure(extractor: Extractor) -> None:
    claims = run(extractor, "The gunfight broke out at dawn near Orvan when a patrol was out on a search operation, "
                            "a senior police officer in Tesh said. One constable sustained a bullet injury to his "
                            "leg and was taken to Darel, the officer added.")
    assert src(claims, 1) == "senior police officer"


def test_the_agent_of_the_harm_in_a_reported_clause_is_not_its_source(extractor: Extractor) -> None:
    claims = run(extractor, "Our staff have received credible reports that at least 13 children were abducted by "
                            "insurgents from villages in Darel district in the past week.")
    assert "insurgents" not in (src(claims, 13) or "")


def test_of_two_speakers_coordinated_in_one_phrase_the_first_states_it(extractor: Extractor) -> None:
    claims = run(extractor, "Eleven displaced people were killed on Friday in an attack on a camp near Orvan, "
                            "according to the head of the camp and humanitarian sources.")
    assert src(claims, 11) == "head of the camp"
    claims = run(extractor, "Nine farmers were killed, according to the mayor of Darel and local officials.")
    assert "officials" not in (src(claims, 9) or "")


def test_an_outlet_named_by_its_medium_and_referred_back_to_by_it(extractor: Extractor) -> None:
    claims = run(extractor, "Kessan state TV said 9 soldiers were killed in Orvan. The channel said 4 more were "
                            "wounded in a second attack.")
    assert src(claims, 9) == src(claims, 4) == "Kessan state TV"


def test_a_body_named_as_a_noun_before_the_report_noun_issues_it(extractor: Extractor) -> None:
    claims = run(extractor, "Sixty people were wounded in Orvan, according to a Kessa health ministry statement.")
    assert src(claims, 60) == "Kessa health ministry"
