"""Who states a figure, on kinds of sentence real reports use (issue 12). Every sentence, name and event
here is invented; places are real so that countries resolve."""

from __future__ import annotations

from datetime import date

from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2025, 3, 9)


def run(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=PUBLISHED))


def src(claims: list[Claim], value: int) -> str | None:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    return found[0].source.name if found[0].source else None


def kind(claims: list[Claim], value: int) -> str | None:
    found = [c for c in claims if c.count.value == value]
    return found[0].source.kind if found and found[0].source else None


def test_a_count_of_people_is_not_a_source(extractor: Extractor) -> None:
    claims = run(extractor, "Medics said at least 31 people were dead after the blast and added that 64 others were "
                            "badly hurt.")
    assert src(claims, 64) == src(claims, 31) == "Medics"


def test_a_description_with_the_body_named_beside_it_is_the_body(extractor: Extractor) -> None:
    claims = run(extractor, "A farmers' union, the Orvan Valley Growers Council, said four herders were killed "
                            "near Gao.")
    assert src(claims, 4) == "Orvan Valley Growers Council"


def test_a_tally_by_an_agency_is_the_agency(extractor: Extractor) -> None:
    claims = run(extractor, "Fighting in Bunia left at least 52 people dead, a Demo Wire tally of figures from the "
                            "town's clinics showed on Monday.")
    assert src(claims, 52) == "Demo Wire"


def test_a_report_in_a_publication_is_the_publication(extractor: Extractor) -> None:
    claims = run(extractor, "A report in Tuesday's edition of the weekly Valley Courier said nine people were "
                            "injured in the raid near Beira.")
    assert src(claims, 9) == "Valley Courier"


def test_the_report_naming_itself_speaks_in_its_own_voice(extractor: Extractor) -> None:
    claims = run(extractor, "Last week this newspaper reported how gunmen killed 23 villagers near Jos.")
    assert src(claims, 23) is None


def test_the_outer_speaker_of_a_reported_statement_is_the_source(extractor: Extractor) -> None:
    claims = run(extractor, "Witnesses told detectives that the gunmen shot 14 wedding guests dead, state "
                            "prosecutors said on Monday.")
    assert src(claims, 14) == "state prosecutors" or kind(claims, 14) == "government"


def test_a_statement_beside_another_keeps_its_own_source(extractor: Extractor) -> None:
    claims = run(extractor, "Local rights groups estimated more than 60 deaths, while a UN inquiry reported that "
                            "71 people had died.")
    assert src(claims, 71) == "United Nations"


def test_a_role_with_a_name_beside_it_is_the_person(extractor: Extractor) -> None:
    claims = run(extractor, "Plateau State Governor, Danjuma Okoro, told reporters on Sunday that 38 villagers "
                            "died in Bokkos.\n\nThe governor said 12 others were injured.")
    assert src(claims, 38) == "Danjuma Okoro"
    assert src(claims, 12) == "Danjuma Okoro"


def test_a_persons_given_names_are_kept(extractor: Extractor) -> None:
    claims = run(extractor, "Eulalio Ramon Tovar Pineda, who leads the Sonora inquiry, said seven men were shot "
                            "dead in Cajeme.")
    assert src(claims, 7) == "Eulalio Ramon Tovar Pineda"


def test_the_full_name_of_a_body_not_its_acronym(extractor: Extractor) -> None:
    claims = run(extractor, "The Movement for Tesh Unity (MTU), a coalition of rebel groups, said 40 soldiers "
                            "were killed near Goma.")
    assert src(claims, 40) == "Movement for Tesh Unity"


def test_where_a_body_sits_is_not_its_name(extractor: Extractor) -> None:
    claims = run(extractor, "City mortuaries in and near Bukavu, in eastern Congo, have recorded 210 bodies "
                            "since Friday.")
    assert src(claims, 210) == "City mortuaries"


def test_a_capital_speaking_is_its_government(extractor: Extractor) -> None:
    claims = run(extractor, "Kampala insisted on Tuesday that six soldiers had died near Gulu.")
    assert src(claims, 6) == "Ugandan government"
    assert kind(claims, 6) == "government"


def test_a_countrys_ministry_named_with_a_possessive(extractor: Extractor) -> None:
    claims = run(extractor, "Italy's foreign ministry told reporters that two aid workers had been killed near "
                            "Kandahar.")
    assert src(claims, 2) == "Italian Ministry of Foreign Affairs"


