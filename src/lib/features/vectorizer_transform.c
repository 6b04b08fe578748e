/* vectorizer_transform.c — a document's TF-IDF (or binary) row against the
 * fitted vocabulary, and whole CSR matrices in parallel blocks assembled in
 * order (claimtriage/vectorizer.h). scikit-learn 1.2: CountVectorizer.
 * transform (_count_vocab with a fixed vocabulary), TfidfTransformer.
 * transform (X * diag(idf), then sklearn.preprocessing.normalize). */
#include "features/vectorizer_state.h"

#include "claimtriage/sort.h"

#include <math.h>
#include <string.h>

ct_vectorizer_work *ct_vectorizer_work_create(void)
{
    ct_vectorizer_work *w = ct_calloc(1, sizeof *w);
    if (w)
        ct_text_tokens_init(&w->tok);
    return w;
}

void ct_vectorizer_work_free(ct_vectorizer_work *w)
{
    if (!w)
        return;
    ct_text_tokens_free(&w->tok);
    ct_free(w->gram);
    ct_free(w->hash);
    ct_free(w->node);
    ct_free(w->cols);
    ct_free(w->tmp);
    ct_free(w->idx);
    ct_free(w->val);
    ct_free(w);
}

typedef struct {
    const ct_vectorizer *v;
    ct_vectorizer_work *w;
    size_t n;
} collect;

static int reserve(uint32_t **a, uint32_t **b, size_t *cap, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 256;
    while (c < need)
        c *= 2;
    uint32_t *x = ct_realloc(*a, c * sizeof *x);
    if (!x)
        return -1;
    *a = x;
    uint32_t *y = ct_realloc(*b, c * sizeof *y);
    if (!y)
        return -1;
    *b = y;
    *cap = c;
    return 0;
}

/* Every n-gram of the document's tokens (n = ngram_min..ngram_max) that is
 * a term, found through the vocabulary's trie (vectorizer_lookup.c): each
 * token's node once, then from each start the longer n-grams by exact
 * integer keys until no term goes on. The columns come in another order
 * than scikit-learn's _word_ngrams (unigrams first) but are sorted before
 * they are counted, so the row is the same. -1 when out of memory. */
static int collect_ngrams(collect *c)
{
    const ct_text_tokens *t = &c->w->tok;
    const ct_vectorizer *v = c->v;
    const size_t nt = t->n, nmin = v->params.ngram_min, nmax = v->params.ngram_max;
    if (nt == 0)
        return 0;
    if (nt > c->w->nodecap) {
        uint32_t *q = ct_realloc(c->w->node, nt * sizeof *q);
        if (!q)
            return -1;
        c->w->node = q;
        c->w->nodecap = nt;
    }
    uint32_t *tn = c->w->node;
    for (size_t i = 0; i < nt; i++) {
        const char *s = t->buf + t->start[i];
        tn[i] = vec_trie_token(v, vec_head_padded(s, t->len[i]), s, t->len[i]);
    }
    /* at most nmax n-grams start at each token */
    if (reserve(&c->w->cols, &c->w->tmp, &c->w->colcap, nt * nmax))
        return -1;
    uint32_t *cols = c->w->cols;
    size_t k = 0;
    for (size_t i = 0; i < nt; i++) {
        uint32_t node = tn[i];
        for (size_t n = 1; node; n++) {
            const int32_t j = v->node_col[node];
            if (j >= 0 && n >= nmin)
                cols[k++] = (uint32_t)j;
            if (n == nmax || i + n >= nt || !tn[i + n])
                break;
            node = vec_trie_child(v, node, tn[i + n]);
        }
    }
    c->n = k;
    return 0;
}

