# Overrides PyInstaller's hook of the same name: the same files, less the Qt plugins the app does not use.
from freeze.qt_hook import qt_dependencies

hiddenimports, binaries, datas = qt_dependencies(__file__)
