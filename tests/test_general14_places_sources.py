"""Round 14 of general rules on places. Every sentence, name and event here is invented; places are real."""

from __future__ import annotations

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor
from vigil.models import Claim


def admin1s(claims: list[Claim], value: int) -> set[tuple[str | None, str]]:
    return {(p.admin1, p.country) for p in one(claims, value).places}


def test_a_local_body_names_the_area_of_the_harm_it_reports(extractor: Extractor) -> None:
    # "police in X state said": the speaker's own area, where the sentence names no other place
    claims = run(extractor, "Banditry has spread across the north of Nigeria this year. Police in Katsina state "
                            "said gunmen killed 14 farmers on Thursday.")
    assert ("Katsina", "NG") in admin1s(claims, 14)
    claims = run(extractor, "The war in Ukraine grinds on. Officials in Sumy region said shelling killed three "
                            "civilians overnight.")
    assert ("Sumy", "UA") in admin1s(claims, 3)
    claims = run(extractor, "Pakistan faces a rising insurgency. A police spokesman in Quetta said eight labourers "
                            "were shot dead by unknown gunmen.")
    assert ("Balochistan", "PK") in admin1s(claims, 8)


def test_a_local_body_does_not_override_the_place_the_account_gave(extractor: Extractor) -> None:
    claims = run(extractor, "Banditry has spread across the north of Nigeria this year. Gunmen raided Dansadau "
                            "in Zamfara on Friday, killing 9 people. Officials in Katsina said four other people "
                            "were abducted.")
    assert ("Zamfara", "NG") in admin1s(claims, 4)
    assert ("Katsina", "NG") not in admin1s(claims, 4)


def test_a_body_based_somewhere_speaks_from_there(extractor: Extractor) -> None:
    claims = run(extractor, "Fighting continues in Sudan. A monitor based in Khartoum said 11 people were killed.")
    assert ("Khartoum", "SD") not in admin1s(claims, 11)


def test_a_body_the_parser_hangs_on_its_division_still_speaks(extractor: Extractor) -> None:
    # "Police in X state said": parsed with "state" as the subject and the police as its modifier
    claims = run(extractor, "Banditry has spread across Nigeria this year. Police in Katsina state said 4 others "
                            "were abducted on Friday.")
    claim = one(claims, 4)
    assert claim.source is not None and claim.source.kind == "government" and "olice" in claim.source.name
    assert ("Katsina", "NG") in admin1s(claims, 4)


def test_a_relative_clause_s_noun_is_no_speaker(extractor: Extractor) -> None:
    # "which police" (a misparse of "the attack, which police blamed on X") names no source of the figure
    claims = run(extractor, "Fighting continues in the north. Nineteen people were killed in the attack, which "
                            "police blamed on the Arvan Liberation Front.")
    claim = one(claims, 19)
    assert claim.source is None or "which" not in claim.source.name.lower()


def test_a_listed_count_beside_an_unknown_place_is_not_at_its_fellows_places(extractor: Extractor) -> None:
    # "Hombori" is not in the gazetteer: its count gets the country, not Douentza of the count before it
    claims = run(extractor, "Mali has seen a surge in attacks. Nine soldiers were killed in the raids: four in "
                            "Gao, three in Douentza and two in Hombori.")
    assert admin1s(claims, 3) == {("Mopti", "ML")}
    assert ("Mopti", "ML") not in admin1s(claims, 2) and {c for _a, c in admin1s(claims, 2)} == {"ML"}
    # a count's own place further on in its clause stays its place
    claims = run(extractor, "Mali has seen a surge in attacks. Gunmen killed 12 in Gao on Monday and 4 in Douentza "
                            "on Tuesday.")
    assert admin1s(claims, 12) == {("Gao", "ML")}


def test_a_city_s_name_in_another_language_does_not_make_its_country_the_report_s(extractor: Extractor) -> None:
    # "Boni" is a town in Mali and, in one language, the name of Bonn
    claims = run(extractor, "Mali has seen a surge in attacks. Jihadists killed six soldiers in Boni on Sunday.")
    assert all(p.country == "ML" for p in one(claims, 6).places)
