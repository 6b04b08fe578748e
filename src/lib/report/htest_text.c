/* htest_text.c — the sentences that name a test's finding: a plain-language
 * decision for stakeholders (the size of the effect in words, no p-value)
 * and a one-line statistical summary for the data team (see
 * claimtriage/htest_text.h). Numbers through claimtriage/numfmt.h; every
 * sentence is built to its full length. */
#include "claimtriage/htest_text.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"
#include "base/headline.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ct_htest_text_options ct_htest_text_options_default(void)
{
    ct_htest_text_options o;
    o.unit = "row";
    o.unit_plural = "rows";
    o.positive = NULL;
    return o;
}

const char *ct_htest_text_options_check(const ct_htest_text_options *o)
{
    if (!o)
        return "options are NULL";
    if (!o->unit || !*o->unit)
        return "unit must be a word";
    if (!o->unit_plural || !*o->unit_plural)
        return "unit_plural must be a word";
    return NULL;
}

/* p held against alpha in the same sentence: enough digits to stay on its side */
static void fmt_p(char *buf, size_t n, ct_pvalue p, double alpha)
{
    ct_numfmt_pvalue_vs(buf, n, p.p, p.log10p, alpha);
}

/* A growing string; on allocation failure it stays NULL. */
typedef struct sbuf {
    char *b;
    size_t len;
    int fail;
} sbuf;

static void sb_add(sbuf *s, const char *fmt, ...) CT_PRINTF(2, 3);
static void sb_add(sbuf *s, const char *fmt, ...)
{
    if (s->fail)
        return;
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    const int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *t = k >= 0 ? ct_realloc(s->b, s->len + (size_t)k + 1) : NULL;
    if (!t) {
        ct_free(s->b);
        s->b = NULL;
        s->fail = 1;
    } else {
        s->b = t;
        vsnprintf(s->b + s->len, (size_t)k + 1, fmt, aq);
        s->len += (size_t)k;
    }
    va_end(aq);
}

static char *sb_done(sbuf *s)
{
    if (!s->fail && !s->b)
        sb_add(s, "%s", "");
    return s->b;
}

/* What a counted row is, one and many: "1 video", not "1 videos" (before
 * 2026-12-04 "'verified' has only 1 videos": tests/cli/test_one_row_singular). */
typedef struct unit_words {
    const char *one, *many;
} unit_words;

static unit_words units_of(const ct_htest_text_options *o)
{
    unit_words u = {"row", "rows"};
    if (o && o->unit)
        u.one = o->unit;
    if (o && o->unit_plural)
        u.many = o->unit_plural;
    return u;
}

static const char *unit_n(const unit_words *u, uint64_t n) { return n == 1 ? u->one : u->many; }

/* The rows a headline needs on n rows (base/headline.h) with the rule
 * that gave the number: "30 videos (1% of the 2,953 tested, rounded up)",
 * "(1% of the 19,084 tested, at most 30)", "(1% of the 300 tested, but at
 * least 10)". A bare "fewer than 30" read as a fixed cut before 2026-12-04,
 * beside "fewer than 15" on another file. */
static void min_rule_words(sbuf *s, uint64_t n, const unit_words *units)
{
    const uint64_t minn = ct_headline_group_min(n);
    const double pct = CT_HEADLINE_GROUP_MIN_SHARE * (double)n;
    char mb[32], nb[32], how[48];
    ct_numfmt_count(mb, sizeof mb, minn);
    ct_numfmt_count(nb, sizeof nb, n);
    if (pct >= CT_HEADLINE_GROUP_MIN_ROWS)
        snprintf(how, sizeof how, ", at most %d", CT_HEADLINE_GROUP_MIN_ROWS);
    else if (ceil(pct) < CT_HEADLINE_GROUP_FLOOR)
        snprintf(how, sizeof how, ", but at least %d", CT_HEADLINE_GROUP_FLOOR);
    else
        snprintf(how, sizeof how, "%s", ceil(pct) == pct ? "" : ", rounded up");
    sb_add(s, "%s %s (%g%% of the %s tested%s)", mb, unit_n(units, minn),
           100 * CT_HEADLINE_GROUP_MIN_SHARE, nb, how);
}

/* The groups (levels) a headline left out, named with their rows, the
 * first three, then how many more: "'pending' (20 videos)", "'a' (5
 * videos), 'b' (3) and 2 more". small[] holds ns indices. */
static void small_names_words(sbuf *s, const char *const *labels, const uint64_t *n,
                              const size_t *small, size_t ns, const unit_words *units)
{
    char nb[32];
    for (size_t k = 0; k < ns && k < 3; k++) {
        ct_numfmt_count(nb, sizeof nb, n[small[k]]);
        sb_add(s, "%s'%s' (%s%s%s)",
               k == 0        ? ""
               : k + 1 == ns ? " and "
                             : ", ",
               labels[small[k]], nb, k == 0 ? " " : "", k == 0 ? unit_n(units, n[small[k]]) : "");
    }
    if (ns > 3)
        sb_add(s, " and %zu more", ns - 3);
}

/* A statistic for a sentence: %.4f ("f"), %.6g ("g": an odds ratio), as
 * the tests table prints it ("u"), or words when it is not finite. */
static void fmt_stat(char *buf, size_t n, double v, const char *fmt4)
{
    /* a statistic without degrees of freedom (Mann-Whitney's U1) as the
     * tests table prints it, grouped ("257,150"): "%.6g" before 2026-12-03
     * read "257150" beside the table and turned scientific from 1e6 up
     * ("9.23457e+07", a U of 92,345,678 rounded) */
    if (isfinite(v) && fmt4[0] == 'u')
        ct_numfmt_auto(buf, n, v);
    else if (isfinite(v) && fmt4[0] == 'g' && fabs(v) < 1e9)
        snprintf(buf, n, "%.6g", v);
    else /* from 1e9 up as the tests table prints it ("9.907932e+19", not a
          * 20-digit fixed point); "infinite", "-infinite", "-" */
        ct_numfmt_stat(buf, n, v, 4);
    if (isnan(v))
        snprintf(buf, n, "undefined");
}

