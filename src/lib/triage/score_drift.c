/* score_drift.c — the drift rule's shares (see claimtriage/triage.h): the
 * rows without a known n-gram counted as score counts them, and whether a
 * share calls drift. One rule for score's verdict and evaluate's note. */
#include "claimtriage/triage.h"

void ct_score_ngram_counts(const ct_pipeline_stats *ps, uint64_t *text_rows, uint64_t *without)
{
    /* a row without text holds no n-gram either: it is counted missing
     * text, not drift */
    *text_rows = ps->rows - ps->missing_text;
    *without = ps->empty_rows > ps->missing_text ? ps->empty_rows - ps->missing_text : 0;
}

int ct_score_share_drifts(const ct_score_options *o, double share)
{
    return share > o->drift_share;
}
