"""Round 11 of issue 12 (places and time): a compass word named in a list of one country's divisions, each
count of a list placed where it stands, a person's home town, a capital standing for its government, and a
headline's frame of many days giving way to the day the account names. Every sentence, name and event here is
invented; places are real so that they resolve."""

from __future__ import annotations

from datetime import date

from test_extract_source_general3 import one, run
from vigil.extract.pipeline import Extractor


def test_a_compass_word_listed_among_divisions_is_the_division_of_that_name(extractor: Extractor) -> None:
    claims = run(extractor, "Air raids on towns in the South, Nabatieh and the Bekaa killed 64 people on Monday, "
                            "the health ministry said.")
    c = one(claims, 64)
    assert {p.admin1 for p in c.places} >= {"South Governorate", "Bekaa"}
    # not without a listed division beside it
    alone = run(extractor, "In the South of the country, gunmen killed 12 people near Nabatieh on Monday.")
    assert "South Governorate" not in {p.admin1 for p in one(alone, 12).places}


def test_each_count_of_a_list_by_place_takes_its_own_place(extractor: Extractor) -> None:
    claims = run(extractor, "Air raids killed 64 people in Lebanon on Monday, the health ministry said. The dead "
                            "by governorate: Nabatieh 31, the South 21 and Bekaa 12.")
    assert [p.admin1 for p in one(claims, 31).places] == ["Nabatieh"]
    assert [p.admin1 for p in one(claims, 21).places] == ["South Governorate"]
    assert [p.admin1 for p in one(claims, 12).places] == ["Bekaa"]


def test_a_persons_home_town_in_apposition_is_not_where_it_happened(extractor: Extractor) -> None:
    claims = run(extractor, "Lieutenant Saad Rauf, 31, a resident of Jhelum, and four soldiers were killed in "
                            "a clash near Zhob on Friday, the army said.")
    assert {p.name for p in one(claims, 4).places} == {"Zhob"}


def test_a_capital_holding_a_view_stands_for_its_government(extractor: Extractor) -> None:
    claims = run(extractor, "The Hill Front, a group that Islamabad designates a terrorist organisation, said "
                            "its fighters had killed nine guards in an attack on a post in Zhob.")
    assert {p.name for p in one(claims, 9).places} == {"Zhob"}


def test_a_headlines_frame_of_days_gives_way_to_the_day_the_account_names(extractor: Extractor) -> None:
    text = ("Strike on clinic kills 14\n\nIt is the third clinic hit in 12 days.\n\n"
            "An air strike on a clinic in Kassala has killed 14 people, doctors said.\n\n"
            "The strike hit the building shortly after noon on Tuesday, as patients queued outside.")
    claims = run(extractor, text)
    c = [x for x in claims if x.count.value == 14][-1]
    assert c.time is not None and c.time.start == c.time.end
    assert c.time.start is not None and c.time.start.weekday() == 1      # Tuesday
    assert c.time.start == date(2025, 6, 3)


def test_the_day_a_toll_was_raised_or_lowered_is_not_the_harms(extractor: Extractor) -> None:
    claims = run(extractor, "Provincial authorities on Tuesday raised to 21 the number of people killed in "
                            "clashes between two armed groups near Tumaco. The clashes began on Saturday.")
    c = one(claims, 21)
    assert c.time is not None and c.time.start == date(2025, 5, 31)       # the Saturday, not the Tuesday (3 June)


def test_a_summary_bullet_restating_a_body_figure_is_one_claim(extractor: Extractor) -> None:
    # the bullet names towns of one province, the body a town of another; the same words for the same days
    text = ("Key figures\n\n• At least 17 civilians killed by shelling on Bunia and Mahagi on 3 and 4 May.\n\n"
            "Situation overview\n\nHealth partners report that at least 17 civilians were killed when shells fell "
            "on a market in Butembo on 3 and 4 May.")
    claims = run(extractor, text)
    assert [c.count.text.lower() for c in claims if c.outcome == "killed"] == ["at least 17"]


def test_a_definite_description_with_an_earlier_count_is_that_figure_again(extractor: Extractor) -> None:
    text = ("Shelling killed 26 people in Nabatieh on Monday, among them four rescuers, the ministry said.\n\n"
            "The four rescuers were killed when a shell hit their ambulance on a road near Tyre.")
    claims = run(extractor, text)
    assert [c.count.text for c in claims if c.count.value == 4] == ["four"]


def test_since_a_dated_event_starts_on_that_date(extractor: Extractor) -> None:
    claims = run(extractor, "Since the March 2023 takeover, the monitor has recorded at least 2,140 civilian deaths.")
    c = one(claims, 2140)
    assert c.time is not None and (c.time.start, c.time.end) == (date(2023, 3, 1), None)


def test_since_then_starts_on_the_day_the_account_last_named(extractor: Extractor) -> None:
    text = ("Gunmen attacked the village of Kessa on 12 May, killing 12 people, officials said.\n\n"
            "At least 40 people have been killed in the district since then, according to a local monitor.")
    c = one(run(extractor, text), 40)
    assert c.time is not None and (c.time.start, c.time.end) == (date(2025, 5, 12), None)


