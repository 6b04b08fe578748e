# a file of JSON as pandas' to_json writes it, and a Parquet file, given as
# CSV: each hint's converter command stands whole on a line of its own
# after '$ ' and parses as one shell command (before 2026-12-04 it followed
# "convert it:" and broke inside its quoted Python code, so the pasted
# lines failed with an IndentationError)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '{"track_name":{"0":"Lay It Down","1":"Bartender"},"artist":{"0":"A","1":"B"}}\n' > songs.csv
printf 'PAR1\025\004\025\020\025\024L\025\004\025\000\000\000' > frame.csv
for f in songs.csv frame.csv; do
  $CT inspect "$f" > /dev/null 2> err.txt
  echo "$f: exit $?"
  cat err.txt
  line=$(grep '^        \$ ' err.txt | sed 's/^        \$ //')
  [ -n "$line" ] && bash -n -c "$line" && echo "the command parses"
done
