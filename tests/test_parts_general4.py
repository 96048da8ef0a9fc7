"""Parts of totals, fourth round: general kinds that went wrong on text the extractor was not tuned on.

- a group named by its harm alone ("the dead", "the victims", "those killed") points at the report's figure
  of that harm, not at a smaller increment stated after it ("three more bodies");
- a figure in a relative clause of a listed part ("including 23 children, five of whom ...") is part of
  that listed group, and takes its category;
- severity subsets of the injured in hospital or in a grave state, also vague ones ("several");
- a breakdown that comes within rounding of a round total, a little over it as well as under it;
- a total of a subset ("six children") does not break down into figures of other people;
- a part takes its total's category where its own words name none, across sentences too.

Negative cases: a smaller day's toll within a running total is not a part; a hospitalised figure with
no larger injured figure; a sum over an exact total; adults after a total of children.

Every sentence here is invented (places, names and figures), written to show one general kind.
"""

from __future__ import annotations

import pytest

from test_extract_parts_general3 import ex, run
from vigil.extract.breakdowns import inherit_categories
from vigil.extract.pipeline import Extractor
from vigil.models import Claim, Count, Evidence, Victims

__all__ = ["ex"]        # the fixture, shared with the third round's tests


def one(claims: list[Claim], value: int | None, outcome: str, text: str | None = None) -> Claim:
    found = [c for c in claims if c.count.value == value and c.outcome == outcome
             and (text is None or text in c.count.text)]
    assert len(found) == 1, [(c.count.text, c.outcome, c.count.value) for c in claims]
    return found[0]


# --- "the dead", "the victims": the report's figure, not an increment after it ----------------------------

@pytest.mark.parametrize("text", [
    ("The death toll from Monday's drone strike on a market in Velora has risen to 22, the governor said on "
     "Tuesday. Rescuers recovered three more bodies overnight. Among the dead are four children, he said."),
    ("Officials in Marnet said 35 people were killed when the dam burst. Another two bodies were pulled from "
     "the river on Sunday. The victims included 11 children, the mayor said."),
    ("At least 48 people died in the fire at the Orsa textile plant, the fire service said. Four more workers "
     "died of their burns in hospital overnight. Those killed included nine women, it said."),
])
def test_harm_group_points_past_an_increment(ex: Extractor, text: str) -> None:
    claims = run(ex, text)
    total = max((c for c in claims if c.outcome == "killed"), key=lambda c: c.count.value or 0)
    parts = [c for c in claims if c.outcome == "killed" and c.count.value in (4, 9, 11)
             and c.count.text.lower() not in ("four more",)]
    part = next(c for c in parts if c.victims.demographic)
    assert part.part_of == total.id


def test_a_days_toll_within_a_running_total_is_not_a_part(ex: Extractor) -> None:
    for text in ("Clashes in the border district have killed 140 people since January, the monitor said. "
                 "On Sunday, 12 people were killed in Selo, it added.",
                 "Fighting around Kumba has killed more than 300 people this year. Gunmen killed 17 villagers "
                 "in Bafo on Friday, residents said."):
        claims = run(ex, text)
        assert all(c.part_of is None for c in claims), [(c.count.text, c.part_of) for c in claims]


# --- a relative clause of a listed part ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "group", "sub"), [
    ("The clinic said it had treated 61 wounded people since Monday, including 23 children, five of whom "
     "were in critical condition.", 23, 5),
    ("Rescuers said 70 passengers were injured in the derailment, including 16 schoolchildren, four of whom "
     "remain in a serious condition.", 16, 4),
])
def test_relative_clause_of_a_listed_part(ex: Extractor, text: str, group: int, sub: int) -> None:
    claims = run(ex, text)
    listed = one(claims, group, "injured")
    part = one(claims, sub, "injured")
    assert part.part_of == listed.id
    assert part.victims.category == "civilians"       # children, so the part of them too


