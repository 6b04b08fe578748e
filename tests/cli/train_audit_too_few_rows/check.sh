# The shortcut audit on rows too few to tell a useful ranking from chance
# (the chance notes' rule, ct_metrics_roc_auc_too_few: the least ROC AUC
# the one-sided test tells from chance on the rows' classes is above 0.6)
# says so: synth's 60 rows leave 36 training rows (14 claims, 22 opinions:
# an AUC from 0.33 to 0.67 could be chance) for the features alone and 12
# validation rows (4 claims, 8 opinions: 0.18 to 0.82) for the models
# compared; train.json's audit carries detectable_roc_auc, too_few_rows and
# their validation_ twins. 2,000 rows are enough: no caveat, both false.
# Before 2026-12-05 "5 features alone nearly separate claims from
# opinions" and the three models' scores read as firmly on 36 and 12 rows
# as on thousands.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 60 --seed 5 -o s.csv || exit 1
$CT train -q s.csv -m /dev/null > out.txt; echo "train exit $?"
sed -n '/^  (n-grams: /,/^model saved/p' out.txt
$CT train -q s.csv -m /dev/null --json | jq -c '.audit | del(.features, .models)'
$CT synth -q --rows 2000 --seed 1 -o big.csv || exit 1
$CT train -q big.csv -m /dev/null > out.txt; echo "train exit $?"
grep -c "so few that" out.txt
$CT train -q big.csv -m /dev/null --json | jq -c '.audit | del(.features, .models)'
