# "%PDF-" and a version at byte 0 is a PDF, with or without the binary
# comment line the spec makes optional; before 2026-12-04 a PDF of text
# only loaded as 3 rows of one column (exit 0).
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' > doc.csv
printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n' > bin.csv
printf '%%PDF-x,n\n1,2\n' > header.csv
for f in doc.csv bin.csv; do
  $CT inspect "$f"; echo "exit $?"
done
$CT inspect --no-schema header.csv | head -1; echo "exit $?"
