/* design.c — a model design as a composition of cleaning, the fitted
 * encoder and its matrix, plus the binary target (see claimtriage/design.h). */
#include "claimtriage/csv.h"
#include "claimtriage/design.h"
#include "claimtriage/list.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/sort.h"

#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

ct_design_options ct_design_options_default(void)
{
    ct_design_options o;
    memset(&o, 0, sizeof o);
    o.cap_iqr = 1.5;
    o.drop_duplicates = 1;
    return o;
}

const char *ct_design_options_check(const ct_design_options *o)
{
    if (!o)
        return "options are NULL";
    if (!o->target || !*o->target)
        return "no target column";
    if (!o->positive)
        return "no positive target value";
    if (o->nfeatures == 0 || !o->features)
        return "no features";
    for (size_t k = 0; k < o->nfeatures; k++)
        if (!o->features[k].column || !*o->features[k].column)
            return "a feature has an empty column name";
    if (o->ncap && !o->cap)
        return "a column list is NULL";
    if (!(o->cap_iqr >= 0) || !isfinite(o->cap_iqr))
        return "cap_iqr must be a finite number >= 0";
    return NULL;
}

void ct_design_free(ct_design *d)
{
    if (!d)
        return;
    ct_matrix_free(d->x);
    ct_free(d->y);
    ct_clean_free(d->clean);
    ct_clean_rows_free(&d->kept);
    ct_encoder_free(d->enc);
    ct_free(d->target);
    ct_free(d->positive);
    ct_free(d->negative);
    ct_free(d);
}

/* Why column c (found in f), wanted numeric, is not: which value made it
 * text, on which line (ct_frame_explain_not_numeric), as the error's hint,
 * when some of its values are numbers ('n/a?' among counts) or all are
 * numbers in another format ('0,1334': ct_frame_explain_number_format);
 * else why it is not categorical either (ct_column_category_hint: 2 long
 * levels read as text; before 2026-12-07 no hint, where evaluate --by, eda
 * and test say it: tests/cli/regress_text_feature_why,
 * tests/cli/regress_capped_text_column_hint). The feature and the capped
 * column refusals share it (before 2026-12-07 each wrote the last step). */
static void explain_not_numeric(const ct_frame *f, const ct_column *c, ct_diag *diag)
{
    size_t j;
    char why[CT_DIAG_MSG_MAX];
    if (!diag)
        return;
    if (ct_frame_find(f, ct_column_name(c), &j, NULL) == CT_OK) {
        const ct_column *fc = ct_frame_col(f, j);
        const size_t bad = ct_frame_explain_not_numeric(f, j, why, sizeof why);
        if (bad && (bad < ct_column_len(fc) - ct_column_nmissing(fc) ||
                    ct_frame_explain_number_format(f, j, NULL, 0)))
            snprintf(diag->hint, sizeof diag->hint, "%s", why);
    }
    if (!diag->hint[0])
        snprintf(diag->hint, sizeof diag->hint, "%s", ct_column_category_hint(c));
}

/* Item k of a list option's names[0..n) is absent (diag says so): the
 * name as typed in the list ("\"views,total\""), and the hint when the
 * list split a column whose name holds ',' (claimtriage/list.h). */
static void absent_listed(const ct_frame *f, const char *role, const char *const *names, size_t n,
                          size_t k, ct_diag *diag)
{
    if (!diag)
        return;
    char item[CT_DIAG_MSG_MAX / 2];
    ct_list_quote(item, sizeof item, names[k]);
    if (ct_list_needs_quotes(names[k]))
        snprintf(diag->message, sizeof diag->message, "%s column '%s' is not in the file", role,
                 item);
    ct_frame_list_hint(f, names, n, k, diag->hint, sizeof diag->hint);
}

/* Every named column present and of a usable type, checked before any work
 * (target, features, capped columns, then the target's type). */
