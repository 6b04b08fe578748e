"""README's sentence on --json names the commands that take it and those that
refuse it; each command is asked (`claimtriage C --json --help`: 0 when
--json is one of its options, 2 when it is unknown)."""
import re
import subprocess
import sys

ct = sys.argv[1]
text = open("../../../README.md").read()
para = text[text.index("Every command takes `--help`"):]
para = para[: para.index("\n\n")]
take, _, rest = para.partition("`--json` to print")
refuse = rest[: rest.index("the commands that print tables")]
takes = set(re.findall(r"`([a-z-]+)`", take))
refuses = set(re.findall(r"`([a-z-]+)`", refuse)) - {"report.json", "manifest.json"}
commands = "inspect synth eda test regress plan train evaluate score merge queue-eval run report"
for c in commands.split():
    rc = subprocess.run([ct, c, "--json", "--help"], capture_output=True).returncode
    said = "takes" if c in takes else "refuses" if c in refuses else "not named"
    real = "takes" if rc == 0 else "refuses" if rc == 2 else "exit %d" % rc
    print("%-10s README: %-9s claimtriage: %s%s" % (c, said, real, "" if said == real else "  WRONG"))
