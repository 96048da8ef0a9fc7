"""Who states a figure (round 9): a name between lower-case words of what it is, abbreviated ranks, a name given
after "known as", a country's body described in lower-case words with an acronym, a report's earlier version that
cited a source, an acronym subject with a relative clause, a unit after a body's acronym, a place written as a
common noun after or before a body, and a national police force's short name. Every sentence, name and event here
is invented; places are real (so that countries resolve) or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def source_of(claims: list[Claim], value: int) -> str | None:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    s = found[0].source
    return s.name if s else None


def test_a_name_between_lower_case_words_of_a_news_agency(extractor: Extractor) -> None:
    text = "Troops shot dead six smugglers near the frontier, the semi-official Orvanpress news agency reported."
    assert source_of(run(extractor, text), 6) == "Orvanpress"


def test_abbreviated_ranks_before_a_name_are_no_part_of_it(extractor: Extractor) -> None:
    text = ("A bomb wounded five soldiers in Kaltor on Tuesday. Two of them were in a serious condition, said "
            "Pol Lt Col Jon Tesharat, the district police chief.")
    assert source_of(run(extractor, text), 2) == "Jon Tesharat"


def test_the_name_a_body_is_known_as_speaks_for_it(extractor: Extractor) -> None:
    text = ("The movement's northern wing, known as the Tesh Valley Brigades, claimed the raid in a statement, saying "
            "14 soldiers had been killed.")
    assert source_of(run(extractor, text), 14) == "Tesh Valley Brigades"


def test_a_countrys_body_described_with_its_acronym_keeps_the_description(extractor: Extractor) -> None:
    text = ("The Nigerian navy (NNX) said on Monday its sailors had killed nine gunmen in the creeks. The NNX "
            "confirmed that three sailors were wounded in the operation.")
    claims = run(extractor, text)
    assert source_of(claims, 9) == "Nigerian navy"
    assert source_of(claims, 3) == "Nigerian navy"


def test_an_earlier_version_of_the_story_states_what_it_cited(extractor: Extractor) -> None:
    text = ("Seven people died in the flooding in Kaltor. An earlier version of this article, citing the Tesh Rescue "
            "Corps, said 11 people had died.")
    assert source_of(run(extractor, text), 11) == "Tesh Rescue Corps"


def test_an_acronym_subject_with_a_relative_clause_speaks(extractor: Extractor) -> None:
    text = ("The Tesh Liberation Army (TLA) has fought the government for a decade. The TLA, which has held the "
            "hills since 2019, said the raid killed 23 villagers.")
    assert source_of(run(extractor, text), 23) == "Tesh Liberation Army"


def test_a_unit_after_a_bodys_acronym_is_the_body(extractor: Extractor) -> None:
    text = "Six militiamen were killed in the raids, according to the Orvan Border Defence Command (Obdc) Sector 3."
    assert source_of(run(extractor, text), 6) == "Orvan Border Defence Command"


def test_a_place_written_as_a_common_noun_after_a_body_is_no_part_of_its_name(extractor: Extractor) -> None:
    text = "The education office in the rebel-held territory said 17 pupils were killed when the school was shelled."
    assert source_of(run(extractor, text), 17) == "rebel-held education office"


def test_a_territorys_possessive_before_a_national_body(extractor: Extractor) -> None:
    text = "An air strike in Khan Younis killed 13 people, the territory's civil defence agency said."
    assert source_of(run(extractor, text), 13) == "Palestinian Civil Defence"


def test_a_national_police_force_by_its_short_name(extractor: Extractor) -> None:
    text = "Haitian police said officers had killed 12 gang members in Port-au-Prince on Sunday."
    assert source_of(run(extractor, text), 12) == "Haitian National Police"


def test_the_regional_police_still_take_the_regions_name(extractor: Extractor) -> None:
    text = "Four people were killed in an ambush near Garissa on Friday, the regional police said."
    name = source_of(run(extractor, text), 4)
    assert name is not None and name.endswith("regional police") and name != "regional police"
