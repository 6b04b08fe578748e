# A FIFO given as FILE is opened once. Every loader opened it twice (to try
# a mapping, then to read it): a writer that wrote between the first close
# and the second open died of SIGPIPE and the second open waited forever
# (seen as a hang of files_input_fifo's score --split, once in a few runs).
# The opens are counted with strace (LeakSanitizer does not run under
# ptrace: leak checks off for this process only).
d=$(mktemp -d) && cd "$d" || exit 1
trap 'cd / && rm -rf "$d"' EXIT
$CT synth -q --rows 300 --seed 3 -o s.csv || exit 1
mkfifo ff
(cat s.csv > ff &)
ASAN_OPTIONS=detect_leaks=0 timeout 60 strace -f -qq -e trace=open,openat -o trace.txt $CT inspect -q ff > out.txt
echo "inspect FIFO: exit $?"
head -1 out.txt
echo "opens of ff: $(grep -c '"ff"' trace.txt)"
