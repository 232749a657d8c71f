"""Typing in paper questionnaires: the whole survey as one keyboard form, paper after paper.

The code written on the paper (or nothing, for an anonymous paper where the survey allows it), then every
question in order: Tab or Enter moves on, each field is saved the moment it is left, problems show beside the
field, questions that skip logic rules out are greyed and skipped. Ctrl+Enter finishes the paper and clears the
form for the next one. The rules are ``core.data_entry.DataEntrySession``'s, the same as the kiosk's.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.data_entry import DataEntrySession
from workshop_app.core.forms import ANSWERABLE, FormState, Slot
from workshop_app.core.question_view import answerable_slots, fill_repeats, question_view
from workshop_app.core.response_rules import AnswerRejected, IdentityRefused, IncompleteResponse
from workshop_app.core.services import Services
from workshop_app.errors import UserError
from workshop_app.ui.data_entry_fields import EntryRow, repolish
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.kiosk_phrases import endonym

if TYPE_CHECKING:
    from workshop_app.db.database import Database
    from workshop_app.settings import Settings


class DataEntryWindow(QWidget):
    """The facilitator's window for paper questionnaires of one agenda item (a survey or a feedback round)."""

    closed = Signal()

    def __init__(self, db: Database, settings: Settings | None, *, workshop_id: str, activity_id: str,
                 resume_response_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from workshop_app.core.kiosk_activity import kiosk_activity  # SQLAlchemy: not at start-up

        self.setObjectName("dataEntryWindow")
        self.services = Services.of(db)
        self.settings = settings
        self.activity = kiosk_activity(db, activity_id)
        if self.activity.workshop_id != workshop_id:
            raise UserError(self.tr("That agenda item belongs to another workshop."))
        survey_id = self._survey_id()
        self.logic = self.services.responses.logic(survey_id)
        form = self.logic.form
        self.session = DataEntrySession(self.services.responses, self.logic, survey_id, workshop_id=workshop_id,
                                        activity_id=activity_id, language=form.default_language)
        self.setWindowTitle(self.tr("Paper questionnaires — {title}").format(title=form.title))
        self.rows: dict[tuple[str, tuple[int, ...]], EntryRow] = {}
        self._build(form.title)
        self._rebuild_rows()
        if resume_response_id:
            self.resume(resume_response_id)
        self.resize(1180, 760)

    def _survey_id(self) -> str:
        if self.activity.kind == "feedback_round":
            return self.services.feedback.survey_id()
        if self.activity.kind != "survey":
            raise UserError(self.tr("Only a survey or a feedback round is typed in from paper."))
        if not self.activity.survey_id:
            raise UserError(self.tr("Choose which survey this agenda item runs first."))
        return self.activity.survey_id

    # -- building ------------------------------------------------------------------------------------------
    def _build(self, title: str) -> None:
        heading = QLabel(self.tr("Paper questionnaires: {title}").format(title=title), self)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        self.counter = QLabel(self)
        self.counter.setObjectName("entryCounter")
        self.counter.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("entryCode")
        self.code.setPlaceholderText(self.tr("Code on the paper, e.g. 42") if self.logic.form.allow_anonymous is False
                                     else self.tr("Code on the paper, or empty if anonymous"))
        self.code.setAccessibleName(self.tr("Participant code on the paper"))
        self.code.setFixedWidth(300)
        self.code.returnPressed.connect(self._code_entered)
        self.code_problem = QLabel(self)
        self.code_problem.setObjectName("entryProblem")
        self.code_problem.hide()
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the paper"))
        for code in self.logic.form.languages:
            self.language.addItem(endonym(code, self.logic.form.language_name(code)), code)
        self.language.setVisible(self.language.count() > 1)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.resume_button = QPushButton(self.tr("Resume a paper…"), self)
        self.resume_menu = QMenu(self.resume_button)
        self.resume_menu.aboutToShow.connect(self._fill_resume_menu)
        self.resume_button.setMenu(self.resume_menu)
        code_label = QLabel(self.tr("Participant code:"), self)
        code_label.setBuddy(self.code)
        self.code_problem.setWordWrap(True)
        self.language_label = QLabel(self.tr("Language of the paper:"), self)
        self.language_label.setBuddy(self.language)
        self.language_label.setVisible(self.language.count() > 1)
        # One line while it fits; with large text the language and Resume wrap below the code.
        top = FlowRow(spacing=10, push_right_from=3).add_widgets(
            code_label, self.code, self.code_problem, self.language_label, self.language, self.resume_button)
        self.message = InlineMessage(self)
        self.body = QWidget(self)
        self.body.setObjectName("entryBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("entryScroll")
        self.scroll.setAccessibleName(self.tr("Questions of the paper questionnaire"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.finish_button = QPushButton(self.tr("Finish and next questionnaire (Ctrl+Enter)"), self)
        self.finish_button.setObjectName("primaryButton")
        self.finish_button.clicked.connect(self.finish_paper)
        bottom = FlowRow(push_right_from=1).add_widgets(self.counter, self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(heading)
        layout.addWidget(top)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.finish_paper, context=Qt.ShortcutContext.WindowShortcut)
        self._show_counter()

    def _state(self) -> FormState:
        """The paper being typed, or a blank one (what a new paper's skip logic shows) before it is begun."""
        if self.session.state is not None:
            return self.session.state
        blank = self.logic.new_state(language=self.session.language)
        fill_repeats(blank)
        return blank

    def _rebuild_rows(self) -> None:
        state = self._state()
        for row in self.rows.values():
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        while self.body_layout.count():
            self.body_layout.takeAt(0)
        for number, slot in enumerate(_every_field(state), 1):
            row = EntryRow(number, question_view(state, slot, self.session.language), self.body)
            row.committed.connect(self._commit)
            row.advance.connect(self._advance)
            self.body_layout.addWidget(row)
            row.show()
            self.rows[(slot.name, tuple(slot.instance))] = row
        self.body_layout.addStretch(1)
        # The new rows' fields between the paper's code and Finish, as they stand, not after Finish.
        chain = [self.code, self.language, self.resume_button, *(row.input for row in self.rows.values()),
                 self.finish_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._refresh(state)

    def _refresh(self, state: FormState | None = None) -> None:
        """Grey out what skip logic rules out; new repeat entries get their rows."""
        state = state or self._state()
        if [(s.name, tuple(s.instance)) for s in _every_field(state)] != list(self.rows):
            focused = self._focused_row()
            self._rebuild_rows()
            if focused is not None and (focused.slot.name, focused.slot.instance) in self.rows:
                self.rows[(focused.slot.name, focused.slot.instance)].focus()
            return
        applies = {(s.name, tuple(s.instance)) for s in answerable_slots(state)}
        for key, row in self.rows.items():
            row.set_applies(key in applies)
            row.show_view(question_view(state, row.slot, self.session.language))

    # -- a paper ---------------------------------------------------------------------------------------------
    def _begin(self) -> bool:
        """Start the paper under the code typed (anonymous when empty); False, with the reason shown, if refused."""
        if self.session.response is not None:
            return True
        code = self.code.text().strip()
        try:
            response = self.session.begin(code or None)
        except (IdentityRefused, UserError) as refused:
            self.code_problem.setText(str(refused))
            self.code_problem.show()
            self.code.setFocus()
            self.code.selectAll()
            return False
        self.code_problem.hide()
        self._lock_code(response.participant_code)
        return True

    def _lock_code(self, code: str | None) -> None:
        """Show whose paper is open (None: no paper open, the field takes the next code)."""
        self.code.setReadOnly(code is not None)
        self.code.setText(code or self.tr("anonymous") if code is not None else "")
        repolish(self.code)

    def _code_entered(self) -> None:
        if self._begin():
            self._focus_next(None)

    def _commit(self, row: EntryRow) -> bool:
        """Save one field as it is left; the problem beside it when it cannot be kept."""
        if not row.applies or not row.changed():
            return not row.has_problem()
        if self.session.response is None and (not row.typed() or not self._begin()):
            return False
        try:
            saved = self.session.set(row.slot.name, row.typed(), row.slot.instance)
        except AnswerRejected as refused:
            row.show_problem(refused.problem.message)
            return False
        except UserError as problem:
            row.show_problem(str(problem))
            return False
        row.saved = saved.value
        row.show_problem("")
        self._refresh()
        return True

    def _advance(self, row: EntryRow) -> None:
        if self._commit(row):
            self._focus_next(row.slot)

    def _focus_next(self, slot: Any) -> None:
        following = self.session.next_field(slot) if self.session.state is not None else None
        target = self.rows.get((following.name, tuple(following.instance))) if following is not None else None
        if target is not None:
            target.focus()
        else:
            self.finish_button.setFocus()

    def _focused_row(self) -> EntryRow | None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, EntryRow):
            widget = widget.parentWidget()
        return widget if isinstance(widget, EntryRow) and widget in self.rows.values() else None

    def finish_paper(self) -> bool:
        """Ctrl+Enter: finish this paper and clear the form for the next one; problems are shown beside fields."""
        focused = self._focused_row()
        if focused is not None:
            self._commit(focused)
        waiting = [row for row in self.rows.values() if row.applies and row.has_problem()]
        if waiting:
            self._say(self.tr("Correct the fields marked in red first."))
            waiting[0].focus()
            return False
        if self.session.response is None:
            self._say(self.tr("Type the answers of a paper first."))
            self.code.setFocus()
            return False
        try:
            self.session.finish()
        except IncompleteResponse as incomplete:
            for slot, problem in self.session.problems().items():
                row = self.rows.get((slot.name, tuple(slot.instance)))
                if row is not None:
                    row.show_problem(problem.message)
            self._say(str(incomplete))
            first = incomplete.missing[0] if incomplete.missing else None
            if first is not None and (first.name, tuple(first.instance)) in self.rows:
                self.rows[(first.name, tuple(first.instance))].focus()
            return False
        self._next_paper()
        self._say(self.tr("Saved. Type the next paper."), good=True)
        return True

    def _say(self, text: str, *, good: bool = False) -> None:
        self.message.setObjectName("infoMessage" if good else "inlineMessage")
        repolish(self.message)
        self.message.show_message(text)

    def _next_paper(self) -> None:
        self._lock_code(None)
        self.code_problem.hide()
        self._rebuild_rows()
        self._show_counter()
        self.code.setFocus()

    def resume(self, response_id: str) -> None:
        """Carry on typing a paper put aside (or a kiosk response left unfinished)."""
        data = self.services.responses.get(response_id)
        if data.survey_id != self.session.survey_id or data.completed_at is not None:
            raise UserError(self.tr("That is not an unfinished response of this survey."))
        self.session.resume(response_id)
        self._lock_code(data.participant_code)
        index = self.language.findData(data.language)
        if index >= 0:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
            self.session.language = data.language
        self._rebuild_rows()
        QTimer.singleShot(0, lambda: self._focus_next(None))

    def _fill_resume_menu(self) -> None:
        self.resume_menu.clear()
        current = self.session.response.id if self.session.response is not None else None
        found = [r for r in self.services.responses.unfinished(self.activity.workshop_id)
                 if r.survey_id == self.session.survey_id and r.activity_id == self.activity.id and r.id != current]
        if not found:
            self.resume_menu.addAction(self.tr("No paper is waiting")).setEnabled(False)
        for item in found:
            who = item.participant_code or self.tr("anonymous")
            text = self.tr("{who} — {count} answers ({mode})").format(
                who=who, count=item.answer_count, mode=self.tr("kiosk") if item.mode == "kiosk" else self.tr("paper"))
            self.resume_menu.addAction(text, lambda rid=item.id: self.resume(rid))

    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        if not code:
            return
        self.session.language = code
        if self.session.response is not None and self.session.state is not None:
            self.services.responses.set_language(self.session.response.id, code)
            self.session.state.language = code
        self._refresh()

    def _show_counter(self) -> None:
        self.counter.setText(self.tr("Paper questionnaires entered: {count}").format(count=self.session.entered))

    def closeEvent(self, event: QCloseEvent) -> None:
        focused = self._focused_row()
        if focused is not None:
            self._commit(focused)  # the paper stays unfinished; "Resume a paper…" brings it back
        event.accept()
        self.closed.emit()


def _every_field(state: FormState) -> list[Slot]:
    """Every question a paper can answer (those skip logic rules out too), in form order."""
    logic = state.logic
    return [slot for slot in state.slots(relevant_only=False)
            if logic.questions[logic.by_name[slot.name]].type in ANSWERABLE]
