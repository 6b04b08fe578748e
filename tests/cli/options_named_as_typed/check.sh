# A bad option is named as the user typed it, with what is wrong and the
# nearest real option (docs/cli.md); each exits 2. `inspect -o=` once named
# 'inspect' (the word before the bad letter), and every fault read
# "unknown or incomplete option".
set -u
# (the whole message read before its first line is kept: a pipe into head
# could close before the command's second line, and exit 141 on SIGPIPE)
t() { local m; m=$("$CT" "$@" 2>&1 >/dev/null); local rc=$?; printf '%s\n' "${m%%$'\n'*}"; echo "exit $rc"; }
t inspect -o= x.csv
t inspect x.csv -qx
t inspect x.csv --bogus=3
t inspect x.csv --json=3
t inspect x.csv --na
t train x.csv -m
t train x.csv --trheads 2
t train x.csv --th 2
t train x.csv -threads 2
t run x.csv --outdir out
t eda x.csv --colums a
t score -m
t synth --rows
t tran x.csv
t queue_eval q.csv
t --verison
t train x.csv --=3