def test_a_role_alone_is_the_person_named_with_that_title(extractor: Extractor) -> None:
    claims = run(extractor, "Prime Minister Amara Kolleh visited the camps on Monday.\n\n"
                            "About 1,400 people were killed in the fighting in Bunia, the prime minister said.")
    assert src(claims, 1400) == "Amara Kolleh"


def test_a_surname_takes_the_full_name_given_before(extractor: Extractor) -> None:
    claims = run(extractor, "Health Minister Jean-Pierre Lumbala visited Goma on Monday.\n\n"
                            "\"We buried 45 bodies this week,\" Lumbala told reporters.")
    assert src(claims, 45) == "Jean-Pierre Lumbala"


def test_she_refers_to_the_person_named_before(extractor: Extractor) -> None:
    claims = run(extractor, "The Orvan Liberation Front said it carried out the attack.\n\n"
                            "Mayor Ana Belmonte visited the wounded in the hospital of Cotabato.\n\n"
                            "Three of the 22 people wounded were in critical condition, according to her.")
    assert src(claims, 3) == "Ana Belmonte"


def test_a_body_named_inside_a_quotation_is_not_the_speaker(extractor: Extractor) -> None:
    claims = run(extractor, "Locals said more than 80 people died, while the Tesh Relief Agency said the "
                            "figures were unclear.\n\n"
                            "\"Troops were sent to the market. Two soldiers died when gunmen fired on their "
                            "truck near Makurdi,\" it said.")
    assert src(claims, 2) == "Tesh Relief Agency"


def test_two_kinds_of_unnamed_source_take_the_first(extractor: Extractor) -> None:
    claims = run(extractor, "Security and local sources said on Sunday that gunmen killed 17 civilians near Djibo.")
    assert kind(claims, 17) == "military"


def test_denounced_and_information_gathered_by_are_attributions(extractor: Extractor) -> None:
    claims = run(extractor, "The Valley Rights League denounced the killing of 13 farmers by soldiers near Mopti.")
    assert src(claims, 13) == "Valley Rights League"
    claims = run(extractor, "According to information gathered by the Orvan Human Rights Monitor, 19 villagers "
                            "were abducted near Maiduguri.")
    assert src(claims, 19) == "Orvan Human Rights Monitor"


def test_a_quotation_opened_with_a_colon_runs_on_over_paragraphs(extractor: Extractor) -> None:
    claims = run(extractor, "Daniel Okafor, a youth leader in the town, said: \u201cThe attackers arrived after "
                            "midnight.\n\n"
                            "\u201cWe have buried 27 people so far and many are still missing.\n\n"
                            "Police said 3 suspects were arrested in Makurdi.")
    assert src(claims, 27) == "Daniel Okafor"
    assert src(claims, 3) != "Daniel Okafor"


def test_a_month_a_city_or_a_common_noun_is_not_a_source(extractor: Extractor) -> None:
    assert src(run(extractor, "The month of March recorded 45 deaths in Kidal, the deadliest so far."), 45) is None
    assert src(run(extractor, "The city of Bunia recorded 31 deaths in the clashes on Friday."), 31) is None
    assert src(run(extractor, "Information shows that 26 people were abducted near Kaduna."), 26) is None


def test_an_agency_of_the_un_named_with_a_possessive(extractor: Extractor) -> None:
    claims = run(extractor, "The U.N.\u2019s migration agency said about 4,100 residents of Mirebalais had been "
                            "displaced.")
    assert src(claims, 4100) == "International Organization for Migration"


def test_an_embedded_post_is_stated_by_its_author(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed more than 60 villagers in Bokkos overnight and nobody has been arrested. "
                            "\u2014 Plateau Rights Watch (@PlateauRW) March 8, 2025")
    assert src(claims, 60) == "Plateau Rights Watch"


def test_an_unnamed_group_is_the_body_the_report_names_next(extractor: Extractor) -> None:
    claims = run(extractor, "At least 26 villagers were killed in an attack near Mopti, a local rights group said "
                            "on Friday.\n\n"
                            "The Dogon Youth Solidarity Committee said the gunmen arrived on motorbikes.")
    assert src(claims, 26) == "Dogon Youth Solidarity Committee"


def test_a_closing_speaker_the_parser_attached_elsewhere(extractor: Extractor) -> None:
    claims = run(extractor, "A bomb hit a market near Bannu on Friday, leaving 12 shoppers hurt, police and "
                            "hospital officials said.")
    assert src(claims, 12) is not None


