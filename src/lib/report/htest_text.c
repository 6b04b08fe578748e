/* htest_text.c — the sentences that name a test's finding: a plain-language
 * decision for stakeholders and a one-line statistical summary for the data
 * team (see claimtriage/htest_text.h). Numbers through claimtriage/numfmt.h. */
#include "claimtriage/htest_text.h"
#include "claimtriage/numfmt.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

ct_htest_text_options ct_htest_text_options_default(void)
{
    ct_htest_text_options o;
    o.unit_plural = "rows";
    return o;
}

const char *ct_htest_text_options_check(const ct_htest_text_options *o)
{
    if (!o)
        return "options are NULL";
    if (!o->unit_plural || !*o->unit_plural)
        return "unit_plural must be a word";
    return NULL;
}

static void fmt_p(char *buf, size_t n, ct_pvalue p) { ct_numfmt_pvalue(buf, n, p.p, p.log10p); }

typedef struct sbuf {
    char *b;
    size_t n, w;
} sbuf;

static void sb_add(sbuf *s, const char *fmt, ...) CT_PRINTF(2, 3);
static void sb_add(sbuf *s, const char *fmt, ...)
{
    if (s->w >= s->n)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(s->b + s->w, s->n - s->w, fmt, ap);
    va_end(ap);
    if (k > 0)
        s->w += (size_t)k < s->n - s->w ? (size_t)k : s->n - s->w;
}

static void alpha_str(char *buf, size_t n, double alpha) { snprintf(buf, n, "%g", alpha); }

void ct_htest_text_compare_decision(const ct_htest_compare *r, const ct_htest_text_options *o,
                                    char *buf, size_t n)
{
    (void)o; /* the comparison's sentence names groups, not rows */
    sbuf s = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    char al[32], pv[96], m1[48], m2[48];
    alpha_str(al, sizeof al, r->alpha);
    fmt_p(pv, sizeof pv, r->primary.p);
    const int ranks = r->chosen == CT_HTEST_MANN_WHITNEY || r->chosen == CT_HTEST_KRUSKAL;
    const char *stat = ranks ? "median" : "mean";
    if (r->ngroups == 2) {
        const ct_htest_group *a = &r->groups[0], *b = &r->groups[1];
        const double va = ranks ? a->median : a->mean, vb = ranks ? b->median : b->mean;
        ct_numfmt_sig3(m1, sizeof m1, va);
        ct_numfmt_sig3(m2, sizeof m2, vb);
        const int higher = ranks ? r->rank_biserial > 0 : a->mean > b->mean;
        if (r->reject)
            sb_add(&s,
                   "%s is %s for '%s' than for '%s' (%s %s vs %s); a gap this large "
                   "would be "
                   "very unlikely if the two groups were alike (%s, below %s), so the "
                   "difference is real.",
                   r->measure[0] ? r->measure : "The measure", higher ? "higher" : "lower",
                   a->label, b->label, stat, m1, m2, pv, al);
        else
            sb_add(&s,
                   "We found no convincing difference in %s between '%s' and '%s' "
                   "(%s %s vs "
                   "%s); a gap this size could easily arise by chance (%s, not below "
                   "%s).",
                   r->measure[0] ? r->measure : "the measure", a->label, b->label, stat, m1, m2, pv,
                   al);
        return;
    }
    size_t hi = 0, lo = 0;
    for (size_t g = 1; g < r->ngroups; g++) {
        const double v = ranks ? r->groups[g].median : r->groups[g].mean;
        if (v > (ranks ? r->groups[hi].median : r->groups[hi].mean))
            hi = g;
        if (v < (ranks ? r->groups[lo].median : r->groups[lo].mean))
            lo = g;
    }
    ct_numfmt_sig3(m1, sizeof m1, ranks ? r->groups[hi].median : r->groups[hi].mean);
    ct_numfmt_sig3(m2, sizeof m2, ranks ? r->groups[lo].median : r->groups[lo].mean);
    if (r->reject)
        sb_add(&s,
               "%s differs between the %s groups (highest %s: '%s' at %s, lowest: "
               "'%s' at %s); "
               "differences this large would be very unlikely by chance (%s, below "
               "%s).",
               r->measure[0] ? r->measure : "The measure", r->by[0] ? r->by : "", stat,
               r->groups[hi].label, m1, r->groups[lo].label, m2, pv, al);
    else
        sb_add(&s,
               "We found no convincing difference in %s between the %s groups (%s "
               "from %s to "
               "%s); such differences could easily arise by chance (%s, not below "
               "%s).",
               r->measure[0] ? r->measure : "the measure", r->by[0] ? r->by : "", stat, m2, m1, pv,
               al);
}

/* "name(df) = stat, p = ..." with an optional note after the dof */
static void stat_part(sbuf *s, const char *name, const char *note, const ct_htest_stat *t)
{
    char pv[96];
    fmt_p(pv, sizeof pv, t->p);
    if (!isnan(t->df2))
        sb_add(s, "%s(%.4g, %.6g%s) = %.4f, %s", name, t->df1, t->df2, note, t->statistic, pv);
    else if (!isnan(t->df1))
        sb_add(s, "%s(%.6g%s) = %.4f, %s", name, t->df1, note, t->statistic, pv);
    else
        sb_add(s, "%s%s = %.6g, %s", name, note, t->statistic, pv);
}

