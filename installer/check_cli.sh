#!/usr/bin/env bash
# Check a bundle's console command line (samverkan-cli): it prints, speaks UTF-8 and returns
# exit codes. Run by build_and_check.sh on the Linux bundle; the Windows workflow runs the
# same commands against samverkan-cli.exe.
#
#   installer/check_cli.sh PATH/TO/samverkan-cli
set -euo pipefail
cd "$(dirname "$0")/.."
cli="$1"
data="$(mktemp -d -t samverkan-cli-check-XXXXXX)"
trap 'rm -rf "$data"' EXIT
fail() { echo "check_cli: $*" >&2; exit 1; }

expect() {  # expect CODE COMMAND...: run it, fail unless it exits with CODE; its stdout in $out
  local want="$1"; shift
  set +e; out="$("$@" 2>"$data/stderr")"; local got=$?; set -e
  [ "$got" = "$want" ] || fail "$* exited with $got, expected $want: $(cat "$data/stderr")"
}

expect 0 "$cli" --version
[[ "$out" == samverkan-desktop\ * ]] || fail "--version printed '$out'"
expect 0 "$cli" --help
[[ "$out" == *"användning: samverkan-cli"* && "$out" == *"dialograpport"* ]] || fail "--help printed no Swedish help"
expect 2 "$cli"  # no command: the help, and exit 2 (never the window)
expect 0 "$cli" --data-dir "$data/lib" check
expect 0 "$cli" --data-dir "$data/lib" import resources/demo-project.json
uid="$(tail -n 1 <<<"$out")"
expect 0 "$cli" --data-dir "$data/lib" list
[[ "$out" == "$uid"$'\t'* ]] || fail "list printed '$out'"
expect 0 "$cli" --data-dir "$data/lib" report "$uid" -o "$data/rapport.pdf"
[ -s "$data/rapport.pdf" ] || fail "report wrote no PDF"
expect 2 "$cli" --data-dir "$data/lib" report no-such-project -o "$data/x.pdf"
grep -q "samverkan-desktop: " "$data/stderr" || fail "an error printed no message"
printf 'not a library' >"$data/lib/library.sqlite3"
expect 1 "$cli" --data-dir "$data/lib" check  # damaged
echo "samverkan-cli: --version, --help, import, list, report, check and exit codes 0/1/2 as expected"
