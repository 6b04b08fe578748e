# A name in an earlier run's folder that the run writes, but of the other
# kind: a folder where a stage writes its file (eda.json, report.html), or
# a file where the charts go. The rerun refuses before anything is
# removed, exit 2, naming each; moved away, the rerun goes on. Before
# 2026-12-06 the rerun removed the earlier run's files and failed at that
# stage (exit 3 "cannot create eda.json: cannot write: Is a directory",
# after the report stage "it is a folder: give a file name in it", or
# queue-eval's "-o names the folder..." of an -o never given).
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 1000 --seed 3 -o in.csv || exit 1
$CT run -q in.csv -o D >/dev/null 2>&1; echo "run: exit $?"
rm D/eda.json && mkdir D/eda.json
$CT run -q in.csv -o D; echo "rerun, eda.json a folder: exit $?"
test -e D/plan.json && test -e D/manifest.json && echo "plan.json and manifest.json kept"
rm -r D/report.html && mkdir D/report.html && rm -r D/charts && echo x >D/charts
$CT run -q in.csv -o D; echo "rerun, also report.html a folder and charts a file: exit $?"
rmdir D/eda.json D/report.html && rm D/charts
$CT run -q in.csv -o D >/dev/null; echo "rerun after removing them: exit $?"
