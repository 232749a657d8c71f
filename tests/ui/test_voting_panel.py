"""The dot vote in the run view: dots per note, the facilitator's count with + and −, the kiosk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui import run_support
from tests.ui.run_support import FakeWindows, make_workshop
from workshop_app.core.activity_rules import new_voter_token
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui.voting_model import VoteRow, VoteTallyModel

open_run, clock, fake_windows = run_support.open_run, run_support.clock, run_support.fake_windows


def test_counted_dots_are_tallied_with_plus_and_minus_and_undone_in_one_step(
        qtbot: Any, db: Database, open_run: Any, fake_windows: FakeWindows) -> None:
    workshop, (brainstorm, vote) = make_workshop(db, "brainstorm", "dot_vote")
    services = Services.of(db)
    ideas = [services.brainstorm.add_idea(brainstorm, text).id for text in ("Night bus", "Wi-Fi", "Childcare")]
    services.voting.cast(vote, ideas[1], voter=new_voter_token())
    window = open_run(workshop, activity_id=vote)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    panel = window.ui.voting
    assert window.ui.panels.currentWidget() is panel
    assert panel.summary.text() == "3 dots each · 1 person voted in the kiosk"
    assert [panel.model.summary(r).text for r in range(panel.model.rowCount())] == ["Night bus", "Wi-Fi",
                                                                                     "Childcare"]

    panel.table.selectRow(2)
    for _ in range(3):
        panel.plus_button.click()
    panel.minus_button.click()
    assert services.voting.tallies(vote) == {ideas[2]: 2}
    row = panel.model.summary(2)
    assert (row.counted, row.dots) == (2, 2)
    totals = services.voting.totals(vote)
    assert [(t.text, t.dots) for t in totals.totals][:2] == [("Childcare", 2), ("Wi-Fi", 1)]
    assert window.undo_stack.count() == 1  # four clicks on one note: one undo step

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    assert panel.model.summary(2).counted == 3
    assert panel.model.setData(panel.model.index(0, VoteTallyModel.COUNTED), 7)
    assert services.voting.tallies(vote) == {ideas[0]: 7, ideas[2]: 3}
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert services.voting.tallies(vote) == {}
    assert panel.model.summary(2).counted == 0

    services.kiosk_pins.set_kiosk_pin(workshop, "1357")
    panel.kiosk_button.click()
    assert fake_windows.kiosks[0]["activity_id"] == vote


def test_a_dot_vote_without_a_brainstorm_takes_typed_options(db: Database, open_run: Any) -> None:
    workshop, (vote,) = make_workshop(db, "dot_vote")
    window = open_run(workshop)
    panel = window.ui.voting
    assert panel.option_input.isVisibleTo(panel)
    for text in ("Option A", "Option B"):
        panel.option_input.setText(text)
        assert panel.add_option()
    assert [i.text for i in Services.of(db).voting.ideas(vote)] == ["Option A", "Option B"]
    assert panel.model.rowCount() == 2


def test_the_tally_model_is_a_sound_item_model(qtmodeltester: Any) -> None:
    counted: list[tuple[str, int]] = []
    model = VoteTallyModel(lambda idea, n: counted.append((idea, n)) or True)
    model.set_rows([VoteRow("a", "Night bus", "Transport", "#FFF176", 4, 1), VoteRow("b", "Wi-Fi", "", "", 0, 0)])
    qtmodeltester.check(model)
    assert model.flags(model.index(0, VoteTallyModel.COUNTED)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, VoteTallyModel.NOTE)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(1, VoteTallyModel.COUNTED), "5") and counted == [("b", 5)]
