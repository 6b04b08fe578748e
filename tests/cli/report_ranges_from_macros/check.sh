# The ranges the help of report, run and queue-eval gives for
# --reviews-per-hour, --cost-per-hour and --hours-per-day, and report's
# warning about a manifest's rate or cost out of range, are formatted from
# the macros that define them (claimtriage/queue_eval.h, report_run.h):
# before 2026-12-03 the numbers were typed into the texts beside the
# macros, and a changed range would have left them saying the old one.
# This reads the macros from the headers and says, per line, whether the
# help says the range they give ("%g", the exponent bare: 1e9).
set -u
inc=$(pwd)/../../../include/claimtriage
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
for c in report run queue-eval; do $CT $c --help > "$d/help.$c"; done
python3 - "$inc" "$d" <<'PY'
import re, sys
inc, d = sys.argv[1], sys.argv[2]
macros = {}
for h in ('queue_eval.h', 'report_run.h'):
    for m in re.finditer(r'^#define (CT_\w+) ([0-9.e+-]+)$', open(inc + '/' + h).read(), re.M):
        macros[m.group(1)] = float(m.group(2))
def g(v):
    s = '%g' % v
    return re.sub(r'e\+?0*(\d)', r'e\1', s)
ranges = {
    '--reviews-per-hour': (macros['CT_REVIEWS_PER_HOUR_MIN'], macros['CT_REVIEWS_PER_HOUR_MAX']),
    '--cost-per-hour': (0, macros['CT_COST_PER_HOUR_MAX']),
    '--hours-per-day': (macros['CT_HOURS_PER_DAY_MIN'], macros['CT_HOURS_PER_DAY_MAX']),
}
for c in ('report', 'run', 'queue-eval'):
    for line in open(d + '/help.' + c):
        opt = line.split('=')[0].strip()
        if opt in ranges:
            want = '%s to %s' % tuple(g(v) for v in ranges[opt])
            print('%s %s: %s' % (c, opt, 'the macros\' range ' + want if want in line
                                 else 'NOT the macros\' range ' + want + ': ' + line.strip()))
PY
