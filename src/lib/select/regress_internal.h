/* regress_internal.h — the steps of the regression analysis, one file
 * each, shared by regress.c (internal to select/). */
#ifndef CT_SELECT_REGRESS_INTERNAL_H
#define CT_SELECT_REGRESS_INTERNAL_H

#include "claimtriage/numfmt.h"
#include "claimtriage/regress.h"

/* regress_influence.c: leverage, Cook's D, residuals, thresholds, top rows.
 * CT_OK or CT_ENOMEM. */
ct_status ct_regress_influence_(ct_regress *r, const ct_frame *f, const ct_regress_options *o);
void ct_regress_influence_free_(ct_regress_influence *in);

/* regress_screen.c: the collinearity screen (never fails the analysis;
 * r->screen.status says what happened). */
void ct_regress_screen_(ct_regress *r, const ct_frame *f, const ct_design_options *dopt,
                        const ct_regress_options *o);
void ct_regress_screen_free_(ct_regress_screen *s);
/* s->empty's names quoted and joined ("'a', 'b' and 'c'") into buf. */
void ct_regress_screen_empty_names_(const ct_regress_screen *s, char *buf, size_t cap);

/* regress_holdout.c: split, fit on the training rows, test metrics (never
 * fails the analysis; r->holdout.status says what happened). */
void ct_regress_holdout_(ct_regress *r, const ct_frame *f, const ct_regress_options *o);

/* regress_checks.c: the assumption verdicts; f is the frame the design
 * was built from (its id column's rounding). CT_OK or CT_ENOMEM. */
ct_status ct_regress_checks_(ct_regress *r, const ct_frame *f, const ct_design_options *dopt,
                             const ct_regress_options *o);

/* regress_interpret.c: one sentence per predictor column. CT_OK, CT_ENOMEM. */
ct_status ct_regress_interpret_(ct_regress *r);

/* regress.c: the confidence level of r's intervals, 1 − alpha, as a
 * percentage for people ("95", "90", "97.5", "99.9999999999999":
 * ct_numfmt_level_pct) into buf (n >= 24). */
const char *ct_regress_ci_pct_(const ct_regress *r, char *buf, size_t n);

/* regress.c: a heap copy of a printf result (NULL when out of memory).
 * Numbers for people come from claimtriage/numfmt.h, as everywhere. */
char *ct_regress_strdupf_(const char *fmt, ...) CT_PRINTF(1, 2);
/* s (from ct_malloc) with the printf result appended, reallocated; NULL
 * (s freed) when out of memory; NULL s gives NULL. */
char *ct_regress_catf_(char *s, const char *fmt, ...) CT_PRINTF(2, 3);

/* regress_holdout.c's baseline, also used by the text: a value beyond
 * CT_REGRESS_OR_WORDS is "extreme". */
/* regress_interpret.c: "r = 0.9999999999": as many decimals as it takes
 * not to round to ±1 (2 at least, 12 at most), into buf. */
void ct_regress_fmt_r_(char *buf, size_t n, double r);
/* "8.21e+09", "infinite (exact linear dependence)" or "undefined" for a VIF. */
void ct_regress_fmt_vif_(char *buf, size_t n, double v);
/* The same for the VIF of column col (rows values), "undefined (constant: 0
 * in every row)" when it is NaN for a constant column (ct_logit_vif): the
 * one wording of the text and of JSON's vif_reason (before 2026-12-04 JSON
 * said "infinite (overflows a double)" where the text said "exact linear
 * dependence": tests/cli/regress_screen_zero_column). */
void ct_regress_fmt_vif_col_(char *buf, size_t n, double v, const double *col, size_t rows);

#endif
