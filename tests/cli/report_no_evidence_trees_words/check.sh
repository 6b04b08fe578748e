# A tree model scores a row without its data from each tree's learned path
# for a missing value, as score.json's no_evidence_note says: the report
# follows the family's words (train.json's chosen.family). Before
# 2026-12-05 a forest's rows were said to be scored "from training
# averages" and "filled in" (tester AO F8). The rows of
# report_errors_without_evidence, with --model rf.
RUN_OPTS='--model rf' bash ../report_errors_without_evidence/check.sh
