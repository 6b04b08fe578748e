/* train_fit.c — one fit of the claim classifier on given rows: the labels
 * from the target column, a grid candidate's hyperparameters, the feature
 * pipeline and the estimator fitted on the rows, their predictions, the
 * log-odds, and the model's calibration as a calibrator (train_internal.h). */
#include "base/parse.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"
#include "claimtriage/csv.h"
#include "claimtriage/design.h"
#include "select/calib_internal.h"
#include "select/train_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---------------------------------------------------------------- labels */

/* One distinct labelled value of the target: its text and rows. */
typedef struct lvalue {
    char text[48];
    size_t rows;
} lvalue;

#define LV_MAX 8 /* distinct label values named in the message */

/* Record value s (len bytes) in v[0..*nv) (at most LV_MAX kept); *more
 * counts the rows of values past those. */
static void lv_add(lvalue *v, size_t *nv, size_t *more, const char *s, size_t len)
{
    char t[48];
    ct_textwidth_fit(t, sizeof t, s, len, SIZE_MAX, NULL, 0); /* on a character boundary */
    for (size_t k = 0; k < *nv; k++)
        if (strcmp(v[k].text, t) == 0) {
            v[k].rows++;
            return;
        }
    if (*nv < LV_MAX) {
        memcpy(v[*nv].text, t, sizeof t);
        v[(*nv)++].rows = 1;
    } else
        (*more)++;
}

static int put(char *buf, size_t size, size_t *at, const char *fmt, ...) CT_PRINTF(4, 5);

/* a and b equal up to ASCII case and spaces, an odd space (U+00A0...)
 * being one (ct_textwidth_label_same) */
static int same_label(const char *a, const char *b) { return ct_textwidth_label_same(a, b); }

/* Label text s for a message: an odd space or invisible character as its
 * code ('claim<U+00A0>', ct_utf8_visible_label); returns out. */
static const char *shown(char *out, size_t cap, const char *s)
{
    ct_utf8_visible_label(out, cap, s, strlen(s));
    return out;
}

const char *tr_label_case_variant(const ct_frame *f, const char *target, const char *positive)
{
    size_t j;
    if (!positive || ct_frame_find(f, target, &j, NULL) != CT_OK)
        return NULL;
    return ct_column_level_near(ct_frame_col(f, j), positive);
}

/* Whether s reads as a finite number (ct_parse_number), into *v. */
static int label_number(const char *s, double *v)
{
    int whole;
    return ct_parse_number(s, strlen(s), v, &whole) == 0 && isfinite(*v);
}

const char *tr_label_number_variant(const ct_frame *f, const char *target, const char *positive)
{
    size_t j;
    double p, x;
    if (!positive || !label_number(positive, &p) || ct_frame_find(f, target, &j, NULL) != CT_OK)
        return NULL;
    const ct_column *c = ct_frame_col(f, j);
    for (size_t k = 0; ct_column_type(c) == CT_TYPE_CATEGORY && k < ct_column_nlevels(c); k++) {
        const char *l = ct_column_level(c, k);
        if (strcmp(l, positive) != 0 && label_number(l, &x) && x == p)
            return l;
    }
    return NULL;
}

void tr_label_number_cause(char *buf, size_t cap, const char *written, const char *positive)
{
    /* pandas writes an integer column holding an empty cell as float64:
     * 1 becomes '1.0' on a re-save (read_csv then to_csv) */
    if (strchr(written, '.') && !strchr(positive, '.'))
        snprintf(buf, cap,
                 "the file writes the labels as decimals ('%s' for '%s'), as pandas re-saves a "
                 "column of whole numbers holding an empty cell",
                 written, positive);
    else
        snprintf(buf, cap, "the file writes the number '%s' as '%s'", positive, written);
}

/* The distinct labelled values of target's column c in v[0..*nv) (at most
 * LV_MAX), *more the rows of values past those. */
static void lv_collect(const ct_column *c, size_t n, lvalue *v, size_t *nv, size_t *more)
{
    const uint8_t *miss = ct_column_missing(c);
    char num[32];
    *nv = 0;
    *more = 0;
    for (size_t i = 0; i < n; i++) {
        if (miss[i])
            continue;
        size_t len = 0;
        const char *s;
        if (ct_column_type(c) == CT_TYPE_CATEGORY) {
            s = ct_column_level(c, (size_t)ct_column_codes(c)[i]);
            len = strlen(s);
        } else if (ct_column_is_numeric(c)) {
            snprintf(num, sizeof num, "%.17g", ct_column_f64(c)[i]);
            s = num;
            len = strlen(s);
        } else if (!(s = ct_column_str(c, i, &len)))
            continue;
        lv_add(v, nv, more, s, len);
    }
}

/* "'a' (12 rows), 'b' (3)[ and 5 rows of other values]" into list */
static void lv_list(const lvalue *v, size_t nv, size_t more, char *list, size_t cap)
{
    size_t len = 0;
    char cnt[32];
    list[0] = '\0';
    for (size_t k = 0; k < nv; k++) {
        ct_numfmt_count(cnt, sizeof cnt, v[k].rows); /* every count with its separators */
        char vis[4 * sizeof v[k].text];
        int w = snprintf(list + len, cap - len, "%s'%s' (%s%s)", k ? ", " : "",
                         shown(vis, sizeof vis, v[k].text), cnt,
                         k                ? ""
                         : v[k].rows == 1 ? " row"
                                          : " rows");
        if (w > 0 && (size_t)w < cap - len)
            len += (size_t)w;
    }
    if (more) {
        ct_numfmt_count(cnt, sizeof cnt, more);
        snprintf(list + len, cap - len, " and %s row%s of other values", cnt, more == 1 ? "" : "s");
    }
}

