/* train_edge.c — the chosen candidate's hyperparameters at the edge of the
 * grid. A value the cross-validation chose that is the smallest or largest
 * tried, and that scored strictly better than the next value inward, says
 * the score was still improving where the grid stopped: the best value may
 * lie beyond it (the check a data scientist makes on a GridSearchCV's
 * cv_results_ before trusting best_params_), when the margin exceeds the
 * champion's standard error (the one-standard-error rule, tr_grid_edges:
 * within it the margin is noise). Candidates are compared
 * through their descriptions (ct_train_config_describe): two candidates
 * are neighbours in key K when every other "key=value" word is the same. */
#include "select/train_internal.h"

#include "claimtriage/lr.h"
#include "claimtriage/trees.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EDGE_DESC 512
#define EDGE_WORDS 24

typedef struct edge_words {
    char buf[EDGE_DESC];
    char *w[EDGE_WORDS];
    size_t n;
} edge_words;

static void split_words(const ct_train_config *c, edge_words *e)
{
    ct_train_config_describe(c, e->buf, sizeof e->buf);
    e->n = 0;
    char *save = NULL;
    for (char *s = strtok_r(e->buf, " ", &save); s && e->n < EDGE_WORDS;
         s = strtok_r(NULL, " ", &save))
        e->w[e->n++] = s;
}

/* Word k's place on its key's scale: *v the value, *kind what it counts.
 * Returns 0 when the value has no order (sqrt, log2, tfidf). A limit's
 * "no limit" is the largest value of all, not its spelling's number:
 * None (max_depth, max_features, max_samples: every level, column, row)
 * and the vectorizer's max_features=0 are +infinity. Keys that take a
 * count or a fraction by how the value is written (scikit-learn's int and
 * float: min_df, the forest's max_features and max_samples) have two
 * scales that do not compare (3 columns against half of them): *kind is
 * 1 for a fraction (written with a point or an exponent: min_df=1.0,
 * ct_vectorizer_min_df_text), 0 otherwise. */
static int word_order(const char *word, ct_train_family fam, double *v, int *kind)
{
    const char *eq = strchr(word, '=');
    if (!eq || !eq[1])
        return 0;
    const size_t klen = (size_t)(eq - word);
    const char *text = eq + 1;
#define KEY_IS(k) (klen == sizeof(k) - 1 && strncmp(word, k, klen) == 0)
    const int vec_limit =
        KEY_IS("vectorizer__max_features") || (fam == CT_TRAIN_LR && KEY_IS("max_features"));
    const int two_scales = KEY_IS("min_df") || (fam == CT_TRAIN_RF &&
                                                (KEY_IS("max_features") || KEY_IS("max_samples")));
#undef KEY_IS
    *kind = 0;
    if (strcmp(text, "None") == 0) {
        *v = INFINITY;
        return 1;
    }
    char num[64];
    const size_t n = strlen(text);
    if (n == 0 || n >= sizeof num)
        return 0;
    memcpy(num, text, n);
    num[n] = '\0';
    char *end;
    errno = 0;
    *v = strtod(num, &end);
    if (*end != '\0' || errno != 0 || !isfinite(*v))
        return 0;
    if (two_scales && strpbrk(num, ".eE"))
        *kind = 1;
    if (!two_scales)
        *kind = 0;
    if (vec_limit && *v == 0)
        *v = INFINITY; /* no limit */
    return 1;
}

/* Each ordered key's valid values, as --grid takes them (tr_config and the
 * families' ct_*_params_set), for the note's step out: a chosen value at
 * its key's limit has nothing beyond it (no note: learning_rate=1,
 * min_samples_split=2, max_depth=1), and the value to try is kept inside
 * the limits (learning_rate=0.8 against 0.4 tries 1, not 1.6). Before
 * 2026-12-03 the note said "try learning_rate=2", "try
 * min_samples_split=1": values the grid refuses. A count (whole) steps by
 * at least 1. max_hi: the upper limit is the design's columns (a forest's
 * max_features count: more draws every column) or the training rows
 * (max_samples: more draws as many as rows) rather than hi.
 * tests/unit/test_train_edge.c checks every limit against tr_config. */
