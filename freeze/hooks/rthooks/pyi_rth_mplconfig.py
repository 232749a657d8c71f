# Replaces PyInstaller's run-time hook of the same name, which gives matplotlib a new temporary folder at every
# start: its font list was then built again (a second or more on a laptop with many fonts) before the first chart
# of every session. Here the folder lives in the app's data folder and is kept.


def _pyi_rthook() -> None:
    import os
    import tempfile

    if os.environ.get("MPLCONFIGDIR"):
        return
    try:
        from workshop_app import paths

        folder = paths.data_dir() / "matplotlib"
        folder.mkdir(exist_ok=True)
    except OSError:  # a read-only data folder: a temporary one, as PyInstaller's own hook does
        folder = tempfile.mkdtemp(prefix="workshop-app-matplotlib-")
    os.environ["MPLCONFIGDIR"] = str(folder)


_pyi_rthook()
del _pyi_rthook
