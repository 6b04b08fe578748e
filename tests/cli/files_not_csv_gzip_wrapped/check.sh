# A file of another format inside gzip (read transparently): the converter
# in the hint reads the inflated bytes (zcat FILE | ...), as the UTF-16
# hint's iconv does; before 2026-12-04 read_json, read_pickle and unzip
# were given the gzip file and failed (UnicodeDecodeError, "invalid load
# key", "End-of-central-directory signature not found").
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '[{"a":1,"b":2},{"a":3,"b":4}]' | gzip -n > 'gz json.csv'
printf '{"a":1}\n{"a":2}\n' | gzip -n > gz_lines.csv
printf '\200\004\225\000\000\000' | gzip -n > gz_pickle.csv
printf 'PK\003\004\024\000\000\000\010\000' | gzip -n > gz_xlsx.csv
printf 'PAR1\025\004\025\020\025\024L\025\004\025\000\000\000' | gzip -n > gz_parquet.csv
printf 'SQLite format 3\000\020\000\001\001' | gzip -n > gz_db.csv
for f in 'gz json.csv' gz_lines.csv gz_pickle.csv gz_xlsx.csv gz_parquet.csv gz_db.csv; do
  $CT inspect "$f"; echo "exit $?"
done
# the JSON hints run as printed
zcat 'gz json.csv' | /usr/bin/python3 -c "import sys, pandas as p; p.read_json(sys.stdin).to_csv('data.csv', index=False)" && cat data.csv
zcat gz_lines.csv | /usr/bin/python3 -c "import sys, pandas as p; p.read_json(sys.stdin, lines=True).to_csv('data.csv', index=False)" && cat data.csv
