/* threshold.c — the decision threshold for a stated goal, chosen on
 * validation rows, with its costs and a sentence saying why (see
 * claimtriage/threshold.h). */
#include "claimtriage/calibrate.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/sort.h"
#include "claimtriage/threshold.h"

#include <math.h>
#include <stdio.h>

const char *ct_threshold_rule_name(ct_threshold_rule r)
{
    switch (r) {
    case CT_THRESHOLD_DEFAULT: return "default";
    case CT_THRESHOLD_FIXED: return "fixed";
    case CT_THRESHOLD_TARGET_RECALL: return "target_recall";
    case CT_THRESHOLD_COST_RATIO: return "cost_ratio";
    }
    return "?";
}

ct_threshold_options ct_threshold_options_default(void)
{
    return (ct_threshold_options){.rule = CT_THRESHOLD_DEFAULT,
                                  .fixed = 0.5,
                                  .target_recall = 0.999,
                                  .cost_ratio = 1.0,
                                  .overshoot_margin = 0.02};
}

const char *ct_threshold_options_check(const ct_threshold_options *o)
{
    if (!o)
        return "options are NULL";
    switch (o->rule) {
    case CT_THRESHOLD_DEFAULT: return NULL;
    case CT_THRESHOLD_FIXED:
        return o->fixed >= 0 && o->fixed <= 1 ? NULL : "the threshold must be in [0, 1]";
    case CT_THRESHOLD_TARGET_RECALL:
        if (o->choose_n && (!o->choose_y || !o->choose_p))
            return "the rows to choose the threshold on are NULL";
        if (!(o->overshoot_margin >= 0))
            return "the overshoot margin must be a number >= 0";
        return o->target_recall > 0 && o->target_recall <= 1
                   ? NULL
                   : "the target recall must be in (0, 1]";
    case CT_THRESHOLD_COST_RATIO:
        if (!(o->tie_band >= 0 && o->tie_band < 0.5))
            return "the tie band must be in [0, 0.5)";
        return o->cost_ratio > 0 && isfinite(o->cost_ratio)
                   ? NULL
                   : "the cost ratio must be a positive number";
    }
    return "unknown threshold rule";
}

/* The rows' labels 0/1 and probabilities in [0, 1]; `what` names them in
 * the message ("row 3", "calibration row 3"). */
static ct_status check_rows(const double *y, const double *p, size_t n, const char *what,
                            ct_diag *diag)
{
    for (size_t i = 0; i < n; i++) {
        if (y[i] != 0 && y[i] != 1)
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%srow %zu: label %g is not 0 or 1",
                               what, i, y[i]);
        if (!(p[i] >= 0 && p[i] <= 1))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "%srow %zu: %g is not a probability in [0, 1]", what, i, p[i]);
    }
    return CT_OK;
}

/* The step a target recall's threshold takes whole, counted on the rows
 * it was chosen on: its rows, and the rows flagged above it and the
 * positives among them. */
typedef struct step_count {
    size_t rows, flagged_above, tp_above, npos;
    double above; /* the next threshold up: the step above's lowest p; NaN: none */
} step_count;

/* The highest distinct p whose "p >= t" recall reaches R: walk the rows by
 * decreasing p; at the end of each group of equal p, recall = tp / npos.
 * A group is the rows within CT_CALIB_TIE_BREAK below its highest p: an
 * isotonic step's rows, which its tie-break spreads over less than that,
 * are one value and get one decision; t is the group's lowest p, so every
 * row of it is flagged (before 2026-12-04 t could fall inside a step, 249
 * of its 1,261 validation rows flagged and the recall reported that of the
 * split: tests/cli/train_isotonic_step_decisions). Probabilities closer
 * than 1e-9 are no decision apart for any model. *step: the group taken. */
