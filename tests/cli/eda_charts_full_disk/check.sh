# eda -o DIR on a full disk (a chart that is /dev/full: every write fails
# with ENOSPC): the message names the chart and says the disk is full,
# exit 3, and no chart is left (all or none). Before 2026-12-02 it said
# "write error while writing a chart" alone, and `run`, whose eda stage
# passes it on, said no more.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 4 -o s.csv
mkdir charts
ln -s /dev/full charts/corr_pearson.svg
$CT eda -q s.csv -o charts > /dev/null
echo "exit $?"
ls charts
