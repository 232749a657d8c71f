"""What a facilitator copies from the USB stick: a .tar.gz (Linux), an installer or .zip (Windows), a .dmg (macOS).

Only the Linux branch is run and checked on the build machine; the others are short and follow each tool's manual.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from freeze.bundle import APP_NAME, archive_name

HERE = Path(__file__).resolve().parent
DESKTOP_FILE = "workshop-app.desktop"
INSTALL_SCRIPT = "install.sh"
INNO_TEMPLATE = HERE / "workshop_app.iss"


def package(dist: Path, version: str, icons: dict[str, Path]) -> Path:
    """Build the platform's archive or installer from ``dist/WorkshopApp`` into ``dist``; returns its path."""
    import platform

    name = archive_name(version, sys.platform, platform.machine(), "")
    if sys.platform == "win32":
        return windows_installer(dist / APP_NAME, dist / name, version, icons.get("ico"))
    if sys.platform == "darwin":
        return macos_image(dist / f"{APP_NAME}.app", dist / name)
    return linux_tarball(dist / APP_NAME, dist / f"{name}.tar.gz", icons["png"])


def linux_tarball(folder: Path, out: Path, icon_png: Path) -> Path:
    """``out`` (.tar.gz) of ``folder`` with ``install.sh``, the menu entry and the icon beside the executable."""
    shutil.copy2(HERE / DESKTOP_FILE, folder / DESKTOP_FILE)
    shutil.copy2(icon_png, folder / "workshop-app.png")
    script = folder / INSTALL_SCRIPT
    shutil.copy2(HERE / INSTALL_SCRIPT, script)
    script.chmod(0o755)
    partial = out.with_name(out.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=APP_NAME)  # links stay links; modes (the executable bit) are kept
    os.replace(partial, out)
    return out


def windows_installer(folder: Path, out_stem: Path, version: str, icon_ico: Path | None) -> Path:
    """An Inno Setup installer (``…-setup.exe``) when ``iscc`` is on PATH, else a .zip of the folder."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("note: Inno Setup's iscc is not on PATH; writing a .zip instead of an installer")
        return Path(shutil.make_archive(str(out_stem), "zip", folder.parent, folder.name))
    script = out_stem.parent / "workshop_app.iss"
    text = INNO_TEMPLATE.read_text(encoding="utf-8")
    for key, value in {"VERSION": version, "SOURCE_DIR": str(folder), "OUTPUT_DIR": str(out_stem.parent),
                       "OUTPUT_NAME": f"{out_stem.name}-setup", "ICON": str(icon_ico or "")}.items():
        text = text.replace(f"@{key}@", value)
    if icon_ico is None:
        text = "\n".join(line for line in text.splitlines() if not line.startswith("SetupIconFile="))
    script.write_text(text, encoding="utf-8")
    subprocess.run([iscc, "/Q", str(script)], check=True)
    return out_stem.with_name(f"{out_stem.name}-setup.exe")


def macos_image(app_bundle: Path, out_stem: Path) -> Path:
    """A .dmg of the .app via ``hdiutil``, else a .zip made by ``ditto`` (which keeps the frameworks' links)."""
    if shutil.which("hdiutil"):
        out = out_stem.with_suffix(".dmg")
        subprocess.run(["hdiutil", "create", "-volname", "Workshop App", "-srcfolder", str(app_bundle), "-ov",
                        "-format", "UDZO", str(out)], check=True)
        return out
    out = out_stem.with_suffix(".zip")
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app_bundle), str(out)], check=True)
    return out


def strip_debug_info(folder: Path) -> int:
    """Remove debugging sections from the Linux libraries in ``folder/_internal`` that carry them (a Python built
    by pyenv, some extension modules); returns the bytes saved.

    ``strip --strip-debug`` keeps every symbol a library exports. The executables (an archive is appended to them)
    and libraries repaired by auditwheel (``*.libs`` folders, rewritten by patchelf) are left as they are.
    """
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return 0
    saved = 0
    for path in sorted((folder / "_internal").rglob("*")):
        if path.is_symlink() or not path.is_file() or path.parent.name.endswith(".libs"):
            continue
        data = path.read_bytes()
        if data[:4] == b"\x7fELF" and b".debug_info" in data:
            subprocess.run([strip, "--strip-debug", str(path)], check=True)
            saved += len(data) - path.stat().st_size
    return saved


def linux_outside_libraries(folder: Path) -> dict[str, str]:
    """Shared libraries the bundle's binaries take from the system (name -> path, or "not found"), via ``ldd``.

    Searched as the frozen app searches: the bundle's own folders first (PyInstaller's bootloader sets
    LD_LIBRARY_PATH to them). glibc's own libraries are left out: every Linux has them.
    """
    internal = folder / "_internal"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LD_LIBRARY_PATH": str(internal)}
    binaries = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    outside: dict[str, str] = {}
    for binary in binaries:
        result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env, check=False)
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            where = where.split(" (")[0].strip()
            if not where or name.startswith(("linux-vdso", "ld-linux", "/")) or _is_glibc(name):
                continue
            if where == "not found" or not Path(where).resolve().is_relative_to(folder.resolve()):
                outside.setdefault(name, where)
    return dict(sorted(outside.items()))


def debian_packages(libraries: dict[str, str]) -> dict[str, str]:
    """The Debian package that provides each found outside library (``dpkg -S``), where dpkg knows it."""
    packages = {}
    for name, path in libraries.items():
        if path == "not found" or shutil.which("dpkg") is None:
            continue
        # dpkg knows a file by the path its package installed (/lib or /usr/lib, before or after the /usr merge).
        for candidate in dict.fromkeys([path, str(Path(path).resolve())]):
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if result.returncode == 0:
                packages[name] = result.stdout.split(":")[0]
                break
    return packages


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _is_glibc(name: str) -> bool:
    return name.split(".so")[0] in {"libc", "libm", "libdl", "libpthread", "librt", "libutil", "libresolv"}
