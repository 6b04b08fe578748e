/* regress_interpret.c — the regression in plain language: one sentence per
 * predictor column, in odds (see claimtriage/regress.h). An odds ratio too
 * extreme for a sentence (separation, a huge unit) is said to be so, with
 * the table pointed to; no sentence carries a number over six digits. */
#include "select/regress_internal.h"

#include "claimtriage/stats.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

void ct_regress_fmt_r_(char *buf, size_t n, double r)
{
    if (isnan(r)) {
        snprintf(buf, n, "undefined");
        return;
    }
    /* three significant digits (as always printed), more while a |r| below
     * 1 would read as 1 (r = 0.9999999999 is not r = 1) */
    for (int prec = 3; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, r);
        if (fabs(r) >= 1.0 || fabs(strtod(buf, NULL)) < 1.0)
            return;
    }
}

void ct_regress_fmt_vif_(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "undefined");
    else if (isinf(v))
        snprintf(buf, n, "infinite (exact linear dependence)");
    else
        snprintf(buf, n, "%.3g", v);
}

void ct_regress_fmt_vif_col_(char *buf, size_t n, double v, const double *col, size_t rows)
{
    size_t i = 1;
    while (isnan(v) && i < rows && col[i] == col[0])
        i++;
    if (isnan(v) && rows > 0 && i >= rows)
        snprintf(buf, n, "undefined (constant: %.6g in every row)", col[0]);
    else
        ct_regress_fmt_vif_(buf, n, v);
}

/* The step u of a continuous predictor, with the unit its column's name
 * ends in when it names a time unit ("video_duration_sec": "10 seconds"),
 * so the sentence does not read "each additional 10 of" a duration
 * (before 2026-12-05: tests/cli/report_said_once); a bare number else. */
static void fmt_unit(char *buf, size_t n, double u, const char *name)
{
    static const struct {
        const char *suffix, *one, *many;
    } units[] = {{"_sec", "second", "seconds"},     {"_secs", "second", "seconds"},
                 {"_seconds", "second", "seconds"}, {"_ms", "millisecond", "milliseconds"},
                 {"_min", "minute", "minutes"},     {"_mins", "minute", "minutes"},
                 {"_minutes", "minute", "minutes"}, {"_hours", "hour", "hours"},
                 {"_hrs", "hour", "hours"},         {"_days", "day", "days"}};
    if (u >= 1)
        ct_numfmt_auto(buf, n, u);
    else
        snprintf(buf, n, "%g", u);
    const size_t len = name ? strlen(name) : 0, at = strlen(buf);
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        const size_t k = strlen(units[i].suffix);
        if (len > k && strcmp(name + len - k, units[i].suffix) == 0) {
            snprintf(buf + at, n - at, " %s", u == 1 ? units[i].one : units[i].many);
            return;
        }
    }
}

static int extreme(double ratio)
{
    return !(ratio <= CT_REGRESS_OR_WORDS && ratio >= 1.0 / CT_REGRESS_OR_WORDS);
}

/* The side of 1 an extreme odds ratio lies on, for "too large / too small
 * to write out in digits": an odds ratio of 10^-27 is not "too large"
 * (before 2026-12-06 every one was, as with --positive naming the other
 * class of FC15's data: tests/cli/regress_extreme_or_small). */
static const char *or_size(double ratio)
{
    return ratio > 1.0 ? "large" : ratio < 1.0 ? "small" : "extreme";
}

/* A change in odds: "12.5% higher", "3.1% lower"; beyond CT_REGRESS_OR_WORDS
 * "over 10,000 times the odds" / "under 1/10,000 of the odds". */