enum { HI_FIXED, HI_COLUMNS, HI_ROWS };
#define FAM_LR (1u << CT_TRAIN_LR)
#define FAM_GBDT (1u << CT_TRAIN_GBDT)
#define FAM_RF (1u << CT_TRAIN_RF)
#define FAM_ALL (FAM_LR | FAM_GBDT | FAM_RF)
static const tr_key_range key_ranges[] = {
    {"C", FAM_LR, 0, 0, 1, CT_LR_C_MAX, 0, HI_FIXED},
    /* a count of 0 documents keeps the terms 1 keeps (every term is in
     * one): 1 is the effective limit */
    {"min_df", FAM_ALL, 0, 1, 0, INFINITY, 1, HI_FIXED},
    {"min_df", FAM_ALL, 1, 0, 0, 1, 0, HI_FIXED},
    /* 0 is no limit, +infinity on the scale: 1 n-gram is the least */
    {"max_features", FAM_LR, 0, 1, 0, INFINITY, 1, HI_FIXED},
    {"vectorizer__max_features", FAM_GBDT | FAM_RF, 0, 1, 0, INFINITY, 1, HI_FIXED},
    {"n_estimators", FAM_GBDT | FAM_RF, 0, 1, 0, 100000, 1, HI_FIXED},
    {"learning_rate", FAM_GBDT, 0, 0, 1, 1, 0, HI_FIXED},
    {"max_depth", FAM_GBDT, 0, 1, 0, 20, 1, HI_FIXED},
    {"min_child_weight", FAM_GBDT, 0, 0, 0, INFINITY, 0, HI_FIXED},
    {"reg_lambda", FAM_GBDT, 0, 0, 0, INFINITY, 0, HI_FIXED},
    {"gamma", FAM_GBDT, 0, 0, 0, INFINITY, 0, HI_FIXED},
    {"subsample", FAM_GBDT, 0, 0, 1, 1, 0, HI_FIXED},
    {"colsample_bytree", FAM_GBDT, 0, 0, 1, 1, 0, HI_FIXED},
    {"colsample_bynode", FAM_GBDT, 0, 0, 1, 1, 0, HI_FIXED},
    {"text_rounds", FAM_GBDT, 0, 0, 0, 100000, 1, HI_FIXED},
    {"max_depth", FAM_RF, 0, 1, 0, 64, 1, HI_FIXED},
    {"max_features", FAM_RF, 0, 1, 0, INFINITY, 1, HI_COLUMNS},
    {"max_features", FAM_RF, 1, 0, 1, 1, 0, HI_FIXED},
    {"max_samples", FAM_RF, 0, 1, 0, INFINITY, 1, HI_ROWS},
    {"max_samples", FAM_RF, 1, 0, 1, 1, 0, HI_FIXED},
    {"min_samples_leaf", FAM_RF, 0, 1, 0, INFINITY, 1, HI_FIXED},
    {"min_samples_split", FAM_RF, 0, 2, 0, INFINITY, 1, HI_FIXED},
};

const tr_key_range *tr_key_range_find(ct_train_family fam, const char *key, size_t klen, int kind)
{
    for (size_t i = 0; i < sizeof key_ranges / sizeof *key_ranges; i++) {
        const tr_key_range *k = &key_ranges[i];
        if ((k->families & (1u << fam)) && k->kind == kind && strlen(k->key) == klen &&
            strncmp(k->key, key, klen) == 0)
            return k;
    }
    return NULL;
}

const tr_key_range *tr_key_range_at(size_t i)
{
    return i < sizeof key_ranges / sizeof *key_ranges ? &key_ranges[i] : NULL;
}

