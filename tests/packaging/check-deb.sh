#!/usr/bin/env bash
# Checks a built Debian package of fincloud-onboard (scripts/dev test builds
# it with dpkg-buildpackage, then runs this), unpacks it into a throw-away
# root and starts the unpacked program:
#   check-deb.sh PACKAGE.deb SOURCE_DIR
# SOURCE_DIR is the tree it was built from: the version (debian/changelog),
# the application id (cmake/Packaging.cmake) and the icon sizes
# (packaging/icons/hicolor) come from it. A package that lacks a file or a
# dependency, carries a RUNPATH, or does not start fails.
set -uo pipefail

deb="$1" source_dir="$2"
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

for tool in dpkg-deb:dpkg dpkg-parsechangelog:dpkg-dev file:file readelf:binutils; do
    command -v "${tool%%:*}" >/dev/null \
        || give_up "${tool%%:*} not found (Debian package ${tool#*:}; scripts/dev test installs it)"
done
[ -f "$deb" ] || give_up "no package $deb"
version="$(dpkg-parsechangelog -l "$source_dir/debian/changelog" -S Version)"
app_id="$(sed -n 's/^set(FINCLOUD_APP_ID "\(.*\)")$/\1/p' "$source_dir/cmake/Packaging.cmake")"
[ -n "$app_id" ] || give_up "no FINCLOUD_APP_ID in $source_dir/cmake/Packaging.cmake"
mapfile -t icon_sizes < <(find "$source_dir/packaging/icons/hicolor" -mindepth 1 -maxdepth 1 \
    -printf '%f\n' | sed -n 's/^\([0-9]*\)x\1$/\1/p' | sort -n)

seconds_since() {
    echo "$(($(date +%s%N) / 1000000 - $1))"
}
started="$(($(date +%s%N) / 1000000))"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
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
# libqt6core6, libqt6widgets6 and libqt6keychain1 come from the shared-library
# scan; the SQL drivers are plug-ins, named in debian/control.
for name in libqt6sql6-sqlite libqt6sql6-psql libqt6core6 libqt6widgets6 libqt6keychain1; do
    expect_in "$name" Depends
done
for name in libsecret-1-0 qt6-translations-l10n fonts-noto-cjk; do
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
# The system's Qt is found without one; $ORIGIN would let a file next to the
# program be loaded as a library.
runpath="$(readelf -d "$bin" | grep -E 'RPATH|RUNPATH')"
[ -z "$runpath" ] || fail "the program has a run path: $runpath"
share="$root/usr/share"
for installed in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" \
    "icons/hicolor/scalable/apps/$app_id.svg" fincloud-onboard/holidays-cn.json \
    bash-completion/completions/fincloud-onboard man/man1/fincloud-onboard.1.gz \
    man/zh_CN/man1/fincloud-onboard.1.gz doc/fincloud-onboard/copyright \
    doc/fincloud-onboard/changelog.gz; do
    [ -s "$share/$installed" ] || fail "missing usr/share/$installed"
done
# dh_compress compresses the larger ones.
for doc in README.md prefill-example.json holidays.md; do
    [ -s "$share/doc/fincloud-onboard/$doc" ] || [ -s "$share/doc/fincloud-onboard/$doc.gz" ] \
        || fail "missing usr/share/doc/fincloud-onboard/$doc"
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
