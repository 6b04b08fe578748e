# A file with one outcome value is a data problem (exit 1, with a hint), not a
# usage error: regress on unverified accounts only (verified_status has
# nothing to compare), train on claims plus two opinions (a fold would lack
# the rarer class).
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
{ head -1 "$CLAIMTRIAGE_DATA"; tail -n +2 "$CLAIMTRIAGE_DATA" | awk 'NR % 40 == 0' | grep ',not verified,'; } >$d/nover.csv
$CT regress -q $d/nover.csv 2>&1 | sed "s|$d/||g"; echo "regress exit ${PIPESTATUS[0]}"
{ head -1 "$CLAIMTRIAGE_DATA"; sed -n 2,200p "$CLAIMTRIAGE_DATA"; sed -n 15000,15001p "$CLAIMTRIAGE_DATA"; } >$d/few.csv
$CT train -q $d/few.csv -m $d/m.ctm 2>&1 | sed "s|$d/||g"; echo "train exit ${PIPESTATUS[0]}"
