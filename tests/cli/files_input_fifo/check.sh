# A FILE read once — a FIFO, or a pipe given as <(...) — with the commands
# that hash their input after reading it (train's and evaluate's
# reproducibility block, --split) or read it several times (run). Before,
# each opened the FIFO again to hash it and waited for a writer forever
# (train, evaluate, evaluate/score --split, run all hung); now train and
# evaluate record the hash as unavailable, --split and run refuse (exit 2).
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
$CT synth -q --rows 400 --seed 3 -o s.csv || exit 1
$CT train -q s.csv -m m.ctm --no-audit > /dev/null || exit 1
mkfifo ff
feed() { (cat s.csv > ff &); }
# each command bounded: a hang is exit 124
feed; timeout 60 $CT train -q ff -m mf.ctm --no-audit > /dev/null; echo "train FIFO: exit $?"
grep -o '"input_hash": "[^"]*"' mf.ctm
timeout 60 $CT train -q <(cat s.csv) -m mp.ctm --no-audit > /dev/null; echo "train <(...): exit $?"
grep -o '"input_hash": "[^"]*"' mp.ctm
feed; timeout 60 $CT evaluate -q ff -m m.ctm --json > e.json; echo "evaluate FIFO: exit $?"
grep -o '"input_hash": "[^"]*"' e.json
feed; timeout 60 $CT evaluate -q ff -m m.ctm --split=test > /dev/null 2> err.txt
echo "evaluate --split FIFO: exit $?"; sed 's/^[^:]*: //' err.txt
feed; timeout 60 $CT score -q ff -m m.ctm --split=test -o q.csv 2> err.txt
echo "score --split FIFO: exit $?"; sed 's/^[^:]*: //' err.txt
timeout 60 $CT evaluate -q s.csv -m mp.ctm --split=test > /dev/null 2> err.txt
echo "evaluate --split, model trained from a pipe: exit $?"; head -1 err.txt
timeout 60 $CT run -q ff -o r 2> err.txt; echo "run FIFO: exit $?"; head -1 err.txt
ls r 2> /dev/null || echo "no run folder"