static ct_status recall_threshold(const double *y, const double *p, size_t n, double R,
                                  const char *rows, double *t, step_count *step, ct_diag *diag)
{
    size_t npos = 0;
    for (size_t i = 0; i < n; i++)
        npos += y[i] != 0;
    if (!npos)
        return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                           "no positive %s row: recall, and so a threshold for a "
                           "target recall, is undefined",
                           rows);
    size_t *idx = ct_malloc(n * sizeof *idx);
    ct_sort_work *w = ct_sort_work_alloc(n);
    ct_status s = idx && w ? ct_sort_argsort(p, n, idx, w) : CT_ENOMEM;
    if (s == CT_OK) {
        size_t tp = 0, tp_above = 0, hi = n - 1; /* hi: the current group's highest row */
        *t = p[idx[0]];
        *step = (step_count){n, 0, 0, npos, NAN};
        double top = p[idx[n - 1]]; /* the current group's highest p */
        for (size_t k = n; k-- > 0;) {
            tp += y[idx[k]] != 0;
            if (k == 0 || p[idx[k - 1]] < top - CT_CALIB_TIE_BREAK) {
                if ((double)tp / (double)npos >= R) {
                    *t = p[idx[k]];
                    *step = (step_count){hi - k + 1, n - 1 - hi, tp_above, npos,
                                         hi + 1 < n ? p[idx[hi + 1]] : NAN};
                    break;
                }
                tp_above = tp;
                if (k)
                    top = p[idx[k - 1]], hi = k - 1;
            }
        }
    } else if (s == CT_ENOMEM)
        ct_diag_set(diag, s, NULL, 0, 0, "out of memory for the threshold");
    else
        ct_diag_set(diag, s, NULL, 0, 0,
                    "the threshold: more rows than can be ranked (at most %zu)",
                    (size_t)CT_SORT_MAX_N);
    ct_free(idx);
    ct_sort_work_free(w);
    return s;
}

/* A target recall's step and the threshold above it; when the step is
 * too coarse for R (more than one row, and the recall past R by more than
 * the margin), the note saying what it holds and costs (added 2026-12-05:
 * one isotonic step of a third of the calibration rows took a target of
 * 0.9 to 0.958594 at precision 0.547631, where the step above gave 0.83;
 * docs/train.md, step 6). */
static void overshoot(const step_count *st, const ct_threshold_options *o, const char *crows,
                      ct_threshold_choice *out)
{
    out->step_rows = st->rows;
    out->above_threshold = st->above;
    out->above_recall = (double)st->tp_above / (double)st->npos;
    out->above_precision =
        st->flagged_above ? (double)st->tp_above / (double)st->flagged_above : NAN;
    const double past = out->chosen_on_recall - o->target_recall;
    out->overshoot = st->rows > 1 && past > o->overshoot_margin;
    if (!out->overshoot)
        return;
    char sr[32], cn[32], share[32], th[32], above[160], ar[32], ap[32], cr[32], cp[32], pst[32];
    /* "falls to" only where there is a precision above the step to fall
     * from and it is higher; else the precision at the step is said. */
    const char *verb =
        !isnan(out->above_precision) && out->above_precision > out->chosen_on_precision ? "falls to"
                                                                                        : "is";
    ct_numfmt_count(sr, sizeof sr, (uint64_t)st->rows);
    ct_numfmt_count(cn, sizeof cn, (uint64_t)out->chosen_on_n);
    ct_numfmt_pct_within(share, sizeof share, 100.0 * (double)st->rows / (double)out->chosen_on_n,
                         1);
    ct_numfmt_prob(th, sizeof th, out->threshold);
    ct_numfmt_metric(ar, sizeof ar, out->above_recall);
    ct_numfmt_metric(cr, sizeof cr, out->chosen_on_recall);
    ct_numfmt_metric(cp, sizeof cp, out->chosen_on_precision);
    snprintf(pst, sizeof pst, "%.3g", past);
    if (isnan(st->above))
        snprintf(above, sizeof above, "0 (no row is above it)");
    else {
        char a[32];
        ct_numfmt_prob(a, sizeof a, st->above);
        ct_numfmt_metric(ap, sizeof ap, out->above_precision);
        snprintf(above, sizeof above, "%s at the next threshold up (%s, precision %s)", ar, a, ap);
    }
    snprintf(out->overshoot_note, sizeof out->overshoot_note,
             "the threshold %s flags a step of tied probabilities whole (a step gets one "
             "decision), and the step holds %s of the %s %s rows (%s): across it the recall "
             "jumps from %s to %s, %s past the target %.6g, and the precision %s %s%s%s",
             th, sr, cn, crows, share, above, cr, pst, o->target_recall, verb, cp,
             o->overshoot_advice ? "; " : "", o->overshoot_advice ? o->overshoot_advice : "");
}

/* The rows the threshold was chosen on: their count, and recall and
 * precision at it ("p >= t", as metrics.h). */
static void chosen_on(const double *y, const double *p, size_t n, ct_threshold_choice *out)
{
    size_t tp = 0, fp = 0, npos = 0;
    for (size_t i = 0; i < n; i++) {
        npos += y[i] != 0;
        if (p[i] >= out->threshold)
            *(y[i] != 0 ? &tp : &fp) += 1;
    }
    out->chosen_on_n = n;
    out->chosen_on_recall = npos ? (double)tp / (double)npos : NAN;
    out->chosen_on_precision = tp + fp ? (double)tp / (double)(tp + fp) : 0;
}

/* A cost in reviews: a whole number grouped ("2,104"), else 6 significant
 * digits (a fractional cost ratio, a cost a row), never a false 0. */
