# Shards scored by different models must not merge: their probabilities
# neither compare nor rank together. Every queue row records the model's
# fingerprint (column 'model': the CRC-32 of the model file's payload up to
# its reproducibility block); merge refuses two models, and a queue without
# the column (written before it) beside one with it. Models trained alike
# with other --threads are one model.
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 400 --seed 21 -o train.csv && $CT synth -q --rows 60 --seed 22 -o new.csv || exit 9
$CT train -q train.csv -m lr.ctm --no-audit --threads 1 >/dev/null && $CT train -q train.csv -m lr2.ctm --no-audit --threads 2 >/dev/null && $CT train -q train.csv -m lr7.ctm --no-audit --seed 7 >/dev/null || exit 9
{ head -31 new.csv; } > a.csv; { head -1 new.csv; tail -n +32 new.csv; } > b.csv
$CT score -q a.csv -m lr.ctm -o qa.csv && $CT score -q b.csv -m lr2.ctm -o qb.csv && $CT score -q b.csv -m lr7.ctm -o qb7.csv || exit 9
head -1 qa.csv
echo "the model column: one value in qa.csv: $(python3 -c "import csv; print(len({r['model'] for r in csv.DictReader(open('qa.csv'))}))")"
/usr/bin/env python3 -c "
import zlib, csv
t = open('lr.ctm').read()
b = t.index('\"payload\": ') + len('\"payload\": ')
e = t.index('\n    \"reproducibility\": ')
want = '%08x' % zlib.crc32(t[b:e].encode())
print('  it is the CRC-32 of lr.ctm\'s payload up to reproducibility:', all(r['model'] == want for r in csv.DictReader(open('qa.csv'))))
"
echo "  score --json's model_fingerprint is it: $($CT score -q a.csv -m lr.ctm -o qj.csv --json | python3 -c "import json, sys, csv; print(json.load(sys.stdin)['model_fingerprint'] == next(csv.DictReader(open('qa.csv')))['model'])")"
echo "  lr.ctm (--threads 1) and lr2.ctm (--threads 2) differ as files: $(cmp -s lr.ctm lr2.ctm && echo no || echo yes)"
echo "== one model (scored with lr.ctm and lr2.ctm): merged"
$CT merge qa.csv qb.csv -o m.csv 2>&1; echo "exit $?"
echo "  merged equals one score of all rows: $($CT score -q new.csv -m lr.ctm | cmp -s - m.csv && echo yes || echo no)"
echo "== two models: refused"
$CT merge qa.csv qb7.csv -o m2.csv 2>&1 | sed "s/'[0-9a-f]\{8\}'/'CRC'/g"; echo "exit ${PIPESTATUS[0]}"
echo "  left behind: $(ls m2.csv 2>/dev/null || echo nothing)"
echo "== a queue without the column beside one with it: refused"
/usr/bin/env python3 -c "
import csv
rows = list(csv.reader(open('qb.csv')))
w = csv.writer(open('qb_old.csv', 'w', newline=''), lineterminator='\n')
for r in rows: w.writerow(r[:8])
" || exit 9
$CT merge qa.csv qb_old.csv -o m3.csv 2>&1; echo "exit $?"
