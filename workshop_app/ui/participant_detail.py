"""The panel beside the People list: one participant's code, notes, personal data, consent and profile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.participant_rules import (
    ConsentRecord,
    ParticipantData,
    ProfileQuestionData,
    ProfileValue,
)
from workshop_app.errors import UserError
from workshop_app.ui.consent_panel import ConsentPanel
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.layouts import keep_content_width, keep_lines_high
from workshop_app.ui.participant_commands import (
    EditParticipant,
    GiveConsent,
    SetPersonalData,
    SetProfileAnswer,
    WithdrawConsent,
)
from workshop_app.ui.profile_form import ProfileForm
from workshop_app.ui.undo import CommandContext, execute

DETAIL_MIN_WIDTH = 440


class ParticipantDetail(QWidget):
    """Edits the participant given to ``set_participant``; each change is one undoable command."""

    erase_requested = Signal()
    delete_requested = Signal()

    def __init__(self, stack: QUndoStack, context: Callable[[], CommandContext | None],
                 recorder: Callable[[], str | None], parent: Any = None) -> None:
        super().__init__(parent)
        self._stack, self._context, self._recorder = stack, context, recorder
        self._data: ParticipantData | None = None
        self._history: list[ConsentRecord] = []
        self._personal = False
        self._workshop_titles: dict[str, str] = {}
        self.message = InlineMessage(self)

        self.code_title = QLabel(self)
        self.code_title.setObjectName("detailCode")
        self.code_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setAccessibleName(self.tr("Delete this registration"))
        self.delete_button.setToolTip(self.tr("For a registration made by mistake; you can undo it"))
        self.delete_button.clicked.connect(self.delete_requested)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("refusalNote")
        self.refusal.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(self.tr("Participant code"))
        self.code_edit.editingFinished.connect(self._commit_code)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Anything to remember, e.g. needs an interpreter"))
        self.notes_edit.setTabChangesFocus(True)
        keep_lines_high(self.notes_edit, 2)
        self.notes_edit.installEventFilter(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name (personal data)"))
        self.name_edit.editingFinished.connect(self._commit_personal)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setAccessibleName(self.tr("Contact (personal data)"))
        self.contact_edit.setPlaceholderText(self.tr("Phone or e-mail"))
        self.contact_edit.editingFinished.connect(self._commit_personal)
        self.personal_hidden = QLabel(self)
        self.personal_hidden.setObjectName("quietText")
        self.personal_hidden.setWordWrap(True)
        self.consent = ConsentPanel(self)
        self.consent.give_requested.connect(self._give)
        self.consent.withdraw_requested.connect(self._withdraw)
        self.profile = ProfileForm(self)
        self.profile.answer_changed.connect(self._answer)
        self.workshops = QLabel(self)
        self.workshops.setWordWrap(True)
        self.workshops.setAccessibleName(self.tr("Workshops attended"))
        self.erase_button = QPushButton(self.tr("Erase this person…"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAccessibleName(self.tr("Erase this person"))
        self.erase_button.setToolTip(self.tr("For a request to be forgotten; it cannot be undone"))
        self.erase_button.clicked.connect(self.erase_requested)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._placeholder())
        self._pages.addWidget(self._form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

    # -- building --------------------------------------------------------------------------------
    def _placeholder(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("editorPage")
        label = QLabel(self.tr("Select a participant in the list, or register people on the Check-in tab."), page)
        label.setObjectName("hint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        QVBoxLayout(page).addWidget(label)
        return page

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("sectionHeading")
        label.setWordWrap(True)
        return label

    def _field(self, grid: QGridLayout, row: int, text: str, widget: QWidget) -> None:
        label = QLabel(text, widget.parentWidget())
        label.setObjectName("fieldLabel")
        label.setBuddy(widget)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if isinstance(widget, QPlainTextEdit) else
                       Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(widget, row, 1)

    def _form(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("editorPage")
        top = QHBoxLayout()
        top.addWidget(self.code_title)
        top.addWidget(self.message, 1)
        top.addStretch()
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message.shown.connect(self.code_title.hide)
        self.message.dismissed.connect(self.code_title.show)

        basics = QGridLayout()
        basics.setHorizontalSpacing(12)
        basics.setColumnStretch(1, 1)
        self._field(basics, 0, self.tr("C&ode"), self.code_edit)
        self._field(basics, 1, self.tr("N&otes"), self.notes_edit)

        personal = QFrame(page)
        personal.setObjectName("personalBox")
        box = QVBoxLayout(personal)
        box.setContentsMargins(12, 10, 12, 12)
        note = QLabel(self.tr("Personal data — kept apart, never exported unless asked"), personal)
        note.setObjectName("personalNote")
        note.setWordWrap(True)
        self.name_edit.setParent(personal)
        self.contact_edit.setParent(personal)
        self.personal_hidden.setParent(personal)
        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.setColumnStretch(1, 1)
        self._field(fields, 0, self.tr("&Name"), self.name_edit)
        self._field(fields, 1, self.tr("Con&tact"), self.contact_edit)
        self._personal_fields = [fields.itemAtPosition(r, c).widget() for r in (0, 1) for c in (0, 1)]
        box.addWidget(note)
        box.addLayout(fields)
        box.addWidget(self.personal_hidden)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.refusal)
        layout.addLayout(basics)
        layout.addWidget(personal)
        layout.addWidget(self._heading(self.tr("Consent"), page))
        layout.addWidget(self.consent)
        layout.addWidget(self._heading(self.tr("About them (voluntary, any can be left out)"), page))
        layout.addWidget(self.profile)
        layout.addWidget(self._heading(self.tr("Workshops attended"), page))
        layout.addWidget(self.workshops)
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        layout.addWidget(line)
        erase_row = QHBoxLayout()
        erase_hint = QLabel(self.tr("When someone asks to be forgotten: removes their personal data, consent and "
                                    "profile for good."), page)
        erase_hint.setObjectName("hint")
        erase_hint.setWordWrap(True)
        erase_row.addWidget(erase_hint, 1)
        erase_row.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(erase_row)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        keep_content_width(scroll, DETAIL_MIN_WIDTH)
        return scroll

    def focus_order(self) -> list[QWidget]:
        """The panel's widgets in the order Tab visits them."""
        return [self.delete_button, self.code_edit, self.notes_edit, self.name_edit, self.contact_edit,
                *self.consent.focus_order(), *self.profile.focus_order(), self.erase_button,
                self.message.close_button]

    # -- showing ---------------------------------------------------------------------------------
    @property
    def current_id(self) -> str | None:
        """The id of the participant shown, or ``None``."""
        return self._data.id if self._data else None

    @property
    def data(self) -> ParticipantData | None:
        """The participant as last read."""
        return self._data

    def set_questions(self, questions: list[ProfileQuestionData], language: str) -> None:
        """The profile questions to show (after the list was edited)."""
        self.profile.set_questions(questions, language)
        if self._data is not None:
            self.profile.set_values(self._data.profile)

    def set_workshop_titles(self, titles: dict[str, str]) -> None:
        """Workshop id → title, to name the workshops a person attended."""
        self._workshop_titles = dict(titles)
        self._show_workshops()

    def set_personal_visible(self, visible: bool) -> None:
        """Show (and allow editing of) the name and contact, or keep them hidden."""
        if visible == self._personal:
            return
        self.commit_pending()
        self._personal = visible
        self.reload()

    def set_participant(self, participant_id: str | None) -> None:
        """Show another participant (or none), first saving what was typed."""
        if participant_id == self.current_id:
            return
        self.commit_pending()
        self.message.dismiss()
        self._load(participant_id)

    def clear(self) -> None:
        """Show nobody, without saving anything."""
        self.message.dismiss()
        self._load(None)

    def reload(self) -> None:
        """Read the shown participant again (after a change)."""
        self._load(self.current_id)

    def show_message(self, text: str) -> None:
        """Show a sentence above the form, without blocking."""
        self.message.show_message(text)

    def _load(self, participant_id: str | None) -> None:
        ctx = self._context()
        data, history = None, []
        if participant_id is not None and ctx is not None:
            try:
                data = ctx.service.participants.get(participant_id, personal=self._personal)
                history = ctx.service.consents.history(participant_id)
            except UserError:
                data = None  # gone meanwhile (erased, deleted, undone)
        self._data, self._history = data, history
        self._pages.setCurrentIndex(1 if data else 0)
        if data is None:
            return
        self.code_title.setText(data.code)
        self._set_text(self.code_edit, data.code)
        if self.notes_edit.toPlainText() != data.notes:
            self.notes_edit.setPlainText(data.notes)
        self.notes_edit.document().setModified(False)
        for widget in self._personal_fields:
            widget.setVisible(self._personal)
        self.personal_hidden.setVisible(not self._personal)
        if self._personal:
            self._set_text(self.name_edit, data.name)
            self._set_text(self.contact_edit, data.contact)
        elif data.has_personal_data:
            self.personal_hidden.setText(self.tr("A name or contact is on file. Tick “Show personal data” above to "
                                                 "see or change it."))
        else:
            self.personal_hidden.setText(self.tr("None on file: this person is known only by their code. Tick "
                                                 "“Show personal data” above to add a name or contact."))
        self.refusal.setVisible(not data.takes_part)
        self.refusal.setText(self.tr("{code} has not consented to take part, so no answers can be recorded for "
                                     "them.").format(code=data.code))
        self.consent.set_consent(data.consents, history)
        self.profile.set_values(data.profile)
        self._show_workshops()

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)
            edit.setCursorPosition(0)
        edit.setModified(False)

    def _show_workshops(self) -> None:
        if self._data is None:
            return
        titles = [self._workshop_titles.get(w, self.tr("(a workshop no longer listed)"))
                  for w in self._data.workshop_ids]
        self.workshops.setText("\n".join(f"• {t}" for t in titles) if titles else self.tr("None yet."))

    # -- committing ------------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Save text typed but not yet committed."""
        if self._data is None:
            return
        if self.code_edit.isModified():
            self._commit_code()
        if self.notes_edit.document().isModified():
            self._commit_notes()
        if self._personal and (self.name_edit.isModified() or self.contact_edit.isModified()):
            self._commit_personal()
        self.profile.commit_pending()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Commit the notes when they lose the focus (a plain text edit has no editingFinished)."""
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self._commit_notes()
        return super().eventFilter(watched, event)

    def _run(self, command: Any) -> bool:
        return execute(self._stack, command)

    def _commit_code(self) -> None:
        ctx, data = self._context(), self._data
        self.code_edit.setModified(False)
        if ctx is None or data is None or self.code_edit.text() == data.code:
            return
        command = EditParticipant(ctx, data.id, "code", data.code, self.code_edit.text(), self.tr("Change code"))
        if not self._run(command):
            self._set_text(self.code_edit, data.code)  # a code must stay valid: the stored one comes back

    def _commit_notes(self) -> None:
        ctx, data = self._context(), self._data
        if ctx is None or data is None or not self.notes_edit.document().isModified():
            return
        self.notes_edit.document().setModified(False)
        if self.notes_edit.toPlainText() != data.notes:
            # Refused notes (too long) stay in the field so nothing typed is lost; the message says why.
            self._run(EditParticipant(ctx, data.id, "notes", data.notes, self.notes_edit.toPlainText(),
                                      self.tr("Change notes")))

    def _commit_personal(self) -> None:
        ctx, data = self._context(), self._data
        if ctx is None or data is None or not self._personal:
            return
        self.name_edit.setModified(False)
        self.contact_edit.setModified(False)
        new = (self.name_edit.text(), self.contact_edit.text())
        if new != (data.name, data.contact):
            # A refused name (too long) stays in the field, not lost; the message says what to change.
            self._run(SetPersonalData(ctx, data.id, (data.name, data.contact), new))

    def _answer(self, question: str, value: ProfileValue | None) -> None:
        ctx, data = self._context(), self._data
        if ctx is None or data is None or data.profile.get(question) == value:
            return
        if not self._run(SetProfileAnswer(ctx, data.id, question, value)):
            self.profile.set_values(data.profile)

    def _give(self, purpose: str) -> None:
        ctx, data = self._context(), self._data
        who = self._recorder()
        if ctx is None or data is None or who is None:
            return
        self._run(GiveConsent(ctx, data.id, purpose, who))

    def _withdraw(self, purpose: str) -> None:
        ctx, data = self._context(), self._data
        who = self._recorder()
        if ctx is None or data is None or who is None:
            return
        self._run(WithdrawConsent(ctx, data.id, purpose, who))

