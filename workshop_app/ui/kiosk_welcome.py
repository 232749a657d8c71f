"""The kiosk's first screens: welcome with the language picker and the easy-read toggle, and typing the code from
one's card."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from workshop_app.ui.kiosk_common import big_button, button_row, column, label, scroll_to
from workshop_app.ui.kiosk_easy_read import EasyReadToggle
from workshop_app.ui.kiosk_phrases import endonym, phrase


def language_columns(count: int) -> int:
    """Buttons per row: two rows of two rather than three and one; at most four across."""
    if count in (2, 4):
        return 2
    return min(3, max(count, 1)) if count <= 6 else 4

_CODE = QRegularExpression(r"[A-Za-z0-9\- ]{0,20}")


class WelcomeScreen(QWidget):
    """The workshop's title, one big button per language (each named in itself), "Easy read", and Start."""

    language_picked = Signal(str)
    start_clicked = Signal()
    code_clicked = Signal()
    easy_read_toggled = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWelcome")
        layout = column(self, top=1, bottom=2)
        self.title = label("", self, "kioskTitle", centred=True)
        self.subtitle = label("", self, "kioskText", centred=True)
        self.choose = label("", self, "kioskPrompt", centred=True)
        picker = QWidget(self)
        picker.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the buttons stay put when Arabic is picked
        self.languages = QGridLayout(picker)
        self.languages.setContentsMargins(0, 0, 0, 0)
        self.languages.setSpacing(16)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._picked)
        self.anonymous = label("", self, "kioskQuiet", centred=True)
        self.easy_read = EasyReadToggle(self)
        self.easy_read.clicked.connect(self.easy_read_toggled)
        self.start = big_button("", self, primary=True, name="kioskStart")
        self.start.clicked.connect(self.start_clicked)
        self.code = big_button("", self)
        self.code.clicked.connect(self.code_clicked)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.choose)
        layout.addWidget(picker)
        layout.addLayout(button_row(self.easy_read))
        layout.addSpacing(8)
        layout.addLayout(button_row(self.start))
        layout.addLayout(button_row(self.code))
        layout.addWidget(self.anonymous)
        self._codes: list[str] = []
        self.allow_anonymous = True

    def set_survey(self, title: str, languages: list[tuple[str, str]], *, allow_anonymous: bool) -> None:
        """The workshop's title and the survey's languages as (code, name the survey gives it)."""
        self.title.setText(title)
        self.allow_anonymous = allow_anonymous
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        self._codes = [code for code, _ in languages]
        columns = language_columns(len(languages))
        for index, (code, name) in enumerate(languages):
            button = QPushButton(endonym(code, name), self.languages.parentWidget())
            button.setObjectName("kioskLanguage")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setProperty("code", code)
            button.setAccessibleName(endonym(code, name))
            button.setAccessibleDescription(name if name and name != endonym(code, name) else code)
            self.group.addButton(button, index)
            self.languages.addWidget(button, index // columns, index % columns)
            button.show()
        single = len(languages) < 2
        self.choose.setVisible(not single)
        for button in self.group.buttons():
            button.setVisible(not single)
        # Tab follows the reading order: the languages, then easy read, Start and "I have a code".
        chain = [*self.group.buttons(), self.easy_read, self.start, self.code]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def show_start(self) -> None:
        """Bring Start into sight (easy read makes the screen taller than a laptop's)."""
        scroll_to(self.start)

    def show_language(self, language: str, *, easy: bool = False) -> None:
        """Mark ``language`` as picked and say everything in it (in easy read with ``easy``)."""
        for button in self.group.buttons():
            button.setChecked(button.property("code") == language)
        self.subtitle.setText(phrase("welcome_text", language, easy=easy))
        self.choose.setText(phrase("choose_language", language, easy=easy))
        self.easy_read.setChecked(easy)
        self.easy_read.show_language(language)
        self.start.setText(phrase("start", language))
        self.code.setText(phrase("have_code", language))
        self.code.setVisible(self.allow_anonymous)
        self.anonymous.setText(phrase("anonymous", language, easy=easy))
        self.anonymous.setVisible(self.allow_anonymous)

    def language_button(self, code: str) -> QPushButton | None:
        """The picker's button for ``code`` (tests click it)."""
        return next((b for b in self.group.buttons() if b.property("code") == code), None)  # type: ignore[misc]

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self._codes):
            self.language_picked.emit(self._codes[index])


class CodeScreen(QWidget):
    """The code from the participant's card, typed on the keyboard or on big digit keys."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskCodeScreen")
        layout = column(self, 640, top=1, bottom=2)
        self.heading = label("", self, "kioskHeading", centred=True)
        self.field = QLineEdit(self)
        self.field.setObjectName("kioskCodeField")
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText)
        self.field.setValidator(QRegularExpressionValidator(_CODE, self.field))
        self.field.returnPressed.connect(self._submit)
        self.problem = label("", self, "kioskProblem", centred=True)
        self.problem.hide()
        pad = QWidget(self)
        pad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 1 2 3 from the left, as on every keypad
        keys = QGridLayout(pad)
        keys.setContentsMargins(0, 0, 0, 0)
        keys.setSpacing(12)
        self.keys: list[QPushButton] = []
        for index, text in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "P-", "0", "⌫"]):
            key = QPushButton(text, pad)
            key.setObjectName("kioskKey")
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field; the keyboard types the same
            key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            key.setAccessibleName(text)
            if text == "⌫":
                key.clicked.connect(self.field.backspace)
            else:
                key.clicked.connect(lambda _=False, typed=text: self.field.insert(typed))
            keys.addWidget(key, index // 3, index % 3)
            self.keys.append(key)
        self.back_button = big_button("", self)
        self.back_button.clicked.connect(self.back)
        self.go = big_button("", self, primary=True)
        self.go.clicked.connect(self._submit)
        layout.addWidget(self.heading)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(pad)
        layout.addSpacing(8)
        layout.addLayout(button_row(self.back_button, self.go))

    def show_language(self, language: str, *, easy: bool = False) -> None:
        """Say everything in ``language`` (in easy read with ``easy``)."""
        self.heading.setText(phrase("code_title", language, easy=easy))
        self.field.setAccessibleName(phrase("code_title", language))
        self.back_button.setText(phrase("back", language))
        self.go.setText(phrase("continue", language))
        for key in self.keys:
            if key.text() == "⌫":
                key.setAccessibleName(phrase("delete_key", language))

    def show_problem(self, text: str) -> None:
        """Say why the code did not work."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def clear(self) -> None:
        """Forget the code typed and any message."""
        self.field.clear()
        self.show_problem("")

    def _submit(self) -> None:
        self.submitted.emit(self.field.text().strip())