size_t tr_label_values(const ct_frame *f, const char *target, char *list, size_t cap)
{
    size_t j;
    if (ct_frame_find(f, target, &j, NULL) != CT_OK) {
        if (cap)
            list[0] = '\0';
        return 0;
    }
    lvalue v[LV_MAX];
    size_t nv, more;
    lv_collect(ct_frame_col(f, j), ct_frame_nrows(f), v, &nv, &more);
    if (cap)
        lv_list(v, nv, more, list, cap);
    return nv + (more > 0);
}

/* The cause of a label column of one class among its labelled rows (its
 * value, the rows), for a caller that words it (the run report:
 * CT_DIAG_CAUSE_ONE_CLASS, since 2026-12-06:
 * tests/cli/report_failed_run_says_why). */
static void tr_one_class_cause(ct_diag *d, const char *target, const char *value, size_t rows)
{
    if (!d)
        return;
    d->kind = CT_DIAG_CAUSE_ONE_CLASS;
    snprintf(d->cause_column, sizeof d->cause_column, "%s", target);
    snprintf(d->cause_value, sizeof d->cause_value, "%s", value ? value : "");
    d->cause_rows = rows;
}

/* The index in v[0..nv) of the value positive names (as tr_labels matches
 * it: a level or text byte for byte, a number by value), nv when none. */
static size_t lv_find_positive(const ct_column *c, const lvalue *v, size_t nv, const char *positive)
{
    if (!positive)
        return nv;
    const int num = ct_column_is_numeric(c);
    double pv = 0;
    if (num) {
        char *end;
        errno = 0;
        pv = strtod(positive, &end);
        if (end == positive || *end || errno || !isfinite(pv))
            return nv;
    }
    for (size_t k = 0; k < nv; k++)
        if (num ? strtod(v[k].text, NULL) == pv : strcmp(v[k].text, positive) == 0)
            return k;
    return nv;
}

void tr_label_names(const ct_frame *f, const char *target, const char *positive, char *pos,
                    char *neg, size_t cap)
{
    char vis[200]; /* shown() of a label: up to 4 bytes a byte */
    snprintf(pos, cap, "'%s'", shown(vis, sizeof vis, positive ? positive : ""));
    snprintf(neg, cap, "the other class");
    char other[256];
    if (tr_label_other(f, target, positive, other, sizeof other))
        snprintf(neg, cap, "'%s'", shown(vis, sizeof vis, other));
}

ct_status ct_train_label_column_check(const ct_frame *f, const char *target, const char *positive,
                                      ct_diag *d)
{
    if (!f || !target || tr_label_values(f, target, NULL, 0) <= LV_MAX)
        return CT_OK;
    return tr_labels_binary(f, target, positive, d);
}

int tr_label_other(const ct_frame *f, const char *target, const char *positive, char *buf,
                   size_t cap)
{
    if (cap)
        buf[0] = '\0';
    size_t j;
    if (!target || ct_frame_find(f, target, &j, NULL) != CT_OK)
        return 0;
    lvalue v[LV_MAX];
    size_t nv, more;
    const ct_column *c = ct_frame_col(f, j);
    lv_collect(c, ct_frame_nrows(f), v, &nv, &more);
    const size_t p = lv_find_positive(c, v, nv, positive);
    if (nv != 2 || more || p >= 2)
        return 0;
    if (cap)
        snprintf(buf, cap, "%s", v[1 - p].text);
    return 1;
}

/* The column of f other than target most likely meant as the label, for a
 * target of many values: a categorical column of two values, the one
 * holding positive first, then the default label column 'claim_status',
 * then the first in the file; NULL when there is none. */
static const ct_column *likely_label_column(const ct_frame *f, const char *target,
                                            const char *positive)
{
    const ct_column *first = NULL, *named = NULL;
    for (size_t k = 0; k < ct_frame_ncols(f); k++) {
        const ct_column *c = ct_frame_col(f, k);
        if (ct_column_type(c) != CT_TYPE_CATEGORY || ct_column_nlevels(c) != 2 ||
            strcmp(ct_column_name(c), target) == 0)
            continue;
        if (positive && ct_column_level_find(c, positive) >= 0)
            return c;
        if (!named && strcmp(ct_column_name(c), "claim_status") == 0)
            named = c;
        if (!first)
            first = c;
    }
    return named ? named : first;
}

