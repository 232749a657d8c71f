"""Small helpers for the few hot paths that write with Core statements instead of the ORM.

Core statements bypass the session hooks of ``db.stamping``, so these paths stamp rows and leave tombstones
themselves, exactly as the hooks would.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, insert

from workshop_app.db.base import new_id
from workshop_app.db.models import Tombstone


def write_tombstones(conn: Connection, table_name: str, row_ids: Iterable[str], *, laptop_id: str,
                     now: datetime) -> None:
    """Record that rows of ``table_name`` were deleted here, so a merge does not bring them back."""
    rows = [{"id": new_id(), "table_name": table_name, "row_id": row_id, "deleted_at": now, "created_at": now,
             "updated_at": now, "laptop_id": laptop_id} for row_id in row_ids]
    if rows:
        conn.execute(insert(Tombstone.__table__), rows)
