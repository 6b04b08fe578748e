# train --json when the file lacks the default target, a --target or the
# --text the features read (exit 1): the documented failure document, its
# message as on standard error and its cause column_absent. Before
# 2026-12-06 these wrote nothing on standard output (a tester's F3), and
# an absent --target read "required column 'label' is absent", naming
# neither --target nor --positive.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 3 -o s.csv || exit 1
sed '1s/claim_status/label/' s.csv >ren.csv
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
c = f.get('cause') or {}
print('$name: exit $rc,', j['command'], j['rows_used'], c.get('kind'), c.get('column'),
      'said' if said else 'NOT said')
print('  ' + f['message'])"
  if [ -e m.ctm ]; then echo "  a model was written"; fi
}
show "default target absent" $CT train -q --json ren.csv -m m.ctm
show "--target absent" $CT train -q --json s.csv -m m.ctm --target label --positive claim
show "--text absent, all" $CT train -q --json s.csv -m m.ctm --text nosuch
show "--text absent, text" $CT train -q --json s.csv -m m.ctm --features text --text nosuch
