"""Verification and parts, round 19. Every sentence, name and place here is invented (places may be real).

Which figures a statement that they could not be verified, were denied or confirmed reaches (one figure, the
two accounts just told, the account its paragraph told, every figure), and the parts of totals told in breakdowns,
by severity, by place and across sentences.
"""

from __future__ import annotations

from datetime import date

from test_extract_source_general3 import one
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str, published: date = date(2026, 3, 14)) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=published))


def ver(claims: list[Claim], value: int) -> str:
    return one(claims, value).verification


def test_the_reports_figures_in_general_stay_unverified(extractor: Extractor) -> None:
    c = run(extractor, "The health ministry said 17 people were killed and 45 injured in strikes on Saturday. A rescue "
                       "official said three more bodies were pulled from rubble. Vigil Wire could not independently "
                       "verify the casualty figures.")
    assert (ver(c, 17), ver(c, 45), ver(c, 3)) == ("unverified", "unverified", "unverified")


def test_the_figure_beside_its_own_figure_is_that_figure_only(extractor: Extractor) -> None:
    c = run(extractor, "Six people were killed in Baidoa, police said. The militants said they killed 18 soldiers in "
                       "the attack, though the figure could not be independently confirmed.")
    assert (ver(c, 6), ver(c, 18)) == ("unknown", "unverified")
    c = run(extractor, "Twelve police officers were wounded in the riots in Dhaka on Friday, officials said. Students "
                       "said 40 protesters had been killed, but the toll could not be verified.")
    assert (ver(c, 12), ver(c, 40)) == ("unknown", "unverified")
    c = run(extractor, "Eighty people were killed in Sunday's fighting, the ministry said. Rebels said they had lost "
                       "seven men, and Vigil Wire could not verify the casualty figures given by either side.")
    assert (ver(c, 80), ver(c, 7)) == ("unverified", "unverified")


def test_of_them_naming_a_group_of_its_own_sentence_is_no_part(extractor: Extractor) -> None:
    c = run(extractor, "Fourteen people were wounded in the attack. Soldiers pursued the attackers and killed five of them.")
    assert one(c, 5).part_of is None
    c = run(extractor, "Nine villagers were abducted in Tsafe on Sunday. Vigilantes later caught up with the kidnappers "
                       "and killed three of them.")
    assert one(c, 3).part_of is None
    c = run(extractor, "Twelve soldiers were wounded when militants stormed the base in Diffa. The army said it tracked "
                       "down the assailants and shot six of them dead.")
    assert one(c, 6).part_of is None
    c = run(extractor, "Eight farmers were abducted near Kaura on Monday. The kidnappers later killed two of them.")
    assert one(c, 2).part_of == one(c, 8).id
    c = run(extractor, "Eight farmers were abducted near Kaura on Monday. Two of them were later killed by their captors.")
    assert one(c, 2).part_of == one(c, 8).id


def test_a_denied_allegation_answered_with_the_deniers_own_figure(extractor: Extractor) -> None:
    c = run(extractor, "Activists said government troops killed 31 civilians in Tamou on Sunday. The army denied the "
                       "allegation, saying four militants died in an exchange of fire.")
    assert (ver(c, 31), ver(c, 4)) == ("disputed", "unknown")
    c = run(extractor, "A rights group said security forces killed 45 protesters in the capital last week. The "
                       "government rejected the accusation and said 12 people died in the unrest.")
    assert (ver(c, 45), ver(c, 12)) == ("disputed", "unknown")


def test_only_n_from_another_source_answers_the_toll_just_before(extractor: Extractor) -> None:
    c = run(extractor, "Activists said troops killed 31 civilians in Tamou on Sunday.\n\nThe army said only four "
                       "people died, all of them militants.")
    assert (ver(c, 31), ver(c, 4)) == ("disputed", "unknown")
    c = run(extractor, "Residents said 12 people were killed when police opened fire on protesters in Kisumu on Tuesday. "
                       "A police spokesman said only two people died.")
    assert ver(c, 12) == "disputed"
    c = run(extractor, "Local officials said 50 civilians were killed in the strikes on Monday. The UN said it had been "
                       "able to verify only 20 of the deaths.")
    assert ver(c, 50) == "unknown"


def test_a_time_named_by_a_preposition_is_no_rate(extractor: Extractor) -> None:
    c = run(extractor, "Gunmen killed at least 14 people in a night raid on Gora village.")
    assert one(c, 14).outcome == "killed"
    c = run(extractor, "Bandits abducted 30 passengers in a night attack on the highway near Birnin Gwari.")
    assert one(c, 30).outcome == "abducted"
    assert not run(extractor, "One child is killed every two hours, the agency said.")


