# strip_seen_rows.py IN OUT: a model file without reproducibility.seen_rows,
# its crc32 recomputed (zlib CRC-32 of the payload, as the writer): a model
# as written before 2026-12-07.
import json, re, sys, zlib
t = open(sys.argv[1]).read()
# the seen_rows member as the writer lays it out, its lines to the closing "}," at its indent
t2 = re.sub(r'\n( *)"seen_rows": \{.*?\n\1\},', '', t, flags=re.S)
assert t2 != t
b = t2.index('"payload": ') + len('"payload": ')
e = t2.rstrip().rindex('}')
body = t2[b:e].rstrip()
crc = zlib.crc32(body.encode()) & 0xffffffff
t2 = re.sub(r'"crc32": "[0-9a-f]{8}"', '"crc32": "%08x"' % crc, t2, count=1)
open(sys.argv[2], 'w').write(t2)
