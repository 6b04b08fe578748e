# The loader's hint for '343.296'-style counts in a ';' export says "read
# them with --thousands=."; before 2026-12-03 following it was the usage
# error "--decimal and --thousands are both '.'" (the default decimal mark).
# Now --thousands=. without --decimal makes the decimal mark ',' (a file
# grouping with '.' writes decimals with ','), in the shared option code,
# so every command reads the export as the plain file; pandas'
# read_csv(sep=';', thousands='.') reads the same counts. --decimal=.
# given with it is still refused. ("optimistic" says whether the file is
# the model's own training file, which e.csv, another file, is not.)
d=$(mktemp -d) && cd "$d" || exit 1
trap 'rm -rf "$d"' EXIT
$CT synth -q --rows 600 --seed 12 -o s.csv || exit 1
/usr/bin/python3 - <<'PY' || exit 1
import pandas as pd
df = pd.read_csv('s.csv')
e = df.copy()
for c in ['video_view_count', 'video_like_count', 'video_share_count', 'video_download_count',
          'video_comment_count']:
    e[c] = e[c].map(lambda v: '' if pd.isna(v) else f"{int(v):,}".replace(',', '.'))
e.to_csv('e.csv', index=False, sep=';')
back = pd.read_csv('e.csv', sep=';', thousands='.')
print("pandas read_csv(sep=';', thousands='.') reads the plain file's values:", back.equals(df))
PY
$CT train -q --no-audit --grid C=1 s.csv -m m.ctm > /dev/null || exit 1
hint=$($CT score e.csv --delimiter=';' -m m.ctm -o q0.csv 2>&1 | grep -o 'read them with --thousands=[^ )]*' | head -1)
echo "score's hint: $hint"
opt=${hint#read them with }
$CT score -q s.csv -m m.ctm -o qs.csv || exit 1
$CT score -q e.csv --delimiter=';' $opt -m m.ctm -o qe.csv; echo "score with $opt: exit $?"
cmp qs.csv qe.csv && echo "score: the same queue as the plain file"
$CT inspect -q s.csv | tail -n +2 > s.txt
$CT inspect -q e.csv --delimiter=';' $opt | tail -n +2 > e.txt; echo "inspect with $opt: exit ${PIPESTATUS[0]}"
cmp s.txt e.txt && echo "inspect: the same as the plain file"
$CT evaluate -q s.csv -m m.ctm --json | grep -v '"file"\|sha256\|command_line\|"optimistic"' > s.json
$CT evaluate -q e.csv --delimiter=';' $opt -m m.ctm --json | grep -v '"file"\|sha256\|command_line\|"optimistic"' > e.json
cmp s.json e.json && echo "evaluate: the same as the plain file"
$CT score -q e.csv --delimiter=';' --thousands=. --decimal=. -m m.ctm -o x.csv; echo "with --decimal=. given: exit $?"
$CT inspect -q s.csv --thousands=. > /dev/null; echo "a ',' file with --thousands=.: exit $?"
