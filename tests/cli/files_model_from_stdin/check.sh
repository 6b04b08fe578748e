# The model given as '-' (standard input) or a pipe. Before: 'evaluate -m -'
# and 'score -m -' looked for a file named '-' ("cannot open the model
# file", exit 3), a pipe (-m <(zcat m.ctm.gz)) was "not a regular file"
# (exit 3), and 'train -m -' trained in full before failing at the save
# ("an atomic file needs a file name"). Now '-' and pipes are read to
# their end, the same scores as from the file; '-m -' beside FILE '-' and
# 'train -m -' are usage errors before any work (exit 2).
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
$CT synth -q --rows 400 --seed 3 -o s.csv || exit 1
$CT train -q s.csv -m m.ctm --no-audit > /dev/null || exit 1
gzip -c m.ctm > m.ctm.gz
exec 2>&1
$CT score -q s.csv -m m.ctm -o q.csv; echo "score -m FILE: exit $?"
$CT score -q s.csv -m - -o q1.csv < m.ctm; echo "score -m - < FILE: exit $?"
cmp q.csv q1.csv && echo "  same queue"
$CT score -q s.csv -m <(zcat m.ctm.gz) -o q2.csv; echo "score -m <(zcat FILE.gz): exit $?"
cmp q.csv q2.csv && echo "  same queue"
$CT evaluate -q s.csv -m m.ctm --predictions=p.csv > /dev/null; echo "evaluate -m FILE: exit $?"
$CT evaluate -q s.csv -m - --predictions=p1.csv < m.ctm > /dev/null; echo "evaluate -m -: exit $?"
cmp p.csv p1.csv && echo "  same predictions"
$CT evaluate -q - -m - < m.ctm; echo "evaluate - -m -: exit $?"
$CT score -q - -m - < m.ctm; echo "score - -m -: exit $?"
$CT evaluate -q s.csv -m - < /dev/null; echo "evaluate -m - (empty): exit $?"
$CT train -q s.csv -m -; echo "train -m -: exit $?"
