#!/usr/bin/env bash
# Build the one-folder Crossroads bundle with PyInstaller, then smoke-test it.
#
#   bash packaging/build_bundle.sh [--no-smoke]
#
# Needs the `bundle` extra (pip install -e '.[bundle]'). The bundle lands in
# dist/crossroads/ (run dist/crossroads/crossroads). The smoke test starts
# the built program headless: --version, a --screenshot of the bundled
# sample and a PDF board pack export; each must succeed and write its file.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/crossroads.spec
[ "${1:-}" = "--no-smoke" ] && exit 0
exec bash packaging/smoke_bundle.sh dist/crossroads/crossroads
