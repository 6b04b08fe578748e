# A rerun into a folder whose earlier outputs it cannot remove (charts/
# read-only here; another owner's folder made read-only is the same to
# run): before 2026-12-04 they stayed silently and the run failed later, the
# earlier run's SVGs beside a new manifest. Now run refuses before it
# removes anything (exit 3), naming what it cannot remove; the earlier run
# stays whole, and once the folder is writable the rerun goes through.
set -u
d=$(mktemp -d)
trap 'umount "$d/out/charts" 2>/dev/null; rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 1 -o a.csv || exit 1
$CT synth -q --rows 2000 --seed 2 -o b.csv || exit 1
$CT run -q a.csv -o out >/dev/null || exit 1
before=$(cat out/manifest.json out/*.json | sha256sum)
mount --bind out/charts out/charts && mount -o remount,bind,ro out/charts || exit 1
$CT run -q b.csv -o out >/dev/null 2>err.txt; echo "rerun: exit $?"
tr -s ' \n' '  ' < err.txt | sed 's/ $//'; echo
after=$(cat out/manifest.json out/*.json | sha256sum)
[ "$before" = "$after" ] && echo "the earlier run stays whole: yes" || echo "the earlier run changed"
umount out/charts
$CT run -q b.csv -o out >/dev/null; echo "rerun once writable: exit $?"