/* The value to try beyond v (side -1: below, +1: above), v's neighbour
 * inward u (+infinity: no limit), inside [lo, hi]: a geometric step out,
 * v * (v / u), when both are positive (0.3 against 0.1 tries 0.9, 0.1
 * against 0.3 tries 0.0333); beside no limit a halving, the only way out
 * being down; an arithmetic one, v + (v - u), when u is 0 (gamma=1 against
 * 0 tries 2). A value at its key's lower limit (gamma=0, reg_lambda=0,
 * min_child_weight=0) has nothing below it: NaN, no note. A count is
 * rounded to a whole value, a half outward (max_depth=3 against 2: 4.5
 * tries 5; 6 against 8: 4.5 tries 4), and steps at least one further out.
 * An open lower limit (C, learning_rate: above 0) is never reached: a step
 * that would reach or pass it (C=1e-300 against 1e-10 underflows to 0)
 * goes half way to it. A step that overflows (reg_lambda=1e300 against 1)
 * is NaN: no finite value to try. So the value is always strictly beyond
 * v, outside every value the grid tried. */
static double step_out(const tr_key_range *k, double v, double u, int side, double hi)
{
    if (side < 0 ? v <= k->lo : v >= hi)
        return NAN;
    double next = !isfinite(u) ? v / 2 : v > 0 && u > 0 ? v * (v / u) : v + (v - u);
    if (!isfinite(next))
        return NAN;
    if (k->whole) {
        /* a half rounds outward: floor(x + 1/2) up, ceil(x - 1/2) down */
        next = side > 0 ? floor(next + 0.5) : ceil(next - 0.5);
        if (side < 0 ? next >= v : next <= v)
            next = v + side;
    }
    if (next < k->lo || (k->lo_open && next <= k->lo))
        next = k->lo_open ? k->lo + (v - k->lo) / 2 : k->lo;
    if (k->lo_open && next <= k->lo)
        return NAN; /* v the least double above the limit */
    if (next > hi)
        next = hi;
    return next;
}

/* x as --grid takes it, in the fewest significant digits (6 at least)
 * that keep it strictly beyond v on its side: %.6g wrote 1.0000002 as 1,
 * the value inward, so C=1 and 1.0000001 advised "try C=1". A fraction
 * keeps its point ("1.0"). */
static void beyond_write(char *buf, size_t size, double x, double v, int side, int kind)
{
    char t[28]; /* "%.17g": at most 24 characters */
    for (int prec = 6; prec <= 17; prec++) {
        snprintf(t, sizeof t, "%.*g", prec, x);
        const double back = strtod(t, NULL);
        if (side < 0 ? back < v : back > v)
            break;
    }
    snprintf(buf, size, "%s%s", t, kind == 1 && !strpbrk(t, ".e") ? ".0" : "");
}

/* The largest value of a count key (the forest's min_samples_leaf and
 * min_samples_split, the boosting's min_child_weight) at which the
 * chosen candidate can still split on this data; +infinity for the other
 * keys. A cross-validation fit trains on at most n - floor(n / k) of the
 * n training rows (k folds); a forest's tree holds the distinct rows its
 * bootstrap drew (ct_rf_rows_in_bag: about 0.632 of them), which the
 * leaf and split counts count, so a split needs min_samples_split at most
 * those rows and min_samples_leaf at most half of them; the boosting's
 * first round weighs each row drawn (subsample) by the hessian
 * rate (1 - rate), so two children of min_child_weight need it at most
 * half their sum. Before 2026-12-05 the note said "try
 * min_samples_leaf=1250", "min_samples_split=30000" and
 * "min_child_weight=400" beside 1,177 training rows: values that fit a
 * constant (tests/cli/train_grid_edge_count_capped). */
