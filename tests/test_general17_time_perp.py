"""Time and perpetrators, round 17. Every sentence, name and place here is invented (places may be real).

Perpetrators: a figure whose sentence goes on about an event told just before ("The attack left 14 dead", "They
killed 20 soldiers", "At least 17 civilians were killed, the army said") takes the actor the sentences before
name as doing the attack; a sentence that tells another event ("in a separate attack", "an earlier raid") takes
none, nor does a figure of the attackers themselves. Victims of one side of a fight "between A and B" were harmed
by the other side; whoever "denied responsibility for" or "involvement in" the harm is named as its actor (denied).
A demonym the tagger typed as a place ("Ukrainian drones") and a "Province" of a named State are actors' words. An
attack "claimed by X" is X's act (stance claimed), not X's statement of the figure (no source). A headline's list
of harms ("Three killed, five wounded in X strike") shares the cause after it.

Time: a figure in a clause joined by "and" to one with its own day ("died on Saturday and another three succumbed
on Sunday") takes the day its own clause sets, not the nearer day of the clause before.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from test_extract_source_general3 import one
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Report


def run(ex: Extractor, text: str, published: date = date(2025, 2, 23)) -> list[Claim]:
    return ex.extract(Report(id="t", text=text, published=published))


def perp_of(ex: Extractor, text: str, value: int) -> str | None:
    p = one(run(ex, text), value).perpetrator
    return p.text if p else None


def test_a_definite_event_told_just_before_keeps_its_actor(extractor: Extractor) -> None:
    assert perp_of(extractor, "Gunmen stormed a church in Kessa on Sunday. The attack left 14 worshippers dead.",
                   14) == "Gunmen"
    assert perp_of(extractor, "A drone launched by the Tesh Front struck a market in Kessa on Saturday. The strike "
                              "killed four people and wounded 11.", 11) == "the Tesh Front"
    assert perp_of(extractor, "The Orvan Brigade attacked an army base on Friday. Eleven soldiers died in the "
                              "assault.", 11) == "The Orvan Brigade"


def test_a_pronoun_doer_stands_for_the_attacker_told_before(extractor: Extractor) -> None:
    assert perp_of(extractor, "ISWAP fighters stormed a base in Borno. They killed 20 soldiers and seized weapons.",
                   20) == "ISWAP fighters"


def test_a_bare_toll_after_the_attack_is_that_attacks(extractor: Extractor) -> None:
    text = ("Suspected ADF rebels raided the village of Mbau overnight. At least 17 civilians were killed, the "
            "army said.")
    assert perp_of(extractor, text, 17) == "Suspected ADF rebels"
    text = "Varnian forces shelled the town of Kessa on Friday. Six civilians were killed and nine wounded."
    assert perp_of(extractor, text, 9) == "Varnian forces"


def test_another_event_takes_no_actor_from_the_one_before(extractor: Extractor) -> None:
    text = ("Gunmen stormed a church in Kessa on Sunday. The attack left 14 worshippers dead. In a separate "
            "attack, six farmers were killed near Orvan.")
    assert perp_of(extractor, text, 14) == "Gunmen"
    assert perp_of(extractor, text, 6) is None
    text = ("Gunmen stormed a church in Kessa on Sunday. The attack left 14 worshippers dead. Ten people were "
            "also killed in an earlier raid on the hamlet of Tesh.")
    assert perp_of(extractor, text, 14) == "Gunmen"
    assert perp_of(extractor, text, 10) is None


def test_the_attackers_killed_take_no_actor_of_their_own_side(extractor: Extractor) -> None:
    text = ("Militants attacked an army post in Kessa on Friday. Four soldiers were killed, the army said. Twelve "
            "militants were killed in the fighting.")
    assert perp_of(extractor, text, 4) == "Militants"
    assert perp_of(extractor, text, 12) is None


def test_the_other_side_of_a_fight_between_two_named_sides(extractor: Extractor) -> None:
    assert perp_of(extractor, "Ten soldiers died in clashes between the army and the Tesh Front.", 10) == (
        "the Tesh Front")
    assert perp_of(extractor, "Eight militants were killed in fighting between police and the Orvan Brigade in "
                              "Kessa.", 8) == "police"
    assert perp_of(extractor, "Ten civilians were killed in crossfire between the army and rebels.", 10) is None


def test_a_denial_of_a_part_in_the_harm_names_the_denier(extractor: Extractor) -> None:
    claim = one(run(extractor, "The Tesh Front denied responsibility for the bombing that killed seven people."), 7)
    assert claim.perpetrator is not None and claim.perpetrator.text == "The Tesh Front"
    assert claim.perpetrator.stance == "denied"
    assert perp_of(extractor, "The army denied involvement in the deaths of 11 protesters.", 11) == "The army"


def test_a_demonym_typed_as_a_place_names_the_doer(extractor: Extractor) -> None:
    assert perp_of(extractor, "Ukrainian drones killed five civilians in Belgorod, the governor said.", 5) == (
        "Ukrainian drones")


def test_a_province_of_a_named_state_is_a_group(extractor: Extractor) -> None:
    assert perp_of(extractor, "Twelve soldiers died in an attack claimed by the Islamic State Sahel Province.",
                   12) is not None
    assert perp_of(extractor, "Gunmen killed 14 farmers in Kessa Province on Friday.", 14) == "Gunmen"


def test_an_attack_claimed_by_a_group_is_its_act_not_its_statement(extractor: Extractor) -> None:
    claim = one(run(extractor, "Eighteen people died in a car bomb attack claimed by the Tesh Front."), 18)
    assert claim.source is None
    assert claim.perpetrator is not None and claim.perpetrator.stance == "claimed"
    assert claim.perpetrator.text == "the Tesh Front"


def days(ex: Extractor, text: str, value: int, published: date = date(2025, 6, 2)) -> tuple[str, str] | None:
    t = one(run(ex, text, published), value).time
    return (str(t.start), str(t.end)) if t is not None else None


def test_a_later_clause_keeps_its_own_day(extractor: Extractor) -> None:
    text = "Four people died on Saturday and another three succumbed to their wounds on Sunday."
    assert days(extractor, text, 4) == ("2025-05-31", "2025-05-31")
    assert days(extractor, text, 3) == ("2025-06-01", "2025-06-01")
    text = "Gunmen killed four people on Saturday and abducted 10 others on Sunday."
    assert days(extractor, text, 10) == ("2025-06-01", "2025-06-01")
    # a day that opens the sentence is both clauses'
    text = "On Saturday, four people were killed and three were injured in the attack."
    assert days(extractor, text, 3) == ("2025-05-31", "2025-05-31")


def test_a_list_of_harms_shares_the_cause_after_it(extractor: Extractor) -> None:
    assert perp_of(extractor, "Three killed, five wounded in Varnian strike on Kessa", 3) == "Varnian strike"


def test_only_sentences_that_may_tell_an_attack_are_parsed_for_their_actor() -> None:
    """The sentences before a figure are parsed for the attack they tell only where the figure's sentence goes
    on about an event and they hold a word of an attack at all (a fast text test keeps the extra parsing small)."""
    from vigil.extract.figures import SentenceFigures
    from vigil.extract.perp_context import Scene, scene_requests
    from vigil.extract.sentences import split_sentences

    text = ("The market opened early on Sunday. Gunmen stormed the hall at noon. The mayor spoke to reporters. "
            "The attack left 14 people dead.")
    sents = split_sentences(text)
    assert len(sents) == 4
    figs = SentenceFigures(figures=[SimpleNamespace(perpetrator=None)], attribution=None)  # type: ignore[list-item]
    # the figure's sentence (3) goes on about an event: of the two before it, only the one telling an attack
    assert scene_requests(sents, {3: figs}, {3: Scene(None, refers=True)}, 2000) == [1]
    # a figure with an actor of its own wants none; one whose actor is a pronoun (resolved later) does
    own = SentenceFigures(figures=[SimpleNamespace(perpetrator="Militants")], attribution=None)  # type: ignore[list-item]
    assert scene_requests(sents, {3: own}, {3: Scene(None, refers=True)}, 2000) == []
    they = SentenceFigures(figures=[SimpleNamespace(perpetrator="they")], attribution=None)  # type: ignore[list-item]
    assert scene_requests(sents, {3: they}, {3: Scene(None, refers=True)}, 2000) == [1]
    # a figure's sentence that tells a new event wants none
    assert scene_requests(sents, {3: figs}, {3: Scene(None, refers=False)}, 2000) == []
