/* evaluate.c — a saved model applied to a frame (claimtriage/evaluate.h):
 * calibrated probabilities and decisions, metrics where labels exist,
 * permutation importance by feature group, the misclassified rows; the
 * predictions CSV (atomic) and the JSON. */
#include "claimtriage/atomic_file.h"
#include "claimtriage/csv.h"
#include "claimtriage/evaluate.h"
#include "claimtriage/sort.h"
#include "claimtriage/trees.h"
#include "claimtriage/utf8.h"
#include "select/train_internal.h"

#include <math.h>
#include <string.h>

ct_evaluate_options ct_evaluate_options_default(void)
{
    ct_evaluate_options o;
    memset(&o, 0, sizeof o);
    o.importance = 1;
    o.n_repeats = 5;
    o.seed = 42;
    o.metric = CT_METRIC_AVERAGE_PRECISION;
    return o;
}

void ct_label_negative_name(char *buf, size_t n, const char *positive, const char *other)
{
    if (!n)
        return;
    if (other && *other)
        snprintf(buf, n, "%s", other);
    else
        snprintf(buf, n, "not %s", positive ? positive : "positive");
}

static ct_status nomem(ct_diag *d)
{
    return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
}

/* Calibrate raw probabilities p[0..n) in place with calibrator c (NULL:
 * none). */
ct_status ct_model_calibrator(const ct_model *m, ct_calibrator **out, ct_diag *d)
{
    return tr_model_calibrator(m, out, d);
}

void ct_model_calibrate(const ct_model *m, const ct_calibrator *c, double *p, size_t n)
{
    if (!c)
        return;
    if (m->calibration_logodds)
        for (size_t i = 0; i < n; i++)
            p[i] = tr_logit(p[i]);
    ct_calib_apply(c, p, n, p);
}

ct_status ct_evaluate_predict(const ct_model *m, const ct_frame *f, double *proba,
                              ct_pipeline_stats *stats, ct_diag *d)
{
    ct_calibrator *c = NULL;
    ct_status st = tr_model_calibrator(m, &c, d);
    if (st == CT_OK)
        st = ct_model_predict_raw(m, f, NULL, ct_frame_nrows(f), proba, stats, d);
    if (st == CT_OK)
        ct_model_calibrate(m, c, proba, ct_frame_nrows(f));
    ct_calib_destroy(c);
    return st;
}

/* ------------------------------------------------- permutation importance */

typedef struct imp_ctx {
    const ct_model *m;
    const ct_calibrator *cal;
    const ct_csr *X;       /* the labelled rows' design */
    const uint32_t *group; /* per design column */
} imp_ctx;

/* Row i with group g's entries taken from row perm[i]: the two sorted
 * entry lists merged by column. */
static ct_status imp_predict(void *user, size_t g, const size_t *perm, size_t n, double *out,
                             ct_diag *d)
{
    const imp_ctx *x = user;
    const ct_csr *X = x->X;
    ct_status st = CT_OK;
    if (!perm) {
        st = x->m->type->predict_proba(x->m->estimator, X, out, d);
    } else {
        ct_csr *P = NULL;
        size_t maxrow = 0;
        for (size_t i = 0; i < n; i++)
            if (X->indptr[i + 1] - X->indptr[i] > maxrow)
                maxrow = X->indptr[i + 1] - X->indptr[i];
        uint32_t *idx = ct_malloc((2 * maxrow + 1) * sizeof *idx);
        double *val = ct_malloc((2 * maxrow + 1) * sizeof *val);
        st = idx && val ? ct_csr_create(X->ncols, &P) : CT_ENOMEM;
        for (size_t i = 0; i < n && st == CT_OK; i++) {
            size_t a = X->indptr[i], ae = X->indptr[i + 1];
            size_t b = X->indptr[perm[i]], be = X->indptr[perm[i] + 1];
            size_t k = 0;
            for (;;) {
                while (a < ae && x->group[X->indices[a]] == g)
                    a++;
                while (b < be && x->group[X->indices[b]] != g)
                    b++;
                if (a >= ae && b >= be)
                    break;
                if (b >= be || (a < ae && X->indices[a] < X->indices[b])) {
                    idx[k] = X->indices[a];
                    val[k++] = X->data[a++];
                } else {
                    idx[k] = X->indices[b];
                    val[k++] = X->data[b++];
                }
            }
            st = ct_csr_append_row(P, idx, val, k);
        }
        if (st == CT_OK)
            st = x->m->type->predict_proba(x->m->estimator, P, out, d);
        else if (st == CT_ENOMEM)
            nomem(d);
        ct_csr_free(P);
        ct_free(idx);
        ct_free(val);
    }
    if (st == CT_OK)
        ct_model_calibrate(x->m, x->cal, out, n);
    return st;
}

