#!/usr/bin/env bash
# bench/unseen_phrasings.sh — each model family on transcription openings
# never seen in training (issue 12, "trained on one CSV and evaluated on
# another whose transcription phrasings were never seen"). The reports file
# is cut by its transcriptions' opening (first two words, as
# tests/cli/train_real_unseen_phrasings derives it): the distinct openings
# sorted with LC_ALL=C, a.csv the rows whose opening's line number in that
# list passes an awk rule, b.csv the rest; then `train a.csv --model F` at
# its defaults and `evaluate b.csv`. The family table of docs/train.md
# ("Figures on the reports file") comes from this script (about 10 seconds).
# Beside them, the text alone: ours (`--model lr --features text`) and the
# peer's, scikit-learn's TfidfVectorizer(ngram_range=(1, 2), min_df=2) and
# LogisticRegression(C=1) fitted on every labelled row of a.csv, predicted
# at 0.5 on b.csv (the peer's text-only model on the same openings; added
# 2026-12-07).
#   bench/unseen_phrasings.sh [DATA.csv] ["NR%3==0" ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
make -C "$root" --no-print-directory MODE=release all >/dev/null
ct=$root/build/release/claimtriage
data=${1:-${CLAIMTRIAGE_DATA:-$root/../shared/data/tiktok_dataset.csv}}
shift || true
rules=("$@")
[ ${#rules[@]} -gt 0 ] || rules=('NR%2==1' 'NR%2==0' 'NR%3==0' 'NR%3==1' 'NR%3==2' 'NR%3!=0')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
key='{ s=$0; for(i=0;i<4;i++) s=substr(s, index(s,",")+1); sub(/^"/,"",s); split(s,w,/[ ,]/); k=w[1]" "w[2] }'
tail -n +2 "$data" | awk "$key"'{print k}' | LC_ALL=C sort -u >"$tmp/openings"
echo "$(wc -l <"$tmp/openings") openings in $data"
printf '%-10s %-6s %10s %10s %8s %8s\n' rule model recall precision missed alarms
for rule in "${rules[@]}"; do
  awk "$rule" "$tmp/openings" >"$tmp/keys"
  awk -v A="$tmp/keys" -v a="$tmp/a.csv" -v b="$tmp/b.csv" \
    'BEGIN{while((getline l < A)>0) inA[l]=1} NR==1{print > a; print > b; next} '"$key"'{ if (k in inA) print > a; else print > b}' "$data"
  for m in lr rf gbdt lr-text; do
    extra=(--model "$m")
    [ "$m" = lr-text ] && extra=(--model lr --features text)
    "$ct" train -q "$tmp/a.csv" -m "$tmp/m.ctm" --no-audit "${extra[@]}" >/dev/null
    "$ct" evaluate -q "$tmp/b.csv" -m "$tmp/m.ctm" --no-importance --json >"$tmp/e.json"
    /usr/bin/python3 - "$tmp/e.json" "$rule" "$m" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["metrics"]
print(f"{sys.argv[2]:<10} {sys.argv[3]:<6} {m['recall']:10.4f} {m['precision']:10.4f} {m['confusion']['fn']:8d} {m['confusion']['fp']:8d}")
PY
  done
  /usr/bin/python3 - "$tmp/a.csv" "$tmp/b.csv" "$rule" <<'PY'
import sys
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
a = pd.read_csv(sys.argv[1]).dropna(subset=["claim_status"])
b = pd.read_csv(sys.argv[2]).dropna(subset=["claim_status"])
ya, yb = (a.claim_status == "claim").values, (b.claim_status == "claim").values
v = TfidfVectorizer(ngram_range=(1, 2), min_df=2)
xa = v.fit_transform(a.video_transcription_text.fillna(""))
xb = v.transform(b.video_transcription_text.fillna(""))
p = LogisticRegression(C=1.0, max_iter=10000).fit(xa, ya).predict_proba(xb)[:, 1] >= 0.5
tp, fp, fn = int((p & yb).sum()), int((p & ~yb).sum()), int((~p & yb).sum())
print(f"{sys.argv[3]:<10} {'sk-text':<6} {tp / (tp + fn):10.4f} {tp / max(tp + fp, 1):10.4f} {fn:8d} {fp:8d}")
PY
done
