# A file named .gz whose bytes are not gzip data is refused as pandas'
# read_csv refuses it (BadGzipFile), with the likely cause: a mislabelled
# file or a failed download. Before 2026-12-05 (tester 4): 'garbage' in
# fake.csv.gz was read as text, inspect exit 0 with "no line end in the
# whole file"; a plain CSV named .csv.gz was read silently.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
printf 'garbage' >fake.csv.gz
# (synth writes gzip for a .gz name; a plain copy under a .gz name:)
$CT synth --rows 20 --seed 1 -q -o plain.csv && cp plain.csv plain.csv.gz
for f in fake.csv.gz plain.csv.gz; do
  for c in inspect eda; do $CT $c "$f" >/dev/null 2>err.txt; echo "$c $f: exit $?"; cat err.txt; done
done
# gzip data under the name is read as before
gzip -c plain.csv >real.csv.gz && $CT inspect real.csv.gz -q >/dev/null && echo "real gzip: read"
# the same bytes without the .gz name are text, as pandas reads them
$CT inspect plain.csv -q >/dev/null && echo "plain.csv: read"
exit 0
