# A full disk (a small tmpfs) at a stage's artifact, or at the very first
# writes. Before 2026-12-04 the stage's message said "write error on
# standard output: No space left on device" (run sends the stage's output
# to its artifact: the user never sees that standard output), and a run
# that had to remove manifest.json (it could not write it "failed") still
# ended "the outputs stay in DIR, each marked in its manifest.json". Now
# the message names the artifact and says the disk is full, and a run
# without a manifest says what is left and how to clear it. Which write
# fails at which size varies by a few pages: each size is checked for
# both rules, and the two cases must each come up at least once (28k and
# 740k added 2026-12-05, when the manifest's stage records grew a `cause`
# and the sizes at which it cannot be written moved by a page; 32k, 44k and
# 760k added later on 2026-12-05, when its options grew dropna and columns).
set -u
d=$(mktemp -d)
trap 'umount "$d/m" 2>/dev/null; rm -rf "$d"' EXIT
cd "$d"
$CT synth -q --rows 2000 --seed 1 -o in.csv || exit 1
mkdir m
named=0 nomanifest=0 bad=0
for k in 20 24 28 32 44 660 680 700 720 740 760; do
    mount -t tmpfs -o size=${k}k tmpfs m || exit 1
    $CT run in.csv -o m/r -q >/dev/null 2>err.txt
    rc=$?
    tr -s ' \n' '  ' < err.txt > joined.txt
    if grep -q 'standard output' joined.txt; then echo "${k}k: names standard output"; bad=1; fi
    if grep -q "cannot write m/r/[a-z_]*\.json (the stage's output): No space left on device (the disk is full)" joined.txt; then
        named=1
    fi
    if [ ! -e m/r/manifest.json ]; then
        if grep -q 'each marked in its manifest.json' joined.txt; then
            echo "${k}k: no manifest.json, yet 'each marked in its manifest.json'"; bad=1
        fi
        grep -q 'no manifest.json records .* outputs in m/r (it could not be written), so a new run refuses the folder: free some space, then remove the folder' joined.txt &&
            nomanifest=1
    fi
    [ $rc = 3 ] || { echo "${k}k: exit $rc"; bad=1; }
    umount m
done
echo "a stage's artifact named, the disk said full: $named"
echo "a run that removed its manifest said what is left: $nomanifest"
echo "sizes that broke a rule: $bad"
