/* vectorizer_state.h — internal: the fitted vectorizer's state, shared by
 * vectorizer.c (fit), vectorizer_transform.c, vectorizer_file.c and
 * vectorizer_limit.c. Not part of the public API. */
#ifndef CT_VECTORIZER_STATE_H
#define CT_VECTORIZER_STATE_H

#include "claimtriage/text.h"
#include "claimtriage/vectorizer.h"

/* A token of the trie's table: its first 8 bytes (zero-padded), its
 * length + 1 (0: empty slot) and the column of the term that is this token
 * alone (-1: none). A token of at most 8 bytes is told from every other by
 * (head, length) alone, as tokens hold no NUL byte. The token's node is its
 * slot's index + 1. */
typedef struct vec_tslot {
    uint64_t head;
    uint32_t lenp1;
    int32_t col;
} vec_tslot;

/* A child of the trie's table: key (parent << 32) | token node (0: empty
 * slot), the child's node and the column of the term it spells (-1:
 * none, a prefix only). */
typedef struct vec_cslot {
    uint64_t key;
    uint32_t node;
    int32_t col;
} vec_cslot;

struct ct_vectorizer {
    ct_vectorizer_params params;
    size_t ndocs, nterms;
    char *arena;   /* the terms, each NUL-terminated */
    size_t *off;   /* nterms: term j at arena + off[j] */
    uint32_t *len; /* nterms byte lengths */
    size_t *df;    /* nterms document frequencies */
    double *idf;   /* nterms */
    /* open addressing over the terms by vec_term_hash (ct_vectorizer_find;
     * transform goes through the trie below): a slot holds
     * (fingerprint << 32) | (j + 1), 0 empty; the fingerprint (the hash's
     * high 32 bits) rules out almost every other term before its bytes
     * are read */
    uint64_t *table;
    size_t tmask; /* table size - 1 (a power of two) */
    /* The n-gram trie (vectorizer_lookup.c), what transform looks a
     * document up in: every distinct token of the terms (split at their
     * spaces) gets an id; node tid + 1 is the one-token prefix of that token
     * and every longer prefix of a term is a node reached from its parent
     * by the next token's id. A token is found by its bytes (hashed, then
     * compared), a longer prefix by an exact integer key: no n-gram's bytes
     * are compared. */
    size_t ntok;
    vec_tslot *ttable;    /* the tokens by vec_trie_hash; nodes 1..2^(64-ttshift) */
    const char **ttbytes; /* per slot: the token's bytes (inside arena) */
    unsigned ttshift;     /* slot = hash >> ttshift (64 - log2 size) */
    size_t nnodes;        /* nodes in all, tokens included */
    vec_cslot *child;     /* children by their key (Fibonacci hashing) */
    unsigned cshift;      /* slot = (key * VEC_FIB) >> cshift */
    /* Filters in front of the two tables: bit (hash >> fshift) is set for
     * the hash of every token (tfilter) and every child key (cfilter). A
     * clear bit means the lookup would find nothing, so most lookups of
     * what no term holds (unknown words, pairs no bigram has) take one
     * load from a small table instead of a probe run to an empty slot; a
     * set bit only means the table is probed as before. */
    uint64_t *tfilter, *cfilter;
    unsigned tfshift, cfshift;
};

struct ct_vectorizer_work {
    ct_text_tokens tok;
    uint32_t *node; /* nodecap: each token's trie node (0: not in any term) */
    size_t nodecap;
    uint32_t *cnt;  /* cntcap + 1 counts per column, zero between documents */
    uint64_t *bits; /* the two-level bitmap of the columns counted */
    size_t cntcap;  /* the nterms cnt and bits are sized for */
    uint32_t *idx;  /* the row */
    double *val;
    size_t rowcap;
};

/* Calls fn(user, bytes, len) for every n-gram (n = nmin..nmax) of the
 * tokens in t, unigrams first, as scikit-learn's _word_ngrams; *gram and
 * *gramcap are a scratch buffer for joining. Returns nonzero as soon as fn
 * does, -1 when out of memory, else 0. */
int vec_each_ngram(const ct_text_tokens *t, size_t nmin, size_t nmax, char **gram, size_t *gramcap,
                   int (*fn)(void *user, const char *s, size_t n), void *user);

/* The hash of a term (v->table, ct_vectorizer_find) by its tokens: each
 * token's ct_hash_bytes, folded in order (tokens hold no space:
 * `(?u)\b\w\w+\b`; a term joins them with one space). A document's
 * n-grams are found through the trie instead (vectorizer_lookup.c). */