# --- severity subsets of the injured ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "total", "sub"), [
    ("Fifty-eight people were injured in the blast, including nine children; 21 remain in hospital.", 58, 21),
    ("At least 40 people were wounded when the bus overturned near Kilo. Police said 12 passengers were "
     "hospitalised.", 40, 12),
    ("Some 35 people were hurt in the stampede, officials said. Fourteen were in a grave state.", 35, 14),
])
def test_hospital_and_grave_subsets_of_the_injured(ex: Extractor, text: str, total: int, sub: int) -> None:
    claims = run(ex, text)
    assert one(claims, sub, "injured").part_of == one(claims, total, "injured").id


def test_vague_severity_subset(ex: Extractor) -> None:
    claims = run(ex, "Some 35 people were hurt in the clashes, officials said. Several were in a grave state.")
    vague = next(c for c in claims if c.outcome == "injured" and c.count.value is None)
    assert vague.part_of == one(claims, 35, "injured").id


def test_hospitalised_figure_with_no_larger_injured_figure_is_no_part(ex: Extractor) -> None:
    claims = run(ex, "Eight people were hospitalised after the gas leak in Tarn, the fire service said.")
    assert all(c.part_of is None for c in claims)


# --- a breakdown of a round total --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Around forty soldiers were killed in the ambush near Gao on Saturday. The provisional toll is as "
     "follows: 23 soldiers and 18 gendarmes killed, a security source said."),
    ("About 60 villagers died in the raids on Sunday, the governor said. Rescuers later found 41 bodies in "
     "Dali and 21 in Mora."),
])
def test_breakdown_a_little_over_a_round_total(ex: Extractor, text: str) -> None:
    claims = run(ex, text)
    total = max((c for c in claims if c.outcome == "killed"), key=lambda c: c.count.value or 0)
    parts = [c for c in claims if c.outcome == "killed" and c is not total]
    assert len(parts) == 2 and all(p.part_of == total.id for p in parts), [(c.count.text, c.part_of) for c in claims]


def test_breakdown_over_an_exact_total_is_no_breakdown(ex: Extractor) -> None:
    claims = run(ex, "Exactly 40 soldiers were killed in the ambush near Gao on Saturday. Rescuers later found "
                     "23 bodies in Gao and 18 in Tessit.")
    assert all(c.part_of is None for c in claims), [(c.count.text, c.part_of) for c in claims]


# --- a total of a subset ------------------------------------------------------------------------------------

def test_total_of_children_does_not_take_adults_as_parts(ex: Extractor) -> None:
    for text in ("Twenty civilians, including six children, were killed in air strikes on Friday, a monitor "
                 "said. Later that day a farmer and his wife died in Tal Ruz. Four civilians died in Kafr "
                 "Sim, it said.",
                 "Thirty people, among them five women, died in the floods, officials said. A fisherman and "
                 "his son drowned in Lomo. Three farmers died in Ubi."):
        claims = run(ex, text)
        sub = next(c for c in claims if c.victims.demographic and (c.count.value or 0) > 4)
        assert not any(c.part_of == sub.id for c in claims), [(c.count.text, c.part_of) for c in claims]


# --- the category a part inherits -------------------------------------------------------------------------

def _claim(cid: str, value: int, category: str, part_of: str | None = None) -> Claim:
    return Claim(id=cid, outcome="killed", count=Count(value=value, low=value, high=value, qualifier="exact",
                                                       text=str(value)),
                 victims=Victims(category=category, text="x"), evidence=Evidence("x", 0, 1),  # type: ignore[arg-type]
                 part_of=part_of)


def test_part_without_status_inherits_through_a_chain() -> None:
    # "54 civilians, including 19 women, six of whom ...": the six are civilians through the women
    claims = [_claim("a", 54, "civilians"), _claim("b", 19, "people", "a"), _claim("c", 6, "people", "b")]
    inherit_categories(claims)
    assert [c.victims.category for c in claims] == ["civilians", "civilians", "civilians"]


