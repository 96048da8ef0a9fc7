"""A country's capital named by description, not by name: "fled Haiti's capital", "in the Somali capital", "the
capital of Sudan" (spec, Conventions, "Places": every place the figure is located in). Where the words that follow do
not name the city ("the Somali capital, Mogadishu", which the gazetteer finds itself), the description stands for the
capital of the country it names, looked up in a short table of capitals as GeoNames names them.

A helper of :mod:`vigil.extract.places`; only sentences with the word "capital" are read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vigil.geo import Gazetteer, PlaceMatch

__all__ = ["capital_places"]

#: capitals of the countries news of conflict most often names, as the gazetteer names them
CAPITALS = {
    "AF": "Kabul", "BF": "Ouagadougou", "BI": "Bujumbura", "CD": "Kinshasa", "CF": "Bangui", "CM": "Yaoundé",
    "CO": "Bogotá", "ET": "Addis Ababa", "HT": "Port-au-Prince", "IQ": "Baghdad", "IR": "Tehran", "KE": "Nairobi",
    "LB": "Beirut", "LY": "Tripoli", "ML": "Bamako", "MM": "Naypyidaw", "MX": "Mexico City", "MZ": "Maputo",
    "NE": "Niamey", "NG": "Abuja", "PK": "Islamabad", "PS": "Ramallah", "RU": "Moscow", "SD": "Khartoum",
    "SO": "Mogadishu", "SS": "Juba", "SY": "Damascus", "TD": "N'Djamena", "UA": "Kyiv", "YE": "Sanaa",
    "EG": "Cairo", "TR": "Ankara", "IL": "Jerusalem", "AM": "Yerevan", "AZ": "Baku", "BD": "Dhaka",
    "IN": "New Delhi", "LK": "Colombo", "NP": "Kathmandu", "PH": "Manila", "TH": "Bangkok", "VE": "Caracas",
    "EC": "Quito", "PE": "Lima", "BO": "La Paz", "GT": "Guatemala City", "HN": "Tegucigalpa", "SV": "San Salvador",
    "NI": "Managua", "DZ": "Algiers", "TN": "Tunis", "MA": "Rabat", "MR": "Nouakchott", "SN": "Dakar",
    "GN": "Conakry", "CI": "Abidjan", "GH": "Accra", "TG": "Lomé", "BJ": "Porto-Novo", "UG": "Kampala",
    "RW": "Kigali", "TZ": "Dodoma", "ER": "Asmara", "DJ": "Djibouti", "LR": "Monrovia", "SL": "Freetown",
    "AO": "Luanda", "ZW": "Harare", "ZA": "Pretoria", "JO": "Amman", "SA": "Riyadh", "GE": "Tbilisi",
}

# "Haiti's capital", "the Haitian capital", "the capital of Haiti" (not followed by the city's name)
_DESCRIBED = re.compile(r"\b(?:(?P<own>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+capital|"
                        r"the\s+(?P<adj>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+capital|"
                        r"the\s+capital\s+of\s+(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
                        r"(?!\s*,?\s*(?-i:[A-Z]))(?!\s+(?:city|cities|region|district|territory)\b)")


def capital_places(text: str, gazetteer: Gazetteer, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """The capitals ``text`` names by description, where ``found`` (its places) holds no town of that country
    named inside or right after the description."""
    if "capital" not in text:
        return []
    out: list[PlaceMatch] = []
    for m in _DESCRIBED.finditer(text):
        words = m["own"] or m["adj"] or m["of"]
        code = gazetteer.country_of(words)
        city = CAPITALS.get(code or "")
        if code is None or city is None or any(
                p.country == code and p.precision in ("point", "admin2") and m.start() <= p.start <= m.end() + 3
                for p in found):
            continue
        match = next((p for p in gazetteer.find(city, prefer_countries=[code])
                      if p.country == code and p.precision in ("point", "admin1", "admin2")), None)
        if match is not None:
            out.append(replace(match, start=m.start(), end=m.end(), text=m.group(), via="alias"))
    return out
