# Every key of the JSON files a run writes (report.json's figures included)
# is named in docs/formats.md, as `key`; <name>_undefined, <name>_note and
# <name>_reason are documented as patterns, so their <name> must be.
import json, re, sys
doc = open(sys.argv[1]).read()
named = set(re.findall(r'`([A-Za-z0-9_.-]+)`', doc))
missing = set()
def walk(o, f):
    if isinstance(o, dict):
        for k, v in o.items():
            base = re.sub(r'_(undefined|note|reason)$', '', k)
            if k not in named and base not in named and not k.isdigit():
                missing.add((k, f))
            walk(v, f)
    elif isinstance(o, list):
        for x in o:
            walk(x, f)
for f in sys.argv[2:]:
    walk(json.load(open(f)), f.split('/')[-1])
for k, f in sorted(missing):
    print('undocumented:', f, k)
print('checked', len(sys.argv) - 2, 'files')
