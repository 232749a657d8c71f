"""build_installer.py and freeze/: the pure parts (what goes into the bundle, names, environment, archives).

The real build takes minutes and is run by hand (``python build_installer.py --smoke``), not here.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import build_installer
import workshop_app
import workshop_app.paths
from freeze import bundle, package, smoke

ROOT = Path(__file__).resolve().parent.parent


def test_every_pyside6_module_the_app_imports_is_kept_and_known() -> None:
    used = set()
    for path in (ROOT / "workshop_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= set(bundle.QT_MODULES_USED), "a new Qt module: add it to QT_MODULES_USED and check the bundle"
    assert not used & set(bundle.QT_MODULES_EXCLUDED)


def test_unused_qt_modules_and_build_tools_are_excluded() -> None:
    excluded = set(bundle.excluded_modules())
    for name in ("QtWebEngineCore", "QtQuick", "QtQml", "Qt3DCore", "QtMultimedia", "QtPdf", "QtCharts",
                 "QtDataVisualization", "QtDesigner", "QtBluetooth", "QtSensors", "QtSerialPort", "QtNetwork"):
        assert f"PySide6.{name}" in excluded
    for name in ("PyInstaller", "pytest", "hypothesis", "pip", "setuptools", "tkinter", "pandas", "IPython"):
        assert name in excluded
    assert not {"workshop_app", "matplotlib", "openpyxl", "pyxform", "alembic", "sqlalchemy", "numpy"} & excluded


def test_data_files_hold_migrations_translations_styles_templates_and_icons() -> None:
    files = {Path(folder) / Path(source).name for source, folder in bundle.data_files()}
    versions = sorted((ROOT / "workshop_app" / "db" / "migrations" / "versions").glob("*.py"))
    assert versions
    for version in versions:  # as .py files: Alembic reads the versions folder from disk
        assert Path("workshop_app/db/migrations/versions") / version.name in files
    assert Path("workshop_app/db/migrations/env.py") in files
    qms = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    assert len(qms) == len(bundle.app_languages()) >= 6
    for qm in qms:
        assert Path("workshop_app/resources/translations") / qm.name in files
    assert Path("workshop_app/resources/styles/app.qss") in files
    assert Path("workshop_app/resources/styles/high_contrast.qss") in files
    assert Path("workshop_app/resources/icons/app.svg") in files
    assert Path("workshop_app/resources/templates/ulg_workshop_feedback.xlsx") in files
    assert not [f for f in files if f.suffix in {".ts", ".pyc"} or f.name == "build_templates.py"]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", False),
        ("PySide6/Qt6Pdf.dll", False),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
        ("PySide6/Qt/translations/qtbase_pl.qm", True),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_pl.qm", False),
        ("numpy/core/_multiarray_umath.so", True),
        ("libstdc++.so.6", False),
        ("libgcc_s.so.1", False),
        ("workshop_app/resources/icons/app.svg", True),
    ],
)
def test_keep_chooses_qt_plugins_libraries_and_translations(dest: str, kept: bool) -> None:
    assert bundle.keep(dest, bundle.app_languages()) is kept


def test_version_is_the_package_version() -> None:
    assert bundle.app_version() == workshop_app.__version__


def test_archive_names_say_version_platform_and_processor() -> None:
    assert bundle.archive_name("0.1.0", "linux", "x86_64", ".tar.gz") == "WorkshopApp-0.1.0-linux-x86_64.tar.gz"
    assert bundle.archive_name("0.1.0", "win32", "AMD64", ".zip") == "WorkshopApp-0.1.0-windows-x86_64.zip"
    assert bundle.archive_name("1.2", "darwin", "arm64", ".dmg") == "WorkshopApp-1.2-macos-arm64.dmg"


def test_missing_pyinstaller_is_one_sentence_and_exit_status_2(monkeypatch, capsys) -> None:
    monkeypatch.setattr(build_installer.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(build_installer, "build", lambda version: pytest.fail("must not build"))
    assert build_installer.main([]) == 2
    err = capsys.readouterr().err.strip()
    assert err == build_installer.PYINSTALLER_MISSING
    assert 'pip install ".[installer]"' in err and err.count(".") <= 3


def test_smoke_without_a_build_says_so(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setattr(build_installer, "DIST", tmp_path)
    assert build_installer.main(["--smoke", "--no-build"]) == 2
    assert "No built app" in capsys.readouterr().err


def test_scrubbed_env_finds_no_python(tmp_path) -> None:
    env = smoke.scrubbed_env(tmp_path)
    assert not smoke.has_python(env["PATH"])
    assert shutil.which("python3", path=env["PATH"]) is None
    assert not {"PYTHONPATH", "PYTHONHOME", "DISPLAY", "WAYLAND_DISPLAY"} & env.keys()
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert Path(env["WORKSHOP_APP_HOME"]).is_relative_to(tmp_path)
    assert Path(env["HOME"]).is_relative_to(tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="an executable bit marks a program only on POSIX")
def test_has_python_sees_an_interpreter_on_the_path(tmp_path) -> None:
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    assert smoke.has_python(str(tmp_path))


def _fake_internal(tmp_path: Path) -> Path:
    internal = tmp_path / "_internal"
    for source, folder in bundle.data_files():
        (internal / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, internal / folder)
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for name in ("platforms/libqoffscreen.so", "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
        (plugins / name).parent.mkdir(parents=True, exist_ok=True)
        (plugins / name).touch()
    (internal / "PySide6" / "Qt" / "translations").mkdir()
    (internal / "PySide6" / "Qt" / "translations" / f"qtbase_{smoke.SMOKE_LANGUAGE}.qm").touch()
    return internal


def test_missing_files_names_what_the_frozen_app_would_lack(tmp_path) -> None:
    internal = _fake_internal(tmp_path)
    assert smoke.missing_files(internal) == []
    next((internal / "workshop_app/db/migrations/versions").glob("0001_*.py")).unlink()
    (internal / "PySide6/Qt/plugins/platforms/libqoffscreen.so").unlink()
    missing = smoke.missing_files(internal)
    assert any("0001_" in item for item in missing)
    assert "Qt plugin platforms/*offscreen*" in missing


def _fake_bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "dist" / bundle.APP_NAME
    (folder / "_internal").mkdir(parents=True)
    exe = folder / bundle.APP_NAME
    exe.write_text("#!/bin/sh\necho frozen\n")
    exe.chmod(0o755)
    return folder


def test_linux_tarball_holds_the_folder_installer_and_menu_entry(tmp_path) -> None:
    folder = _fake_bundle(tmp_path)
    icon = tmp_path / "app.png"
    icon.write_bytes(b"\x89PNG")
    out = package.linux_tarball(folder, tmp_path / "dist" / "x.tar.gz", icon)
    with tarfile.open(out) as tar:
        members = {m.name: m for m in tar.getmembers()}
        desktop = tar.extractfile(members["WorkshopApp/workshop-app.desktop"]).read().decode()
    assert members["WorkshopApp/install.sh"].mode & stat.S_IXUSR
    assert members["WorkshopApp/WorkshopApp"].mode & stat.S_IXUSR
    assert "WorkshopApp/workshop-app.png" in members and "WorkshopApp/_internal" in members
    assert 'Exec="@EXEC@"' in desktop and "Icon=workshop-app" in desktop
    assert not list(out.parent.glob("*.partial"))


@pytest.mark.skipif(shutil.which("sh") is None or sys.platform == "win32", reason="install.sh is a POSIX shell script")
def test_install_sh_copies_the_app_and_adds_a_menu_entry(tmp_path) -> None:
    folder = _fake_bundle(tmp_path)
    package.linux_tarball(folder, tmp_path / "x.tar.gz", ROOT / "resources" / "icons" / "app.svg")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    subprocess.run(["sh", str(folder / "install.sh")], env=env, check=True, capture_output=True)
    target = home / ".local" / "share" / "WorkshopApp-program"
    assert (target / bundle.APP_NAME).stat().st_mode & stat.S_IXUSR
    entry = (home / ".local/share/applications/workshop-app.desktop").read_text()
    assert f'Exec="{target / bundle.APP_NAME}"' in entry
    assert (home / ".local/share/icons/hicolor/256x256/apps/workshop-app.png").is_file()
    assert (home / ".local/bin/workshop-app").resolve() == (target / bundle.APP_NAME).resolve()
    # Installing again (a newer version from the stick) replaces the copy.
    subprocess.run(["sh", str(folder / "install.sh")], env=env, check=True, capture_output=True)
    assert not (target.parent / "WorkshopApp-program.new").exists()


@pytest.mark.skipif(shutil.which("sh") is None or sys.platform == "win32", reason="install.sh is a POSIX shell script")
def test_install_sh_never_touches_the_data_folder(tmp_path) -> None:
    """The app keeps its database in ~/.local/share/WorkshopApp (platformdirs); the program goes beside it."""
    from platformdirs import user_data_dir

    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    data = Path(subprocess.run([sys.executable, "-c", "import platformdirs, sys; sys.stdout.write("
                                "platformdirs.user_data_dir('WorkshopApp', 'URBACT'))"],
                               env=env, capture_output=True, text=True, check=True).stdout)
    assert data.name == Path(user_data_dir(workshop_app.paths.APP_NAME, workshop_app.paths.APP_AUTHOR)).name
    data.mkdir(parents=True)
    (data / "workshops.sqlite").write_bytes(b"answers")
    folder = _fake_bundle(tmp_path)
    package.linux_tarball(folder, tmp_path / "x.tar.gz", ROOT / "resources" / "icons" / "app.svg")
    for _ in range(2):
        subprocess.run(["sh", str(folder / "install.sh")], env=env, check=True, capture_output=True)
    assert (data / "workshops.sqlite").read_bytes() == b"answers"
    occupied = home / ".local/share/WorkshopApp-program"
    shutil.rmtree(occupied)
    occupied.mkdir()
    (occupied / "notes.txt").write_text("mine")
    refused = subprocess.run(["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True)
    assert refused.returncode == 1 and "move it away" in refused.stderr
    assert (occupied / "notes.txt").read_text() == "mine"


def test_inno_setup_template_has_exactly_the_placeholders_filled() -> None:
    text = package.INNO_TEMPLATE.read_text(encoding="utf-8")
    assert set(re.findall(r"@([A-Z_]+)@", text)) == {"VERSION", "SOURCE_DIR", "OUTPUT_DIR", "OUTPUT_NAME", "ICON"}
    assert "WorkshopApp.exe" in text and "PrivilegesRequired=lowest" in text


def test_spec_and_hooks_are_valid_python() -> None:
    for path in [ROOT / "freeze" / "workshop_app.spec", *(ROOT / "freeze" / "hooks").glob("hook-*.py")]:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    hooked = {p.name.removeprefix("hook-PySide6.").removesuffix(".py") for p in (ROOT / "freeze/hooks").iterdir()}
    assert set(bundle.QT_MODULES_USED) <= hooked


def test_folder_size_counts_every_file(tmp_path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 10)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 5)
    assert bundle.folder_size(tmp_path) == 15


def test_smoke_hook_prints_markers_and_quits(tmp_path) -> None:
    """The hook the smoke run relies on, run from source (the frozen app runs the same code)."""
    from workshop_app.app import SMOKE_ENV

    assert SMOKE_ENV == smoke.SMOKE_ENV
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_APP_HOME": str(tmp_path / "home"),
           "PYTHONPATH": str(ROOT)}
    shown, ready, lines = smoke.start_window([sys.executable, "-m", "workshop_app"], env)
    assert lines == ["shown en", "ready 0", "chart"]
    assert 0 < shown <= ready
