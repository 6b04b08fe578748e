/* vectorizer_transform.c — a document's TF-IDF (or binary) row against the
 * fitted vocabulary, and whole CSR matrices in parallel blocks assembled in
 * order (claimtriage/vectorizer.h). scikit-learn 1.2: CountVectorizer.
 * transform (_count_vocab with a fixed vocabulary), TfidfTransformer.
 * transform (X * diag(idf), then sklearn.preprocessing.normalize). */
#include "features/vectorizer_state.h"

#include <math.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
    ct_free(w->node);
    ct_free(w->cnt);
    ct_free(w->bits);
    ct_free(w->idx);
    ct_free(w->val);
    ct_free(w);
}

static int reserve_row(ct_vectorizer_work *w, size_t need)
{
    if (need <= w->rowcap)
        return 0;
    size_t c = w->rowcap ? w->rowcap : 256;
    while (c < need)
        c *= 2;
    uint32_t *i2 = ct_realloc(w->idx, c * sizeof *i2);
    if (!i2)
        return -1;
    w->idx = i2;
    double *v2 = ct_realloc(w->val, c * sizeof *v2);
    if (!v2)
        return -1;
    w->val = v2;
    w->rowcap = c;
    return 0;
}

/* The counting state sized for v's vocabulary: cnt[] per column, bit j of
 * bits[] set when cnt[j] > 0, bit q of sum[] set when bits[q] != 0. All
 * zero between documents. -1 when out of memory. */
static int reserve_counts(const ct_vectorizer *v, ct_vectorizer_work *w)
{
    if (w->cnt && w->cntcap == v->nterms)
        return 0;
    ct_free(w->cnt);
    ct_free(w->bits);
    const size_t nw = v->nterms / 64 + 1, ns = nw / 64 + 1;
    w->cnt = ct_calloc(v->nterms + 1, sizeof *w->cnt);
    w->bits = ct_calloc(nw + ns, sizeof *w->bits);
    w->cntcap = v->nterms;
    return w->cnt && w->bits ? 0 : -1;
}

/* The document's n-gram counts: every n-gram (n = ngram_min..
 * ngram_max) that is a term, found through the vocabulary's trie
 * (vectorizer_lookup.c: each token's node once, then from each start the
 * longer n-grams by exact integer keys until no term goes on), counted per
 * column; the distinct columns are marked in the two-level bitmap read
 * by emit_row (bit j of bits[] for column j, bit q of sum[] for word q of
 * bits[]). The same columns and counts, in the same order, as sorting the
 * list of n-gram columns and counting runs (the plain way, checked against
 * it in tests/unit/test_text.c); O(n-grams + nterms / 4096) a document.
 * Returns the number of distinct columns; SIZE_MAX when out of memory. */
static size_t count_ngrams(const ct_vectorizer *v, ct_vectorizer_work *w)
{
    const ct_text_tokens *t = &w->tok;
    const size_t nt = t->n, nmin = v->params.ngram_min, nmax = v->params.ngram_max;
    if (nt == 0)
        return 0;
    if (nt > w->nodecap) {
        uint32_t *q = ct_realloc(w->node, nt * sizeof *q);
        if (!q)
            return SIZE_MAX;
        w->node = q;
        w->nodecap = nt;
    }
    if (reserve_counts(v, w) || reserve_row(w, nt * nmax))
        return SIZE_MAX;
    uint32_t *tn = w->node, *cnt = w->cnt;
    uint64_t *bits = w->bits, *sum = w->bits + (v->nterms / 64 + 1);
    for (size_t i = 0; i < nt; i++) {
        const char *s = t->buf + t->start[i];
        const vec_tslot *e = vec_trie_token(v, vec_head_padded(s, t->len[i]), s, t->len[i]);
        tn[i] = e ? (uint32_t)(e - v->ttable) + 1 : 0;
    }
    /* First every n-gram's column, listed (in w->idx, which emit_row
     * fills only afterwards: at most nmax a token), then the list counted:
     * the lookups of one token do not wait on the counting of the last,
     * and the counting, branch-free, has no load on its critical path but
     * the count's own. The same counts as counting in the loop. */
    uint32_t *list = w->idx;
    size_t nl = 0;
    for (size_t i = 0; i < nt; i++) {
        uint32_t node = tn[i];
        if (!node)
            continue;
        int32_t j = v->ttable[node - 1].col;
        for (size_t n = 1;; n++) {
            if (j >= 0 && n >= nmin)
                list[nl++] = (uint32_t)j;
            if (n == nmax || i + n >= nt || !tn[i + n])
                break;
            const vec_cslot *c = vec_trie_child(v, node, tn[i + n]);
            if (!c)
                break;
            node = c->node;
            j = c->col;
        }
    }
    size_t m = 0;
    for (size_t e = 0; e < nl; e++) {
        const uint32_t j = list[e], old = cnt[j];
        cnt[j] = old + 1;
        m += old == 0;
        bits[j >> 6] |= 1ull << (j & 63);
        sum[j >> 12] |= 1ull << ((j >> 6) & 63);
    }
    return m;
}

/* The highest set bit of *x (x != 0), cleared. */
static inline unsigned pop_high(uint64_t *x)
{
    const unsigned h = 63u - (unsigned)__builtin_clzll(*x);
    *x &= ~(1ull << h);
    return h;
}

/* The row of the m columns counted, read out of the bitmap from the
 * highest column down (the set words of sum[], then the set bits of those
 * words of bits[], each highest first) into w->idx and w->val from the
 * end, zeroing the state as it goes. Each value is count x idf (1 under
 * binary weighting), and its square is added to the l2 norm's sum in that
 * same, decreasing, column order: the order of scipy's csr * dia product
 * rows that sklearn's normalize() reads. Then every value is divided by
 * the norm. */
static void emit_row(const ct_vectorizer *v, ct_vectorizer_work *w, size_t m)
{
    uint32_t *cnt = w->cnt;
    const size_t nw = v->nterms / 64 + 1;
    uint64_t *bits = w->bits, *sum = w->bits + nw;
    const int binary = v->params.weighting == CT_VECTORIZER_BINARY;
    double ss = 0;
    size_t k = m;
    for (size_t q = nw / 64 + 1; k > 0 && q-- > 0;) {
        uint64_t sw = sum[q];
        sum[q] = 0;
        while (sw) {
            const size_t b = q * 64 + pop_high(&sw);
            uint64_t bw = bits[b];
            bits[b] = 0;
            while (bw) {
                const size_t j = b * 64 + pop_high(&bw);
                const double x = binary ? 1.0 : (double)cnt[j] * v->idf[j];
                cnt[j] = 0;
                k--;
                w->idx[k] = (uint32_t)j;
                w->val[k] = x;
                ss += x * x;
            }
        }
    }
    if (!binary && ss != 0.0) {
        const double norm = sqrt(ss);
        size_t i = 0;
#ifdef __SSE2__
        /* two at a time: divpd rounds each lane's quotient exactly as divsd
         * does (IEEE 754 division, correctly rounded), so the same bits as
         * the loop below (test_text: test_lookup_matches_plain) */
        const __m128d nv = _mm_set1_pd(norm);
        for (; i + 2 <= m; i += 2)
            _mm_storeu_pd(w->val + i, _mm_div_pd(_mm_loadu_pd(w->val + i), nv));
#endif
        for (; i < m; i++)
            w->val[i] /= norm;
    }
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
    const size_t m = count_ngrams(v, w);
    if (m == SIZE_MAX)
        return CT_ENOMEM;
    if (m == 0)
        return CT_OK;
    emit_row(v, w, m);
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
