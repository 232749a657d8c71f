"""The demo's stakeholder map: who matters for digital skills in the city, and who works with whom."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy.orm import Session

from workshop_app.core.demo.context import Rng, add_rows
from workshop_app.db.models import Stakeholder, StakeholderAssessment, StakeholderMap, StakeholderRelationship

TITLE = "Digital skills — who matters"
# StakeholderMap.quadrant_names runs clockwise from the top right; on a power (y) / interest (x) grid that is
# high/high, then high interest with low power, low/low, and high power with low interest.
QUADRANTS = ["Manage closely", "Keep informed", "Monitor", "Keep satisfied"]
ENGAGEMENT = {
    "Manage closely": "Involve in every ULG meeting; co-own actions",
    "Keep informed": "Newsletter and invitations to the workshops",
    "Monitor": "Check in twice a year",
    "Keep satisfied": "Brief before decisions; ask for support on specific actions",
}
FIRST_MEETING = datetime(2026, 8, 27, 17, 0, tzinfo=timezone.utc)
SECOND_MEETING = datetime(2026, 11, 26, 17, 0, tzinfo=timezone.utc)

# key: (name, organisation, sector, interest, power, attitude, notes, contact)
STAKEHOLDERS: dict[str, tuple[str, str, str, float, float, str, str, str]] = {
    "mayor": ("Mayor's office", "Municipality", "public", 5.5, 9.3, "supportive", "", ""),
    "education": ("Department of Education", "Municipality", "public", 7.5, 7.5, "supportive", "", ""),
    "social_action": ("Social Action Department", "Municipality", "public", 8.5, 6.5, "supportive",
                      "Runs the social canteen and knows the families on low incomes.", ""),
    "digital_office": ("Digital Transition Office", "Municipality", "public", 8.0, 7.0, "supportive",
                       "Leads the ULG.", "transicao.digital@example.org"),
    "employment": ("Employment office (job centre)", "National employment service", "public", 6.5, 8.0, "neutral",
                   "Has course budgets, but courses only in the daytime.", ""),
    "library": ("Public library network", "Municipality", "public", 9.0, 4.5, "supportive",
                "Free computers in three branches; staff willing to run courses.", "bibliotecas@example.org"),
    "parish": ("Parish council of São Vicente", "Parish council", "public", 7.0, 3.5, "supportive", "", ""),
    "health_centre": ("Health centre", "Regional health authority", "public", 3.5, 4.0, "neutral",
                      "Patients struggle with online appointments.", ""),
    "social_security": ("Social security local office", "Social Security Institute", "public", 2.5, 6.5, "neutral",
                        "", ""),
    "migrant_women": ("Migrant Women's Association", "", "civic", 9.5, 2.5, "supportive",
                      "Trusted by women who never come to the town hall.", "geral@mulheres-migrantes.example.org"),
    "ukrainian": ("Ukrainian community association", "", "civic", 8.0, 1.5, "supportive", "", ""),
    "cape_verdean": ("Cape Verdean association", "", "civic", 6.5, 2.0, "supportive", "", ""),
    "senior_university": ("Senior university", "", "civic", 7.5, 2.5, "supportive",
                          "Volunteers could become digital buddies.", ""),
    "food_bank": ("Food bank", "", "civic", 4.0, 1.5, "neutral", "", ""),
    "youth_ngo": ("Geração Digital (youth NGO)", "", "civic", 8.5, 3.5, "supportive", "", ""),
    "polytechnic": ("School of Technology and Management", "Polytechnic Institute", "knowledge", 6.0, 6.0,
                    "supportive", "", ""),
    "university": ("Centre for Social Studies", "University", "knowledge", 5.0, 4.5, "neutral",
                   "Could evaluate the pilot actions.", ""),
    "vocational": ("Vocational school", "", "knowledge", 7.0, 5.0, "supportive", "", ""),
    "adult_qualification": ("Adult Qualification Centre", "Secondary school cluster", "knowledge", 8.0, 4.0,
                            "supportive", "Certifies skills people already have.", ""),
    "adult_education": ("Adult education unit", "Secondary school cluster", "knowledge", 6.0, 3.0, "neutral",
                        "", ""),
    "telecom": ("Telecom operator (regional office)", "", "private", 3.0, 7.5, "neutral",
                "Could offer cheap data plans; wants visibility.", ""),
    "employers": ("Local employers' association", "", "private", 4.5, 7.0, "neutral", "", ""),
    "call_centre": ("Call centre company", "", "private", 6.0, 5.5, "supportive",
                    "Short of staff with basic digital skills.", ""),
    "textile": ("Textile factory", "", "private", 1.5, 5.0, "opposed",
                "Fears that courses in working hours take staff away; suggest evening courses on site.", ""),
    "private_training": ("Private training company", "", "private", 7.0, 3.0, "opposed",
                         "Sees free municipal courses as competition.", ""),
    "coworking": ("Co-working space", "", "private", 6.0, 1.5, "supportive", "", ""),
    "newspaper": ("Local newspaper and radio", "", "private", 2.0, 4.5, "neutral", "", ""),
}
DIRECTED = {"funds", "refers people to", "informs", "recruits from"}
# (from, to, kind): who works with whom, as the ULG core group drew it.
RELATIONSHIPS = (
    ("mayor", "education", "funds"), ("mayor", "social_action", "funds"), ("mayor", "digital_office", "funds"),
    ("digital_office", "library", "works with"), ("digital_office", "telecom", "works with"),
    ("education", "adult_education", "works with"), ("education", "vocational", "works with"),
    ("social_action", "food_bank", "works with"), ("social_action", "migrant_women", "refers people to"),
    ("employment", "adult_qualification", "refers people to"), ("employment", "employers", "works with"),
    ("employment", "vocational", "refers people to"), ("library", "senior_university", "works with"),
    ("library", "youth_ngo", "works with"), ("parish", "library", "works with"), ("parish", "ukrainian", "works with"),
    ("migrant_women", "cape_verdean", "works with"), ("migrant_women", "ukrainian", "works with"),
    ("health_centre", "social_action", "refers people to"), ("social_security", "employment", "informs"),
    ("polytechnic", "digital_office", "works with"), ("polytechnic", "call_centre", "works with"),
    ("university", "social_action", "informs"), ("adult_qualification", "library", "works with"),
    ("telecom", "youth_ngo", "funds"), ("employers", "call_centre", "works with"),
    ("private_training", "adult_qualification", "in tension with"), ("coworking", "youth_ngo", "works with"),
    ("call_centre", "vocational", "recruits from"), ("senior_university", "youth_ngo", "works with"),
    ("textile", "employers", "works with"), ("newspaper", "digital_office", "informs"),
)
# Those re-assessed at both ULG meetings: (interest, power, attitude) at the first one.
FIRST_ASSESSMENTS = {
    "employment": (4.0, 8.0, "neutral"), "library": (6.5, 4.0, "supportive"), "call_centre": (3.5, 5.5, "neutral"),
    "telecom": (1.5, 7.0, "opposed"), "senior_university": (5.0, 2.0, "neutral"),
    "social_security": (2.5, 6.5, "neutral"),
}


def quadrant(x: float, y: float, x_max: float = 10.0, y_max: float = 10.0) -> str:
    """The power/interest quadrant a position falls in."""
    high_interest, high_power = x >= x_max / 2, y >= y_max / 2
    clockwise = {(True, True): 0, (True, False): 1, (False, False): 2, (False, True): 3}
    return QUADRANTS[clockwise[(high_interest, high_power)]]


def add_stakeholder_map(session: Session, rng: Rng) -> tuple[str, dict[str, int]]:
    """Write the map with its stakeholders, re-assessments and relationships; returns its id and row counts."""
    created = FIRST_MEETING - timedelta(days=7)
    stakeholder_map = StakeholderMap(
        **rng.row(created), title=TITLE, kind="power_interest", x_title="Interest", y_title="Power", x_max=10.0,
        y_max=10.0, quadrant_names=list(QUADRANTS),
        notes="Drawn by the ULG core group at its first meeting and updated at the second.",
    )
    stakeholder_map.updated_at = SECOND_MEETING
    ids: dict[str, str] = {}
    stakeholders: list[Any] = []
    assessments: list[Any] = []
    for key, (name, organisation, sector, interest, power, attitude, notes, contact) in STAKEHOLDERS.items():
        # A little jitter keeps the grid from looking machine-made while every stakeholder stays in its quadrant.
        x = round(min(9.8, max(0.2, interest + rng.uniform(-0.3, 0.3))), 1)
        y = round(min(9.8, max(0.2, power + rng.uniform(-0.3, 0.3))), 1)
        if quadrant(x, y) != quadrant(interest, power):
            x, y = interest, power
        row = Stakeholder(**rng.row(FIRST_MEETING + rng.minutes(5, 90)), map_id=stakeholder_map.id, name=name,
                          organisation=organisation, sector=sector, x=x, y=y, attitude=attitude,
                          engagement=ENGAGEMENT[quadrant(x, y)], notes=notes, contact=contact)
        ids[key] = row.id
        stakeholders.append(row)
        if key in FIRST_ASSESSMENTS:
            row.updated_at = SECOND_MEETING + rng.minutes(5, 90)
            for label, at, (ax, ay, was) in (("ULG meeting 1", FIRST_MEETING, FIRST_ASSESSMENTS[key]),
                                             ("ULG meeting 2", SECOND_MEETING, (x, y, attitude))):
                assessments.append(StakeholderAssessment(
                    **rng.row(at + rng.minutes(5, 90)), stakeholder_id=row.id, assessed_at=at, label=label,
                    x=ax, y=ay, attitude=was,
                ))
    relationships = [
        StakeholderRelationship(
            **rng.row(FIRST_MEETING + rng.minutes(90, 120)), map_id=stakeholder_map.id, from_id=ids[a], to_id=ids[b],
            kind=kind, strength=rng.pick({1: 25, 2: 45, 3: 30}), directed=kind in DIRECTED,
        )
        for a, b, kind in RELATIONSHIPS
    ]
    add_rows(session, [stakeholder_map])
    add_rows(session, stakeholders)
    # Relationships and assessments point at stakeholders by id alone: the stakeholders go in first.
    add_rows(session, assessments + relationships)
    counts = {"stakeholder_maps": 1, "stakeholders": len(stakeholders), "relationships": len(relationships)}
    return stakeholder_map.id, counts
