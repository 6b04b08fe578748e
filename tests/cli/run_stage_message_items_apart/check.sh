# A stage's message that lists items under a head ending in ':' (test's
# "no test could run:", then one indented line per test, each wrapped
# deeper) is summarised with the items joined by "; ", in run's output
# (wrapped within 100 columns) and in manifest.json; a line the stage
# wrapped still joins with a space. Before 2026-12-05 every line joined
# with a space: "... each group needs at least 2 association claim_status
# x author_ban_status: column ...".
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 3 -o s.csv || exit 1
# claims only, and no verified author: no test has two groups to compare
# (one verified row made the comparison fail until 2026-12-06, when a group
# of one row began to be compared: tests/cli/test_group_of_one_two_groups)
python3 - <<'PY'
import csv
with open('s.csv', newline='') as f, open('one.csv', 'w', newline='') as g:
    rd, w = csv.DictReader(f), None
    for row in rd:
        if w is None:
            w = csv.DictWriter(g, rd.fieldnames)
            w.writeheader()
        if row['claim_status'] != 'claim':
            continue
        if row['verified_status'] == 'verified':
            continue
        w.writerow(row)
PY
$CT run one.csv -o out 2>&1 | awk '/^claimtriage run: \[.*\] Analyze +test /{p=1; next}
                                  /^claimtriage/{p=0} p'
python3 -c '
import json
m = json.load(open("out/manifest.json"))
print([s["message"] for s in m["stages"] if s["name"] == "test"][0])'
