# views.py SRC OUT MODE SEED: SRC (a synth file) with its view counts redrawn
# by verified status, so that test's comparison lands where a case needs it:
#   shift     every verified video a little lower (Welch p 0.009, ranks agree)
#   outliers  the same typical views, a few huge ones among the not verified
#             (Welch p 0.039, the rank test p 0.22: it does not confirm)
#   ranks     medians apart, means alike (Welch p 0.63, the rank test 4e-05)
import csv, random, sys
src, out, mode, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rows = list(csv.reader(open(src, newline='', encoding='utf-8')))
h = rows[0]; v = h.index('video_view_count'); g = h.index('verified_status')
r = random.Random(seed)
for row in rows[1:]:
    if row[v] == '':
        continue
    ver = row[g] == 'verified'
    if mode == 'shift':      # every verified video a little lower
        x = r.lognormvariate(9.0 if ver else 9.35, 1.0)
    elif mode == 'outliers': # same typical views; a few huge ones among the not verified
        x = r.lognormvariate(9.0, 1.0)
        if not ver and r.random() < 0.01:
            x *= 60
    else:                    # 'ranks': medians apart, means alike
        x = r.lognormvariate(9.0 if ver else 9.4, 1.0)
        if ver and r.random() < 0.05:
            x *= 25
    row[v] = str(int(x))
csv.writer(open(out, 'w', newline='', encoding='utf-8'), lineterminator='\n').writerows(rows)
