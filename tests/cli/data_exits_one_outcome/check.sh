# A file with one outcome value is a data problem (exit 1, with a hint), not a
# usage error: regress on unverified accounts only (verified_status has
# nothing to compare), train on claims plus two opinions (a fold would lack
# the rarer class).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d" # relative names: messages wrap the same wherever the test runs
{ head -1 "$CLAIMTRIAGE_DATA"; tail -n +2 "$CLAIMTRIAGE_DATA" | awk 'NR % 40 == 0' | grep ',not verified,'; } >nover.csv
$CT regress -q nover.csv 2>&1 | cat; echo "regress exit ${PIPESTATUS[0]}"
{ head -1 "$CLAIMTRIAGE_DATA"; sed -n 2,200p "$CLAIMTRIAGE_DATA"; sed -n 15000,15001p "$CLAIMTRIAGE_DATA"; } >few.csv
$CT train -q few.csv -m m.ctm 2>&1 | cat; echo "train exit ${PIPESTATUS[0]}"
