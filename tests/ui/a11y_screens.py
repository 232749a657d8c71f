"""Every screen of the app, opened on the demo data, one after the other, for the accessibility walk.

Each ``walk_*`` function puts a window into one state after another and yields ``(name, window)`` once each is
on screen; the test checks the window there. The windows are shown (offscreen) at the size a laptop gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from workshop_app.core.forms import Form
from workshop_app.db.database import Database
from workshop_app.ui.main_window import MainWindow

SCREEN = QSize(1280, 800)
"""The laptop screen every window must fit on."""

Step = tuple[str, QWidget]


def settle(qtbot: Any, window: QWidget | None = None) -> None:
    """Let layouts, style sheets and queued slots finish."""
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)
    if window is not None:
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()


def section(window: MainWindow, key: str) -> QWidget:
    """Show the section page with ``key`` (e.g. "participants") and return it."""
    from workshop_app.ui.sections import SECTIONS_WITH_PAGES

    row = 1 + SECTIONS_WITH_PAGES.index(key) if key != "workshops" else 0
    window.show_section(row)
    return window.pages.currentWidget()


def walk_main_window(qtbot: Any, window: MainWindow) -> Iterator[Step]:
    """The six sections, each in the states that show most of its widgets."""
    window.show_section(0)
    view = window.workshops_view
    view._select_row(0)
    settle(qtbot, window)
    yield "Workshops", window
    agenda = view.editor.agenda
    if agenda.table.model().rowCount():
        agenda.table.selectRow(0)
        settle(qtbot, window)
        yield "Workshops: agenda item selected", window

    page: Any = section(window, "participants")
    page.people.select_participant(page.people.model.summary(0).id)
    settle(qtbot, window)
    yield "Participants: people", window
    page.personal_box.setChecked(True)
    settle(qtbot, window)
    yield "Participants: people with personal data", window
    page.personal_box.setChecked(False)
    page.tabs.setCurrentWidget(page.checkin)
    settle(qtbot, window)
    yield "Participants: check-in", window
    page.tabs.setCurrentWidget(page.diversity)
    settle(qtbot, window)
    yield "Participants: who took part", window
    page.tabs.setCurrentWidget(page.people)

    page = section(window, "surveys")
    page._select_row(0)
    settle(qtbot, window)
    builder = page.builder
    questions = builder.doc.form.questions if builder.doc.form is not None else []
    for question in questions[:6]:
        builder.select_question(question)
        settle(qtbot, window)
        yield f"Surveys: builder on question {question.name} ({question.type})", window
    builder.tabs.setCurrentIndex(1)
    settle(qtbot, window)
    yield "Surveys: translations", window
    builder.tabs.setCurrentIndex(0)

    page = section(window, "maps")
    page._select_row(0)
    settle(qtbot, window)
    yield "Stakeholder maps: a map open", window
    if page.data is not None and page.data.stakeholders:
        page.scene.select([page.data.stakeholders[0].id])
        settle(qtbot, window)
        yield "Stakeholder maps: a stakeholder in the side panel", window
        if page.data.relationships:
            page.scene.select((), [page.data.relationships[0].id])
            settle(qtbot, window)
            yield "Stakeholder maps: a relationship in the side panel", window
        page.scene.select([s.id for s in page.data.stakeholders[:3]])
        settle(qtbot, window)
        yield "Stakeholder maps: several selected", window
        page.scene.select()

    section(window, "results")
    settle(qtbot, window)
    yield "Results", window

    section(window, "export")
    settle(qtbot, window)
    yield "Export", window
    window.show_section(0)


def dialog_steps(qtbot: Any, name: str, make: Callable[[], QDialog]) -> Iterator[Step]:
    """A dialog shown at its own size (not run modally), checked, then closed."""
    dialog = make()
    dialog.show()  # as exec() shows it: at its own size hint, width first, then the height that width needs
    settle(qtbot, dialog)
    try:
        yield name, dialog
    finally:
        dialog.reject()
        dialog.deleteLater()


def walk_dialogs(qtbot: Any, window: MainWindow) -> Iterator[Step]:
    """The important dialogs, each made as the screen that opens it makes it."""
    from workshop_app.ui.diversity_targets_dialog import TargetsDialog
    from workshop_app.ui.erasure_dialog import ErasureDialog
    from workshop_app.ui.map_new_dialog import NewMapDialog
    from workshop_app.ui.profile_editor_dialog import ProfileEditorDialog
    from workshop_app.ui.results_group_dialog import GroupDialog
    from workshop_app.ui.survey_template_dialog import TemplateDialog

    people: Any = section(window, "participants")
    ctx = people.context()
    yield from dialog_steps(qtbot, "Profile questions dialog",
                            lambda: ProfileEditorDialog(people._stack, ctx, people.language(), window))
    diversity = people.diversity
    yield from dialog_steps(qtbot, "Diversity targets dialog",
                            lambda: TargetsDialog(diversity._stack, ctx, diversity._language(), window))
    yield from dialog_steps(qtbot, "Erasure dialog", lambda: ErasureDialog("P-0042", window))
    surveys: Any = section(window, "surveys")
    yield from dialog_steps(qtbot, "New survey from a template",
                            lambda: TemplateDialog({s.form_id for s in surveys.service.list()}, window))
    section(window, "maps")
    yield from dialog_steps(qtbot, "New map dialog", lambda: NewMapDialog(window))
    results: Any = section(window, "results")
    yield from dialog_steps(qtbot, "Compare groups dialog", lambda: GroupDialog(results.filters.questions(), window))
    window.show_section(0)


def full_workshop(db: Database) -> str:
    """The demo workshop whose agenda holds a survey, a brainstorm, a dot vote and a feedback round."""
    from workshop_app.core.services import Services

    workshops = Services.of(db).workshops
    for summary in workshops.list():
        kinds = {a.kind for a in workshops.get(summary.id).activities}
        if {"survey", "brainstorm", "dot_vote", "feedback_round"} <= kinds:
            return summary.id
    raise AssertionError("the demo has no workshop with every kind of activity")


def walk_run_window(qtbot: Any, db: Database, workshop_id: str) -> Iterator[Step]:
    """The run view on each agenda item, then its PIN and check-in dialogs, then the projector beside it."""
    from workshop_app.ui.run_checkin import CheckinListDialog
    from workshop_app.ui.run_pin_dialog import KioskPinDialog
    from workshop_app.ui.run_window import RunWindow

    window = RunWindow(db, None, workshop_id)
    window.ticker.stop()
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    try:
        for activity in window.workshop.activities:
            window.select_activity(activity.id)
            settle(qtbot, window)
            yield f"Run window: {activity.kind}", window
        yield from dialog_steps(qtbot, "Kiosk PIN dialog",
                                lambda: KioskPinDialog(window.services.kiosk_pins, workshop_id, window))
        yield from dialog_steps(qtbot, "Checked-in list dialog",
                                lambda: CheckinListDialog(window.services.participants, workshop_id, window))
        projector = window.open_projector()
        projector.resize(SCREEN)
        projector.show()
        try:
            for activity in window.workshop.activities:
                window.select_activity(activity.id)
                window.open_projector()
                settle(qtbot, projector)
                yield f"Projector: {activity.kind}", projector
        finally:
            projector.close()
    finally:
        window.close()
        window.deleteLater()


def walk_data_entry(qtbot: Any, db: Database, workshop_id: str) -> Iterator[Step]:
    """Typing in paper questionnaires for the workshop's survey."""
    from workshop_app.core.services import Services
    from workshop_app.ui.data_entry_window import DataEntryWindow

    survey = next(a for a in Services.of(db).workshops.get(workshop_id).activities if a.kind == "survey")
    window = DataEntryWindow(db, None, workshop_id=workshop_id, activity_id=survey.id)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    try:
        yield "Data entry window", window
    finally:
        window.close()
        window.deleteLater()


