# demo refuses FILE's loader options (its sample is its own), naming the
# option. Given as two words (`--delimiter ';'`), before 2026-12-02 the
# message named the value instead: "claimtriage demo: ; is run's".
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
for o in "--delimiter ;" "--na-values X" "--on-bad-row skip" "--decimal ," "--thousands ." \
         "--no-schema"; do
  $CT demo -q -o never_made $o
  echo "$o: exit $?"
done
[ -e never_made ] && echo "never_made was created" || echo "no folder made"
