"""Maps for the rendering and export tests: the demo map from a database, and big generated ones."""

from __future__ import annotations

import random

from workshop_app.core.map_rules import ATTITUDES, SECTORS, MapData, RelationshipData, StakeholderData
from workshop_app.db.database import Database


def demo_map(db: Database) -> MapData:
    """The demo's stakeholder map, filled into ``db`` first and read back through the map service."""
    from workshop_app.core.demo import fill_demo
    from workshop_app.core.maps import MapService

    fill_demo(db, participants=5)
    (only,) = MapService(db).list()
    return MapService(db).get(only.id)


def big_map(stakeholders: int = 1000, relationships: int = 3000, seed: int = 1) -> MapData:
    """A map of many stakeholders with realistic names and random ties, made in memory."""
    rng = random.Random(seed)
    words = ("Association", "Centre", "Office", "Network", "Cooperative", "Institute", "Foundation", "Council",
             "Club", "Company", "School", "Parish", "Library", "Union", "Agency")
    places = ("São Vicente", "Old Town", "Riverside", "North", "Harbour", "Station", "Hillside", "Market")
    people = tuple(
        StakeholderData(
            id=f"s{i}", name=f"{rng.choice(places)} {rng.choice(words)} {i}", sector=rng.choice(SECTORS),
            x=round(rng.uniform(0, 10), 1), y=round(rng.uniform(0, 10), 1), attitude=rng.choice(ATTITUDES),
        )
        for i in range(stakeholders)
    )
    ties = tuple(
        RelationshipData(id=f"r{i}", from_id=f"s{rng.randrange(stakeholders)}",
                         to_id=f"s{rng.randrange(stakeholders)}", strength=rng.choice((1, 2, 3)),
                         directed=rng.random() < 0.3)
        for i in range(relationships)
    )
    return MapData(id="big", title="A thousand stakeholders", kind="power_interest", x_title="Interest",
                   y_title="Power", quadrant_names=("Manage closely", "Keep informed", "Monitor", "Keep satisfied"),
                   stakeholders=people, relationships=ties)