/* Feature groups of the model's design: a group per numeric or
 * categorical source column, one for the text's lengths, one for its
 * n-grams, in design order. */
static ct_status groups_of(const ct_pipeline *p, uint32_t *group, ct_evaluate_result *r, ct_diag *d)
{
    const size_t nc = ct_pipeline_ncols(p);
    r->group_names = ct_calloc(nc ? nc : 1, sizeof *r->group_names);
    if (!r->group_names)
        return nomem(d);
    for (size_t j = 0; j < nc; j++) {
        const ct_pipeline_col *c = ct_pipeline_column(p, j);
        char name[600];
        if (c->kind == CT_PIPELINE_LENGTH)
            snprintf(name, sizeof name, "length of %s", c->source);
        else if (c->kind == CT_PIPELINE_NGRAM)
            snprintf(name, sizeof name, "n-grams of %s", c->source);
        else
            snprintf(name, sizeof name, "%s", c->source);
        size_t g = 0;
        while (g < r->n_groups && strcmp(r->group_names[g], name) != 0)
            g++;
        if (g == r->n_groups) {
            if (!(r->group_names[g] = ct_strdup(name)))
                return nomem(d);
            r->n_groups++;
        }
        group[j] = (uint32_t)g;
    }
    return CT_OK;
}

static ct_status importance(const ct_model *m, const ct_frame *f, const ct_evaluate_options *o,
                            ct_evaluate_result *r, ct_diag *d)
{
    size_t *rows = ct_malloc(r->n_labelled * sizeof *rows);
    double *y = ct_malloc(r->n_labelled * sizeof *y);
    uint32_t *group = ct_malloc((ct_pipeline_ncols(m->pipeline) + 1) * sizeof *group);
    ct_csr *X = NULL;
    ct_calibrator *cal = NULL;
    ct_status st = rows && y && group ? CT_OK : nomem(d);
    size_t k = 0;
    for (size_t i = 0; i < r->n_rows && st == CT_OK; i++)
        if (!isnan(r->label[i])) {
            rows[k] = i;
            y[k++] = r->label[i];
        }
    if (st == CT_OK)
        st = groups_of(m->pipeline, group, r, d);
    if (st == CT_OK && r->n_groups == 0) {
        /* a model of no design column (its features all constant at
         * training: a one-level category): nothing to permute. Before,
         * the importance call refused it as a usage error and evaluate
         * exited 2 after its metrics */
        snprintf(r->why_no_importance, sizeof r->why_no_importance, "%s",
                 "the model has no feature column: each of its features held one value in "
                 "training");
        ct_free(rows);
        ct_free(y);
        ct_free(group);
        return CT_OK;
    }
    if (st == CT_OK)
        st = tr_model_calibrator(m, &cal, d);
    if (st == CT_OK)
        st = ct_pipeline_transform(m->pipeline, f, rows, k, &X, NULL, d);
    if (st == CT_OK) {
        imp_ctx cx = {m, cal, X, group};
        ct_importance_options io = ct_importance_options_default();
        io.metric = o->metric;
        io.n_repeats = o->n_repeats;
        io.seed = o->seed;
        io.threshold = m->threshold;
        io.progress = o->progress;
        io.progress_user = o->progress_user;
        st = ct_importance_permutation(y, k, r->n_groups, imp_predict, &cx, &io, &r->importance, d);
        if (st == CT_EDATA) { /* the metric is undefined here (one class) */
            snprintf(r->why_no_importance, sizeof r->why_no_importance, "%.100s",
                     d ? d->message : "the metric is undefined on these rows");
            st = CT_OK;
        }
    }
    ct_csr_free(X);
    ct_calib_destroy(cal);
    ct_free(rows);
    ct_free(y);
    ct_free(group);
    return st;
}

