"""Snapshots over time: take one at a meeting (name and date), compare two, and say who moved.

``TakeSnapshotDialog`` asks for the name and the date; ``CompareDialog`` picks an older snapshot and what to
compare it with (a later snapshot, or the map as it is now); ``ComparisonBar`` sits above the canvas while a
comparison is shown: "6 stakeholders moved since “ULG meeting 3”", with the list of who moved where.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.ui.map_commands import TakeSnapshot

if TYPE_CHECKING:
    from workshop_app.core.map_rules import Movement, SnapshotData
    from workshop_app.ui.maps_page import MapsPage

translate = QCoreApplication.translate


def snapshot_label(snapshot: SnapshotData) -> str:
    """"ULG meeting 3 — 27 August 2026"."""
    local = snapshot.taken_at.astimezone() if snapshot.taken_at.tzinfo else snapshot.taken_at
    day = QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    return translate("maps", "{name} — {date}").format(name=snapshot.name, date=day)


def taken_at(day: QDate) -> datetime:
    """The moment to record for a snapshot dated ``day``: now if it is today, else midday of that day (local)."""
    if day == QDate.currentDate():
        return datetime.now().astimezone()
    return datetime.combine(day.toPython(), time(12, 0)).astimezone()


class TakeSnapshotDialog(QDialog):
    """The name (e.g. "ULG meeting 3") and the date of a snapshot."""

    def __init__(self, suggested_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotDialog")
        self.setWindowTitle(self.tr("Take snapshot"))
        intro = QLabel(self.tr("Save where every stakeholder stands now, to compare with later."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(suggested_name, self)
        self.name_edit.setAccessibleName(self.tr("Name of the snapshot"))
        self.name_edit.selectAll()
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date of the snapshot"))
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Take snapshot"))
        self.name_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, datetime]:
        """(name, moment) of the snapshot."""
        return self.name_edit.text().strip(), taken_at(self.date_edit.date())


class CompareDialog(QDialog):
    """Pick the older snapshot and what to compare it with."""

    def __init__(self, snapshots: list[SnapshotData], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare snapshots"))
        self.snapshots = list(snapshots)
        self.before_combo = QComboBox(self)
        self.before_combo.setAccessibleName(self.tr("Compare from"))
        self.after_combo = QComboBox(self)
        self.after_combo.setAccessibleName(self.tr("Compare with"))
        for snapshot in self.snapshots:
            self.before_combo.addItem(snapshot_label(snapshot), snapshot.id)
        self.after_combo.addItem(self.tr("Now (the map as it is)"), None)
        for snapshot in self.snapshots:
            self.after_combo.addItem(snapshot_label(snapshot), snapshot.id)
        self.before_combo.setCurrentIndex(len(self.snapshots) - 1)
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.before_combo)
        form.addRow(self.tr("&To"), self.after_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Arrows will show who moved, from where they stood to where they stand."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def choice(self) -> tuple[str, str | None]:
        """(older snapshot id, later snapshot id or None for now)."""
        return str(self.before_combo.currentData()), self.after_combo.currentData()


class ComparisonBar(QWidget):
    """Above the canvas while a comparison is shown: how many moved, who, and a button to close it."""

    closed = Signal()
    stakeholder_picked = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.summary = QLabel(self)
        self.summary.setObjectName("comparisonSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("comparisonList")
        self.list.setAccessibleName(self.tr("Who moved"))
        self.list.setFixedHeight(58)  # two rows of names; more scroll
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(lambda item: self.stakeholder_picked.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemClicked.connect(lambda item: self.stakeholder_picked.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.close_button = QPushButton(self.tr("Close comparison"), self)
        self.close_button.setAccessibleName(self.tr("Close the comparison"))
        self.close_button.clicked.connect(self.closed)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.hide()

    def show_movements(self, movements: list[Movement], before: str, after: str | None) -> None:
        """Say who moved between the snapshot named ``before`` and ``after`` (None: now)."""
        moved = [m for m in movements if m.status == "moved"]
        added = [m for m in movements if m.status == "added"]
        removed = [m for m in movements if m.status == "removed"]
        if len(moved) == 1:
            count = self.tr("1 stakeholder moved")
        else:
            count = self.tr("%n stakeholders moved", None, len(moved))
        if after is None:
            text = self.tr("{count} since “{before}”.").format(count=count, before=before)
        else:
            text = self.tr("{count} between “{before}” and “{after}”.").format(count=count, before=before, after=after)
        extra = []
        if added:
            extra.append(self.tr("%n added", None, len(added)))
        if removed:
            extra.append(self.tr("%n removed", None, len(removed)))
        if extra:
            # Outside the f-string: lupdate does not look for tr() inside one.
            also = self.tr("Also: {changes}.").format(changes=", ".join(extra))
            text = f"{text} {also}"
        self.summary.setText(text)
        self.list.clear()
        for movement in moved + added + removed:
            mark = {"moved": "↗", "added": "+", "removed": "−"}[movement.status]
            self.list.addItem(f"{mark} {movement.name}")
            item = self.list.item(self.list.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, movement.stakeholder_id)
            item.setToolTip(self._describe(movement))
        self.list.setVisible(bool(movements))
        self.show()

    def _describe(self, movement: Movement) -> str:
        if movement.before is None:
            return self.tr("{name} was added.").format(name=movement.name)
        if movement.after is None:
            return self.tr("{name} was removed.").format(name=movement.name)
        return self.tr("{name}: from {x0:.1f}, {y0:.1f} to {x1:.1f}, {y1:.1f}").format(
            name=movement.name, x0=movement.before[0], y0=movement.before[1], x1=movement.after[0],
            y1=movement.after[1])


class MapSnapshots(QObject):
    """Take snapshots of the shown map and compare them; the arrows and the bar stay until closed."""

    def __init__(self, page: MapsPage) -> None:
        super().__init__(page)
        self.page = page
        self.comparing: tuple[str, str | None] | None = None
        """(older snapshot id, later snapshot id or None for now) while a comparison is shown."""
        self.movements: list[Movement] = []
        page.toolbar.snapshot_action.triggered.connect(lambda: self.take_snapshot())
        page.toolbar.compare_action.triggered.connect(lambda: self.compare())
        page.comparison.closed.connect(self.close_comparison)
        page.comparison.stakeholder_picked.connect(lambda stakeholder_id: page.scene.select([stakeholder_id]))
        page.view.escape_pressed.connect(self.close_comparison)

    def take_snapshot(self, name: str | None = None, when: datetime | None = None) -> str | None:
        """Save where everybody stands now (asking for the name and date unless given); returns its id."""
        page, service, data = self.page, self.page.service, self.page.data
        if service is None or data is None:
            return None
        if name is None:
            count = len(service.snapshots(data.id))
            dialog = TakeSnapshotDialog(translate("maps", "ULG meeting {number}").format(number=count + 1), page)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            values = dialog.values() if accepted else None
            dialog.deleteLater()
            if values is None:
                return None
            name, when = values
        command = TakeSnapshot(page.context, data.id, name, when)
        if not page.run(command):
            return None
        page.info.show_message(translate("maps", "Snapshot “{name}” saved. Move stakeholders as things change, "
                                                 "then Compare to see who moved.").format(name=name))
        return command.snapshot_id

    def compare(self, before_id: str | None = None, after_id: str | None = None) -> int:
        """Draw arrows for who moved since snapshot ``before_id`` (asking which, unless given); returns how many."""
        page, service, data = self.page, self.page.service, self.page.data
        if service is None or data is None:
            return 0
        if before_id is None:
            snapshots = service.snapshots(data.id)
            if not snapshots:
                page.info.show_message(translate("maps", "There is nothing to compare yet: take a snapshot first "
                                                         "(for example at a ULG meeting)."))
                return 0
            dialog = CompareDialog(snapshots, page)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            choice = dialog.choice() if accepted else None
            dialog.deleteLater()
            if choice is None:
                return 0
            before_id, after_id = choice
        self.comparing = (before_id, after_id)
        return self._show()

    def _show(self) -> int:
        page, service, data = self.page, self.page.service, self.page.data
        if self.comparing is None or service is None or data is None:
            return 0
        before_id, after_id = self.comparing
        try:
            self.movements = service.compare(data.id, before_id, after_id)
            names = {s.id: s.name for s in service.snapshots(data.id)}
        except UserError as exc:
            page.message.show_message(str(exc))
            self.close_comparison()
            return 0
        if after_id is None:
            # Now: the arrows end where the nodes are drawn, even if the service rounds a position.
            shown = {s.id: (s.x, s.y) for s in data.stakeholders}
            self.movements = [m if m.after is None or m.stakeholder_id not in shown
                              else type(m)(m.stakeholder_id, m.name, m.before, shown[m.stakeholder_id])
                              for m in self.movements]
        count = page.scene.show_movements(self.movements)
        page.comparison.show_movements(self.movements, names.get(before_id, "?"),
                                       names.get(after_id) if after_id else None)
        return count

    def map_changed(self) -> None:
        """The map changed while compared with now: the arrows follow."""
        if self.comparing is not None and self.comparing[1] is None:
            self._show()

    def close_comparison(self) -> None:
        """Take the arrows and the bar away."""
        self.comparing = None
        self.movements = []
        self.page.scene.clear_movements()
        self.page.comparison.hide()
