#!/usr/bin/env bash
# Build the bundle from the spec, check that it carries its libraries (check_libraries.py),
# run its self-test, check that its console command line (samverkan-cli) prints and returns
# exit codes, report its size, and compile the
# NSIS installer with it standing in for the Windows bundle. Used by .ci/run; works on
# any Linux checkout with `uv sync` done and makensis (Debian: nsis) installed.
#
#   installer/build_and_check.sh [OUTPUT_DIR]        (default: a new temporary folder)
#
# Fails when the build, the library check, the self-test, the command line or makensis fails. A bundle larger than
# BUNDLE_LIMIT_MB (default 150, the issue's aim) is reported loudly; with BUNDLE_LIMIT_STRICT=1 it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d -t samverkan-bundle-XXXXXX)}"
limit="${BUNDLE_LIMIT_MB:-150}"
version="$(uv run python -c 'from samverkan_desktop import __version__; print(__version__)')"
bundle="$out/dist/samverkan-desktop"

t0=$(date +%s)
uv run pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$out/dist" --workpath "$out/build" installer/samverkan-desktop.spec
t1=$(date +%s)
uv run python installer/check_libraries.py "$bundle"
QT_QPA_PLATFORM=offscreen "$bundle/samverkan-desktop" --self-test
installer/check_cli.sh "$bundle/samverkan-cli"
t2=$(date +%s)
makensis -V2 -WX "-DVERSION=$version" "-DBUNDLE_DIR=$bundle" \
  "-DOUTFILE=$out/dist/samverkan-desktop-$version-setup.exe" installer/samverkan-desktop.nsi
t3=$(date +%s)

size_mb=$(du -sm "$bundle" | cut -f1)
setup_mb=$(du -sm "$out/dist/samverkan-desktop-$version-setup.exe" | cut -f1)
echo "bundle $version: ${size_mb} MB in $(find "$bundle" -type f | wc -l) files (aim <= ${limit} MB);" \
     "installer ${setup_mb} MB"
echo "times: pyinstaller $((t1 - t0)) s, self-test and command line $((t2 - t1)) s, makensis $((t3 - t2)) s"
if [ "$size_mb" -gt "$limit" ]; then
  echo "WARNING: the bundle is larger than the aim of ${limit} MB: see installer/bundle_rules.py and" \
       "docs/performance.md" >&2
  if [ "${BUNDLE_LIMIT_STRICT:-0}" = "1" ]; then exit 1; fi
fi
