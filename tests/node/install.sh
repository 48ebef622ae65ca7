#!/bin/sh
# Installs the official tools of tests/node/package-lock.json (pinned: the
# credential chain for tst_sdkcredentials, HashiCorp's HCL parser for
# tst_terraformhcl) into the build tree, once per lock file. Without node or
# npm it does nothing: the tests themselves then skip (exit 77), or fail in CI.
set -eu
source_dir=$1
target_dir=$2
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "node or npm is not installed; the tests that use them decide what that means"
    exit 0
fi
mkdir -p "$target_dir"
if cmp -s "$source_dir/package-lock.json" "$target_dir/package-lock.json" \
    && [ -f "$target_dir/node_modules/@alicloud/credentials/package.json" ] \
    && [ -f "$target_dir/node_modules/@cdktf/hcl2json/package.json" ]; then
    echo "@alicloud/credentials and @cdktf/hcl2json are installed in $target_dir"
    exit 0
fi
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$target_dir/"
cd "$target_dir"
npm ci --ignore-scripts --no-audit --no-fund