def test_part_naming_its_own_status_keeps_it() -> None:
    # "over 1,000 people, including 125 security personnel": the part names its own
    claims = [_claim("a", 1000, "people"), _claim("b", 125, "state_forces", "a"), _claim("c", 40, "people", "a")]
    inherit_categories(claims)
    assert [c.victims.category for c in claims] == ["people", "state_forces", "people"]


def test_parts_of_a_civilian_total_are_civilians(ex: Extractor) -> None:
    for text in ("Militia fighters killed 30 civilians in Ardo on Friday, the mayor said. Of the dead, 14 were "
                 "women.",
                 "Shelling killed 26 civilians in the old town of Keru, the monitor said. The victims included "
                 "nine women and four men."):
        claims = run(ex, text)
        women = next(c for c in claims if c.victims.demographic == ["women"])
        assert women.part_of is not None
        assert women.victims.category == "civilians"


@pytest.mark.parametrize(("text", "actor"), [
    ("A missile strike on a camp in Marib killed eight people, including three children, on Thursday, the "
     "government said, blaming Kavor rebels for the strike.", "Kavor rebels"),
    ("Attacks by Tesh separatists killed at least 320 people in the province last year, of whom 190 were "
     "policemen, according to a research centre.", "Tesh separatists"),
])
def test_a_part_takes_the_actor_of_its_total_in_the_same_sentence(ex: Extractor, text: str, actor: str) -> None:
    claims = run(ex, text)
    part = next(c for c in claims if c.part_of)
    assert part.perpetrator is not None and actor in part.perpetrator.text, [(c.count.text, c.perpetrator) for c in claims]


def test_a_part_in_a_later_sentence_takes_the_actor_of_the_attack_told_before(ex: Extractor) -> None:
    # (round 17: the account goes on about the attack the sentence before told)
    claims = run(ex, "Gunmen from the Tesh Front killed 12 villagers in Kanu on Monday. Among the dead were "
                     "four children, relatives said.")
    part = next(c for c in claims if c.count.value == 4)
    assert part.part_of is not None and part.perpetrator is not None


def test_a_part_with_no_days_of_its_own_takes_its_totals(ex: Extractor) -> None:
    claims = run(ex, "On Friday afternoon a bomb hit a factory in Kaltor. Nine people were injured, two of them were "
                     "hospitalised in serious condition.")
    total = next(c for c in claims if c.count.value == 9)
    part = next(c for c in claims if c.count.value == 2)
    assert part.part_of == total.id and total.time is not None and part.time is not None
    assert (part.time.start, part.time.end) == (total.time.start, total.time.end)


@pytest.mark.parametrize(("headline", "body", "start"), [
    ("Toll since 2022 rises to 1,214", "Since 24 February 2022, attacks have killed 1,214 residents of the region.",
     "2022-02-24"),
    ("Toll since March rises to 310", "Since 3 March, attacks have killed 310 residents of the region.", "2026-03-03"),
])
def test_a_repeated_figure_keeps_the_finer_of_two_open_spans(ex: Extractor, headline: str, body: str,
                                                              start: str) -> None:
    claims = run(ex, f"{headline}\n\n{body}")
    assert len(claims) == 1 and claims[0].time is not None and str(claims[0].time.start) == start, claims


@pytest.mark.parametrize("text", [
    "Glide bombs struck Sumy overnight, killing seven people, among them a 12-year-old girl, and wounding 46, "
    "officials said.",
    "Drones hit Kaltor on Sunday, killing five people, including a pregnant woman, and injuring 20, police said.",
])
def test_a_person_listed_on_the_harm_verb_before_another_harm_is_a_part(ex: Extractor, text: str) -> None:
    claims = run(ex, text)
    total = next(c for c in claims if c.outcome == "killed" and (c.count.value or 0) > 1)
    single = [c for c in claims if c.count.value == 1]
    assert len(single) == 1 and single[0].part_of == total.id, [(c.count.text, c.part_of) for c in claims]
