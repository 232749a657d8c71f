#!/bin/sh
# Installs Workshop App for the person logged in: no administrator password, no internet.
# Copies this folder to ~/.local/share/WorkshopApp-program and adds "Workshop App" to the applications menu.
# (Not ~/.local/share/WorkshopApp: that is the app's data folder, with the workshops database.)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$share/WorkshopApp-program"
mkdir -p "$share/applications" "$share/icons/hicolor/256x256/apps" "$HOME/.local/bin"
if [ "$here" != "$target" ]; then
    if [ -e "$target" ] && [ ! -x "$target/WorkshopApp" ]; then
        echo "$target exists and is not Workshop App; move it away first." >&2
        exit 1
    fi
    rm -rf "$target.new"
    cp -R "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
cp "$target/workshop-app.png" "$share/icons/hicolor/256x256/apps/workshop-app.png"
sed "s|@EXEC@|$target/WorkshopApp|" "$target/workshop-app.desktop" > "$share/applications/workshop-app.desktop"
ln -sf "$target/WorkshopApp" "$HOME/.local/bin/workshop-app"
update-desktop-database "$share/applications" 2>/dev/null || true
echo "Workshop App is installed: open it from the applications menu, or run $target/WorkshopApp"