def test_a_dateline_of_several_bureaus_is_neither_place_nor_day(extractor: Extractor) -> None:
    text = ("NAIROBI/KAMPALA, June 4 (Wire) - Gunmen killed at least 14 villagers in an overnight raid in Ituri "
            "province, local officials said on Wednesday.")
    c = one(run(extractor, text), 14)
    assert {p.name for p in c.places} == {"Ituri"}
    assert c.time is not None and (c.time.start, c.time.end) == (date(2025, 6, 3), date(2025, 6, 4))


def test_the_day_a_toll_was_given_by_a_body_is_not_the_harms(extractor: Extractor) -> None:
    text = ("Heavy gunfire swept the town of Kessa on Sunday night, residents said.\n\n"
            "An earlier toll of 9 issued by the district office on Tuesday morning left out two villages.")
    c = one(run(extractor, text), 9)
    assert c.time is not None and c.time.start == date(2025, 6, 1)      # the Sunday, not the Tuesday


def test_a_province_opening_a_reported_sentence_is_where_the_harm_was(extractor: Extractor) -> None:
    text = ("Air strikes killed 12 people in Sittwe, Rakhine State, on Monday, residents said.\n\n"
            "In northern Shan State, a monitoring group said it had recorded the deaths of 17 civilians in May.")
    c = one(run(extractor, text), 17)
    assert {p.admin1 for p in c.places} == {"Shan"}


def test_a_part_in_its_totals_sentence_takes_the_totals_days(extractor: Extractor) -> None:
    claims = run(extractor, "Air strikes killed at least 23 people overnight and into Tuesday, including eight "
                            "children, according to hospital officials in Rafah.")
    total, part = one(claims, 23), one(claims, 8)
    assert part.part_of == total.id
    assert total.time is not None and part.time is not None
    assert (part.time.start, part.time.end) == (total.time.start, total.time.end)
    assert total.time.start != total.time.end


def test_a_part_stated_later_with_no_day_of_its_own_takes_its_totals(extractor: Extractor) -> None:
    text = ("Gunmen killed 14 villagers and wounded 22 in an attack on Kessa on Sunday, officials said.\n\n"
            "Troops arrived in the area on Tuesday, a day after two soldiers died in a separate ambush.\n\n"
            "Nine of the wounded, three of them in critical condition, were flown to the regional hospital.")
    claims = run(extractor, text)
    nine = one(claims, 9)
    assert nine.time is not None and nine.time.start == date(2025, 6, 1)


def test_a_count_of_the_harmed_is_no_actor(extractor: Extractor) -> None:
    claims = run(extractor, "The number of soldiers killed in an ambush on a convoy in Kathua rose to six on "
                            "Tuesday after two of the wounded died in hospital, officials said.")
    c = one(claims, 6)
    assert c.perpetrator is None or "number" not in c.perpetrator.text.lower()


def test_a_place_name_with_an_apostrophe_s_is_one_name() -> None:
    from vigil.geo import Gazetteer
    found = Gazetteer.default().find("Two men were shot dead in a camp in Ukhiya, Cox's Bazar, on Monday.")
    assert [(m.name, m.country) for m in found] == [("Cox's Bazar", "BD")]
    # a country's possessive is still a possessive
    assert [m.name for m in Gazetteer.default().find("Nigeria's Kano State")] == ["Nigeria", "Kano"]


def test_a_government_named_by_its_capital_or_a_group_named_by_a_place_is_no_place(extractor: Extractor) -> None:
    text = ("Shelling killed four people in Nova Kakhovka on Friday, the Moscow-appointed governor of Kherson "
            "region said.\n\nThe Rwanda Defence Force said its troops killed nine insurgents near Macomia.")
    claims = run(extractor, text)
    assert "Moscow" not in {p.name for p in one(claims, 4).places}
    assert "Rwanda" not in {p.name for p in one(claims, 9).places}


def test_rival_tolls_set_against_each_other_are_both_disputed(extractor: Extractor) -> None:
    text = ("Gunmen killed nine people at a wedding in the village of Tesh on Saturday, the state prosecutor's "
            "office said.\n\nRelatives insisted, however, that the toll was higher. \"There are 12 dead,\" said "
            "Ana Ruiz, a cousin of the bride.")
    claims = run(extractor, text)
    assert one(claims, 9).verification == one(claims, 12).verification == "disputed"


def test_rival_tolls_the_report_could_not_verify_stay_unverified(extractor: Extractor) -> None:
    text = ("Shelling killed 17 people in the camp on Tuesday, a medical group said.\n\n"
            "A local committee put the toll higher, at 23.\n\n"
            "The Wire could not independently verify the figures.")
    claims = run(extractor, text)
    assert one(claims, 17).verification == one(claims, 23).verification == "unverified"


