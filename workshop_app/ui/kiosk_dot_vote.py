"""The dot vote at the kiosk: the notes as big tiles; touch one to give it a dot, "−" to take one back.

Each person votes under a new anonymous token (``new_voter_token``), so their limit holds and nobody can tell
who they are. "I have finished" (or walking away) clears the screen for the next voter; dots placed stay placed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from workshop_app.core.activity_rules import Ballot, IdeaData, new_voter_token
from workshop_app.errors import UserError
from workshop_app.ui.kiosk_activities import ThankingPage
from workshop_app.ui.kiosk_common import (
    COLUMN,
    IDLE_SECONDS,
    big_button,
    button_row,
    centre,
    label,
    text_scale,
    touch_scrolling,
)
from workshop_app.ui.kiosk_easy_read import EASY_SCALE
from workshop_app.ui.kiosk_phrases import phrase

if TYPE_CHECKING:
    from workshop_app.core.kiosk_activity import KioskActivity
    from workshop_app.core.services import Services

TILE_COLUMNS = 3
TILE_WIDTH = 250
"""The narrowest a note is laid out at 100 % text; fewer columns when the screen (or larger text) leaves less."""
DOT = "●"


class IdeaTile(QFrame):
    """One note: its text, the voter's dots on it, and "−" to take one back. Touch, Space or Enter gives a dot."""

    give = Signal(str)
    take = Signal(str)

    def __init__(self, idea: IdeaData, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.idea = idea
        self.setObjectName("kioskTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(idea.text)
        self.setAccessibleDescription(phrase("vote_hint", language))
        if idea.colour:
            self.setStyleSheet(f"QFrame#kioskTile {{ background: {idea.colour}; }}")
        self.text = label(idea.text, self, "kioskTileText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.dots = label("", self, "kioskTileDots")
        self.dots.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.minus = QPushButton("−", self)
        self.minus.setObjectName("kioskTileMinus")
        self.minus.setAccessibleName(phrase("take_back", language))
        self.minus.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.minus.clicked.connect(lambda: self.take.emit(self.idea.id))
        bottom = QHBoxLayout()
        bottom.addWidget(self.dots, 1)
        bottom.addWidget(self.minus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 14, 12)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        self.show_dots(0)

    def show_dots(self, count: int) -> None:
        """Show the voter's dots on this note."""
        self.count = count
        self.dots.setText(DOT * count)
        self.minus.setVisible(count > 0)
        self.setProperty("voted", count > 0)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.give.emit(self.idea.id)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Plus):
            self.give.emit(self.idea.id)
        elif event.key() in (Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.take.emit(self.idea.id)
        else:
            super().keyPressEvent(event)


class DotVotePage(ThankingPage):
    """Person after person spends their dots on the notes of the brainstorm."""

    def __init__(self, services: Services, activity: KioskActivity, *, clock: Callable[[], float],
                 parent: Any = None) -> None:
        super().__init__(activity, clock, parent)
        self.voting = services.voting
        language = self.language
        self.form.setObjectName("kioskDotVote")
        self.heading = label("", self.form, "kioskHeading", centred=True)
        self.hint = label("", self.form, "kioskText", centred=True)
        self.left = label("", self.form, "kioskDotsLeft", centred=True)
        self.empty = label("", self.form, "kioskText", centred=True)
        # The sentences scroll with the notes: with large text they may not leave room for them otherwise.
        content = QWidget(self.form)
        content.setObjectName("kioskTiles")
        self.grid_holder = QWidget(content)
        self.grid_holder.setObjectName("kioskTileGrid")
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setSpacing(16)
        self.grid.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        for widget in (self.heading, self.hint, self.empty, self.grid_holder):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = QScrollArea(self.form)
        self.scroll.setObjectName("kioskScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the notes themselves
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        touch_scrolling(self.scroll)
        self.problem = label("", self.form, "kioskProblem", centred=True)
        self.problem.hide()
        self.done = big_button(phrase("done", language), self.form, primary=True, name="kioskDone")
        self.done.clicked.connect(self.finish)
        self.easy_read.decorate(self.done, "finish")
        inner = QWidget(self.form)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(self.toggle_row())
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.left)
        layout.addWidget(self.problem)
        layout.addLayout(button_row(self.done))
        centre(self.form, inner, COLUMN + 160, margins=(40, 24))
        self.columns = TILE_COLUMNS
        self.scroll.viewport().installEventFilter(self)
        self.tiles: dict[str, IdeaTile] = {}
        self.voter = new_voter_token()
        self.ballot = Ballot(self.voting.dots_per_voter(activity.id))
        self.show_texts()
        self.load()

    def show_texts(self) -> None:
        super().show_texts()
        self.heading.setText(self.phrase("vote_title"))
        self.hint.setText(self.phrase("vote_hint"))
        self.empty.setText(self.phrase("no_ideas"))

    def load(self) -> None:
        """The notes as they are on the board now, and a new voter with all their dots."""
        for tile in self.tiles.values():
            tile.hide()
            tile.setParent(None)
            tile.deleteLater()
        self.tiles = {}
        ideas = self.voting.ideas(self.activity.id)
        for idea in ideas:
            tile = IdeaTile(idea, self.language, self.grid_holder)
            tile.give.connect(self.give)
            tile.take.connect(self.take)
            tile.show()
            self.tiles[idea.id] = tile
        self._place_tiles()
        self.empty.setVisible(not ideas)
        self.grid_holder.setVisible(bool(ideas))
        self.voter = new_voter_token()
        self.ballot = Ballot(self.voting.dots_per_voter(self.activity.id))
        self._show_ballot()

    def _fitting_columns(self) -> int:
        """As many columns of notes as fit the width (three at most, at least one)."""
        narrowest = round(TILE_WIDTH * text_scale() * (EASY_SCALE if self.easy else 1.0))
        return max(1, min(TILE_COLUMNS, self.scroll.viewport().width() // max(1, narrowest)))

    def _place_tiles(self) -> None:
        """The notes in as many columns as fit the width."""
        self.columns = self._fitting_columns()
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, index // self.columns, index % self.columns)
        for index in range(TILE_COLUMNS):
            self.grid.setColumnStretch(index, 1 if index < self.columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A wider or narrower screen (or text) lays the notes out again."""
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport() \
                and self._fitting_columns() != self.columns:
            self._place_tiles()
        return super().eventFilter(watched, event)

    def set_easy_read(self, on: bool) -> None:
        super().set_easy_read(on)
        self._place_tiles()

    def give(self, idea_id: str) -> None:
        """One more of this voter's dots on the note."""
        self.touch()
        if self.ballot.left <= 0:
            self._problem(self.phrase("too_many_dots"))
            return
        try:
            self.ballot = self.voting.cast(self.activity.id, idea_id, voter=self.voter)
        except UserError:
            self.ballot = self.voting.ballot(self.activity.id, voter=self.voter)
            self._problem(self.phrase("too_many_dots" if self.ballot.left <= 0 else "trouble"))
        self._show_ballot()

    def take(self, idea_id: str) -> None:
        """Take one of this voter's dots back from the note."""
        self.touch()
        try:
            self.ballot = self.voting.uncast(self.activity.id, idea_id, voter=self.voter)
        except UserError:
            self.ballot = self.voting.ballot(self.activity.id, voter=self.voter)
        self.problem.hide()
        self._show_ballot()

    def finish(self) -> None:
        """This voter is done: thank them; the next one starts clean."""
        self.thank(self.phrase("vote_thanks"))

    def _show_ballot(self) -> None:
        for idea_id, tile in self.tiles.items():
            tile.show_dots(self.ballot.by_idea.get(idea_id, 0))
        self.left.setText(phrase("dots_left", self.language, n=self.ballot.left) + "   " + DOT * self.ballot.left)
        self.left.setAccessibleName(phrase("dots_left", self.language, n=self.ballot.left))

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def clear(self) -> None:
        self.problem.hide()
        self.load()

    def has_input(self) -> bool:
        return self.ballot.used > 0

    def tick(self) -> None:
        if self.thanked_at is None and self.has_input() and self.idle_for() >= IDLE_SECONDS:
            self.finish()  # a voter who walked away: their dots count, the next person gets a fresh ballot
            return
        super().tick()