/* A group's median or mean in a sentence: three significant digits
 * (ct_numfmt_sig3), which keep a .5 below 100; from 100 up to 1e9 a whole
 * number, half-way with its .5 (ct_numfmt_median), as eda's titles and the
 * report's points: before 2026-12-05 a median 6023.5 read "6,024" beside
 * the tests table's 6,023.5 (tests/cli/report_median_half_kept) */
static size_t center_num(char *buf, size_t n, double v)
{
    if (fabs(v) >= 100 && fabs(v) < 1e9)
        return ct_numfmt_median(buf, n, v);
    return ct_numfmt_sig3(buf, n, v);
}

/* Two centres side by side ("mean X vs Y", "from X to Y"): as center_num,
 * but with the digits that tell them apart when they differ
 * (ct_numfmt_pair): two means near 2^53 read "9.007199e+15 vs
 * 9.007199e+15" before 2026-12-05 (tests/cli/test_means_beyond_2_53). */
static void center_pair(char *b1, char *b2, size_t n, double v1, double v2)
{
    ct_numfmt_pair(b1, b2, n, v1, v2, center_num);
}

size_t ct_htest_text_effect_value(char *buf, size_t n, const ct_htest_effect *e, int decimals)
{
    const double v = e->value;
    /* every effect here is below 1 in magnitude but a large Hedges' g: a
     * value inside (-1, 1) never reads as a perfect 1 (ct_numfmt_stat_below1;
     * Cramer's V of 0.99933 read "1.00" before 2026-12-06) */
    size_t k = ct_numfmt_stat_below1(buf, n, v, decimals);
    if (!isfinite(v) || fabs(v) >= 1e9 || e->size == CT_HTEST_SIZE_UNDEFINED)
        return k;
    for (int d = decimals; d <= 6; d++) { /* ct_numfmt_stat's most */
        k = ct_numfmt_stat_below1(buf, n, v, d);
        if (ct_htest_effect_size(e, strtod(buf, NULL)) == e->size)
            return k;
    }
    /* within 5e-7 of a cut: significant digits, as many as it takes */
    for (int d = 7; d <= 17; d++) {
        k = (size_t)snprintf(buf, n, "%.*g", d, v);
        if (ct_htest_effect_size(e, strtod(buf, NULL)) == e->size)
            break;
    }
    return n ? strlen(buf) : 0;
}

/* "the difference is small (Hedges' g = 0.31; Cohen 1988: small from 0.2,
 * medium 0.5, large 0.8)" */
static void effect_words(sbuf *s, const ct_htest_effect *e, const char *what)
{
    char v[48];
    if (e->size == CT_HTEST_SIZE_UNDEFINED) {
        sb_add(s, "its size cannot be measured (%s %s)", e->name,
               e->undefined ? e->undefined : "undefined");
        return;
    }
    /* two decimals, or as many more as it takes for the number printed to
     * lie on the same side of every cut as the value (0.00978 beside
     * "small from 0.01" reads 0.0098, not 0.01, when it is negligible) */
    ct_htest_text_effect_value(v, sizeof v, e, 2);
    if (!isnan(e->chance) && e->value >= e->small && e->value <= e->chance) {
        /* past Cohen's cut but no larger than chance alone gives with
         * this many groups (ct_htest_effect) */
        char ch[48];
        snprintf(ch, sizeof ch, "%.2g", e->chance);
        sb_add(s,
               "the %s is %s (%s = %s, no larger than the %s that chance alone gives with this "
               "many groups; %s: small from %.4g, medium %.4g, large %.4g)",
               what, ct_htest_size_name(e->size), e->name, v, ch, e->convention, e->small,
               e->medium, e->large);
        return;
    }
    /* the cuts in four significant digits: Cramer's V's are w's over
     * sqrt(min(r, c) - 1), and "%.2g" read "medium 0.21" for 0.2121 beside
     * a V of 0.21 called small (Cohen's own cuts print as before: 0.2) */
    sb_add(s, "the %s is %s (%s = %s; %s: small from %.4g, medium %.4g, large %.4g)", what,
           ct_htest_size_name(e->size), e->name, v, e->convention, e->small, e->medium, e->large);
}

/* "and" before a real effect, "but" before a negligible one. */
static const char *link(const ct_htest_effect *e)
{
    return e->size == CT_HTEST_SIZE_NEGLIGIBLE ? "but" : "and";
}

/* Why a result that is not significant is not: "could easily arise by
 * chance" only when p is above 0.05; below it (a stricter significance
 * level was asked) that would overstate chance, so the level is named. */
static const char *not_significant_words(double p, double alpha, char *buf, size_t cap)
{
    if (!(p < 0.05))
        return NULL;
    char pv[48], al[32];
    ct_numfmt_pvalue_vs(pv, sizeof pv, p, NAN, alpha);
    ct_numfmt_auto(al, sizeof al, alpha);
    snprintf(buf, cap,
             "would rarely arise by chance (%s), but not as rarely as the significance "
             "level %s asks",
             pv, al);
    return buf;
}

/* A significant comparison whose groups hold fewer rows than a headline
 * needs (base/headline.h, as eda's titles and the association's
 * sentence): with 5 rows a group's normality cannot be checked and one
 * row can move the result, so "unlikely to be chance" would claim what
 * they cannot show (two groups of 5 and 3 read "a gap this large is
 * unlikely to be chance": tests/cli/test_compare_small_groups_no_headline).
 * Says so and returns 1 when fewer than two groups (of two: either) have
 * the rows; 0 otherwise. */
