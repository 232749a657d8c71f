"""Translations side by side: every label, hint and choice of the survey, one column per language.

A cell left empty where the default language has a text is tinted, so missing translations stand out.
Languages are added and removed here, and the default language is chosen here.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.forms import METADATA, Question
from workshop_app.ui.appearance import paint_colours
from workshop_app.ui.builder_commands import EditChoices, EditForm, EditQuestion
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.survey_languages import AddLanguageDialog, add_language, choose_language_to_remove, remove_language
from workshop_app.ui.tables import ActionTable

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Entry:
    """One row: a text field of a question, or the label of a choice."""

    question: Question | None
    field: str
    list_name: str = ""
    choice: int = -1


class TranslationsModel(QAbstractTableModel):
    """Rows: texts of the form; columns: where the text is, then one per language."""

    def __init__(self, doc: SurveyDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.entries: list[Entry] = []
        self.languages: list[str] = []
        doc.loaded.connect(self.rebuild)
        doc.form_changed.connect(self.rebuild)
        doc.question_changed.connect(self._question_changed)
        for signal in (doc.model.rowsInserted, doc.model.rowsRemoved, doc.model.rowsMoved, doc.model.modelReset):
            signal.connect(self.rebuild)
        self.rebuild()

    def rebuild(self, *_args: Any) -> None:
        """List the texts again (rows or languages were added, removed or moved)."""
        form = self.doc.form
        entries: list[Entry] = []
        if form is not None:
            for question in form.walk():
                if question.type in METADATA or question.type == "calculate" or question.source_type:
                    continue
                entries.append(Entry(question, "label"))
                for field in ("hint", "constraint_message"):
                    if any(getattr(question, field).values()):
                        entries.append(Entry(question, field))
            for choice_list in form.choice_lists:
                entries.extend(Entry(None, "choice", choice_list.name, row) for row in range(len(choice_list.choices)))
        languages = list(form.languages) if form is not None else []
        if entries == self.entries and languages == self.languages:
            self._refresh()
            return
        self.beginResetModel()
        self.entries, self.languages = entries, languages
        self.endResetModel()

    def _question_changed(self, question: Question) -> None:
        needed = any(getattr(question, f).values() for f in ("hint", "constraint_message"))
        shown = any(e.question is question and e.field != "label" for e in self.entries)
        if needed != shown or question.type == "calculate":
            self.rebuild()
        else:
            self._refresh()

    def _refresh(self) -> None:
        if self.entries and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.languages)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        form = self.doc.form
        if orientation != Qt.Orientation.Horizontal or form is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Text")
            code = self.languages[section - 1] if section - 1 < len(self.languages) else ""
            name = form.language_name(code)
            return self.tr("{language} (default)").format(language=name) if code == form.default_language else name
        return None

    def texts(self, entry: Entry) -> dict[str, str]:
        """The texts of an entry by language."""
        form = self.doc.form
        if entry.question is not None:
            return getattr(entry.question, entry.field)
        choice_list = form.choice_list(entry.list_name) if form is not None else None
        if choice_list is None or entry.choice >= len(choice_list.choices):
            return {}
        return choice_list.choices[entry.choice].label

    def where(self, entry: Entry) -> str:
        """What the row is, in words: "felt_heard · label", "agree5 · agree"."""
        if entry.question is not None:
            fields = {"label": self.tr("label"), "hint": self.tr("hint"),
                      "constraint_message": self.tr("constraint message")}
            return self.tr("{name} · {field}").format(name=entry.question.name, field=fields[entry.field])
        form = self.doc.form
        choice_list = form.choice_list(entry.list_name) if form is not None else None
        code = choice_list.choices[entry.choice].name if choice_list and entry.choice < len(choice_list.choices) else ""
        return self.tr("{list} · {choice}").format(list=entry.list_name, choice=code)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        form = self.doc.form
        if form is None or not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.where(entry)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(paint_colours().muted)
            if role == Qt.ItemDataRole.FontRole and entry.field == "label":
                font = QFont()
                font.setBold(True)
                return font
            return None
        code = self.languages[column - 1] if column - 1 < len(self.languages) else None
        if code is None:
            return None
        texts = self.texts(entry)
        missing = not texts.get(code) and any(texts.values())
        # A word, not only the tint, says a translation is missing (the tint alone reaches no screen reader).
        if role == Qt.ItemDataRole.DisplayRole and missing:
            return self.tr("(missing)")
        if role == Qt.ItemDataRole.ToolTipRole and missing:
            return self.tr("Not translated yet: participants see the default language here")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return texts.get(code, "")
        if role == Qt.ItemDataRole.BackgroundRole and missing:
            return QColor(paint_colours().missing)
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QColor(paint_colours().muted)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        form = self.doc.form
        if role != Qt.ItemDataRole.EditRole or form is None or not index.isValid() or index.column() == 0:
            return False
        entry = self.entries[index.row()]
        code = self.languages[index.column() - 1]
        texts = dict(self.texts(entry))
        text = str(value).strip()
        if texts.get(code, "") == text:
            return False
        if text:
            texts[code] = text
        else:
            texts.pop(code, None)
        if entry.question is not None:
            self.doc.push(EditQuestion(self.doc, entry.question, entry.field, texts, self.tr("Edit translation"),
                                       (entry.field, code, "table")))
        else:
            old = form.choice_list(entry.list_name)
            assert old is not None
            new = copy.deepcopy(old)
            new.choices[entry.choice].label = texts
            self.doc.push(EditChoices(self.doc, old.name, old, new, self.tr("Edit translation")))
        return True


class TranslationsView(QWidget):
    """The Translations tab: the languages of the survey, and the table of texts."""

    def __init__(self, doc: SurveyDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationsView")
        self.doc = doc
        self.model = TranslationsModel(doc, self)
        intro = QLabel(self.tr("Every text of the survey, one column per language. Tinted cells still need a "
                               "translation; participants see the default language there."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.default_combo = QComboBox(self)
        self.default_combo.setAccessibleName(self.tr("Default language"))
        self.default_combo.activated.connect(self._default_picked)
        default_label = QLabel(self.tr("&Default language"), self)
        default_label.setObjectName("fieldLabel")
        default_label.setBuddy(self.default_combo)
        self.add_button = QPushButton(self.tr("&Add language…"), self)
        self.add_button.setAccessibleName(self.tr("Add language"))
        self.add_button.clicked.connect(self.add_language)
        self.remove_button = QPushButton(self.tr("Remove language…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove language"))
        self.remove_button.clicked.connect(self.remove_language)
        self.table = ActionTable(self)
        self.table.setObjectName("translationsTable")
        self.table.setAccessibleName(self.tr("Translations"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(120)
        self.model.modelReset.connect(self._columns)
        top = FlowRow(spacing=8, push_right_from=2).add_widgets(
            default_label, self.default_combo, self.add_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(top)
        layout.addWidget(self.table, 1)
        doc.form_changed.connect(self._languages_changed)
        doc.loaded.connect(self._languages_changed)

    def tab_order(self) -> list[QWidget]:
        """The tab's widgets in Tab order."""
        return [self.default_combo, self.add_button, self.remove_button, self.table]

    def _columns(self) -> None:
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, 190)

    def _languages_changed(self) -> None:
        form = self.doc.form
        self.default_combo.clear()
        for code in form.languages if form is not None else []:
            self.default_combo.addItem(form.language_name(code), code)
        if form is not None:
            self.default_combo.setCurrentIndex(self.default_combo.findData(form.default_language))
        self.remove_button.setEnabled(form is not None and len(form.languages) > 1)
        self.add_button.setEnabled(form is not None)

    def _default_picked(self, row: int) -> None:
        code = self.default_combo.itemData(row)
        form = self.doc.form
        if form is not None and code and code != form.default_language:
            self.doc.push(EditForm(self.doc, "default_language", code, self.tr("Change default language")))

    def add_language(self) -> str | None:
        """Ask for a language and add a column for it (one undo step); returns its code."""
        if self.doc.form is None:
            return None
        dialog = AddLanguageDialog(self.doc.form, self)
        self.language_dialog = dialog
        picked = dialog.picked() if dialog.exec() == AddLanguageDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if picked is None:
            return None
        add_language(self.doc, *picked)
        return picked[0]

    def remove_language(self) -> str | None:
        """Ask which language to remove (never the default), then remove its texts too (one undo step)."""
        code = choose_language_to_remove(self.doc, self)
        if code:
            remove_language(self.doc, code)
        return code