#include "base/hash.h"
static inline uint64_t vec_token_hash(const char *s, size_t n) { return ct_hash_bytes(s, n, 0); }
static inline uint64_t vec_hash_fold(uint64_t h, uint64_t token)
{
    return ct_hash_mix(h * 0x9E3779B97F4A7C15ull + token);
}
/* The same hash from an n-gram's bytes (split at its spaces). */
uint64_t vec_term_hash(const char *s, size_t n);
/* Build v->table and the n-gram trie from v's terms. CT_OK or CT_ENOMEM. */
ct_status vec_build_table(ct_vectorizer *v);

/* The n-gram trie of v's terms (fields above). CT_OK or CT_ENOMEM. */
ct_status vec_build_trie(ct_vectorizer *v);
void vec_free_trie(ct_vectorizer *v);
/* The first min(n, 8) bytes of s as a word, zero-padded; reads only those
 * bytes. */
static inline uint64_t vec_head(const char *s, size_t n)
{
    uint64_t w = 0;
    memcpy(&w, s, n < 8 ? n : 8);
    return w;
}
/* The same word, reading 8 bytes from s whatever n is: s must have 8
 * readable bytes (ct_text_tokens' buf guarantees it after every token).
 * The bytes past n are masked off, so the value is vec_head's. */
static inline uint64_t vec_head_padded(const char *s, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t w;
    memcpy(&w, s, 8);
    return n >= 8 ? w : w & ((1ull << (8 * n)) - 1); /* n < 8: shift < 64 */
#else
    return vec_head(s, n);
#endif
}
/* The trie's hash of a token from its head word (vec_head) and bytes; its
 * high bits pick the slot. A token of up to 8 bytes is hashed by one
 * multiplication (Fibonacci hashing: the product's high bits depend on
 * every bit of the word), a longer one by ct_hash_bytes. */
#define VEC_FIB 0x9E3779B97F4A7C15ull
static inline uint64_t vec_trie_hash(uint64_t head, const char *s, size_t n)
{
    return n <= 8 ? head * VEC_FIB : ct_hash_bytes(s, n, 0);
}
/* Bit (h >> shift) of filter f (see struct ct_vectorizer); no filter
 * (NULL: while the trie is being built) lets every lookup through. */
static inline int vec_filter_has(const uint64_t *f, unsigned shift, uint64_t h)
{
    if (!f)
        return 1;
    const uint64_t b = h >> shift;
    return (int)((f[b >> 6] >> (b & 63)) & 1);
}
/* The trie's slot of the token s[0..n) (lowered bytes) whose head word is
 * head (its node: slot index + 1), NULL when no term holds it. */
static inline const vec_tslot *vec_trie_token(const ct_vectorizer *v, uint64_t head, const char *s,
                                              size_t n)
{
    const uint64_t h = vec_trie_hash(head, s, n);
    if (!vec_filter_has(v->tfilter, v->tfshift, h))
        return NULL;
    const size_t mask = ((size_t)1 << (64 - v->ttshift)) - 1;
    for (size_t i = (size_t)(h >> v->ttshift);; i = (i + 1) & mask) {
        const vec_tslot *e = &v->ttable[i];
        if (!e->lenp1)
            return NULL;
        if (e->head == head && e->lenp1 == n + 1 &&
            (n <= 8 || memcmp(v->ttbytes[i] + 8, s + 8, n - 8) == 0))
            return e;
    }
}

/* The child of node `parent` by the token of node `tok`, NULL when no term
 * goes on that way. */
static inline const vec_cslot *vec_trie_child(const ct_vectorizer *v, uint32_t parent, uint32_t tok)
{
    const uint64_t key = ((uint64_t)parent << 32) | tok;
    if (!vec_filter_has(v->cfilter, v->cfshift, key * VEC_FIB))
        return NULL;
    const size_t mask = ((size_t)1 << (64 - v->cshift)) - 1;
    for (size_t i = (size_t)((key * VEC_FIB) >> v->cshift); v->child[i].key; i = (i + 1) & mask)
        if (v->child[i].key == key)
            return &v->child[i];
    return NULL;
}

/* The idf of a term with document frequency df among n documents (smooth). */
double vec_idf(size_t n, size_t df);

/* numpy 1.24's argsort of keys[0..n) with kind='quicksort' (introsort:
 * median-of-three quicksort, insertion sort below 17 elements, heapsort
 * past the depth limit), the same permutation ties included, into
 * idx[0..n). CT_OK or CT_ENOMEM. */
ct_status vec_np_argsort_i64(const int64_t *keys, size_t n, size_t *idx);

#endif