static int small_group_words(sbuf *s, const ct_htest_compare *r, const char *meas, const char *stat,
                             const unit_words *units)
{
    const uint64_t minn = ct_headline_group_min(r->n);
    size_t big = 0, small = 0, least = 0;
    for (size_t g = 0; g < r->ngroups; g++) {
        if (r->groups[g].n >= minn) {
            big++;
            continue;
        }
        if (!small++ || r->groups[g].n < r->groups[least].n)
            least = g;
    }
    if (!small || (r->ngroups > 2 && big >= 2))
        return 0;
    const int ranks = r->chosen == CT_HTEST_MANN_WHITNEY || r->chosen == CT_HTEST_KRUSKAL;
    const ct_htest_group *a = &r->groups[0], *b = &r->groups[1];
    char m1[48], m2[48], nb[32], mb[32];
    ct_numfmt_count(nb, sizeof nb, r->groups[least].n);
    ct_numfmt_count(mb, sizeof mb, minn);
    if (r->ngroups == 2) {
        center_pair(m1, m2, sizeof m1, ranks ? a->median : a->mean, ranks ? b->median : b->mean);
        sb_add(s, "We cannot tell whether %s differs between '%s' and '%s' (%s %s vs %s): ", meas,
               a->label, b->label, stat, m1, m2);
    } else {
        double vlo = INFINITY, vhi = -INFINITY;
        for (size_t g = 0; g < r->ngroups; g++) {
            vlo = fmin(vlo, ranks ? r->groups[g].median : r->groups[g].mean);
            vhi = fmax(vhi, ranks ? r->groups[g].median : r->groups[g].mean);
        }
        center_pair(m1, m2, sizeof m1, vlo, vhi);
        sb_add(s,
               "We cannot tell whether %s differs between the %s groups (%s from %s to %s): ", meas,
               r->by[0] ? r->by : "", stat, m1, m2);
    }
    sb_add(s, "the test finds a gap, but ");
    if (small == 1)
        sb_add(s, "'%s' has only %s %s, fewer than the %s a conclusion needs",
               r->groups[least].label, nb, unit_n(units, r->groups[least].n), mb);
    else
        sb_add(s, "%zu groups have fewer than the %s %s a conclusion needs ('%s' has %s)", small,
               mb, unit_n(units, minn), r->groups[least].label, nb);
    sb_add(s, ", too few to check its assumptions or to rule out chance. More data would settle "
              "it.");
    return 1;
}

/* Whether two groups' medians go the way the rank-biserial r says: the
 * rank test is on all pairs, not on the middle values, and skewed groups
 * can have r > 0 while a's median is below b's (tests/cli/
 * test_compare_ranks_against_medians). */
static int medians_follow_ranks(const ct_htest_compare *r)
{
    const double ma = r->groups[0].median, mb = r->groups[1].median;
    return r->rank_biserial > 0 ? ma > mb : r->rank_biserial < 0 ? ma < mb : ma == mb;
}

/* Two groups' direction worded by ranks when the medians go the other way
 * (or tie): "a value from 'a' exceeds one from 'b' in 71% of pairs
 * (P(a > b) + ties/2 = 0.7146, Mann-Whitney p = 0.0003), though the medians
 * go the other way (4.01 vs 4.99)"; pv (may be NULL) after the share. */
static void rank_pairs_words(sbuf *s, const ct_htest_compare *r, const char *pv)
{
    const int up = r->rank_biserial >= 0;
    const ct_htest_group *hi = &r->groups[up ? 0 : 1], *lo = &r->groups[up ? 1 : 0];
    const double share = up ? r->cles : 1 - r->cles;
    char pc[48], m1[48], m2[48];
    ct_numfmt_pct_bounded(pc, sizeof pc, 100 * share);
    center_num(m1, sizeof m1, r->groups[0].median);
    center_num(m2, sizeof m2, r->groups[1].median);
    const int about_equal = strcmp(m1, m2) == 0 || r->groups[0].median == r->groups[1].median;
    center_pair(m1, m2, sizeof m1, r->groups[0].median, r->groups[1].median);
    sb_add(
        s,
        "a value from '%s' exceeds one from '%s' in %s of pairs (P(%s > %s) + ties/2 = %.4f%s%s)",
        hi->label, lo->label, pc, hi->label, lo->label, share, pv ? "; " : "", pv ? pv : "");
    if (about_equal)
        sb_add(s, ", though the medians are about equal (%s vs %s)", m1, m2);
    else
        sb_add(s, ", though the medians go the other way (%s vs %s)", m1, m2);
}

/* When Welch's test (on means) is chosen and the rank test, printed as its
 * sensitivity check, decides the other way at alpha, the sentence on means
 * alone misleads: skewed counts whose medians differ ninefold read "no
 * convincing difference", or a gap in means made by a few large values
 * reads as a difference of the typical row. Says which way the ranks go,
 * with the medians and the rank test's p (tests/cli/test_rank_test_disagrees). */