ct_status tr_labels_binary(const ct_frame *f, const char *target, const char *positive, ct_diag *d)
{
    size_t j;
    ct_status st = ct_frame_find(f, target, &j, d);
    if (st)
        return st;
    lvalue v[LV_MAX];
    size_t nv, more;
    lv_collect(ct_frame_col(f, j), ct_frame_nrows(f), v, &nv, &more);
    if (nv < 3)
        return CT_OK;
    /* a third value: every value named (the first LV_MAX) with its rows */
    char list[640];
    lv_list(v, nv, more, list, sizeof list);
    ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                "the target '%s' has %s%zu values, not two: %s; a claim classifier tells two "
                "classes apart",
                target, more ? "more than " : "", nv, list);
    /* many values: a count, a measure or an id given as the target, not a
     * class label to relabel; its kind and the likely label column said
     * (before 2026-12-07 the relabel hint below; queue-eval went on with
     * every figure undefined: tests/cli/queue_eval_target_many_values) */
    if (d && more) {
        const ct_column *tc = ct_frame_col(f, j);
        const char *kind = ct_type_name(ct_column_type(tc));
        const ct_column *alt = likely_label_column(f, target, positive);
        /* the value suggested for --positive: the one given when the
         * column holds it, else the default 'claim', else its first */
        char vis[200];
        if (alt)
            ct_textwidth_snprintf(
                d->hint, sizeof d->hint,
                "'%s' is a%s %s column of many values, not a class label; the label column is "
                "likely '%s' ('%s' or '%s'): --target=%s --positive=%s",
                target, strchr("aeiou", kind[0]) ? "n" : "", kind, ct_column_name(alt),
                ct_column_level(alt, 0), ct_column_level(alt, 1), ct_column_name(alt),
                shown(vis, sizeof vis,
                      positive && ct_column_level_find(alt, positive) >= 0 ? positive
                      : ct_column_level_find(alt, "claim") >= 0            ? "claim"
                                                                : ct_column_level(alt, 0)));
        else
            ct_textwidth_snprintf(d->hint, sizeof d->hint,
                                  "'%s' is a%s %s column of many values, not a class label: "
                                  "name the label column with --target=COL --positive=VALUE",
                                  target, strchr("aeiou", kind[0]) ? "n" : "", kind);
        return CT_EDATA;
    }
    if (d) {
        /* every group of look-alikes at once (before 2026-12-04 the first
         * pair alone: 'opinion' and 'OPINION' hid 'Claim ' and 'CLAIM':
         * tests/cli/train_label_lookalikes_all_named) */
        char groups[sizeof d->hint];
        size_t gat = 0, ngroups = 0;
        uint8_t done[LV_MAX] = {0};
        groups[0] = 0;
        for (size_t a = 0; a < nv; a++) {
            size_t members = 0;
            for (size_t b = a + 1; b < nv; b++)
                members += !done[b] && same_label(v[a].text, v[b].text);
            if (done[a] || !members)
                continue;
            char vis[4 * sizeof v[a].text];
            put(groups, sizeof groups, &gat, "%s'%s'",
                ngroups == 0   ? ""
                : ngroups == 1 ? " differ only in case or spaces, as do "
                               : "; and ",
                shown(vis, sizeof vis, v[a].text));
            ngroups++;
            for (size_t b = a + 1, m = 0; b < nv; b++)
                if (!done[b] && same_label(v[a].text, v[b].text)) {
                    done[b] = 1;
                    put(groups, sizeof groups, &gat, "%s'%s'", ++m == members ? " and " : ", ",
                        shown(vis, sizeof vis, v[b].text));
                }
        }
        if (ngroups) {
            ct_textwidth_snprintf(d->hint, sizeof d->hint,
                                  "%s%s: fix the spelling so each class is written one way", groups,
                                  ngroups == 1 ? " differ only in case or spaces" : "");
            return CT_EDATA;
        }
        /* the values past the two kept ones, as --na-values reads them (a
         * '-' or 'unknown' meant as no label), when each can be written
         * there (no ',' or quote). Kept: the positive value, however rare
         * (reading the class the model is for as missing leaves nothing to
         * learn), and the most frequent other; without the positive value
         * among them, the two most frequent. */
        size_t top[2] = {0, 1};
        const size_t kp = lv_find_positive(ct_frame_col(f, j), v, nv, positive);
        for (size_t k = 0; k < nv; k++)
            if (k != top[0] && v[k].rows > v[top[0]].rows)
                top[0] = k;
        if (kp < nv)
            top[0] = kp;
        top[1] = top[0] == 0 ? 1 : 0;
        for (size_t k = 0; k < nv; k++)
            if (k != top[0] && v[k].rows > v[top[1]].rows)
                top[1] = k;
        char na[320] = "";
        size_t at = 0;
        for (size_t k = 0; k < nv && !more; k++) {
            if (k == top[0] || k == top[1])
                continue;
            if (strpbrk(v[k].text, ",'\"") || !v[k].text[0]) {
                at = 0;
                break;
            }
            int w = snprintf(na + at, sizeof na - at, "%s%s", at ? "," : "", v[k].text);
            if (w < 0 || (size_t)w >= sizeof na - at) {
                at = 0;
                break;
            }
            at += (size_t)w;
        }
        /* as typed: a value holding a no-break space in bash's $'...'
         * with its bytes (ct_shell_option_value), 'claim ' read from the screen
         * being a plain space */
        char naw[sizeof na + 16] = "";
        if (at) {
            ct_shell_option_value(naw, sizeof naw, na);
            if (naw[0] != '$')
                snprintf(naw, sizeof naw, "'%s'", na);
        }
        if (at)
            snprintf(d->hint, sizeof d->hint,
                     "relabel the rows of the extra value%s, or leave them unlabelled (counted, "
                     "never trained on or scored against): blank their '%s', or read %s as "
                     "missing with --na-values=%s",
                     nv > 3 ? "s" : "", target, nv > 3 ? "them" : "it", naw);
        else
            snprintf(d->hint, sizeof d->hint,
                     "relabel the rows of the extra value(s), or blank their '%s' to leave them "
                     "unlabelled (counted, never trained on or scored against)",
                     target);
    }
    return CT_EDATA;
}

