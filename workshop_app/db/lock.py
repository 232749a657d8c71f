"""One writer per database: an operating-system lock on a small file beside it.

The lock dies with the process that holds it, so a crash or power cut never leaves a database stuck.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from workshop_app.errors import DatabaseBusyError
from workshop_app.texts import QT_TRANSLATE_NOOP

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(database: Path) -> Path:
    """The lock file of a database."""
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """Held while a process may write a database; ``acquire`` fails at once if another process holds it."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.path = lock_path(self.database)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise ``DatabaseBusyError`` naming the file and the holder."""
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            if holder:
                raise DatabaseBusyError(QT_TRANSLATE_NOOP("errors", "{database} is busy: another Workshop App window "
                                                                    "or command ({holder}) is using it. Close that "
                                                                    "one first, or open a different file."),
                                        database=self.database, holder=holder)
            raise DatabaseBusyError(QT_TRANSLATE_NOOP("errors", "{database} is busy: another Workshop App window or "
                                                                "command is using it. Close that one first, or open a "
                                                                "different file."), database=self.database)
        # The holder's description sits past byte 0 so Windows' one-byte lock does not hide it.
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"\nprocess {os.getpid()} on {socket.gethostname()}".encode())
        self._fd = fd

    def release(self) -> None:
        """Let other processes open the database."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        # The lock file is left in place: deleting it could race with another process locking it.


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 200).decode("utf-8", "replace").strip()
    except OSError:
        return ""