static void rank_disagreement(sbuf *s, const ct_htest_compare *r)
{
    const int two = r->ngroups == 2;
    const ct_htest_stat *rk = two ? &r->mann_whitney : &r->kruskal;
    if (r->chosen == CT_HTEST_MANN_WHITNEY || r->chosen == CT_HTEST_KRUSKAL || isnan(rk->p.p) ||
        isnan(r->primary.p.p) || (rk->p.p < r->alpha) == r->reject)
        return;
    char pv[96], m1[48], m2[48], al[32];
    fmt_p(pv, sizeof pv, rk->p, r->alpha);
    ct_numfmt_auto(al, sizeof al, r->alpha);
    double lo = INFINITY, hi = -INFINITY;
    for (size_t g = 0; g < r->ngroups; g++) {
        lo = fmin(lo, r->groups[g].median);
        hi = fmax(hi, r->groups[g].median);
    }
    if (two) {
        center_pair(m1, m2, sizeof m1, r->groups[0].median, r->groups[1].median);
    } else {
        center_pair(m1, m2, sizeof m1, lo, hi);
    }
    const char *test = two ? "Mann-Whitney" : "Kruskal-Wallis";
    const char *range = two ? "vs" : "to";
    if (!r->reject && two && !medians_follow_ranks(r)) {
        char tp[128];
        snprintf(tp, sizeof tp, "%s %s", test, pv);
        sb_add(s, " The rank test disagrees: ");
        rank_pairs_words(s, r, tp);
        sb_add(s, ", so the groups differ by ranks even though the means do not clearly.");
    } else if (!r->reject && two)
        sb_add(s,
               " The rank test disagrees: values in '%s' tend to be %s than in '%s' (median %s "
               "vs %s; %s %s), so the typical values differ even though the means do not "
               "clearly.",
               r->groups[0].label, r->rank_biserial > 0 ? "higher" : "lower", r->groups[1].label,
               m1, m2, test, pv);
    else if (!r->reject)
        sb_add(s,
               " The rank test disagrees: the typical values differ between the groups (median "
               "from %s to %s; %s %s), even though the means do not clearly.",
               m1, m2, test, pv);
    else
        sb_add(s,
               " The rank test does not confirm it at %s (median %s %s %s; %s %s): the gap in "
               "means may rest on a few large or small values, so read it with care.",
               al, m1, range, m2, test, pv);
}

/* Welch's t and the rank test both reject, in opposite directions (a mean
 * lifted by a few large values, the ranks going the other way): "x is
 * higher for 'a'" on either alone misleads, so the sentence gives both
 * and says neither group is simply higher (before 2026-12-05 "x is higher
 * for 'a' than for 'b' (mean 5.24 vs 1.94)" beside a rank-biserial r of
 * -0.177: tests/cli/test_directions_disagree). */
static void directions_words(sbuf *s, const ct_htest_compare *r, const char *meas)
{
    const ct_htest_group *a = &r->groups[0], *b = &r->groups[1];
    const ct_htest_group *mh = a->mean > b->mean ? a : b, *ml = mh == a ? b : a;
    /* ranks favour ml: P(ml > mh) + ties/2 */
    const double share = ml == a ? r->cles : 1 - r->cles;
    char m1[48], m2[48], d1[48], d2[48], pw[96], pm[96], pc[48];
    center_pair(m1, m2, sizeof m1, mh->mean, ml->mean);
    center_pair(d1, d2, sizeof d1, ml->median, mh->median);
    fmt_p(pw, sizeof pw, r->welch.p, r->alpha);
    fmt_p(pm, sizeof pm, r->mann_whitney.p, r->alpha);
    ct_numfmt_pct_bounded(pc, sizeof pc, 100 * share);
    sb_add(s,
           "%s differs between '%s' and '%s' in opposite directions: the mean is higher for "
           "'%s' (%s vs %s; Welch %s), but values from '%s' tend to be higher by ranks (a value "
           "from '%s' exceeds one from '%s' in %s of pairs, P(%s > %s) + ties/2 = %.4f; "
           "Mann-Whitney %s; median %s vs %s). Both gaps are unlikely to be chance: the values "
           "are skewed, a few large ones lifting the mean of '%s', so neither group is simply "
           "higher; say whether the mean (a total) or the typical value matters before "
           "concluding.",
           meas, a->label, b->label, mh->label, m1, m2, pw, ml->label, ml->label, mh->label, pc,
           ml->label, mh->label, share, pm, d1, d2, mh->label);
}

