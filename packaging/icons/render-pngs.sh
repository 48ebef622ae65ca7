#!/usr/bin/env bash
# Renders the application icon's PNG sizes from the SVG into the hicolor
# layout beside this script. Run it after changing the SVG and commit the
# PNGs: the build installs them as they are and needs no SVG renderer.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The one SVG here is named after the application id.
svg="$(find "$here" -maxdepth 1 -name '*.svg' -print -quit)"
app_id="$(basename "$svg" .svg)"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" \
        --output "$here/hicolor/${size}x${size}/apps/$app_id.png"
done
