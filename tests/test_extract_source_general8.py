"""Who states a figure (round 8): a body referred back to by the head noun of its name, people of a body speaking
for it, figures a body compiled, generic words around a name (a news agency, an owner's possessive), an army's
statement, registers, names after long titles or closing a description, a body's "known as" name, and a country
as the place of a figure an "according to" attributes. Every sentence, name and event here is invented; places are
real or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def source_of(claims: list[Claim], value: int) -> tuple[str | None, str | None]:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    s = found[0].source
    return (s.name, s.kind) if s else (None, None)


def test_the_head_noun_of_a_named_body_refers_back_to_it(extractor: Extractor) -> None:
    text = ("The Orvan Institute for Conflict Records (OICR) said on Monday that raids had intensified. The institute "
            "recorded 77 arrests in the province in May.")
    assert source_of(run(extractor, text), 77)[0] == "Orvan Institute for Conflict Records"


def test_people_of_a_body_named_by_its_possessive_speak_for_it(extractor: Extractor) -> None:
    text = ("The Tesh Rights Bureau (TRB) published its monthly report on Friday. TRB's field researchers found that "
            "at least 13 of the dead were farmers.")
    assert source_of(run(extractor, text), 13)[0] == "Tesh Rights Bureau"


def test_figures_a_body_compiled_are_the_bodys(extractor: Extractor) -> None:
    text = ("The Kaltor Monitoring Collective said 12 people were detained on Monday. The number of people detained since March "
            "has passed 2,400, according to figures the collective compiled with local lawyers.")
    assert source_of(run(extractor, text), 2400)[0] == "Kaltor Monitoring Collective"


def test_a_generic_news_agency_after_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = "The state-run TESHPRESS news agency said 16 people were wounded in the blast in Kaltor."
    assert source_of(run(extractor, text), 16)[0] == "TESHPRESS"


def test_an_owners_possessive_before_a_capitalised_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = "Nine fighters were killed near Kaltor, according to the Rangers' Sabre Bulletin website."
    assert source_of(run(extractor, text), 9)[0] == "Sabre Bulletin"


def test_a_regions_possessive_before_a_ministry_keeps_the_regions_name(extractor: Extractor) -> None:
    text = ("About 3,100 people fled their homes in Kaltor, according to the Orvania region's Ministry of Relief and "
            "Resettlement.")
    assert source_of(run(extractor, text), 3100)[0] == "Orvania Ministry of Relief and Resettlement"


def test_a_possessive_inside_a_name_with_its_acronym_stays(extractor: Extractor) -> None:
    text = "The Tesh People's Liberation Guard (TPLG) said its fighters had killed 21 soldiers near Kaltor."
    assert source_of(run(extractor, text), 21)[0] == "Tesh People's Liberation Guard"


def test_an_army_statement_is_the_armys(extractor: Extractor) -> None:
    text = "Four soldiers were wounded in an ambush near Kaltor in northern Mali, an army statement said."
    name, kind = source_of(run(extractor, text), 4)
    assert name is not None and name.lower().endswith("army") and kind == "military"


def test_a_national_register_states_what_it_lists(extractor: Extractor) -> None:
    text = "The national register lists more than 8,300 people as missing in the province of Kaltor."
    assert source_of(run(extractor, text), 8300)[0] == "national register"


def test_a_name_after_a_title_of_several_words_is_the_person(extractor: Extractor) -> None:
    text = ("Police arrested 23 people overnight, Kaltor Superintendent of Police Jonas Orvek Talvi told reporters on "
            "Friday.")
    assert source_of(run(extractor, text), 23)[0] == "Jonas Orvek Talvi"


def test_a_named_person_before_a_description_closing_the_sentence_speaks(extractor: Extractor) -> None:
    text = ("Three soldiers were wounded and flown to a hospital in Kaltor City, Maj. Ivo Tessendorf, spokesperson of "
            "the Army's 4th Mountain Brigade, said in a statement.")
    assert source_of(run(extractor, text), 3)[0] == "Ivo Tessendorf"


def test_a_body_described_then_known_as_an_acronym_goes_by_it(extractor: Extractor) -> None:
    text = ("Tesh's detention authority on Monday raised to 31 the number of inmates killed in the riot at Kaltor "
            "prison. The agency, known as DTRA, had put the toll at 17 on Sunday. Another 40 inmates were injured, it "
            "said.")
    claims = run(extractor, text)
    assert source_of(claims, 31)[0] == "DTRA"
    assert source_of(claims, 17)[0] == "DTRA"
    assert source_of(claims, 40)[0] == "DTRA"


def test_a_country_recording_a_figure_is_its_place_when_according_to_names_the_source(extractor: Extractor) -> None:
    text = ("Gunmen killed five people in Kaltor on Sunday. Peru recorded nearly 2,100 violent deaths last year, "
            "according to the interior ministry.")
    name, kind = source_of(run(extractor, text), 2100)
    assert name is not None and "interior" in name.lower() and kind == "government"


def test_the_un_mission_in_afghanistan_goes_by_its_full_name(extractor: Extractor) -> None:
    text = "UNAMA said it had documented 140 civilian casualties in attacks on mosques in Kabul."
    assert source_of(run(extractor, text), 140) == ("United Nations Assistance Mission in Afghanistan", "un")