/* --------------------------------------------------------------- run */

static ct_status misclassified(ct_evaluate_result *r, ct_diag *d)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n_rows; i++)
        n += !isnan(r->label[i]) && (r->label[i] == 1) != (r->predicted[i] == 1);
    r->misclassified = ct_malloc((n ? n : 1) * sizeof *r->misclassified);
    double *key = ct_malloc((n ? n : 1) * sizeof *key);
    size_t *idx = ct_malloc((n ? n : 1) * sizeof *idx);
    ct_sort_work *sw = ct_sort_work_alloc(n ? n : 1);
    ct_status st = r->misclassified && key && idx && sw ? CT_OK : nomem(d);
    size_t k = 0;
    for (size_t i = 0; i < r->n_rows && st == CT_OK; i++)
        if (!isnan(r->label[i]) && (r->label[i] == 1) != (r->predicted[i] == 1)) {
            r->misclassified[k] = i;
            key[k++] = -fabs(r->proba[i] - r->label[i]);
        }
    if (st == CT_OK && n)
        st = ct_sort_argsort(key, n, idx, sw);
    if (st == CT_OK) {
        for (size_t j = 0; j < n; j++)
            key[j] = (double)r->misclassified[idx[j]];
        for (size_t j = 0; j < n; j++)
            r->misclassified[j] = (size_t)key[j];
        r->n_misclassified = n;
    }
    ct_free(key);
    ct_free(idx);
    ct_sort_work_free(sw);
    return st;
}

