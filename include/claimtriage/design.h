/* claimtriage/design.h — a model design matrix built from a ct_frame.
 * Layer: features (docs/design.md).
 *
 * ct_design_build() turns columns of a frame into the numbers a regression
 * needs, with the course's cleaning:
 *   1. rows with a missing value in any column the model uses (target,
 *      features, capped and screened columns) are dropped;
 *   2. exact duplicate rows (every column of the frame equal, as pandas'
 *      DataFrame.drop_duplicates()) are dropped, the first one kept;
 *   3. each column named in `cap` is capped at Q3 + cap_iqr·(Q3 − Q1), the
 *      quartiles interpolated linearly (numpy/pandas' default) over the rows
 *      kept by 1–2 (the course's outlier rule);
 *   4. the design is an intercept column "const", then each feature in the
 *      order given: a numeric column as itself, a categorical column as one
 *      0/1 dummy per level other than the reference level, named
 *      "<column>_<level>" as pandas.get_dummies names them;
 *   5. the target is 1 where it equals `positive`, else 0.
 *
 * The missing-value rule differs from the course's df.dropna(), which looks
 * at every column: a row missing only a column the model does not use is
 * kept. On the TikTok file both rules keep the same 19,084 rows because
 * every missing value comes in one pattern (tests/unit/test_design.c checks).
 *
 * Values are copied into one row-major n × p array (rows are filtered and
 * capped, so the frame's column arrays cannot be used in place).
 *
 * Ownership: see common.h. A ct_design owns all of its arrays and names; it
 * does not keep the frame. Thread-safety: build is reentrant; a built design
 * is immutable.
 */
#ifndef CLAIMTRIAGE_DESIGN_H
#define CLAIMTRIAGE_DESIGN_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One feature: a column name and, for a categorical column, the reference
 * level (NULL = the first level in byte order, as get_dummies(drop_first)). */
typedef struct ct_design_feature {
    const char *column;
    const char *reference;
} ct_design_feature;

typedef struct ct_design_options {
    const char *target;                /* default "verified_status" */
    const char *positive;              /* default "verified" */
    const ct_design_feature *features; /* default: the course's seven */
    size_t nfeatures;
    const char *const *cap; /* columns to cap; default like, comment counts */
    size_t ncap;
    const char *const *screen; /* extra numeric columns carried along
                                           (cleaned and capped, not in X); default none */
    size_t nscreen;
    double cap_iqr;      /* default 1.5 */
    int drop_duplicates; /* default 1 */
} ct_design_options;

CT_API ct_design_options ct_design_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_design_options_check(const ct_design_options *o);

typedef enum ct_design_kind {
    CT_DESIGN_CONST = 0,   /* the intercept column */
    CT_DESIGN_NUMERIC = 1, /* a numeric column as is (possibly capped) */
    CT_DESIGN_DUMMY = 2    /* a 0/1 indicator of one categorical level */
} ct_design_kind;

/* How one capped column was capped. */
typedef struct ct_design_cap {
    char *column;
    double q1, q3, limit;
    size_t ncapped; /* values lowered to the limit */
} ct_design_cap;

typedef struct ct_design {
    size_t n, p;          /* rows kept; columns including the intercept */
    double *x;            /* n × p, row-major */
    double *y;            /* n values, 0 or 1 */
    size_t *rows;         /* frame row of each design row */
    char **names;         /* p column names ("const" first) */
    ct_design_kind *kind; /* p kinds */
    size_t *feature;      /* p: index of the feature a column came from
                               (SIZE_MAX for the intercept) */
    char **reference;     /* nfeatures: reference level used, NULL for numeric */
    size_t nfeatures;
    char *target, *positive;
    size_t npositive;     /* rows with y = 1 */
    size_t target_levels; /* distinct target values among kept rows */
    /* accounting */
    size_t rows_in;           /* frame rows */
    size_t dropped_missing;   /* rows dropped for a missing value */
    size_t dropped_duplicate; /* exact duplicates dropped */
    size_t repeated_ids;      /* rows whose video_id repeats an earlier kept row (0
                               when the frame has no video_id column) */
    ct_design_cap *caps;      /* ncap entries */
    size_t ncap;
    double *screen; /* n × nscreen, row-major; NULL when nscreen = 0 */
    char **screen_names;
    size_t nscreen;
} ct_design;

/* Build the design. Errors: CT_ECOLUMN (a named column is absent; the
 * message names it), CT_ETYPE (a feature, capped or screened column of the
 * wrong type, or a non-categorical/text target), CT_EINVAL (bad options, a
 * reference or positive level that does not occur), CT_EDATA (a categorical
 * feature with fewer than two levels), CT_EEMPTY (no rows left after
 * cleaning), CT_ENOMEM. *out is NULL on error. */
CT_API ct_status ct_design_build(const ct_frame *f, const ct_design_options *o, ct_design **out,
                                 ct_diag *diag);
CT_API void ct_design_free(ct_design *d);

/* Parse "A,B:REF,C" into features (a ':' gives a reference level). The
 * features point into buf, which is modified; *nf receives the count and at
 * most max are written. Returns CT_EINVAL on an empty name. */
CT_API ct_status ct_design_parse_features(char *buf, ct_design_feature *features, size_t max,
                                          size_t *nf);

#ifdef __cplusplus
}
#endif
#endif
