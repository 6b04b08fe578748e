#!/usr/bin/env bash
# scripts/check_layers.sh [ROOT] — the include rule (docs/design.md), checked.
#
# The library is layered, one folder per layer under src/lib/, in this order
# (each may use only itself and the layers before it):
#
#   base io frame stats explore features models select triage report app
#
# Every public header (include/claimtriage/*.h) names its layer on a line
# "Layer: NAME". The rule, for every #include "..." line:
#   - a file in src/lib/L/ may include "M/x.h" (an internal header of layer M)
#     or "claimtriage/x.h" (a public header of layer M) only when M <= L;
#   - a public header of layer L may include only public headers of layers <= L;
#   - the CLI (src/cli/) may include only public headers and its own headers,
#     never an internal one (it is also compiled with -Iinclude alone);
#   - every file under src/lib/ sits in a layer folder.
# Prints one line per violation and exits 1 when there is any, 0 otherwise.
set -u
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 2
LAYERS=(base io frame stats explore features models select triage report app)
declare -A rank
for i in "${!LAYERS[@]}"; do rank[${LAYERS[$i]}]=$i; done

bad=0
fail() { echo "layers: $*"; bad=1; }

# Layer of each public header, from its "Layer:" line.
declare -A hdr
for h in include/claimtriage/*.h; do
  n=$(basename "$h")
  l=$(grep -m1 -oE 'Layer: [a-z]+' "$h" | awk '{print $2}')
  if [ -z "$l" ]; then fail "$h: no 'Layer: NAME' line"; continue; fi
  if [ -z "${rank[$l]+x}" ]; then fail "$h: unknown layer '$l'"; continue; fi
  hdr[$n]=$l
done

# check_file FILE LAYER: every quoted include must point at a layer <= LAYER.
check_file() {
  local f=$1 l=$2 ln inc dir
  while IFS=: read -r ln inc; do
    inc=${inc#*[\"<]}; inc=${inc%%[\">]*}
    case "$inc" in
      claimtriage/*)
        local n=${inc#claimtriage/}
        if [ -z "${hdr[$n]+x}" ]; then fail "$f:$ln: includes unknown public header $inc"; continue; fi
        if [ "${rank[${hdr[$n]}]}" -gt "${rank[$l]}" ]; then
          fail "$f:$ln: layer $l includes $inc of layer ${hdr[$n]} (reaches up)"
        fi ;;
      */*)
        dir=${inc%%/*}
        if [ -z "${rank[$dir]+x}" ]; then fail "$f:$ln: include \"$inc\" is not in a layer folder"; continue; fi
        if [ "${rank[$dir]}" -gt "${rank[$l]}" ]; then
          fail "$f:$ln: layer $l includes $inc of layer $dir (reaches up)"
        fi ;;
      *) fail "$f:$ln: include \"$inc\" without its layer folder (write \"$l/$inc\")" ;;
    esac
  done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*("|<claimtriage/)' "$f")
}

for f in $(find src/lib -type f \( -name '*.c' -o -name '*.h' \) | sort); do
  rel=${f#src/lib/}
  l=${rel%%/*}
  if [ "$l" = "$rel" ] || [ -z "${rank[$l]+x}" ]; then
    fail "$f: not in a layer folder (${LAYERS[*]})"; continue
  fi
  check_file "$f" "$l"
done

for h in include/claimtriage/*.h; do
  n=$(basename "$h")
  [ -n "${hdr[$n]+x}" ] && check_file "$h" "${hdr[$n]}"
done

# The CLI: public headers and its own files only.
for f in $(find src/cli -type f \( -name '*.c' -o -name '*.h' \) | sort); do
  while IFS=: read -r ln inc; do
    inc=${inc#*\"}; inc=${inc%%\"*}
    case "$inc" in
      claimtriage/*) [ -n "${hdr[${inc#claimtriage/}]+x}" ] || fail "$f:$ln: unknown public header $inc" ;;
      */*) fail "$f:$ln: the CLI includes library internal \"$inc\" (use the public API)" ;;
      *) [ -f "src/cli/$inc" ] || fail "$f:$ln: the CLI includes \"$inc\", not one of its own files" ;;
    esac
  done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f")
done

[ $bad -eq 0 ] && echo "layers: ok (${LAYERS[*]})"
exit $bad
