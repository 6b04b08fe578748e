# The progress bar, drawn when standard error is a terminal (here a
# pseudo-terminal from script(1)), was erased with the escape ESC[K, which
# a terminal without escapes (TERM=dumb, an editor's shell buffer) shows
# as '^[[K' before the next message. It is now overwritten with blanks: no
# escape byte reaches the terminal, and the note after the bar starts its
# line clean.
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
export CLAIMTRIAGE_PROGRESS_DELAY=0 # a bar from the start, however short the work
$CT synth -q --rows 20000 --seed 8 -o s.csv || exit 1
TERM=dumb script -qc "$CT inspect s.csv > /dev/null" /dev/null > tty.txt < /dev/null
grep -q 'loading' tty.txt && echo "the bar was drawn"
echo "escape bytes: $(tr -cd '\033' < tty.txt | wc -c)"
tr '\r' '\n' < tty.txt | grep 'rows read' | sed 's/ *$//'
