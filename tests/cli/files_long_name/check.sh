# A file name of 254 bytes (within NAME_MAX, 255, as `touch` shows) could
# not be written: the temporary beside it, ".NAME.tmp-PID-N", was longer
# than a name may be ("File name too long", exit 3). The temporary now
# keeps the start of NAME that fits (cut between characters: a name of
# two-byte UTF-8 characters too).
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
a=$(printf 'a%.0s' $(seq 250)).csv
e=$(printf 'é%.0s' $(seq 125)).csv
touch "$a" "$e" && rm "$a" "$e" && echo "touch: both names can be made"
$CT synth -q --rows 300 --seed 1 -o "$a"; echo "synth -o (254 bytes): exit $?"
$CT synth -q --rows 300 --seed 1 -o "$e"; echo "synth -o (125 x 'é', 254 bytes): exit $?"
cmp "$a" "$e" && echo "same rows"
$CT train -q "$a" -m m.ctm --no-audit > /dev/null || exit 1
$CT score -q "$a" -m m.ctm -o "$e"; echo "score -o (254 bytes): exit $?"
head -c 9 "$e"; echo
ls -A | wc -l
