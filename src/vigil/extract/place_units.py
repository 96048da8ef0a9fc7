"""The finer first-order division of a place in a country GeoNames divides twice at the first level.

GeoNames names both the Palestinian territories ("West Bank", "Gaza Strip") and their governorates
("Tubas", "Khan Yunis", "North Gaza") as first-order divisions; the shipped gazetteer keeps the territories
as ``admin1`` and the governorates one level down. A place in such a country is in both, so
:func:`with_finer_divisions` adds to a claim's places the governorate holding each place (the one whose
centre is nearest), after the place as found: a figure in Tammun is in the West Bank and in Tubas.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from vigil.geo import Gazetteer
from vigil.models import Claim, Place

__all__ = ["with_finer_divisions"]

#: countries whose second-level units the GeoNames data also names as first-order divisions
_TWICE_DIVIDED = frozenset({"PS"})
_ADMIN2 = 2
#: how near a seat (in degrees, about 3 km) a place must be to be located by it
_SEAT_RADIUS = 0.03


@cache
def _units(gazetteer: Gazetteer, country: str) -> tuple[tuple[str, str, float, float, bool], ...]:
    """(name, territory, lat, lon, seat) of the country's second-level units in the gazetteer's data: each at its
    centre and at its seat, the town of its name ("Gaza City" for "Gaza"), which the centre may lie far from;
    a seat locates only the places at it (its quarters and camps), the centres all others."""
    out = []
    for name, territory, lat, lon in gazetteer.divisions(country, _ADMIN2):
        if territory is not None:
            out.append((name, territory, lat, lon, False))
            seat = next((m for n in (name, f"{name} City") for m in gazetteer.find(n, prefer_countries=[country])
                         if m.country == country and m.precision == "point" and m.admin1 == territory
                         and m.lat is not None and m.lon is not None and m.text == n), None)
            if seat is not None and seat.lat is not None and seat.lon is not None:
                out.append((name, territory, seat.lat, seat.lon, True))
    return tuple(out)


def _unit_of(place: Place, units: Sequence[tuple[str, str, float, float, bool]]) -> str | None:
    if place.precision not in ("point", "admin2") or place.lat is None or place.lon is None:
        return None
    lat, lon = place.lat, place.lon
    near = [(d, u[0]) for u in units if u[1] == place.admin1 and (
        (d := ((u[2] - lat) ** 2 + (u[3] - lon) ** 2) ** 0.5) < _SEAT_RADIUS or not u[4])]
    return min(near)[1] if near else None


def with_finer_divisions(claims: list[Claim], gazetteer: Gazetteer) -> None:
    """Add each place's finer first-order division in the countries divided twice (see the module doc)."""
    for c in claims:
        extra: list[Place] = []
        for p in c.places:
            if p.country not in _TWICE_DIVIDED:
                continue
            name = _unit_of(p, _units(gazetteer, p.country))
            if name and name != p.admin1 and not any(q.admin1 == name for q in (*c.places, *extra)):
                extra.append(Place(name=name, country=p.country, admin1=name, precision="admin1"))
        c.places = c.places + extra