ct_status tr_labels(const ct_frame *f, const char *target, const char *positive, double *y,
                    size_t *npos, size_t *nunl, ct_diag *d)
{
    size_t j;
    ct_status st = ct_frame_find(f, target, &j, d);
    if (st)
        return st;
    if ((st = tr_labels_binary(f, target, positive, d)))
        return st;
    const ct_column *c = ct_frame_col(f, j);
    const size_t n = ct_frame_nrows(f);
    const uint8_t *miss = ct_column_missing(c);
    size_t np = 0, nu = 0;
    if (ct_column_type(c) == CT_TYPE_CATEGORY) {
        const int32_t k = ct_column_level_find(c, positive);
        const int32_t *codes = ct_column_codes(c);
        for (size_t i = 0; i < n; i++)
            y[i] = miss[i] ? NAN : codes[i] == k ? 1.0 : 0.0;
    } else if (ct_column_is_numeric(c)) {
        char *end;
        errno = 0;
        const double v = strtod(positive, &end);
        if (end == positive || *end || errno || !isfinite(v))
            return ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                               "the target '%s' is numeric and the positive value '%s' is not a "
                               "number",
                               target, positive);
        const double *x = ct_column_f64(c);
        for (size_t i = 0; i < n; i++)
            y[i] = miss[i] ? NAN : x[i] == v ? 1.0 : 0.0;
    } else {
        const size_t plen = strlen(positive);
        for (size_t i = 0; i < n; i++) {
            size_t len;
            const char *s = ct_column_str(c, i, &len);
            y[i] = !s || miss[i] ? NAN : (len == plen && memcmp(s, positive, plen) == 0);
        }
    }
    for (size_t i = 0; i < n; i++) {
        nu += isnan(y[i]);
        np += y[i] == 1;
    }
    *npos = np;
    *nunl = nu;
    if (nu == n) {
        /* a file of unlabelled reports (the backlog): it is scored, not
         * trained on */
        ct_diag_set(d, CT_EEMPTY, NULL, 0, 0, "no row has a value of the target '%s'", target);
        if (d)
            snprintf(d->hint, sizeof d->hint, "%s",
                     n ? "train learns from labelled rows; to apply a model to unlabelled "
                         "reports use score (the review queue) or evaluate (predictions), or "
                         "train on a file of labelled reports"
                       : "the file holds no data row: train needs labelled reports");
        return CT_EEMPTY;
    }
    if (np == 0) {
        char levels[256] = "";
        if (ct_column_type(c) == CT_TYPE_CATEGORY) {
            size_t w = 0;
            for (size_t k = 0; k < ct_column_nlevels(c) && k < 8 && w < sizeof levels; k++) {
                char vis[160];
                int q = snprintf(levels + w, sizeof levels - w, "%s'%s'", k ? ", " : "",
                                 shown(vis, sizeof vis, ct_column_level(c, k)));
                w += q > 0 ? (size_t)q : 0;
            }
        }
        ct_diag_set(d, CT_EDATA, NULL, 0, 0, "no row of '%s' is '%s'%s%s%s", target, positive,
                    levels[0] ? " (its values: " : "", levels, levels[0] ? ")" : "");
        /* one value only: a file filtered to the other class, not a wrong
         * --positive (naming that value would leave one class all the same) */
        const char *near = ct_design_positive_hint(c, positive, d ? d->hint : levels,
                                                   d ? sizeof d->hint : sizeof levels);
        /* the same number written otherwise ('1.0' for '1'): named with
         * its cause, not equated (before 2026-12-04 only "name the value
         * ... with --positive": tests/cli/train_labels_resaved_as_decimals) */
        const char *num = near ? NULL : tr_label_number_variant(f, target, positive);
        char cause[256];
        if (num) {
            tr_label_number_cause(cause, sizeof cause, num, positive);
            cause[0] = (char)toupper((unsigned char)cause[0]); /* after "?" */
        }
        if (near)
            ;
        else if (num)
            snprintf(d ? d->hint : levels, d ? sizeof d->hint : sizeof levels,
                     "did you mean --positive=%s? %s: name the value as the file writes it, or "
                     "rewrite the labels as '%s'",
                     num, cause, positive);
        else if (ct_column_type(c) == CT_TYPE_CATEGORY && ct_column_nlevels(c) == 1) {
            snprintf(d ? d->hint : levels, d ? sizeof d->hint : sizeof levels,
                     "every labelled row is '%s': one class only, and a classifier needs "
                     "labelled rows of both classes (a file filtered to one class cannot "
                     "train it)",
                     ct_column_level(c, 0));
            tr_one_class_cause(d, target, ct_column_level(c, 0), n - nu);
        } else
            snprintf(d ? d->hint : levels, d ? sizeof d->hint : sizeof levels,
                     "name the value that marks the positive class with --positive");
        return CT_EDATA;
    }
    if (np + nu == n) {
        ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                    "every labelled row of '%s' is '%s': one class only, nothing to tell apart",
                    target, positive);
        if (d)
            snprintf(d->hint, sizeof d->hint,
                     "a classifier needs labelled rows of both classes: add rows labelled other "
                     "than '%s' (a file filtered to one class cannot train it)",
                     positive);
        tr_one_class_cause(d, target, positive, np);
        return CT_EDATA;
    }
    return CT_OK;
}

/* ------------------------------------------------------- hyperparameters */

static const char *const family_names[CT_TRAIN_NFAMILIES] = {"lr", "gbdt", "rf"};

const char *ct_train_family_name(ct_train_family f)
{
    return (unsigned)f < CT_TRAIN_NFAMILIES ? family_names[f] : NULL;
}

ct_status ct_train_family_parse(const char *s, ct_train_family *out)
{
    for (int k = 0; s && k < CT_TRAIN_NFAMILIES; k++)
        if (strcmp(s, family_names[k]) == 0) {
            *out = (ct_train_family)k;
            return CT_OK;
        }
    return CT_EINVAL;
}

/* Append to buf at *at (snprintf's rule: *at counts what was needed). */
static int put(char *buf, size_t size, size_t *at, const char *fmt, ...) CT_PRINTF(4, 5);
static int put(char *buf, size_t size, size_t *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const int q = vsnprintf(*at < size ? buf + *at : NULL, *at < size ? size - *at : 0, fmt, ap);
    va_end(ap);
    if (q > 0)
        *at += (size_t)q;
    return q;
}

