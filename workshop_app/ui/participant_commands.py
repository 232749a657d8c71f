"""Every edit of a participant as a small undoable command; ``redo``/``undo`` each call a core service.

The commands share one ``PeopleServices`` bundle as their context's service. After an undo or a redo the
context's ``focus`` is called with ``(participant_id, workshop_id)`` so the screen can bring the person into view.
Erasure is deliberately not a command: it cannot be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from workshop_app.core.participant_rules import ParticipantData, ProfileValue
from workshop_app.ui.undo import CommandContext, ServiceCommand

if TYPE_CHECKING:  # the services import SQLAlchemy, which the window must not wait for
    from workshop_app.core.consent import ConsentService
    from workshop_app.core.diversity_targets import TargetService
    from workshop_app.core.participants import ParticipantService
    from workshop_app.core.profiles import ProfileService
    from workshop_app.db.snapshots import RowSnapshot

# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate

EDIT_PARTICIPANT_ID = 2001
EDIT_PERSONAL_ID = 2002


@dataclass
class PeopleServices:
    """The services of the Participants screen, built once per open database."""

    participants: ParticipantService
    consents: ConsentService
    profiles: ProfileService
    targets: TargetService


def reporting_to(context: Callable[[], CommandContext | None],
                 report: Callable[[str], None]) -> Callable[[], CommandContext | None]:
    """``context`` with refusals shown by ``report``: each tab says what went wrong where it happened."""
    def local() -> CommandContext | None:
        ctx = context()
        return None if ctx is None else CommandContext(ctx.service, report, ctx.focus)

    return local


def while_open(dialog: QWidget, report: Callable[[str], None], focus: Callable[[str | None, str | None], None],
               fallback: CommandContext, service: Any = None) -> CommandContext:
    """A context that reports to and focuses in ``dialog`` while it is open, and to ``fallback`` after.

    Commands made in a dialog stay on the window's undo stack after the dialog is gone. ``service`` replaces
    the fallback's (the profile editor's commands call the ``ProfileService`` itself).
    """
    def is_open() -> bool:
        return isValid(dialog) and dialog.isVisible()

    def route_report(text: str) -> None:
        (report if is_open() else fallback.report)(text)

    def route_focus(first: str | None, second: str | None) -> None:
        if is_open():
            focus(first, second)

    return CommandContext(fallback.service if service is None else service, route_report, route_focus)


class PeopleCommand(ServiceCommand):
    """A participant command: ``participant_id`` (and perhaps ``workshop_id``) are shown after undo/redo."""

    def __init__(self, ctx: CommandContext, text: str, participant_id: str | None = None) -> None:
        super().__init__(ctx, text)
        self.participant_id = participant_id

    @property
    def services(self) -> PeopleServices:
        """The bundle of services the commands call."""
        return self.ctx.service

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        return self.participant_id, self.workshop_id

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        return self.participant_id, self.workshop_id


class RegisterParticipant(PeopleCommand):
    """Register someone (with consents, profile and check-in); undo deletes them, redo brings the same row back."""

    def __init__(self, ctx: CommandContext, values: dict[str, Any]) -> None:
        super().__init__(ctx, translate("people", "Register participant"))
        self.values = values
        self.workshop_id = values.get("workshop_id")
        self.data: ParticipantData | None = None
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.data = self.services.participants.register(**self.values)
            self.participant_id = self.data.id
        else:
            self.services.participants.restore(self._snapshot)

    def revert(self) -> None:
        assert self.participant_id is not None
        self._snapshot = self.services.participants.delete(self.participant_id)

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        return None, self.workshop_id


class DeleteParticipant(PeopleCommand):
    """Delete a registration made by mistake; undo restores the person with everything about them."""

    def __init__(self, ctx: CommandContext, participant_id: str) -> None:
        super().__init__(ctx, translate("people", "Delete participant"), participant_id)
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        assert self.participant_id is not None
        self._snapshot = self.services.participants.delete(self.participant_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.services.participants.restore(self._snapshot)

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        return None, None


class EditParticipant(PeopleCommand):
    """Change the code or the notes; consecutive changes of the same field merge into one step."""

    def __init__(self, ctx: CommandContext, participant_id: str, field: str, old: str, new: str, text: str) -> None:
        super().__init__(ctx, text, participant_id)
        self.field, self.old, self.new = field, old, new

    def apply(self) -> None:
        self.services.participants.update(self.participant_id, **{self.field: self.new})

    def revert(self) -> None:
        self.services.participants.update(self.participant_id, **{self.field: self.old})

    def id(self) -> int:
        return EDIT_PARTICIPANT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same field of the same person."""
        if not isinstance(other, EditParticipant) or (other.participant_id, other.field) != (
                self.participant_id, self.field):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class SetPersonalData(PeopleCommand):
    """Change the name and contact (both empty removes the personal data)."""

    def __init__(self, ctx: CommandContext, participant_id: str, old: tuple[str, str], new: tuple[str, str]) -> None:
        super().__init__(ctx, translate("people", "Change name or contact"), participant_id)
        self.old, self.new = old, new

    def apply(self) -> None:
        name, contact = self.new
        self.services.participants.set_personal_data(self.participant_id, name=name, contact=contact)

    def revert(self) -> None:
        name, contact = self.old
        self.services.participants.set_personal_data(self.participant_id, name=name, contact=contact)

    def id(self) -> int:
        return EDIT_PERSONAL_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following change of the same person's name or contact."""
        if not isinstance(other, SetPersonalData) or other.participant_id != self.participant_id:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class SetProfileAnswer(PeopleCommand):
    """Answer or clear one profile question."""

    def __init__(self, ctx: CommandContext, participant_id: str, question: str, value: ProfileValue | None) -> None:
        super().__init__(ctx, translate("people", "Change profile answer"), participant_id)
        self.question, self.value = question, value
        self.previous: ProfileValue | None = None

    def apply(self) -> None:
        self.previous = self.services.participants.set_profile_answer(self.participant_id, self.question, self.value)

    def revert(self) -> None:
        self.services.participants.set_profile_answer(self.participant_id, self.question, self.previous)


