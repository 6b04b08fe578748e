#!/usr/bin/env bash
# Test runner: every cmocka binary in BUILD/tests (TAP output), then every CLI
# case in tests/cli/. Ends with one line "N passed, N failed, N skipped" and
# exits non-zero when anything failed. CT_VALGRIND=1 runs all under valgrind.
set -u
build=${1:?usage: tests/run.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/$build/claimtriage"
[ -x "$bin" ] || bin="$build/claimtriage"
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
pass=0 fail=0 skip=0
failed=()
vg=()
if [ "${CT_VALGRIND:-0}" = 1 ]; then
  # possibly-lost blocks are libgomp's thread stacks, not ours; valgrind's
  # own report goes to a log file so expected_stderr comparisons still hold,
  # and any error it finds makes the process exit 99.
  out=$(mktemp -d)
  vg=(valgrind -q --error-exitcode=99 --leak-check=full --show-possibly-lost=no
      --errors-for-leak-kinds=definite,indirect --track-origins=yes --log-file="$out/vg.%p")
else
  out=$(mktemp -d)
fi
trap 'rm -rf "$out"' EXIT

for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  CMOCKA_MESSAGE_OUTPUT=TAP "${vg[@]}" "$t" >"$out/$name.out" 2>"$out/$name.err"
  rc=$?
  # cmocka 1.1.5 TAP: "ok N - name", "not ok N - name", "not ok N # SKIP name"
  s=$(grep -cE '^(not )?ok [0-9]+ # SKIP' "$out/$name.out" | tr -d ' ')
  p=$(grep -cE '^ok [0-9]+ - ' "$out/$name.out" | tr -d ' ')
  f=$(grep -E '^not ok [0-9]+' "$out/$name.out" | grep -cv '# SKIP' | tr -d ' ')
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1   # crashed, sanitizer or valgrind report: count the binary as a failure
  fi
  pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
  printf '%-28s %3d passed, %d failed, %d skipped\n' "$name" "$p" "$f" "$s"
  grep -h '^SKIP' "$out/$name.err" | sort -u | sed 's/^/    /'
  if [ "$f" -ne 0 ]; then
    failed+=("$name")
    grep -E '^not ok|^#' "$out/$name.out" | head -20 | sed 's/^/    /'
    tail -n 30 "$out/$name.err" | sed 's/^/    /'
  fi
done

# CLI cases: tests/cli/NAME/{args, stdin?, expected_stdout?, expected_stderr?,
# expected_exit?, needs_data?, needs_cases?, skip_unless?} (needs_cases: the folder of cases
# with right answers, $CLAIMTRIAGE_CASES, as the Makefile sets it). args is one line of shell words run from the
# case folder with $CT (the binary) and $CLAIMTRIAGE_DATA available.
export CT="${vg[*]:+${vg[*]} }$bin"
for dir in "$root"/tests/cli/*/; do
  [ -f "$dir/args" ] || continue
  name=cli/$(basename "$dir")
  if [ -f "$dir/needs_data" ] && ! [ -r "${CLAIMTRIAGE_DATA:-}" ]; then
    echo "$name: SKIP (real data file not found; set CLAIMTRIAGE_DATA)"
    skip=$((skip + 1)); continue
  fi
  if [ -f "$dir/needs_cases" ] && ! [ -d "${CLAIMTRIAGE_CASES:-}" ]; then
    echo "$name: SKIP (cases folder ../shared/cases not found; set CLAIMTRIAGE_CASES)"
    skip=$((skip + 1)); continue
  fi
  # skip_unless: a command run in the case folder; when it fails, the case is
  # skipped, its output saying why (e.g. a LocalCluster cannot start).
  # (bounded in time: a Dask LocalCluster once hung at start for 20 minutes)
  if [ -f "$dir/skip_unless" ]; then
    why=$(cd "$dir" && timeout 300 bash skip_unless 2>&1)
    src=$?
    [ "$src" = 124 ] && why="its requirement check did not finish in 300 s"
    if [ "$src" != 0 ]; then
      echo "$name: SKIP (${why:-requirement not met})"
      skip=$((skip + 1)); continue
    fi
  fi
  stdin=/dev/null
  [ -f "$dir/stdin" ] && stdin="$dir/stdin"
  # each case bounded in time (a hang fails the case instead of the run)
  timeout 1800 bash -c 'cd "$1" && eval "$(cat args)"' case "$dir" <"$stdin" >"$out/stdout" 2>"$out/stderr"
  rc=$?
  [ "$rc" = 124 ] && echo "(timed out after 1800 s)" >>"$out/stderr"
  # The data file and the cases folder live where each machine keeps them:
  # expected output names them as $CLAIMTRIAGE_DATA and $CLAIMTRIAGE_CASES.
  perl -pi -e 's/\Q$ENV{CLAIMTRIAGE_DATA}\E/\$CLAIMTRIAGE_DATA/g if length($ENV{CLAIMTRIAGE_DATA} // "");
               s/\Q$ENV{CLAIMTRIAGE_CASES}\E/\$CLAIMTRIAGE_CASES/g if length($ENV{CLAIMTRIAGE_CASES} // "")' \
    "$out/stdout" "$out/stderr"
  ok=1 why=""
  want_rc=0
  [ -f "$dir/expected_exit" ] && want_rc=$(tr -d ' \n' <"$dir/expected_exit")
  if [ "$rc" != "$want_rc" ]; then ok=0; why="exit $rc, expected $want_rc"; fi
  if [ $ok = 1 ] && [ -f "$dir/expected_stdout" ] && ! cmp -s "$out/stdout" "$dir/expected_stdout"; then
    ok=0; why="stdout differs:"$'\n'"$(diff "$dir/expected_stdout" "$out/stdout" | head -20)"
  fi
  if [ $ok = 1 ] && [ -f "$dir/expected_stderr" ] && ! cmp -s "$out/stderr" "$dir/expected_stderr"; then
    ok=0; why="stderr differs:"$'\n'"$(diff "$dir/expected_stderr" "$out/stderr" | head -20)"
  fi
  if [ "$rc" = 99 ] && [ ${#vg[@]} -gt 0 ]; then
    why="$why; valgrind: $(cat "$out"/vg.* 2>/dev/null | head -30)"
  fi
  rm -f "$out"/vg.*
  if [ $ok = 1 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); failed+=("$name")
    echo "$name: FAIL ($why)"
    tail -n 5 "$out/stderr" | sed 's/^/    /'
  fi
done

[ ${#failed[@]} -gt 0 ] && echo "failed: ${failed[*]}"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
