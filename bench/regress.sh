#!/usr/bin/env bash
# bench/regress.sh — time `claimtriage regress` on the real file beside
# statsmodels doing the same cleaning and Logit fit, and diff every reference
# value (coefficients, SEs, z, p, CIs, VIFs, log-likelihoods, AIC, BIC,
# pseudo-R²) to 1e-6 relative.
#   usage: bench/regress.sh [BINARY] [DATA] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/release/claimtriage}
data=${2:-${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}}
runs=${3:-11}
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# wall-clock seconds of one whole process
wall() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }

echo "binary: $bin"
echo "data:   $data"
echo "runs:   $runs (median of whole processes), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

"$bin" regress -q "$data" >/dev/null  # warm the page cache
for i in $(seq "$runs"); do wall "$bin" regress -q "$data"; done | median >"$tmp/ours"
# CPU time (user + sys) of our process, median
for i in $(seq "$runs"); do
  /usr/bin/time -f "%U %S" "$bin" regress -q "$data" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'
done | median >"$tmp/ours_cpu"
peer_runs=$(( runs < 5 ? runs : 5 ))
for i in $(seq "$peer_runs"); do wall "$py" "$root/bench/regress_peer.py" "$data" 1; done | median >"$tmp/peer"
"$py" "$root/bench/regress_peer.py" "$data" 5 >"$tmp/ref.json"
"$bin" regress -q --json "$data" >"$tmp/ours.json"

ours=$(cat "$tmp/ours"); ours_cpu=$(cat "$tmp/ours_cpu"); peer=$(cat "$tmp/peer")
"$py" - "$tmp/ref.json" "$tmp/ours.json" "$ours" "$ours_cpu" "$peer" <<'PY'
import json, sys
ref = json.load(open(sys.argv[1])); ours = json.load(open(sys.argv[2]))
ours_s, ours_cpu, peer_s = map(float, sys.argv[3:6])
got = {}
for c in ours["coefficients"]:
    for k in ["coef", "std_err", "z", "p_value", "ci_low", "ci_high", "vif"]:
        got[c["name"] + "." + k] = c[k]
for k in ["llf", "llnull", "llr", "llr_pvalue", "prsquared", "aic", "bic"]:
    got["model." + k] = ours["model"][k]
worst, bad = 0.0, 0
print("\n%-42s %24s %24s %10s" % ("value", "statsmodels", "claimtriage", "rel.err"))
for k, v in ref.items():
    if k.startswith("_"):
        continue
    g = got[k]
    e = abs(g - v) / abs(v) if v else abs(g)
    worst = max(worst, e)
    bad += e > 1e-6
    print("%-42s %24.17g %24.17g %10.2e%s" % (k, v, g, e, "  > 1e-6!" if e > 1e-6 else ""))
print("\n%d values compared, worst relative error %.3g, %d above 1e-6" % (len(ref) - 1, worst, bad))
inproc = ref["_inprocess_median_s"]
print("\ntiming (median):")
print("  claimtriage regress, whole process:       %.4f s (CPU %.4f s)  %s 0.2 s target" % (ours_s, ours_cpu, "under" if ours_s < 0.2 else "OVER"))
print("  statsmodels peer, whole process:           %.4f s" % peer_s)
print("  statsmodels peer, in-process after imports: %.4f s (read_csv + cleaning + Logit + VIF)" % inproc)
print("  ratio whole process: %.1fx faster; ratio vs in-process peer: %.1fx" % (peer_s / ours_s, inproc / ours_s))
sys.exit(1 if bad else 0)
PY
