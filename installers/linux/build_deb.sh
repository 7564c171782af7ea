#!/usr/bin/env bash
# Build a .deb from the PyInstaller folder: /opt/bibliomobile + launcher, desktop entry,
# icons and AppStream metadata. Usage: build_deb.sh DIST_FOLDER OUT_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$(cd "$1" && pwd)"
out="$(mkdir -p "$2" && cd "$2" && pwd)"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/src/bibliomobile/__init__.py")"
arch="$(dpkg --print-architecture)"
app_id="fr.bibliomobile.Bibliomobile"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/metainfo" "$stage/usr/share/doc/bibliomobile"
cp -a "$bundle" "$stage/opt/bibliomobile"
ln -s /opt/bibliomobile/bibliomobile "$stage/usr/bin/bibliomobile"
install -m 644 "$here/$app_id.desktop" "$stage/usr/share/applications/$app_id.desktop"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
    "$here/$app_id.metainfo.xml.in" > "$stage/usr/share/metainfo/$app_id.metainfo.xml"
for png in "$root"/resources/icons/app/bibliomobile-*.png; do
    [ -e "$png" ] || continue
    size="$(basename "$png" .png)"; size="${size#bibliomobile-}"
    mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
if [ -e "$root/resources/icons/bibliomobile.svg" ]; then
    mkdir -p "$stage/usr/share/icons/hicolor/scalable/apps"
    install -m 644 "$root/resources/icons/bibliomobile.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
fi
cat > "$stage/usr/share/doc/bibliomobile/copyright" <<COPY
Bibliomobile — GPL-3.0-or-later. Bundles Python, Qt for Python (LGPLv3) and other
libraries under their own licences (see /opt/bibliomobile/_internal).
COPY
installed_kb="$(du -sk "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: bibliomobile
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: Bibliomobile <contact@bibliomobile.invalid>
Installed-Size: $installed_kb
Depends: libc6, libegl1, libgl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libdbus-1-3
Description: Bookmobile, pickup and home delivery for public libraries
 Bibliomobile manages bookmobile stops and timetables, the pickup ("drive") at
 each stop and home delivery rounds. It works fully offline and syncs with the
 central server when connected. Self-contained: no Python needed.
CONTROL
chmod -R u+rwX,go+rX,go-w "$stage"
deb="$out/bibliomobile_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$deb" >/dev/null
echo "$deb"
