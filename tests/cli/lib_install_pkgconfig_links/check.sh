# The library as a stranger uses it: `make install` into a fresh prefix, then
# the README's build line, word for word, on a small program that loads a CSV,
# takes a t quantile and a SHA-256 (code that calls utf8proc, zlib, GSL and
# nettle). Before 2026-12-04 claimtriage.pc put the libraries the
# static archive calls in Requires.private, so `pkg-config --libs` left them
# out and the link failed with 24 undefined references (utf8proc_iterate ...).
set -u
readme=$(cd ../../.. && pwd)/README.md
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
. ../../lib_install.sh "$d/prefix"
cd "$d"
line=$(grep -m1 '^cc .*pkg-config --libs claimtriage' "$readme")
[ -n "$line" ] || { echo "README.md has no 'cc ... pkg-config --libs claimtriage' line"; exit 1; }
echo "README: $line" | sed "s|$d|PREFIX|g"
cat >prog.c <<'C'
#include <claimtriage/claimtriage.h>
#include <stdio.h>
int main(void)
{
    ct_frame *f = NULL;
    ct_diag d;
    ct_status st = ct_frame_load("in.csv", NULL, &f, NULL, &d);
    if (st != CT_OK) {
        printf("load: %s\n", d.message);
        return 1;
    }
    char hex[CT_SHA256_HEX_SIZE];
    ct_sha256_hex("abc", 3, hex);
    printf("version %s, rows %zu, columns %zu\n", ct_version(), ct_frame_nrows(f), ct_frame_ncols(f));
    printf("t quantile %.4f, sha256(abc) %.16s\n", ct_dist_t_quantile(0.975, 10), hex);
    ct_frame_destroy(f);
    return 0;
}
C
printf 'x,y\n1,a\n2,b\n3,a\n' >in.csv
# the README's line, its `cc` given the sanitizer flags of an asan build
eval "${line/#cc /cc $SAN }" 2>&1 | sed "s|$d|PREFIX|g"
./prog | sed 's/version [^,]*/version V/'
echo "exit ${PIPESTATUS[0]}"