ct_status ct_vectorizer_transform_doc(const ct_vectorizer *v, const char *doc, size_t len,
                                      ct_vectorizer_work *w, const uint32_t **idx,
                                      const double **val, size_t *k)
{
    *k = 0;
    *idx = w->idx;
    *val = w->val;
    if (!doc)
        return CT_OK;
    if (ct_text_tokenize(doc, len, &w->tok) != CT_OK)
        return CT_ENOMEM;
    collect c = {v, w, 0};
    if (collect_ngrams(&c) != 0)
        return CT_ENOMEM;
    if (c.n == 0)
        return CT_OK;
    /* A document has a few dozen n-grams: insertion sort beats the radix
     * sort's fixed cost (three passes over 2048 buckets) up to about 64. */
    if (c.n <= 64) {
        for (size_t i = 1; i < c.n; i++) {
            const uint32_t x = w->cols[i];
            size_t j = i;
            while (j > 0 && w->cols[j - 1] > x) {
                w->cols[j] = w->cols[j - 1];
                j--;
            }
            w->cols[j] = x;
        }
    } else {
        ct_sort_u32(w->cols, c.n, w->tmp);
    }
    if (c.n > w->rowcap) {
        uint32_t *i2 = ct_realloc(w->idx, c.n * sizeof *i2);
        if (!i2)
            return CT_ENOMEM;
        w->idx = i2;
        double *v2 = ct_realloc(w->val, c.n * sizeof *v2);
        if (!v2)
            return CT_ENOMEM;
        w->val = v2;
        w->rowcap = c.n;
    }
    /* counts of each distinct column */
    size_t m = 0;
    for (size_t i = 0; i < c.n;) {
        size_t r = i + 1;
        while (r < c.n && w->cols[r] == w->cols[i])
            r++;
        w->idx[m] = w->cols[i];
        w->val[m] = (double)(r - i);
        m++;
        i = r;
    }
    if (v->params.weighting == CT_VECTORIZER_BINARY) {
        for (size_t i = 0; i < m; i++)
            w->val[i] = 1.0;
    } else {
        /* x = count * idf; l2 norm summed in decreasing column order, the
         * order of scipy's csr * dia product rows that normalize() reads */
        double ss = 0;
        for (size_t i = 0; i < m; i++)
            w->val[i] *= v->idf[w->idx[i]];
        for (size_t i = m; i-- > 0;)
            ss += w->val[i] * w->val[i];
        if (ss != 0.0) {
            const double norm = sqrt(ss);
            for (size_t i = 0; i < m; i++)
                w->val[i] /= norm;
        }
    }
    *idx = w->idx;
    *val = w->val;
    *k = m;
    return CT_OK;
}

/* Rows are computed in blocks of BLOCK documents, each block into its own
 * CSR part, on as many threads as allowed; parts are appended in order. */
#define BLOCK 1024

ct_status ct_vectorizer_transform(const ct_vectorizer *v, const char *const *docs,
                                  const size_t *lens, size_t n, ct_csr **out, ct_diag *diag)
{
    *out = NULL;
    const size_t nb = (n + BLOCK - 1) / BLOCK;
    ct_csr **part = ct_calloc(nb ? nb : 1, sizeof *part);
    if (!part)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "vectorizer: out of memory");
    int failed = 0;
#pragma omp parallel num_threads(ct_threads()) if (nb > 1)
    {
        ct_vectorizer_work *w = ct_vectorizer_work_create();
        if (!w) {
#pragma omp atomic write
            failed = 1;
        }
#pragma omp for schedule(dynamic, 1)
        for (size_t b = 0; b < nb; b++) {
            if (!w)
                continue;
            ct_csr *a = NULL;
            if (ct_csr_create(v->nterms, &a) != CT_OK) {
#pragma omp atomic write
                failed = 1;
                continue;
            }
            const size_t end = (b + 1) * BLOCK < n ? (b + 1) * BLOCK : n;
            for (size_t i = b * BLOCK; i < end; i++) {
                const uint32_t *idx;
                const double *val;
                size_t k;
                const size_t len = docs[i] ? (lens ? lens[i] : strlen(docs[i])) : 0;
                if (ct_vectorizer_transform_doc(v, docs[i], len, w, &idx, &val, &k) != CT_OK ||
                    ct_csr_append_row(a, idx, val, k) != CT_OK) {
#pragma omp atomic write
                    failed = 1;
                    break;
                }
            }
            part[b] = a;
        }
        ct_vectorizer_work_free(w);
    }
    ct_csr *a = NULL;
    ct_status st = failed ? CT_ENOMEM : ct_csr_create(v->nterms, &a);
    for (size_t b = 0; b < nb && st == CT_OK; b++)
        for (size_t i = 0; i < part[b]->nrows && st == CT_OK; i++)
            st = ct_csr_append_row(a, part[b]->indices + part[b]->indptr[i],
                                   part[b]->data + part[b]->indptr[i],
                                   part[b]->indptr[i + 1] - part[b]->indptr[i]);
    for (size_t b = 0; b < nb; b++)
        ct_csr_free(part[b]);
    ct_free(part);
    if (st != CT_OK) {
        ct_csr_free(a);
        return ct_diag_set(diag, st, NULL, 0, 0, "vectorizer: out of memory");
    }
    *out = a;
    return CT_OK;
}
