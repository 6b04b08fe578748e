/* claimtriage/design.h — a model design: cleaning + fitted encoder + matrix
 * + binary target, composed.
 * Layer: features (docs/design.md).
 *
 * ct_design_build(f, o) is a thin composition of the features layer:
 *   1. ct_clean_fit with the columns the model uses (target, features,
 *      capped columns): rows missing any of them dropped, exact duplicate
 *      rows dropped (first kept), capping bounds learned on the rows kept,
 *      repeated ids counted when o->id_column is given (claimtriage/clean.h);
 *   2. ct_encoder_fit on the rows kept: numeric features (capped when named
 *      in o->cap), categorical ones one-hot against their reference
 *      (claimtriage/encoder.h), with an intercept "const";
 *   3. ct_encoder_transform of the rows kept: x, n × p column-major;
 *   4. the target coded 1 where it equals o->positive, else 0.
 * The cleaning and the encoder are kept, so the same rules and encoding can
 * be applied unchanged to other rows or files (a held-out split, a batch).
 *
 * The missing-value rule differs from the course's df.dropna(), which looks
 * at every column: a row missing only a column the model does not use is
 * kept. On the reports file both keep the same 19,084 rows because every
 * missing value comes in one pattern (tests/unit/test_design.c checks).
 *
 * Ownership: see common.h. A ct_design owns its cleaning, encoder, matrix
 * and arrays; it does not keep the frame, but x may borrow a frame column
 * (claimtriage/matrix.h), so the frame must outlive the design.
 * Thread-safety: build is reentrant; a built design is immutable.
 */
#ifndef CLAIMTRIAGE_DESIGN_H
#define CLAIMTRIAGE_DESIGN_H

#include "claimtriage/clean.h"
#include "claimtriage/common.h"
#include "claimtriage/encoder.h"
#include "claimtriage/frame.h"
#include "claimtriage/matrix.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_design_options {
    const char *target;                 /* required */
    const char *positive;               /* required: the target value coded 1 */
    const ct_encoder_feature *features; /* required; their cap flags are ignored: */
    size_t nfeatures;
    const char *const *cap; /* columns capped (features among them are capped in x) */
    size_t ncap;
    double cap_iqr;        /* default 1.5 */
    int drop_duplicates;   /* default 1 */
    const char *id_column; /* NULL (default), or the column whose repeats are counted */
} ct_design_options;

CT_API ct_design_options ct_design_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_design_options_check(const ct_design_options *o);

typedef struct ct_design {
    size_t n, p;        /* rows kept; columns including the intercept */
    ct_matrix *x;       /* n × p, column-major, columns named */
    double *y;          /* n values, 0 or 1 */
    const size_t *rows; /* frame row of each design row (kept.rows) */
    ct_clean *clean;    /* the fitted cleaning rules (caps with their bounds) */
    ct_clean_rows kept; /* its accounting on the frame */
    ct_encoder *enc;    /* fitted on the kept rows */
    char *target, *positive;
    size_t npositive;     /* rows with y = 1 */
    size_t target_levels; /* distinct target values among kept rows */
    /* appended 2026-12-05: the kept rows' one target value other than
     * positive when they hold two (a number in its shortest form), else
     * NULL: the y = 0 class's name (ct_label_negative_name) */
    char *negative;
} ct_design;

/* Build the design. Errors: CT_ECOLUMN (a named column is absent; the
 * message names it), CT_ETYPE (a feature or capped column of the wrong
 * type, or a target that is neither categorical, text nor numeric),
 * CT_EINVAL (bad options, a reference level that does not occur),
 * CT_EDATA (a categorical feature with fewer than two levels in the kept
 * rows; no kept row with target = positive: the message names the values
 * the kept rows hold, diag->hint what to do; every kept row positive), CT_EEMPTY (no rows left after cleaning), CT_ENOMEM. *out is
 * NULL on error. */
CT_API ct_status ct_design_build(const ct_frame *f, const ct_design_options *o, ct_design **out,
                                 ct_diag *diag);
CT_API void ct_design_free(ct_design *d);
/* A --positive that no row of the target column holds, and a level of it
 * that differs only in letter case or spaces (ct_column_level_near:
 * 'Verified' for 'verified'): into hint (cap bytes) "did you mean
 * --positive='Verified'? The file's value differs from 'verified' in
 * letter case or spaces (or fix the labels)", the value quoted for the
 * shell, and that level returned; NULL (hint untouched) when there is no
 * such level. Train's refusal and the design's "no kept row has ..."
 * both say it. */
CT_API const char *ct_design_positive_hint(const ct_column *target, const char *positive,
                                           char *hint, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