def test_an_account_rejected_in_a_paragraph_of_its_own_reaches_back_over_the_accounts_paragraphs(
        extractor: Extractor) -> None:
    c = run(extractor, "The Russian-installed administration said a Ukrainian strike on a market in Vasylivka killed "
                       "seven people and wounded 19 on Wednesday.\n\n\"Among the dead are two children,\" the governor "
                       "wrote on Telegram.\n\nThe Ukrainian military rejected the account. It said its forces had hit "
                       "an ammunition depot.")
    assert (ver(c, 7), ver(c, 19), ver(c, 2)) == ("disputed", "disputed", "disputed")
    c = run(extractor, "Occupation officials said a Ukrainian drone killed three people in Kakhovka on Wednesday and "
                       "wounded eight.\n\nA state news agency, citing rescuers, put the toll at four dead.\n\nKyiv "
                       "rejected the account.")
    assert (ver(c, 3), ver(c, 8), ver(c, 4)) == ("disputed", "disputed", "disputed")
    c = run(extractor, "Five people drowned in floods in Mopti last month, officials said.\n\nWitnesses said soldiers "
                       "executed 40 men in the village of Diallassagou on Friday.\n\nThe army rejected the account.")
    assert (ver(c, 5), ver(c, 40)) == ("unknown", "disputed")


def test_either_or_neither_figure_means_the_two_accounts_just_told(extractor: Extractor) -> None:
    c = run(extractor, "At least 42 civilians were killed in the attack on Bourzanga on Tuesday, local sources said.\n\n"
                       "The government said 20 soldiers died repelling the assault. The jihadist group said its fighters "
                       "killed 57 soldiers. Vigil Wire is not in a position to verify either of these figures.")
    assert (ver(c, 42), ver(c, 20), ver(c, 57)) == ("unknown", "unverified", "unverified")
    c = run(extractor, "Twelve civilians were wounded in the shelling of Kupiansk, regional officials said.\n\nRussia's "
                       "defence ministry said it killed 300 Ukrainian soldiers in the area. Kyiv said 45 Russian troops "
                       "died. Neither figure could be verified.")
    assert (ver(c, 12), ver(c, 300), ver(c, 45)) == ("unknown", "unverified", "unverified")


def test_verification_impossible_naming_nothing_is_about_the_account_just_told(extractor: Extractor) -> None:
    c = run(extractor, "The ministry said 32 militants were killed in the operation near Tera.\n\nResidents said at least "
                       "five herders were killed during the fighting. Independent verification is impossible in the "
                       "area, to which access is restricted.")
    assert (ver(c, 32), ver(c, 5)) == ("unknown", "unverified")
    c = run(extractor, "The ministry said 32 militants were killed in the operation near Tera. Residents said five herders "
                       "died.\n\nIndependent verification is impossible in the area.")
    assert (ver(c, 32), ver(c, 5)) == ("unverified", "unverified")


def test_a_count_with_only_a_severity_adverb_is_a_part_of_the_wounded(extractor: Extractor) -> None:
    c = run(extractor, "Thirty people were wounded, eight seriously, when the grenade exploded in the market in Bujumbura.")
    assert one(c, 8).part_of == one(c, 30).id
    c = run(extractor, "Nineteen passengers were injured, four severely, in the crash on the Nairobi-Mombasa highway.")
    assert one(c, 4).part_of == one(c, 19).id
    c = run(extractor, "The attack killed 12 people and wounded 40, six seriously.")
    assert one(c, 6).part_of == one(c, 40).id


def test_the_taken_still_held_are_a_part_of_the_abducted(extractor: Extractor) -> None:
    c = run(extractor, "Twenty-six people were abducted from the village. Police freed eight of the hostages on Tuesday, "
                       "and the remaining 18 are still held.")
    assert one(c, 18).part_of == one(c, 26).id
    c = run(extractor, "Gunmen abducted 16 passengers from a bus on Tuesday, police said.\n\nThe bus had left at dawn and "
                       "was stopped near a bridge, where the driver was forced out at gunpoint and the passengers were "
                       "marched into the forest, witnesses said.\n\nTroops freed seven of them in a rescue operation, "
                       "while nine were still being held on Wednesday.")
    assert one(c, 9).part_of == one(c, 16).id


def test_an_official_confirming_the_toll_just_told_verifies_it(extractor: Extractor) -> None:
    c = run(extractor, "Police said 30 people were killed in the raid. The governor confirmed the toll.")
    assert ver(c, 30) == "verified"
    c = run(extractor, "Six soldiers were killed and two wounded, a military source said. The army later confirmed the "
                       "figures.")
    assert (ver(c, 6), ver(c, 2)) == ("verified", "verified")
    c = run(extractor, "Police said 14 people were killed in the raid. Residents confirmed the toll.")
    assert ver(c, 14) == "unknown"
    c = run(extractor, "Gunmen killed 14 people in the raid, residents said. Police confirmed the attack.")
    assert ver(c, 14) == "unknown"


