/* vectorizer.c — fitting the text vectorizer: n-gram counting, the
 * vocabulary (min_df, max_df, max_features) and idf, as scikit-learn 1.2's
 * CountVectorizer._count_vocab / _sort_features / _limit_features and
 * TfidfTransformer.fit (claimtriage/vectorizer.h). */
#include "features/vectorizer_state.h"

#include "base/hash.h"
#include "base/parse.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ct_vectorizer_params ct_vectorizer_params_default(void)
{
    ct_vectorizer_params p;
    memset(&p, 0, sizeof p);
    p.ngram_min = 1;
    p.ngram_max = 2;
    p.min_df = 2;
    p.min_df_fraction = 0;
    p.max_df = 1.0;
    p.max_df_fraction = 1;
    p.max_features = 20000;
    p.weighting = CT_VECTORIZER_TFIDF;
    return p;
}

static const char *check_df(double x, int fraction, const char *frac_msg, const char *count_msg)
{
    if (fraction)
        return (x >= 0 && x <= 1) ? NULL : frac_msg;
    return (x >= 0 && x == floor(x) && x < 1e15) ? NULL : count_msg;
}

const char *ct_vectorizer_min_df_parse(ct_vectorizer_params *p, const char *text)
{
    static const char takes[] =
        "min_df is a whole count of documents (2) or a fraction of them in [0, 1] written with a "
        "point (0.01; 1.0 is every document, as scikit-learn's float min_df)";
    double x;
    int integral = 0;
    if (!p || !text || ct_parse_number(text, strlen(text), &x, &integral) || !isfinite(x) || x < 0)
        return takes;
    /* the type by the spelling: Python's int has neither point nor exponent */
    const int fraction = strpbrk(text, ".eE") != NULL;
    if (fraction ? x > 1 : !integral)
        return takes;
    p->min_df = x;
    p->min_df_fraction = fraction;
    return NULL;
}

size_t ct_vectorizer_min_df_text(const ct_vectorizer_params *p, char *buf, size_t size)
{
    if (!p->min_df_fraction)
        return (size_t)snprintf(buf, size, "%.0f", p->min_df);
    char t[40];
    snprintf(t, sizeof t, "%.6g", p->min_df);
    return (size_t)snprintf(buf, size, "%s%s", t, strpbrk(t, ".e") ? "" : ".0");
}

const char *ct_vectorizer_params_check(const ct_vectorizer_params *p)
{
    if (!p)
        return "no parameters";
    if (p->ngram_min < 1 || p->ngram_max < p->ngram_min || p->ngram_max > 8)
        return "ngram range must satisfy 1 <= min <= max <= 8";
    const char *m =
        check_df(p->min_df, p->min_df_fraction, "min_df as a fraction must be in [0, 1]",
                 "min_df as a count must be a whole number >= 0");
    if (m)
        return m;
    m = check_df(p->max_df, p->max_df_fraction, "max_df as a fraction must be in [0, 1]",
                 "max_df as a count must be a whole number >= 0");
    if (m)
        return m;
    if (p->weighting != CT_VECTORIZER_TFIDF && p->weighting != CT_VECTORIZER_BINARY)
        return "weighting must be tfidf or binary";
    return NULL;
}

double vec_idf(size_t n, size_t df)
{
    /* TfidfTransformer.fit: df += 1; n_samples += 1; idf = log(n / df) + 1 */
    return log((double)(n + 1) / (double)(df + 1)) + 1.0;
}

/* ---- n-grams ---- */

int vec_each_ngram(const ct_text_tokens *t, size_t nmin, size_t nmax, char **gram, size_t *gramcap,
                   int (*fn)(void *user, const char *s, size_t n), void *user)
{
    for (size_t n = nmin; n <= nmax && n <= t->n; n++) {
        for (size_t i = 0; i + n <= t->n; i++) {
            int r;
            if (n == 1) {
                r = fn(user, t->buf + t->start[i], t->len[i]);
            } else {
                size_t need = n - 1;
                for (size_t k = i; k < i + n; k++)
                    need += t->len[k];
                if (need > *gramcap) {
                    size_t c = *gramcap ? *gramcap : 256;
                    while (c < need)
                        c *= 2;
                    char *g = ct_realloc(*gram, c);
                    if (!g)
                        return -1;
                    *gram = g;
                    *gramcap = c;
                }
                size_t w = 0;
                for (size_t k = i; k < i + n; k++) {
                    if (k > i)
                        (*gram)[w++] = ' ';
                    memcpy(*gram + w, t->buf + t->start[k], t->len[k]);
                    w += t->len[k];
                }
                r = fn(user, *gram, w);
            }
            if (r)
                return r;
        }
    }
    return 0;
}