size_t ct_train_config_describe(const ct_train_config *c, char *buf, size_t size)
{
    size_t at = 0;
    if (size)
        buf[0] = 0;
    const ct_vectorizer_params *v = &c->vectorizer;
    if (c->family == CT_TRAIN_GBDT) {
        const ct_gbdt_params *g = &c->gbdt;
        put(buf, size, &at,
            "n_estimators=%d learning_rate=%.6g max_depth=%d min_child_weight=%.6g "
            "reg_lambda=%.6g gamma=%.6g subsample=%.6g colsample_bytree=%.6g ",
            g->n_estimators, g->learning_rate, g->max_depth, g->min_child_weight, g->reg_lambda,
            g->gamma, g->subsample, g->colsample_bytree);
        /* (only when set: the text of every other candidate as before) */
        if (g->colsample_bynode != 1)
            put(buf, size, &at, "colsample_bynode=%.6g ", g->colsample_bynode);
        if (g->text_rounds)
            put(buf, size, &at, "text_rounds=%d ", g->text_rounds);
    } else if (c->family == CT_TRAIN_RF) {
        const ct_rf_params *r = &c->rf;
        put(buf, size, &at, "n_estimators=%d ", r->n_estimators);
        if (r->max_depth)
            put(buf, size, &at, "max_depth=%d ", r->max_depth);
        else
            put(buf, size, &at, "max_depth=None ");
        /* a fraction keeps its point (1.0: every column or row), since
         * scikit-learn reads a whole 1 as one column or one row */
        char mf[32], ms[32];
        ct_rf_max_features_text(r, mf, sizeof mf);
        ct_rf_max_samples_text(r, ms, sizeof ms);
        put(buf, size, &at,
            "max_features=%s max_samples=%s min_samples_leaf=%d min_samples_split=%d ", mf, ms,
            r->min_samples_leaf, r->min_samples_split);
    } else
        put(buf, size, &at, "C=%.6g ", c->C);
    if (!c->no_ngrams) {
        /* min_df as the grid takes it: the fraction 1.0 keeps its point */
        char df[48];
        ct_vectorizer_min_df_text(v, df, sizeof df);
        put(buf, size, &at, "ngrams=%zu-%zu min_df=%s %s=%zu weighting=%s ", v->ngram_min,
            v->ngram_max, df,
            c->family == CT_TRAIN_LR ? "max_features" : "vectorizer__max_features", v->max_features,
            v->weighting == CT_VECTORIZER_BINARY ? "binary" : "tfidf");
    }
    if (c->family == CT_TRAIN_LR)
        put(buf, size, &at, "class_weight=%s", c->class_weight_balanced ? "balanced" : "none");
    else if (at > 0 && --at < size) /* the words before end with a space */
        buf[at] = 0;
    return at;
}

/* A grid value: a finite decimal number as the loader reads one
 * (ct_parse_number: no hexadecimal, which strtod takes, '0x10' = 16),
 * written without spaces around it. */
