# Files that are not CSV are named for what they are, from their first
# bytes, with a command that converts them (the path passed as an
# argument, so any name runs as printed): pandas' to_json output (records,
# JSON Lines), Parquet, Feather, HDF5 and pickle files, SQLite databases,
# images, and binary data of no known format; before 2026-12-04 JSON got
# "a character after a closing quote", a PNG an iconv cp1252 hint and
# Parquet "NUL bytes in field 1".
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '[{"video_id":1,"claim_status":"claim"},{"video_id":2,"claim_status":"opinion"}]' > records.json
printf '{"video_id":1,"claim_status":"claim"}\n{"video_id":2,"claim_status":"opinion"}\n' > lines.json
printf '{"video_id":{"0":1,"1":2}}' > columns.json
printf 'PAR1\025\004\025\020\025\024L\025\004\025\000\000\000' > data.parquet
printf 'ARROW1\000\000\377\377\377\377' > data.feather
printf '\200\004\225\000\000\000' > data.pkl
printf 'SQLite format 3\000\020\000\001\001' > data.db
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' > pic.csv
head -c 600 /dev/urandom > /dev/null
# binary data of no format: a fixed pattern of control bytes and letters
for i in $(seq 1 40); do printf 'ab\001\002\003\004cd\000\021'; done > blob.csv
for f in records.json lines.json columns.json data.parquet data.feather data.pkl data.db pic.csv blob.csv; do
  $CT inspect "$f"; echo "exit $?"
done
# the hint's command runs as printed (a name with a space)
cp records.json 'my records.json'
$CT inspect 'my records.json' 2>&1 | tail -2
/usr/bin/python3 -c "import sys, pandas as p; p.read_json(sys.argv[1]).to_csv(sys.argv[1] + '.csv', index=False)" 'my records.json' 2>/dev/null && cat 'my records.json.csv'
