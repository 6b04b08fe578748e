/* claimtriage/clean.h — cleaning rules, fitted on the rows modelled and
 * applied unchanged to other rows.
 * Layer: features (docs/design.md).
 *
 * The rules (the course's cleaning, as pandas writes it):
 *   1. a row with a missing value in any of the named columns is dropped
 *      (df.dropna(subset=columns));
 *   2. exact duplicate rows — every column of the frame equal, missing equal
 *      to missing — are dropped, the first kept (df.drop_duplicates());
 *   3. each capped column is limited to Q3 + k·(Q3 − Q1), the quartiles
 *      interpolated linearly between order statistics (numpy's default
 *      "linear" method, pandas' Series.quantile) over the rows kept by 1–2.
 * Steps 1–2 are rules (nothing is learned); step 3's bounds are LEARNED by
 * ct_clean_fit on the rows it keeps and stored in the ct_clean, so that
 * ct_clean_apply and ct_clean_capped use the same limits on any other frame
 * (a held-out file, a batch) — they are never relearned there.
 *
 * Accounting (ct_clean_rows): rows in, rows dropped for a missing value,
 * duplicates dropped, values above each cap's limit, and — when an id
 * column is named — how many kept rows repeat an earlier kept row's id
 * (an independence check; rows with a missing id are not compared).
 *
 * Ownership: see common.h; a ct_clean owns copies of every name.
 * Thread-safety: fit and apply are reentrant; a fitted ct_clean is
 * immutable and may be shared between threads.
 */
#ifndef CLAIMTRIAGE_CLEAN_H
#define CLAIMTRIAGE_CLEAN_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_clean_spec {
    const char *const *columns; /* rule 1: these columns must be present in a row */
    size_t ncolumns;
    int drop_duplicates;    /* rule 2; default 1 */
    const char *id_column;  /* NULL (default), or the column whose repeats are counted */
    const char *const *cap; /* rule 3: numeric columns to cap; default none */
    size_t ncap;
    double cap_iqr; /* k, default 1.5 (Tukey's fences) */
} ct_clean_spec;

CT_API ct_clean_spec ct_clean_spec_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_clean_spec_check(const ct_clean_spec *s);

/* Learned capping bounds of one column. */
typedef struct ct_clean_cap {
    char *column;
    double q1, q3, limit; /* limit = q3 + cap_iqr·(q3 − q1) */
} ct_clean_cap;

/* Fitted cleaning: the spec (copied) and the learned bounds. */
typedef struct ct_clean {
    char **columns;
    size_t ncolumns;
    int drop_duplicates;
    char *id_column; /* NULL when none */
    double cap_iqr;
    ct_clean_cap *caps; /* ncap, in the spec's order */
    size_t ncap;
} ct_clean;

/* The result of applying the rules to one frame. */
typedef struct ct_clean_rows {
    size_t *rows; /* n frame rows kept, increasing */
    size_t n;
    size_t rows_in;           /* frame rows */
    size_t dropped_missing;   /* rule 1 */
    size_t dropped_duplicate; /* rule 2 */
    size_t repeated_ids;      /* kept rows repeating an earlier kept row's id (0 without id) */
    size_t *ncapped;          /* ncap: kept values above each limit */
    size_t ncap;
} ct_clean_rows;

/* Apply rules 1–2 to f, learn the caps on the rows kept, and fill *rows
 * (may be NULL) with the accounting. Errors: CT_EINVAL (bad spec),
 * CT_ECOLUMN (a named column is absent; the message names it), CT_ETYPE (a
 * capped column is not numeric), CT_EEMPTY (no row left), CT_ENOMEM. *out
 * is NULL and *rows empty on error. */
CT_API ct_status ct_clean_fit(const ct_frame *f, const ct_clean_spec *spec, ct_clean **out,
                              ct_clean_rows *rows, ct_diag *diag);
/* Apply fitted rules to any frame (columns matched by name): rules 1–2, and
 * the count of values above the stored limits. An empty result is not an
 * error here. Errors: CT_ECOLUMN, CT_ETYPE, CT_ENOMEM. */
CT_API ct_status ct_clean_apply(const ct_clean *c, const ct_frame *f, ct_clean_rows *rows,
                                ct_diag *diag);
/* Values of capped column k of f at rows[0..n) (all rows when rows is NULL,
 * n then ignored), lowered to the stored limit, into out. CT_ECOLUMN,
 * CT_ETYPE, CT_EINVAL (k out of range). */
CT_API ct_status ct_clean_capped(const ct_clean *c, size_t k, const ct_frame *f, const size_t *rows,
                                 size_t n, double *out, ct_diag *diag);
/* The capping rule on plain values: quartiles of work[0..n) (reordered, not
 * sorted; NaN not allowed) and the limit q3 + k·(q3 − q1). n = 0 gives NaN. */
CT_API void ct_clean_cap_bounds(double *work, size_t n, double k, double *q1, double *q3,
                                double *limit);

CT_API void ct_clean_free(ct_clean *c);
/* Free the arrays of *r and zero it. Accepts NULL. */
CT_API void ct_clean_rows_free(ct_clean_rows *r);

#ifdef __cplusplus
}
#endif
#endif