static int parse_num(const char *s, double *out)
{
    const size_t n = strlen(s);
    double v;
    int integral;
    if (n == 0 || s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t' ||
        ct_parse_number(s, n, &v, &integral) != 0 || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

static int parse_count(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    if (*s < '0' || *s > '9')
        return -1;
    const unsigned long long v = strtoull(s, &end, 10);
    if (end == s || *end || errno)
        return -1;
    *out = (size_t)v;
    return 0;
}

/* "1-2" or "1,2" is not possible inside a grid (',' separates values), so
 * the grid writes n-gram ranges as MIN-MAX; a single N means N-N. */
static int parse_ngrams(const char *s, size_t *lo, size_t *hi)
{
    char buf[32];
    const size_t n = strlen(s);
    if (n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, s, n + 1);
    char *dash = strchr(buf, '-');
    if (dash)
        *dash = '\0';
    if (parse_count(buf, lo) || (dash ? parse_count(dash + 1, hi) : (*hi = *lo, 0)))
        return -1;
    return 0;
}

/* The keys each family takes, for the message refusing another. */
static const char *const family_keys[CT_TRAIN_NFAMILIES] = {
    "C, class_weight, ngrams, min_df, max_features, weighting, vectorizer__max_features",
    "n_estimators, learning_rate, max_depth, min_child_weight, reg_lambda, gamma, subsample, "
    "colsample_bytree, colsample_bynode, text_rounds, ngrams, min_df, weighting, "
    "vectorizer__max_features",
    "n_estimators, max_depth, max_features, max_samples, min_samples_leaf, min_samples_split, "
    "ngrams, min_df, weighting, vectorizer__max_features",
};

/* The trees' keys that are XGBoost's or scikit-learn's names for a
 * hyperparameter, and gbdt's text_rounds (ours): the rest (random_state,
 * max_bins, ...) are set by train. */
static int tree_key(ct_train_family fam, const char *key)
{
    static const char *const gb[] = {
        "n_estimators",     "learning_rate", "max_depth", "min_child_weight",
        "reg_lambda",       "gamma",         "subsample", "colsample_bytree",
        "colsample_bynode", "text_rounds",   NULL};
    static const char *const rf[] = {
        "n_estimators",      "max_depth", "max_features", "max_samples", "min_samples_leaf",
        "min_samples_split", NULL};
    for (const char *const *k = fam == CT_TRAIN_GBDT ? gb : rf; *k; k++)
        if (strcmp(*k, key) == 0)
            return 1;
    return 0;
}

/* The candidate's base: the options' hyperparameters, the trees seeded
 * from the options' seed. */
void tr_config_base(const ct_train_options *o, ct_train_family fam, ct_train_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->family = fam;
    cfg->C = o->lr.C;
    cfg->class_weight_balanced = o->lr.class_weight_balanced;
    cfg->vectorizer = o->vectorizer;
    if (fam != CT_TRAIN_LR)
        cfg->vectorizer.weighting = o->tree_weighting;
    cfg->gbdt = o->gbdt;
    cfg->rf = o->rf;
    cfg->gbdt.random_state = o->seed;
    cfg->rf.random_state = o->seed;
    cfg->gbdt.early_stopping_rounds = 0; /* the refit's, set by train */
}

ct_status tr_config(const ct_grid *g, size_t c, const ct_train_options *o, ct_train_family fam,
                    ct_train_config *cfg, ct_diag *d)
{
    tr_config_base(o, fam, cfg);
    const char *fname = family_names[fam];
    const size_t nk = g ? ct_grid_nkeys(g) : 0;
    for (size_t k = 0; k < nk; k++) {
        const char *key = ct_grid_key(g, k), *v = ct_grid_value_at(g, c, k);
        int bad = 0;
        const char *want = ""; /* what the key takes, for the message */
        if (fam != CT_TRAIN_LR && tree_key(fam, key)) {
            ct_diag td;
            ct_diag_clear(&td);
            const ct_status st = fam == CT_TRAIN_GBDT ? ct_gbdt_params_set(&cfg->gbdt, key, v, &td)
                                                      : ct_rf_params_set(&cfg->rf, key, v, &td);
            if (st == CT_ENOMEM)
                return ct_diag_set(d, st, NULL, 0, 0, "out of memory");
            if (st != CT_OK)
                /* the family's message names the key and value already
                 * ("gbdt: max_depth=0: ..."): not repeated */
                return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "grid value not valid: %s",
                                   td.message);
            continue;
        }
        if (fam == CT_TRAIN_LR && strcmp(key, "C") == 0)
            bad = parse_num(v, &cfg->C) || !(cfg->C > 0) || !(cfg->C <= CT_LR_C_MAX),
            want = "C is a number in (0, 1e+12] (the inverse of the L2 penalty)";
        else if (strcmp(key, "ngrams") == 0 || strcmp(key, "ngram_range") == 0)
            bad = parse_ngrams(v, &cfg->vectorizer.ngram_min, &cfg->vectorizer.ngram_max),
            want = "ngrams is MIN-MAX, 1 <= MIN <= MAX (1-2: words and word pairs)";
        else if (strcmp(key, "min_df") == 0)
            bad = (want = ct_vectorizer_min_df_parse(&cfg->vectorizer, v)) != NULL;
        else if ((fam == CT_TRAIN_LR && strcmp(key, "max_features") == 0) ||
                 strcmp(key, "vectorizer__max_features") == 0)
            bad = parse_count(v, &cfg->vectorizer.max_features),
            want = "max_features is a whole number of n-grams (0: no limit)";
        else if (strcmp(key, "weighting") == 0) {
            want = "weighting is tfidf or binary";
            if (strcmp(v, "tfidf") == 0)
                cfg->vectorizer.weighting = CT_VECTORIZER_TFIDF;
            else if (strcmp(v, "binary") == 0)
                cfg->vectorizer.weighting = CT_VECTORIZER_BINARY;
            else
                bad = 1;
        } else if (fam == CT_TRAIN_LR && strcmp(key, "class_weight") == 0) {
            want = "class_weight is none or balanced";
            if (strcmp(v, "balanced") == 0)
                cfg->class_weight_balanced = 1;
            else if (strcmp(v, "none") == 0)
                cfg->class_weight_balanced = 0;
            else
                bad = 1;
        } else
            return ct_diag_set(d, CT_EINVAL, NULL, 0, 0,
                               "grid key '%s' is not a hyperparameter of '%s' (keys: %s)", key,
                               fname, family_keys[fam]);
        const char *msg = bad ? want : ct_vectorizer_params_check(&cfg->vectorizer);
        if (bad || msg)
            return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "grid value %s=%s is not valid%s%s", key,
                               v, msg && *msg ? ": " : "", msg ? msg : "");
    }
    return CT_OK;
}

int tr_same_vectorizer(const ct_vectorizer_params *a, const ct_vectorizer_params *b)
{
    return a->ngram_min == b->ngram_min && a->ngram_max == b->ngram_max && a->min_df == b->min_df &&
           a->min_df_fraction == b->min_df_fraction && a->max_df == b->max_df &&
           a->max_df_fraction == b->max_df_fraction && a->max_features == b->max_features &&
           a->weighting == b->weighting;
}

int tr_same_config(const ct_train_config *a, const ct_train_config *b)
{
    if (a->family != b->family ||
        (!(a->no_ngrams && b->no_ngrams) && !tr_same_vectorizer(&a->vectorizer, &b->vectorizer)))
        return 0;
    if (a->family == CT_TRAIN_GBDT) {
        const ct_gbdt_params *x = &a->gbdt, *y = &b->gbdt;
        return x->n_estimators == y->n_estimators && x->learning_rate == y->learning_rate &&
               x->max_depth == y->max_depth && x->min_child_weight == y->min_child_weight &&
               x->reg_lambda == y->reg_lambda && x->gamma == y->gamma &&
               x->subsample == y->subsample && x->colsample_bytree == y->colsample_bytree &&
               x->colsample_bynode == y->colsample_bynode && x->text_rounds == y->text_rounds &&
               x->max_bins == y->max_bins && x->random_state == y->random_state;
    }
    if (a->family == CT_TRAIN_RF) {
        const ct_rf_params *x = &a->rf, *y = &b->rf;
        return x->n_estimators == y->n_estimators && x->max_depth == y->max_depth &&
               x->min_samples_split == y->min_samples_split &&
               x->min_samples_leaf == y->min_samples_leaf && x->max_features == y->max_features &&
               x->max_features_kind == y->max_features_kind && x->bootstrap == y->bootstrap &&
               x->max_samples == y->max_samples && x->max_samples_count == y->max_samples_count &&
               x->max_bins == y->max_bins && x->random_state == y->random_state;
    }
    return a->C == b->C && a->class_weight_balanced == b->class_weight_balanced;
}