static double split_cap(const ct_train_result *r, const ct_train_config *c, const char *key,
                        size_t klen)
{
    const size_t n = r->counts.rows[0], k = r->cv->n_folds;
    const size_t nfit = k > 1 ? n - n / k : n;
#define KEY_IS(s) (klen == sizeof(s) - 1 && strncmp(key, s, klen) == 0)
    if (c->family == CT_TRAIN_RF && (KEY_IS("min_samples_split") || KEY_IS("min_samples_leaf"))) {
        const double rows = floor(ct_rf_rows_in_bag(&c->rf, nfit));
        return KEY_IS("min_samples_split") ? rows : floor(rows / 2);
    }
    if (c->family == CT_TRAIN_GBDT && KEY_IS("min_child_weight")) {
        const double rate = n ? (double)r->counts.positives[0] / (double)n : 0;
        return rate * (1 - rate) * c->gbdt.subsample * (double)nfit / 2;
    }
#undef KEY_IS
    return INFINITY;
}

/* 1 when a and b have the same words but word k (same key, any value) */
static int same_but(const edge_words *a, const edge_words *b, size_t k)
{
    if (a->n != b->n)
        return 0;
    for (size_t j = 0; j < a->n; j++) {
        if (j == k) {
            size_t la = strcspn(a->w[j], "="), lb = strcspn(b->w[j], "=");
            if (la != lb || strncmp(a->w[j], b->w[j], la) != 0)
                return 0;
        } else if (strcmp(a->w[j], b->w[j]) != 0)
            return 0;
    }
    return 1;
}

