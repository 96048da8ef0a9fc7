"""Who states a figure (round 12): ranks of the armed services before a name, a rank's abbreviation before a
surname the report gave in full. Every sentence, name and event here is invented; places are real or invented."""

from __future__ import annotations

from test_extract_source_general3 import run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def source_of(claims: list[Claim], value: int) -> str | None:
    found = [c for c in claims if c.count.value == value]
    assert found, [(c.outcome, c.count.text) for c in claims]
    s = found[0].source
    return s.name if s else None


def test_a_service_rank_of_two_words_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = "Gunmen killed nine villagers in Korvat on Sunday, Air Commodore Jonas Telvik told reporters."
    assert source_of(run(extractor, text), 9) == "Jonas Telvik"


def test_a_naval_rank_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = "Raiders attacked a patrol boat near Danvo. Rear Admiral Pieter Oskam said four sailors were wounded."
    assert source_of(run(extractor, text), 4) == "Pieter Oskam"


def test_an_abbreviated_rank_before_a_surname_given_in_full_earlier(extractor: Extractor) -> None:
    text = ("The dead were identified, said Assistant Superintendent of Police Rafiq Haldun, spokesman of the "
            "district force. Gunmen killed five traders in the market, ASP Haldun added.")
    assert source_of(run(extractor, text), 5) == "Rafiq Haldun"


def test_a_body_named_by_its_task_keeps_its_complement_and_drops_its_owner(extractor: Extractor) -> None:
    text = ("Rebels abducted 140 fishermen on Lake Tumba last year, according to the Kurdistan Region's Office for "
            "Tracing Missing Persons. Its director later told reporters that 35 of the fishermen had died.")
    claims = run(extractor, text)
    assert source_of(claims, 140) == "Office for Tracing Missing Persons"


def test_a_body_of_a_city_and_its_shortened_name(extractor: Extractor) -> None:
    text = ("Shelling killed 12 people in the market, the Relief Coordination Room of Danvo city said. The Relief "
            "Room also said that gunmen had kidnapped nine traders on the Morvi road.")
    claims = run(extractor, text)
    assert source_of(claims, 12) == "Relief Coordination Room of Danvo"
    assert source_of(claims, 9) == "Relief Coordination Room of Danvo"


def test_according_to_him_refers_to_the_man_named_before(extractor: Extractor) -> None:
    text = ('"They came at night and burned the huts," Jean-Luc Ondeko told reporters. According to him, 14 '
            "others were wounded in the attack.")
    assert source_of(run(extractor, text), 14) == "Jean-Luc Ondeko"


def test_an_area_between_a_title_and_the_name_after_a_quotation(extractor: Extractor) -> None:
    text = ('"We urge the rebels to surrender," said the Deputy Inspector General of Police, Korvat range, Ramesh '
            "Kumar Vatsal. He said 85 rebels have been killed in clashes in the Korvat division since March.")
    assert source_of(run(extractor, text), 85) == "Ramesh Kumar Vatsal"


def test_a_body_of_a_government_described_by_what_runs_it(extractor: Extractor) -> None:
    text = ("Artillery fire killed nine people at a market in Korvat on Thursday, the health ministry of the "
            "rebel-run government in Danvo said.")
    assert source_of(run(extractor, text), 9) == "rebel-run health ministry"


def test_a_body_of_a_governments_army(extractor: Extractor) -> None:
    text = ("In Teshville, the media centre of the internationally recognised government's army said five "
            "soldiers were killed.")
    assert source_of(run(extractor, text), 5) == "army media centre"


def test_a_community_leader_is_a_local_figure_not_a_witness(extractor: Extractor) -> None:
    claims = run(extractor, "Gunmen killed eleven farmers in Morvi on Sunday, a community leader in the village said.")
    found = [c for c in claims if c.count.value == 11]
    assert found and found[0].source is not None and found[0].source.kind == "other"


def test_a_body_described_by_its_kind_refers_to_the_named_body(extractor: Extractor) -> None:
    text = ("Amnesty International Kenya accused border police of shooting dead four herders near Lokor. According "
            "to the rights group, 17 more were hurt in the raid.")
    assert source_of(run(extractor, text), 17) == "Amnesty International Kenya"   # (its national branch, as named)


def test_a_name_followed_by_a_noun_of_its_kind(extractor: Extractor) -> None:
    text = "The army killed 40 of its fighters in the hills last month, the Tesh Baz coalition said on its radio station."
    assert source_of(run(extractor, text), 40) == "Tesh Baz"


def test_an_acronym_given_after_known_as_stands_for_the_name(extractor: Extractor) -> None:
    text = ("Two boys were hurt in Morvi. The Demining Authority of the Republic of Korvat, known as DARK, confirmed "
            "the blast. By DARK's count, mines have killed 81 people since the war ended.")
    assert source_of(run(extractor, text), 81) == "Demining Authority of the Republic of Korvat"
