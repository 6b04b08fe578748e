# evaluate on rows too few to tell a useful ranking from chance says so, by
# the report's rule (ct_metrics_roc_auc_too_few: the least ROC AUC the
# chance test could call better than chance on the rows' classes is above
# 0.6), not "not distinguishable from chance ... features that carry the
# signal are the way to a better model". synth's 60 rows hold out 12 test
# rows (5 claims, ROC AUC 0.71, p 0.128; report_ranking_too_few_rows), and
# a model of 2,000 rows evaluated on 8 of its own file's rows (4 claims,
# two ranked low) is told from chance on none. --json's chance carries
# detectable_roc_auc and too_few_rows. Before 2026-12-05 both read as a
# verdict on the model; evaluate_chance_level_said keeps the verdict for
# 1,973 rows.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 5 --noise 0.3 -o s.csv || exit 1
$CT train -q s.csv -m m.ctm >/dev/null 2>&1; echo "train exit $?"
$CT evaluate -q s.csv -m m.ctm --split test --no-importance > out.txt; echo "evaluate exit $?"
sed -n '/^note: the /,/^$/p' out.txt
$CT evaluate -q s.csv -m m.ctm --split test --no-importance --json | jq -c .chance
$CT synth -q --rows 2000 --seed 1 -o big.csv || exit 1
$CT train -q big.csv -m big.ctm >/dev/null 2>&1; echo "train exit $?"
$CT evaluate -q big.csv -m big.ctm --no-importance --predictions p.csv >/dev/null
# the two claims it ranks lowest, the two it ranks highest, the two
# opinions it ranks highest and two of the lowest: 8 labelled rows
python3 - <<'PY'
import csv
rows = list(csv.reader(open("big.csv", newline="")))
head, body = rows[0], rows[1:]
pr = {int(r["line"]): float(r["probability"]) for r in csv.DictReader(open("p.csv"))}
lab = head.index("claim_status")
have = [(pr[i + 2], r) for i, r in enumerate(body) if r[lab]]
cl = sorted((t for t in have if t[1][lab] == "claim"), key=lambda t: t[0])
op = sorted((t for t in have if t[1][lab] == "opinion"), key=lambda t: -t[0])
w = csv.writer(open("few.csv", "w", newline=""), lineterminator="\n")
w.writerow(head)
for t in cl[:2] + cl[-2:] + op[:2] + op[-2:]:
    w.writerow(t[1])
PY
$CT evaluate -q few.csv -m big.ctm --no-importance > out.txt; echo "evaluate exit $?"
sed -n '/^note: the /,/^$/p' out.txt
$CT evaluate -q few.csv -m big.ctm --no-importance --json | jq -c .chance
