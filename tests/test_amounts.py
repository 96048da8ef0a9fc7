"""Tests for vigil.extract.amounts (all sentences are invented for these tests)."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.extract.amounts import Amount, find_amounts, parse_amount

Row = tuple[str, int | None, int | None, int | None, str, str | None]


def rows(text: str) -> list[Row]:
    return [(a.text, a.value, a.low, a.high, a.qualifier, a.unit) for a in find_amounts(text)]


def texts(text: str) -> list[str]:
    return [a.text for a in find_amounts(text)]


def only(text: str) -> Amount:
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------------------
# values
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount_text", "value"),
    [
        ("Medics said around 745 people were treated.", "around 745", 745),
        ("Over 1,000 homes were hit by the storm of shells.", "Over 1,000", 1000),
        ("The raid left eight villagers dead.", "eight", 8),
        ("A shell wounded a dozen shoppers.", "a dozen", 12),
        ("Three dozen recruits deserted overnight.", "Three dozen", 36),
        ("Nearly two dozen guards were captured.", "Nearly two dozen", 24),
        ("The agency says 1.2 million people need food.", "1.2 million", 1_200_000),
        ("Floods displaced 2.5m people in the delta.", "2.5m", 2_500_000),
        ("An estimated 1.5bn people live in the region.", "An estimated 1.5bn", 1_500_000_000),
        ("Twenty-one miners were trapped.", "Twenty-one", 21),
        ("Twenty one miners were trapped.", "Twenty one", 21),
        ("Rescuers found a hundred survivors.", "a hundred", 100),
        ("Two hundred and fifty prisoners were freed.", "Two hundred and fifty", 250),
        ("One hundred and twenty-three bodies were exhumed.", "One hundred and twenty-three", 123),
        ("Fifteen hundred protesters gathered.", "Fifteen hundred", 1500),
        ("One thousand two hundred troops crossed the river.", "One thousand two hundred", 1200),
        ("Half a dozen guards fled.", "Half a dozen", 6),
        ("Half a million refugees crossed the border.", "Half a million", 500_000),
        ("The count reached 1,000,000 displaced people.", "1,000,000", 1_000_000),
        ("Officials counted 4 million displaced residents.", "4 million", 4_000_000),
        ("The militia holds 3 dozen hostages.", "3 dozen", 36),
        ("About 11.5 million people fled.", "About 11.5 million", 11_500_000),
        ("A few seconds later 7 workers were hurt.", "7", 7),
    ],
)
def test_values(sentence: str, amount_text: str, value: int) -> None:
    found = [a for a in find_amounts(sentence) if a.text == amount_text]
    assert found, rows(sentence)
    assert found[0].value == value


def test_capitalised_number_at_sentence_start() -> None:
    assert rows("Ten fishermen are missing.") == [("Ten", 10, 10, 10, "exact", None)]
    assert rows("Seventeen cadets died in the blast.") == [("Seventeen", 17, 17, 17, "exact", None)]


# --------------------------------------------------------------------------------------------------
# qualifiers and bounds
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier"),
    [
        ("42 people", 42, 42, 42, "exact"),
        ("at least 42 people", 42, 42, None, "at_least"),
        ("no fewer than 42 people", 42, 42, None, "at_least"),
        ("a minimum of 42 people", 42, 42, None, "at_least"),
        ("more than 42 people", 42, 43, None, "more_than"),
        ("over 42 people", 42, 43, None, "more_than"),
        ("upwards of 42 people", 42, 43, None, "more_than"),
        ("in excess of 42 people", 42, 43, None, "more_than"),
        ("up to 42 people", 42, 0, 42, "at_most"),
        ("as many as 42 people", 42, 0, 42, "at_most"),
        ("as high as 42 people", 42, 0, 42, "at_most"),
        ("fewer than 42 people", 42, 0, 41, "at_most"),
        ("around 42 people", 42, 42, 42, "approximately"),
        ("about 42 people", 42, 42, 42, "approximately"),
        ("nearly 42 people", 42, 42, 42, "approximately"),
        ("almost 42 people", 42, 42, 42, "approximately"),
        ("some 42 people", 42, 42, 42, "approximately"),
        ("roughly 42 people", 42, 42, 42, "approximately"),
        ("approximately 42 people", 42, 42, 42, "approximately"),
        ("an estimated 42 people", 42, 42, 42, "approximately"),
        ("close to 42 people", 42, 42, 42, "approximately"),
        ("just under 42 people", 42, 42, 42, "approximately"),
        ("42 or so people", 42, 42, 42, "approximately"),
        ("42-odd people", 42, 42, 42, "approximately"),
        ("42+ people", 42, 42, None, "at_least"),
        ("42 or more people", 42, 42, None, "at_least"),
        ("more than a dozen people", 12, 13, None, "more_than"),
        ("over a hundred people", 100, 101, None, "more_than"),
    ],
)
def test_qualifiers(phrase: str, value: int, low: int | None, high: int | None, qualifier: str) -> None:
    sentence = f"Witnesses said {phrase} were hurt in the blast."
    a = only(sentence)
    assert (a.value, a.low, a.high, a.qualifier) == (value, low, high, qualifier)
    assert a.unit is None
    assert sentence[a.start:a.end] == a.text
    # the amount text covers the qualifier; num_start points at the number itself
    assert a.text == phrase.removesuffix(" people")
    assert a.text[a.num_start - a.start:][:1].isalnum()


def test_num_start_points_at_number() -> None:
    text = "Police said around 745 residents were evacuated."
    a = only(text)
    assert a.text == "around 745"
    assert text[a.num_start:a.end] == "745"
    text = "Medics treated more than a dozen children."
    a = only(text)
    assert text[a.num_start:a.end] == "a dozen"


# --------------------------------------------------------------------------------------------------
# vague amounts
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount_text", "low", "high"),
    [
        ("Dozens of farmers were detained.", "Dozens", 24, 99),
        ("Scores of students were arrested.", "Scores", 40, 99),
        ("Hundreds of families fled the valley.", "Hundreds", 200, 999),
        ("Thousands of workers marched.", "Thousands", 2000, 9999),
        ("Tens of thousands of people were displaced.", "Tens of thousands", 20_000, 99_999),
        ("Hundreds of thousands of people are without water.", "Hundreds of thousands", 200_000, 999_999),
        ("Several thousand troops massed near the border.", "Several thousand", 3000, 9999),
        ("Several thousands of pilgrims were stranded.", "Several thousands", 3000, 9999),
        ("Several hundred prisoners escaped.", "Several hundred", 300, 999),
        ("Several dozen cadets were expelled.", "Several dozen", 36, 99),
        ("Tens of protesters were beaten.", "Tens", 20, 99),
        ("Several fishermen are missing.", "Several", 3, 9),
        ("A few passengers were unhurt.", "A few", 2, 5),
        ("A handful of guards stayed behind.", "A handful", 2, 5),
        ("Millions of residents lost power.", "Millions", 2_000_000, 9_999_999),
        ("Severals farmers were shot.", "Severals", 3, 9),
    ],
)
def test_vague_amounts(sentence: str, amount_text: str, low: int, high: int) -> None:
    a = only(sentence)
    assert (a.text, a.value, a.low, a.high, a.qualifier) == (amount_text, None, low, high, "vague")
    assert a.num_start == a.start
    assert not a.text.endswith(" of")


def test_hundreds_of_thousands_is_one_amount() -> None:
    assert rows("The war has killed hundreds of thousands of people.") == [
        ("hundreds of thousands", None, 200_000, 999_999, "vague", None)
    ]


def test_qualified_vague_amount_stays_vague() -> None:
    text = "At least dozens of conscripts deserted."
    a = only(text)
    assert (a.text, a.qualifier, a.low, a.high, a.value) == ("At least dozens", "vague", 24, 99, None)
    assert text[a.num_start:a.end] == "dozens"


@pytest.mark.parametrize(
    ("sentence", "amount_text", "unit"),
    [
        ("Many families slept outside.", "Many", None),
        ("Many houses were looted.", "Many", "houses"),
        ("Many Palestinians were stranded at the crossing.", "Many", None),
        ("Large numbers fleeing the town were stopped.", "Large numbers", None),
        ("Countless civilians have suffered.", "Countless", None),
        ("A number of residents were questioned.", "A number", None),
        ("A large number of soldiers surrendered.", "A large number", None),
        ("An unknown number of miners are trapped.", "An unknown number", None),
        ("Numerous attacks were reported.", "Numerous", "attacks"),
        ("Some residents returned home.", "Some", None),
    ],
)
def test_no_number_vague(sentence: str, amount_text: str, unit: str | None) -> None:
    a = only(sentence)
    assert (a.text, a.value, a.low, a.high, a.qualifier, a.unit) == (amount_text, None, None, None, "vague", unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Many were killed in the shelling.",
        "Others died on the way to the clinic.",
        "Some of the wounded were flown out.",
        "It is not known how many people died.",
        "Many of them were farmers.",
        "The scores were level at half time.",
        "The feud was about settling scores.",
    ],
)
def test_no_number_vague_needs_a_plural_noun(sentence: str) -> None:
    assert find_amounts(sentence) == []


def test_scores_and_tens_as_counts() -> None:
    assert texts("Scores were killed when the roof fell.") == ["Scores"]
    assert texts("Tens were wounded.") == ["Tens"]


# --------------------------------------------------------------------------------------------------
# ranges
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount_text", "low", "high"),
    [
        ("Some 20 to 30 people were hurt.", "Some 20 to 30", 20, 30),
        ("The attack killed 20-30 people.", "20-30", 20, 30),
        ("The attack killed 20–30 people.", "20–30", 20, 30),
        ("The attack killed 4,500-5,000 people.", "4,500-5,000", 4500, 5000),
        ("Two or three guards were shot.", "Two or three", 2, 3),
        ("Two to three thousand people fled.", "Two to three thousand", 2000, 3000),
        ("Aid reached 1.5-2 million people.", "1.5-2 million", 1_500_000, 2_000_000),
    ],
)
def test_ranges(sentence: str, amount_text: str, low: int, high: int) -> None:
    a = only(sentence)
    assert (a.text, a.value, a.low, a.high, a.qualifier) == (amount_text, low, low, high, "approximately")
    first = amount_text.split()[1] if amount_text.lower().startswith(("between", "some")) else None
    if first is not None:
        assert sentence[a.num_start:].startswith(first)


@pytest.mark.parametrize(
    ("sentence", "amount_text", "low", "high"),
    [
        ("Between 20 and 30 people were hurt.", "Between 20 and 30", 20, 30),
        ("Between 1 and 2 million people fled.", "Between 1 and 2 million", 1_000_000, 2_000_000),
        ("Between 6,400 and 7,100 villagers have fled.", "Between 6,400 and 7,100", 6400, 7100),
    ],
)
def test_between_a_and_b_is_vague_with_both_bounds(sentence: str, amount_text: str, low: int, high: int) -> None:
    a = only(sentence)
    assert (a.text, a.value, a.low, a.high, a.qualifier) == (amount_text, None, low, high, "vague")


def test_rise_from_to_is_two_amounts() -> None:
    assert rows("The toll rose from 20 to 30 overnight.") == [
        ("20", 20, 20, 20, "exact", None),
        ("30", 30, 30, 30, "exact", None),
    ]


# --------------------------------------------------------------------------------------------------
# things that are not counts
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # years
        "The town was captured in 2023.",
        "The uprising began in 2011 and has not ended.",
        "Fighting since 2011 has emptied the town.",
        "The drought of 2019-2020 ruined the harvest.",
        "Talks were held between 2011 and 2014.",
        # dates
        "The strike happened on October 7, 2023.",
        "Talks resume on July 22.",
        "Talks resume on 22 July.",
        "Talks resume on the 7th.",
        "The vote is on Oct. 7 in the capital.",
        "The third convoy arrived.",
        "The 1st battalion withdrew.",
        "In the 1990s the valley was peaceful.",
        # ages
        "Children aged 12 were recruited.",
        "A 12-year-old boy was hurt.",
        "The victims, ages 3 and 9, were siblings.",
        "A 49-year-old man was arrested.",
        "Karim Haddad (35) was detained.",
        "Karim Haddad, 35, was detained.",
        "He was only 9 years old.",
        "Children under 5 are most at risk.",
        "The victims were aged between 18 and 25.",
        # clock times
        "The blast happened at 10 am.",
        "The blast happened at 10:30 on the main road.",
        "The blast happened at 3 o'clock.",
        "The blast happened at 0300 GMT.",
        "The curfew begins at 9 p.m.",
        # money
        "Donors pledged $5 million.",
        "Donors pledged 5 million dollars.",
        "The fine was €20.",
        "The deal is worth US$1bn.",
        "Families received thousands of dollars in aid.",
        # percentages
        "Prices rose 10% in a week.",
        "Prices rose 10 percent in a week.",
        "Turnout was 5 per cent lower.",
        # identifiers, URLs, phone numbers
        "Resolution 2254 calls for a ceasefire.",
        "COVID-19 spread through the camp.",
        "An F-16 crashed near the base.",
        "The convoy used Route 4 to reach the city.",
        "Section 3 of the law was suspended.",
        "See https://example.org/report/2024/17 for details.",
        "Call +44 20 7946 0958 for information.",
        "Flight MH17 was shot down.",
        # scores and lists
        "The home side secured a 2-1 win.",
        "The match ended in a 3-3 draw.",
        # pronoun one
        "One of the guards escaped.",
        "No one was hurt in the fire.",
        "He was the one who opened the gate.",
        "Only one survived the crash.",
        # ratios and fractions
        "One in five children is malnourished.",
        "Two thirds of the houses were damaged.",
        # compounds
        "A three-day truce began at dawn.",
        "A 500-strong force was deployed.",
        # a/an + noun is not an amount
        "A man was shot at a checkpoint.",
        "An officer died of his wounds.",
    ],
)
def test_not_counts(sentence: str) -> None:
    assert find_amounts(sentence) == [], rows(sentence)


def test_year_like_number_before_person_noun_is_a_count() -> None:
    assert rows("Some 2000 soldiers surrendered.") == [("Some 2000", 2000, 2000, 2000, "approximately", None)]
    assert rows("In 2019 1,950 people died.") == [("1,950", 1950, 1950, 1950, "exact", None)]


def test_date_and_count_in_one_sentence() -> None:
    assert texts("On 7 October 2023, 1,139 people were killed.") == ["1,139"]
    assert texts("On March 3, 14 shepherds were killed.") == ["14"]


def test_age_inside_sentence_with_count() -> None:
    assert texts("A 49-year-old man and 3 children were hurt.") == ["3"]
    assert texts("Five teenagers, aged 14 to 17, were arrested.") == ["Five"]


def test_year_after_preposition_even_before_demonym() -> None:
    assert find_amounts("In 1948 Palestinians were expelled.") == []
    assert texts("About 2000 Iraqis were detained.") == ["About 2000"]


def test_date_ranges() -> None:
    assert texts("Clashes between March 6 and 11 killed 9 herders.") == ["9"]
    assert texts("Clashes on 6-11 March killed 9 herders.") == ["9"]


def test_parenthesised_count_after_percentage_is_kept() -> None:
    assert texts("Of the victims, 40% (1,250) were women.") == ["1,250"]


def test_noun_after_a_line_break_is_not_the_unit() -> None:
    a = only("Updated at dawn on the 2nd, total 41\nAttacks continue")
    assert (a.value, a.unit) == (41, None)


def test_sentence_final_capitalised_word_is_not_an_identifier() -> None:
    assert texts("The statement came from the Army. 12 soldiers were hurt.") == ["12"]


# --------------------------------------------------------------------------------------------------
# units
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount_text", "unit"),
    [
        ("The front moved 5 km overnight.", "5", "km"),
        ("The front moved 5km overnight.", "5km", "km"),
        ("The convoy drove 10 kilometres north.", "10", "kilometres"),
        ("The plume could be seen 20 miles away.", "20", "miles"),
        ("The truck carried 3 tonnes of flour.", "3", "tonnes"),
        ("The group documented about 30 separate massacres.", "about 30", "massacres"),
        ("Shelling destroyed about 320 houses.", "about 320", "houses"),
        ("Jets dropped four bombs on the bridge.", "four", "bombs"),
        ("Militants burned two villages.", "two", "villages"),
        ("The siege lasted two days.", "two", "days"),
        ("The conflict has lasted 30 years.", "30", "years"),
        ("The battle raged for five hours.", "five", "hours"),
        ("Talks stalled for three weeks.", "three", "weeks"),
        ("Gunmen torched 12 Palestinian homes.", "12", "homes"),
        ("Dozens of houses were flattened.", "Dozens", "houses"),
        ("Raids hit 5 police stations.", "5", "stations"),
        ("Rebels fired 30 rockets.", "30", "rockets"),
        ("Two separate drone attacks hit the port.", "Two", "attacks"),
        ("The file is 3 MB.", "3", "mb"),
    ],
)
def test_units(sentence: str, amount_text: str, unit: str) -> None:
    a = only(sentence)
    assert (a.text, a.unit) == (amount_text, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike killed 12 people.",
        "The strike killed 12 civilians.",
        "The strike killed 12 soldiers.",
        "The strike killed 12 children.",
        "The strike killed 12 members of one family.",
        "The strike killed 12 fighters.",
        "The strike killed 12 residents.",
        "The strike killed 12 men.",
        "The strike killed 12 women.",
        "Rescuers recovered 12 bodies.",
        "The strike killed 12 Palestinians.",
        "The raids killed 12 Alawites.",
        "The strike killed 12 unarmed Syrian civilians.",
        "The strike killed 12 Hamas fighters.",
        "The strike killed 12 police officers.",
        "The strike killed 12 and injured others.",
        "The strike killed 12, officials said.",
        "The hospital received 12 wounded.",
        "The strike killed 12 of them.",
        "The strike killed 12 of the guards.",
        "The flood displaced 12 families.",
        "The strike killed 12 rescuers.",
    ],
)
def test_person_nouns_have_no_unit(sentence: str) -> None:
    a = only(sentence)
    assert (a.value, a.unit) == (12, None)


# --------------------------------------------------------------------------------------------------
# "one", "another", single persons
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "One person was killed.",
        "One civilian was killed.",
        "Shrapnel killed one child.",
        "One Israeli soldier was wounded.",
        "One Palestinian was killed at the crossing.",
        "At least one journalist was detained.",
    ],
)
def test_one_before_person_noun(sentence: str) -> None:
    a = only(sentence)
    assert (a.value, a.low, a.unit) == (1, 1, None)
    assert a.text.lower().endswith("one")


def test_one_before_non_person_is_dropped() -> None:
    assert find_amounts("One day later the road reopened.") == []


def test_another_is_not_part_of_the_amount() -> None:
    assert rows("Another 14 were killed on Friday.") == [("14", 14, 14, 14, "exact", None)]
    assert rows("A further 14 were hurt.") == [("14", 14, 14, 14, "exact", None)]


# --------------------------------------------------------------------------------------------------
# whole-text behaviour
# --------------------------------------------------------------------------------------------------

ARTICLE = (
    "Shelling hit the market town of Qarun on Tuesday, killing at least 17 civilians, including 6 children, "
    "and wounding dozens more, a local monitor said. The group said about 30 separate strikes hit homes over "
    "two days. Hospital director Lina Haddad, 52, said her staff had treated nearly 150 patients since 10 pm "
    "on Sunday. More than 3,000 people have fled since March 2024, joining tens of thousands displaced earlier. "
    "Aid agencies want $25 million. Between 40 and 50 fighters were also killed, while the army lost eight "
    "soldiers. Resolution 2254 was cited by the envoy, who said one child was among the dead."
)


def test_article() -> None:
    assert rows(ARTICLE) == [
        ("at least 17", 17, 17, None, "at_least", None),
        ("6", 6, 6, 6, "exact", None),
        ("dozens", None, 24, 99, "vague", None),
        ("about 30", 30, 30, 30, "approximately", "strikes"),
        ("two", 2, 2, 2, "exact", "days"),
        ("nearly 150", 150, 150, 150, "approximately", None),
        ("More than 3,000", 3000, 3001, None, "more_than", None),
        ("tens of thousands", None, 20_000, 99_999, "vague", None),
        ("Between 40 and 50", None, 40, 50, "vague", None),
        ("eight", 8, 8, 8, "exact", None),
        ("one", 1, 1, 1, "exact", None),
    ]


def test_sorted_and_non_overlapping() -> None:
    found = find_amounts(ARTICLE * 3)
    for prev, cur in itertools.pairwise(found):
        assert prev.end <= cur.start


def test_amount_is_frozen() -> None:
    a = only("Police arrested 7 men.")
    with pytest.raises(AttributeError):
        a.value = 8  # type: ignore[misc]


def test_speed() -> None:
    text = (ARTICLE * 5)[:2000]
    find_amounts(text)
    runs = 50
    started = time.perf_counter()
    for _ in range(runs):
        find_amounts(text)
    per_call = (time.perf_counter() - started) / runs
    assert per_call < 0.01  # generous bound for slow CI machines; typically well under 1 ms


# --------------------------------------------------------------------------------------------------
# parse_amount
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier"),
    [
        ("over 1,000", 1000, 1001, None, "more_than"),
        ("around 745", 745, 745, 745, "approximately"),
        ("a dozen", 12, 12, 12, "exact"),
        ("more than a dozen", 12, 13, None, "more_than"),
        ("three dozen", 36, 36, 36, "exact"),
        ("one", 1, 1, 1, "exact"),
        ("hundreds", None, 200, 999, "vague"),
        ("scores", None, 40, 99, "vague"),
        ("many", None, None, None, "vague"),
        ("up to 40", 40, 0, 40, "at_most"),
        ("1.2 million", 1_200_000, 1_200_000, 1_200_000, "exact"),
    ],
)
def test_parse_amount(phrase: str, value: int | None, low: int | None, high: int | None, qualifier: str) -> None:
    a = parse_amount(phrase)
    assert a is not None
    assert (a.text, a.value, a.low, a.high, a.qualifier) == (phrase, value, low, high, qualifier)


def test_parse_amount_rejects_non_amounts() -> None:
    assert parse_amount("the town") is None
    assert parse_amount("2023") is None
    assert parse_amount("") is None


def test_parse_amount_offsets_refer_to_input() -> None:
    a = parse_amount("  about 5 ")
    assert a is not None
    assert (a.start, a.end, a.num_start, a.text) == (2, 9, 8, "about 5")


# --------------------------------------------------------------------------------------------------
# properties
# --------------------------------------------------------------------------------------------------

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """English words for 1 <= n <= 999 999."""
    if n >= 1000:
        rest = n % 1000
        head = _words(n // 1000) + " thousand"
        return head + (" " + _words(rest) if rest else "")
    if n >= 100:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" and " + _words(rest) if rest else "")
    if n >= 20:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    return _ONES[n]


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_separators_round_trip(n: int) -> None:
    written = f"{n:,}"
    text = f"Officials said {written} people were displaced."
    a = only(text)
    assert (a.text, a.value, a.low, a.high, a.qualifier, a.unit) == (written, n, n, n, "exact", None)


@given(st.integers(min_value=2, max_value=999_999))
def test_spelled_numbers_round_trip(n: int) -> None:
    written = _words(n)
    text = f"Officials said {written} people were displaced."
    a = only(text)
    assert (a.text, a.value) == (written, n)


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["at least", "more than", "up to", "about"]))
def test_qualified_digits_bounds(n: int, qual: str) -> None:
    a = only(f"Rescuers say {qual} {n:,} people are missing.")
    assert a.value == n
    assert a.low is not None or a.high is not None
    if a.low is not None and a.high is not None:
        assert a.low <= n <= a.high or (a.qualifier == "at_most" and a.low == 0)


_PIECES = st.sampled_from([
    " ", "  ", "\n", ",", ".", "-", "–", "(", ")", "$", "%", "+", "/", ":", "at least", "over", "about", "some",
    "1,000", "2.5m", "5km", "12", "2023", "0300", "7", "a dozen", "dozens", "of", "thousands", "hundreds", "tens",
    "people", "houses", "one", "the", "twenty", "-one", "and", "hundred", "a", "few", "many", "families",
    "October", "aged", "-year-old", "or so", "between", "to", "or", "Route", "F-16", "half", "million", "bn",
    "several", "number", "İ", "ß", "K", "é", "٣",
])


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=25).map("".join) | st.text(max_size=200))
def test_offsets_and_invariants(text: str) -> None:
    found = find_amounts(text)
    last_end = 0
    for a in found:
        assert text[a.start:a.end] == a.text
        assert a.start <= a.num_start < a.end
        assert a.start >= last_end
        last_end = a.end
        if a.qualifier == "vague":
            assert a.value is None
        else:
            assert a.value is not None and a.value >= 0
        if a.low is not None and a.high is not None:
            assert a.low <= a.high
        assert a.unit is None or a.unit == a.unit.lower()
    parsed = parse_amount(text)
    if parsed is not None:
        assert text[parsed.start:parsed.end] == parsed.text


def test_one_standing_for_a_person_before_its_outcome() -> None:
    assert texts("In Varno, one was killed and two were hurt.") == ["one", "two"]
    assert texts("One other suffered burns in the fire.") == ["One"]
    assert texts("The one killed was a farmer.") == []
    assert texts("One of the convoys arrived late.") == []
    assert texts("It was one of the worst days.") == []