ct_status ct_evaluate_run(const ct_model *m, const ct_frame *f, const ct_evaluate_options *o,
                          ct_evaluate_result **out, ct_diag *d)
{
    *out = NULL;
    ct_evaluate_options def = ct_evaluate_options_default();
    if (!o)
        o = &def;
    const size_t n = ct_frame_nrows(f);
    ct_evaluate_result *r = ct_calloc(1, sizeof *r);
    if (!r)
        return nomem(d);
    r->n_rows = n;
    r->threshold = m->threshold;
    r->chance.auc = r->chance.p = r->chance.detectable = NAN; /* no test without labels */
    r->proba = ct_malloc((n ? n : 1) * sizeof *r->proba);
    r->label = ct_malloc((n ? n : 1) * sizeof *r->label);
    r->predicted = ct_malloc(n ? n : 1);
    ct_status st = r->proba && r->label && r->predicted ? CT_OK : nomem(d);
    if (st == CT_OK)
        st = ct_evaluate_predict(m, f, r->proba, &r->stats, d);
    for (size_t i = 0; i < n && st == CT_OK; i++) {
        r->predicted[i] = r->proba[i] >= m->threshold;
        r->n_predicted_positive += r->predicted[i];
        r->label[i] = NAN;
    }
    /* the rows the model was trained on, by content: unchecked when f
     * lacks a column of their keys (the label), as a count of 0 would
     * read as new rows */
    if (st == CT_OK && m->nseen_columns && !(r->seen_absent = ct_model_seen_absent(m, f))) {
        r->seen = ct_malloc(n ? n : 1);
        if (!r->seen || ct_model_seen_count(m, f, NULL, n, &r->n_seen, r->seen) != 0)
            st = nomem(d);
    }
    size_t j;
    r->has_target = st == CT_OK && m->target && ct_frame_find(f, m->target, &j, NULL) == CT_OK;
    {
        char other[sizeof r->negative];
        const int one =
            r->has_target && tr_label_other(f, m->target, m->positive, other, sizeof other);
        ct_label_negative_name(r->negative, sizeof r->negative, m->positive, one ? other : NULL);
    }
    if (st == CT_OK && m->target && !r->has_target)
        ct_frame_near_name(f, m->target, r->target_near, sizeof r->target_near);
    if (r->has_target && (st = tr_labels_binary(f, m->target, m->positive, d)) != CT_OK)
        r->has_target = 0; /* a third label value: an error, not a negative */
    if (r->has_target) {
        ct_diag ld;
        ct_status ls =
            tr_labels(f, m->target, m->positive, r->label, &r->n_positive, &r->n_unlabelled, &ld);
        /* one class only, or no positive row: metrics still exist (some
         * undefined, said so); only a numeric mismatch is an error */
        if (ls == CT_EEMPTY)
            r->n_unlabelled = n;
        else if (ls != CT_OK && ls != CT_EDATA)
            st = ct_diag_set(d, ls, NULL, 0, 0, "%s", ld.message);
        else if (ls == CT_EDATA && strstr(ld.message, "not a number"))
            st = ct_diag_set(d, ls, NULL, 0, 0, "%s", ld.message);
        else if (!r->n_positive && r->n_unlabelled < n) {
            /* no positive row, but a label that is the positive in
             * another case: the file's claims would all count as
             * negatives, and every metric would be wrong */
            const char *near = tr_label_case_variant(f, m->target, m->positive);
            char nearv[256]; /* a no-break space shown as <U+00A0> */
            if (near)
                ct_utf8_visible_label(nearv, sizeof nearv, near, strlen(near));
            if (near) {
                st = ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                                 "no labelled row of '%s' is '%s', the model's positive class, "
                                 "but rows are labelled '%s': the metrics would count them as "
                                 "negatives",
                                 m->target, m->positive, nearv);
                if (d)
                    snprintf(d->hint, sizeof d->hint,
                             "write the labels as the model does ('%s'; it differs from '%s' "
                             "only in letter case or spaces) to compare",
                             m->positive, nearv);
            } else if ((near = tr_label_number_variant(f, m->target, m->positive))) {
                /* the model's number written otherwise ('1.0' for '1', a
                 * pandas re-save): named with its cause and the ways out
                 * (before 2026-12-04 the hint below, which said neither:
                 * tests/cli/evaluate_labels_resaved_as_decimals) */
                char cause[256];
                tr_label_number_cause(cause, sizeof cause, near, m->positive);
                st = ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                                 "no labelled row of '%s' is '%s', the model's positive class, "
                                 "but rows are labelled '%s', the same number written otherwise: "
                                 "the metrics would count them as negatives",
                                 m->target, m->positive, near);
                if (d)
                    snprintf(d->hint, sizeof d->hint,
                             "%s: write the labels as the model does ('%s') to compare, or train "
                             "a model on these labels (train --target %s --positive %s)",
                             cause, m->positive, m->target, near);
            } else {
                /* two values, neither the positive: labels written another
                 * way ('1'/'0', 'yes'/'no'), not a file of the other class
                 * alone, which has one value */
                char list[640];
                if (tr_label_values(f, m->target, list, sizeof list) >= 2) {
                    st = ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                                     "no labelled row of '%s' is '%s', the model's positive "
                                     "class, and the rows hold more than one other value: %s; "
                                     "the metrics would count every row as a negative",
                                     m->target, m->positive, list);
                    if (d)
                        snprintf(d->hint, sizeof d->hint,
                                 "write the labels as the model does (its claims '%s', as "
                                 "train's --positive), or train a model on these labels (train "
                                 "--target %s --positive VALUE); a file of the other class alone "
                                 "holds one value",
                                 m->positive, m->target);
                }
            }
        }
    } else
        r->n_unlabelled = n;
    r->n_labelled = n - r->n_unlabelled;
    if (st == CT_OK && r->n_labelled) {
        size_t k = 0;
        double *y = ct_malloc(r->n_labelled * sizeof *y);
        double *p = ct_malloc(r->n_labelled * sizeof *p);
        st = y && p ? CT_OK : nomem(d);
        for (size_t i = 0; i < n && st == CT_OK; i++)
            if (!isnan(r->label[i])) {
                y[k] = r->label[i];
                p[k++] = r->proba[i];
            }
        if (st == CT_OK)
            st = ct_metrics_binary_compute(y, p, k, m->threshold, &r->metrics, d);
        if (st == CT_OK)
            st = ct_metrics_roc_auc_test(y, p, k, &r->chance);
        if (st == CT_OK)
            st = ct_metrics_reliability(y, p, k, CT_RELIABILITY_DEFAULT_BINS, &r->reliability, d);
        ct_free(y);
        ct_free(p);
        if (st == CT_OK)
            st = misclassified(r, d);
        if (st == CT_OK && o->importance)
            st = importance(m, f, o, r, d);
    }
    if (st == CT_OK && !r->importance && !r->why_no_importance[0])
        snprintf(r->why_no_importance, sizeof r->why_no_importance, "%s",
                 !o->importance   ? "not asked for"
                 : !r->has_target ? "the file has no target column"
                 : !r->n_labelled ? "no row has a label"
                                  : "not computed");
    if (st != CT_OK) {
        ct_evaluate_result_free(r);
        return st;
    }
    *out = r;
    return CT_OK;
}

