/* claimtriage/regress.h — the regression analysis: a logistic regression
 * with its assumptions checked, influential rows, a held-out view and
 * plain-language interpretation, returned as data.
 * Layer: select (docs/design.md).
 *
 * ct_regress_analyse(f, d, o) takes a built design (claimtriage/design.h)
 * and computes, in this order:
 *   - the fit (claimtriage/logit.h) on every design row;
 *   - VIFs of every design column (statsmodels' variance_inflation_factor);
 *   - Box–Tidwell linearity of the numeric columns (all x·ln x terms at
 *     once, Wald p-values);
 *   - influence: leverage, Cook's distance and standardized Pearson
 *     residuals, counted against conventional thresholds — leverage
 *     > leverage_mult·p/n (Hoaglin & Welsch 1978), Cook's D > cooks_num/n
 *     (Bollen & Jackman 1985) and > cooks_major (one row moves the whole
 *     fit), |residual| > resid_limit — and the `top` rows by Cook's D
 *     (largest first, ties by row);
 *   - the collinearity screen: VIFs of the `screen` columns together (a
 *     design of their own, cleaned the same way); while the largest is
 *     >= vif_flag, that column is left out (naming the column it tracks,
 *     by the largest |Pearson r|) and the VIFs recomputed;
 *   - the held-out view: a stratified split (claimtriage/split.h), the same
 *     encoder applied to the training and test rows, a fit on the training
 *     rows (class weights n/(2·n_c) with balance, sklearn's
 *     class_weight="balanced"), metrics on the test rows
 *     (claimtriage/metrics.h);
 *   - verdicts ("ok", "warn", "untested": a check that could not run, e.g.
 *     Box-Tidwell when every continuous predictor has negative values,
 *     independence without an id column) of the assumption checks: binary outcome,
 *     independent observations, multicollinearity (VIF), the screen,
 *     linearity of the log-odds, influential observations, events per
 *     predictor (>= epv_min, Peduzzi et al., J Clin Epidemiol 49, 1996),
 *     separation;
 *   - one interpretation sentence per predictor column: for a numeric one
 *     the odds change for a step of 10^floor(log10(sd)) units, exp(β·u) − 1
 *     with its CI; for a dummy the odds ratio against the reference level.
 *     An odds ratio beyond CT_REGRESS_OR_WORDS (or below its inverse) is
 *     given as its power of ten with its CI the same way ("multiplied by
 *     about 10^46 (95% CI 5,091 to 10^83)"), says why (separation, a huge
 *     unit) and points to the coefficient table; when that CI spans 1 the
 *     sentence claims no direction ("an estimated 10^164, but its 95% CI
 *     runs from 10^-1853 to 10^2181, so not even the direction is
 *     established"). A CI bound beyond it in an ordinary sentence reads
 *     "over 10,000 times the odds".
 * Verdicts are never drawn from an undefined value: the separation check
 * warns whenever a converged fit has pinned rows (their share and the
 * predictors driving them, ct_logit.pinned_by); the VIF check names the
 * collinear set with its VIFs, the pair's Pearson r and the condition
 * number; Cook's distances that are undefined are counted and left out of
 * the ranking.
 * A failure of Box–Tidwell, the screen or the held-out view does not fail
 * the analysis: its status and message are kept in the result.
 *
 * Ownership: see common.h. The result owns every array and string in it;
 * the design and frame passed to ct_regress_analyse are borrowed and must
 * outlive the result (it points into the design). Thread-safety: reentrant
 * (no static mutable state); a result is immutable.
 */
#ifndef CLAIMTRIAGE_REGRESS_H
#define CLAIMTRIAGE_REGRESS_H

#include "claimtriage/common.h"
#include "claimtriage/design.h"
#include "claimtriage/frame.h"
#include "claimtriage/json.h"
#include "claimtriage/logit.h"
#include "claimtriage/metrics.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Odds ratios beyond this (or below 1/this) are too extreme for a sentence. */
#define CT_REGRESS_OR_WORDS 1e4

