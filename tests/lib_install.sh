# lib_install.sh — sourced by the library-install cases: `make install` of the
# build that $CT belongs to into the prefix "$1" (nothing printed unless it
# fails), and in SAN the flags a program linked with that build's archive
# needs (the asan build's archive is instrumented; make check runs that one).
lib_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lib_bin=${CT##* } # under CT_VALGRIND, $CT is "valgrind ... BINARY"
lib_b=$(cd "$(dirname "$lib_bin")" && pwd)
lib_mode=$(basename "$lib_b")
lib_build=$(dirname "$lib_b")
lib_build=${lib_build#"$lib_root"/}
SAN=
[ "$lib_mode" = asan ] && SAN="-fsanitize=address,undefined"
# run from tests/run.sh under make check: not a sub-make of that make
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$lib_root" --no-print-directory \
    MODE="$lib_mode" BUILD="$lib_build" PREFIX="$1" install >"$1.log" 2>&1; then
    echo "make install PREFIX=$1 failed:" >&2
    tail -n 20 "$1.log" >&2
    exit 1
fi
export PKG_CONFIG_PATH="$1/lib/pkgconfig"
