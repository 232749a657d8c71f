"""Migration 0004 (map snapshots) on a database that already holds a stakeholder map: nothing is lost and the
map can be snapshotted and compared straight away."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.db.old_schema import database_at
from workshop_app.core.maps import MapService
from workshop_app.db.database import Database

NOW = "2026-08-27 17:00:00"
STAMPS = f"'{NOW}', '{NOW}', 'old-laptop'"


def _database_at_0003(path: Path) -> None:
    database_at(path, "0003")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(
        "INSERT INTO stakeholder_maps (id, title, kind, x_title, y_title, x_max, y_max, quadrant_names, notes,"
        f" created_at, updated_at, laptop_id) VALUES ('m', 'Who matters', 'power_interest', 'Interest', 'Power',"
        f" 10, 10, '[\"a\", \"b\", \"c\", \"d\"]', '', {STAMPS})"
    )
    for key, x in (("s1", 2.0), ("s2", 8.0)):
        conn.execute(
            "INSERT INTO stakeholders (id, map_id, name, organisation, sector, x, y, attitude, engagement, notes,"
            f" contact, created_at, updated_at, laptop_id) VALUES ('{key}', 'm', 'Name {key}', '', 'public', {x}, 5,"
            f" '', '', '', '', {STAMPS})"
        )
    conn.execute(
        "INSERT INTO relationships (id, map_id, from_id, to_id, kind, strength, directed, created_at, updated_at,"
        f" laptop_id) VALUES ('r', 'm', 's1', 's2', 'works with', 2, 0, {STAMPS})"
    )
    conn.commit()
    conn.close()


def test_upgrading_keeps_the_map_and_snapshots_work(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _database_at_0003(path)
    with Database.open(path) as db:
        maps = MapService(db)
        data = maps.get("m")
        assert [(s.name, s.x, s.attitude) for s in data.stakeholders] == [("Name s1", 2.0, "unknown"),
                                                                        ("Name s2", 8.0, "unknown")]
        assert len(data.relationships) == 1
        snapshot = maps.take_snapshot("m", "ULG meeting 1")
        maps.move_stakeholders({"s1": (3.0, 5.0)})
        assert [m.stakeholder_id for m in maps.compare("m", snapshot.id)] == ["s1"]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM snapshot_positions").fetchone() == (2,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
