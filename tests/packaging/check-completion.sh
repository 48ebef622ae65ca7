#!/usr/bin/env bash
# The bash completion offers exactly the commands and options the program
# has (run by ctest):
#   check-completion.sh PROGRAM COMPLETION_FILE COMMAND_TABLE_SOURCE
# The options are those --help lists; the commands those of the command
# table (app/cli/CommandTable.cpp), each of which --help must name.
set -uo pipefail

program="$1" completion="$2" table="$3"
failures=0
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

help="$(env -i PATH=/usr/bin:/bin HOME="$home" LC_ALL=C.UTF-8 "$program" --help 2>&1)" \
    || { echo "FAIL: --help: $help"; exit 1; }
# Option lines: "  -v, --verbose  …" or "  --lang <code>  …".
options="$(sed -n '/^Options:/,/^$/p' <<<"$help" | grep -oE '^  (-[a-zA-Z?], )?--[a-z-]+' \
    | tr -d ' ' | tr ',' '\n' | sort -u)"
[ -n "$options" ] || fail "found no options in --help: $help"
# Hidden commands (`.hidden = true` on the line after the name; for tests)
# are neither listed nor completed.
commands="$(awk '
    match($0, /\.name = QStringLiteral\("[a-z-]+"\)/) {
        if (name != "") print name
        name = substr($0, RSTART + 24, RLENGTH - 26)
        next
    }
    name != "" { if ($0 !~ /\.hidden = true/) print name; name = "" }
    END { if (name != "") print name }
' "$table" | sort -u)"
[ -n "$commands" ] || fail "found no commands in $table"

words_of() {
    # The words of `local NAME="…"` in the completion script, one a line.
    sed -n "/local $1=\"/,/\"/p" "$completion" | sed "s/.*local $1=\"//; s/\"//" | tr -s ' \n' '\n' \
        | grep -v '^$' | sort -u
}
compare() {
    local what="$1" expected="$2" offered="$3"
    local missing extra
    missing="$(comm -23 <(echo "$expected") <(echo "$offered"))"
    extra="$(comm -13 <(echo "$expected") <(echo "$offered"))"
    [ -z "$missing" ] || fail "the completion lacks the $what: ${missing//$'\n'/ }"
    [ -z "$extra" ] || fail "the completion offers $what the program does not have: ${extra//$'\n'/ }"
}
compare options "$options" "$(words_of options)"
compare commands "$commands" "$(words_of commands)"
for command in $commands; do
    grep -qE "(^|[ ,:])$command( |,|\.|\)|$)" <<<"$help" || fail "--help does not name the command $command"
done
bash -n "$completion" || fail "$completion is no valid bash"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "ok: $(wc -w <<<"$commands") commands, $(wc -w <<<"$options") options"
