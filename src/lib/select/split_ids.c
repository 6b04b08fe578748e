/* split_ids.c — the split's groups: the reports that share an id (a video
 * reported more than once) kept in one set of train's split, so that no
 * video is both trained and tested on (claimtriage/folds.h,
 * ct_holdout_options.groups), and the counts train.json says of them. */
#include "select/train_internal.h"

#include "frame/distinct.h"

#include <math.h>
#include <string.h>

ct_status tr_split_groups(const ct_frame *f, const char *id, const double *y, size_t *groups,
                          tr_id_repeats *rep, ct_diag *d)
{
    memset(rep, 0, sizeof *rep);
    size_t j;
    ct_status st = ct_frame_find(f, id, &j, d);
    if (st != CT_OK)
        return st;
    const size_t n = ct_frame_nrows(f);
    if (frame_column_first_rows(ct_frame_col(f, j), n, groups) != 0)
        return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory for the split's groups");
    /* per key: its labelled rows and positives */
    size_t *cnt = ct_calloc(n ? n : 1, sizeof *cnt), *pos = ct_calloc(n ? n : 1, sizeof *pos);
    if (!cnt || !pos) {
        ct_free(cnt);
        ct_free(pos);
        return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory for the split's groups");
    }
    for (size_t i = 0; i < n; i++)
        if (!isnan(y[i])) {
            cnt[groups[i]]++;
            pos[groups[i]] += y[i] != 0;
        }
    for (size_t k = 0; k < n; k++)
        if (cnt[k] > 1) {
            rep->ids++;
            rep->rows += cnt[k];
            rep->mixed += pos[k] > 0 && pos[k] < cnt[k];
        }
    ct_free(cnt);
    ct_free(pos);
    return CT_OK;
}

void tr_split_ids_across(const size_t *groups, const double *y, const int32_t *role, size_t n,
                         tr_id_repeats *rep)
{
    rep->across = 0;
    /* per key: the sets its labelled rows are in, one bit each */
    unsigned char *sets = ct_calloc(n ? n : 1, 1);
    if (!sets)
        return;
    for (size_t i = 0; i < n; i++)
        if (!isnan(y[i]) && role[i] >= 0)
            sets[groups[i]] |= (unsigned char)(1u << role[i]);
    for (size_t k = 0; k < n; k++)
        rep->across += sets[k] && (sets[k] & (sets[k] - 1));
    ct_free(sets);
}
