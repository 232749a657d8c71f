"""``workshop-app render-map MAP --out FILE``: a stakeholder map as PDF, PNG or SVG, without opening a window.

Qt is imported only when this command runs, so the other commands start as fast as before.
"""

from __future__ import annotations

from pathlib import Path

from workshop_app.db.database import Database


def resolve_map(db: Database, reference: str) -> str:
    """The id of the map that ``reference`` names: its id, a unique prefix of the id, or its exact title."""
    from workshop_app.core.listing import resolve
    from workshop_app.db.models import StakeholderMap

    return resolve(db, StakeholderMap, reference, "map")


def render_map(db: Database, map_id: str, out: Path, *, paper: str = "A4", landscape: bool = True,
               dpi: int = 150) -> Path:
    """Draw map ``map_id`` (or its unique id prefix or exact title) into ``out``; returns the file written.

    The format follows the suffix of ``out`` (.pdf, .png or .svg); ``dpi`` is the resolution of a PNG.
    Raises ``UserError`` for an unknown map, suffix, paper or resolution, or a folder that cannot be written;
    nothing is left half-written.
    """
    from workshop_app.core.maps import MapService
    from workshop_app.ui.map_export import export_map  # starts an offscreen Qt application when needed

    data = MapService(db).get(resolve_map(db, map_id))
    return export_map(data, Path(out), paper=paper, landscape=landscape, dpi=dpi)
