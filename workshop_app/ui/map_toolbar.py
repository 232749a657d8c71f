"""The canvas toolbar: add, connect, align, delete, zoom, snap, legend, snapshots, print and export.

Actions only; the page connects them. Shortcuts work while the Maps section has the keyboard; single letters
(C for connect) only while the canvas has it, so they never get in the way of typing a name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget


class MapToolbar(QToolBar):
    """Every action of the canvas, in the order a person uses them."""

    def __init__(self, page: QWidget, canvas: QWidget, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapToolbar")
        self.setAccessibleName(self.tr("Map tools"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMovable(False)
        self.setFloatable(False)

        def action(text: str, tip: str, keys: str | QKeySequence.StandardKey | None = None, *,
                   checkable: bool = False, widget: QWidget = page) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.setCheckable(checkable)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                act.setToolTip(f"{tip} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
                widget.addAction(act)
            return act

        self.add_action = action(self.tr("Add stakeholder"), self.tr("Add a stakeholder in the middle of the map; "
                                                                     "or double-click an empty place"), "Ins")
        self.connect_action = action(self.tr("Connect"), self.tr("Draw relationships: drag from one stakeholder "
                                                                 "to another"), "C", checkable=True, widget=canvas)
        self.align_left_action = action(self.tr("Align left"), self.tr("Line the selected stakeholders up on the "
                                                                       "leftmost one"), "Ctrl+Shift+Left")
        self.align_top_action = action(self.tr("Align top"), self.tr("Line the selected stakeholders up on the "
                                                                     "highest one"), "Ctrl+Shift+Up")
        self.align_centre_action = action(self.tr("Align centres"), self.tr("Line the selected stakeholders up on "
                                                                            "a vertical line through their middle"),
                                          "Ctrl+Shift+Down")
        # Delete is the view's own key (the map list uses it for maps), so the action carries no shortcut.
        self.delete_action = action(self.tr("Delete"), self.tr("Delete the selected stakeholders and relationships "
                                                               "(Del)"))
        self.zoom_in_action = action("+", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = action("\u2212", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        self.fit_action = action(self.tr("Fit"), self.tr("Show the whole map"), "Ctrl+0")
        self.snap_action = action(self.tr("Snap to grid"), self.tr("Dragged stakeholders land on the grid"),
                                  "Ctrl+Shift+G", checkable=True)
        self.legend_action = action(self.tr("Legend"), self.tr("Show or hide the legend"), "Ctrl+Shift+L",
                                    checkable=True)
        self.legend_action.setChecked(True)
        self.snapshot_action = action(self.tr("Take snapshot…"), self.tr("Save where everybody stands now, e.g. at a "
                                                                         "ULG meeting"), "Ctrl+Shift+S")
        self.compare_action = action(self.tr("Compare…"), self.tr("Show who moved since a snapshot"),
                                     "Ctrl+Shift+C")
        self.print_action = action(self.tr("Print…"), self.tr("Print the map with its title, date and legend"),
                                   QKeySequence.StandardKey.Print)
        self.preview_action = action(self.tr("Print preview…"), self.tr("See the printed page before printing it"),
                                     "Ctrl+Shift+P")
        self.export_pdf_action = action(self.tr("Export as PDF…"), self.tr("Save the map as a PDF file"), "Ctrl+E")
        self.export_png_action = action(self.tr("Export as PNG…"), self.tr("Save the map as a picture (PNG)"))
        self.export_svg_action = action(self.tr("Export as SVG…"), self.tr("Save the map as a drawing (SVG)"))

        self.addAction(self.add_action)
        self.addAction(self.connect_action)
        self._menu_button(self.tr("Align"), self.tr("Align the selected stakeholders"),
                          [self.align_left_action, self.align_top_action, self.align_centre_action])
        self.addAction(self.delete_action)
        self.addSeparator()
        self.addAction(self.zoom_out_action)
        self.addAction(self.zoom_in_action)
        self.addAction(self.fit_action)
        self._menu_button(self.tr("View"), self.tr("Snap to grid, legend"), [self.snap_action, self.legend_action])
        self.addSeparator()
        self.addAction(self.snapshot_action)
        self.addAction(self.compare_action)
        self.addSeparator()
        self.addAction(self.print_action)
        self._menu_button(self.tr("Export"), self.tr("Save the map as PDF, PNG or SVG"),
                          [self.export_pdf_action, self.export_png_action, self.export_svg_action])
        for act in self.actions():
            button = self.widgetForAction(act)
            if button is not None and not button.accessibleName():
                # "+" and "−" are read out by their tooltip ("Zoom in"), the others by their text.
                button.setAccessibleName(act.toolTip().split(" (")[0] if len(act.text()) < 2
                                         else act.text().replace("&", "").rstrip("…"))

    def _menu_button(self, text: str, tip: str, actions: list[QAction]) -> QToolButton:
        menu = QMenu(self)
        menu.addActions(actions)
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(button)
        return button

    def map_actions(self) -> list[QAction]:
        """The actions that need a map to be shown."""
        return [self.add_action, self.connect_action, self.align_left_action, self.align_top_action,
                self.align_centre_action, self.delete_action, self.zoom_in_action, self.zoom_out_action,
                self.fit_action, self.snap_action, self.legend_action, self.snapshot_action, self.compare_action,
                self.print_action, self.preview_action, self.export_pdf_action, self.export_png_action,
                self.export_svg_action]
