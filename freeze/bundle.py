"""What goes into the frozen app: data files, modules left out, and the Qt plugins, libraries and translations kept.

Pure functions and lists (no Qt, no PyInstaller), used by ``freeze/workshop_app.spec`` and tested quickly.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "WorkshopApp"
"""The folder, executable and archive name of the frozen app."""
CLI_NAME = "workshop-app"
"""On Windows and macOS the GUI executable has no console, so a second, console one runs the command line."""
PACKAGE = "workshop_app"

QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")
"""What ``grep -rh "from PySide6" workshop_app`` finds (matplotlib's Qt backend needs no other)."""
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml",
    "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)
"""PySide6 modules the app never imports: left out even if an optional import somewhere names them."""
PYTHON_EXCLUDES = (
    # test, build and developer tools
    "PyInstaller", "_pytest", "pytest", "pytestqt", "hypothesis", "pip", "setuptools", "pkg_resources", "wheel",
    "ruff", "IPython", "jedi", "parso", "ipykernel", "sphinx", "docutils", "pydoc_data", "lib2to3", "benchmarks",
    "tests",
    # what optional imports of our dependencies would drag in (matplotlib, openpyxl, PIL)
    "tkinter", "_tkinter", "PIL.ImageTk", "pandas", "scipy", "sympy", "numpy.distutils", "numpy.f2py",
    "matplotlib.tests", "matplotlib.testing", "cairo", "cairocffi", "gi", "wx", "PyQt5", "PyQt6", "PySide2",
    "shiboken2",
    "yaml",  # numpy.__config__'s optional output format
    "pygments",  # mako's optional error highlighting
    "jinja2",  # pyparsing.diagram
    "certifi",  # matplotlib's downloads (never: the app is offline)
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",  # image formats nobody opens here
)
MATPLOTLIB_BACKENDS = ["QtAgg", "Agg", "SVG", "PDF"]
"""Charts on screen (QtAgg), and the PNG, SVG and PDF a chart or map is saved as."""
HIDDEN_IMPORTS = [
    # Alembic loads env.py and the version files from disk; what they import is not seen by the analysis.
    "alembic.context", "alembic.op", "alembic.ddl.sqlite", "workshop_app.db.models", "workshop_app.db.base",
    "logging.config",  # alembic.ini's [loggers] section, if a developer's alembic.ini is used
]

# Qt plugins kept, by folder; each name is a prefix of the file's name without "lib"/"q" and extension.
# None keeps the whole folder; a folder not named here is left out (eglfs, evdev, tls, networkinformation,
# sqldrivers, qml tooling, designer, the virtual keyboard, which needs Qt Quick).
QT_PLUGINS_KEPT: dict[str, tuple[str, ...] | None] = {
    "platforms": ("offscreen", "xcb", "wayland", "windows", "cocoa"),
    "imageformats": ("svg", "jpeg"),
    "iconengines": ("svgicon",),
    # qgtk3 would bring cairo, pango and harfbuzz next to the laptop's own GTK; the app draws with Fusion anyway.
    "platformthemes": ("xdgdesktopportal",),
    "platforminputcontexts": ("compose", "ibus"),  # dead keys and input methods (Arabic, Ukrainian keyboards)
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": ("xdg-shell", "qt-shell", "fullscreen-shell", "ivi-shell"),
    "printsupport": None,  # CUPS: printing stakeholder maps
}
QT_LIBRARIES_DROPPED = (
    "Quick", "Qml", "Network", "Pdf", "VirtualKeyboard", "WaylandCompositor", "WaylandEglCompositor",
    "WlShellIntegration", "Designer", "Multimedia", "WebEngine", "3D", "Charts", "DataVisualization", "Bluetooth",
    "Sensors", "SerialPort", "Labs", "Lottie", "Sql", "Test", "Help", "UiTools", "Concurrent", "EglFS", "ShaderTools",
)
"""Qt libraries only the left-out plugins and modules need (a bundle check fails if a kept one needs them)."""
SYSTEM_LIBRARIES = ("libstdc++.so", "libgcc_s.so")
"""Left to the laptop (libgl1 depends on them): a bundled, older libstdc++ would stop the laptop's newer Mesa
graphics drivers from loading ("GLIBCXX_3.4.30 not found")."""

# libQt6Gui.so.6 (Linux), Qt6Gui.dll (Windows), QtGui.framework/... (macOS)
_DROPPED_LOWER = tuple(name.lower() for name in QT_LIBRARIES_DROPPED)
_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6(?P<module>[A-Za-z0-9]+)|^Qt(?P<framework>[A-Za-z0-9]+)\.framework$")


def excluded_modules() -> list[str]:
    """Every module name the analysis must leave out."""
    return [f"PySide6.{name}" for name in QT_MODULES_EXCLUDED] + list(PYTHON_EXCLUDES)


def app_version() -> str:
    """The app's version: from the installed package's metadata, else ``workshop_app.__version__`` in the source."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(PACKAGE)
    except PackageNotFoundError:
        text = (ROOT / PACKAGE / "__init__.py").read_text(encoding="utf-8")
        match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
        if match is None:
            raise RuntimeError(f"No __version__ in {PACKAGE}/__init__.py") from None
        return match.group(1)


def app_languages(root: Path = ROOT) -> list[str]:
    """The interface languages shipped (``workshop_app_<code>.qm``), e.g. ``["ar", "es", ...]``."""
    return sorted(p.stem.removeprefix("workshop_app_") for p in (root / "resources" / "translations").glob("*.qm"))


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for every resource and migration the app reads from disk.

    Resources land in ``workshop_app/resources`` (where ``paths.resources_dir`` looks when frozen); migrations,
    with their ``.py`` files, beside the frozen ``workshop_app/db`` modules, since Alembic reads them from there.
    Translation sources (.ts) and developer scripts are left out.
    """
    pairs = []
    resources = root / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix not in {".ts", ".py", ".pyc", ".md"}:
            folder = PurePath(PACKAGE, "resources", path.parent.relative_to(resources))
            pairs.append((str(path), folder.as_posix()))
    migrations = root / PACKAGE / "db" / "migrations"
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            folder = PurePath(PACKAGE, "db", "migrations", path.parent.relative_to(migrations))
            pairs.append((str(path), folder.as_posix()))
    return pairs


def qt_translations_kept(languages: list[str]) -> set[str]:
    """File names of Qt's own translations the app loads (``qtbase_<code>``; Portuguese is Qt's pt_BR)."""
    names = set()
    for code in languages:
        names.add(f"qtbase_{code}.qm")
        if code == "pt":
            names.add("qtbase_pt_BR.qm")
    return names


def keep(dest: str, languages: list[str]) -> bool:
    """Whether a file the analysis collected (named by its path in the bundle) stays in it."""
    parts = PurePath(dest.replace("\\", "/")).parts
    modules = [m.lower() for m in map(qt_library_module, parts) if m is not None]
    if any(m.startswith(_DROPPED_LOWER) for m in modules):
        return False
    if not parts:
        return True
    name = parts[-1]
    if name.startswith(SYSTEM_LIBRARIES):
        return False
    if parts[0] != "PySide6":
        return True
    if "translations" in parts[:-1]:
        return name in qt_translations_kept(languages)
    if "plugins" in parts[:-2]:
        folder = parts[parts.index("plugins") + 1]
        if folder not in QT_PLUGINS_KEPT:
            return False
        wanted = QT_PLUGINS_KEPT[folder]
        return wanted is None or any(_plugin_stem(name).startswith(prefix) for prefix in wanted)
    return True


def qt_library_module(name: str) -> str | None:
    """The Qt module of a Qt library file or framework (``libQt6Quick.so.6`` -> ``Quick``), else None."""
    match = _QT_LIBRARY.match(name)
    return (match.group("module") or match.group("framework")) if match else None


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0].removeprefix("lib")
    return stem[1:] if stem.startswith("q") and not stem.startswith("qt-") else stem


def archive_name(version: str, system: str, machine: str, suffix: str) -> str:
    """``WorkshopApp-0.1.0-linux-x86_64.tar.gz``: name, version, platform and processor, lower case."""
    system = {"darwin": "macos", "win32": "windows"}.get(system.lower(), system.lower())
    machine = {"amd64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}.get(machine.lower(), machine.lower())
    return f"{APP_NAME}-{version}-{system}-{machine}{suffix}"


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (links counted once, as themselves)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