typedef struct ct_regress_options {
    const char *const *screen;     /* columns screened together; absent or non-numeric */
    size_t nscreen;                /* ones are skipped (default none) */
    const char *screen_name;       /* the screen check's name, default "collinearity screen" */
    const char *screen_noun;       /* what a screened column is in its sentence ("every
                                  NOUN column has VIF < 5"), default "screened" */
    const char *independence_note; /* NULL, or a sentence appended to the independence
                                      check (what the rows are, what cannot be checked)
                                      when no id repeats; repeats replace it by what
                                      they mean */
    double test_size;              /* held-out fraction, default 0.25 */
    unsigned long seed;            /* split seed, default 42 */
    int balance;                   /* class weights in the held-out fit, default 0 */
    double threshold;              /* positive when p >= threshold, default 0.5 */
    double alpha;                  /* significance level of the coefficients, in
                                      [CT_HTEST_ALPHA_MIN, 1), default 0.05;
                                      it also sets the confidence level of every
                                      interval, 1 − alpha (statsmodels'
                                      summary(alpha=...)): logit.ci_level is
                                      replaced by it */
    double vif_flag;               /* default 5 */
    double epv_min;                /* default 10 */
    double leverage_mult;          /* default 2 */
    double cooks_num;              /* default 4 */
    double cooks_major;            /* default 1 */
    double resid_limit;            /* default 3 */
    size_t top;                    /* influential rows listed, default 5 */
    ct_logit_params logit;         /* default ct_logit_params_default(); names and
                                  weights are set by the analysis */
    /* appended 2026-12-05: the level of the Box–Tidwell linearity check
     * (a term with p below it is "not linear"), in (0, 1), default
     * CT_HTEST_ASSUMPTION_ALPHA (0.05) whatever alpha is: a stricter alpha
     * for the coefficients must not loosen an assumption's check (before,
     * the check used alpha: tests/cli/regress_linearity_level_fixed) */
    double assumption_alpha;
} ct_regress_options;

CT_API ct_regress_options ct_regress_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_regress_options_check(const ct_regress_options *o);

typedef struct ct_regress_check {
    char *name;
    const char *verdict; /* "ok", "warn" or "untested" (static) */
    char *reason;
} ct_regress_check;

typedef struct ct_regress_linearity {
    ct_status status;              /* of the Box–Tidwell refit */
    char message[CT_DIAG_MSG_MAX]; /* its error, "" on success */
    double *pvalue;                /* p: NaN where untested */
    int *shifted, *applicable;     /* p each; applicable: CT_BT_* (logit.h) */
    size_t npinned;                /* rows the refit predicts (almost) perfectly: its
                                      p-values are not reliable when > 0 */
} ct_regress_linearity;

typedef struct ct_regress_influence {
    double leverage_threshold, cooks_threshold, resid_threshold;
    size_t high_leverage, high_cooks, cooks_major, large_resid; /* counts above them */
    double *hat, *cooks, *std_resid;                            /* n each, by design row */
    size_t *top;    /* ntop design rows, largest Cook's D first, rows with an
                       undefined Cook's D never among them */
    long *top_line; /* their source lines (ct_frame_row_line) */
    size_t ntop;
    size_t undefined; /* rows whose Cook's D is undefined (NaN): predicted wrong
                         with a fitted probability of exactly 0 or 1 */
    double largest;   /* the largest defined Cook's D; NaN when there is none */
} ct_regress_influence;

typedef struct ct_regress_drop {
    char *column; /* left out */
    double vif;   /* its VIF when left out */
    char *tracks; /* the column it correlates with most */
    double r;     /* Pearson r with it */
    int in_model; /* 1 when the model's design has the column */
} ct_regress_drop;

typedef struct ct_regress_screen {
    ct_status status;  /* CT_OK; CT_EINVAL when fewer than two screen columns
                           exist; else why its design or VIF failed */
    ct_design *design; /* const + the screen columns */
    double *vif;       /* design->p */
    ct_regress_drop *drops;
    size_t ndrops;
    /* appended 2026-12-05: the screen columns empty in every row of the
     * frame, left out of the screen (owned; NULL, 0: none). With fewer
     * than two columns left, status is CT_EINVAL and the checks say the
     * screen was not applied (before, it was dropped unsaid: the empty
     * column left the screen's design no row; tests/cli/regress_screen_empty_column) */
    char **empty;
    size_t nempty;
} ct_regress_screen;

