"""Typed records of the claim format (``shared/spec/claims.md``, version 1.1).

Plain dataclasses: the extractor produces them, the store persists them, and ``to_dict`` gives the
spec's JSON shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Outcome = Literal["killed", "injured", "casualties", "missing", "abducted", "detained", "displaced"]
OUTCOMES: tuple[Outcome, ...] = ("killed", "injured", "casualties", "missing", "abducted", "detained", "displaced")
Qualifier = Literal["exact", "approximately", "at_least", "more_than", "at_most", "vague"]
VictimCategory = Literal["civilians", "state_forces", "non_state_fighters", "combatants", "people"]
Stance = Literal["asserted", "accused", "claimed", "denied"]
SourceKind = Literal["monitor", "government", "military", "armed_group", "un", "ngo", "medical", "media",
                     "witness", "other"]
Verification = Literal["unverified", "verified", "disputed", "unknown"]
Precision = Literal["point", "admin2", "admin1", "country", "region"]


@dataclass
class Report:
    """One article. ``text`` is what offsets refer to."""

    id: str
    text: str
    published: date | None = None
    published_estimated: bool = False
    url: str | None = None
    title: str | None = None
    outlet: str | None = None

    def meta(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            **({"published_estimated": True} if self.published_estimated else {}),
        }


@dataclass
class Count:
    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    text: str


@dataclass
class Victims:
    category: VictimCategory
    text: str
    groups: list[str] = field(default_factory=list)
    demographic: list[str] = field(default_factory=list)


@dataclass
class Perpetrator:
    text: str
    stance: Stance = "asserted"


@dataclass
class Source:
    name: str
    text: str
    kind: SourceKind = "other"


@dataclass
class TimeSpan:
    start: date | None
    end: date | None
    text: str | None
    #: True where the figure's own sentence names no time and it was taken from the account it continues
    inherited: bool = False


@dataclass
class Place:
    name: str
    country: str
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Precision = "point"


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Claim:
    id: str
    outcome: Outcome
    count: Count
    victims: Victims
    evidence: Evidence
    perpetrator: Perpetrator | None = None
    source: Source | None = None
    verification: Verification = "unknown"
    time: TimeSpan | None = None
    places: list[Place] = field(default_factory=list)
    incidents: int | None = None
    part_of: str | None = None
    derived: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if self.time is not None:
            d["time"] = {
                "start": self.time.start.isoformat() if self.time.start else None,
                "end": self.time.end.isoformat() if self.time.end else None,
                "text": self.time.text,
            }
        if not self.derived:
            d.pop("derived")
        return d


@dataclass
class ExtractedReport:
    report: Report
    claims: list[Claim]

    def to_dict(self) -> dict[str, Any]:
        return {"report": self.report.meta(), "claims": [c.to_dict() for c in self.claims]}