class GiveConsent(PeopleCommand):
    """Record consent for a purpose; undo removes that record (a mistake a moment ago, not a withdrawal)."""

    def __init__(self, ctx: CommandContext, participant_id: str, purpose: str, recorded_by: str) -> None:
        super().__init__(ctx, translate("people", "Record consent"), participant_id)
        self.purpose, self.recorded_by = purpose, recorded_by
        self.given_at: datetime | None = None
        self.consent_id: str | None = None

    def apply(self) -> None:
        record = self.services.consents.give(self.participant_id, self.purpose, given_at=self.given_at,
                                             recorded_by=self.recorded_by)
        self.consent_id, self.given_at = record.id, record.given_at

    def revert(self) -> None:
        assert self.consent_id is not None
        self.services.consents.undo_give(self.consent_id)


class WithdrawConsent(PeopleCommand):
    """Record a withdrawal (the consent record stays, marked withdrawn); undo takes the withdrawal back."""

    def __init__(self, ctx: CommandContext, participant_id: str, purpose: str, recorded_by: str) -> None:
        super().__init__(ctx, translate("people", "Withdraw consent"), participant_id)
        self.purpose, self.recorded_by = purpose, recorded_by
        self.at: datetime | None = None
        self.consent_ids: list[str] = []

    def apply(self) -> None:
        records = self.services.consents.withdraw(participant_id=self.participant_id, purpose=self.purpose,
                                                  recorded_by=self.recorded_by, at=self.at)
        self.consent_ids = [r.id for r in records]
        self.at = records[0].withdrawn_at if records else self.at

    def revert(self) -> None:
        for consent_id in self.consent_ids:
            self.services.consents.undo_withdraw(consent_id)


class CheckInParticipant(PeopleCommand):
    """Check someone in to a workshop; undo takes the check-in back, redo checks in at the same moment."""

    def __init__(self, ctx: CommandContext, participant_id: str, workshop_id: str) -> None:
        super().__init__(ctx, translate("people", "Check in"), participant_id)
        self.workshop_id = workshop_id
        self.at: datetime | None = None

    def apply(self) -> None:
        assert self.participant_id is not None and self.workshop_id is not None
        self.at = self.services.participants.check_in(self.participant_id, self.workshop_id, at=self.at).checked_in_at

    def revert(self) -> None:
        assert self.participant_id is not None and self.workshop_id is not None
        self.services.participants.undo_check_in(self.participant_id, self.workshop_id)


class RemoveCheckIn(PeopleCommand):
    """Take back a check-in made on the wrong line; undo checks the person in again at the original time."""

    def __init__(self, ctx: CommandContext, participant_id: str, workshop_id: str, at: datetime) -> None:
        super().__init__(ctx, translate("people", "Remove check-in"), participant_id)
        self.workshop_id, self.at = workshop_id, at

    def apply(self) -> None:
        assert self.participant_id is not None and self.workshop_id is not None
        self.services.participants.undo_check_in(self.participant_id, self.workshop_id)

    def revert(self) -> None:
        assert self.participant_id is not None and self.workshop_id is not None
        self.services.participants.check_in(self.participant_id, self.workshop_id, at=self.at)


class SetTarget(PeopleCommand):
    """Set (or change) a diversity target; undo puts back what was there before."""

    def __init__(self, ctx: CommandContext, question: str, codes: tuple[str, ...], share: float,
                 labels: dict[str, str] | None) -> None:
        super().__init__(ctx, translate("people", "Set diversity target"))
        self.question, self.codes, self.share, self.labels = question, tuple(sorted(set(codes))), share, labels
        self.previous: Any = None
        self.target_id: str | None = None

    def apply(self) -> None:
        targets = self.services.targets
        self.previous = next((t for t in targets.targets()
                              if t.question_name == self.question and t.codes == self.codes), None)
        self.target_id = targets.set_target(self.question, self.codes, self.share, labels=self.labels).id

    def revert(self) -> None:
        assert self.target_id is not None
        if self.previous is None:
            self.services.targets.remove_target(self.target_id)
        else:
            old = self.previous
            self.services.targets.set_target(old.question_name, old.codes, old.min_share, labels=old.labels or None)


class RemoveTarget(PeopleCommand):
    """Remove a diversity target; undo sets it again."""

    def __init__(self, ctx: CommandContext, target_id: str) -> None:
        super().__init__(ctx, translate("people", "Remove diversity target"))
        self.target_id = target_id
        self.removed: Any = None

    def apply(self) -> None:
        self.removed = self.services.targets.remove_target(self.target_id)

    def revert(self) -> None:
        old = self.removed
        self.target_id = self.services.targets.set_target(old.question_name, old.codes, old.min_share,
                                                          labels=old.labels or None).id