void ct_htest_text_compare_summary(const ct_htest_compare *r, char *buf, size_t n)
{
    sbuf s = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    char a[48], b[48], c[48];
    int cl = (int)lround(r->conf_level * 100);
    if (r->ngroups == 2) {
        stat_part(&s, r->chosen == CT_HTEST_WELCH_T ? "Welch t" : "Mann-Whitney U1", "",
                  r->chosen == CT_HTEST_WELCH_T ? &r->welch : &r->mann_whitney);
        ct_numfmt_sig3(a, sizeof a, r->mean_diff);
        ct_numfmt_sig3(b, sizeof b, r->diff_lo);
        ct_numfmt_sig3(c, sizeof c, r->diff_hi);
        sb_add(&s,
               "; mean difference (%s - %s) %s [%d%% CI %s, %s]; Hedges' g = %.3f "
               "[%.3f, %.3f]",
               r->groups[0].label, r->groups[1].label, a, cl, b, c, r->hedges_g, r->g_lo, r->g_hi);
        if (r->chosen == CT_HTEST_WELCH_T) {
            sb_add(&s, "; Mann-Whitney ");
            fmt_p(a, sizeof a, r->mann_whitney.p);
            sb_add(&s, "%s", a);
        } else {
            sb_add(&s, "; Welch t ");
            fmt_p(a, sizeof a, r->welch.p);
            sb_add(&s, "%s", a);
        }
        sb_add(&s, ", rank-biserial r = %.3f", r->rank_biserial);
    } else {
        stat_part(&s, r->chosen == CT_HTEST_WELCH_ANOVA ? "Welch ANOVA F" : "Kruskal-Wallis H", "",
                  r->chosen == CT_HTEST_WELCH_ANOVA ? &r->welch_anova : &r->kruskal);
    }
    ct_numfmt_sig3(a, sizeof a, (double)r->n);
    sb_add(&s, "; N = %s.", a);
}

void ct_htest_text_assoc_decision(const ct_htest_assoc *r, const ct_htest_text_options *o,
                                  char *buf, size_t n)
{
    sbuf s = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    char al[32], pv[96];
    alpha_str(al, sizeof al, r->alpha);
    fmt_p(pv, sizeof pv, r->primary.p);
    const char *rn = r->row[0] ? r->row : "the row variable";
    const char *cn = r->col[0] ? r->col : "the column variable";
    const char *units = o && o->unit_plural ? o->unit_plural : "rows";
    if (!r->reject) {
        sb_add(&s,
               "We found no convincing link between %s and %s: the mix of %s "
               "values is "
               "similar across %s groups (%s, not below %s).",
               rn, cn, rn, cn, pv, al);
        return;
    }
    /* share of the first row level within each column level: highest and lowest
   */
    size_t hi = 0, lo = 0;
    double shi = -1, slo = 2;
    for (size_t j = 0; j < r->ncols; j++) {
        uint64_t tot = 0;
        for (size_t i = 0; i < r->nrows; i++)
            tot += r->counts[i * r->ncols + j];
        const double sh = (double)r->counts[j] / (double)tot;
        if (sh > shi) {
            shi = sh;
            hi = j;
        }
        if (sh < slo) {
            slo = sh;
            lo = j;
        }
    }
    sb_add(&s,
           "%s and %s are related: '%s' makes up %.1f%% of '%s' %s but "
           "%.1f%% of '%s' "
           "%s, far more of a gap than chance would explain (%s, below %s).",
           rn, cn, r->row_levels[0], 100 * shi, r->col_levels[hi], units, 100 * slo,
           r->col_levels[lo], units, pv, al);
}

void ct_htest_text_assoc_summary(const ct_htest_assoc *r, char *buf, size_t n)
{
    sbuf s = {buf, n, 0};
    if (n)
        buf[0] = '\0';
    char a[48];
    if (r->chosen == CT_HTEST_FISHER) {
        fmt_p(a, sizeof a, r->fisher.p);
        sb_add(&s,
               "Fisher exact (expected counts too small for chi-square): odds "
               "ratio %.4g, %s; ",
               r->fisher.statistic, a);
    }
    stat_part(&s, "chi2", r->yates_applied ? ", Yates" : "", &r->chi2);
    if (r->yates_applied) {
        fmt_p(a, sizeof a, r->chi2_uncorrected.p);
        sb_add(&s, "; uncorrected chi2 = %.4f, %s", r->chi2_uncorrected.statistic, a);
    }
    ct_numfmt_sig3(a, sizeof a, (double)r->n);
    sb_add(&s,
           "; Cramer's V = %.3f; N = %s; expected counts below %g: %zu of %zu "
           "cells.",
           r->cramers_v, a, r->expected_threshold, r->cells_below, r->nrows * r->ncols);
}
