"""Who states a figure (round 11): a body's name followed by a description of its kind before the reporting
verb, a description of a body ("a medical group said") that the report names later. Every sentence, name and event
here is invented; places are real (so that countries resolve) or invented."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from test_extract_source_general3 import run
from vigil.extract.attribution import attributions
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def source_of(claims: list[Claim], value: int) -> str | None:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    s = found[0].source
    return s.name if s else None


def test_a_name_then_a_description_of_its_kind_then_the_verb(extractor: Extractor) -> None:
    text = ("A rocket strike on the central bus station in Korvath on Sunday killed nine people and wounded 23 "
            "others, the Korvath Relief Committee, a local aid group, said in a statement.")
    claims = run(extractor, text)
    assert source_of(claims, 9) == "Korvath Relief Committee"
    assert source_of(claims, 23) == "Korvath Relief Committee"


def test_a_medical_group_described_is_the_medical_body_named_next(extractor: Extractor) -> None:
    text = ("Shelling by the militia killed at least 14 people in the Tawila market in Sudan on Monday, a medical "
            "group said. Four children were among the dead, the Nuba Medics Alliance said in a statement.")
    assert source_of(run(extractor, text), 14) == "Nuba Medics Alliance"


def test_a_resistance_group_described_is_the_force_named_next(extractor: Extractor) -> None:
    text = ("An air strike on a village in Myanmar's Magway Region killed at least 16 people, a local resistance "
            "group said on Friday. The jet struck the village school at noon, the Pauk Township Defence Force said "
            "in a statement.")
    assert source_of(run(extractor, text), 16) == "Pauk Township Defence Force"


def test_a_pronoun_speaker_over_a_body_inside_what_he_said(extractor: Extractor) -> None:
    text = ("Reached by phone, the spokesman of the Umoja operations, Captain Ruben Okalla, confirmed the raid. He "
            "said the army had so far verified the deaths of 13 villagers.")
    assert source_of(run(extractor, text), 13) == "Ruben Okalla"


def test_we_in_a_quotation_closed_in_the_next_sentence_is_its_speaker(extractor: Extractor) -> None:
    text = ("The rebels of the Kivu Liberation Front attacked the village of Masoro at night, according to the "
            "village chief, Eloi Mbusa Kahindo.\n\n"
            "\"This morning we buried 17 bodies, among them four women. Nine other people were wounded and taken to "
            "the clinic in Lubero,\" he told a local radio station.")
    claims = run(extractor, text)
    assert source_of(claims, 17) == "Eloi Mbusa Kahindo"
    assert source_of(claims, 4) == "Eloi Mbusa Kahindo"


def test_the_leader_described_refers_back_to_the_person_named(extractor: Extractor) -> None:
    text = ("According to the head of the youth council of Kanyabayonga, Pascal Muhindo Sivanza, the gunmen came "
            "before dawn. \"We counted 12 dead,\" he told Radio Tesh.\n\nThe youth leader adds that at least six "
            "people are still missing since the raid.")
    assert source_of(run(extractor, text), 6) == "Pascal Muhindo Sivanza"


def test_a_headline_figure_takes_the_source_of_its_first_copy_in_the_body(extractor: Extractor) -> None:
    text = ("Air strike on Kalewa village kills 21, rebel group says\n\n"
            "An air strike on a village in the Sagaing Region of Myanmar killed at least 21 people on Tuesday, a local "
            "resistance group said.\n\n"
            "The jet dropped two bombs on the village school, the Kalewa Township Defence Force said in a statement.\n\n"
            "\"By the evening we had pulled 21 bodies from the rubble,\" said Ko Min Htet, a volunteer rescuer reached "
            "by phone.")
    claims = run(extractor, text)
    assert source_of(claims, 21) == "Kalewa Township Defence Force"


def test_people_counting_their_losses_state_no_figure(extractor: Extractor) -> None:
    text = ("Villagers of Tudun Wada in Zamfara State are counting their losses after gunmen raided the village on "
            "Friday, killing nine people. A farmer, Musa Garba Tsoho, said the gunmen came at night.")
    assert source_of(run(extractor, text), 9) != "Villagers of Tudun Wada in Zamfara State"


def test_a_quotation_closed_by_he_in_the_next_sentence_is_the_person_named(extractor: Extractor) -> None:
    text = ("The head of the youth council of Mabalako, Josue Paluku Kyavaghendi, told the agency that the gunmen "
            "came before dawn. \"We have already buried 22 bodies, among them 7 women and 5 children. The search "
            "goes on in the fields,\" he declared.")
    claims = run(extractor, text)
    assert source_of(claims, 22) == "Josue Paluku Kyavaghendi"
    assert source_of(claims, 7) == "Josue Paluku Kyavaghendi"


def test_a_quotation_after_one_closed_by_he_runs_on_from_its_speaker(extractor: Extractor) -> None:
    text = ("Gunmen killed 26 villagers in Tenenkou on Sunday, according to a local elected official, who asked not "
            "to be named.\n\n"
            "\"We buried the dead in one grave before nightfall,\" he said by telephone. \"Nineteen others were "
            "wounded, six of them seriously, and they were carried to the health centre.\"")
    claims = run(extractor, text)
    assert source_of(claims, 19) is not None
    assert source_of(claims, 19) == source_of(claims, 26)


def test_police_in_a_country_whose_forces_are_its_states_are_the_states(extractor: Extractor) -> None:
    text = ("Three labourers were killed when suspected insurgents opened fire on a brick kiln in Assam's Kokrajhar "
            "district on Sunday, police said.")
    assert source_of(run(extractor, text), 3) == "Assam Police"


def test_a_ministry_with_its_portfolio_after_it_takes_the_countrys_name(extractor: Extractor) -> None:
    text = ("Two young men were killed by army gunfire in the Sudanese town of Kadugli on Monday, the Ministry of "
            "Health said.")
    assert source_of(run(extractor, text), 2) in ("Sudanese Health Ministry", "Sudanese Ministry of Health")


def test_the_end_of_a_name_given_before_is_that_body(extractor: Extractor) -> None:
    text = ("The Orvan Detainees' Association said 12 people were detained in raids on Monday. The Detainees' "
            "Association puts the number of arrests since the start of the year at more than 900.")
    assert source_of(run(extractor, text), 900) == "Orvan Detainees' Association"


def test_a_ministry_described_as_run_by_a_side_keeps_that_side(extractor: Extractor) -> None:
    text = ("The Orvan-run Health Ministry says at least 37 people have been killed in the strikes on the port city "
            "of Hodeidah in Yemen since Friday.")
    assert source_of(run(extractor, text), 37) == "Orvan-run Health Ministry"


def test_a_ministry_in_a_named_place_is_that_places_ministry(extractor: Extractor) -> None:
    text = "The health ministry in Hamas-run Gaza says at least 412 people have been killed in the past week."
    assert source_of(run(extractor, text), 412) == "Gaza Health Ministry"


def test_a_name_before_a_lower_case_service_is_the_name(extractor: Extractor) -> None:
    text = ("A car bomb wounded 17 people near the port on Sunday, the Tesh Rescue ambulance service said. The "
            "Orvan Lifeline service, a volunteer rescue service, said its crews had carried 9 wounded people to "
            "hospital.")
    claims = run(extractor, text)
    assert source_of(claims, 17) == "Tesh Rescue"
    assert source_of(claims, 9) == "Orvan Lifeline"


def test_the_director_of_a_named_service_speaks_for_it(extractor: Extractor) -> None:
    text = ("The director of the volunteer Orvan Lifeline service says its crews took 38 wounded people to "
            "hospitals overnight.")
    assert source_of(run(extractor, text), 38) == "Orvan Lifeline"


def test_the_head_of_a_named_body_with_his_name_beside_is_the_person(extractor: Extractor) -> None:
    text = ("\"Four more bodies were pulled from the rubble this morning,\" the head of the Tesh district military "
            "administration, Mykola Orvanenko, wrote on Telegram.")
    assert source_of(run(extractor, text), 4) == "Mykola Orvanenko"


def test_a_plural_subject_then_a_present_reporting_verb_and_that(extractor: Extractor) -> None:
    text = "Local authorities in Masisi report that at least 30 people are unaccounted for after the fighting of 20 January."
    assert source_of(run(extractor, text), 30) == "Local authorities in Masisi"


def test_a_titled_name_between_commas_before_said_after_its_office() -> None:
    # the parse the tagger gives some such sentences: the office read as a preposition, the verb with no subject
    words = ["Also", "speaking", ",", "the", "Press", "Officer", "in", "the", "state", ",", "ASP", "Jon", "Orvanu",
             ",", "said", "12", "suspects", "were", "arrested", "."]
    heads = [1, 14, 1, 5, 5, 2, 5, 8, 6, 5, 12, 12, 5, 14, 14, 16, 18, 18, 14, 14]
    deps = ["advmod", "advcl", "punct", "det", "compound", "prep", "prep", "det", "pobj", "punct", "compound",
            "compound", "appos", "punct", "ROOT", "nummod", "nsubjpass", "auxpass", "ccomp", "punct"]
    pos = ["ADV", "VERB", "PUNCT", "DET", "PROPN", "PROPN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN",
           "PUNCT", "VERB", "NUM", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[14], lemmas[18] = "say", "arrest"
    ents = ["O"] * 11 + ["B-PERSON", "I-PERSON"] + ["O"] * 7
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    found = attributions(doc)
    assert [a.text for a, _ in found] == ["Jon Orvanu"]


def test_a_person_described_by_age_is_the_person_named_before(extractor: Extractor) -> None:
    text = ("In a nearby village, the traditional chief, Musa Orvanti said residents had buried 17 people in one "
            "grave.\n\n"
            "\"We could not wait for anyone to come,\" the 58-year-old said. \"Among them were my three nephews.\"")
    assert source_of(run(extractor, text), 3) == "Musa Orvanti"


def test_the_governor_of_a_countrys_region_is_that_regions_governor(extractor: Extractor) -> None:
    text = ("The regional governor, Petro Orvanko, said two people were wounded in Sumy. The governor of Russia's "
            "Kursk region said a man was killed when a drone struck his car. He said four other people were injured.")
    claims = run(extractor, text)
    assert source_of(claims, 1) == "Kursk governor"
    assert source_of(claims, 4) == "Kursk governor"


def test_they_after_a_group_of_people_who_spoke_is_that_group(extractor: Extractor) -> None:
    text = ("The army spokesman, Captain Paul Orvane, said troops had killed five fighters of the Tesh Liberation "
            "Front (TLF).\n\n"
            "Villagers who spoke to the Valley Courier disputed the army's account. They said eight people were "
            "killed, all of them civilians.")
    assert source_of(run(extractor, text), 8) == "villagers"


def test_a_spokesman_described_then_named_is_the_person(extractor: Extractor) -> None:
    text = ("A bomb tore through a bus in western Tesh on Tuesday morning, killing four people and wounding 11, a "
            "provincial police spokesman said.\n\n"
            "The spokesman, Jon Orvani Kaltec, said the dead included two students.")
    assert source_of(run(extractor, text), 11) == "Jon Orvani Kaltec"


def test_the_authorities_an_armed_group_runs_are_not_the_group(extractor: Extractor) -> None:
    text = ("The coalition air strike killed 17 civilians, including six children, according to the Houthi "
            "authorities at the time.")
    assert source_of(run(extractor, text), 17) == "Houthi authorities"


def test_a_countrys_military_is_not_its_army(extractor: Extractor) -> None:
    text = ("Nigeria's military said on Sunday that troops had killed 31 insurgents in an operation near Lake Chad "
            "in Borno on Friday.")
    assert source_of(run(extractor, text), 31) == "Nigerian military"


def test_a_spokesperson_for_a_groups_authorities_speaks_for_those_authorities(extractor: Extractor) -> None:
    text = ("A spokesperson for the Taliban de facto authorities said on Monday that 14 civilians had been killed "
            "in the shelling.")
    assert source_of(run(extractor, text), 14) == "Taliban de facto authorities"


def test_he_after_a_quotation_said_by_a_role_then_a_name_is_the_name(extractor: Extractor) -> None:
    text = ("\"Families are sleeping in the school,\" said the regional ombudsman, Ana Lucia Orvanes. \"Among the "
            "displaced there are at least 230 children.\"\n\n"
            "\"We have also received reports that three young men have been missing since Monday,\" she added.")
    assert source_of(run(extractor, text), 3) == "Ana Lucia Orvanes"


def test_a_government_military_source_is_a_military_source(extractor: Extractor) -> None:
    text = "A government military source said 14 soldiers were killed while repelling attacks near Tesh on Sunday."
    found = [c for c in run(extractor, text) if c.count.value == 14]
    assert found and found[0].source is not None and found[0].source.kind == "military"


def test_a_governments_international_standing_is_no_part_of_its_name(extractor: Extractor) -> None:
    text = ("A missile strike on a camp in Yemen's Marib province killed six people on Thursday, the "
            "internationally recognised government said.")
    assert source_of(run(extractor, text), 6) == "Yemeni government"


def test_a_closing_said_then_a_name_with_its_office_after(extractor: Extractor) -> None:
    text = ("About 150 families from the Dighinala and Babuchhara unions have taken shelter in a school and a temple, "
            "said Anil Bikash Tripura, chairman of Babuchhara union parishad.")
    assert source_of(run(extractor, text), 150) == "Anil Bikash Tripura"


def test_police_in_a_sentence_naming_only_the_country_take_the_division_named_before(extractor: Extractor) -> None:
    text = ("Rescuers search the rubble in Quetta, the capital of Balochistan, in Pakistan.\n\n"
            "A suicide bomber attacked a police post in southwest Pakistan on Friday, killing four officers, "
            "police said.")
    assert source_of(run(extractor, text), 4) == "Balochistan Police"


def test_a_states_prosecutors_are_its_state_prosecutors_office(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed nine people at a bar in the Mexican state of Zacatecas late Saturday, "
                            "state prosecutors said.")
    assert source_of(claims, 9) == "Zacatecas State Prosecutor's Office"
    claims = run(extractor, "Prosecutors in the state of Sonora said the bodies of the 13 men were found in a ravine.")
    assert source_of(claims, 13) == "Sonora State Prosecutor's Office"


def test_people_who_claim_a_figure_in_a_relative_clause_state_it(extractor: Extractor) -> None:
    text = ("The governor's figure contrasts with higher numbers given by local farmers, who claim that nearly 90 "
            "people were killed during the raid.")
    assert source_of(run(extractor, text), 90) == "local farmers"


def test_he_after_according_to_an_office_and_a_name_is_that_person(extractor: Extractor) -> None:
    text = ("Six people were killed when gunmen opened fire on a convoy in Lower Tesh on Friday, police said.\n\n"
            "According to Tesh District Police Officer (DPO) Jon Arvan Kaltec, the convoy was travelling under "
            "escort. \"The attackers fired from the hilltops. Three of the injured are in critical condition,\" he "
            "said.")
    assert source_of(run(extractor, text), 3) == "Jon Arvan Kaltec"


def test_a_closing_speaker_with_a_hyphened_place(extractor: Extractor) -> None:
    text = ("On Wednesday, three traders were abducted by armed men on the road between Bocaranga and Koui, the "
            "prefect of Nana-Mambéré told the Courrier by telephone.")
    assert source_of(run(extractor, text), 3) == "Nana-Mambéré prefect"


def test_the_group_after_a_described_group_resolved_to_a_named_force(extractor: Extractor) -> None:
    text = ("An air strike on a village in the Sagaing Region of Myanmar killed at least 21 people on Tuesday, a local "
            "resistance group said.\n\n"
            "The jet dropped two bombs on the village school, the Kalewa Township Defence Force said in a statement.\n\n"
            "Separately, the group said four of its fighters were killed on Sunday in clashes with junta troops.")
    assert source_of(run(extractor, text), 4) == "Kalewa Township Defence Force"


def test_a_local_official_in_the_lead_is_the_office_holder_who_speaks_next(extractor: Extractor) -> None:
    text = ("At least 23 people were killed when armed youth attacked cattle camps in Tesh County on Saturday, a "
            "local official has said.\n\n"
            "Tesh County Commissioner Hon. Jon Malual Orvan told the station by phone on Sunday that the raiders "
            "came at dawn.")
    assert source_of(run(extractor, text), 23) == "Jon Malual Orvan"


def test_a_name_and_its_kind_with_a_relative_clause_closing_after_a_breakdown(extractor: Extractor) -> None:
    text = ("Shelling by the militia killed 14 people, among them five women and three children, in the Tawila camp "
            "for displaced people on Sunday, the Nuba Medics Alliance, a medical group that tracks the war's toll, "
            "said in a statement on Monday.")
    claims = run(extractor, text)
    assert source_of(claims, 14) == "Nuba Medics Alliance"
    assert source_of(claims, 5) == "Nuba Medics Alliance"