static ct_status resolve(const ct_frame *f, const ct_design_options *o, ct_diag *diag)
{
    const ct_column *tc, *c;
    ct_status s = ct_frame_find_as(f, o->target, "target", &tc, diag);
    for (size_t k = 0; !s && k < o->nfeatures; k++) {
        if ((s = ct_frame_find_as(f, o->features[k].column, "feature", &c, diag))) {
            const char **names = s == CT_ECOLUMN ? ct_calloc(o->nfeatures, sizeof *names) : NULL;
            for (size_t q = 0; names && q < o->nfeatures; q++)
                names[q] = o->features[q].column;
            if (names)
                absent_listed(f, "feature", names, o->nfeatures, k, diag);
            ct_free(names);
            break;
        }
        /* an identifier column (a row number '#', an id not the --id
         * column: unique whole numbers, read as numbers) is no feature, as
         * train refuses it, with train's words (pipeline_select.c); before
         * 2026-12-07 its numbers were fitted as a slope:
         * tests/cli/regress_identifier_feature_refused */
        if (ct_column_type(c) == CT_TYPE_ID) {
            s = ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                            "column '%s' is identifier, not a numeric or categorical feature "
                            "(identifiers are not features)",
                            ct_column_name(c));
            if (diag)
                snprintf(diag->hint, sizeof diag->hint,
                         "a row number or an id names a row, it measures nothing: leave '%s' "
                         "out of --features",
                         ct_column_name(c));
            break;
        }
        if (!ct_column_codes(c) && !ct_column_is_numeric(c)) {
            s = ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                            "feature '%s' is %s: use a numeric or categorical column",
                            ct_column_name(c), ct_type_name(ct_column_type(c)));
            explain_not_numeric(f, c, diag);
        }
    }
    for (size_t k = 0; !s && k < o->ncap; k++) {
        if ((s = ct_frame_find_as(f, o->cap[k], "capped", &c, diag))) {
            if (s == CT_ECOLUMN)
                absent_listed(f, "capped", o->cap, o->ncap, k, diag);
            break;
        }
        if (!ct_column_is_numeric(c)) {
            s = ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                            "capped column '%s' is %s, not numeric", ct_column_name(c),
                            ct_type_name(ct_column_type(c)));
            explain_not_numeric(f, c, diag);
        }
    }
    if (s)
        return s;
    ct_type tt = ct_column_type(tc);
    if (tt != CT_TYPE_CATEGORY && tt != CT_TYPE_TEXT && !ct_column_is_numeric(tc) &&
        tt != CT_TYPE_ID)
        return ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0, "target '%s' has type %s",
                           o->target, ct_type_name(tt));
    return CT_OK;
}

/* Step 1: the cleaning over target, features and capped columns. */
static ct_status clean_rows(const ct_frame *f, const ct_design_options *o, ct_design *d,
                            ct_diag *diag)
{
    size_t nu = 1 + o->nfeatures + o->ncap;
    const char **used = ct_malloc(nu * sizeof *used);
    if (!used)
        return CT_ENOMEM;
    used[0] = o->target;
    for (size_t k = 0; k < o->nfeatures; k++)
        used[1 + k] = o->features[k].column;
    for (size_t k = 0; k < o->ncap; k++)
        used[1 + o->nfeatures + k] = o->cap[k];
    ct_clean_spec cs = ct_clean_spec_default();
    cs.columns = used;
    cs.ncolumns = nu;
    cs.drop_duplicates = o->drop_duplicates;
    cs.id_column = o->id_column;
    cs.cap = o->cap;
    cs.ncap = o->ncap;
    cs.cap_iqr = o->cap_iqr;
    ct_status s = ct_clean_fit(f, &cs, &d->clean, &d->kept, diag);
    ct_free(used);
    return s;
}

