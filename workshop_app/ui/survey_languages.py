"""Adding and removing a language of the survey being built, each as one undo step."""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QInputDialog, QLabel, QVBoxLayout, QWidget

from workshop_app.core.forms import Form
from workshop_app.core.forms.languages import MAX_CODE, NAMES
from workshop_app.ui import dialogs
from workshop_app.ui.builder_commands import EditChoices, EditForm, EditQuestion
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.layouts import fit_to_text

translate = QCoreApplication.translate
_CODE = re.compile(r"^\s*(.*?)\s*\(\s*([\w-]+)\s*\)\s*$")


def parse_language(text: str) -> tuple[str, str] | None:
    """(code, name) from what was picked or typed: "French (fr)", "fr" or "French"; None if unusable."""
    text = text.strip()
    match = _CODE.match(text)
    if match:
        code, name = match.group(2), match.group(1)
    elif text.lower() in NAMES:
        code, name = text.lower(), NAMES[text.lower()]
    else:
        code = next((c for c, n in NAMES.items() if n.lower() == text.lower()), "")
        name = NAMES.get(code, "")
    if not code or len(code) > MAX_CODE or not re.fullmatch(r"[\w-]+", code):
        return None
    return code, name or NAMES.get(code, code)


class AddLanguageDialog(QDialog):
    """Pick a language from a list of the common ones, or type a name and code such as "Tetum (tet)"."""

    def __init__(self, form: Form, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add language"))
        self.form = form
        text = QLabel(self.tr("Which language should the survey also be in? Pick one or type its name and code, "
                              "for example “Tetum (tet)”."), self)
        text.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.lineEdit().setAccessibleName(self.tr("Language"))
        for code, name in sorted(NAMES.items(), key=lambda item: item[1]):
            if code not in form.languages:
                self.combo.addItem(f"{name} ({code})", code)
        self.combo.setCurrentIndex(-1)
        self.problem = QLabel(self)
        self.problem.setObjectName("expressionProblem")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.combo)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        fit_to_text(self, 28)

    def picked(self) -> tuple[str, str] | None:
        """(code, name) of the language, or None if what was typed is not usable or already there."""
        found = parse_language(self.combo.currentText())
        return found if found is not None and found[0] not in self.form.languages else None

    def _accept(self) -> None:
        found = parse_language(self.combo.currentText())
        if found is None:
            self.problem.setText(self.tr("Type a name with a short code in brackets, such as “Tetum (tet)”."))
        elif found[0] in self.form.languages:
            self.problem.setText(self.tr("The survey is already in that language."))
        else:
            self.accept()
            return
        self.problem.show()


def add_language(doc: SurveyDocument, code: str, name: str) -> None:
    """Add ``code`` to the languages of the form (one undo step)."""
    form = doc.form
    assert form is not None
    names = dict(form.language_names)
    names[code] = name
    doc.stack.beginMacro(translate("builder", "Add language {language}").format(language=name))
    doc.push(EditForm(doc, "language_names", names, ""))
    doc.push(EditForm(doc, "languages", [*form.languages, code], ""))
    doc.stack.endMacro()


def choose_language_to_remove(doc: SurveyDocument, parent: QWidget | None) -> str | None:
    """Ask which language to remove (any but the default) and confirm; None if cancelled."""
    form = doc.form
    if form is None:
        return None
    codes = [code for code in form.languages if code != form.default_language]
    if not codes:
        return None
    names = [form.language_name(code) for code in codes]
    name, ok = QInputDialog.getItem(parent, translate("builder", "Remove language"),
                                    translate("builder", "Which language should the survey no longer have?"),
                                    names, 0, False)
    if not ok or name not in names:
        return None
    question = translate("builder", "Remove {language} and every text in it?").format(language=name)
    details = translate("builder", "You can undo this with Edit › Undo until you switch surveys.")
    if not dialogs.confirm(parent, translate("builder", "Remove language"), question, details,
                           translate("builder", "Remove")):
        return None
    return codes[names.index(name)]


def remove_language(doc: SurveyDocument, code: str) -> None:
    """Remove ``code`` and every text in it from the form (one undo step)."""
    form = doc.form
    assert form is not None and code != form.default_language
    doc.stack.beginMacro(translate("builder", "Remove language {language}").format(
        language=form.language_name(code)))
    for question in list(form.walk()):
        for field in ("label", "hint", "constraint_message"):
            texts = getattr(question, field)
            if code in texts:
                doc.push(EditQuestion(doc, question, field, {k: v for k, v in texts.items() if k != code}, ""))
        message = question.extra.get("required_message")
        if isinstance(message, dict) and code in message:
            extra = copy.deepcopy(question.extra)
            extra["required_message"] = {k: v for k, v in message.items() if k != code}
            doc.push(EditQuestion(doc, question, "extra", extra, ""))
    for choice_list in list(form.choice_lists):
        if any(code in choice.label for choice in choice_list.choices):
            new = copy.deepcopy(choice_list)
            for choice in new.choices:
                choice.label.pop(code, None)
            doc.push(EditChoices(doc, choice_list.name, choice_list, new, ""))
    doc.push(EditForm(doc, "languages", [c for c in form.languages if c != code], ""))
    doc.push(EditForm(doc, "language_names", {k: v for k, v in form.language_names.items() if k != code}, ""))
    doc.stack.endMacro()