static void fmt_pct_change(char *buf, size_t n, double ratio)
{
    char t[24]; /* at most "999,900.0" (extreme ratios are words) */
    if (extreme(ratio)) {
        ct_numfmt_fixed(t, sizeof t, CT_REGRESS_OR_WORDS, 0);
        snprintf(buf, n, ratio > 1 ? "over %s times the odds" : "under 1/%s of the odds", t);
        return;
    }
    /* one decimal, as every other percentage here; a change that is not 0
     * but rounds to it "under 0.1%" (ct_numfmt_pct_within's words), never a
     * "%.2g" "8.9e-06%" as before 2026-12-05
     * (tests/cli/regress_tiny_odds_change_plain) */
    const double pct = (ratio - 1.0) * 100.0;
    /* a fall of 99.95% or more (an odds ratio of 1e-4 .. 5e-4) is "over
     * 99.9% lower", never a false "100.0% lower", which is an odds ratio of
     * 0 (before 2026-12-06: tests/cli/regress_odds_fall_not_100) */
    if (pct < 0)
        ct_numfmt_pct_within(t, sizeof t, -pct, 1);
    else if (pct >= 0.05)
        ct_numfmt_fixed(t, sizeof t, pct, 1);
    else
        ct_numfmt_pct_within(t, sizeof t, fabs(pct), 1);
    const size_t len = strlen(t);
    if (len > 0 && t[len - 1] == '%') /* ct_numfmt_pct_within writes its '%' */
        t[len - 1] = '\0';
    snprintf(buf, n, "%s%% %s", t, pct >= 0 ? "higher" : "lower");
}

/* An odds ratio within CT_REGRESS_OR_WORDS: "%.3g", from 1,000 up a
 * grouped whole number ("5,093", not "5.09e+03"). */
static void fmt_ratio(char *buf, size_t n, double ratio)
{
    if (ratio >= 1000)
        ct_numfmt_fixed(buf, n, ratio, 0);
    else
        snprintf(buf, n, "%.3g", ratio);
}

/* An odds ratio in a sentence: fmt_ratio, or the words of fmt_pct_change. */
static void fmt_or(char *buf, size_t n, double ratio)
{
    if (extreme(ratio))
        fmt_pct_change(buf, n, ratio);
    else
        fmt_ratio(buf, n, ratio);
}

/* Why an odds ratio is too extreme for a sentence. */
static const char *why_extreme(const ct_regress *r, size_t j)
{
    return r->fit->pinned_by[j] ? "this predictor drives rows the model predicts (almost) "
                                  "perfectly, see the separation check"
                                : "the coefficient is large for the step used";
}

/* An odds ratio given by its log, log_ratio = β·u: "%.3g" within
 * CT_REGRESS_OR_WORDS, else the power of ten, "10^164" ("many thousands of
 * times" understated 10^164 by 160 orders before 2026-12-04:
 * tests/cli/regress_extreme_or_magnitude). */
static void fmt_log_or(char *buf, size_t n, double log_ratio)
{
    const double ratio = exp(log_ratio);
    if (extreme(ratio))
        snprintf(buf, n, "10^%.0f", log_ratio / M_LN10);
    else
        fmt_ratio(buf, n, ratio);
}

/* The estimate and the CI bounds of column j's odds ratio for a step of u,
 * by fmt_log_or; returns whether the CI lies on one side of 1 (the
 * direction is established), else a sentence must not claim one. */
static int extreme_parts(const ct_regress *r, size_t j, double u, char est[static 32],
                         char lo[static 32], char hi[static 32])
{
    const ct_logit *m = r->fit;
    fmt_log_or(est, 32, m->beta[j] * u);
    fmt_log_or(lo, 32, m->ci_lo[j] * u);
    fmt_log_or(hi, 32, m->ci_hi[j] * u);
    ct_numfmt_interval(lo, hi, 32, exp(m->ci_lo[j] * u), exp(m->ci_hi[j] * u));
    return m->ci_lo[j] > 0 || m->ci_hi[j] < 0;
}

/* Whether column x of n rows takes exactly two values; they go to *lo < *hi. */
static int two_valued(const double *x, size_t n, double *lo, double *hi)
{
    if (n == 0)
        return 0;
    double a = x[0], b = x[0];
    for (size_t i = 1; i < n; i++) {
        if (x[i] == a || x[i] == b)
            continue;
        if (a != b)
            return 0;
        b = x[i];
    }
    *lo = fmin(a, b);
    *hi = fmax(a, b);
    return a != b;
}

