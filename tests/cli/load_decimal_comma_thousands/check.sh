# A European export of the reports file (';' delimiter, decimal commas,
# '.' thousands separators: 4.133 views) read with --delimiter=';'
# --decimal=, --thousands=. (pandas' sep=';', decimal=',', thousands='.').
# Before, it could not be read (every count a bad row, "grouped by '.'"):
# now every command that reads it, and run passing them on to its stages,
# gives what the plain file gives. pandas reads the export back equal to
# the plain file (the peer check), a float column of decimal commas as
# pandas does, and a conflicting mark is a usage error.
d=$(mktemp -d) && cd "$d" || exit 1
trap 'rm -rf "$d"' EXIT
# A step that fails says which, its exit status and its messages on
# standard error (the runner shows its last lines; a run's messages name
# its failed stage and that stage's last message), the step last: this case
# failed once under load with exit 1 and nothing kept to say why
# (2026-12-06).
failed() { # STEP STATUS FILE: the step's messages, then exit 1
  tail -n 20 "$3" >&2
  echo "FAILED: $1 (exit $2)" >&2
  exit 1
}
$CT synth -q --rows 1500 --seed 8 -o s.csv 2>step.err || failed synth $? step.err
/usr/bin/python3 - 2>step.err <<'PY' || failed "pandas export" $? step.err
import pandas as pd
df = pd.read_csv('s.csv')
e = df.copy()
for c in ['video_view_count', 'video_like_count', 'video_share_count', 'video_download_count',
          'video_comment_count']:
    e[c] = e[c].map(lambda v: '' if pd.isna(v) else f"{int(v):,}".replace(',', '.'))
e.to_csv('e.csv', index=False, sep=';', decimal=',')
back = pd.read_csv('e.csv', sep=';', decimal=',', thousands='.')
print('pandas reads the export back as the plain file:', back.equals(df))
PY
EU="--delimiter=; --decimal=, --thousands=."
$CT inspect --delimiter=';' e.csv 2>&1 >/dev/null | tail -3
echo "without --decimal and --thousands: exit ${PIPESTATUS[0]}"
$CT inspect -q s.csv > s.txt 2>step.err || failed "inspect s.csv" $? step.err
$CT inspect -q $EU e.csv > e.txt 2>step.err || failed "inspect e.csv" $? step.err
diff <(tail -n +2 s.txt) <(tail -n +2 e.txt) && echo "inspect: same as the plain file"
mkdir p q
(cd p && $CT run -q ../s.csv -o out > /dev/null 2>../run.err) || failed "run s.csv" $? run.err
(cd q && $CT run -q ../e.csv -o out $EU > /dev/null 2>../run.err) || failed "run e.csv" $? run.err
cmp p/out/queue.csv q/out/queue.csv && echo "run: the same queue"
for f in inspect eda test regress train evaluate score queue_eval; do
  # but for the file's name and hash, and the stage's command line
  diff <(grep -v 'sha256\|command_line' p/out/$f.json | sed 's#\.\./s\.csv#FILE#g') \
       <(grep -v 'sha256\|command_line' q/out/$f.json | sed 's#\.\./e\.csv#FILE#g') > /dev/null \
    && echo "run: $f.json the same" || echo "run: $f.json DIFFERS"
done
# a float column inferred (--no-schema) as pandas reads it: describe()'s
# mean 694.05 and max 1234.5 of price; qty int 3 .. 1,234,567
printf 'id;price;qty\n1;1.234,5;1.000\n2;2,25;12\n3;-0,5;1.234.567\n4;1234,;7\n5;;3\n6;1.e3;1234.\n' > m.csv
$CT inspect -q --no-schema $EU m.csv | sed -n '/^Numeric/,/^$/p'
# conflicting marks: usage errors (exit 2), in every command that reads FILE
$CT inspect --decimal=, s.csv; echo "exit $?"
$CT score --decimal=. --thousands=. -m x.ctm s.csv; echo "exit $?"
$CT run --delimiter=';' --decimal=';' s.csv -o r; echo "exit $?"
$CT test --decimal=ab s.csv; echo "exit $?"
$CT eda --delimiter=. --thousands=, s.csv; echo "exit $?"