/* Steps 2–3: the encoder fitted on the kept rows, and its matrix. */
static ct_status encode(const ct_frame *f, const ct_design_options *o, ct_design *d, ct_diag *diag)
{
    ct_encoder_feature *fs = ct_malloc(o->nfeatures * sizeof *fs);
    if (!fs)
        return CT_ENOMEM;
    for (size_t k = 0; k < o->nfeatures; k++) {
        fs[k] = o->features[k];
        fs[k].cap = 0;
        for (size_t q = 0; q < o->ncap; q++)
            fs[k].cap |= strcmp(o->cap[q], fs[k].column) == 0;
    }
    /* an infinite value ("inf" read as a number, as pandas does) is not
     * dropped as missing: refused by its line, as statsmodels refuses it
     * ("exog contains inf or nans"), never a non-finite design entry */
    for (size_t k = 0; k < o->nfeatures; k++) {
        size_t j;
        if (ct_frame_find(f, fs[k].column, &j, NULL) != CT_OK)
            continue; /* the encoder names it */
        const ct_column *c = ct_frame_col(f, j);
        const double *v = ct_column_f64(c);
        for (size_t t = 0; v && t < d->n; t++)
            if (isinf(v[d->rows[t]])) {
                const size_t i = d->rows[t];
                char what[CT_DIAG_MSG_MAX / 4], opt[CT_DIAG_MSG_MAX / 4];
                ct_frame_explain_infinite(f, j, i, what, sizeof what, opt, sizeof opt);
                ct_diag_set(diag, CT_EDATA, ct_frame_source(f), ct_frame_row_line(f, i), 0,
                            "column '%s' holds %s: the regression needs finite numbers",
                            fs[k].column, what);
                if (diag)
                    snprintf(diag->hint, sizeof diag->hint,
                             "read such values as missing (dropped, as the other missing "
                             "values) with %s, or leave the column out",
                             opt);
                ct_free(fs);
                return CT_EDATA;
            }
    }
    ct_encoder_spec es = ct_encoder_spec_default();
    es.features = fs;
    es.nfeatures = o->nfeatures;
    es.cap_iqr = o->cap_iqr;
    ct_status s = ct_encoder_fit(f, d->rows, d->n, &es, &d->enc, diag);
    ct_free(fs);
    if (!s)
        s = ct_encoder_transform(d->enc, f, d->rows, d->n, &d->x, NULL, diag);
    if (!s)
        d->p = d->x->ncols;
    return s;
}

/* Target value of row i equals `positive`? Category and text by string,
 * numeric by value. */
static int is_positive(const ct_column *c, size_t i, const char *positive, double posnum,
                       int32_t poscode)
{
    const int32_t *codes = ct_column_codes(c);
    if (codes)
        return codes[i] == poscode;
    const double *v = ct_column_f64(c);
    if (v)
        return v[i] == posnum;
    size_t len = 0;
    const char *s = ct_column_str(c, i, &len);
    return s && len == strlen(positive) && memcmp(s, positive, len) == 0;
}

/* No kept row has target = positive: CT_EDATA, the message naming the
 * values the kept rows do hold (up to four, categorical targets) and a hint
 * (one value: the outcome cannot be compared; several: name one). */
static ct_status no_positive(const ct_column *tc, const ct_design *d, const ct_design_options *o,
                             const ct_frame *f, ct_diag *diag)
{
    char held[600] = "";
    size_t nheld = 0, len = 0;
    const int32_t *codes = ct_column_codes(tc);
    size_t nl = codes ? ct_column_nlevels(tc) : 0;
    uint8_t *seen = nl ? ct_calloc(nl, 1) : NULL;
    const char *only = NULL;
    for (size_t t = 0; seen && t < d->n; t++) {
        const int32_t cd = codes[d->rows[t]];
        if (cd < 0 || (size_t)cd >= nl || seen[cd])
            continue;
        seen[cd] = 1;
        const char *lv = ct_column_level(tc, (size_t)cd);
        only = nheld ? NULL : lv;
        if (nheld < 4 && len < sizeof held) {
            const int w = snprintf(held + len, sizeof held - len, "%s'%s'", nheld ? ", " : "", lv);
            len += w > 0 ? (size_t)w : 0;
        } else if (nheld == 4 && len < sizeof held) {
            const int w = snprintf(held + len, sizeof held - len, ", ...");
            len += w > 0 ? (size_t)w : 0;
        }
        nheld++;
    }
    ct_free(seen);
    /* a numeric target: its distinct values among the kept rows (up to
     * four named), as the categorical target's levels */
    const double *v = codes ? NULL : ct_column_f64(tc);
    double first[5];
    char only_num[40] = "";
    for (size_t t = 0; v && t < d->n; t++) {
        const double x = v[d->rows[t]];
        size_t k = 0;
        while (k < nheld && k < 5 && first[k] != x)
            k++;
        if (k < nheld || isnan(x))
            continue;
        if (nheld < 5)
            first[nheld] = x;
        if (nheld == 0)
            snprintf(only_num, sizeof only_num, "%.15g", x);
        if (nheld < 4 && len < sizeof held) {
            const int w =
                snprintf(held + len, sizeof held - len, "%s'%.15g'", nheld ? ", " : "", x);
            len += w > 0 ? (size_t)w : 0;
        } else if (nheld == 4 && len < sizeof held) {
            const int w = snprintf(held + len, sizeof held - len, ", ...");
            len += w > 0 ? (size_t)w : 0;
        }
        if (++nheld > 5) /* enough to say "..." */
            break;
    }
    if (v && nheld == 1)
        only = only_num;
    ct_status s;
    if (nheld == 1)
        s = ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0,
                        "no kept row has %s = '%s': every kept row (%zu) has %s = '%s'", o->target,
                        o->positive, d->n, o->target, only);
    else
        s = ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0, "no kept row has %s = '%s'%s%s%s",
                        o->target, o->positive, nheld ? " (the kept rows hold " : "", held,
                        nheld ? ")" : "");
    /* a value spelled otherwise ('Verified' for 'verified'): named, as
     * train names it (before 2026-12-04 only "name the value ... with
     * --positive": tests/cli/regress_positive_case_hint) */
    if (diag && nheld > 1 &&
        ct_design_positive_hint(tc, o->positive, diag->hint, sizeof diag->hint))
        ;
    else if (diag)
        snprintf(diag->hint, sizeof diag->hint, "%s",
                 nheld == 1 ? "with one outcome value there is nothing to compare: the model needs "
                              "rows of both outcomes (a larger or unfiltered file), or another "
                              "--target/--positive"
                            : "name the value that marks the positive outcome with --positive");
    return s;
}