def test_a_running_toll_is_no_rival_of_an_incidents(extractor: Extractor) -> None:
    text = ("Gunmen killed nine people in the village of Tesh on Saturday, police said.\n\n"
            "But a monitoring group said 1,240 people have been killed in the state since January.")
    claims = run(extractor, text)
    assert one(claims, 9).verification == "unknown"


def test_people_who_speak_for_a_body_give_the_bodys_name(extractor: Extractor) -> None:
    claims = run(extractor, "Paramedics from the Kessa Red Crescent said they treated 14 injured people at the "
                            "scene in Makurdi.\n\nA spokesman for the Tesh Liberation Front said nine of its "
                            "fighters were killed on Monday.")
    c14, c9 = one(claims, 14), one(claims, 9)
    assert c14.source is not None and c14.source.name == "Kessa Red Crescent"
    assert c9.source is not None and c9.source.name == "Tesh Liberation Front"


def test_a_description_followed_by_the_bodys_initials_is_named_by_them(extractor: Extractor) -> None:
    claims = run(extractor, "Ruritania's prison agency SNPR said 17 inmates were killed in the riot at the "
                            "Litoral Penitentiary on Thursday.")
    c = one(claims, 17)
    assert c.source is not None and c.source.name == "SNPR"


def test_his_office_speaks_for_the_person_named_before(extractor: Extractor) -> None:
    text = ("The governor of the region, Marko Teshenko, said a missile strike killed four people in Nikopol "
            "on Monday.\n\nHis office later said 12 people had been wounded.")
    c = one(run(extractor, text), 12)
    assert c.source is not None and c.source.name == "Marko Teshenko"


def test_a_one_person_office_described_is_the_person_the_report_names_in_it(extractor: Extractor) -> None:
    text = ("Three shepherds were killed on Tuesday when a drone struck a hillside near Sidakan, the local mayor "
            "told reporters.\n\nAzad Rekani, the mayor of Sidakan, said the victims had taken their flock up the "
            "mountain in the morning.")
    c = one(run(extractor, text), 3)
    assert c.source is not None and c.source.name == "Azad Rekani"
    # a place before the office is not its holder
    other = run(extractor, "At least 31 people were killed in Padak County, the county commissioner has said.")
    assert one(other, 31).source is not None and one(other, 31).source.name != "Padak County"


def test_military_euphemisms_for_death_and_the_victims_are_no_actor(extractor: Extractor) -> None:
    claims = run(extractor, "Three peacekeepers paid the ultimate price in the defence of the base near Tesh and "
                            "eight others were injured, the mission said.")
    three, eight = one(claims, 3), one(claims, 8)
    assert three.outcome == "killed" and three.victims.category == "state_forces"
    assert eight.perpetrator is None
    claims = run(extractor, "Two policemen made the supreme sacrifice in the ambush near Kessa, the police said.")
    assert one(claims, 2).outcome == "killed"


def test_a_single_member_of_a_force_or_a_captive_is_a_described_person(extractor: Extractor) -> None:
    for text, outcome in (("A reservist was lightly wounded by a grenade thrown at the patrol, the army said.",
                           "injured"),
                          ("The army says a conscript was killed in shelling near Tesh on Friday.", "killed"),
                          ("A hostage was killed during the rescue operation, police said.", "killed")):
        claims = run(extractor, text)
        assert [(c.outcome, c.count.value) for c in claims] == [(outcome, 1)], text


def test_people_treated_for_wounds_or_fleeing_with_them_are_injured(extractor: Extractor) -> None:
    claims = run(extractor, "A boy died in the fire in the camp, and 14 other people were treated for burns by "
                            "health workers.")
    assert one(claims, 14).outcome == "injured"
    claims = run(extractor, "Troops killed 30 militants near Tesh while nine others fled with gunshot wounds, the "
                            "army said.")
    assert one(claims, 9).outcome == "injured"


def test_the_items_of_a_breakdown_are_not_the_total_the_victims_refers_to(extractor: Extractor) -> None:
    text = ("Between 1 July and 30 September, the office verified that at least 1,287 people were killed in gang "
            "violence.\n\nOf those killed, 798 were killed by gang members, 361 during police operations and 128 by "
            "self-defence groups.\n\nAmong the victims were 94 women and 41 children.")
    claims = run(extractor, text)
    total = one(claims, 1287)
    assert one(claims, 94).part_of == total.id and one(claims, 41).part_of == total.id


def test_others_beside_a_figure_of_another_harm_are_no_increment(extractor: Extractor) -> None:
    text = ("Bandits kill 9, abduct 31 in Tesh\n\n• Police confirm four deaths, 17 abductions\n\n"
            "Gunmen killed at least nine people and abducted 31 others in an overnight raid on Tesh, residents "
            "said.\n\nAmong those abducted are 12 women and a nursing mother, the village head said.")
    claims = run(extractor, text)
    assert one(claims, 12).part_of == one(claims, 31).id