void ct_evaluate_result_free(ct_evaluate_result *r)
{
    if (!r)
        return;
    ct_free(r->proba);
    ct_free(r->label);
    ct_free(r->predicted);
    for (size_t g = 0; g < r->n_groups; g++)
        ct_free(r->group_names[g]);
    ct_free(r->group_names);
    ct_importance_result_destroy(r->importance);
    ct_free(r->misclassified);
    ct_free(r->seen);
    ct_free(r);
}

/* ------------------------------------------------------------ outputs */

static const ct_column *id_column(const ct_model *m, const ct_frame *f)
{
    size_t j;
    if (!m->id || !*m->id || ct_frame_find(f, m->id, &j, NULL) != CT_OK)
        return NULL;
    return ct_frame_col(f, j);
}

/* Row i's id as text, the one form every output gives it (the predictions
 * file, --json's misclassified rows, the text): a string or a level as
 * written, a number as its exact integer (beyond 2^53 the 64-bit value,
 * never the double's) or, when not whole, Python's repr (buf, at least
 * CT_CSV_NUM_MAX bytes, holds a number's text). NULL when missing or
 * without an id column; *len its length. */
static const char *id_text(const ct_column *c, size_t i, char *buf, size_t *len)
{
    *len = 0;
    if (!c || ct_column_missing(c)[i])
        return NULL;
    if (ct_column_i64(c)) {
        const int w = snprintf(buf, CT_CSV_NUM_MAX, "%lld", (long long)ct_column_i64(c)[i]);
        *len = w > 0 ? (size_t)w : 0;
        return buf;
    }
    if (ct_column_is_numeric(c)) {
        *len = ct_csv_format_num(buf, ct_column_f64(c)[i], CT_CSV_NUM_INT);
        return buf;
    }
    if (ct_column_type(c) == CT_TYPE_CATEGORY) {
        const char *s = ct_column_level(c, (size_t)ct_column_codes(c)[i]);
        *len = s ? strlen(s) : 0;
        return s;
    }
    return ct_column_str(c, i, len);
}

const char *ct_evaluate_row_id(const ct_model *m, const ct_frame *f, size_t i, char *buf,
                               size_t *len)
{
    return id_text(id_column(m, f), i, buf, len);
}

/* Row i's id field: its text (id_text), "" when missing. */
static ct_status write_id(ct_csv_writer *cw, const ct_column *c, size_t i)
{
    char num[CT_CSV_NUM_MAX];
    size_t len;
    const char *s = id_text(c, i, num, &len);
    return s ? ct_csv_write_field(cw, s, len) : ct_csv_write_missing(cw);
}