def test_figures_told_place_by_place_after_a_total_over_several_places_are_its_parts(extractor: Extractor) -> None:
    c = run(extractor, "Gunmen killed two people and abducted five in attacks on two villages in Borno on Sunday night.\n\n"
                       "In Mafa village, one person was killed and three were abducted, a vigilante said.")
    assert one(c, 1).part_of == one(c, 2).id and one(c, 3).part_of == one(c, 5).id
    c = run(extractor, "Gunmen killed 12 people in attacks on three villages in Zamfara on Sunday. In Kwari, five people "
                       "were shot dead. In the village of Dan Isa, four people died.")
    assert one(c, 5).part_of == one(c, 12).id and one(c, 4).part_of == one(c, 12).id
    c = run(extractor, "Gunmen killed 12 people in attacks on three villages in Zamfara on Sunday. In Katsina, bandits "
                       "killed four people on Sunday.")
    assert one(c, 4).part_of is None
    c = run(extractor, "Gunmen killed 12 people in attacks on three villages in Zamfara on Sunday. In Gusau, a separate "
                       "attack killed two people.")
    assert one(c, 2).part_of is None


def test_confirmation_was_not_possible_is_unverified(extractor: Extractor) -> None:
    c = run(extractor, "Rebels said they killed 40 soldiers. Independent confirmation was not possible.")
    assert ver(c, 40) == "unverified"


def test_a_bare_denial_of_what_was_just_said_disputes_it(extractor: Extractor) -> None:
    for denial in ("The army denied this.", "The army has denied that.", "The army denied any losses.",
                   "The defence ministry said the claim was \"a lie\"."):
        c = run(extractor, "Police said 12 civilians died in the crossfire in Gao. Rebels said they killed 40 soldiers. "
                           + denial)
        assert (ver(c, 12), ver(c, 40)) == ("unknown", "disputed"), denial


def test_including_hung_on_the_homes_people_fled_is_a_part_of_the_people(extractor: Extractor) -> None:
    c = run(extractor, "More than 12,000 people have fled their homes, including 3,000 children, the UN said.")
    assert one(c, 3000).part_of == one(c, 12000).id
    c = run(extractor, "Some 900 families were forced from their villages, including 40 headed by widows.")
    assert one(c, 40).part_of == one(c, 900).id


def test_the_killed_and_injured_that_add_up_to_a_casualty_total_are_its_parts(extractor: Extractor) -> None:
    c = run(extractor, "The blast caused 42 casualties. Twelve people were killed and 30 were injured, the ministry said.")
    assert one(c, 12).part_of == one(c, 42).id and one(c, 30).part_of == one(c, 42).id


def test_n_of_the_named_group_is_a_part_of_that_groups_figure(extractor: Extractor) -> None:
    c = run(extractor, "Twenty people were injured, including nine children. Three of the children were in critical "
                       "condition.")
    assert one(c, 3).part_of == one(c, 9).id
    c = run(extractor, "Twenty people were injured, including nine children. Two of the children later died in hospital.")
    assert one(c, 2).part_of == one(c, 9).id
    c = run(extractor, "Gunmen killed 30 villagers. Three of the attackers were killed by vigilantes.")
    assert one(c, 3).part_of is None


def test_a_province_told_after_strikes_over_a_region_is_a_part(extractor: Extractor) -> None:
    c = run(extractor, "Twenty-two people died on Tuesday in drone strikes in north-western Syria, a war monitor "
                       "reported.\n\nMost of the victims were at a fuel market near Ariha, it added.\n\nIn the south of "
                       "Hama province, four villagers including a woman died in shelling, the monitor reported.")
    assert one(c, 4).part_of == one(c, 22).id


def test_a_note_on_this_reports_figures_before_them_covers_them_all(extractor: Extractor) -> None:
    c = run(extractor, "Editor's note: Casualty figures in this report come from the warring parties and could not be "
                       "independently verified.\n\nThe army said it killed 45 fighters. The rebels said 20 soldiers died.")
    assert (ver(c, 45), ver(c, 20)) == ("unverified", "unverified")


def test_a_count_with_its_part_listed_among_them_is_no_doer(extractor: Extractor) -> None:
    c = run(extractor, "The army reported 6 soldiers killed, 11 wounded, among them 3 seriously, and 2 missing.")
    assert one(c, 11).outcome == "injured"
    assert one(c, 3).part_of == one(c, 11).id
