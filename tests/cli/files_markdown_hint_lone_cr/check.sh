# The Markdown table hint's command is run as printed on a CR-only file
# (old Mac), its gzip copy and an LF file: sed counts LF line ends only, so
# the lone CRs are made LF first; each output is read with --delimiter='|'.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '| a | b |\r|---|:--:|\r| 1 | x, y |\r| 3 | z |\r' > mac.csv
gzip -n -c mac.csv > packed.csv.gz
printf '| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n' > plain.csv
for f in mac.csv packed.csv.gz plain.csv; do
  echo "== $f"
  $CT inspect "$f" > msg 2>&1; echo "exit $?"
  cmd=$(sed -n 's/^ *\$ //p' msg)
  echo "$cmd"
  eval "$cmd"
  out=${cmd##*> }
  $CT inspect -q --no-schema --delimiter='|' "$out" | sed -n 1p
  cat "$out"
done
