#!/usr/bin/env bash
# make demo: the whole workflow on the built-in synthetic sample
# (`claimtriage demo`: synth, then every stage of `claimtriage run`), which
# milestones it proves, and — last — where the executive report is. The
# real reports file is never part of the project; run it with
# `claimtriage run FILE -o DIR`.
set -euo pipefail
BIN=${1:?usage: scripts/demo.sh BIN OUTDIR}
OUT=${2:?usage: scripts/demo.sh BIN OUTDIR}
report=$("$BIN" demo -o "$OUT")
printf '\n' >&2
"$BIN" plan --status "$OUT" | sed -n '/^Run:/,$p' >&2 || true
printf '\nThe demo run is in %s/ (manifest.json lists every stage and file).\n' "$OUT" >&2
printf 'The executive report: %s\n' "$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
