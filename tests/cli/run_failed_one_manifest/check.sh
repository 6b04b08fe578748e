# run's closing message after a failed stage says what the folder holds:
# one manifest.json (status failed) listing every stage, the done ones with
# their files. Before 2026-12-07 it said the outputs were "each marked in its
# manifest.json", as if each output had a manifest of its own.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 19 --seed 1 -o s.csv
$CT run s.csv -o out 2>err.txt >/dev/null; echo "exit $?"
# the closing message, its wrapped lines joined
msg=$(sed -n '/stages* before it/,$p' err.txt | tr '\n' ' ' | tr -s ' ')
echo "$msg" | grep -q 'each marked' && echo "says the outputs are each marked: $msg"
echo "manifests in the folder: $(find out -name manifest.json | wc -l)"
/usr/bin/python3 - "$msg" <<'PY'
import json, re, sys
msg = sys.argv[1]
m = json.load(open('out/manifest.json'))
done = [s for s in m['stages'] if s['status'] == 'done']
said = re.search(r'(\d+) stages? before it (?:is|are) done', msg)
print('status', m['status'])
print('done stages said', said and int(said.group(1)) == len(done))
print('every stage listed', len(m['stages']) == 10)
print('done stages have files', all(s['outputs'] for s in done))
print('names one manifest.json', msg.count('manifest.json') == 1 and 'whose one manifest.json (status failed) lists every stage' in msg)
PY