char *ct_htest_text_compare_decision(const ct_htest_compare *r, const ct_htest_text_options *o)
{
    sbuf s = {NULL, 0, 0};
    const unit_words uw = units_of(o), *units = &uw;
    char m1[48], m2[48];
    const int ranks = r->chosen == CT_HTEST_MANN_WHITNEY || r->chosen == CT_HTEST_KRUSKAL;
    const char *stat = ranks ? "median" : "mean";
    const char *meas = r->measure[0] ? r->measure : "the measure";
    if (isnan(r->primary.p.p)) { /* no decision from an undefined test */
        sb_add(&s,
               "The chosen test, %s, cannot decide anything here (%s), so no conclusion is drawn "
               "about %s.",
               ct_htest_method_name(r->chosen),
               r->primary.undefined ? r->primary.undefined : "its p-value is undefined", meas);
        return sb_done(&s);
    }
    if (r->reject && small_group_words(&s, r, meas, stat, units))
        return sb_done(&s);
    if (r->ngroups == 2 && r->directions_disagree) {
        directions_words(&s, r, meas);
        return sb_done(&s);
    }
    if (r->ngroups == 2) {
        const ct_htest_group *a = &r->groups[0], *b = &r->groups[1];
        const double va = ranks ? a->median : a->mean, vb = ranks ? b->median : b->mean;
        center_pair(m1, m2, sizeof m1, va, vb);
        const int higher = ranks ? r->rank_biserial > 0 : a->mean > b->mean;
        if (r->reject && ranks && !medians_follow_ranks(r)) {
            sb_add(&s, "%s tends to be %s for '%s' than for '%s' by ranks: ", meas,
                   higher ? "higher" : "lower", a->label, b->label);
            rank_pairs_words(&s, r, NULL);
            sb_add(&s, "; a gap this large is unlikely to be chance, %s ", link(&r->effect));
            effect_words(&s, &r->effect, "difference");
            sb_add(&s, ".");
        } else if (r->reject) {
            sb_add(&s,
                   "%s is %s for '%s' than for '%s' (%s %s vs %s); a gap this large is "
                   "unlikely to be chance, %s ",
                   meas, higher ? "higher" : "lower", a->label, b->label, stat, m1, m2,
                   link(&r->effect));
            effect_words(&s, &r->effect, "difference");
            sb_add(&s, ".");
        } else if (r->effect.size >= CT_HTEST_SIZE_MEDIUM) {
            /* a large gap that chance could still explain: too few rows to
             * tell, which "no convincing difference" alone would misstate */
            sb_add(&s,
                   "We cannot tell whether %s differs between '%s' and '%s' (%s %s vs %s): "
                   "the gap is %s, but with groups this small it could still arise by chance. "
                   "More data would settle it.",
                   meas, a->label, b->label, stat, m1, m2, ct_htest_size_name(r->effect.size));
        } else {
            char nw[200];
            const char *why = not_significant_words(r->primary.p.p, r->alpha, nw, sizeof nw);
            sb_add(&s,
                   "We found no convincing difference in %s between '%s' and '%s' (%s %s vs "
                   "%s): a gap this size %s; ",
                   meas, a->label, b->label, stat, m1, m2,
                   why ? why : "could easily arise by chance");
            effect_words(&s, &r->effect, "observed difference");
            sb_add(&s, ".");
        }
        rank_disagreement(&s, r);
        return sb_done(&s);
    }
    /* highest and lowest among the groups with the rows a headline needs,
     * when a significant test names them (small_group_words: at least two
     * have them); the others are said to be left out, as the association */
    const uint64_t minn = ct_headline_group_min(r->n);
    size_t hi = SIZE_MAX, lo = SIZE_MAX, small = 0;
    size_t *smalls = ct_calloc(r->ngroups, sizeof *smalls);
    uint64_t *ns = ct_calloc(r->ngroups, sizeof *ns);
    const char **labels = ct_calloc(r->ngroups, sizeof *labels);
    if (!smalls || !ns || !labels) {
        ct_free(smalls);
        ct_free(ns);
        ct_free(labels);
        ct_free(s.b);
        return NULL;
    }
    for (size_t g = 0; g < r->ngroups; g++) {
        ns[g] = r->groups[g].n;
        labels[g] = r->groups[g].label;
        if (r->reject && r->groups[g].n < minn) {
            smalls[small++] = g;
            continue;
        }
        const double v = ranks ? r->groups[g].median : r->groups[g].mean;
        if (hi == SIZE_MAX || v > (ranks ? r->groups[hi].median : r->groups[hi].mean))
            hi = g;
        if (lo == SIZE_MAX || v < (ranks ? r->groups[lo].median : r->groups[lo].mean))
            lo = g;
    }
    center_pair(m1, m2, sizeof m1, ranks ? r->groups[hi].median : r->groups[hi].mean,
                ranks ? r->groups[lo].median : r->groups[lo].mean);
    if (r->reject) {
        sb_add(&s,
               "%s differs between the %s groups (highest %s: '%s' at %s, lowest: '%s' at "
               "%s); differences this large are unlikely to be chance, %s ",
               meas, r->by[0] ? r->by : "", stat, r->groups[hi].label, m1, r->groups[lo].label, m2,
               link(&r->effect));
        effect_words(&s, &r->effect, "difference");
        if (small) {
            /* the test took them; only the naming of the highest and
             * lowest did not (before 2026-12-04 "1 group with fewer than
             * 30 videos is left out of this comparison" beside an H(2) of
             * three groups: tests/cli/test_small_group_named_not_left_out) */
            sb_add(&s, ". The test includes ");
            small_names_words(&s, labels, ns, smalls, small, units);
            sb_add(&s, ", but the highest and lowest are named only among groups of at least ");
            min_rule_words(&s, r->n, units);
        }
    } else if (r->effect.size >= CT_HTEST_SIZE_MEDIUM) {
        sb_add(&s,
               "We cannot tell whether %s differs between the %s groups (%s from %s to %s): the "
               "differences are %s, but with groups this small they could still arise by "
               "chance. More data would settle it",
               meas, r->by[0] ? r->by : "", stat, m2, m1, ct_htest_size_name(r->effect.size));
    } else {
        char nw[200];
        const char *why = not_significant_words(r->primary.p.p, r->alpha, nw, sizeof nw);
        sb_add(&s,
               "We found no convincing difference in %s between the %s groups (%s from %s to "
               "%s): differences this size %s; ",
               meas, r->by[0] ? r->by : "", stat, m2, m1,
               why ? why : "could easily arise by chance");
        effect_words(&s, &r->effect, "observed difference");
    }
    sb_add(&s, ".");
    rank_disagreement(&s, r);
    ct_free(smalls);
    ct_free(ns);
    ct_free(labels);
    return sb_done(&s);
}

/* "name(df) = stat, p = ..." with an optional note after the dof */
static void stat_part(sbuf *s, const char *name, const char *note, const ct_htest_stat *t,
                      double alpha)
{
    char pv[96], st[48];
    fmt_p(pv, sizeof pv, t->p, alpha);
    fmt_stat(st, sizeof st, t->statistic, isnan(t->df1) ? "u" : "f");
    if (!isnan(t->df2))
        sb_add(s, "%s(%.4g, %.6g%s) = %s, %s", name, t->df1, t->df2, note, st, pv);
    else if (!isnan(t->df1))
        sb_add(s, "%s(%.6g%s) = %s, %s", name, t->df1, note, st, pv);
    else if (t->method == CT_HTEST_WELCH_T) /* dof 0/0 or inf/inf */
        sb_add(s, "%s(df undefined%s) = %s, %s", name, note, st, pv);
    else
        sb_add(s, "%s%s = %s, %s", name, note, st, pv);
    if (t->undefined)
        sb_add(s, " (%s)", t->undefined);
}