static void cost_text(char *buf, size_t n, double v)
{
    if (v >= 0 && v < 9e15 && v == floor(v))
        ct_numfmt_count(buf, n, (uint64_t)v);
    else
        snprintf(buf, n, "%.6g", v);
}

ct_status ct_threshold_choose(const double *y, const double *p, size_t n,
                              const ct_threshold_options *o, ct_threshold_choice *out,
                              ct_diag *diag)
{
    const char *why = ct_threshold_options_check(o);
    if (why)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", why);
    if (!n)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no validation rows for the threshold");
    const char *rows = o->rows_name ? o->rows_name : "validation";
    /* a target recall on other rows than those reported (train's pooled
     * calibration rows) */
    const int other = o->rule == CT_THRESHOLD_TARGET_RECALL && o->choose_n > 0;
    const char *crows = !other ? rows : o->choose_rows_name ? o->choose_rows_name : "calibration";
    const double *cy = other ? o->choose_y : y, *cp = other ? o->choose_p : p;
    const size_t cn = other ? o->choose_n : n;
    ct_status s = check_rows(y, p, n, "", diag);
    if (s == CT_OK && other) {
        char what[64];
        snprintf(what, sizeof what, "%s ", crows);
        s = check_rows(cy, cp, cn, what, diag);
    }
    if (s != CT_OK)
        return s;
    out->rule = o->rule;
    out->target_recall = NAN;
    out->cost_ratio = o->rule == CT_THRESHOLD_COST_RATIO ? o->cost_ratio : 1.0;
    out->chosen_on[0] = '\0';
    out->chosen_on_n = 0;
    out->chosen_on_recall = out->chosen_on_precision = NAN;
    out->step_rows = 0;
    out->above_threshold = out->above_recall = out->above_precision = NAN;
    out->overshoot = 0;
    out->overshoot_note[0] = '\0';
    step_count step = {0, 0, 0, 0, NAN};
    /* COST_RATIO: 1/(1 + K), and where it lies inside the tie band of an
     * end (band: -1 of 0, +1 of 1) the band's inner edge, so that a step
     * at 0 or 1 gets its value's decision, not one split by the
     * tie-break's order (2026-12-06) */
    const double band = o->rule == CT_THRESHOLD_COST_RATIO ? o->tie_band : 0.0;
    const double bayes = 1.0 / (1.0 + o->cost_ratio);
    int moved = 0;
    switch (o->rule) {
    case CT_THRESHOLD_DEFAULT: out->threshold = 0.5; break;
    case CT_THRESHOLD_FIXED: out->threshold = o->fixed; break;
    case CT_THRESHOLD_COST_RATIO:
        out->threshold = bayes;
        if (band > 0 && bayes < band) {
            out->threshold = band;
            moved = -1;
        } else if (band > 0 && bayes > 1.0 - band) {
            out->threshold = 1.0 - band;
            moved = 1;
        }
        break;
    case CT_THRESHOLD_TARGET_RECALL:
        out->target_recall = o->target_recall;
        s = recall_threshold(cy, cp, cn, o->target_recall, crows, &out->threshold, &step, diag);
        if (s == CT_OK) {
            snprintf(out->chosen_on, sizeof out->chosen_on, "%s", crows);
            chosen_on(cy, cp, cn, out);
            overshoot(&step, o, crows, out);
        }
        break;
    }
    if (s || (s = ct_metrics_binary_compute(y, p, n, out->threshold, &out->at, diag)))
        return s;
    const double K = out->cost_ratio;
    double expected = 0;
    for (size_t i = 0; i < n; i++) {
        /* a p in an end's tie band is that end's step value */
        const double q = band > 0 && p[i] < band ? 0.0 : band > 0 && p[i] > 1.0 - band ? 1.0 : p[i];
        expected += p[i] >= out->threshold ? 1.0 - q : K * q;
    }
    const ct_metrics_binary *m = &out->at;
    char th[32]; /* never "1" for a threshold below 1 (ct_numfmt_prob) */
    ct_numfmt_prob(th, sizeof th, out->threshold);
    out->cost_observed = K * (double)m->fn + (double)m->fp;
    out->cost_expected = expected;
    out->cost_review_all = (double)m->nneg;
    out->cost_review_none = K * (double)m->npos;
    out->cost_observed_per_row = out->cost_observed / (double)n;
    out->cost_expected_per_row = expected / (double)n;
    /* recall and precision as the metrics table beside prints them
     * (ct_numfmt_metric): "%.4f" read "recall 1.0000" under the table's 1
     * and "0.9783" under its 0.978261 (before 2026-12-03) */
    char rec[32], prec[32];
    ct_numfmt_metric(rec, sizeof rec, m->recall);
    ct_numfmt_metric(prec, sizeof prec, m->precision);
    switch (o->rule) {
    case CT_THRESHOLD_DEFAULT:
        snprintf(out->why, sizeof out->why, "default 0.5: %s recall %s, precision %s", rows, rec,
                 prec);
        break;
    case CT_THRESHOLD_FIXED:
        snprintf(out->why, sizeof out->why, "fixed %s: %s recall %s, precision %s", th, rows, rec,
                 prec);
        break;
    case CT_THRESHOLD_TARGET_RECALL: {
        char fa[32], nrows[32];
        ct_numfmt_count(fa, sizeof fa, (uint64_t)m->fp);
        ct_numfmt_count(nrows, sizeof nrows, (uint64_t)n);
        if (!other) {
            snprintf(out->why, sizeof out->why,
                     "highest threshold with %s recall >= %.6g: %s gives recall %s at "
                     "precision %s (%s false alarms in %s rows)",
                     rows, o->target_recall, th, rec, prec, fa, nrows);
            break;
        }
        /* chosen on the one set, reported on the other: both said, so a
         * reported recall below R reads as what it is */
        char crec[32], cprec[32], cnrows[32];
        ct_numfmt_metric(crec, sizeof crec, out->chosen_on_recall);
        ct_numfmt_metric(cprec, sizeof cprec, out->chosen_on_precision);
        ct_numfmt_count(cnrows, sizeof cnrows, (uint64_t)cn);
        snprintf(out->why, sizeof out->why,
                 "highest threshold with %s recall >= %.6g: %s gives recall %s at precision %s "
                 "on those %s rows; on the %s rows recall %s at precision %s (%s false alarms "
                 "in %s rows)",
                 crows, o->target_recall, th, crec, cprec, cnrows, rows, rec, prec, fa, nrows);
        break;
    }
    case CT_THRESHOLD_COST_RATIO: {
        /* beside the two rules that need no model (flag every row, flag
         * none), so a rule that costs more than reviewing everything shows */
        char obs[32], all[32], none[32], obs1[32], exp1[32];
        cost_text(obs, sizeof obs, out->cost_observed);
        cost_text(all, sizeof all, out->cost_review_all);
        cost_text(none, sizeof none, out->cost_review_none);
        /* the costs a row in 6 significant digits, as the line's other
         * figures: "%.4f" read "0.0000 a row" of 2.97e-07 reviews (before
         * 2026-12-04: tests/cli/train_cost_ratio_tiny_not_zero) */
        cost_text(obs1, sizeof obs1, out->cost_observed_per_row);
        cost_text(exp1, sizeof exp1, out->cost_expected_per_row);
        /* K as typed (the shortest decimal that reads back): "%.6g" wrote
         * a subnormal 1e-320 as 9.99989e-321 (before 2026-12-05, tester U:
         * tests/cli/train_cost_ratio_tiny_not_zero) */
        char k[CT_NUMFMT_SHORTEST_MAX];
        ct_numfmt_shortest(k, sizeof k, K);
        /* a whole K grouped, as the sentence's counts of reviews: "1e+09"
         * and "1000000000" beside "221 reviews ... 9,608" before
         * 2026-12-06 (tests/cli/train_cost_ratio_grouped) */
        if (K >= 1000 && K < 1e15 && K == floor(K))
            ct_numfmt_count(k, sizeof k, (uint64_t)K);
        char b[32], bw[32], edge[200] = "";
        ct_numfmt_prob(b, sizeof b, bayes);
        ct_numfmt_prob(bw, sizeof bw, band);
        if (moved)
            snprintf(edge, sizeof edge,
                     ", inside the %s by which the isotonic tie-break %s a step at %d: threshold "
                     "%s, so that step is %s, as its value %d decides",
                     bw, moved < 0 ? "lifts" : "lowers", moved > 0, th,
                     moved < 0 ? "not flagged" : "flagged", moved > 0);
        /* the sentence fits: K and the costs are short numbers, rows a
         * set's name (cut, not overrun, were it ever longer) */
        if (snprintf(out->why, sizeof out->why,
                     "a missed positive costs %s wasted review%s: flag when p >= 1/(1 + %s) = "
                     "%s%s; %s cost %s reviews (%s a row; expected %s; flagging every row %s, "
                     "none %s)",
                     k, K == 1 ? "" : "s", k, moved ? b : th, edge, rows, obs, obs1, exp1, all,
                     none) >= (int)sizeof out->why)
            out->why[sizeof out->why - 1] = '\0';
        break;
    }
    }
    return CT_OK;
}
