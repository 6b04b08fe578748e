# Writes real-world variants of a reports file (from synth output, no real
# rows) and of score queues, into the current folder.
import csv, gzip, io, sys

def rows_of(path):
    lines = open(path, 'rb').read().split(b'\n')
    return lines[0], [l for l in lines[1:] if l]

def fields(line):
    return next(csv.reader(io.StringIO(line.decode())))

def line(f, delimiter=',', quote_all=False):
    # RFC 4180: a field holding the delimiter, a quote or a line break quoted
    def q(x):
        if quote_all or any(c in x for c in delimiter + '"\r\n'):
            return '"' + x.replace('"', '""') + '"'
        return x
    return delimiter.join(q(x) for x in f).encode()

def setcol(r, k, v):
    f = fields(r)
    f[k] = v
    return line(f)

def w(name, data):
    open(name, 'wb').write(data)

hdr, rows = rows_of('base.csv')
body = b'\n'.join(rows) + b'\n'
ends = [b'\n', b'\r\n', b'\r']
w('mixed_line_ends.csv', hdr + b'\n' + b''.join(r + ends[i % 3] for i, r in enumerate(rows)))
rr = list(rows)
rr[2] = setcol(rr[2], 4, 'first line\n\nsecond line, with a comma')
rr[5] = setcol(rr[5], 4, 'a\r\nb')
w('quoted_newlines.csv', hdr + b'\n' + b'\n'.join(rr) + b'\n')
rr = list(rows)
f = fields(rows[5]); rr[5] = line(f[:4]) + b',broken\r\nline,' + line(f[5:])
w('unquoted_newline.csv', hdr + b'\n' + b'\n'.join(rr) + b'\n')
h = fields(hdr); h[8] = 'video_view_count'
w('duplicate_header_name.csv', line(h) + b'\n' + body)
w('header_only.csv', hdr + b'\n')
w('header_only_no_line_end.csv', hdr)
w('trailing_blank_lines.csv', hdr + b'\n' + body + b'\n\n\r\n  \n')
rr = list(rows); rr[3] = setcol(rr[3], 4, 'word ' * 200000)
w('very_long_line.csv', hdr + b'\n' + b'\n'.join(rr) + b'\n')
w('utf16_bom.csv', (hdr + b'\r\n' + b'\r\n'.join(rows) + b'\r\n').decode().encode('utf-16'))
w('column_renamed.csv', hdr.replace(b'video_view_count', b'views') + b'\n' + body)
w('ids_leading_zeros.csv', hdr + b'\n' + b'\n'.join(setcol(r, 2, '00' + fields(r)[2][:6]) for r in rows) + b'\n')
w('no_final_line_end.csv', hdr + b'\n' + b'\n'.join(rows))
w('bom_crlf.csv', b'\xef\xbb\xbf' + hdr + b'\r\n' + b'\r\n'.join(rows) + b'\r\n')
w('empty.csv', b'')
rr = list(rows); rr[-1] = rr[-1].replace(b',', b',"', 1)
w('quote_never_closed.csv', hdr + b'\n' + b'\n'.join(rr) + b'\n')
w('trailing_delimiter.csv', hdr + b',\n' + b'\n'.join(r + b',' for r in rows) + b'\n')
w('column_dropped.csv', line(fields(hdr)[:9] + fields(hdr)[10:]) + b'\n' +
  b'\n'.join(line(fields(r)[:9] + fields(r)[10:]) for r in rows) + b'\n')
open('gzip_crlf.csv.gz', 'wb').write(gzip.compress(hdr + b'\r\n' + b'\r\n'.join(rows) + b'\r\n', mtime=0))
w('tab_delimited.csv', b'\n'.join(b'\t'.join(x.encode() for x in fields(l)) for l in [hdr] + rows) + b'\n')
rr = list(rows); rr[6] = rr[6].rsplit(b',', 1)[0]
w('short_row.csv', hdr + b'\n' + b'\n'.join(rr) + b'\n')
w('quoted_all_cr_only.csv', b'\r'.join(line(fields(l), quote_all=True) for l in [hdr] + rows) + b'\r')
w('cat_lf_and_cr_only.csv', hdr + b'\n' + b'\n'.join(rows[:6]) + b'\n' + hdr + b'\r' + b'\r'.join(rows[6:]) + b'\r')
w('ctrl_z_last.csv', hdr + b'\r\n' + b'\r\n'.join(rows) + b'\r\n\x1a')
w('nul_padding.csv', hdr + b'\n' + body + b'\0' * 4096)
w('html_page.csv', b'\r\r\n<!DOCTYPE html>\r\r\n<html lang="en">\r\r\n<head><meta charset="utf-8" /></head>\r\r\n<body><div id="a">x, y</div></body>\r\r\n</html>\r\r\n')
w('semicolons.csv', b'\n'.join(line(fields(l), delimiter=';') for l in [hdr] + rows) + b'\n')
w('windows1252_row.csv', hdr + b'\n' + b'\n'.join(rows[:4]) + b'\n' + setcol(rows[4], 4, 'caf\x00').replace(b'caf\x00', b'caf\xe9') + b'\n' + b'\n'.join(rows[5:]) + b'\n')

# queues for merge
qh, qrows = rows_of('qb.csv')
qb = open('qb.csv', 'rb').read()
w('queue_crlf.csv', qb.replace(b'\n', b'\r\n'))
w('queue_cr_only.csv', qb.replace(b'\n', b'\r'))
w('queue_bom.csv', b'\xef\xbb\xbf' + qb)
w('queue_header_only.csv', qh + b'\n')
w('queue_cut.csv', qb[:-20])
w('queue_utf16.csv', qb.decode().encode('utf-16'))
w('queue_empty.csv', b'')
w('queue_blank_tail.csv', qb + b'\n\n')