static void effect_part(sbuf *s, const ct_htest_effect *e)
{
    sb_add(s, "; effect %s", ct_htest_size_name(e->size));
}

char *ct_htest_text_compare_summary(const ct_htest_compare *r)
{
    sbuf s = {NULL, 0, 0};
    char a[48], b[48], c[48];
    char cl[32]; /* "97.5" at 0.975, not 98; never "100" (ct_numfmt_level_pct) */
    ct_numfmt_level_pct(cl, sizeof cl, r->conf_level);
    if (r->ngroups == 2) {
        stat_part(&s, r->chosen == CT_HTEST_WELCH_T ? "Welch t" : "Mann-Whitney U1", "",
                  r->chosen == CT_HTEST_WELCH_T ? &r->welch : &r->mann_whitney, r->alpha);
        ct_numfmt_sig3(a, sizeof a, r->mean_diff);
        ct_numfmt_sig3(b, sizeof b, r->diff_lo);
        ct_numfmt_sig3(c, sizeof c, r->diff_hi);
        ct_numfmt_interval(b, c, sizeof b, r->diff_lo, r->diff_hi);
        char l0[1024], l1[1024]; /* 'x ' quoted beside 'x' */
        sb_add(&s, "; mean difference (%s - %s) %s [%s%% CI %s, %s]",
               ct_textwidth_label(l0, sizeof l0, r->groups[0].label),
               ct_textwidth_label(l1, sizeof l1, r->groups[1].label), a, cl, b, c);
        if (r->hedges_undefined)
            sb_add(&s, "; Hedges' g undefined (%s)",
                   strstr(r->hedges_undefined, "infinite")    ? "an infinite value"
                   : strstr(r->hedges_undefined, "precision") ? "values apart only beyond 2^53"
                   : strstr(r->hedges_undefined, "one row")   ? "a group of one row"
                                                              : "pooled sd 0");
        else {
            /* no 16-digit fixed point; beside "effect small", on its side of the cuts */
            if (r->chosen == CT_HTEST_WELCH_T)
                ct_htest_text_effect_value(a, sizeof a, &r->effect, 3);
            else
                ct_numfmt_stat(a, sizeof a, r->hedges_g, 3);
            ct_numfmt_stat(b, sizeof b, r->g_lo, 3);
            ct_numfmt_stat(c, sizeof c, r->g_hi, 3);
            ct_numfmt_interval(b, c, sizeof b, r->g_lo, r->g_hi);
            sb_add(&s, "; Hedges' g = %s [%s, %s]", a, b, c);
        }
        const ct_htest_stat *other = r->chosen == CT_HTEST_WELCH_T ? &r->mann_whitney : &r->welch;
        fmt_p(a, sizeof a, other->p, r->alpha);
        sb_add(&s, "; %s %s", r->chosen == CT_HTEST_WELCH_T ? "Mann-Whitney" : "Welch t", a);
        if (r->chosen == CT_HTEST_MANN_WHITNEY)
            ct_htest_text_effect_value(a, sizeof a, &r->effect, 3);
        else
            ct_numfmt_stat_below1(a, sizeof a, r->rank_biserial, 3); /* a tiny r is not "0.000" */
        sb_add(&s, ", rank-biserial r = %s", a);
    } else {
        stat_part(&s, r->chosen == CT_HTEST_WELCH_ANOVA ? "Welch ANOVA F" : "Kruskal-Wallis H", "",
                  r->chosen == CT_HTEST_WELCH_ANOVA ? &r->welch_anova : &r->kruskal, r->alpha);
    }
    effect_part(&s, &r->effect);
    ct_numfmt_sig3(a, sizeof a, (double)r->n);
    sb_add(&s, "; N = %s.", a);
    return sb_done(&s);
}

/* No link found, but a column level holds fewer rows than a headline needs
 * (base/headline.h): its mix is a few rows, so "similar across groups"
 * would claim what they cannot show (2 'verified' videos of 39, none a
 * claim, read "similar": tests/cli/test_assoc_similar_small_level). Says
 * so and returns 1; 0 when every level is large enough. */
static int small_level_words(sbuf *s, const ct_htest_assoc *r, const char *rn, const char *cn,
                             const unit_words *units)
{
    const uint64_t minn = ct_headline_group_min(r->n);
    size_t small = 0, least = 0;
    uint64_t tleast = UINT64_MAX;
    for (size_t j = 0; j < r->ncols; j++) {
        uint64_t tot = 0;
        for (size_t i = 0; i < r->nrows; i++)
            tot += r->counts[i * r->ncols + j];
        if (tot == 0 || tot >= minn)
            continue;
        small++;
        if (tot < tleast) {
            tleast = tot;
            least = j;
        }
    }
    if (!small)
        return 0;
    char nb[32], mb[32];
    ct_numfmt_count(nb, sizeof nb, tleast);
    ct_numfmt_count(mb, sizeof mb, minn);
    sb_add(s,
           "We found no convincing link between %s and %s: differences this size could easily "
           "arise by chance, but ",
           rn, cn);
    if (small == 1)
        sb_add(s, "'%s' has only %s %s", r->col_levels[least], nb, unit_n(units, tleast));
    else
        sb_add(s, "%zu %s levels have fewer than %s %s each ('%s' has %s)", small, cn, mb,
               unit_n(units, minn), r->col_levels[least], nb);
    sb_add(s, ", too few to call the mix of %s values similar across %s groups.", rn, cn);
    return 1;
}

