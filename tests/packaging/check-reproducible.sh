#!/usr/bin/env bash
# Builds the Debian package twice and fails unless both builds give the same
# bytes (https://reproducible-builds.org): scripts/dev reproducible runs it.
#   check-reproducible.sh SOURCE_DIR OUT_DIR
# SOURCE_DIR is a clean tree (no build folders); it is copied twice under
# OUT_DIR, which is emptied first. The second build differs from the first
# the way reprotest varies a build: another build path (and folder name), the
# clock a year and a month ahead (faketime), another time zone, language,
# umask, HOME and kernel version. What may not differ: every .deb, byte for
# byte. On a difference diffoscope (or, without it, debdiff) says where.
# Both builds are without the tests (nocheck) and without ccache, so that
# every object is compiled by each build.
set -uo pipefail

source_dir="$1" out="$2"

give_up() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in dpkg-buildpackage:dpkg-dev dpkg-parsechangelog:dpkg-dev setarch:util-linux; do
    command -v "${tool%%:*}" >/dev/null \
        || give_up "${tool%%:*} not found (Debian package ${tool#*:})"
done
[ -f "$source_dir/debian/changelog" ] || give_up "$source_dir has no debian/changelog"
version="$(dpkg-parsechangelog -l "$source_dir/debian/changelog" -S Version)"
jobs="$(nproc)"

# Without faketime the clock still moves on between the builds, but a date
# (of a manual page, say) would change only across midnight.
clock_ahead=()
if command -v faketime >/dev/null; then
    clock_ahead=(faketime +398days)
else
    echo "NOTE: faketime not installed (Debian package faketime): the second build's clock is not moved" >&2
fi

# dpkg-buildpackage writes the packages into the parent of the source. The
# second path is longer and named otherwise, but only of the characters
# dpkg-buildflags accepts for its path mapping (-ffile-prefix-map): with any
# other one, a space say, dpkg turns the mapping off (Dpkg::Vendor::Debian,
# "unsafe character in the path") and the build path goes into the debug
# information, as a first run of this check with a space found.
first_parent="$out/first" second_parent="$out/second/a-longer_parent.folder"
first="$first_parent/fincloud-onboard-$version" second="$second_parent/src"
rm -rf "$out" || exit 1
for copy in "$first" "$second"; do
    if ! mkdir -p "$copy" || ! cp -a "$source_dir/." "$copy/"; then
        give_up "cannot copy $source_dir to $copy"
    fi
done

build=(dpkg-buildpackage -us -uc -b --build-profiles=nocheck)

# env -i: nothing of the caller's environment but PATH reaches either build.
build_first() {
    (cd "$first" && umask 0022 \
        && env -i PATH="$PATH" HOME=/nonexistent/first-build TZ=UTC LC_ALL=C.UTF-8 \
            DEB_BUILD_OPTIONS="nocheck parallel=$jobs" FINCLOUD_CCACHE=OFF "${build[@]}")
}

build_second() {
    (cd "$second" && umask 0002 \
        && env -i PATH="$PATH" HOME=/nonexistent/second-build TZ=Pacific/Kiritimati \
            LANG=zh_CN.UTF-8 LANGUAGE=zh_CN:en DEB_BUILD_OPTIONS="nocheck parallel=$jobs" \
            FINCLOUD_CCACHE=OFF "${clock_ahead[@]}" setarch "$(uname -m)" --uname-2.6 \
            "${build[@]}")
}

started=$SECONDS
for which in first second; do
    echo "Building the package ($which build)"
    "build_$which" >"$out/$which.log" 2>&1 || {
        tail -40 "$out/$which.log"
        give_up "the $which build failed ($out/$which.log)"
    }
done
echo "Built twice in $((SECONDS - started)) s"

debs_in() { find "$1" -maxdepth 1 -name '*.deb' -printf '%f\n' | sort; }
mapfile -t packages < <(debs_in "$first_parent")
[ ${#packages[@]} -gt 0 ] || give_up "the first build made no .deb"
[ "$(debs_in "$first_parent")" = "$(debs_in "$second_parent")" ] \
    || give_up "the builds made different packages: $(debs_in "$first_parent" | tr '\n' ' ')/" \
        "$(debs_in "$second_parent" | tr '\n' ' ')"

differ=0
for package in "${packages[@]}"; do
    a="$first_parent/$package" b="$second_parent/$package"
    if cmp -s "$a" "$b"; then
        echo "same: $(sha256sum "$a" | cut -c1-16)  $package"
        continue
    fi
    differ=1
    echo "FAIL: $package differs between the builds"
    if command -v diffoscope >/dev/null; then
        diffoscope --text - --exclude-directory-metadata=no "$a" "$b" | head -200
    elif command -v debdiff >/dev/null; then
        debdiff "$a" "$b" | head -100
    fi
done
[ $differ -eq 0 ] || exit 1
echo "The package is reproducible: ${#packages[@]} .deb files identical byte for byte"
