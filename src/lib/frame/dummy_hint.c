/* dummy_hint.c — a one-hot encoded copy of a file (pandas' get_dummies):
 * the dummy columns COL_LEVEL that stand where an absent categorical
 * column COL was, and the hint that says so (claimtriage/frame.h).
 *
 * Course notebooks write get_dummies(df, columns=[...], drop_first=True)
 * back to CSV: 'verified_status' becomes 'verified_status_verified',
 * 'author_ban_status' becomes 'author_ban_status_banned' and
 * 'author_ban_status_under review', each True/False (0/1 before pandas
 * 2.0). Before 2026-12-04 such a file was told "'verified_status' is
 * absent" with no word of its dummies (tests/cli/files_onehot_dummies). */
#include "claimtriage/csv.h"
#include "claimtriage/frame.h"

#include <stdio.h>
#include <string.h>

/* Whether c holds a dummy's values: a categorical column whose every level
 * is one of pandas' boolean spellings, or a column of 0s and 1s
 * (ct_column_is_zero_one); *yes the value that marks the level ("True",
 * "1"). */
static int dummy_values(const ct_column *c, const char **yes)
{
    static const char *const t[] = {"True", "TRUE", "true"};
    static const char *const fl[] = {"False", "FALSE", "false"};
    const size_t nl = ct_column_nlevels(c);
    if (ct_column_codes(c) && nl > 0) {
        int known = 1;
        *yes = NULL;
        for (size_t k = 0; k < nl && known; k++) {
            const char *l = ct_column_level(c, k);
            known = 0;
            for (size_t s = 0; s < 3 && !known; s++) {
                known = strcmp(l, fl[s]) == 0;
                if (strcmp(l, t[s]) == 0)
                    known = 1, *yes = l;
            }
        }
        if (known) {
            if (!*yes)
                *yes = "True";
            return 1;
        }
    }
    *yes = "1";
    return ct_column_is_zero_one(c, NULL);
}

size_t ct_frame_dummy_hint(const ct_frame *f, const char *want, int rename, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    const size_t wl = strlen(want), nc = ct_frame_ncols(f);
    char names[512] = "";
    size_t nd = 0, w = 0;
    const char *yes = NULL;
    for (size_t j = 0; j < nc; j++) {
        const ct_column *c = ct_frame_col(f, j);
        const char *nm = ct_column_name(c), *y;
        if (!wl || strncmp(nm, want, wl) != 0 || nm[wl] != '_' || !nm[wl + 1] ||
            !dummy_values(c, &y))
            continue;
        if (!nd++)
            yes = y;
        if (nd <= 3 && w < sizeof names) {
            const int q = snprintf(names + w, sizeof names - w, "%s'%s'", nd > 1 ? ", " : "", nm);
            w += q > 0 ? (size_t)q : 0;
        } else if (nd == 4 && w < sizeof names) {
            const int q = snprintf(names + w, sizeof names - w, ", ...");
            w += q > 0 ? (size_t)q : 0;
        }
    }
    if (!nd || !cap)
        return nd;
    /* no command is suggested: a dummy's role depends on the command and
     * the column (a predictor belongs in --features; 'claim_status_opinion'
     * as a --target marks claims with 0), so before 2026-12-05 "regress
     * takes --target=DUMMY --positive=1" sent a predictor to --target and
     * trained an opinion detector (tests/cli/files_onehot_dummies) */
    snprintf(hint, cap,
             "the file seems one-hot encoded (pandas get_dummies): it holds %s (%s/%s), the "
             "dummy column%s of '%s'; use the file before encoding%s",
             names, yes, strcmp(yes, "1") == 0 ? "0" : "False", nd == 1 ? "" : "s", want,
             rename ? ", or name a dummy column in its place, minding which value marks the "
                      "class you mean"
                    : "");
    return nd;
}