/* A grid key's hyperparameter: scikit-learn's pipeline name ngram_range
 * is ngrams, and lr's vectorizer__max_features its max_features. */
static const char *key_meaning(ct_train_family fam, const char *key)
{
    if (strcmp(key, "ngram_range") == 0)
        return "ngrams";
    if (fam == CT_TRAIN_LR && strcmp(key, "vectorizer__max_features") == 0)
        return "max_features";
    return key;
}

int tr_ngram_key(ct_train_family fam, const char *key)
{
    const char *k = key_meaning(fam, key);
    return strcmp(k, "ngrams") == 0 || strcmp(k, "min_df") == 0 || strcmp(k, "weighting") == 0 ||
           strcmp(k, "vectorizer__max_features") == 0 ||
           (fam == CT_TRAIN_LR && strcmp(k, "max_features") == 0) ||
           (fam == CT_TRAIN_GBDT && strcmp(k, "text_rounds") == 0); /* the n-grams' first stage */
}

ct_status tr_grid_check_values(const ct_grid *g, const ct_train_options *o, ct_train_family fam,
                               ct_diag *d)
{
    const size_t nk = g ? ct_grid_nkeys(g) : 0;
    /* two names of one key: the later list replaced the earlier, whose
     * values were never tried (before 2026-12-04:
     * tests/cli/train_grid_same_key_two_names) */
    for (size_t k = 0; k < nk; k++)
        for (size_t q = 0; q < k; q++)
            if (strcmp(key_meaning(fam, ct_grid_key(g, q)), key_meaning(fam, ct_grid_key(g, k))) ==
                0)
                return ct_diag_set(d, CT_EINVAL, NULL, 0, 0,
                                   "grid keys '%s' and '%s' are the same key for %s (%s): give one",
                                   ct_grid_key(g, q), ct_grid_key(g, k), family_names[fam],
                                   strcmp(key_meaning(fam, ct_grid_key(g, k)), "ngrams") == 0
                                       ? "the n-gram range"
                                       : "the vectorizer's max_features");
    /* two values of one key that are one setting, compared as the
     * candidates they make with every other key at its first value (a
     * textual check let C=1,1.0,1e0 fit one candidate three times: before
     * 2026-12-04, tests/cli/train_grid_same_value_two_ways) */
    size_t stride = g ? ct_grid_ncandidates(g) : 1;
    for (size_t k = 0; k < nk; k++) {
        const size_t nv = ct_grid_nvalues(g, k);
        stride /= nv;
        if (nv < 2)
            continue;
        ct_train_config *cf = ct_malloc(nv * sizeof *cf);
        if (!cf)
            return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory for the grid");
        ct_status st = CT_OK;
        for (size_t v = 0; v < nv && st == CT_OK; v++)
            st = tr_config(g, v * stride, o, fam, &cf[v], d);
        for (size_t v = 1; v < nv && st == CT_OK; v++)
            for (size_t u = 0; u < v && st == CT_OK; u++)
                if (tr_same_config(&cf[u], &cf[v]))
                    st = ct_diag_set(d, CT_EINVAL, NULL, 0, 0,
                                     "grid key '%s' lists '%s' and '%s', one setting written two "
                                     "ways: give it once",
                                     ct_grid_key(g, k), ct_grid_value_at(g, u * stride, k),
                                     ct_grid_value_at(g, v * stride, k));
        ct_free(cf);
        if (st != CT_OK)
            return st;
    }
    return CT_OK;
}

/* ------------------------------------------------------------ fitting */

void tr_fit_free(tr_fit *m)
{
    if (!m)
        return;
    ct_pipeline_free(m->pipe);
    if (m->type && m->est)
        m->type->destroy(m->est);
    ct_csr_free(m->X);
    memset(m, 0, sizeof *m);
}

ct_status tr_fit_estimator(const ct_csr *X, const double *ys, const ct_csr *Xv, const double *yv,
                           const ct_pipeline *pipe, const ct_train_config *cfg,
                           const ct_train_options *o, tr_fit *out, ct_diag *d)
{
    ct_status st;
    out->type = tr_family_type(cfg->family);
    if (cfg->family == CT_TRAIN_GBDT) {
        ct_gbdt_params gp = cfg->gbdt;
        gp.early_stopping_rounds = Xv ? o->early_stopping : 0;
        /* text_rounds' text columns: the pipeline's n-grams */
        uint8_t *text = NULL;
        if (gp.text_rounds > 0 && pipe) {
            if (!(text = ct_malloc(X->ncols ? X->ncols : 1)))
                return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
            for (size_t j = 0; j < X->ncols; j++) {
                const ct_pipeline_col *c = ct_pipeline_column(pipe, j);
                text[j] = c && c->kind == CT_PIPELINE_NGRAM;
            }
            gp.text_cols = text;
        }
        st = ct_gbdt_fit_valid(&gp, X, ys, NULL, gp.early_stopping_rounds ? Xv : NULL,
                               gp.early_stopping_rounds ? yv : NULL, NULL, NULL, &out->est, d);
        ct_free(text);
    } else if (cfg->family == CT_TRAIN_RF) {
        st = out->type->fit(&cfg->rf, X, ys, NULL, NULL, NULL, &out->est, d);
    } else {
        ct_lr_params lp = o->lr;
        lp.C = cfg->C;
        lp.class_weight_balanced = cfg->class_weight_balanced;
        st = out->type->fit(&lp, X, ys, NULL, NULL, NULL, &out->est, d);
    }
    if (st == CT_ENOCONVERGE && out->est)
        st = CT_OK; /* the last iterate is usable; converged says so */
    if (st != CT_OK)
        return st;
    if (cfg->family == CT_TRAIN_LR) {
        out->n_iter = ct_lr_n_iter(out->est);
        out->converged = ct_lr_converged(out->est);
    } else {
        out->n_iter = (int)ct_tree_model_ntrees(out->est);
        out->converged = 1;
    }
    return CT_OK;
}