/* A numeric column of two values (a 0/1 flag): the odds ratio of rows at
 * the higher value against rows at the lower one, exp(β·(hi − lo)), as a
 * dummy's; a step of "0.1 of a flag" describes no row. */
static char *flag_sentence(const ct_regress *r, size_t j, double lo, double hi, const char *sig)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    const double u = hi - lo, ratio = exp(m->beta[j] * u);
    char ls[48], hs[48], clo[64], chi[64];
    ct_numfmt_auto(ls, sizeof ls, lo);
    ct_numfmt_auto(hs, sizeof hs, hi);
    char est[32], elo[32], ehi[32], cl[32];
    if (extreme(ratio)) {
        const int sure = extreme_parts(r, j, u, est, elo, ehi);
        return ct_regress_strdupf_(
            sure ? "rows with %s = %s have about %s times the odds of %s = %s of rows with %s = "
                   "%s (%s%% CI %s to %s): an odds ratio too %s to write out in digits (%s); "
                   "read its coefficient in the table above; %s"
                 : "rows with %s = %s have an estimated %s times the odds of %s = %s of rows "
                   "with %s = %s, but its %s%% CI runs from %s to %s, so not even the direction "
                   "is established%.0s (%s); read its coefficient in the table above; %s",
            d->x->names[j], hs, est, d->target, d->positive, d->x->names[j], ls,
            ct_regress_ci_pct_(r, cl, sizeof cl), elo, ehi, or_size(ratio), why_extreme(r, j), sig);
    }
    fmt_or(clo, sizeof clo, exp(m->ci_lo[j] * u));
    fmt_or(chi, sizeof chi, exp(m->ci_hi[j] * u));
    ct_numfmt_interval(clo, chi, sizeof clo, exp(m->ci_lo[j] * u), exp(m->ci_hi[j] * u));
    fmt_ratio(est, sizeof est, ratio);
    return ct_regress_strdupf_("rows with %s = %s have %s times the odds of %s = %s of rows "
                               "with %s = %s (%s%% CI %s to %s), holding the rest fixed; %s",
                               d->x->names[j], hs, est, d->target, d->positive, d->x->names[j], ls,
                               ct_regress_ci_pct_(r, cl, sizeof cl), clo, chi, sig);
}

/* Continuous: the odds change for a step of u = 10^floor(log10(sd)) units
 * (sd with ddof 1 over the modelled rows), exp(β·u) − 1, and its CI; a
 * column of two values reads as a flag (flag_sentence). */
static char *numeric_sentence(const ct_regress *r, size_t j, const char *sig)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    double flo, fhi;
    if (two_valued(d->x->col[j], d->n, &flo, &fhi))
        return flag_sentence(r, j, flo, fhi, sig);
    double sd = sqrt(ct_stats_var(d->x->col[j], d->n, 1));
    double u = sd > 0 && isfinite(sd) ? pow(10.0, floor(log10(sd))) : 1.0;
    char us[64], ch[64], lo[64], hi[64];
    fmt_unit(us, sizeof us, u, d->x->names[j]);
    const double ratio = exp(m->beta[j] * u);
    char est[32], elo[32], ehi[32], cl[32];
    if (extreme(ratio)) {
        const int sure = extreme_parts(r, j, u, est, elo, ehi);
        return ct_regress_strdupf_(
            sure ? "each additional %s of %s is associated with the odds of %s = %s multiplied "
                   "by about %s (%s%% CI %s to %s): an odds ratio too %s to write out in "
                   "digits (%s); read its coefficient in the table above; %s"
                 : "each additional %s of %s is associated with the odds of %s = %s multiplied "
                   "by an estimated %s, but its %s%% CI runs from %s to %s, so not even the "
                   "direction is established%.0s (%s); read its coefficient in the table above; %s",
            us, d->x->names[j], d->target, d->positive, est, ct_regress_ci_pct_(r, cl, sizeof cl),
            elo, ehi, or_size(ratio), why_extreme(r, j), sig);
    }
    fmt_pct_change(ch, sizeof ch, ratio);
    fmt_pct_change(lo, sizeof lo, exp(m->ci_lo[j] * u));
    fmt_pct_change(hi, sizeof hi, exp(m->ci_hi[j] * u));
    return ct_regress_strdupf_("each additional %s of %s is associated with %s odds of %s = %s "
                               "(%s%% CI %s to %s), holding the rest fixed; %s",
                               us, d->x->names[j], ch, d->target, d->positive,
                               ct_regress_ci_pct_(r, cl, sizeof cl), lo, hi, sig);
}

