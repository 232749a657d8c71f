"""The benchmark runner cannot rot: its options, its one final table and its Markdown, on made-up numbers.

Nothing here times anything; ``python -m benchmarks --quick`` is the real smoke run (half a minute).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks import report, run
from benchmarks.report import HEADER, Row, at_most, under


def fake_rows(scale: str) -> list[Row]:
    return [
        Row("start-up to a shown window (demo db)", 0.25, "<= 3x bare", at_most(0.25 / 0.1, 3), "bare PySide6 window",
            0.1, 80.4, "hwm", "startup"),
        Row("next question (200 q.)", 0.000_111, "< 50 ms", under(0.000_111, 0.05), peak_mb=71.0, group="answers"),
        Row(f"ULG workbook export, {'200' if scale == 'quick' else '10,000'} resp. x 50 q.", 31.0,
            "<= 1.5x dump, < 500 MB", False, "bare openpyxl dump", 20.0, 190.0, group="export"),
        Row("start-up to workshops listed", 1.9, reference="bare PySide6 window", reference_s=0.1, group="startup"),
    ]


def fake_collector(calls: list[tuple[str, str]]) -> Callable[[str], Callable[[str], list[Row]]]:
    def collector(name: str) -> Callable[[str], list[Row]]:
        def collect(scale: str) -> list[Row]:
            calls.append((name, scale))
            if name == "merge":
                raise RuntimeError("packages vanished")
            return [row for row in fake_rows(scale) if row.group == name]
        return collect
    return collector


def test_every_benchmark_module_has_a_collector() -> None:
    for name in run.GROUPS:
        assert callable(run.collector(name))


def test_the_final_table_has_every_column_and_a_line_per_measure(capsys: pytest.CaptureFixture[str],
                                                                  tmp_path: Path) -> None:
    calls: list[tuple[str, str]] = []
    status = run.main(["--quick", "--markdown", str(tmp_path / "table.md")], collect=fake_collector(calls))
    out = capsys.readouterr().out
    assert calls == [(name, "quick") for name in run.GROUPS]
    assert status == 1  # merge crashed: the run says so, and still prints the others
    summary = out[out.index("Summary (quick sizes"):]
    for column in HEADER:
        assert column in summary
    lines = summary.splitlines()
    shown = next(line for line in lines if line.startswith("start-up to a shown window"))
    assert "250 ms" in shown and "bare PySide6 window: 100 ms" in shown and "2.50x" in shown
    assert "<= 3x bare" in shown and " yes " in shown and "80 (a)" in shown
    export = next(line for line in lines if line.startswith("ULG workbook export, 200 resp."))
    assert "31.00 s" in export and "1.55x" in export and " NO " in export and "190" in export
    assert next(line for line in lines if line.startswith("next question")).count(" - ") >= 2
    assert any(line.startswith("merge: FAILED (RuntimeError: packages vanished)") for line in lines)
    assert "QUICK MODE" in summary and "Total wall time:" in lines[-2]
    missed = next(line for line in lines if line.startswith("2 of 4 targets met. Not met: "))
    assert "merge: FAILED" in missed and "ULG workbook export, 200 resp. x 50 q." in missed
    markdown = (tmp_path / "table.md").read_text()
    assert "| " + " | ".join(HEADER) + " |" in markdown and "|---|" in markdown
    assert "| start-up to a shown window (demo db) | 250 ms | bare PySide6 window: 100 ms | 2.50x |" in markdown


def test_only_runs_the_named_benchmarks_in_the_default_size(capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[tuple[str, str]] = []
    assert run.main(["--only", "export, startup"], collect=fake_collector(calls)) == 0
    assert calls == [("export", "default"), ("startup", "default")]
    assert "Summary (default sizes" in capsys.readouterr().out


def test_full_and_unknown_names(capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[tuple[str, str]] = []
    run.main(["--full", "--only", "answers"], collect=fake_collector(calls))
    assert calls == [("answers", "full")]
    with pytest.raises(SystemExit):
        run.main(["--only", "startup,warp_drive"], collect=fake_collector(calls))
    assert "unknown benchmark warp_drive" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run.main(["--quick", "--full"], collect=fake_collector(calls))


def test_cells_read_well_at_every_scale() -> None:
    assert report.duration(0.000_312) == "0.312 ms" and report.duration(0.25) == "250 ms"
    assert report.duration(4.567) == "4.57 s" and report.duration(None) == "-"
    row = Row("no reference", 0.01, peak_mb=None)
    assert report.cells(row) == ("no reference", "10 ms", "-", "-", "-", "-", "-")
    assert report.verdict([row]) == "0 of 0 targets met."
    assert at_most(None, 3) is None and under(None, 1) is None
