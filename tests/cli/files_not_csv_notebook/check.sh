# A Jupyter notebook saved as the data is named as code, not data, with no
# conversion (read_json turned its cells into one row of text); before
# 2026-12-04 it was called JSON with the read_json hint. JSON data stays
# JSON.
set -u
exec 2>&1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d"
printf '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": ["import pandas as pd"]\n  }\n ],\n "metadata": {},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n' > nb.csv
printf '{"metadata": {}, "nbformat": 3, "worksheets": []}' > nb3.csv
printf '{"cells":{"0":1,"1":2}}' > data.csv
for f in nb.csv nb3.csv data.csv; do
  $CT inspect "$f"; echo "exit $?"
done
