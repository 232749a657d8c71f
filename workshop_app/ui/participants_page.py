"""The Participants section: People, Check-in and Who took part, over one open database.

The page is built with the window, before any database is open, so it imports no SQLAlchemy and no matplotlib;
the services are made in ``set_database`` and the charts when "Who took part" is first shown.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.settings import Settings, load_settings
from workshop_app.ui.checkin_view import CheckinView
from workshop_app.ui.diversity_view import DiversityView
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.layouts import centred_column
from workshop_app.ui.participant_commands import PeopleServices
from workshop_app.ui.participant_recorder import recorder_name
from workshop_app.ui.participants_people import PeopleTab
from workshop_app.ui.undo import CommandContext

if TYPE_CHECKING:
    from workshop_app.core.workshops import WorkshopService
    from workshop_app.db.database import Database

PEOPLE_TAB, CHECKIN_TAB, DIVERSITY_TAB = range(3)
CONTENT_PAGE, NO_DATABASE_PAGE = range(2)


class ParticipantsPage(QWidget):
    """The section page (a ``DatabasePage``): registration at the door, consent, profile and the diversity picture."""

    def __init__(self, stack: QUndoStack, settings: Settings | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPage")
        self._stack = stack
        self.settings = settings if settings is not None else load_settings()
        self.services: PeopleServices | None = None
        self._workshop_service: WorkshopService | None = None
        self._ctx: CommandContext | None = None

        title = QLabel(self.tr("Participants"), self)
        title.setObjectName("pageTitle")
        self.personal_box = QCheckBox(self.tr("Show &personal data"), self)
        self.personal_box.setObjectName("personalToggle")
        self.personal_box.setAccessibleName(self.tr("Show personal data (names and contacts)"))
        self.personal_box.setToolTip(self.tr("Names and contacts stay hidden unless ticked; leaving this section "
                                             "hides them again"))
        self.personal_box.toggled.connect(self._set_personal)
        self.profile_button = QPushButton(self.tr("Edit profile &questions…"), self)
        self.profile_button.setAccessibleName(self.tr("Edit profile questions"))
        self.profile_button.setToolTip(self.tr("The voluntary questions about age, gender and more, in every "
                                               "language"))
        self.profile_button.clicked.connect(self.edit_profile_questions)
        self.people = PeopleTab(stack, self.context, self.recorder, self)
        self.checkin = CheckinView(stack, self.context, self.recorder, self)
        self.diversity = DiversityView(stack, self.context, self.language, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("participantTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.checkin, self.tr("Check-in"))
        self.tabs.addTab(self.diversity, self.tr("Who took part"))
        self.tabs.setAccessibleName(self.tr("Participants views"))
        self.tabs.currentChanged.connect(self._tab_changed)

        header = FlowRow(spacing=16, push_right_from=1).add_widgets(title, self.personal_box, self.profile_button)
        header.setContentsMargins(16, 14, 16, 4)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(4)
        content_layout.addWidget(header)
        content_layout.addWidget(self.tabs, 1)
        empty = QWidget(self)
        self.no_database_label = QLabel(self.tr("No database is open."), empty)
        self.no_database_label.setObjectName("emptyText")
        self.no_database_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centred_column(empty, [self.no_database_label])
        self._pages = QStackedWidget(self)
        self._pages.addWidget(content)
        self._pages.addWidget(empty)
        self._pages.setCurrentIndex(NO_DATABASE_PAGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._chain_focus()

    def _chain_focus(self) -> None:
        """One chain through every tab: Tab skips the widgets of the tabs not shown. Made again when the profile
        questions (whose fields are made anew) change, or their fields would come last."""
        chain = [self.personal_box, self.profile_button, self.tabs, *self.people.focus_order(),
                 *self.checkin.focus_order(), *self.diversity.focus_order()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what the tabs ask for -------------------------------------------------------------------
    def context(self) -> CommandContext | None:
        """The commands' context while a database is open."""
        return self._ctx

    def language(self) -> str:
        """The language labels are shown in."""
        return self.settings.language or "en"

    def recorder(self, ask_again: bool = False) -> str | None:
        """Who records consent (asked once, then remembered in the settings)."""
        name = recorder_name(self, self.settings, ask_again=ask_again)
        if name:
            self.checkin.show_recorder(name)
        return name

    # -- DatabasePage ----------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        """Work on ``db`` (a database without profile questions gets the default ones), or on nothing."""
        self._disconnect()
        if db is None:
            self.services = self._ctx = self._workshop_service = None
            self.people.clear()
            self.checkin.clear()
            self.diversity.clear()
            self._pages.setCurrentIndex(NO_DATABASE_PAGE)
            return
        from workshop_app.core.services import Services

        shared = Services.of(db)  # the same instances as the run view and the kiosk, so their changes show here
        self.services = PeopleServices(shared.participants, shared.consent, shared.profiles, shared.targets)
        self._workshop_service = shared.workshops
        self._ctx = CommandContext(self.services, self._report, self._focus)
        if not self.services.profiles.questions():
            self.services.profiles.ensure_defaults()
        for event, slot in self._connections():
            event.connect(slot)
        self._pages.setCurrentIndex(CONTENT_PAGE)
        self.people.clear()
        self.checkin.clear()
        self.diversity.clear()
        self.checkin.show_recorder(self.settings.user_name)
        self._profile_changed()
        self.refresh_workshops()
        self.people.refresh()

    def commit_pending(self) -> None:
        """Save what is typed in the participant panel."""
        self.people.detail.commit_pending()

    def _connections(self) -> list[tuple[Any, Any]]:
        if self.services is None:
            return []
        return [
            (self.services.participants.changed, self._people_changed),
            (self.services.consents.changed, self._people_changed),
            (self.services.profiles.changed, self._profile_changed),
            (self.services.targets.changed, self._targets_changed),
        ]

    def _disconnect(self) -> None:
        for event, slot in self._connections():
            event.disconnect(slot)

    # -- keeping the tabs current ----------------------------------------------------------------
    def refresh_workshops(self) -> None:
        """Read the workshops again (they are edited in the Workshops section)."""
        if self._workshop_service is None:
            return
        workshops = self._workshop_service.list()
        self.checkin.set_workshops(workshops)
        self.diversity.set_workshops(workshops)
        self.people.detail.set_workshop_titles({w.id: w.title for w in workshops})

    def _people_changed(self, _participant_id: str | None = None) -> None:
        self.people.refresh()
        self.checkin.refresh_list()
        self.diversity.mark_dirty()

    def _profile_changed(self, _question_id: str | None = None) -> None:
        if self.services is None:
            return
        questions = self.services.profiles.questions()
        self.people.detail.set_questions(questions, self.language())
        self.checkin.set_questions(questions, self.language())
        self._chain_focus()
        self.diversity.mark_dirty()

    def _targets_changed(self, _target_id: str | None = None) -> None:
        self.diversity.mark_dirty()

    def _report(self, text: str) -> None:
        current = self.tabs.currentWidget()
        if current is self.checkin:
            self.checkin.message.show_message(text)
        elif current is self.diversity:
            self.diversity.message.show_message(text)
        else:
            self.people.detail.show_message(text)

    def _focus(self, participant_id: str | None, workshop_id: str | None) -> None:
        """After undo/redo: show the participant on the People tab (the Check-in list follows by itself)."""
        if participant_id is not None and self.tabs.currentIndex() == PEOPLE_TAB:
            self.people.select_participant(participant_id)

    def _tab_changed(self, index: int) -> None:
        self.commit_pending()
        self.personal_box.setEnabled(index != DIVERSITY_TAB)
        if index == CHECKIN_TAB:
            self.checkin.form.name_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def _set_personal(self, visible: bool) -> None:
        self.people.set_personal_visible(visible)
        self.checkin.set_personal_visible(visible)

    # -- showing and leaving ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Workshops may have been added or renamed meanwhile."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh_workshops()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the section hides personal data again (not when the window is merely minimised)."""
        super().hideEvent(event)
        if not event.spontaneous():
            self.personal_box.setChecked(False)

    # -- dialogs ---------------------------------------------------------------------------------
    def edit_profile_questions(self) -> None:
        """Open the profile question editor."""
        if self._ctx is None:
            return
        from workshop_app.ui.profile_editor_dialog import ProfileEditorDialog

        self.commit_pending()
        dialog = ProfileEditorDialog(self._stack, self._ctx, self.language(), self)
        dialog.exec()
        dialog.deleteLater()