def test_a_quotation_takes_the_speaker_named_where_it_closes(extractor: Extractor) -> None:
    claims = run(extractor, "A raid on a base near Kismayo has left at least 19 people dead, officials said on "
                            "Sunday.\n\n"
                            "\u201cSix of our men were killed today. Our unit also shot dead 14 attackers,\u201d army "
                            "officer Ali Warsame said.")
    assert src(claims, 6) == "Ali Warsame"


def test_a_ministry_is_named_by_its_formal_name_where_that_adds_a_word(extractor: Extractor) -> None:
    # invented: the formal name of a "home ministry" is the Ministry of Home Affairs
    claims = run(extractor, "The home ministry said six police officers were wounded in a grenade attack in "
                            "Srinagar.")
    assert src(claims, 6) == "Ministry of Home Affairs"


def test_a_closing_speaker_the_parser_attached_to_the_clause_before(extractor: Extractor) -> None:
    # invented: ", X and Y said." closing a sentence; the head of the first phrase, not its modifier
    claims = run(extractor, "The blast killed five traders, market leaders and police said.")
    assert src(claims, 5) == "market leaders"


def test_an_abbreviation_with_dots_and_a_possessive_is_the_known_body(extractor: Extractor) -> None:
    # invented: "the U.N.'s refugee agency" is the body listed as "UN refugee agency"
    claims = run(extractor, "Eight farmers were killed in the raid near Gao, the U.N.'s refugee agency said.")
    assert src(claims, 8) == "UNHCR"


def test_a_speaker_after_its_verb_closing_the_sentence(extractor: Extractor) -> None:
    # invented: ", reported X." / ", denounced X." with the speaker read as the verb's object
    claims = run(extractor, "Gunmen killed eight guests at a wedding in Kessa on Sunday, reported the Tesh State "
                            "Prosecutor's Office (TSPO).")
    assert src(claims, 8) == "Tesh State Prosecutor's Office"
    claims = run(extractor, "Five guards were murdered by gunmen on Saturday night near Gao, denounced the Orvan "
                            "Farmers Council.")
    assert src(claims, 5) == "Orvan Farmers Council"
    # an object that is not a speaker stays the object's
    claims = run(extractor, "Troops killed 12 rebels near Gao, causing panic among residents.")
    assert src(claims, 12) is None


def test_a_closing_speaker_read_as_a_modified_noun(extractor: Extractor) -> None:
    # invented: "..., a security source specified." parsed as "source" modified by "specified"
    claims = run(extractor, "The toll stands as follows: 14 soldiers killed and 22 wounded, a security source "
                            "specified under cover of anonymity.")
    assert src(claims, 22) == "security source"


def test_a_role_word_before_a_name_the_tagger_missed_is_the_person(extractor: Extractor) -> None:
    # invented: a hyphenated given name the tagger does not read as a person
    claims = run(extractor, "Tesh National Police spokesperson Anne-Marie Orvan put the number of officers killed "
                            "at two.")
    assert src(claims, 2) == "Anne-Marie Orvan"


def test_he_is_the_speaker_named_before_with_a_description(extractor: Extractor) -> None:
    # invented: "according to Name, a trader ..." then "He said ..." (not the plural "residents")
    claims = run(extractor, "At least 12 people were killed when jets bombed a market near Gao on Tuesday, "
                            "residents said. The market was hit twice, according to Jonas Orvan Tesh, a trader "
                            "who helped carry the wounded. He said seven of the dead were women.")
    assert src(claims, 7) == "Jonas Orvan Tesh"
    assert src(claims, 12) == "residents"


def test_a_description_holding_every_word_of_a_name_named_later_is_that_body(extractor: Extractor) -> None:
    # invented: "the country's national rights network" is the "National Rights Defence Network" named after it
    claims = run(extractor, "Gang members killed at least 31 people in Kessa, the country's national rights network "
                            "said. The National Rights Defence Network (NRDN) said in a report that a teacher was "
                            "among the dead.")
    assert src(claims, 31) == "National Rights Defence Network"
    # a description sharing only some words stays what it is
    claims = run(extractor, "Gang members killed at least 31 people in Kessa, the regional rights network said. "
                            "The National Rights Defence Network (NRDN) said in a report that a teacher was among "
                            "the dead.")
    assert src(claims, 31) != "National Rights Defence Network"


def test_a_name_ending_in_an_organisation_word_is_not_a_person(extractor: Extractor) -> None:
    # invented: the tagger may read "The Orvan Network" as a person; its head word says it is a body
    claims = run(extractor, "The Orvan Network for Civilian Monitoring said 9 of the dead were fighters.")
    assert src(claims, 9) == "Orvan Network for Civilian Monitoring"