/* ---- the counting table ---- */

typedef struct {
    uint64_t hash;
    size_t off; /* in the arena */
    uint32_t len;
    uint32_t used;   /* 1 when the slot holds a term */
    size_t last_doc; /* 1 + the last document that counted it */
    size_t df;
    int64_t tf;
} entry;

typedef struct {
    entry *slot;
    size_t mask, count;
    char *arena;
    size_t alen, acap;
    size_t doc; /* 1 + the document being counted */
} counter;

static int counter_grow(counter *c)
{
    const size_t cap = 2 * (c->mask + 1);
    entry *s = ct_calloc(cap, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i <= c->mask; i++) {
        if (!c->slot[i].used)
            continue;
        size_t h = (size_t)c->slot[i].hash & (cap - 1);
        while (s[h].used)
            h = (h + 1) & (cap - 1);
        s[h] = c->slot[i];
    }
    ct_free(c->slot);
    c->slot = s;
    c->mask = cap - 1;
    return 0;
}

static int count_gram(void *user, const char *s, size_t n)
{
    counter *c = user;
    const uint64_t h = ct_hash_bytes(s, n, 0);
    size_t i = (size_t)h & c->mask;
    while (c->slot[i].used) {
        entry *e = &c->slot[i];
        if (e->hash == h && e->len == n && memcmp(c->arena + e->off, s, n) == 0) {
            e->tf++;
            if (e->last_doc != c->doc) {
                e->last_doc = c->doc;
                e->df++;
            }
            return 0;
        }
        i = (i + 1) & c->mask;
    }
    if (n > UINT32_MAX)
        return -1;
    if (c->alen + n + 1 > c->acap) {
        size_t cap = c->acap ? c->acap : 1 << 16;
        while (cap < c->alen + n + 1)
            cap *= 2;
        char *a = ct_realloc(c->arena, cap);
        if (!a)
            return -1;
        c->arena = a;
        c->acap = cap;
    }
    memcpy(c->arena + c->alen, s, n);
    c->arena[c->alen + n] = 0;
    entry *e = &c->slot[i];
    e->used = 1;
    e->hash = h;
    e->off = c->alen;
    e->len = (uint32_t)n;
    e->last_doc = c->doc;
    e->df = 1;
    e->tf = 1;
    c->alen += n + 1;
    if (++c->count * 2 > c->mask + 1 && counter_grow(c))
        return -1;
    return 0;
}

/* ---- sorting the terms by bytes (Python's sorted() on str) ---- */

/* qsort takes no user pointer; the comparator's context is thread-local so
 * fits on distinct threads stay independent. */
static _Thread_local const char *tl_arena;
static _Thread_local const entry *tl_entries;

static int cmp_term_tl(const void *a, const void *b)
{
    const entry *x = &tl_entries[*(const size_t *)a], *y = &tl_entries[*(const size_t *)b];
    const size_t n = x->len < y->len ? x->len : y->len;
    const int c = memcmp(tl_arena + x->off, tl_arena + y->off, n);
    if (c)
        return c;
    return (x->len > y->len) - (x->len < y->len);
}

/* ---- fit ---- */

void ct_vectorizer_free(ct_vectorizer *v)
{
    if (!v)
        return;
    ct_free(v->arena);
    ct_free(v->off);
    ct_free(v->len);
    ct_free(v->df);
    ct_free(v->idf);
    ct_free(v->table);
    vec_free_trie(v);
    ct_free(v);
}

uint64_t vec_term_hash(const char *s, size_t n)
{
    uint64_t h = 0;
    size_t a = 0;
    for (size_t i = 0; i <= n; i++)
        if (i == n || s[i] == ' ') {
            h = vec_hash_fold(h, vec_token_hash(s + a, i - a));
            a = i + 1;
        }
    return h;
}

ct_status vec_build_table(ct_vectorizer *v)
{
    const size_t cap = ct_hash_capacity(v->nterms);
    ct_free(v->table);
    v->table = ct_calloc(cap, sizeof *v->table);
    if (!v->table)
        return CT_ENOMEM;
    v->tmask = cap - 1;
    for (size_t j = 0; j < v->nterms; j++) {
        const uint64_t h = vec_term_hash(v->arena + v->off[j], v->len[j]);
        size_t i = (size_t)h & v->tmask;
        while (v->table[i])
            i = (i + 1) & v->tmask;
        v->table[i] = (h & 0xffffffff00000000ull) | (uint64_t)(j + 1);
    }
    return vec_build_trie(v);
}

