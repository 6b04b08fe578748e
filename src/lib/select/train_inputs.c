/* train_inputs.c — the labelled rows' missing inputs (claimtriage/train.h,
 * ct_train_result's missing_numeric, missing_levels, missing_text): train
 * counts them as evaluate counts a file's, so that what the model was fed
 * in place of a value (the training mean for lr, a learned direction for
 * the trees, no indicator, no n-gram) is said, not done in silence. */
#include "select/train_internal.h"

#include <math.h>

ct_status tr_missing_inputs(const ct_frame *f, const ct_feature_set *fs, const char *text,
                            const double *y, ct_train_result *r)
{
    const size_t n = ct_frame_nrows(f);
    size_t j;
    r->missing_numeric = r->missing_levels = r->missing_text = 0;
    for (size_t k = 0; k < fs->nnumeric; k++) {
        if (ct_frame_find(f, fs->numeric[k], &j, NULL) != CT_OK)
            continue;
        const ct_column *c = ct_frame_col(f, j);
        const double *x = ct_column_f64(c);
        const uint8_t *miss = ct_column_missing(c);
        size_t m = 0, labelled = 0;
        for (size_t i = 0; x && i < n; i++)
            if (!isnan(y[i])) {
                labelled++;
                m += miss[i] || isnan(x[i]);
            }
        /* a column empty in every labelled row has no mean and is no
         * feature (the loader notes it): not counted, as evaluate does */
        if (m < labelled)
            r->missing_numeric += m;
    }
    for (size_t k = 0; k < fs->ncategorical; k++) {
        if (ct_frame_find(f, fs->categorical[k], &j, NULL) != CT_OK)
            continue;
        const int32_t *codes = ct_column_codes(ct_frame_col(f, j));
        for (size_t i = 0; codes && i < n; i++)
            r->missing_levels += !isnan(y[i]) && codes[i] < 0;
    }
    if (text && (fs->text_ngrams || fs->text_length) && ct_frame_find(f, text, &j, NULL) == CT_OK) {
        const ct_column *c = ct_frame_col(f, j);
        const uint8_t *miss = ct_column_missing(c);
        for (size_t i = 0; i < n; i++) {
            size_t len = 0;
            r->missing_text += !isnan(y[i]) && (miss[i] || !ct_column_str(c, i, &len));
        }
    }
    return CT_OK;
}
