"""One card per question on the Results screen: its label, who answered, its chart and "Save chart…".

A card's chart is rendered when the card is first painted, not when it is filled: a long survey fills every
card at once, but only the ones scrolled into view cost a matplotlib drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from workshop_app.core.results_rules import Comparison, QuestionResult
from workshop_app.ui import results_chart
from workshop_app.ui.labels import format_decimal

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

translate = QCoreApplication.translate
_CANVAS: type | None = None


def lazy_canvas(parent: QWidget, height_px: int) -> FigureCanvasQTAgg:
    """A chart canvas (as ``ui.charts.make_canvas``) that renders on its first paint rather than at once."""
    global _CANVAS
    from matplotlib.figure import Figure

    if _CANVAS is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        class LazyCanvas(FigureCanvasQTAgg):
            """Draws only when Qt paints it, so off-screen cards cost nothing until scrolled to.

            ``painter(figure)`` (when set) lays the chart out again first: legends and label widths then fit the
            canvas's real width, after a resize too.
            """

            painter: Callable[[Any], None] | None = None

            def draw_idle(self) -> None:
                self._stale_figure = True
                self.update()

            def paintEvent(self, event: Any) -> None:
                if getattr(self, "_stale_figure", True):
                    self._stale_figure = False
                    if self.painter is not None:
                        self.painter(self.figure)
                    self.draw()
                super().paintEvent(event)

        _CANVAS = LazyCanvas
    figure = Figure(figsize=(6, height_px / 100), dpi=100, facecolor="white", layout="constrained")
    canvas = _CANVAS(figure)
    canvas.setParent(parent)
    canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    canvas.setFixedHeight(height_px)
    canvas.setMinimumWidth(320)
    canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return canvas


def answered_line(result: QuestionResult) -> str:
    """Who answered, and how to read the chart: "41 answered · more than one answer each…"."""
    count = translate("results", "{n} answered").format(n=result.respondents_display)
    note = {
        "select_multiple": translate("results", "more than one answer each, so shares add up to more than 100 %"),
        "rank": translate("results", "each person's first choice"),
    }.get(result.type, "")
    if result.kind == "words":
        note = translate("results", "words used by at least 5 people; the answers themselves are never shown")
    elif result.kind == "count_only":
        note = translate("results", "answers of this kind are counted, not charted")
    return translate("results", "{count} · {note}").format(count=count, note=note) if note else count


def withheld_text(result: QuestionResult) -> str:
    """Why a question shows no chart, in a sentence ("" when it shows one)."""
    if result.withheld == "none":
        return translate("results", "No one answered this question in the responses shown.")
    if result.withheld == "few":
        return translate("results", "Fewer than 5 answers, so nothing is shown: no one can be singled out.")
    if result.withheld == "complement":
        return translate("results", "Not shown: everyone else who answered is fewer than 5 people, and comparing "
                                    "this group with everyone would single them out.")
    if result.kind == "words" and not result.counts:
        return translate("results", "No word was used by 5 or more people.")
    return ""


def numbers_line(result: QuestionResult, group: str = "") -> str:
    """"Mean 4.2 · median 4" (or "Under 30: mean 4.2, median 4" for a group); "" without numbers."""
    if not result.shown or result.mean is None or result.median is None:
        return ""
    mean, median = format_decimal(result.mean), format_decimal(result.median)
    if group:
        return translate("results", "{group}: mean {mean}, median {median}").format(group=group, mean=mean,
                                                                                   median=median)
    text = translate("results", "Mean {mean} · median {median}").format(mean=mean, median=median)
    return f"{text} · {result.hint}" if result.hint and result.type == "range" else text


def off_scale_line(result: QuestionResult) -> str:
    """Answers of a Likert question that are not on its scale: "Not on the scale: Don't know 7"."""
    found = [f"{c.label} {c.display}" for c in result.off_scale if c.count != 0]
    return translate("results", "Not on the scale: {answers}").format(answers=", ".join(found)) if found else ""


class QuestionCard(QFrame):
    """A question's card; ``save_requested`` asks the page to save this card's chart."""

    save_requested = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.result: QuestionResult | None = None
        self.comparison: Comparison | None = None
        self.names: tuple[str, str] = ("", "")
        self.title = QLabel(self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # translate("QuestionCard", ...), not self.tr: the class nested in lazy_canvas misleads lupdate about
        # which class a self.tr of this file is in.
        self.save_button = QPushButton(translate("QuestionCard", "Save chart…"), self)
        self.save_button.setObjectName("cardButton")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self))
        self.subtitle = self._quiet_label()
        self.message = QLabel(self)
        self.message.setObjectName("withheldText")
        self.message.setWordWrap(True)
        self.caption = self._quiet_label()
        self.canvas = lazy_canvas(self, 120)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.message)
        layout.addWidget(self.canvas)
        layout.addWidget(self.caption)

    def _quiet_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("quietText")
        label.setWordWrap(True)
        return label

    def show_result(self, result: QuestionResult) -> None:
        """Show one question's result for everyone or one group."""
        self.result, self.comparison = result, None
        self.title.setText(result.label)
        self.subtitle.setText(answered_line(result))
        height = results_chart.result_height(result)
        self._show_chart(height, withheld_text(result), result.label)
        if height:
            self.canvas.painter = lambda figure: results_chart.draw_result(figure, result)
            self.canvas.setAccessibleDescription(results_chart.describe_result(result))
        caption = [line for line in (numbers_line(result), off_scale_line(result)) if line]
        self._set_caption(" · ".join(caption))
        self.canvas.draw_idle()

    def show_comparison(self, comparison: Comparison, name_a: str, name_b: str) -> None:
        """Show one question for two groups side by side."""
        self.result, self.comparison, self.names = None, comparison, (name_a, name_b)
        self.title.setText(comparison.label)
        sides = ((name_a, comparison.a), (name_b, comparison.b))
        self.subtitle.setText(" · ".join(translate("results", "{group}: {n} answered").format(
            group=name, n=result.respondents_display) for name, result in sides))
        height = results_chart.comparison_height(comparison)
        reasons = [f"{name}: {withheld_text(result)}" for name, result in sides if withheld_text(result)]
        self._show_chart(height, "\n".join(reasons), comparison.label)
        if height:
            self.canvas.painter = lambda figure: results_chart.draw_comparison(figure, comparison, name_a, name_b)
            self.canvas.setAccessibleDescription(results_chart.describe_comparison(comparison, name_a, name_b))
        caption = [numbers_line(result, name) for name, result in sides if numbers_line(result, name)]
        shown = comparison.a if comparison.a.shown else comparison.b
        if caption and shown.hint and shown.type == "range":
            caption.append(shown.hint)
        self._set_caption(" · ".join(caption))
        self.canvas.draw_idle()

    def has_chart(self) -> bool:
        """There is a chart to save."""
        return not self.canvas.isHidden()

    def _show_chart(self, height: int, message: str, label: str) -> None:
        self.canvas.setVisible(bool(height))
        if height:
            self.canvas.setFixedHeight(height)
            self.canvas.setAccessibleName(translate("QuestionCard", "Chart of “{question}”").format(question=label))
        else:
            self.canvas.painter = None
            self.canvas.figure.clear()
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.save_button.setVisible(bool(height))
        self.save_button.setAccessibleName(translate("QuestionCard", "Save the chart of “{question}”").format(
            question=label))
        self.setAccessibleName(label)

    def _set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text))


__all__ = ["QuestionCard", "answered_line", "lazy_canvas", "numbers_line", "off_scale_line", "withheld_text"]