void tr_grid_edges(ct_train_result *r)
{
    r->n_edges = 0;
    const ct_cv_result *cv = r->cv;
    if (!cv || !r->configs || r->champion >= cv->n_candidates)
        return;
    const size_t ch = r->champion;
    if (!isfinite(cv->mean[ch]))
        return;
    const int greater = ct_metric_greater_is_better(cv->metric);
    edge_words *words = ct_malloc(cv->n_candidates * sizeof *words);
    if (!words)
        return; /* the note is advice: without memory, none */
    for (size_t c = 0; c < cv->n_candidates; c++)
        split_words(&r->configs[c], &words[c]);
    const edge_words *me = &words[ch];
    const ct_train_family fam = r->configs[ch].family;
    for (size_t k = 0; k < me->n && r->n_edges < CT_TRAIN_MAX_EDGES; k++) {
        double v;
        int kind;
        if (!word_order(me->w[k], fam, &v, &kind) || !isfinite(v))
            continue; /* no order, or no limit: nothing lies beyond it */
        /* the values tried with every other setting as the champion's,
         * on the champion's scale */
        double lo = v, hi = v, below = -INFINITY, above = INFINITY;
        size_t nb = (size_t)-1, na = (size_t)-1;
        for (size_t c = 0; c < cv->n_candidates; c++) {
            double u;
            int ukind;
            if (c == ch || r->configs[c].family != fam || !same_but(me, &words[c], k) ||
                !word_order(words[c].w[k], fam, &u, &ukind) || ukind != kind || u == v)
                continue;
            lo = fmin(lo, u);
            hi = fmax(hi, u);
            if (u < v && (nb == (size_t)-1 || u > below))
                below = u, nb = c;
            if (u > v && (na == (size_t)-1 || u < above)) /* (no limit: +infinity) */
                above = u, na = c;
        }
        if (lo == hi)
            continue; /* one value tried: no edge to speak of */
        const int side = v == lo ? -1 : v == hi ? 1 : 0;
        const size_t in = side < 0 ? na : nb; /* the next value inward */
        if (!side || in == (size_t)-1 || !isfinite(cv->mean[in]))
            continue;
        /* a count past what the data can split fits a constant: beating it
         * says nothing of the values beyond the champion (before
         * 2026-12-05 min_samples_leaf=50 against 1250 said "try 2", the
         * value the note for 2 and 50 had sent the user away from) */
        const size_t klen = strcspn(me->w[k], "=");
        const double cap = split_cap(r, &r->configs[ch], me->w[k], klen);
        if ((side < 0 ? above : below) > cap || v > cap)
            continue;
        const int better = greater ? cv->mean[ch] > cv->mean[in] : cv->mean[ch] < cv->mean[in];
        if (!better)
            continue;
        /* and better by more than the cross-validation's noise: the
         * one-standard-error rule (Hastie, Tibshirani & Friedman, The
         * Elements of Statistical Learning, 2nd ed., §7.10): a value whose
         * mean is within one standard error of the best's, the best's fold
         * scores' standard deviation (n - 1) over sqrt(k) = std / sqrt(k - 1)
         * (std has divisor k), scores as well. Before 2026-12-04 a margin of
         * a third of a fold std on labels without signal said "try C=1000"
         * (tests/cli/train_grid_edge_within_noise). */
        const double se = cv->n_folds > 1 ? cv->std[ch] / sqrt((double)(cv->n_folds - 1)) : NAN;
        if (!(fabs(cv->mean[ch] - cv->mean[in]) > se))
            continue;
        /* nothing beyond the key's limit (a share of every row or column,
         * learning_rate=1, min_samples_split=2), and a key without known
         * limits gets no advice it cannot keep inside them */
        const tr_key_range *kr = tr_key_range_find(fam, me->w[k], klen, kind);
        if (!kr)
            continue;
        const double top =
            fmin(cap, kr->hi_from == HI_COLUMNS ? fmin(kr->hi, (double)r->n_features)
                      : kr->hi_from == HI_ROWS  ? fmin(kr->hi, (double)r->counts.rows[0])
                                                : kr->hi);
        const double neighbour = side < 0 ? above : below; /* +infinity: no limit (None, 0) */
        /* the cross-validation's fits run every round; the refit's early
         * stopping kept fewer than the largest n_estimators: the limit did
         * not bind, and more rounds would go unused (said instead of a
         * value to try; before 2026-12-05 "try n_estimators=300" beside "20
         * of 30 rounds kept": tests/cli/train_grid_edge_early_stopped) */
        const int unused = fam == CT_TRAIN_GBDT && side > 0 && r->early_stopping > 0 &&
                           klen == sizeof "n_estimators" - 1 &&
                           strncmp(me->w[k], "n_estimators", klen) == 0 && (double)r->n_trees < v;
        const double beyond = unused ? NAN : step_out(kr, v, neighbour, side, top);
        if (!unused && (isnan(beyond) || beyond == v))
            continue;
        ct_train_grid_edge *e = &r->edges[r->n_edges++];
        memset(e, 0, sizeof *e);
        e->rounds_kept = unused ? r->n_trees : 0;
        const char *iw = words[in].w[k];
        snprintf(e->key, sizeof e->key, "%.*s", (int)klen, me->w[k]);
        e->value = v;
        e->neighbour = neighbour;
        e->beyond = beyond;
        if (unused)
            e->beyond_text[0] = '\0';
        else if (kr->whole)
            snprintf(e->beyond_text, sizeof e->beyond_text, "%.0f", beyond);
        else
            beyond_write(e->beyond_text, sizeof e->beyond_text, beyond, v, side, kind);
        /* the number the text says (0.01, not 0.010000000000000002): the
         * value --grid would try */
        e->beyond = unused ? NAN : strtod(e->beyond_text, NULL);
        snprintf(e->neighbour_text, sizeof e->neighbour_text, "%.*s",
                 (int)strcspn(strchr(iw, '=') + 1, "("), strchr(iw, '=') + 1);
        /* the grid to run next: the value beyond beside the two this run
         * compared, in the scale's order, so that the next run brackets
         * the chosen value (see ct_train_grid_edge.try_grid) */
        const char *vw = strchr(me->w[k], '=') + 1;
        const int vl = (int)strcspn(vw, "(");
        snprintf(e->value_text, sizeof e->value_text, "%.*s", vl, vw);
        char next[sizeof e->try_grid] = "";
        if (unused)
            ;
        else if (side < 0)
            snprintf(next, sizeof next, "%s=%s,%s,%s", e->key, e->beyond_text, e->value_text,
                     e->neighbour_text);
        else
            snprintf(next, sizeof next, "%s=%s,%s,%s", e->key, e->neighbour_text, e->value_text,
                     e->beyond_text);
        memcpy(e->try_grid, next, sizeof next);
        e->side = side;
        e->fraction = kind;
    }
    ct_free(words);
}