ct_status ct_evaluate_write_predictions(const ct_model *m, const ct_frame *f,
                                        const ct_evaluate_result *r, const char *path, ct_diag *d)
{
    if (!path)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "no predictions path");
    const int std = strcmp(path, "-") == 0;
    ct_atomic_file *a = NULL;
    FILE *fp = stdout;
    ct_status st = std ? CT_OK : ct_atomic_open(path, &a, d);
    if (st != CT_OK)
        return st;
    if (a)
        fp = ct_atomic_stream(a);
    ct_csv_writer *cw = NULL;
    st = ct_csv_writer_open(fp, path, NULL, &cw, d);
    const ct_column *idc = id_column(m, f);
    const char *neg = r->negative;
    if (st == CT_OK) {
        const char *idname = idc ? ct_column_name(idc) : "id";
        ct_csv_write_field(cw, "line", 4);
        ct_csv_write_field(cw, idname, strlen(idname));
        ct_csv_write_field(cw, "probability", 11);
        ct_csv_write_field(cw, "predicted", 9);
        ct_csv_write_field(cw, "seen_in_training", 16);
        st = ct_csv_write_end_record(cw);
    }
    for (size_t i = 0; i < r->n_rows && st == CT_OK; i++) {
        ct_csv_write_num(cw, (double)ct_frame_row_line(f, i), CT_CSV_NUM_INT);
        write_id(cw, idc, i);
        ct_csv_write_num(cw, r->proba[i], CT_CSV_NUM_FLOAT);
        const char *lab = r->predicted[i] ? m->positive : neg;
        ct_csv_write_field(cw, lab, strlen(lab));
        /* empty: not checked (ct_evaluate_result.seen), or a row without a
         * label, which no training row is keyed like (a training report
         * with its label blanked would read as not seen) */
        if (r->seen && !isnan(r->label[i]))
            ct_csv_write_field(cw, r->seen[i] ? "1" : "0", 1);
        else
            ct_csv_write_missing(cw);
        st = ct_csv_write_end_record(cw);
    }
    ct_status cs = ct_csv_writer_close(cw, st == CT_OK ? d : NULL);
    if (st == CT_OK)
        st = cs;
    if (std)
        return st;
    if (st != CT_OK)
        return ct_atomic_fail(a, st, d);
    return ct_atomic_commit(a, d);
}

