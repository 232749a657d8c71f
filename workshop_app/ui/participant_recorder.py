"""Who records consent and erasures: the name in the settings, asked for once and then remembered."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from workshop_app.core.participant_rules import MAX_RECORDER
from workshop_app.settings import Settings, save_settings

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def recorder_name(parent: QWidget | None, settings: Settings, *, ask_again: bool = False) -> str | None:
    """The name of who is recording; asked once when the settings have none (``None`` if the person cancels)."""
    if settings.user_name.strip() and not ask_again:
        return settings.user_name.strip()
    name, ok = QInputDialog.getText(
        parent,
        translate("people", "Who is recording?"),
        translate("people", "Your name is saved with every consent and erasure you record, as the law asks.\n"
                            "It is asked once; you can change it on the Check-in tab."),
        QLineEdit.EchoMode.Normal,
        settings.user_name,
    )
    name = " ".join(str(name or "").split())[:MAX_RECORDER]
    if not ok or not name:
        return None
    settings.user_name = name
    try:
        save_settings(settings)
    except OSError:
        log.warning("Could not save the settings", exc_info=True)
    return name
