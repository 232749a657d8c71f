"""Nothing confirmed is lost when the process is killed mid-work."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from workshop_app.db.database import Database
from workshop_app.db.models import Workshop

WRITER = textwrap.dedent(
    """
    import sys
    from workshop_app.core.workshops import WorkshopService
    from workshop_app.db.database import Database
    service = WorkshopService(Database.open(sys.argv[1], create=True))
    i = 0
    while True:
        data = service.create(f"Workshop {i}")
        print(data.id, flush=True)  # printed only after the commit returned: "shown as saved"
        i += 1
    """
)


@pytest.mark.reliability
def test_killing_a_writer_loses_nothing_it_confirmed(tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / "killed.sqlite"
    confirmed: set[str] = set()
    for _round in range(5):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        first = writer.stdout.readline().strip()  # started and writing
        confirmed.add(first)
        time.sleep(rng.uniform(0.0, 0.3))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        confirmed.update(line.strip() for line in out.splitlines() if len(line.strip()) == 36)
        with Database.open(path) as db, db.session() as session:
            stored = set(session.scalars(select(Workshop.id)))
        assert confirmed <= stored
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    assert len(confirmed) > 5
