"""Perpetrators and verification, round 8: kinds of sentence, not single sentences. Every sentence, place, body
and person here is invented.

Perpetrators: a dateline is never part of an actor (in capitals or title case, with a country, a date, an agency,
closed by a dash or a colon), a date the parser read into the actor, a country that launched the attack that did
the harm, a country that says it killed, "recorded N arrests by X", whoever arrested the figure, a member of a
force named by role as the doer, an actor blamed in a participle after "police said", the doer of the attacks a
named attack is one of, "-men" plurals read as names, "whose parents were among those killed when ...", a share
of the victims ("all of them young men") is no actor, an alleged harm (accused).

Verification: "denied the allegation" right after a figure, "rejected the official count as an undercount, saying
N" (the answered toll, not its own), a figure the report calls incomplete or wrong, "wrongly included", "rather
than the N initially reported", "everyone had been accounted for" after a missing figure, and a "could not confirm
the toll" that names one figure in the paragraph that just stated it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from vigil.extract.perpetrators import perpetrator
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report

PUBLISHED = date(2025, 6, 4)


def claims_of(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=PUBLISHED))


def perps(ex: Extractor, text: str) -> dict[int | None, str | None]:
    return {c.count.value: (c.perpetrator.text if c.perpetrator else None) for c in claims_of(ex, text)}


def stances(ex: Extractor, text: str) -> dict[int | None, str | None]:
    return {c.count.value: (c.perpetrator.stance if c.perpetrator else None) for c in claims_of(ex, text)}


def verifs(ex: Extractor, text: str) -> dict[int | None, str]:
    return {c.count.value: c.verification for c in claims_of(ex, text)}


def parsed(ex: Extractor, rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A sentence as the parser may read it: (word, lemma, part of speech, dependency, head) per token."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))]
    return Doc(ex.nlp.vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows])


# --- perpetrators: datelines ------------------------------------------------------------------------------

def test_dateline_with_country_date_and_agency_is_no_part_of_the_actor(extractor: Extractor) -> None:
    got = perps(extractor, "VELKARA, Ruvenia, Nov 20 (Demo Wire) - Ruvenian border troops killed four suspected "
                           "smugglers in a gunfight on Friday, police said.")
    assert got[4] == "Ruvenian border troops", got


def test_dateline_the_parser_took_for_the_subject(extractor: Extractor) -> None:
    got = perps(extractor, "PORT-OSKAR, Talvenia (Demo Wire) \u2014 Talvenian air strikes across the Osk valley "
                           "killed at least 23 people overnight, including 9 children, according to local clinics.")
    assert got[23] == "Talvenian air strikes", got
    assert got[9] == "Talvenian air strikes", got


def test_title_case_dateline_with_a_date(extractor: Extractor) -> None:
    got = perps(extractor, "Lumora, 6 March 2025 \u2014 Armed herders killed 12 farmers in the village of Dasso, "
                           "the district council said.")
    assert got[12] == "Armed herders", got


def test_dateline_before_an_event_that_names_its_actor(extractor: Extractor) -> None:
    got = perps(extractor, "KORVA, Dec 14 (Demo Wire) - Moldavian artillery and drone attacks killed four people in "
                           "the city overnight, officials said.")
    assert got[4] == "Moldavian artillery and drone attacks", got


def test_dateline_with_a_doubled_dash_before_a_claimer(extractor: Extractor) -> None:
    got = perps(extractor, "OSKAR, NORTH VELDA \u2014- The Tesh Front (TF) said it carried out the market blast here "
                           "late on Tuesday, with two people known to have died so far.")
    assert got[2] == "The Tesh Front (TF)", got


def test_a_claimer_whose_name_holds_and(extractor: Extractor) -> None:
    got = perps(extractor, "OSKAR, NORTH VELDA \u2014- The Islamic State of Osk and Velda (ISOV) claimed responsibility "
                           "on Wednesday for the market blast here that left two people dead late on Tuesday.")
    assert got[2] == "The Islamic State of Osk and Velda (ISOV)", got


def test_a_date_read_into_the_actor_is_dropped(extractor: Extractor) -> None:
    got = perps(extractor, "In the worst raid of the month, on 17 March settlers set fire to homes in the village of "
                           "Kefar Olim, injuring nine villagers.")
    assert got[9] == "settlers", got


# --- perpetrators: other kinds ----------------------------------------------------------------------------

def test_a_country_that_launched_the_attack_that_killed(extractor: Extractor) -> None:
    got = perps(extractor, "Moldavia launched a large overnight missile attack on Talvenia that killed at least six "
                           "people and wounded 21 in the port of Osk, regional officials said.")
    assert got[6] == "Moldavia" and got[21] == "Moldavia", got


def test_a_country_that_says_it_killed(extractor: Extractor) -> None:
    got = perps(extractor, "Moldavia says it has killed more than 4,000 insurgents, without providing evidence.")
    assert got[4000] == "Moldavia", got
    assert stances(extractor, "Moldavia says it has killed more than 4,000 insurgents.")[4000] == "claimed"


def test_recorded_arrests_by_an_actor(extractor: Extractor) -> None:
    got = perps(extractor, "The monitor recorded 214 arrests by Ruvenian police in April, including 17 children.")
    assert got[214] == "Ruvenian police" and got[17] == "Ruvenian police", got


def test_whoever_arrested_the_figure(extractor: Extractor) -> None:
    got = perps(extractor, "Gunmen shot dead a teacher in Osk in May; district prosecutors later arrested three "
                           "suspects.")
    assert got[3] == "district prosecutors", got


def test_members_of_a_force_named_by_role_as_the_doer(extractor: Extractor) -> None:
    got = perps(extractor, "The national police said officers killed six gang members in a raid near Tarvo on "
                           "Wednesday.")
    assert got[6] == "officers", got
    assert perps(extractor, "Six officers were killed in an ambush near Tarvo on Wednesday.")[6] is None


def test_actor_blamed_in_a_participle_read_as_the_statement_s_complement(extractor: Extractor) -> None:
    # "Five officers were killed when their truck struck a mine, police said, blaming Kavan militants.", with
    # "blaming" read as a complement of "said"
    doc = parsed(extractor, [
        ("Five", "five", "NUM", "nummod", 1), ("officers", "officer", "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3), ("killed", "kill", "VERB", "ccomp", 12), ("when", "when", "SCONJ", "advmod", 7),
        ("their", "their", "PRON", "poss", 6), ("truck", "truck", "NOUN", "nsubj", 7),
        ("struck", "strike", "VERB", "advcl", 3), ("a", "a", "DET", "det", 9), ("mine", "mine", "NOUN", "dobj", 7),
        (",", ",", "PUNCT", "punct", 12), ("police", "police", "NOUN", "nsubj", 12), ("said", "say", "VERB", "ROOT", 12),
        (",", ",", "PUNCT", "punct", 12), ("blaming", "blame", "VERB", "xcomp", 12),
        ("Kavan", "Kavan", "PROPN", "compound", 16), ("militants", "militant", "NOUN", "dobj", 14),
        (".", ".", "PUNCT", "punct", 12)])
    assert perpetrator(doc[3], doc, doc[1]) == ("Kavan militants", "accused")


def test_the_doer_of_the_attacks_a_named_attack_is_one_of(extractor: Extractor) -> None:
    got = perps(extractor, "The Tesh Front, which is based in the hills, operates mainly in the north but has carried "
                           "out attacks in the south, including a 2022 raid on a market in Osk in which dozens of "
                           "traders were killed.")
    assert got[None] == "The Tesh Front", got


def test_men_plural_read_as_a_name(extractor: Extractor) -> None:
    # "14 people were killed in an attack by Odeko militiamen.", with "militiamen" read as a name
    doc = parsed(extractor, [
        ("14", "14", "NUM", "nummod", 1), ("people", "people", "NOUN", "nsubjpass", 3), ("were", "be", "AUX", "auxpass", 3),
        ("killed", "kill", "VERB", "ROOT", 3), ("in", "in", "ADP", "prep", 3), ("an", "an", "DET", "det", 6),
        ("attack", "attack", "NOUN", "pobj", 4), ("by", "by", "ADP", "prep", 6),
        ("Odeko", "Odeko", "PROPN", "compound", 9), ("militiamen", "militiamen", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 3)])
    assert perpetrator(doc[3], doc, doc[1])[0] == "Odeko militiamen"


def test_relatives_among_those_killed_when_an_actor_attacked(extractor: Extractor) -> None:
    got = perps(extractor, "She has also taken in two nieces, aged six and nine, whose parents were among the dozens "
                           "of people killed when bandits attacked the cattle market in Dasso in 2022.")
    assert got[2] == "bandits", got


def test_a_share_of_the_victims_is_no_actor(extractor: Extractor) -> None:
    got = perps(extractor, "Relatives told reporters that three more guests, all of them young men, have been missing "
                           "since the attack.")
    assert got[3] is None, got


def test_an_alleged_harm_is_accused(extractor: Extractor) -> None:
    got = stances(extractor, "Village elders alleged that three of the dead had been shot by members of the border "
                             "guard.")
    assert got[3] == "accused", got


# --- verification ----------------------------------------------------------------------------------------

def test_denied_the_allegation_right_after_the_figure(extractor: Extractor) -> None:
    got = verifs(extractor, "Village elders alleged that three of the dead had been shot by members of the border "
                            "guard. The army denied the allegation in a statement on Thursday.")
    assert got[3] == "disputed", got


def test_denied_an_allegation_that_states_no_figure(extractor: Extractor) -> None:
    got = verifs(extractor, "Four fishermen are missing, relatives said. Elders alleged that the Tesh Front was "
                            "behind the raid. The group denied the allegation.")
    assert got[4] == "unknown", got


def test_rejected_the_official_count_saying_a_higher_one(extractor: Extractor) -> None:
    got = verifs(extractor, "According to figures tabled by the provincial government, 140 people have been killed "
                            "since March. The Osk Forum has rejected the official count as an undercount, saying more "
                            "than 90 members of the Osk community alone have been killed.")
    assert got[140] == "disputed", got
    assert got[90] == "unknown", got


def test_a_figure_the_report_calls_incomplete(extractor: Extractor) -> None:
    got = verifs(extractor, "Bandits killed at least 19 people in Dasso, the mayor said. An earlier toll of 8 given by "
                            "the district office on Monday morning was incomplete because rescuers had not reached "
                            "the village, he said.")
    assert got[8] == "disputed", got
    assert got[19] == "unknown", got


def test_a_figure_its_author_says_wrongly_included_people(extractor: Extractor) -> None:
    got = verifs(extractor, "The district governor said last week that 52 people had been killed in the floods. On "
                            "Tuesday he said that figure had wrongly included people who later turned up alive.")
    assert got[52] == "disputed", got


def test_rather_than_the_figure_initially_reported(extractor: Extractor) -> None:
    got = verifs(extractor, "Officials lowered the death toll from the flooding, saying 17 people had died rather than "
                            "the 30 initially reported.")
    assert got[30] == "disputed", got
    assert got[17] == "unknown", got


def test_everyone_accounted_for_after_a_missing_figure(extractor: Extractor) -> None:
    got = verifs(extractor, "Relatives said five guests have been missing since the attack. Police said everyone at "
                            "the wedding had been accounted for.")
    assert got[5] == "disputed", got


def test_could_not_confirm_the_toll_names_the_figure_just_stated(extractor: Extractor) -> None:
    text = ("Gunmen killed 14 villagers in Dasso, the governor said. Another 6 were injured, he said.\n\n"
            "A rights group said its members had counted 30 bodies. Demo Wire could not independently confirm the "
            "group's figure.")
    got = verifs(extractor, text)
    assert got[30] == "unverified", got
    assert got[14] == "unknown" and got[6] == "unknown", got
