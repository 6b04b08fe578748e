# regress, test and eda --json on a failure said before any fit (exit 1):
# the documented failure document, its message as on standard error. Before
# 2026-12-06 these wrote nothing on standard output (a target of one level,
# no rows left after dropping missing values, a --positive no row holds, a
# header-only file, an absent column), while a separation wrote it.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 3 -o s.csv || exit 1
head -n 1 s.csv >hdr.csv
# the opinion rows alone; and two added columns, one empty in every row
awk -F, 'NR == 1 || $2 == "opinion"' s.csv >op.csv
awk 'NR == 1 { print $0 ",allnan"; next } { print $0 "," }' s.csv >an.csv
show() { # NAME COMMAND...: the exit status and the document's gist
  name=$1
  shift
  "$@" >out.json 2>err.txt
  rc=$?
  python3 -c "
import json, sys
try:
    j = json.load(open('out.json'))
except ValueError:
    print('$name: exit $rc, no JSON document'); sys.exit()
f = j['failure']
said = f['message'] in open('err.txt').read().replace('\n  ', ' ')
print('$name: exit $rc,', j['command'], j['file'], j['rows_used'], sorted(f),
      f.get('separation'), f.get('cause') and f['cause']['kind'], 'said' if said else 'NOT said')
print('  ' + f['message'])"
}
show "one level" $CT regress -q --json op.csv
show "empty feature" $CT regress -q --json an.csv --target claim_status --positive claim \
  --features=video_duration_sec,allnan
show "no positive" $CT regress -q --json s.csv --features=video_duration_sec,video_view_count \
  --positive Verified
show "absent feature" $CT regress -q --json s.csv --features=video_duration_sec,nope
show "regress header only" $CT regress -q --json hdr.csv
show "test header only" $CT test -q --json hdr.csv
show "test absent" $CT test -q --json s.csv --measure nope
show "eda header only" $CT eda -q --json hdr.csv
show "eda absent" $CT eda -q --json s.csv --columns=nope
show "train header only" $CT train -q --json hdr.csv
