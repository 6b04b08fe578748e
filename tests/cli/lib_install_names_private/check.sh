# The installed archive keeps its internal names to itself: every global
# symbol it defines is a public ct_ name, and a program with its own
# col_free() and na_init() (names the library uses inside) links with the
# README's line and loads a file. Before 2026-12-04 the archive exported 250
# internal functions (col_free, na_init, frame_new, svg_text ...), and that
# program failed with "multiple definition of `col_free'".
set -u
readme=$(cd ../../.. && pwd)/README.md
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
. ../../lib_install.sh "$d/prefix"
cd "$d"
nm -g --defined-only prefix/lib/libclaimtriage.a >syms || exit 1
n=$(awk 'NF == 3' syms | wc -l)
bad=$(awk 'NF == 3 && $3 !~ /^ct_/ { print $3 }' syms)
echo "global symbols not named ct_: ${bad:-none}"
[ "$n" -gt 500 ] && echo "public ct_ symbols defined: more than 500"
line=$(grep -m1 '^cc .*pkg-config --libs claimtriage' "$readme")
cat >prog.c <<'C'
#include <claimtriage/claimtriage.h>
#include <stdio.h>
#include <stdlib.h>
/* the program's own helpers, named as the library's internal ones */
void col_free(void *p);
void col_free(void *p) { free(p); }
int na_init(void);
int na_init(void) { return 0; }
int main(void)
{
    ct_frame *f = NULL;
    ct_diag d;
    ct_status st = ct_frame_load("in.csv", NULL, &f, NULL, &d);
    printf("load %d, rows %zu\n", (int)st, f ? ct_frame_nrows(f) : 0);
    ct_frame_destroy(f);
    col_free(malloc(1));
    return na_init();
}
C
printf 'x,y\n1,NA\n2,b\n' >in.csv
eval "${line/#cc /cc $SAN }" 2>&1 | sed "s|$d|PREFIX|g"
./prog
echo "exit $?"
