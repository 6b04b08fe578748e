# An id repeated in merge's inputs is counted as score counts one: the ids
# that repeat, and the rows after each one's first, with the first id's
# files and lines. Before 2026-12-04 every row after the first counted as
# an id: three rows of id 777 were "2 ids occur more than once"; and a
# queue of one row was "every queue holds 1 rows".
set -u
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
h=rank,id,priority,probability,predicted,status,flags,reasons,model
for i in 0 1 2; do printf '%s\n1,777,14.04,0.99,1,active,,,9d88288b\n' $h >r$i.csv; done
echo "== three parts of one input, one row of id 777 each"
$CT merge --one-input r0.csv r1.csv r2.csv -o out.csv; echo "exit $?"
echo "== one queue: 777 three times, 778 twice"
{ echo $h; for r in 1:777 2:777 3:778 4:777 5:778 6:779; do
    echo "${r%%:*},${r#*:},14.04,0.99,1,active,,,9d88288b"; done; } >q.csv
$CT merge q.csv -o out.csv; echo "exit $?"
