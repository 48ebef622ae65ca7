#!/usr/bin/env bash
# Checks the desktop integration files in packaging/ (run by ctest):
#   check-metadata.sh desktop-file|metainfo|app-id PACKAGING_DIR APP_ID VERSION
# desktop-file  desktop-file-validate says nothing at all (it exits 0 even on
#               some errors, so any output fails)
# metainfo      appstreamcli validate --no-net --pedantic: no error, no warning
# app-id        one lower-case reverse-DNS id names every file and is the
#               desktop file's icon, the metainfo id and its launchable; both
#               files carry Chinese texts; the metainfo has this version's release
set -uo pipefail

check="$1" dir="$2" app_id="$3" version="$4"
desktop="$dir/$app_id.desktop"
metainfo="$dir/$app_id.metainfo.xml"
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

need_tool() {
    command -v "$1" >/dev/null || {
        echo "FAIL: $1 not found (Debian package $2; scripts/dev test installs it)"
        exit 1
    }
}

# Fails unless FILE has a line exactly equal to LINE.
has_line() {
    grep -qxF -- "$2" "$1" || fail "$(basename "$1") lacks the line: $2"
}

# Fails unless FILE has a line starting with PREFIX followed by some text.
has_value() {
    grep -q "^$(printf '%s' "$2" | sed 's/[][\.*^$]/\\&/g')..*" "$1" \
        || fail "$(basename "$1") lacks a value for: $2"
}

case "$check" in
desktop-file)
    need_tool desktop-file-validate desktop-file-utils
    output="$(desktop-file-validate "$desktop" 2>&1)"
    status=$?
    [ -n "$output" ] && echo "$output"
    [ $status -eq 0 ] || fail "desktop-file-validate exited with $status"
    [ -z "$output" ] || fail "desktop-file-validate reported the lines above"
    ;;
metainfo)
    need_tool appstreamcli appstream
    output="$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1)"
    status=$?
    echo "$output"
    [ $status -eq 0 ] || fail "appstreamcli validate exited with $status"
    if grep -qE '^[EW]: ' <<<"$output"; then
        fail "appstreamcli reported errors or warnings"
    fi
    ;;
app-id)
    [[ "$app_id" =~ ^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){2,}$ ]] \
        || fail "application id \"$app_id\" is not lower-case reverse DNS"
    for file in "$desktop" "$metainfo" "$dir/icons/$app_id.svg"; do
        [ -f "$file" ] || fail "missing $file"
    done
    # A file left behind under another name would be installed by nobody.
    while IFS= read -r file; do
        [[ "$(basename "$file")" == "$app_id".* ]] || fail "not named after the id: $file"
    done < <(find "$dir" -name '*.desktop' -o -name '*.metainfo.xml' -o -name '*.appdata.xml' \
        -o -name '*.svg' -o -name '*.png')
    [ $failures -eq 0 ] || exit 1

    has_line "$desktop" "Icon=$app_id"
    has_line "$desktop" "Exec=fincloud-onboard"
    has_value "$desktop" "Name[zh_CN]="
    has_value "$desktop" "Comment[zh_CN]="
    has_line "$metainfo" "  <id>$app_id</id>"
    has_line "$metainfo" "  <launchable type=\"desktop-id\">$app_id.desktop</launchable>"
    has_value "$metainfo" "  <name xml:lang=\"zh_CN\">"
    has_value "$metainfo" "  <summary xml:lang=\"zh_CN\">"
    grep -q '<p xml:lang="zh_CN">' "$metainfo" || fail "metainfo has no Chinese description"
    grep -qF "<release version=\"$version\" " "$metainfo" \
        || fail "metainfo has no <release> for version $version (the project's version)"
    ;;
*)
    echo "usage: check-metadata.sh desktop-file|metainfo|app-id PACKAGING_DIR APP_ID VERSION" >&2
    exit 2
    ;;
esac

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "ok: $check"
