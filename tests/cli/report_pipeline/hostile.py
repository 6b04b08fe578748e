# hostile.py CSV: append 4 reports to a synthetic reports file: one opinion
# whose transcription holds markup, quotes and ampersands (claim-like
# engagement, so the model gets it wrong and evaluate lists it), and whose
# author_ban_status level is markup too (so it reaches the tests' tables).
import csv, sys
path = sys.argv[1]
rows = list(csv.reader(open(path)))
h = rows[0]; n = len(rows)
w = csv.writer(open(path, 'a', newline=''))
for k in range(4):
    d = dict(zip(h, rows[1]))
    d['#'] = str(n + k); d['video_id'] = str(9900000000 + k); d['video_duration_sec'] = '20'
    d['claim_status'] = 'opinion' if k == 0 else 'claim'
    d['video_transcription_text'] = ('a friend read in the news that <script>alert(1)</script> "quoted" & ampersands win'
                                     if k == 0 else 'i think this song is great in my opinion')
    d['verified_status'] = 'verified' if k % 2 else 'not verified'
    d['author_ban_status'] = '<b>shadow</b> & ban'
    for c in ['video_view_count', 'video_like_count', 'video_share_count',
              'video_download_count', 'video_comment_count']:
        d[c] = d[c] if k == 0 else '3'
    w.writerow([d[c] for c in h])