const ct_estimator_type *tr_family_type(ct_train_family fam)
{
    return fam == CT_TRAIN_GBDT ? ct_gbdt_type() : fam == CT_TRAIN_RF ? ct_rf_type() : ct_lr_type();
}

void tr_family_spec(ct_train_family fam, ct_pipeline_spec *spec)
{
    spec->raw_numeric = fam != CT_TRAIN_LR;
}

ct_status tr_fit_rows(const ct_frame *f, const double *y, const size_t *rows, size_t n,
                      const size_t *vrows, size_t nv, const ct_pipeline_spec *spec,
                      const ct_train_config *cfg, const ct_train_options *o, int keep_design,
                      tr_fit *out, ct_diag *d)
{
    memset(out, 0, sizeof *out);
    out->type = tr_family_type(cfg->family);
    ct_pipeline_spec s = *spec;
    s.vectorizer = cfg->vectorizer;
    tr_family_spec(cfg->family, &s);
    /* the validation rows, for early stopping (gbdt) */
    const int valid = vrows && nv && cfg->family == CT_TRAIN_GBDT && o->early_stopping > 0;
    double *ys = ct_malloc((n ? n : 1) * sizeof *ys);
    double *yv = valid ? ct_malloc(nv * sizeof *yv) : NULL;
    if (!ys || (valid && !yv)) {
        ct_free(ys);
        return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n; i++)
        ys[i] = y[rows[i]];
    for (size_t i = 0; valid && i < nv; i++)
        yv[i] = y[vrows[i]];
    ct_csr *X = NULL, *Xv = NULL;
    ct_status st = ct_pipeline_fit(f, rows, n, &s, &out->pipe, d);
    if (st == CT_OK)
        st = ct_pipeline_transform(out->pipe, f, rows, n, &X, NULL, d);
    if (st == CT_OK && valid)
        st = ct_pipeline_transform(out->pipe, f, vrows, nv, &Xv, NULL, d);
    if (st == CT_OK)
        st = tr_fit_estimator(X, ys, Xv, yv, out->pipe, cfg, o, out, d);
    if (st == CT_OK && keep_design) {
        out->X = X;
        X = NULL;
    }
    ct_csr_free(X);
    ct_csr_free(Xv);
    ct_free(ys);
    ct_free(yv);
    if (st != CT_OK)
        tr_fit_free(out);
    return st;
}

ct_status tr_predict_rows(const tr_fit *m, const ct_frame *f, const size_t *rows, size_t n,
                          double *p, ct_diag *d)
{
    ct_csr *X = NULL;
    ct_status st = ct_pipeline_transform(m->pipe, f, rows, n, &X, NULL, d);
    if (st == CT_OK)
        st = m->type->predict_proba(m->est, X, p, d);
    ct_csr_free(X);
    return st;
}

double tr_logit(double p)
{
    if (!(p > 0))
        p = DBL_TRUE_MIN;
    if (!(p < 1))
        p = 1 - DBL_EPSILON / 2;
    /* ln(p / (1 - p)) as two logs: 1 - p is exact for p >= 1/2 (Sterbenz),
     * and log1p keeps small p's precision */
    return log(p) - log1p(-p);
}

/* ----------------------------------------------------- the calibration */

ct_status tr_model_calibrator(const ct_model *m, ct_calibrator **out, ct_diag *d)
{
    *out = NULL;
    /* the calibrator of claimtriage/calibrate.h built from the model's
     * fields (the loader has checked them: finite Platt parameters,
     * increasing knots, values in [0, 1]), so the model applies exactly
     * what ct_calib_apply applies */
    ct_calibrator *c = NULL;
    if (strcmp(m->calibration, "none") == 0)
        return CT_OK;
    if (strcmp(m->calibration, "platt") == 0) {
        if (!isfinite(m->platt_a) || !isfinite(m->platt_b))
            return ct_diag_set(d, CT_EFORMAT, NULL, 0, 0,
                               "the model's Platt calibration is not finite");
        if ((c = calib_alloc(CT_CALIB_PLATT, 0))) {
            c->a = m->platt_a;
            c->b = m->platt_b;
        }
    } else if (strcmp(m->calibration, "isotonic") == 0) {
        if (m->niso == 0 || !m->iso_x || !m->iso_y)
            return ct_diag_set(d, CT_EFORMAT, NULL, 0, 0,
                               "the model's isotonic calibration has no knots");
        if ((c = calib_alloc(CT_CALIB_ISOTONIC, m->niso))) {
            memcpy(c->x, m->iso_x, m->niso * sizeof *c->x);
            memcpy(c->y, m->iso_y, m->niso * sizeof *c->y);
            c->tie = m->iso_tie_break;
        }
    } else
        return ct_diag_set(d, CT_EFORMAT, NULL, 0, 0, "unknown calibration method '%s'",
                           m->calibration);
    if (!c)
        return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    *out = c;
    return CT_OK;
}