static void write_misclassified(const ct_model *m, const ct_frame *f, const ct_evaluate_result *r,
                                size_t max_rows, ct_json *w)
{
    const ct_column *idc = id_column(m, f);
    const ct_column *text = NULL;
    for (size_t j = 0; j < ct_pipeline_ncols(m->pipeline) && !text; j++) {
        const ct_pipeline_col *c = ct_pipeline_column(m->pipeline, j);
        size_t k;
        if ((c->kind == CT_PIPELINE_NGRAM || c->kind == CT_PIPELINE_LENGTH) &&
            ct_frame_find(f, c->source, &k, NULL) == CT_OK)
            text = ct_frame_col(f, k);
    }
    ct_json_key(w, "misclassified");
    ct_json_array_begin(w);
    for (size_t k = 0; k < r->n_misclassified && k < max_rows; k++) {
        const size_t i = r->misclassified[k];
        ct_json_object_begin(w);
        ct_json_key(w, "line");
        ct_json_int(w, ct_frame_row_line(f, i));
        /* the id's text, as the predictions file and score's queue give
         * it: before 2026-12-03 a JSON number where the column read as
         * numbers, a string elsewhere, null for a categorical one
         * (tests/cli/evaluate_json_id_text) */
        ct_json_key(w, "id");
        char num[CT_CSV_NUM_MAX];
        size_t idlen;
        const char *id = id_text(idc, i, num, &idlen);
        id ? ct_json_strn(w, id, idlen) : ct_json_null(w);
        ct_json_key(w, "label");
        ct_json_int(w, (int64_t)r->label[i]);
        ct_json_key(w, "probability");
        ct_json_num(w, r->proba[i]);
        ct_json_key(w, "text");
        size_t len = 0;
        const char *s = text ? ct_column_str(text, i, &len) : NULL;
        s ? ct_json_strn(w, s, len) : ct_json_null(w);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
}

void ct_evaluate_write_json(const ct_model *m, const ct_frame *f, const ct_evaluate_result *r,
                            size_t max_rows, ct_json *w)
{
    ct_json_key(w, "rows");
    ct_json_object_begin(w);
    ct_json_key(w, "total");
    ct_json_uint(w, r->n_rows);
    ct_json_key(w, "labelled");
    ct_json_uint(w, r->n_labelled);
    ct_json_key(w, "unlabelled");
    ct_json_uint(w, r->n_unlabelled);
    ct_json_key(w, "positives");
    ct_json_uint(w, r->n_positive);
    ct_json_key(w, "predicted_positive");
    ct_json_uint(w, r->n_predicted_positive);
    /* a count of inputs the model does not read is null, as score's shares
     * of nothing (before 2026-12-04 0: "0 rows without text" of a model
     * reading no text; tests/cli/evaluate_inputs_not_read_undefined) */
    const ct_pipeline *p = m->pipeline;
    const tr_input_count in[] = {
        {"missing_numeric", CT_PIPELINE_NUMERIC, r->stats.missing_numeric},
        {"unseen_levels", CT_PIPELINE_LEVEL, r->stats.unseen_levels},
        {"missing_levels", CT_PIPELINE_LEVEL, r->stats.missing_levels},
        {"missing_text", CT_PIPELINE_LENGTH, r->stats.missing_text},
        {"rows_without_known_ngram", CT_PIPELINE_NGRAM, r->stats.empty_rows}};
    tr_json_input_counts(w, p, in, sizeof in / sizeof in[0]);
    ct_json_key(w, "out_of_range"); /* rows outside the training range (added 2026-12-05) */
    ct_json_uint(w, r->stats.outside_rows);
    ct_json_object_end(w);
    ct_json_key(w, "model");
    ct_json_object_begin(w);
    ct_json_key(w, "target");
    ct_json_str(w, m->target);
    ct_json_key(w, "positive");
    ct_json_str(w, m->positive);
    ct_json_key(w, "negative"); /* the other class's name (added 2026-12-05) */
    ct_json_str(w, r->negative);
    ct_json_key(w, "family");
    ct_json_str(w, m->type ? m->type->name : NULL);
    /* gbdt's text_rounds, as train --json's chosen.text_rounds (0 when
     * unset; null for the other families; added 2026-12-06) */
    ct_json_key(w, "text_rounds");
    if (m->type && m->estimator && strcmp(m->type->name, "gbdt") == 0)
        ct_json_int(w, ct_gbdt_text_rounds(m->estimator));
    else
        ct_json_null(w);
    ct_json_key(w, "calibration");
    ct_json_str(w, m->calibration);
    ct_json_key(w, "threshold");
    ct_json_num(w, m->threshold);
    ct_json_key(w, "threshold_rule");
    ct_json_str(w, m->threshold_rule);
    ct_json_key(w, "trained_on");
    ct_json_str(w, m->input_hash);
    ct_json_object_end(w);
    ct_json_key(w, "metrics");
    if (r->n_labelled) {
        ct_json_object_begin(w);
        ct_train_write_metrics_json(&r->metrics, w);
        ct_json_object_end(w);
    } else
        ct_json_null(w);
    /* since 2026-12-04: tests/cli/evaluate_chance_level_said */
    ct_json_key(w, "chance");
    if (r->n_labelled) {
        ct_json_object_begin(w);
        ct_train_write_chance_json(&r->chance, w);
        ct_json_object_end(w);
    } else
        ct_json_null(w);
    ct_json_key(w, "reliability");
    if (r->n_labelled) {
        ct_json_object_begin(w);
        ct_json_key(w, "ece");
        ct_json_num(w, r->reliability.ece);
        ct_json_key(w, "bins");
        ct_train_write_reliability_json(&r->reliability, w);
        ct_json_object_end(w);
    } else
        ct_json_null(w);
    ct_json_key(w, "importance");
    if (r->importance) {
        ct_json_object_begin(w);
        ct_json_key(w, "method");
        ct_json_str(w, "permutation");
        ct_json_key(w, "metric");
        ct_json_str(w, ct_metric_name(r->importance->metric));
        ct_json_key(w, "n_repeats");
        ct_json_uint(w, r->importance->n_repeats);
        ct_json_key(w, "baseline");
        ct_json_num(w, r->importance->baseline);
        ct_json_key(w, "groups");
        ct_json_array_begin(w);
        for (size_t g = 0; g < r->n_groups; g++) {
            ct_json_object_begin(w);
            ct_json_key(w, "group");
            ct_json_str(w, r->group_names[g]);
            ct_json_key(w, "mean");
            ct_json_num(w, r->importance->mean[g]);
            ct_json_key(w, "std");
            ct_json_num(w, r->importance->std[g]);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_object_end(w);
    } else {
        ct_json_object_begin(w);
        ct_json_key(w, "why_not");
        ct_json_str(w, r->why_no_importance);
        ct_json_object_end(w);
    }
    ct_json_key(w, "misclassified_total");
    ct_json_uint(w, r->n_misclassified);
    write_misclassified(m, f, r, max_rows, w);
}