/* Dummy: the odds ratio of its level against the reference level. */
static char *dummy_sentence(const ct_regress *r, size_t j, const char *sig)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    const ct_encoder_col *col = ct_encoder_column(d->enc, j);
    const ct_encoder_info *in = ct_encoder_feature_info(d->enc, col->feature);
    const double ratio = exp(m->beta[j]);
    char est[32], elo[32], ehi[32], cl[32];
    if (extreme(ratio)) {
        const int sure = extreme_parts(r, j, 1.0, est, elo, ehi);
        return ct_regress_strdupf_(
            sure ? "rows with %s = '%s' have about %s times the odds of %s = %s of rows with %s "
                   "= '%s' (%s%% CI %s to %s): an odds ratio too %s to write out in digits "
                   "(%s); read its coefficient in the table above; %s"
                 : "rows with %s = '%s' have an estimated %s times the odds of %s = %s of rows "
                   "with %s = '%s', but its %s%% CI runs from %s to %s, so not even the "
                   "direction is established%.0s (%s); read its coefficient in the table above; %s",
            in->column, col->level, est, d->target, d->positive, in->column,
            in->levels[in->reference], ct_regress_ci_pct_(r, cl, sizeof cl), elo, ehi,
            or_size(ratio), why_extreme(r, j), sig);
    }
    char lo[64], hi[64];
    fmt_or(lo, sizeof lo, exp(m->ci_lo[j]));
    fmt_or(hi, sizeof hi, exp(m->ci_hi[j]));
    ct_numfmt_interval(lo, hi, sizeof lo, exp(m->ci_lo[j]), exp(m->ci_hi[j]));
    fmt_ratio(est, sizeof est, ratio);
    return ct_regress_strdupf_(
        "rows with %s = '%s' have %s times the odds of %s = %s of rows with %s = '%s' (%s%% CI "
        "%s to %s), holding the rest fixed; %s",
        in->column, col->level, est, d->target, d->positive, in->column, in->levels[in->reference],
        ct_regress_ci_pct_(r, cl, sizeof cl), lo, hi, sig);
}

ct_status ct_regress_interpret_(ct_regress *r)
{
    const ct_design *d = r->design;
    const ct_logit *m = r->fit;
    r->interpretation = ct_calloc(d->p, sizeof *r->interpretation);
    if (!r->interpretation)
        return CT_ENOMEM;
    char sig[160];
    for (size_t j = 1; j < d->p; j++) {
        char pv[64]; /* 0.04996 at 0.05 reads 0.04996, not 0.05 */
        ct_numfmt_g_vs(pv, sizeof pv, m->pvalue[j], 3, r->alpha);
        if (m->pvalue[j] < 1e-300 && isfinite(m->log10_pvalue[j])) {
            /* underflowed to 0: "p < 1e-300 (log10 p = -625.9)", never "p = 0" */
            ct_numfmt_pvalue(pv, sizeof pv, m->pvalue[j], m->log10_pvalue[j]);
            snprintf(sig, sizeof sig, "%s, significant at %g", pv, r->alpha);
        } else if (m->pvalue[j] < r->alpha)
            snprintf(sig, sizeof sig, "p = %s, significant at %g", pv, r->alpha);
        else
            snprintf(sig, sizeof sig, "p = %s: not distinguishable from no effect at %g", pv,
                     r->alpha);
        char *line = ct_encoder_column(d->enc, j)->kind == CT_ENCODER_NUMERIC
                         ? numeric_sentence(r, j, sig)
                         : dummy_sentence(r, j, sig);
        if (!line)
            return CT_ENOMEM;
        r->interpretation[r->ninterpretation++] = line;
    }
    return CT_OK;
}
