#!/bin/sh
# Installs the official credential chain (tests/node/package-lock.json, pinned)
# into the build tree for tst_sdkcredentials, once per lock file. Without node
# or npm it does nothing: the test itself then skips (exit 77), or fails in CI.
set -eu
source_dir=$1
target_dir=$2
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "node or npm is not installed; tst_sdkcredentials decides what that means"
    exit 0
fi
mkdir -p "$target_dir"
if cmp -s "$source_dir/package-lock.json" "$target_dir/package-lock.json" \
    && [ -f "$target_dir/node_modules/@alicloud/credentials/package.json" ]; then
    echo "@alicloud/credentials is installed in $target_dir"
    exit 0
fi
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$target_dir/"
cd "$target_dir"
npm ci --ignore-scripts --no-audit --no-fund
