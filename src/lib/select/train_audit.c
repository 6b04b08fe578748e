/* train_audit.c — the shortcut audit (claimtriage/train.h): the ROC AUC of
 * every single feature on its own on the training rows, the features that
 * alone nearly separate the classes flagged, and the text-only,
 * engagement-only and all-features models compared on the same split. */
#include "base/headline.h"
#include "claimtriage/sort.h"
#include "claimtriage/text.h"
#include "select/train_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const char *ct_audit_kind_name(ct_audit_kind k)
{
    switch (k) {
    case CT_AUDIT_NUMERIC: return "numeric";
    case CT_AUDIT_CATEGORICAL: return "categorical";
    case CT_AUDIT_LENGTH: return "length";
    case CT_AUDIT_NGRAM: return "n-gram";
    }
    return "?";
}

void tr_audit_free(ct_audit *a)
{
    for (size_t k = 0; k < a->nfeatures; k++)
        ct_free(a->features[k].name);
    ct_free(a->features);
    a->features = NULL;
    a->nfeatures = 0;
}

static ct_status nomem(ct_diag *d)
{
    return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
}

static ct_status add_feature(ct_audit *a, const char *name, size_t len, ct_audit_kind kind,
                             double auc, size_t n, ct_diag *d)
{
    ct_audit_feature *e = &a->features[a->nfeatures];
    e->name = ct_malloc(len + 1);
    if (!e->name)
        return nomem(d);
    memcpy(e->name, name, len);
    e->name[len] = '\0';
    e->kind = kind;
    e->auc = auc;
    e->n = n;
    e->flagged = !isnan(auc) && (auc >= a->flag_at || auc <= 1 - a->flag_at);
    a->nflagged += (size_t)e->flagged;
    a->nfeatures++;
    return CT_OK;
}

/* AUC of score s against labels yy over k rows (NaN with one class). */
static ct_status auc_of(const double *yy, const double *s, size_t k, double *auc)
{
    *auc = NAN;
    return k ? ct_metrics_roc_auc(yy, s, k, auc) : CT_OK;
}

/* Order features[from..nfeatures) by |auc - 1/2| descending (NaN last,
 * ties in the order added), keeping at most keep of them. */
static ct_status order_kind(ct_audit *a, size_t from, size_t keep, ct_diag *d)
{
    const size_t m = a->nfeatures - from;
    if (m < 2 && m <= keep)
        return CT_OK;
    double *key = ct_malloc(m * sizeof *key);
    size_t *idx = ct_malloc(m * sizeof *idx);
    ct_audit_feature *tmp = ct_malloc(m * sizeof *tmp);
    ct_sort_work *sw = ct_sort_work_alloc(m);
    ct_status st = key && idx && tmp && sw ? CT_OK : nomem(d);
    if (st == CT_OK) {
        for (size_t i = 0; i < m; i++) {
            const double v = a->features[from + i].auc;
            key[i] = isnan(v) ? NAN : -fabs(v - 0.5);
        }
        st = ct_sort_argsort(key, m, idx, sw);
    }
    if (st == CT_OK) {
        for (size_t i = 0; i < m; i++)
            tmp[i] = a->features[from + idx[i]];
        memcpy(a->features + from, tmp, m * sizeof *tmp);
        for (size_t i = keep; i < m; i++) {
            a->nflagged -= (size_t)a->features[from + i].flagged;
            ct_free(a->features[from + i].name);
        }
        if (m > keep)
            a->nfeatures = from + keep;
    }
    ct_free(key);
    ct_free(idx);
    ct_free(tmp);
    ct_sort_work_free(sw);
    return st;
}

/* Numeric columns by value, categorical ones by their level's positive
 * rate, the text's lengths. */
