"""The background worker the Surveys section (and later export and merge) use for long work."""

from __future__ import annotations

import threading
from typing import Any

from workshop_app.errors import UserError
from workshop_app.ui.worker import BackgroundTask, Progress, run_with_progress

from .conftest import DialogLog
from .survey_support import finish


def test_the_result_arrives_on_the_gui_thread_with_progress(qtbot: Any) -> None:
    seen: list[Any] = []
    threads: list[Any] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread())
        for step in range(3):
            progress.report(step + 1, 3, f"Step {step + 1}")
        return 42

    def done(result: int) -> None:
        threads.append(threading.current_thread())
        seen.append(result)

    task = run_with_progress(None, work, title="Work", label="Working…", on_success=done)
    reports: list[tuple[int, int, str]] = []
    task.progressed.connect(lambda *args: reports.append(args))
    finish(qtbot, task)
    assert task.outcome == "succeeded" and seen == [42]
    assert reports == [(1, 3, "Step 1"), (2, 3, "Step 2"), (3, 3, "Step 3")]
    assert threads[0] is not threading.main_thread() and threads[1] is threading.main_thread()


def test_a_user_error_is_one_sentence_and_a_crash_is_said_plainly(qtbot: Any, dialog_log: DialogLog) -> None:
    def refuse(_progress: Progress) -> None:
        raise UserError("The file is not an XLSForm.")

    failures: list[str] = []
    finish(qtbot, run_with_progress(None, refuse, title="Import", label="…", on_success=print,
                                    on_failure=failures.append))
    assert failures == ["The file is not an XLSForm."]

    def crash(_progress: Progress) -> None:
        raise KeyError("oops")

    task = finish(qtbot, run_with_progress(None, crash, title="Import", label="…", on_success=print))
    assert task.outcome == "failed"
    assert dialog_log.texts("warning") == ["Something went wrong (KeyError); nothing was changed."]


def test_cancelling_drops_the_result_and_stops_work_that_checks(qtbot: Any) -> None:
    release = threading.Event()
    results: list[Any] = []
    cancelled: list[bool] = []

    def slow(progress: Progress) -> str:
        release.wait(5)
        progress.report(1, 2)  # late: the dialog is gone by now
        progress.check()
        return "stored"

    task = run_with_progress(None, slow, title="Slow", label="…", on_success=results.append,
                             on_cancel=lambda: cancelled.append(True))
    task.cancel()
    release.set()
    finish(qtbot, task)
    assert task.outcome == "cancelled" and cancelled == [True] and results == []

    release2 = threading.Event()
    unchecked = BackgroundTask(lambda _p: release2.wait(5) and "finished anyway")
    got: list[Any] = []
    unchecked.succeeded.connect(got.append)
    unchecked.start()
    unchecked.cancel()
    release2.set()
    finish(qtbot, unchecked)
    assert got == [], "a result that comes after a cancel is dropped"
