# test --status=COL names the author status of the default association
# (claim_status x author_ban_status) in a file that names it otherwise, as
# run's and score's --status do: the default tests run with it, alone or
# with --target. A --status column the file lacks is skipped as a default
# one is, without "pick another" (it was named); one that is the class
# column, one given with --pair, or an empty one is a usage error (exit 2;
# an empty --status said "needs a folder", plan's words, before
# 2026-12-05). Before 2026-12-05 test had no --status, and run's
# --status=ban left the association skipped: 'author_ban_status' absent.
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 3 | sed '1s/author_ban_status/ban/' > v.csv
sed '1s/claim_status/label/' v.csv > w.csv
show() {
  python3 -c '
import json, sys
t = json.load(sys.stdin)
print(" ", ["%s x %s" % (a["rows"], a["columns"]) for a in t["associations"]],
      [s["reason"] for s in t["skipped"]])'
}
$CT test -q --json v.csv --status ban | show; echo "--status ban: exit ${PIPESTATUS[0]}"
$CT test -q --json w.csv --target label --status ban | show
echo "--target label --status ban: exit ${PIPESTATUS[0]}"
$CT test -q --json w.csv --target label --status nope | show
echo "--status nope: exit ${PIPESTATUS[0]}"
$CT test -q w.csv --target label --status label; echo "exit $?"
$CT test -q v.csv --status claim_status; echo "exit $?"
$CT test -q v.csv --status ban --pair claim_status,ban; echo "exit $?"
$CT test -q v.csv --status=; echo "exit $?"
