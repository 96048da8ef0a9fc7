"""Who states a figure (round 7): speakers named in sentences that hold no figure, units and commands referred
back to, a body's own acronym beside a description, findings, parts of a body speaking for it, and quotations
closed or opened in sentences that were never parsed. Every sentence, name and event here is invented; places
are real or invented."""

from __future__ import annotations

import pytest

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.extract.quoted import sentence_speakers
from vigil.models import Claim


def source_of(claims: list[Claim], value: int) -> tuple[str | None, str | None]:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    s = found[0].source
    return (s.name, s.kind) if s else (None, None)


def test_a_person_named_as_speaking_in_a_sentence_without_figures_is_he(extractor: Extractor) -> None:
    text = ("Col. Jonas Orvek, spokesperson of the army's 9th Mountain Brigade, said troops came under fire near "
            "Kaltor at dawn. He said 14 soldiers were wounded.")
    assert source_of(run(extractor, text), 14)[0] == "Jonas Orvek"


def test_a_sentence_between_a_speaker_and_her_closing_she_said_is_her_account(extractor: Extractor) -> None:
    text = ("Regional police spokesperson Anna Tesvik said gunmen stormed the market in Kaltor at noon. Seven "
            "traders were wounded in the attack. Two of them are in a critical condition, she said.")
    assert source_of(run(extractor, text), 7)[0] == "Anna Tesvik"


def test_the_division_refers_to_the_unit_a_spokesman_spoke_for(extractor: Extractor) -> None:
    text = ("Major Ben Dalko, spokesman of the 4th Infantry Division, said the operation was continuing. Troops "
            "have killed 40 militants in the valley since March, according to the division.")
    assert source_of(run(extractor, text), 40) == ("4th Infantry Division", "military")


def test_the_command_refers_to_forces_named_as_speaking_before(extractor: Extractor) -> None:
    text = ("Tesh's Northern Naval Forces say a drone attack damaged a pier in Kaltor overnight. Three dock workers "
            "were injured, the command said in a statement.")
    name, kind = source_of(run(extractor, text), 3)
    assert name is not None and "Northern Naval Forces" in name and kind == "military"


def test_a_body_described_around_a_general_name_is_its_acronym(extractor: Extractor) -> None:
    text = ("At least 18 villagers were killed near Kaltor on Monday, the UN stabilisation mission in Tesh "
            "(UNSMT) said on Tuesday.")
    assert source_of(run(extractor, text), 18) == ("UNSMT", "un")


def test_a_report_by_a_body_that_found_a_figure(extractor: Extractor) -> None:
    text = ("The report by the UN Integrated Office in Tesh (BINUT) found that 310 people were killed in the "
            "province last year.")
    assert source_of(run(extractor, text), 310) == ("BINUT", "un")


def test_an_inquiry_that_found_a_figure_names_its_author(extractor: Extractor) -> None:
    text = ("An investigation by the Kaltor Human Rights Commission has found that at least 23 farmers were killed "
            "by soldiers in March.")
    assert source_of(run(extractor, text), 23)[0] == "Kaltor Human Rights Commission"


def test_a_faction_of_a_group_speaks_for_the_group(extractor: Extractor) -> None:
    text = ("A faction of the Orvan Liberation Front claimed the raid in a message to reporters, saying its "
            "fighters had killed 12 soldiers.")
    assert source_of(run(extractor, text), 12)[0] == "Orvan Liberation Front"


def test_a_part_of_a_body_described_is_the_body_the_report_names(extractor: Extractor) -> None:
    text = ("Six soldiers were killed in an ambush near Kaltor, the army's media wing said on Monday.\n\n"
            "In a statement, the Tesh Army Media Directorate (TAMD) said troops later killed 15 attackers.")
    assert source_of(run(extractor, text), 6)[0] == "Tesh Army Media Directorate"


def test_a_quotation_closed_in_a_sentence_without_figures(extractor: Extractor) -> None:
    text = ("District police chief Ana Orvenko described the scene on Monday.\n\n"
            "\"Nine people suffered burns and were taken to the Kaltor hospital. We urge everyone to stay calm,\" "
            "Orvenko said in a statement.")
    assert source_of(run(extractor, text), 9)[0] == "Ana Orvenko"


def test_she_says_after_a_person_introduced_with_her_age(extractor: Extractor) -> None:
    text = ("Mira Kostenak, 41, sells bread at the market in Kaltor.\n\n"
            "\"My husband was killed in the raid last year,\" she says.")
    assert source_of(run(extractor, text), 1)[0] == "Mira Kostenak"


def test_the_report_said_is_the_body_not_the_relatives_it_quotes(extractor: Extractor) -> None:
    text = ("The Kaltor Rights Commission said 30 men were detained in Orvan in May. Relatives said two of the "
            "men were beaten to death. Five of them later died in custody, the report said.")
    assert source_of(run(extractor, text), 5)[0] == "Kaltor Rights Commission"


def test_a_named_director_after_the_role_with_a_title(extractor: Extractor) -> None:
    text = ("Three of the wounded were flown to the Kaltor hospital, according to the hospital's medical director, "
            "Dr. Ana Veltek.")
    assert source_of(run(extractor, text), 3)[0] == "Ana Veltek"


def test_the_communique_said_refers_to_its_author(extractor: Extractor) -> None:
    text = ("The Tesh Ministry of Defence said on Monday that troops had repelled an attack near Kaltor. "
            "\"Our forces neutralised 40 assailants,\" the communiqué said.")
    assert source_of(run(extractor, text), 40)[0] == "Tesh Ministry of Defence"


@pytest.mark.parametrize(("text", "name"), [
    ("The official Kaltor news agency said 7 people were killed in Orvan.", "Kaltor news agency"),
    ("The rebel-run Kaltor Voice television said 7 people were killed in Orvan.", "Kaltor Voice"),
])
def test_words_of_standing_and_medium_are_no_part_of_a_name(extractor: Extractor, text: str, name: str) -> None:
    assert source_of(run(extractor, text), 7)[0] == name


def test_the_group_does_not_refer_to_a_person(extractor: Extractor) -> None:
    text = ("A fighter jet bombed Kaltor on Monday, the Orvan Resistance Front said in a statement. "
            "\"We pulled 20 bodies from the rubble,\" said Ana Veltek, a rescue volunteer.\n\n"
            "Separately, the group said four of its fighters were killed in clashes near Tesh.")
    assert source_of(run(extractor, text), 4)[0] == "Orvan Resistance Front"


def test_a_sentences_speakers_read_off_its_words() -> None:
    got = sentence_speakers("Ana Tesvik, the mother of Jon Orvek, said they were at the market.", frozenset())
    assert [s.name for s in got] == ["Ana Tesvik"]
    got = sentence_speakers("Rebels crossed the river, the Kaltor Defence Force said in a statement.", frozenset())
    assert [(s.name, s.person) for s in got] == [("Kaltor Defence Force", False)]
    assert sentence_speakers("The rain fell all night on Kaltor.", frozenset()) == []
