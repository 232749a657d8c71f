"""Long work (import, export, merge) off the GUI thread, with a progress dialog that can cancel it.

``run_with_progress(parent, work, ...)`` runs ``work(progress)`` on a thread of its own and shows a progress
dialog if it takes longer than a moment. The result, an error sentence or the cancellation reaches the screen
through Qt signals, on the GUI thread. The work must not touch widgets; it reports through ``progress`` and
may stop early when ``progress.cancelled`` (or by calling ``progress.check()``).

Cancelling is immediate for the person: the dialog closes, ``cancelled`` is emitted and whatever the work
still returns is dropped. So work that stores something should hand its result back and let the GUI thread
store it in ``on_success`` (which never runs after a cancel), or check ``progress`` before its last step.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop_app.errors import UserError

log = logging.getLogger(__name__)

# Quick work finishes before the dialog would flash up; longer work shows it after this long.
SHOW_AFTER_MS = 400
_RUNNING: set[BackgroundTask] = set()
"""Tasks whose thread is still running: kept alive here until it ends, even if their screen is gone."""


class Cancelled(Exception):
    """Raised by ``Progress.check`` in the work once the person has cancelled."""


class Progress:
    """What the work sees: report how far it is, and find out whether it was cancelled. Thread-safe."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        """True once the person has cancelled."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop."""
        self._cancelled.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the person has cancelled (call it between steps)."""
        if self.cancelled:
            raise Cancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """``done`` of ``total`` steps (0: unknown, a busy bar), and optionally what is being done now."""
        self._report(done, total, text)


class _Thread(QThread):
    progressed = Signal(int, int, str)
    done = Signal(object, object)  # result, error (an exception, or None)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.progress = Progress(self.progressed.emit)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # everything reaches the GUI thread, which decides what to say
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


class BackgroundTask(QObject):
    """One piece of work on its own thread; exactly one of ``succeeded``, ``failed`` or ``cancelled`` follows."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    """The work's return value."""
    failed = Signal(str)
    """One sentence: a ``UserError``'s own, or a general one for an unexpected error (which is logged)."""
    cancelled = Signal()
    finished = Signal()
    """After any of the three above."""

    def __init__(self, work: Callable[[Progress], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._thread = _Thread(work)
        self._thread.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._thread.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._thread.finished.connect(self._thread_finished, Qt.ConnectionType.QueuedConnection)
        self.outcome: str | None = None
        """"succeeded", "failed" or "cancelled" once decided."""

    def start(self) -> None:
        """Start the work."""
        _RUNNING.add(self)
        _wait_at_quit()
        self._thread.start()

    def cancel(self) -> None:
        """Stop caring about the work: ``cancelled`` now, its result (if any) is dropped."""
        if self.outcome is not None:
            return
        self._thread.progress.cancel()
        self._finish("cancelled")
        self.cancelled.emit()
        self.finished.emit()

    def is_running(self) -> bool:
        """True while the thread runs (it may still run for a moment after a cancel)."""
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread has ended (for tests and for quitting)."""
        return self._thread.wait(msecs)

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.outcome is None:  # after a cancel the dialog is gone; late reports are dropped
            self.progressed.emit(done, total, text)

    def _done(self, result: Any, error: BaseException | None) -> None:
        if self.outcome is not None:
            return  # cancelled meanwhile: the result is dropped
        if error is None:
            self._finish("succeeded")
            self.succeeded.emit(result)
        elif isinstance(error, Cancelled):
            self._finish("cancelled")
            self.cancelled.emit()
        else:
            self._finish("failed")
            if isinstance(error, UserError):
                message = str(error)
            else:
                log.error("Background work failed", exc_info=(type(error), error, error.__traceback__))
                message = QCoreApplication.translate("worker", "Something went wrong ({error}); nothing was "
                                                               "changed.").format(error=type(error).__name__)
            self.failed.emit(message)
        self.finished.emit()

    def _finish(self, outcome: str) -> None:
        self.outcome = outcome

    def _thread_finished(self) -> None:
        _RUNNING.discard(self)


def run_with_progress(
    parent: QWidget | None, work: Callable[[Progress], Any], *, title: str, label: str,
    on_success: Callable[[Any], None], on_failure: Callable[[str], None] | None = None,
    on_cancel: Callable[[], None] | None = None, show_after_ms: int = SHOW_AFTER_MS,
) -> BackgroundTask:
    """Run ``work`` on a thread with a window-modal progress dialog that has Cancel; returns the running task.

    ``on_success(result)``, ``on_failure(sentence)`` and ``on_cancel()`` run on the GUI thread; without
    ``on_failure`` the sentence is shown in a warning box titled ``title``.
    """
    task = BackgroundTask(work)  # no parent: it must outlive a screen closed while the thread still runs
    dialog = QProgressDialog(label, QCoreApplication.translate("worker", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    task.dialog = dialog  # type: ignore[attr-defined]  # for tests and callers that want to press Cancel

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(0, total))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def failed(message: str) -> None:
        if on_failure is not None:
            on_failure(message)
        else:
            from workshop_app.ui import dialogs

            dialogs.warn(parent, title, message)

    def finished() -> None:
        dialog.canceled.disconnect(task.cancel)
        dialog.close()
        dialog.deleteLater()

    dialog.canceled.connect(task.cancel)
    task.progressed.connect(progressed)
    task.succeeded.connect(on_success)
    task.failed.connect(failed)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    task.finished.connect(finished)
    task.start()
    return task


_quit_hooked = False


def _wait_at_quit() -> None:
    """At quit, give running work a moment to end: Qt aborts if a QThread object dies while it runs."""
    global _quit_hooked
    app = QCoreApplication.instance()
    if _quit_hooked or app is None:
        return
    _quit_hooked = True

    def wait_all() -> None:
        for task in list(_RUNNING):
            task.wait(10_000)

    app.aboutToQuit.connect(wait_all)