/* A significant association whose column levels hold fewer rows than a
 * headline needs, by the comparison's rule (small_group_words): of two
 * levels, either; of more, when fewer than two have the rows. Fisher's
 * exact p is valid on small counts, as the comparison's exact tests are,
 * but one row of a 6-row level moves its share by 17 points, so the
 * sentence says "cannot tell" as the comparison's does on the same level
 * (before 2026-12-06 it read "related ... unlikely to be chance" on 6
 * 'verified' videos beside the view comparison's "cannot tell":
 * tests/cli/test_assoc_small_level_cannot_tell). Returns 1 when said. */
static int small_level_reject_words(sbuf *s, const ct_htest_assoc *r, const char *rn,
                                    const char *cn, const unit_words *units)
{
    const uint64_t minn = ct_headline_group_min(r->n);
    size_t big = 0, small = 0, least = 0, levels = 0;
    uint64_t tleast = UINT64_MAX;
    for (size_t j = 0; j < r->ncols; j++) {
        uint64_t tot = 0;
        for (size_t i = 0; i < r->nrows; i++)
            tot += r->counts[i * r->ncols + j];
        if (tot == 0)
            continue;
        levels++;
        if (tot >= minn) {
            big++;
            continue;
        }
        small++;
        if (tot < tleast) {
            tleast = tot;
            least = j;
        }
    }
    if (!small || (levels > 2 && big >= 2))
        return 0;
    char nb[32], mb[32];
    ct_numfmt_count(nb, sizeof nb, tleast);
    ct_numfmt_count(mb, sizeof mb, minn);
    sb_add(s, "We cannot tell whether %s and %s are linked: the test finds a gap, but ", rn, cn);
    if (small == 1)
        sb_add(s, "'%s' has only %s %s, fewer than the %s a conclusion needs", r->col_levels[least],
               nb, unit_n(units, tleast), mb);
    else
        sb_add(s, "%zu %s levels have fewer than the %s %s a conclusion needs ('%s' has %s)", small,
               cn, mb, unit_n(units, minn), r->col_levels[least], nb);
    sb_add(s, ", too few to rule out chance. More data would settle it.");
    return 1;
}

size_t ct_htest_text_assoc_class(const ct_htest_assoc *r, const ct_htest_text_options *o,
                                 uint64_t *held, uint64_t *min)
{
    const uint64_t minn = ct_headline_group_min(r->n);
    const char *positive = o && o->positive ? o->positive : NULL;
    uint64_t *rtot = ct_calloc(r->nrows, sizeof *rtot), have = 0;
    size_t pos = 0;
    if (rtot) {
        for (size_t i = 0; i < r->nrows; i++)
            for (size_t j = 0; j < r->ncols; j++)
                rtot[i] += r->counts[i * r->ncols + j];
        pos = ct_headline_class(rtot, (const char *const *)r->row_levels, r->nrows, positive, minn);
        for (size_t i = 0; positive && i < r->nrows; i++)
            if (r->row_levels[i] && strcmp(r->row_levels[i], positive) == 0) {
                have = rtot[i];
                break;
            }
        ct_free(rtot);
    }
    if (held)
        *held = have;
    if (min)
        *min = minn;
    return pos;
}

