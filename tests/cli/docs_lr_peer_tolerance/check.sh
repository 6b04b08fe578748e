#!/usr/bin/env bash
# docs/lr.md's peer-check advice: newton-cg (tol=1e-14) is the tight
# reference, and the lbfgs gap measured is stated; before 2026-12-05 it
# advised a 1e-4 tolerance against lbfgs, which differs from ours by 1.50e-4
# on a 10,000-row synth file.
set -u
page=$(cd "$(dirname "$0")/../../.." && pwd)/docs/lr.md
grep -q "tight reference is" "$page" && grep -q "solver='newton-cg', tol=1e-14" "$page" &&
  echo "newton-cg named as the tight reference" || echo "newton-cg not named"
grep -q "1.50e-4" "$page" && echo "lbfgs gap stated" || echo "lbfgs gap not stated"
grep -Eq "with a tolerance of *$" "$page" && echo "1e-4 still advised" || echo "no 1e-4 advice"