long ct_vectorizer_find(const ct_vectorizer *v, const char *term, size_t len)
{
    const uint64_t h = vec_term_hash(term, len), fp = h & 0xffffffff00000000ull;
    for (size_t i = (size_t)h & v->tmask; v->table[i]; i = (i + 1) & v->tmask) {
        if ((v->table[i] & 0xffffffff00000000ull) != fp)
            continue;
        const size_t j = (size_t)(uint32_t)v->table[i] - 1;
        if (v->len[j] == len && memcmp(v->arena + v->off[j], term, len) == 0)
            return (long)j;
    }
    return -1;
}

static ct_status count_docs(const ct_vectorizer_params *p, const char *const *docs,
                            const size_t *lens, size_t n, counter *c)
{
    ct_text_tokens t;
    ct_text_tokens_init(&t);
    char *gram = NULL;
    size_t gramcap = 0;
    ct_status st = CT_OK;
    for (size_t d = 0; d < n && st == CT_OK; d++) {
        c->doc = d + 1;
        if (!docs[d])
            continue;
        const size_t len = lens ? lens[d] : strlen(docs[d]);
        if (ct_text_tokenize(docs[d], len, &t) != CT_OK ||
            vec_each_ngram(&t, p->ngram_min, p->ngram_max, &gram, &gramcap, count_gram, c))
            st = CT_ENOMEM;
    }
    ct_free(gram);
    ct_text_tokens_free(&t);
    return st;
}

/* Keep the max_features terms of largest corpus frequency among the
 * candidates sorted[0..m) (positions in sorted order), as
 * mask_inds = (-tfs[mask]).argsort()[:limit]; keep[] flags them. */
static ct_status limit_features(const entry *e, const size_t *cand, size_t m, size_t limit,
                                uint8_t *keep)
{
    int64_t *key = ct_malloc((m ? m : 1) * sizeof *key);
    size_t *idx = ct_malloc((m ? m : 1) * sizeof *idx);
    ct_status st = CT_ENOMEM;
    if (key && idx) {
        for (size_t i = 0; i < m; i++)
            key[i] = -e[cand[i]].tf;
        st = vec_np_argsort_i64(key, m, idx);
        if (st == CT_OK) {
            memset(keep, 0, m);
            for (size_t i = 0; i < limit && i < m; i++)
                keep[idx[i]] = 1;
        }
    }
    ct_free(key);
    ct_free(idx);
    return st;
}

/* The hint when min_df leaves no n-gram (against max_df, or alone). */
static const char min_df_hint[] =
    "lower min_df (--min-df or the grid's min_df: a count, or a fraction in [0, 1] written with a "
    "point, as 0.01), or give more rows; cross-validation fits on fewer rows than the file holds";