char *ct_htest_text_assoc_decision(const ct_htest_assoc *r, const ct_htest_text_options *o)
{
    sbuf s = {NULL, 0, 0};
    const char *rn = r->row[0] ? r->row : "the row variable";
    const char *cn = r->col[0] ? r->col : "the column variable";
    const unit_words uw = units_of(o), *units = &uw;
    if (isnan(r->primary.p.p)) {
        sb_add(&s,
               "The chosen test, %s, cannot decide anything here (%s), so no conclusion is "
               "drawn.",
               ct_htest_method_name(r->chosen),
               r->primary.undefined ? r->primary.undefined : "its p-value is undefined");
        return sb_done(&s);
    }
    if (!r->reject && r->effect.size >= CT_HTEST_SIZE_MEDIUM) {
        /* a large gap that chance could still explain: too few rows to
         * tell, which "similar" would misstate */
        char nb[32];
        ct_numfmt_sig3(nb, sizeof nb, (double)r->n);
        sb_add(&s,
               "We cannot tell whether %s and %s are linked: the mix of %s values differs "
               "a lot across %s groups (a %s gap), but with %s %s a gap this size could still "
               "arise by chance. More data would settle it.",
               rn, cn, rn, cn, ct_htest_size_name(r->effect.size), nb, unit_n(units, r->n));
        return sb_done(&s);
    }
    if (!r->reject) {
        char nw[200];
        const char *why = not_significant_words(r->primary.p.p, r->alpha, nw, sizeof nw);
        if (why)
            sb_add(&s,
                   "We found no convincing link between %s and %s: for the mix of %s values "
                   "across %s groups, %s.",
                   rn, cn, rn, cn, why);
        else if (!small_level_words(&s, r, rn, cn, units))
            sb_add(&s,
                   "We found no convincing link between %s and %s: the mix of %s values is "
                   "similar across %s groups, and differences this size could easily arise by "
                   "chance.",
                   rn, cn, rn, cn);
        return sb_done(&s);
    }
    if (small_level_reject_words(&s, r, rn, cn, units))
        return sb_done(&s);
    /* share of the first row level within each column level: highest and
     * lowest, among the levels with the rows a headline needs
     * (base/headline.h: min(30, 1%), at least 10), as eda's titles; a
     * 5-row level's 40% is two rows (before 2026-12-02 the sentence could
     * rest on one: tests/cli/test_assoc_small_level_not_headline). When
     * fewer than two levels have them, every level is compared and the
     * two shares carry their counts. */
    const uint64_t minn = ct_headline_group_min(r->n);
    size_t big = 0;
    uint64_t *ctot = ct_calloc(r->ncols, sizeof *ctot);
    size_t *smalls = ct_calloc(r->ncols, sizeof *smalls);
    if (!ctot || !smalls) {
        ct_free(ctot);
        ct_free(smalls);
        ct_free(s.b);
        return NULL;
    }
    for (size_t j = 0; j < r->ncols; j++) {
        for (size_t i = 0; i < r->nrows; i++) {
            ctot[j] += r->counts[i * r->ncols + j];
        }
        big += ctot[j] >= minn;
    }
    /* the row level of the shares: the positive one ('claim'), else the
     * most frequent; before 2026-12-04 the first by sort order, 'Claim' of
     * 29 rows beside 1,499 'claim' (tests/cli/test_assoc_row_level_not_case_variant) */
    const size_t pos = ct_htest_text_assoc_class(r, o, NULL, NULL);
    const uint64_t *pc = r->counts + pos * r->ncols;
    size_t hi = 0, lo = 0, small = 0;
    double shi = -1, slo = 2;
    uint64_t thi = 0, tlo = 0;
    for (size_t j = 0; j < r->ncols; j++) {
        uint64_t tot = 0;
        for (size_t i = 0; i < r->nrows; i++)
            tot += r->counts[i * r->ncols + j];
        if (tot == 0)
            continue;
        if (big >= 2 && tot < minn) {
            smalls[small++] = j;
            continue;
        }
        const double sh = (double)pc[j] / (double)tot;
        if (sh > shi) {
            thi = tot;
            shi = sh;
            hi = j;
        }
        if (sh < slo) {
            tlo = tot;
            slo = sh;
            lo = j;
        }
    }
    char chi[80] = "", clo[80] = "";
    if (big < 2) {
        char a1[32], a2[32];
        ct_numfmt_count(a1, sizeof a1, pc[hi]);
        ct_numfmt_count(a2, sizeof a2, thi);
        snprintf(chi, sizeof chi, " (%s of %s)", a1, a2);
        ct_numfmt_count(a1, sizeof a1, pc[lo]);
        ct_numfmt_count(a2, sizeof a2, tlo);
        snprintf(clo, sizeof clo, " (%s of %s)", a1, a2);
    }
    /* one decimal that never rounds to a false 0 or 100 ("over 99.9%",
     * "under 0.1%"; 2,999 of 3,000 read "100.0%" before 2026-12-06) */
    char phi[32], plo[32];
    ct_numfmt_pct_within(phi, sizeof phi, 100 * shi, 1);
    ct_numfmt_pct_within(plo, sizeof plo, 100 * slo, 1);
    sb_add(&s,
           "%s and %s are related: '%s' makes up %s of '%s' %s%s but %s of '%s' %s%s; "
           "the gap is unlikely to be chance, %s ",
           rn, cn, r->row_levels[pos], phi, r->col_levels[hi], units->many, chi, plo,
           r->col_levels[lo], units->many, clo, link(&r->effect));
    effect_words(&s, &r->effect, "association");
    sb_add(&s, ".");
    if (small) { /* in the test, out of the shares compared (as the comparison's) */
        sb_add(&s, " The test includes ");
        small_names_words(&s, (const char *const *)r->col_levels, ctot, smalls, small, units);
        sb_add(&s,
               ", but the highest and lowest shares are named only among '%s' levels of at "
               "least ",
               cn);
        min_rule_words(&s, r->n, units);
        sb_add(&s, ".");
    }
    ct_free(ctot);
    ct_free(smalls);
    return sb_done(&s);
}

char *ct_htest_text_assoc_summary(const ct_htest_assoc *r)
{
    sbuf s = {NULL, 0, 0};
    char a[48], orr[48], st[48];
    if (r->chosen == CT_HTEST_FISHER) {
        fmt_p(a, sizeof a, r->fisher.p, r->alpha);
        fmt_stat(orr, sizeof orr, r->fisher.statistic, "g");
        /* the reason after the word it explains, once: "odds ratio
         * infinite (infinite: ... (scipy: ...))" said it twice, nested */
        const char *why = r->fisher.undefined;
        if (why && isinf(r->fisher.statistic))
            why = "an off-diagonal cell is 0, so one combination never occurs; scipy's odds "
                  "ratio is infinite too";
        sb_add(&s,
               "Fisher exact (expected counts too small for chi-square): odds ratio %s%s%s%s, "
               "%s; ",
               orr, why ? " (" : "", why ? why : "", why ? ")" : "", a);
    }
    if (r->chosen == CT_HTEST_CHI2_MC) {
        fmt_p(a, sizeof a, r->chi2_mc.p, r->alpha);
        sb_add(&s,
               "chi2 = %s with its p-value simulated (expected counts too small for the "
               "chi-square distribution; %d random tables with the same margins, as R's "
               "chisq.test(simulate.p.value = TRUE)): %s; the approximate ",
               (ct_numfmt_stat(st, sizeof st, r->chi2_mc.statistic, 4), st), CT_HTEST_MC_TABLES, a);
    }
    stat_part(&s, "chi2", r->yates_applied ? ", Yates" : "", &r->chi2, r->alpha);
    if (r->yates_applied) {
        fmt_p(a, sizeof a, r->chi2_uncorrected.p, r->alpha);
        ct_numfmt_stat(st, sizeof st, r->chi2_uncorrected.statistic, 4);
        sb_add(&s, "; uncorrected chi2 = %s, %s", st, a);
    }
    ct_numfmt_sig3(a, sizeof a, (double)r->n);
    ct_numfmt_stat_below1(st, sizeof st, r->cramers_v, 3); /* a tiny V is not "0.000" */
    sb_add(&s,
           "; Cramer's V = %s (%s); N = %s; expected counts below %g: %zu of %zu "
           "cells.",
           st, ct_htest_size_name(r->effect.size), a, r->expected_threshold, r->cells_below,
           r->nrows * r->ncols);
    return sb_done(&s);
}
