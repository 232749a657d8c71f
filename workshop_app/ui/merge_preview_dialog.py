"""What a merge will do (or did): new, changed, removed and refused rows per kind, conflicts and renumbered codes.

The same dialog shows the preview, with Merge and Cancel, and afterwards the result, with Close. Rows are named
the way the report names them — participants by their code, never by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.labels import format_datetime, format_number

if TYPE_CHECKING:
    from workshop_app.core.merge_report import MergeReport

CONTEXT = "MergePreviewDialog"
AnyIndex = QModelIndex | QPersistentModelIndex
# Each QT_TRANSLATE_NOOP names the context itself: lupdate cannot read it from a variable.
KINDS = {
    "workshops": QT_TRANSLATE_NOOP("MergePreviewDialog", "Workshops"),
    "activities": QT_TRANSLATE_NOOP("MergePreviewDialog", "Agenda items"),
    "participants": QT_TRANSLATE_NOOP("MergePreviewDialog", "Participants"),
    "personal_data": QT_TRANSLATE_NOOP("MergePreviewDialog", "Names and contacts"),
    "consents": QT_TRANSLATE_NOOP("MergePreviewDialog", "Consent records"),
    "attendances": QT_TRANSLATE_NOOP("MergePreviewDialog", "Check-ins"),
    "profile_answers": QT_TRANSLATE_NOOP("MergePreviewDialog", "Profile answers"),
    "surveys": QT_TRANSLATE_NOOP("MergePreviewDialog", "Survey versions"),
    "responses": QT_TRANSLATE_NOOP("MergePreviewDialog", "Survey responses"),
    "answers": QT_TRANSLATE_NOOP("MergePreviewDialog", "Answers"),
    "ideas": QT_TRANSLATE_NOOP("MergePreviewDialog", "Ideas"),
    "idea_clusters": QT_TRANSLATE_NOOP("MergePreviewDialog", "Idea clusters"),
    "votes": QT_TRANSLATE_NOOP("MergePreviewDialog", "Votes"),
    "stakeholder_maps": QT_TRANSLATE_NOOP("MergePreviewDialog", "Stakeholder maps"),
    "stakeholders": QT_TRANSLATE_NOOP("MergePreviewDialog", "Stakeholders"),
    "relationships": QT_TRANSLATE_NOOP("MergePreviewDialog", "Relationships"),
    "stakeholder_assessments": QT_TRANSLATE_NOOP("MergePreviewDialog", "Stakeholder re-assessments"),
    "map_snapshots": QT_TRANSLATE_NOOP("MergePreviewDialog", "Map snapshots"),
    "snapshot_positions": QT_TRANSLATE_NOOP("MergePreviewDialog", "Snapshot positions"),
    "questions": QT_TRANSLATE_NOOP("MergePreviewDialog", "Survey questions"),
    "choice_lists": QT_TRANSLATE_NOOP("MergePreviewDialog", "Choice lists"),
    "choices": QT_TRANSLATE_NOOP("MergePreviewDialog", "Choices"),
    "question_translations": QT_TRANSLATE_NOOP("MergePreviewDialog", "Question translations"),
    "choice_translations": QT_TRANSLATE_NOOP("MergePreviewDialog", "Choice translations"),
    "profile_questions": QT_TRANSLATE_NOOP("MergePreviewDialog", "Profile questions"),
    "profile_choices": QT_TRANSLATE_NOOP("MergePreviewDialog", "Profile choices"),
    "diversity_targets": QT_TRANSLATE_NOOP("MergePreviewDialog", "Diversity targets"),
    "audit_entries": QT_TRANSLATE_NOOP("MergePreviewDialog", "Audit entries"),
}


def kind_label(table: str) -> str:
    """A kind of row as a person reads it, translated."""
    from workshop_app.core.merge_report import kind_word

    text = KINDS.get(table)
    return QCoreApplication.translate(CONTEXT, text) if text else kind_word(table).capitalize()


class ReportTableModel(QAbstractTableModel):
    """Read-only rows of text under fixed headers; a cell's full text is its tooltip too (long values)."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and value[:1].isdigit() and value.replace(",", "").isdigit():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class _RoomyDelegate(QStyledItemDelegate):
    """Rows tall enough for wrapped text: the style sheet pads cells by 8 px left and right, which Qt's own
    measuring does not know, so the text is measured that much narrower and given some air above and below."""

    PADDING = 16

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect.setWidth(max(0, option.rect.width() - self.PADDING))
        size = super().sizeHint(narrower, index)
        return QSize(size.width() + self.PADDING, size.height() + 10)


