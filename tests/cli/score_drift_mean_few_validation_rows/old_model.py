# Writes a model file as train wrote it before 2026-12-03: without the
# metrics validation rows, positives and probability_sd (the payload's
# CRC-32 recomputed, as the writer lays the file out: docs/formats.md).
import json, re, sys, zlib
src, dst = sys.argv[1], sys.argv[2]
text = open(src).read()
head, payload = text.split('  "payload": ', 1)
body = payload[:payload.rindex('}')].rstrip()  # the payload, { to }
doc = json.loads(body)
doc['metrics'] = [m for m in doc['metrics']
                  if m['name'] not in ('rows', 'positives', 'probability_sd')]
# the writer's layout: two-space indentation, the payload indented once
out = json.dumps(doc, indent=2).replace('\n', '\n  ')
head = re.sub(r'"crc32": "[0-9a-f]{8}"', '"crc32": "%08x"' % zlib.crc32(out.encode()), head)
open(dst, 'w').write(head + '  "payload": ' + out + '\n}\n')