typedef struct str_ref {
    const char *s;
    size_t len;
} str_ref;

static int cmp_str_ref(const void *a, const void *b)
{
    const str_ref *x = a, *y = b;
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The distinct values of a numeric or text target among the kept rows
 * (d->target_levels), counted exactly: sorted, then runs counted (a
 * numeric 0/1/2 target takes three values, not "at least two"). */
static ct_status count_plain_levels(const ct_column *tc, ct_design *d)
{
    const size_t m = d->n;
    const double *v = ct_column_f64(tc);
    size_t cnt = 0;
    if (v) {
        double *x = ct_malloc(2 * (m ? m : 1) * sizeof *x);
        if (!x)
            return CT_ENOMEM;
        for (size_t t = 0; t < m; t++)
            x[t] = v[d->rows[t]];
        ct_sort_f64(x, m, x + m);
        for (size_t t = 0; t < m; t++) /* -0.0 == 0.0: one value, as pandas' nunique */
            cnt += t == 0 || x[t] != x[t - 1];
        ct_free(x);
    } else {
        str_ref *x = ct_malloc((m ? m : 1) * sizeof *x);
        if (!x)
            return CT_ENOMEM;
        size_t k = 0;
        for (size_t t = 0; t < m; t++) {
            size_t len = 0;
            const char *s = ct_column_str(tc, d->rows[t], &len);
            if (s)
                x[k++] = (str_ref){s, len};
        }
        qsort(x, k, sizeof *x, cmp_str_ref);
        for (size_t t = 0; t < k; t++)
            cnt += t == 0 || cmp_str_ref(&x[t], &x[t - 1]) != 0;
        ct_free(x);
    }
    d->target_levels = cnt;
    return CT_OK;
}

/* The kept rows' one target value other than the positive one, when they
 * hold two (d->negative; NULL otherwise): a level or text as it is, a
 * number in its shortest form ("0" beside a positive "1"). */
static ct_status other_value(const ct_column *tc, ct_design *d)
{
    if (d->target_levels != 2)
        return CT_OK;
    for (size_t t = 0; t < d->n; t++) {
        const size_t i = d->rows[t];
        if (d->y[t] != 0 || ct_column_missing(tc)[i])
            continue;
        char num[40];
        size_t len = 0;
        const char *v = num;
        if (ct_column_codes(tc))
            len = strlen(v = ct_column_level(tc, (size_t)ct_column_codes(tc)[i]));
        else if (ct_column_f64(tc))
            len = ct_numfmt_shortest(num, sizeof num, ct_column_f64(tc)[i]);
        else if (!(v = ct_column_str(tc, i, &len)))
            continue;
        d->negative = ct_malloc(len + 1);
        if (!d->negative)
            return CT_ENOMEM;
        memcpy(d->negative, v, len);
        d->negative[len] = 0;
        return CT_OK;
    }
    return CT_OK;
}

/* Step 4: y, the positives and the distinct target values kept. */
static ct_status code_target(const ct_frame *f, const ct_design_options *o, ct_design *d,
                             ct_diag *diag)
{
    size_t j;
    ct_frame_find(f, o->target, &j, NULL);
    const ct_column *tc = ct_frame_col(f, j);
    size_t m = d->n;
    if (!(d->y = ct_malloc((m ? m : 1) * sizeof *d->y)) || !(d->target = ct_strdup(o->target)) ||
        !(d->positive = ct_strdup(o->positive)))
        return CT_ENOMEM;
    int32_t poscode = ct_column_codes(tc) ? ct_column_level_find(tc, o->positive) : -1;
    double posnum = NAN;
    if (ct_column_f64(tc)) {
        char *end;
        posnum = strtod(o->positive, &end);
        if (end == o->positive || *end)
            return ct_diag_set(diag, CT_EINVAL, ct_frame_source(f), 0, 0,
                               "target '%s' is numeric but positive value '%s' is not a number",
                               o->target, o->positive);
    }
    d->npositive = 0;
    for (size_t t = 0; t < m; t++) {
        d->y[t] = is_positive(tc, d->rows[t], o->positive, posnum, poscode) ? 1.0 : 0.0;
        d->npositive += d->y[t] != 0;
    }
    if (d->npositive == 0) /* a fact of the data (which rows were kept), not of the options */
        return no_positive(tc, d, o, f, diag);
    if (d->npositive == m && m > 0) { /* the other side of the same fact */
        char n[32];
        ct_numfmt_count(n, sizeof n, m);
        ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0,
                    "every kept row (%s) has %s = '%s': the outcome has a single class, so there "
                    "is nothing to compare",
                    n, o->target, o->positive);
        if (diag) {
            snprintf(diag->hint, sizeof diag->hint,
                     "the model needs rows of both outcomes (a larger or unfiltered file), or "
                     "another --target/--positive");
            /* the cause, for the run report's plain words (regress's
             * failure.cause; since 2026-12-06: tests/cli/report_regress_failed_plain) */
            diag->kind = CT_DIAG_CAUSE_ONE_CLASS;
            snprintf(diag->cause_column, sizeof diag->cause_column, "%s", o->target);
            snprintf(diag->cause_value, sizeof diag->cause_value, "%s", o->positive);
            diag->cause_rows = m;
        }
        return CT_EDATA;
    }
    if (!ct_column_codes(tc)) {
        const ct_status st = count_plain_levels(tc, d);
        return st == CT_OK ? other_value(tc, d) : st;
    }
    size_t nl = ct_column_nlevels(tc), cnt = 0;
    uint8_t *seen = ct_calloc(nl ? nl : 1, 1);
    if (!seen)
        return CT_ENOMEM;
    for (size_t t = 0; t < m; t++) {
        int32_t cd = ct_column_codes(tc)[d->rows[t]];
        if (cd >= 0 && (size_t)cd < nl && !seen[cd]) {
            seen[cd] = 1;
            cnt++;
        }
    }
    ct_free(seen);
    d->target_levels = cnt;
    return other_value(tc, d);
}