class MergePreviewDialog(QDialog):
    """The preview of a merge (Merge / Cancel) or, for a report that was written, its result (Close)."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("mergePreviewDialog")
        self.setWindowTitle(self.tr("Packages merged") if report.written else self.tr("Merge packages"))
        self.resize(860, 560)
        self.heading = QLabel(self._headline(), self)
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.sources = QLabel(self._sources(), self)
        self.sources.setObjectName("quietText")
        self.sources.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mergeTabs")
        self.kinds_view = self._add_table(self.tabs, self.tr("What changes"), self._kind_rows(), [
            self.tr("Kind"), self.tr("New"), self.tr("Updated"), self.tr("Removed (deleted elsewhere)"),
            self.tr("Not added (deleted here)")], stretch=(0,))
        for column in (3, 4):  # removed / not added: only when something is
            self.kinds_view.setColumnHidden(column, not any(
                self.kinds_view.model().index(row, column).data() for row in range(self.kinds_view.model().rowCount())))
        self.conflicts_view = self._add_table(self.tabs, self.tr("Conflicts ({n})").format(n=len(report.conflicts)),
                                              self._conflict_rows(), [
            self.tr("Changed on two laptops"), self.tr("Field"), self.tr("Kept (the newer change)"),
            self.tr("Dropped")], stretch=(0, 2, 3))
        self.renumbered_view = self._add_table(self.tabs, self.tr("Renumbered ({n})").format(
            n=len(report.renumbered)), self._renumbered_rows(), [
            self.tr("What"), self.tr("Was"), self.tr("Now"), self.tr("From")])
        if report.warnings:
            notes = QLabel("\n\n".join(report.warnings), self.tabs)
            notes.setObjectName("quietText")
            notes.setWordWrap(True)
            notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            notes.setMargin(12)
            self.tabs.addTab(notes, self.tr("Notes ({n})").format(n=len(report.warnings)))
        self.hint = QLabel(self._hint(), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.merge_button: QPushButton | None = None
        if report.written or not report.changes_anything:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        else:
            self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.merge_button.setObjectName("primaryButton")
            self.merge_button.setDefault(True)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.accept)
            self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.sources)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.tabs.setCurrentIndex(1 if report.conflicts and not report.written else 0)

    # -- words ---------------------------------------------------------------------------------
    def _headline(self) -> str:
        r = self.report
        added, updated, removed = (format_number(sum(counts.values())) for counts in (r.added, r.updated, r.deleted))
        if not r.changes_anything and not r.conflicts:
            return self.tr("Nothing new: this database already holds everything in these packages.")
        if r.written:
            text = self.tr("Merged: {added} new rows, {updated} updated, {removed} removed.").format(
                added=added, updated=updated, removed=removed)
        elif r.deleted:
            text = self.tr("Merging will add {added} rows, update {updated} and remove {removed}.").format(
                added=added, updated=updated, removed=removed)
        else:
            text = self.tr("Merging will add {added} rows and update {updated}.").format(added=added, updated=updated)
        if r.conflicts or r.renumbered:
            text += " " + self.tr("Conflicts: {conflicts}. Renumbered codes: {renumbered}.").format(
                conflicts=len(r.conflicts), renumbered=len(r.renumbered))
        return text

    def _sources(self) -> str:
        lines = []
        for package in self.report.packages:
            scope = self.tr("everything") if package.scope == "everything" else self.tr("workshop “{title}”").format(
                title=package.scope)
            who = package.made_by or self.tr("laptop {id}").format(id=package.laptop_id[:8])
            lines.append(self.tr("{file} — from {who}, packed {when}, {scope}").format(
                file=PurePath(package.path).name, who=who, when=_local_time(package.created_at), scope=scope))
        return "\n".join(lines)

    def _hint(self) -> str:
        if self.report.written:
            return self.tr("A conflict keeps the newer change; the dropped value is listed here and in the report.")
        if not self.report.changes_anything:
            return self.tr("Nothing will be written.")
        return self.tr("Nothing is written until you press Merge. The merge is one step: if anything goes wrong, "
                       "the database stays as it is. Nothing is doubled, and nobody erased comes back.")

    def _kind_rows(self) -> list[tuple[str, ...]]:
        from workshop_app.core.merge_report import ordered

        r = self.report
        kinds = [k for k, _ in ordered({k: 1 for k in (*r.added, *r.updated, *r.deleted, *r.skipped)})]

        def count(counts: Any, kind: str) -> str:
            return format_number(counts.get(kind, 0)) if counts.get(kind) else ""

        return [(kind_label(k), count(r.added, k), count(r.updated, k), count(r.deleted, k), count(r.skipped, k))
                for k in kinds]

    def _conflict_rows(self) -> list[tuple[str, ...]]:
        r = self.report
        source = self.tr("{laptop}, {when}")
        return [(c.description, c.column,
                 f"{c.kept}\n{source.format(laptop=r.laptop_label(c.kept_laptop), when=c.kept_at)}",
                 f"{c.dropped}\n{source.format(laptop=r.laptop_label(c.dropped_laptop), when=c.dropped_at)}")
                for c in r.conflicts]

    def _renumbered_rows(self) -> list[tuple[str, ...]]:
        r = self.report
        what = {"participant": self.tr("Participant code"), "survey": self.tr("Survey version")}
        rows = []
        for item in r.renumbered:
            label = item.description if item.kind == "survey" and item.description else what.get(item.kind, item.kind)
            rows.append((label, item.old, item.new, r.laptop_label(item.laptop_id)))
        return rows

    # -- building ------------------------------------------------------------------------------
    def _add_table(self, tabs: QTabWidget, title: str, rows: list[tuple[str, ...]], headers: list[str],
                   stretch: tuple[int, ...] = ()) -> QTableView:
        """A read-only table on its own tab; ``stretch`` columns share the width left (else the last one takes it)."""
        view = QTableView(tabs)
        view.setModel(ReportTableModel(headers, rows, view))
        view.setAccessibleName(title)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.setItemDelegate(_RoomyDelegate(view))
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        header.setStretchLastSection(not stretch)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        tabs.addTab(view, title)
        return view


def _local_time(stamp: str) -> str:
    """An ISO time in UTC (a manifest's) as this computer's local time, to the minute."""
    try:
        return format_datetime(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp


__all__ = ["MergePreviewDialog", "ReportTableModel", "kind_label"]
