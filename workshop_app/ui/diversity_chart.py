"""One profile question of the diversity picture as a horizontal bar chart; small counts never show a number."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop_app.core.suppression import HIDDEN, SMALL, THRESHOLD, WITHHELD
from workshop_app.ui import charts

if TYPE_CHECKING:
    from workshop_app.core.diversity import ChoiceCount, QuestionPicture

translate = QCoreApplication.translate
ROW_PX = 34
STUB_SHARE = 0.06
LABEL_WIDTH = 30


def chart_height(choices: int) -> int:
    """Pixels for a chart of ``choices`` bars."""
    return 40 + ROW_PX * max(1, choices)


def bar_text(choice: ChoiceCount) -> str:
    """The annotation beside a bar: "34 · 59 %", "<5", "≥5", "–"."""
    if choice.count is None:
        return choice.display
    if choice.display_share and choice.count:
        return translate("diversity", "{count} · {share}").format(count=choice.display, share=choice.display_share)
    return choice.display


def draw_question(figure: Any, question: QuestionPicture) -> None:
    """Draw ``question`` on ``figure``: shown counts as bars, "<5" and "≥5" as hatched stubs with their text."""
    charts.use_chart_fonts()
    figure.clear()
    axes = figure.add_subplot(111)
    charts.quiet_axes(axes)
    choices = list(question.choices)
    positions = list(range(len(choices)))
    shown = [c.count or 0 for c in choices]
    top = max([*shown, THRESHOLD, 1])
    for y, choice in zip(positions, choices, strict=True):
        colour = charts.BAR_QUIET if choice.prefer_not_to_say else charts.BAR
        if choice.count is not None:
            if choice.count:
                axes.barh(y, choice.count, height=0.62, color=colour, linewidth=0)
            end = choice.count
        elif choice.display in (SMALL, HIDDEN):
            # A hatched token, the same short length whatever the scale: it marks "some" and never reads as a count.
            stub = top * STUB_SHARE
            axes.barh(y, stub, height=0.62, color=charts.HIDDEN_FILL, edgecolor=charts.HIDDEN_EDGE,
                      hatch="///", linewidth=0.8)
            end = stub
        else:
            end = 0
        axes.annotate(charts.shown(bar_text(choice)), (end, y), xytext=(6, 0), textcoords="offset points", va="center",
                      ha="left", fontsize=charts.FONT_SIZE, color=charts.INK,
                      fontweight="bold" if choice.count is None and choice.display != WITHHELD else "normal")
    axes.set_yticks(positions, [charts.shown(textwrap.fill(c.label, LABEL_WIDTH)) for c in choices])
    axes.invert_yaxis()
    # Room on the right for the longest annotation ("34 · 59 %").
    axes.set_xlim(0, top * 1.28)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel(charts.shown(translate("diversity", "people")), color=charts.MUTED, fontsize=charts.FONT_SIZE)


def question_heading(question: QuestionPicture) -> str:
    """The line above a chart: how many answered and how many did not."""
    return translate("diversity", "{answered} of {people} answered; {skipped} did not answer").format(
        answered=question.answered, people=question.people, skipped=question.not_answered)


def describe(question: QuestionPicture) -> str:
    """The chart in words, for screen readers: each answer with its published count."""
    return "; ".join(f"{c.label}: {bar_text(c)}" for c in question.choices)


class QuestionChart(QWidget):
    """A question's title, its answered line and its chart, redrawn by ``show_question``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("quietText")
        self.subtitle.setWordWrap(True)
        self.canvas = charts.make_canvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.canvas)
        self.question: QuestionPicture | None = None

    def show_question(self, question: QuestionPicture) -> None:
        """Draw ``question``."""
        self.question = question
        self.title.setText(question.label)
        self.subtitle.setText(question_heading(question))
        self.canvas.setFixedHeight(charts.scaled_px(chart_height(len(question.choices))))
        draw_question(self.canvas.figure, question)
        self.canvas.setAccessibleName(question.label)
        self.canvas.setAccessibleDescription(describe(question))
        self.canvas.draw_idle()
