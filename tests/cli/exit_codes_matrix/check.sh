# Each command's exit status for the usual faults (an unknown option, a bad
# value, a missing operand, a file that does not exist, an empty file, a
# folder given as a file, an output that cannot be written, an output path
# through a file, a file's output that is a folder), and whether the command's --help lists that status among
# its exit codes ("Exit codes: 0 ok, 1 ..., 2 ..."): docs/cli.md's table.
# Synthetic data: runs without the real file.
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 1
$CT synth -q --rows 1000 --seed 7 -o s.csv || exit 1
$CT train -q s.csv -m m.ctm --holdout none --C 1 >/dev/null 2>&1 || exit 1
$CT score -q s.csv -m m.ctm -o q.csv 2>/dev/null || exit 1
: >empty.csv
: >afile
mkdir adir
mkdir run && $CT plan --json >run/plan.json
t() {
  local cmd=$1 what=$2
  shift 2
  "$CT" "$@" </dev/null >/dev/null 2>&1
  local rc=$?
  # the codes the --help's exit paragraph names (up to the blank line)
  local codes
  codes=$("$CT" "$cmd" --help | sed -n '/^Exit \(codes\|status\):/,/^$/p' | tr '\n' ' ' |
    grep -oE '(^|[ (;,:])[0-3]( |,|$)' | tr -dc '0-3\n' | sort -u | tr -d '\n')
  case $codes in *$rc*) ok="listed in --help" ;; *) ok="NOT in --help's exit codes ($codes)" ;; esac
  echo "$cmd, $what: exit $rc, $ok"
}
for c in inspect eda test regress train evaluate score; do
  m=""
  case $c in train) m="-m x.ctm" ;; evaluate | score) m="-m m.ctm" ;; esac
  t $c "unknown option" $c --no-such-option s.csv $m
  t $c "bad value" $c s.csv $m --delimiter ab
  t $c "no FILE" $c $m
  t $c "no such file" $c nosuch.csv $m
  t $c "empty file" $c empty.csv $m
  t $c "a folder as FILE" $c . $m
done
t eda "output not writable" eda s.csv -o /proc/nope/charts
t train "output not writable" train s.csv -m /proc/nope/x.ctm
t train "output through a file" train s.csv -m afile/x.ctm
t train "output a folder" train s.csv -m adir
t evaluate "output not writable" evaluate s.csv -m m.ctm --predictions /proc/nope/p.csv
t score "output not writable" score s.csv -m m.ctm -o /proc/nope/q.csv
t score "output a folder" score s.csv -m m.ctm -o adir
t score "no such model" score s.csv -m nosuch.ctm
t score "not a model" score s.csv -m s.csv
t queue-eval "unknown option" queue-eval --no-such-option q.csv --labels s.csv
t queue-eval "bad value" queue-eval q.csv --labels s.csv --capacity -3
t queue-eval "no such labels" queue-eval q.csv --labels nosuch.csv
t queue-eval "empty labels" queue-eval q.csv --labels empty.csv
t queue-eval "output not writable" queue-eval q.csv --labels s.csv -o /proc/nope/charts
t queue-eval "output through a file" queue-eval q.csv --labels s.csv -o afile/x
t synth "unknown option" synth --no-such-option
t synth "bad value" synth --rows -1
t synth "output not writable" synth --rows 10 -o /proc/nope/s.csv
t synth "output through a file" synth --rows 10 -o afile/x
t synth "output a folder" synth --rows 10 -o adir
t merge "unknown option" merge --no-such-option q.csv
t merge "no such file" merge q.csv nosuch.csv
t merge "not a queue" merge q.csv s.csv
t merge "a queue twice" merge q.csv q.csv
t merge "empty file" merge empty.csv
t merge "output not writable" merge q.csv -o /proc/nope/x.csv
t merge "output a folder" merge q.csv -o adir
t plan "unknown option" plan --no-such-option
t plan "bad date" plan --start 2027-02-30
t plan "no such folder" plan --status nosuch
t plan "a file as folder" plan --status afile
t plan "no such input" plan --status run --input nosuch.csv
t report "unknown option" report --no-such-option run
t report "no DIR" report
t report "no such folder" report nosuch
t report "a file as folder" report afile
t report "bad date" report run --start bad
t run "unknown option" run --no-such-option s.csv -o r1
t run "no such file" run nosuch.csv -o r2
t run "empty file" run empty.csv -o r3
t run "output not writable" run s.csv -o /proc/nope/r
t run "output a file" run s.csv -o afile
t demo "unknown option" demo --no-such-option
t demo "bad value" demo --rows 5 -o d1
t demo "output not writable" demo -o /proc/nope/d