def walk_kiosk(qtbot: Any, db: Database, *, language: str | None = None, form: Form | None = None) -> Iterator[Step]:
    """The kiosk: welcome, each question of a survey (``form``, by default the four-language test survey) answered
    in ``language`` as a participant picks it, then a dot vote."""
    from workshop_app.core.services import Services
    from workshop_app.ui.kiosk_window import KioskWindow

    from .kiosk_support import Clock, make_setup

    clock = Clock()
    setup = make_setup(db, form=form)
    window = KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=setup.activity_id, clock=clock)
    assert window.start()
    window.resize(SCREEN)
    try:
        page: Any = window.page
        button = page.welcome.language_button(language) if language else None
        if button is not None:
            button.click()
        settle(qtbot, window)
        yield "Kiosk: welcome", window
        page.welcome.start.click()
        for _ in range(8):
            clock.advance(2)
            settle(qtbot, window)
            name = page.session.view().name if page.session.view() is not None else page.session.screen
            yield f"Kiosk: question {name}", window
            widget = page.question.widget
            buttons = getattr(widget, "buttons", None)
            edit = getattr(widget, "edit", None)
            if callable(buttons) and buttons():
                buttons()[0].click()
            elif isinstance(edit, QLineEdit):
                qtbot.keyClicks(edit, "3")
            page.question.next.click()
    finally:
        window.shut_down()
    services = Services.of(db)
    brainstorm = services.workshops.add_activity(setup.workshop_id, "brainstorm")
    for text in ("A bench by the bus stop", "Free computer classes in the library on Saturday mornings",
                 "Childcare during workshops"):
        services.brainstorm.add_idea(brainstorm.id, text)
    vote = services.workshops.add_activity(setup.workshop_id, "dot_vote", options={"dots": 3})
    window = KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=vote.id, clock=clock)
    assert window.start()
    window.resize(SCREEN)
    try:
        settle(qtbot, window)
        yield "Kiosk: dot vote", window
    finally:
        window.shut_down()


def demo_window(qtbot: Any, db_path: Any, *, scale: int = 100, high_contrast: bool = False,
                language: str = "en") -> MainWindow:
    """The main window on ``db_path`` in ``language`` with text at ``scale`` % (high contrast or not), shown at the
    laptop's size."""
    from workshop_app.settings import load_settings

    from .conftest import started_window

    settings = load_settings()
    settings.text_scale, settings.high_contrast, settings.language = scale, high_contrast, language
    window = started_window(qtbot, db_path, settings)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


__all__ = ["SCREEN", "Database", "demo_window", "dialog_steps", "full_workshop", "section", "settle",
           "walk_data_entry", "walk_dialogs", "walk_kiosk", "walk_main_window", "walk_run_window"]
