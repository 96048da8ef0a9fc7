"""Who states a figure, on kinds of attribution that a second author's wording brought out (cross-author
invented set): a toll given as a verb's object, a charge of the killing, a speaker after the verb that the
parser missed, a body named only later in apposition, a first-person quotation with its speaker named
outside it. Every sentence, name, body and event here is invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import run, src
from vigil.extract.pipeline import Extractor


def test_a_toll_given_as_the_verbs_object_is_stated_by_its_subject(extractor: Extractor) -> None:
    claims = run(extractor, "The Orvan health ministry gave a higher toll of 52 dead and 140 wounded. "
                            "It said the dead included 31 farmers.")
    for value in (52, 140, 31):
        assert "health ministry" in (src(claims, value) or "").lower(), value


def test_another_bodys_toll_that_is_disputed_is_not_the_disputers(extractor: Extractor) -> None:
    claims = run(extractor, "Aid workers in Tesh dispute the agency's estimate that nearly 2,400 people died "
                            "during the siege.")
    assert src(claims, 2400) != "aid workers"


def test_the_body_that_accuses_soldiers_of_the_killing_states_the_figure(extractor: Extractor) -> None:
    claims = run(extractor, "The Tesh Rights Commission on Friday accused police officers of killing at least "
                            "14 protesters in the town of Garissa.")
    assert src(claims, 14) == "Tesh Rights Commission"


def test_a_speaker_after_its_verb_where_the_parser_took_the_event_for_the_subject(extractor: Extractor) -> None:
    claims = run(extractor, "Four soldiers died and another six were wounded on Monday after a drone attack on "
                            "a base in Argelia, Cauca, reported the Fifth Brigade.")
    assert src(claims, 4) == "Fifth Brigade"
    assert src(claims, 6) == "Fifth Brigade"


def test_an_acronym_described_as_a_branch_of_another_body_speaks_for_itself(extractor: Extractor) -> None:
    claims = run(extractor, "Police posts were raided on Sunday. KLF, the armed wing of the Kavor Union, claimed "
                            "the raid in a statement, saying its fighters had killed 17 police officers.")
    assert src(claims, 17) == "KLF"


def test_a_group_named_later_in_apposition_states_the_figures_before_and_after(extractor: Extractor) -> None:
    claims = run(extractor, "A local monitoring group said on Tuesday that air strikes killed 44 people in the "
                            "district during May.\nThe group, Delta Watch, attributed 29 of the deaths to "
                            "strikes by the air force.\nIn addition, 61 people were injured and more than "
                            "3,000 fled their homes, it said.")
    for value in (44, 29, 61, 3000):
        assert src(claims, value) == "Delta Watch", value


def test_a_first_person_quotation_is_stated_by_the_speaker_named_outside_it(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen attacked the village of Kasindi overnight, residents said.\nAccording to the "
                            "head of the village council, Marc-Olivier Sikuli, the attackers came on foot. "
                            '"Our volunteers recovered 19 bodies, 7 of them children," he said.')
    assert src(claims, 19) == "Marc-Olivier Sikuli"
    assert src(claims, 7) == "Marc-Olivier Sikuli"


def test_a_passive_charge_is_stated_by_its_agent(extractor: Extractor) -> None:
    claims = run(extractor, "The ministry has not commented. The Kavor Front, an alliance of hill militias, is "
                            "accused by the authorities of killing dozens of teachers in the province since March.")
    found = [c for c in claims if c.count.text == "dozens"]
    assert found and found[0].source is not None and found[0].source.kind == "government"


def test_an_office_holder_named_after_the_office_is_named_as_a_person(extractor: Extractor) -> None:
    claims = run(extractor, "The governor of Huila, Rodrigo Peñuela, denounced the ambush and recalled that so "
                            "far this year 19 police officers have been killed in the department.")
    assert src(claims, 19) == "Rodrigo Peñuela"


def test_a_numbered_army_unit_is_a_military_source(extractor: Extractor) -> None:
    claims = run(extractor, "Two soldiers were killed on Sunday when rebels shelled an outpost near Tame, "
                            "reported the Eighteenth Brigade.")
    found = [c for c in claims if c.count.value == 2]
    assert found and found[0].source is not None
    assert (found[0].source.name, found[0].source.kind) == ("Eighteenth Brigade", "military")


def test_the_accused_is_never_the_speaker_of_the_charge(extractor: Extractor) -> None:
    claims = run(extractor, "The Kavan Liberation Front (KLF) has fought the army for years. The KLF, which seized "
                            "most of the north last year, accused the army of detaining scores of young men.")
    found = [c for c in claims if c.count.text == "scores"]
    assert found and all("army" not in (c.source.name.lower() if c.source else "") for c in found)


def test_a_hyphened_prefix_stays_in_the_bodys_name(extractor: Extractor) -> None:
    claims = run(extractor, "The al-Tesh Front claimed the attack in a statement, saying its fighters had killed "
                            "27 soldiers near the border.")
    assert src(claims, 27) == "al-Tesh Front"


def test_denying_allegations_does_not_dispute_the_deniers_own_figure(extractor: Extractor) -> None:
    claims = run(extractor, "The group's spokesman, Tomas Velde, denied the allegations, saying more than a dozen "
                            "of its fighters had been killed by army drones.")
    assert [c.verification for c in claims if c.count.text == "more than a dozen"] == ["unknown"]
