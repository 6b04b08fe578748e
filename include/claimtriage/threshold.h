/* claimtriage/threshold.h — choosing the decision threshold on validation
 * rows for a stated goal, and saying why. Layer: select (docs/design.md).
 *
 * Probabilities p are calibrated P(claim) (claimtriage/calibrate.h); a row
 * is flagged (predicted positive) when p >= threshold, as metrics.h.
 *
 * Rules:
 *  - CT_THRESHOLD_DEFAULT: 0.5 (the decision that minimises expected
 *    errors when p is calibrated and both errors cost the same);
 *  - CT_THRESHOLD_FIXED: the caller's value;
 *  - CT_THRESHOLD_TARGET_RECALL R (0 < R <= 1): the highest threshold whose
 *    validation recall is >= R; thresholds tried are the distinct
 *    validation probabilities (precision_recall_curve's thresholds), so the
 *    answer is the probability of the row that completes the recall. The
 *    precision paid is reported (the metrics at the threshold).
 *    Probabilities within CT_CALIB_TIE_BREAK (1e-9) below a group's highest
 *    are one group, the threshold its lowest: an isotonic step, which the
 *    tie-break spreads over less than 1e-9, is flagged whole (before
 *    2026-12-04 the threshold could split a step:
 *    tests/cli/train_isotonic_step_decisions). The rows it is chosen on
 *    may be other rows than those reported (choose_y / choose_p below:
 *    train's calibration rows, the validation rows with the training rows'
 *    out-of-fold probabilities); the metrics and costs stay those of the
 *    rows reported, so their recall there may fall short of R, and `why`
 *    says both;
 *  - CT_THRESHOLD_COST_RATIO K (> 0): a missed positive costs K times a
 *    wasted review; flagging a row costs (1 - p) in expectation and not
 *    flagging it K p, so the Bayes decision flags when p >= 1/(1 + K)
 *    (Elkan, "The foundations of cost-sensitive learning", IJCAI 2001).
 *    With o->tie_band > 0 (isotonic calibration's tie-break band,
 *    CT_CALIB_TIE_BREAK), a 1/(1 + K) below the band is raised to it and
 *    one above 1 - band lowered to 1 - band: a step at 0, lifted into
 *    (0, band) by the tie-break, is then never flagged and a step at 1,
 *    lowered into (1 - band, 1), always, as the step values decide
 *    (before 2026-12-06 K = 1e12 flagged every row of a step at 0 and
 *    K = 1e-10 left rows of the step at 1 unflagged, by the tie-break's
 *    order alone: tests/cli/train_cost_ratio_extreme_steps_whole).
 *
 * Costs, in units of one wasted review, on the validation rows (all rules;
 * K is 1 unless the rule is COST_RATIO):
 *  - observed: K fn + fp;
 *  - expected under the model: sum over flagged rows of (1 - p) plus
 *    sum over the others of K p (what the calibrated model predicts;
 *    under COST_RATIO with a tie_band, a p within the band of 0 or 1
 *    counts as that end, its isotonic step's value: K times a tie-break
 *    lift is no expected miss);
 *  - the two trivial policies: review everything (cost = negatives) and
 *    review nothing (K * positives);
 *  per-row figures are the totals over n.
 *
 * Ownership: see common.h. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_THRESHOLD_H
#define CLAIMTRIAGE_THRESHOLD_H

#include "claimtriage/common.h"
#include "claimtriage/metrics.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ct_threshold_rule {
    CT_THRESHOLD_DEFAULT = 0,
    CT_THRESHOLD_FIXED = 1,
    CT_THRESHOLD_TARGET_RECALL = 2,
    CT_THRESHOLD_COST_RATIO = 3
} ct_threshold_rule;

/* "default", "fixed", "target_recall", "cost_ratio". */
CT_API const char *ct_threshold_rule_name(ct_threshold_rule r);

