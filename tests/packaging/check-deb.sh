#!/usr/bin/env bash
# Builds the Debian package from a build tree, unpacks it into a throw-away
# root and starts the unpacked program (run by ctest):
#   check-deb.sh BUILD_DIR APP_ID VERSION ICON_SIZES(comma-separated)
# A package that lacks a file, a dependency, or does not start fails.
set -uo pipefail

build_dir="$1" app_id="$2" version="$3"
IFS=, read -r -a icon_sizes <<<"$4"
failures=0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

give_up() {
    echo "FAIL: $*"
    exit 1
}

for tool in cpack:cmake dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev file:file; do
    command -v "${tool%%:*}" >/dev/null \
        || give_up "${tool%%:*} not found (Debian package ${tool#*:}; scripts/dev test installs it)"
done

seconds_since() {
    echo "$(($(date +%s%N) / 1000000 - $1))"
}
started="$(($(date +%s%N) / 1000000))"

# 1. Build the package (into the work folder, not the build tree).
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; give_up "cpack failed"; }
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    give_up "cpack made no single .deb: ${debs[*]}"
fi
deb="${debs[0]}"
echo "built $(basename "$deb"): $(stat -c %s "$deb") bytes in $(seconds_since "$started") ms"
dpkg-deb --field "$deb"

# 2. Its fields. Depends and Recommends are lists of alternatives with versions.
field() { dpkg-deb --field "$deb" "$1"; }
names_in() { tr ',|' '\n' <<<"$1" | sed 's/(.*)//; s/[[:space:]]//g'; }
expect_in() {
    local name="$1" label="$2" value
    value="$(field "$label")"
    names_in "$value" | grep -qxF -- "$name" || fail "$label lacks $name: $value"
}
[ "$(field Package)" = fincloud-onboard ] || fail "Package is \"$(field Package)\""
[ "$(field Version)" = "$version" ] || fail "Version is \"$(field Version)\", not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] \
    || fail "Architecture is \"$(field Architecture)\""
for field_name in Maintainer Section Description; do
    [ -n "$(field "$field_name")" ] || fail "$field_name is empty"
done
# libqt6core6 and libqt6widgets6 come from the shared-library scan.
for name in libqt6sql6-sqlite libqt6core6 libqt6widgets6; do
    expect_in "$name" Depends
done
for name in libqt6sql6-psql libsecret-1-0 qt6-translations-l10n fonts-noto-cjk; do
    expect_in "$name" Recommends
done

# 3. Its files: everything under /usr, in the places desktops look.
root="$work/root"
dpkg-deb --extract "$deb" "$root" || give_up "dpkg-deb --extract failed"
outside="$(dpkg-deb --contents "$deb" | awk '{print $6}' | grep -vE '^\./(usr/.*)?$')"
[ -z "$outside" ] || fail "files outside /usr: $outside"
bin="$root/usr/bin/fincloud-onboard"
[ -x "$bin" ] || give_up "no executable usr/bin/fincloud-onboard"
file -b "$bin" | grep -q '^ELF .*, stripped' || fail "binary is not a stripped ELF: $(file -b "$bin")"
share="$root/usr/share"
for installed in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" \
    "icons/hicolor/scalable/apps/$app_id.svg"; do
    [ -s "$share/$installed" ] || fail "missing usr/share/$installed"
done
file -b "$share/icons/hicolor/scalable/apps/$app_id.svg" | grep -q 'SVG' \
    || fail "the scalable icon is no SVG"
for size in "${icon_sizes[@]}"; do
    png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [ -f "$png" ]; then
        file -b "$png" | grep -q "^PNG image data, $size x $size," \
            || fail "${size}x${size} icon is $(file -b "$png")"
    else
        fail "missing usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    fi
done
# The installed tree as a software centre sees it: metainfo, desktop file, icon.
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$root" >"$work/tree.log" 2>&1 \
        || { cat "$work/tree.log"; fail "appstreamcli validate-tree failed"; }
fi

# 4. The unpacked program starts: no display, no Qt platform chosen, a bare
# environment with its own home.
mkdir -p "$work/home"
failures_before_start=$failures
run() {
    (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" LC_ALL=C.UTF-8 "$bin" "$@")
}
output="$(run --version 2>&1)" || fail "--version exited with $?: $output"
grep -qF "$version" <<<"$output" || fail "--version does not print $version: $output"
output="$(run --help 2>&1)" || fail "--help exited with $?: $output"
grep -qF -- "--database" <<<"$output" || fail "--help does not describe --database: $output"

# status where there is no database yet: the program says there is nothing
# yet (0 printed, 1 no such profile; 2 would be an unusable database) and,
# only reading, creates nothing. An import creates it (the SQLite driver
# works), and status then reads the profile back.
database="$work/data/x.sqlite"
mkdir -p "$work/data"
output="$(run status --database "$database" 2>&1)"
status=$?
[ $status -le 1 ] || fail "status exited with $status: $output"
[ ! -e "$database" ] || fail "status created $database"
profile="$(cd "$(dirname "${BASH_SOURCE[0]}")/../fuzz/corpus/profile_import" && pwd)/valid.json"
output="$(run import "$profile" --database "$database" 2>&1)" || fail "import exited with $?: $output"
[ -s "$database" ] || fail "import did not create $database"
output="$(run status --database "$database" 2>&1)" || fail "status after import exited with $?: $output"

# The screenshot tour: the widgets, the fonts and the offscreen platform.
output="$(run --screenshots "$work/pages" --lang en 2>&1)"
status=$?
[ $status -eq 0 ] || fail "the screenshot tour exited with $status: $output"
pages="$(find "$work/pages" -name '*.png' 2>/dev/null | wc -l)"
if [ "$pages" -eq 0 ] || ! grep -qF "Wrote $pages page images" <<<"$output"; then
    fail "the tour wrote $pages images but said: $output"
fi
if [ $failures -eq "$failures_before_start" ]; then
    echo "the unpacked program ran --version, --help, status and the tour ($pages images)"
fi

echo "package check took $(seconds_since "$started") ms"
if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "ok: $(basename "$deb")"