ct_status ct_design_build(const ct_frame *f, const ct_design_options *o, ct_design **out,
                          ct_diag *diag)
{
    *out = NULL;
    const char *msg = ct_design_options_check(o);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    ct_status s = resolve(f, o, diag);
    if (s)
        return s;
    ct_design *d = ct_calloc(1, sizeof *d);
    s = d ? clean_rows(f, o, d, diag) : CT_ENOMEM;
    if (!s) {
        d->n = d->kept.n;
        d->rows = d->kept.rows;
        s = encode(f, o, d, diag);
    }
    if (!s)
        s = code_target(f, o, d, diag);
    if (s) {
        if (s == CT_ENOMEM)
            ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory building the design");
        ct_design_free(d);
        return s;
    }
    *out = d;
    return CT_OK;
}

const char *ct_design_positive_hint(const ct_column *target, const char *positive, char *hint,
                                    size_t cap)
{
    const char *near = target ? ct_column_level_near(target, positive) : NULL;
    if (!near)
        return NULL;
    /* as typed: $'claim\xc2\xa0' for a no-break space, else in quotes */
    char w[256];
    ct_shell_option_value(w, sizeof w, near);
    if (w[0] != '$')
        snprintf(w, sizeof w, "'%s'", near);
    snprintf(hint, cap,
             "did you mean --positive=%s? The file's value differs from '%s' in letter case or "
             "spaces (or fix the labels)",
             w, positive);
    return near;
}