static ct_status build_vocab(const ct_vectorizer_params *p, size_t n, counter *c, ct_vectorizer *v,
                             ct_diag *diag)
{
    const double maxdc = p->max_df_fraction ? p->max_df * (double)n : p->max_df;
    const double mindc = p->min_df_fraction ? p->min_df * (double)n : p->min_df;
    if (maxdc < mindc) {
        /* sklearn's ValueError, with the counts: two counts that conflict
         * are a parameter error (CT_EINVAL); a fraction against a count
         * depends on the documents, a data fact (CT_EDATA) */
        const ct_status why = !p->max_df_fraction && !p->min_df_fraction ? CT_EINVAL : CT_EDATA;
        ct_diag_set(diag, why, NULL, 0, 0,
                    "min_df asks for n-grams in at least %.0f documents, but max_df keeps only "
                    "those in at most %.0f of the %zu fitted on (scikit-learn: \"max_df "
                    "corresponds to < documents than min_df\")",
                    ceil(mindc), floor(maxdc), n); /* whole documents: 1.6 keeps 1, not 2 */
        if (diag)
            snprintf(diag->hint, sizeof diag->hint, "%s", min_df_hint);
        return why;
    }
    /* the distinct terms within min_df / max_df, sorted: filtered first,
     * so only the terms kept are sorted (the same order as sorting every
     * term, then filtering). Before 2026-12-06 every distinct term was
     * sorted: a 1 MB transcript of distinct words, its terms each in one
     * document and dropped by min_df=2, spent most of train's time sorting
     * them (bench/RESULTS.md, "A long transcript") */
    size_t *order = ct_malloc((c->count ? c->count : 1) * sizeof *order);
    if (!order)
        return CT_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i <= c->mask; i++) {
        if (!c->slot[i].used)
            continue;
        const double df = (double)c->slot[i].df;
        if (df <= maxdc && df >= mindc)
            order[k++] = i;
    }
    tl_arena = c->arena;
    tl_entries = c->slot;
    qsort(order, k, sizeof *order, cmp_term_tl);
    if (k == 0) {
        ct_free(order);
        /* scikit-learn's words, then which bound emptied the vocabulary:
         * train has no max_df option, so the hint names what can be changed */
        ct_status why =
            ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                        "after pruning, no n-gram remains: none is in at least %.0f of "
                        "the %zu documents fitted on (min_df)%s",
                        mindc, n, maxdc < (double)n ? " and at most max_df of them" : "");
        if (diag)
            snprintf(diag->hint, sizeof diag->hint, "%s", min_df_hint);
        return why;
    }
    if (p->max_features && k > p->max_features) {
        uint8_t *keep = ct_malloc(k);
        ct_status st = keep ? limit_features(c->slot, order, k, p->max_features, keep) : CT_ENOMEM;
        if (st != CT_OK) {
            ct_free(keep);
            ct_free(order);
            return st;
        }
        size_t w = 0;
        for (size_t i = 0; i < k; i++)
            if (keep[i])
                order[w++] = order[i];
        k = w;
        ct_free(keep);
    }
    if (k > UINT32_MAX) {
        ct_free(order);
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "more than 2^32 - 1 terms");
    }
    /* the state */
    size_t bytes = 0;
    for (size_t i = 0; i < k; i++)
        bytes += c->slot[order[i]].len + 1;
    v->nterms = k;
    v->arena = ct_malloc(bytes);
    v->off = ct_malloc(k * sizeof *v->off);
    v->len = ct_malloc(k * sizeof *v->len);
    v->df = ct_malloc(k * sizeof *v->df);
    v->idf = ct_malloc(k * sizeof *v->idf);
    if (!v->arena || !v->off || !v->len || !v->df || !v->idf) {
        ct_free(order);
        return CT_ENOMEM;
    }
    size_t w = 0;
    for (size_t j = 0; j < k; j++) {
        const entry *e = &c->slot[order[j]];
        memcpy(v->arena + w, c->arena + e->off, e->len + 1);
        v->off[j] = w;
        v->len[j] = e->len;
        v->df[j] = e->df;
        v->idf[j] = p->weighting == CT_VECTORIZER_TFIDF ? vec_idf(n, e->df) : 1.0;
        w += e->len + 1;
    }
    ct_free(order);
    return vec_build_table(v);
}

ct_status ct_vectorizer_fit(const ct_vectorizer_params *p, const char *const *docs,
                            const size_t *lens, size_t n, ct_vectorizer **out, ct_diag *diag)
{
    *out = NULL;
    const char *m = ct_vectorizer_params_check(p);
    if (m)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "vectorizer: %s", m);
    if (n == 0)
        return ct_diag_set(diag, CT_EEMPTY, NULL, 0, 0, "vectorizer: no documents to fit on");
    counter c;
    memset(&c, 0, sizeof c);
    c.mask = (1 << 12) - 1;
    c.slot = ct_calloc(c.mask + 1, sizeof *c.slot);
    ct_vectorizer *v = ct_calloc(1, sizeof *v);
    ct_status st = (c.slot && v) ? count_docs(p, docs, lens, n, &c) : CT_ENOMEM;
    if (st == CT_OK && c.count == 0) {
        st = ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                         "empty vocabulary: no document holds a word of two or more "
                         "letters or digits");
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "the text column is empty (or holds no such word) in every training row: "
                     "fit without text features (train --features engagement, or a list of "
                     "columns without the text)");
    }
    if (st == CT_OK) {
        v->params = *p;
        v->ndocs = n;
        st = build_vocab(p, n, &c, v, diag);
    }
    ct_free(c.slot);
    ct_free(c.arena);
    if (st != CT_OK) {
        if (st == CT_ENOMEM)
            ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "vectorizer: out of memory");
        ct_vectorizer_free(v);
        return st;
    }
    *out = v;
    return CT_OK;
}

ct_vectorizer_params ct_vectorizer_get_params(const ct_vectorizer *v) { return v->params; }
size_t ct_vectorizer_nterms(const ct_vectorizer *v) { return v->nterms; }
const char *ct_vectorizer_term(const ct_vectorizer *v, size_t j, size_t *len)
{
    if (j >= v->nterms)
        return NULL;
    if (len)
        *len = v->len[j];
    return v->arena + v->off[j];
}
double ct_vectorizer_idf(const ct_vectorizer *v, size_t j)
{
    return j < v->nterms ? v->idf[j] : NAN;
}
size_t ct_vectorizer_df(const ct_vectorizer *v, size_t j) { return j < v->nterms ? v->df[j] : 0; }
size_t ct_vectorizer_ndocs(const ct_vectorizer *v) { return v->ndocs; }
