#!/usr/bin/env bash
# Smoke-test a built Crossroads program: it starts, renders a screenshot and exports a PDF.
#
#   bash packaging/smoke_bundle.sh dist/crossroads/crossroads
#
# Runs headless (offscreen Qt) with its own HOME and XDG folders, so the
# user's settings, recent files and recovery folder are never touched.
set -euo pipefail
program=$(realpath "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache" TMPDIR="$scratch/tmp"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$TMPDIR"
"$program" --version
"$program" sample "$scratch/plan.roadmap"
"$program" "$scratch/plan.roadmap" --screenshot "$scratch/shot.png"
[ -s "$scratch/shot.png" ] || { echo "smoke: no screenshot written" >&2; exit 1; }
"$program" export "$scratch/plan.roadmap" -o "$scratch/board.pdf"
head -c 5 "$scratch/board.pdf" | grep -q '%PDF-' || { echo "smoke: no PDF written" >&2; exit 1; }
"$program" check "$scratch/plan.roadmap" >/dev/null || [ $? = 1 ]
leftover=$(find "$TMPDIR" -mindepth 1 | head -1)
[ -z "$leftover" ] || { echo "smoke: left $leftover in the temporary folder" >&2; exit 1; }
echo "smoke: the bundle starts, renders a screenshot and exports a PDF"