static ct_status single_columns(ct_audit *a, const ct_frame *f, const ct_feature_set *fs,
                                const char *text, const double *y, const size_t *trn, size_t n,
                                double *yy, double *s, ct_diag *d)
{
    ct_status st = CT_OK;
    size_t j;
    for (size_t c = 0; c < fs->nnumeric && st == CT_OK; c++) {
        ct_frame_find(f, fs->numeric[c], &j, NULL);
        const ct_column *col = ct_frame_col(f, j);
        const double *x = ct_column_f64(col);
        const uint8_t *miss = ct_column_missing(col);
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (!miss[trn[i]] && !isnan(x[trn[i]])) {
                yy[k] = y[trn[i]];
                s[k++] = x[trn[i]];
            }
        double auc;
        st = auc_of(yy, s, k, &auc);
        if (st == CT_OK)
            st =
                add_feature(a, fs->numeric[c], strlen(fs->numeric[c]), CT_AUDIT_NUMERIC, auc, k, d);
    }
    for (size_t c = 0; c < fs->ncategorical && st == CT_OK; c++) {
        ct_frame_find(f, fs->categorical[c], &j, NULL);
        const ct_column *col = ct_frame_col(f, j);
        const int32_t *codes = ct_column_codes(col);
        const size_t L = ct_column_nlevels(col);
        /* level L: missing or unseen, a level of its own */
        double *pos = ct_calloc(2 * (L + 1), sizeof *pos);
        if (!pos)
            return nomem(d);
        double *tot = pos + L + 1;
        for (size_t i = 0; i < n; i++) {
            const int32_t code = codes[trn[i]];
            const size_t l = code >= 0 ? (size_t)code : L;
            pos[l] += y[trn[i]];
            tot[l] += 1;
        }
        for (size_t i = 0; i < n; i++) {
            const int32_t code = codes[trn[i]];
            const size_t l = code >= 0 ? (size_t)code : L;
            yy[i] = y[trn[i]];
            s[i] = pos[l] / tot[l];
        }
        ct_free(pos);
        double auc;
        st = auc_of(yy, s, n, &auc);
        if (st == CT_OK)
            st = add_feature(a, fs->categorical[c], strlen(fs->categorical[c]),
                             CT_AUDIT_CATEGORICAL, auc, n, d);
    }
    if (st == CT_OK)
        st = order_kind(a, 0, a->nfeatures, d); /* numeric and categorical together */
    if (st != CT_OK || !text || ct_frame_find(f, text, &j, NULL) != CT_OK)
        return st;
    const ct_column *col = ct_frame_col(f, j);
    double *w = ct_malloc((n ? n : 1) * sizeof *w);
    if (!w)
        return nomem(d);
    for (size_t i = 0; i < n; i++) {
        size_t len, chars, words;
        const char *t = ct_column_str(col, trn[i], &len);
        ct_text_length(t, t ? len : 0, &chars, &words);
        yy[i] = y[trn[i]];
        s[i] = (double)chars;
        w[i] = (double)words;
    }
    char name[600];
    double auc;
    const size_t lfrom = a->nfeatures;
    st = auc_of(yy, s, n, &auc);
    if (st == CT_OK) {
        int q = snprintf(name, sizeof name, "len(%s)", text);
        st = add_feature(a, name, q > 0 && (size_t)q < sizeof name ? (size_t)q : strlen(name),
                         CT_AUDIT_LENGTH, auc, n, d);
    }
    if (st == CT_OK)
        st = auc_of(yy, w, n, &auc);
    if (st == CT_OK) {
        int q = snprintf(name, sizeof name, "words(%s)", text);
        st = add_feature(a, name, q > 0 && (size_t)q < sizeof name ? (size_t)q : strlen(name),
                         CT_AUDIT_LENGTH, auc, n, d);
    }
    ct_free(w);
    return st == CT_OK ? order_kind(a, lfrom, 2, d) : st;
}

