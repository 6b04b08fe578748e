/* vectorizer_state.h — internal: the fitted vectorizer's state, shared by
 * vectorizer.c (fit), vectorizer_transform.c, vectorizer_file.c and
 * vectorizer_limit.c. Not part of the public API. */
#ifndef CT_VECTORIZER_STATE_H
#define CT_VECTORIZER_STATE_H

#include "claimtriage/text.h"
#include "claimtriage/vectorizer.h"

struct ct_vectorizer {
    ct_vectorizer_params params;
    size_t ndocs, nterms;
    char *arena;   /* the terms, each NUL-terminated */
    size_t *off;   /* nterms: term j at arena + off[j] */
    uint32_t *len; /* nterms byte lengths */
    size_t *df;    /* nterms document frequencies */
    double *idf;   /* nterms */
    /* open addressing over the terms by vec_term_hash: a slot holds
     * (fingerprint << 32) | (j + 1), 0 empty; the fingerprint (the hash's
     * high 32 bits) rules out almost every other term before its bytes
     * are read */
    uint64_t *table;
    size_t tmask; /* table size - 1 (a power of two) */
};

struct ct_vectorizer_work {
    ct_text_tokens tok;
    char *gram; /* an n-gram being joined */
    size_t gramcap;
    uint64_t *hash; /* 2 x hashcap: the tokens' hashes, the n-grams' folds */
    size_t hashcap;
    uint32_t *cols, *tmp; /* the document's n-gram columns, and sort scratch */
    size_t colcap;
    uint32_t *idx; /* the row */
    double *val;
    size_t rowcap;
};

/* Calls fn(user, bytes, len) for every n-gram (n = nmin..nmax) of the
 * tokens in t, unigrams first, as scikit-learn's _word_ngrams; *gram and
 * *gramcap are a scratch buffer for joining. Returns nonzero as soon as fn
 * does, -1 when out of memory, else 0. */
int vec_each_ngram(const ct_text_tokens *t, size_t nmin, size_t nmax, char **gram, size_t *gramcap,
                   int (*fn)(void *user, const char *s, size_t n), void *user);

/* The hash of an n-gram by its tokens (never by its joined bytes): each
 * token's ct_hash_bytes, folded in order, so that a document's n-grams are
 * looked up from its tokens' hashes without joining them (tokens hold no
 * space: `(?u)\b\w\w+\b`; an n-gram joins them with one space). */
#include "base/hash.h"
static inline uint64_t vec_token_hash(const char *s, size_t n) { return ct_hash_bytes(s, n, 0); }
static inline uint64_t vec_hash_fold(uint64_t h, uint64_t token)
{
    return ct_hash_mix(h * 0x9E3779B97F4A7C15ull + token);
}
/* The same hash from an n-gram's bytes (split at its spaces). */
uint64_t vec_term_hash(const char *s, size_t n);
/* The column of the n-gram made of tokens k..k+n-1 of t, whose fold is h;
 * -1 when not in the vocabulary. */
long vec_find_tokens(const ct_vectorizer *v, uint64_t h, const ct_text_tokens *t, size_t k,
                     size_t n);

/* Build v->table from v's terms. CT_OK or CT_ENOMEM. */
ct_status vec_build_table(ct_vectorizer *v);

/* The idf of a term with document frequency df among n documents (smooth). */
double vec_idf(size_t n, size_t df);

/* numpy 1.24's argsort of keys[0..n) with kind='quicksort' (introsort:
 * median-of-three quicksort, insertion sort below 17 elements, heapsort
 * past the depth limit), the same permutation ties included, into
 * idx[0..n). CT_OK or CT_ENOMEM. */
ct_status vec_np_argsort_i64(const int64_t *keys, size_t n, size_t *idx);

#endif