typedef struct ct_regress_holdout {
    ct_status status;              /* CT_OK, or why the view is unavailable */
    char message[CT_DIAG_MSG_MAX]; /* "" on success */
    double test_size;
    unsigned long seed;
    int balance;
    double w_pos, w_neg; /* class weights (computed whether used or not) */
    size_t ntrain, ntrain_pos, ntest, ntest_pos;
    ct_logit *fit; /* the training fit */
    ct_metrics_binary metrics;
    double no_information_rate; /* share of the majority class among the test rows:
                                   the accuracy of always predicting it (caret's
                                   confusionMatrix "No Information Rate") */
    double balanced_accuracy;   /* (recall + specificity) / 2, sklearn's
                                   balanced_accuracy_score */
    int single_class;           /* -1, or the one class (0/1) predicted for every
                                   test row */
} ct_regress_holdout;

typedef struct ct_regress {
    const ct_design *design; /* the analysed design (borrowed, or owned by ct_regress_run) */
    ct_logit *fit;
    ct_logit_params par; /* the parameters of the fit (names and weights NULL;
                            ci_level = 1 − alpha) */
    double *vif;         /* p; NaN when not computable */
    ct_regress_linearity linearity;
    ct_regress_influence influence;
    ct_regress_screen screen;
    ct_regress_holdout holdout;
    ct_regress_check *checks;
    size_t nchecks;
    char **interpretation;
    size_t ninterpretation;
    double alpha, vif_flag;          /* as analysed */
    char *screen_name, *screen_noun; /* copies of the options' */
    int owns_design;
    /* appended 2026-12-03: linearity.pvalue's log10 (p; NaN where untested),
     * finite where the Box–Tidwell p-value underflows to 0: the text then
     * reads "< 1e-300 (log10 ...)", never "p = 0" */
    double *linearity_log10_pvalue;
    /* appended 2026-12-05: options.assumption_alpha, the linearity
     * check's level (alpha stays the coefficients') */
    double assumption_alpha;
} ct_regress;

/* Analyse design d, built from frame f with ct_design_build(f, dopt). f, d
 * and dopt are borrowed (dopt is needed for the screen's design, built with
 * the same target, caps and cleaning). Errors: CT_EINVAL (bad options, the
 * target also among the features — "the target 'X' cannot also be a
 * feature"), CT_EDATA (no more rows kept than coefficients), the errors
 * of ct_logit_fit for the main fit (CT_EDATA: one outcome only,
 * CT_ESEPARATION, CT_ENUMERIC, CT_ENOCONVERGE), CT_ENOMEM. *out is NULL on
 * error. */
CT_API ct_status ct_regress_analyse(const ct_frame *f, const ct_design *d,
                                    const ct_design_options *dopt, const ct_regress_options *o,
                                    ct_regress **out, ct_diag *diag);
/* ct_design_build then ct_regress_analyse; the result owns the design.
 * Errors of either. */
CT_API ct_status ct_regress_run(const ct_frame *f, const ct_design_options *dopt,
                                const ct_regress_options *o, ct_regress **out, ct_diag *diag);
CT_API void ct_regress_free(ct_regress *r);

/* Write the result as members of the JSON object w has open, in this order
 * (docs/regress.md has every key): cleaning, model, coefficients, checks,
 * the screen (under its name, spaces as underscores: "engagement_screen";
 * null when absent), screen_empty_columns, influence, interpretation,
 * split. */
CT_API void ct_regress_write_json(const ct_regress *r, ct_json *w);

/* What the screen did with its columns empty in every row (screen.empty),
 * in words, into buf (cap bytes): "the engagement screen leaves out
 * 'extra', empty in every row; the others are screened without it", or
 * "the engagement screen is not applied: 'extra' is empty in every row,
 * which leaves fewer than two columns to screen together". Returns the
 * number of such columns (0: buf ""). */
CT_API size_t ct_regress_screen_empty_note(const ct_regress *r, char *buf, size_t cap);

/* The result as text for people: ct_regress_write_text, in
 * claimtriage/regress_text.h (layer report). */

#ifdef __cplusplus
}
#endif
#endif