/* The n-grams of the text-only model's training design, by presence. */
ct_status tr_audit_ngrams(ct_audit *a, const tr_fit *m, const double *y, const size_t *trn,
                          size_t n, size_t keep, ct_diag *d)
{
    const ct_vectorizer *v = ct_pipeline_vectorizer(m->pipe);
    if (!v || !m->X)
        return CT_OK;
    const size_t p = ct_vectorizer_nterms(v);
    const size_t base = ct_pipeline_ncols(m->pipe) - p; /* n-gram columns come last */
    /* room for the kept n-grams */
    ct_audit_feature *grown =
        ct_realloc(a->features, (a->nfeatures + (keep < p ? keep : p) + 1) * sizeof *grown);
    if (!grown)
        return nomem(d);
    a->features = grown;
    double *cnt = ct_calloc(2 * (p ? p : 1), sizeof *cnt);
    if (!cnt)
        return nomem(d);
    double npos = 0;
    for (size_t i = 0; i < n; i++) {
        const int yi = y[trn[i]] == 1;
        npos += yi;
        for (size_t e = m->X->indptr[i]; e < m->X->indptr[i + 1]; e++)
            if (m->X->indices[e] >= base && m->X->data[e] != 0)
                cnt[2 * (m->X->indices[e] - base) + (size_t)yi] += 1;
    }
    const double nneg = (double)n - npos;
    /* feature records for every term first would cost a string each; keep
     * the top `keep` by |auc - 1/2| with a stable argsort of the keys */
    double *key = ct_malloc((p ? p : 1) * sizeof *key);
    size_t *idx = ct_malloc((p ? p : 1) * sizeof *idx);
    ct_sort_work *sw = ct_sort_work_alloc(p ? p : 1);
    ct_status st = key && idx && sw ? CT_OK : nomem(d);
    for (size_t j = 0; j < p && st == CT_OK; j++) {
        const double auc =
            npos > 0 && nneg > 0 ? 0.5 + 0.5 * (cnt[2 * j + 1] / npos - cnt[2 * j] / nneg) : NAN;
        cnt[2 * j] = auc;
        key[j] = isnan(auc) ? NAN : -fabs(auc - 0.5);
    }
    if (st == CT_OK && p)
        st = ct_sort_argsort(key, p, idx, sw);
    a->ngrams_scored = p;
    for (size_t k = 0; k < p && k < keep && st == CT_OK; k++) {
        size_t len;
        const char *t = ct_vectorizer_term(v, idx[k], &len);
        st = add_feature(a, t, len, CT_AUDIT_NGRAM, cnt[2 * idx[k]], n, d);
    }
    ct_free(cnt);
    ct_free(key);
    ct_free(idx);
    ct_sort_work_free(sw);
    return st;
}

ct_status tr_audit_columns(ct_audit *a, const ct_frame *f, const double *y, const size_t *trn,
                           size_t ntrn, const ct_train_options *o, ct_diag *d)
{
    memset(a, 0, sizeof *a);
    a->done = 1;
    a->flag_at = o->audit_flag;
    /* an AUC of 1 on 8 claims is 8 rows' fact: the counts go with it when
     * either class has fewer than a headline's group (base/headline.h) */
    for (size_t i = 0; i < ntrn; i++)
        a->positives += y[trn[i]] == 1;
    a->negatives = ntrn - a->positives;
    a->said_min = (size_t)ct_headline_group_min((uint64_t)ntrn);
    a->detectable = ct_metrics_roc_auc_detectable(a->positives, a->negatives, CT_AUC_CHANCE_ALPHA);
    a->too_few = ct_metrics_roc_auc_too_few(a->positives, a->negatives, CT_AUC_CHANCE_ALPHA);
    const char *exclude[2] = {o->target, o->id};
    ct_feature_set all;
    ct_diag ignored;
    /* the columns "all" would use (the text aside); none is fine (CT_EDATA:
     * a file of the text alone, trained with --text) */
    ct_status st =
        ct_feature_set_resolve(f, "all", NULL, exclude, o->id ? 2 : 1, NULL, 0, &all, &ignored);
    const int have_all = st == CT_OK;
    if (st != CT_OK && st != CT_EINVAL && st != CT_EDATA)
        return ct_diag_set(d, st, NULL, 0, 0, "%s", ignored.message);
    const size_t cap = (have_all ? all.nnumeric + all.ncategorical : 0) + 2;
    a->features = ct_calloc(cap, sizeof *a->features);
    double *yy = ct_malloc((ntrn ? ntrn : 1) * sizeof *yy);
    double *s = ct_malloc((ntrn ? ntrn : 1) * sizeof *s);
    st = a->features && yy && s ? CT_OK : nomem(d);
    ct_feature_set none;
    memset(&none, 0, sizeof none);
    if (st == CT_OK)
        st = single_columns(a, f, have_all ? &all : &none, o->text, y, trn, ntrn, yy, s, d);
    if (have_all)
        ct_feature_set_free(&all);
    ct_free(yy);
    ct_free(s);
    return st;
}
