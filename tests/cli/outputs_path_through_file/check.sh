# An output path through a file (afile/sub, afile a regular file): every
# command that writes files says the file by name, as an output name of the
# wrong kind (exit 2, as an -o folder that is a file: run_output_name_is_folder,
# files_output_folder_is_file), before any input is read (the input here is
# missing for the checks after the first ones), and writes nothing. Before
# 2026-12-06 each exited 3 "cannot write 'afile/sub': Not a directory".
set -u
exec 2>&1
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 300 --seed 3 -o in.csv || exit 1
$CT train -q in.csv -m m.ctm --no-audit >/dev/null || exit 1
$CT score -q in.csv -m m.ctm -o q.csv || exit 1
echo x >afile
$CT run -q in.csv -o afile/sub; echo "run -o afile/sub: exit $?"
$CT run -q in.csv -o afile/sub/deeper; echo "run -o afile/sub/deeper: exit $?"
$CT train -q in.csv -m afile/m.ctm; echo "train -m afile/m.ctm: exit $?"
$CT score -q missing.csv -m m.ctm -o afile/q.csv; echo "score -o afile/q.csv: exit $?"
$CT score -q missing.csv -m m.ctm -o q2.csv --errors afile/e.csv; echo "score --errors afile/e.csv: exit $?"
$CT evaluate -q missing.csv -m m.ctm --predictions afile/p.csv; echo "evaluate --predictions afile/p.csv: exit $?"
$CT eda -q missing.csv -o afile/charts; echo "eda -o afile/charts: exit $?"
$CT queue-eval -q missing.csv --labels in.csv -o afile/charts; echo "queue-eval -o afile/charts: exit $?"
$CT merge q.csv -o afile/all.csv; echo "merge -o afile/all.csv: exit $?"
$CT synth -q --rows 10 -o afile/s.csv; echo "synth -o afile/s.csv: exit $?"
ls
