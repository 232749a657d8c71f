"""Helpers of ``build_installer.py``: what goes into the PyInstaller bundle, the icons, the archives, the smoke run."""