typedef struct ct_threshold_options {
    ct_threshold_rule rule; /* default CT_THRESHOLD_DEFAULT */
    double fixed;           /* FIXED: in [0, 1]; default 0.5 */
    double target_recall;   /* TARGET_RECALL: in (0, 1]; default 0.999 */
    double cost_ratio;      /* COST_RATIO: > 0, finite; default 1 */
    /* The rows the threshold is chosen on, as `why` names them (train
     * --holdout none: "training"); NULL (the default): "validation". */
    const char *rows_name;
    /* TARGET_RECALL only: the rows the threshold is chosen on, when not the
     * rows reported: choose_n labels (0/1) and calibrated probabilities
     * (in [0, 1]), named in `why` by choose_rows_name (NULL:
     * "calibration"). Borrowed for the call. NULL / 0 (the default): chosen
     * on the rows reported, as before 2026-12-05. Added 2026-12-05 (train's
     * pooled calibration rows: docs/train.md, step 6). */
    const double *choose_y, *choose_p;
    size_t choose_n;
    const char *choose_rows_name;
    /* TARGET_RECALL only: how far past R the recall on the rows chosen on
     * may land before the choice is said to overshoot (overshoot below);
     * default 0.02. Added 2026-12-05 (docs/train.md, step 6). */
    double overshoot_margin;
    /* TARGET_RECALL only: a clause ending the overshoot note, the way to
     * land nearer R (train: "--calibration platt ..." under an isotonic
     * calibration), or NULL for none. Borrowed for the call. */
    const char *overshoot_advice;
    /* COST_RATIO only: the width of the band within which the
     * probabilities of a step at 0 or 1 lie off that value (isotonic
     * calibration: CT_CALIB_TIE_BREAK, claimtriage/calibrate.h), or 0 (the
     * default: the probabilities are the calibration's values). See the
     * rule above. In [0, 0.5). Added 2026-12-06. */
    double tie_band;
} ct_threshold_options;

CT_API ct_threshold_options ct_threshold_options_default(void);
/* NULL when valid, else a static message naming the bad field (o NULL:
 * "options are NULL"). */
CT_API const char *ct_threshold_options_check(const ct_threshold_options *o);

typedef struct ct_threshold_choice {
    ct_threshold_rule rule;
    double threshold;                         /* flag when p >= threshold */
    double target_recall;                     /* as asked (TARGET_RECALL), else NaN */
    double cost_ratio;                        /* K used for the costs (1 unless COST_RATIO) */
    ct_metrics_binary at;                     /* every metric on the validation rows at threshold */
    double cost_observed, cost_expected;      /* totals, see above */
    double cost_review_all, cost_review_none; /* totals of the trivial policies */
    double cost_observed_per_row, cost_expected_per_row;
    char why[512]; /* one sentence: the rule and what it gave, on the rows of
                    * rows_name (and of choose_rows_name, when given) */
    /* TARGET_RECALL: the rows the threshold was chosen on (the rows
     * reported, or choose_*): their name (rows_name or choose_rows_name,
     * cut to 31 bytes), count, and the recall and precision there at the
     * threshold; for the other rules "", 0 and NaN (no rows choose a fixed
     * threshold). */
    char chosen_on[32];
    size_t chosen_on_n;
    double chosen_on_recall, chosen_on_precision;
    /* TARGET_RECALL: the step the threshold takes whole (its rows on the
     * rows chosen on: those within CT_CALIB_TIE_BREAK of one another, one
     * decision) and the next threshold up, the lowest p of the step above
     * (NaN when the step is the highest: then nothing is flagged above
     * it), with the recall and precision there (recall < R by the rule;
     * precision NaN when nothing is flagged). overshoot: 1 when the step
     * holds more than one row and chosen_on_recall exceeds R by more than
     * o->overshoot_margin, the step being too coarse for R; overshoot_note
     * then says so in one sentence (its rows, the recall and precision
     * across it, o->overshoot_advice), else "". For the other rules 0,
     * NaN and "". Added 2026-12-05 (docs/train.md, step 6). */
    size_t step_rows;
    double above_threshold, above_recall, above_precision;
    int overshoot;
    char overshoot_note[640];
} ct_threshold_choice;

/* Choose on validation labels y (0/1) and calibrated probabilities p (in
 * [0, 1]) of n rows (a TARGET_RECALL on o->choose_* when given), and report
 * on them. Errors: CT_EINVAL (bad options; n = 0, a label not 0/1, a p
 * outside [0, 1] or NaN, in either set of rows: *diag names the row),
 * CT_EDATA (TARGET_RECALL with no positive row to choose on: recall is
 * undefined), CT_ENOMEM. */
CT_API ct_status ct_threshold_choose(const double *y, const double *p, size_t n,
                                     const ct_threshold_options *o, ct_threshold_choice *out,
                                     ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
