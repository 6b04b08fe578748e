/* vectorizer_lookup.c — the n-gram trie of a fitted vocabulary: the
 * distinct tokens of its terms, each found by its bytes, and every prefix
 * of a term as a node reached from its parent by the next token's id
 * (vectorizer_state.h). A document's n-grams are then found token by
 * token: one hashed, byte-compared lookup per token, and one exact integer
 * lookup per longer n-gram, stopping at the first prefix no term has.
 *
 * Why it finds exactly what joining the tokens and looking the joined
 * n-gram up in the vocabulary finds: the tokenizer's tokens hold no space
 * (`(?u)\b\w\w+\b`) and a term is its tokens joined by one space, so the
 * n-gram of tokens k..k+n-1 equals term j iff term j split at its spaces
 * is that token sequence; the trie holds exactly those sequences, and a
 * sequence whose first m tokens are no term's prefix is no term. Terms
 * read from a file that no tokenizer could produce (an empty piece from
 * two spaces, a piece of one character) get nodes no document reaches,
 * as they matched no document before. A term listed twice keeps its first
 * column, as the hashed lookup by term (ct_vectorizer_find) does. */
#include "features/vectorizer_state.h"

#include <string.h>

void vec_free_trie(ct_vectorizer *v)
{
    ct_free(v->tok);
    ct_free(v->ttable);
    ct_free(v->node_col);
    ct_free(v->child);
    v->tok = NULL;
    v->ttable = NULL;
    v->node_col = NULL;
    v->child = NULL;
    v->ntok = v->nnodes = 0;
}

static void put_token(vec_tslot *t, unsigned shift, uint64_t head, const char *s, size_t n,
                      uint32_t id)
{
    const size_t mask = ((size_t)1 << (64 - shift)) - 1;
    size_t i = (size_t)(vec_trie_hash(head, s, n) >> shift);
    while (t[i].id)
        i = (i + 1) & mask;
    t[i].head = head;
    t[i].len = (uint32_t)n;
    t[i].id = id;
}

static void put_child(vec_cslot *c, size_t mask, uint64_t key, uint32_t node)
{
    size_t i = (size_t)ct_hash_mix(key) & mask;
    while (c[i].key)
        i = (i + 1) & mask;
    c[i].key = key;
    c[i].node = node;
}

static unsigned shift_for(size_t cap)
{
    unsigned s = 64;
    for (size_t c = cap; c > 1; c >>= 1)
        s--;
    return s;
}

/* The tables built at the pieces' count, an upper bound, rebuilt at the
 * counts found (load <= 1/2): a document's lookups then touch tables a
 * fraction of the size, which stay in cache. CT_OK or CT_ENOMEM. */
static ct_status compact(ct_vectorizer *v)
{
    const size_t tcap = ct_hash_capacity(v->ntok);
    const size_t nchild = v->nnodes - v->ntok, ccap = ct_hash_capacity(nchild);
    vec_tslot *t = ct_calloc(tcap, sizeof *t);
    vec_cslot *c = ct_calloc(ccap, sizeof *c);
    if (!t || !c) {
        ct_free(t);
        ct_free(c);
        return CT_ENOMEM;
    }
    const unsigned shift = shift_for(tcap);
    const size_t old = (size_t)1 << (64 - v->ttshift);
    for (size_t i = 0; i < old; i++) {
        const vec_tslot *e = &v->ttable[i];
        if (e->id)
            put_token(t, shift, e->head, v->tok[e->id - 1], e->len, e->id);
    }
    for (size_t i = 0; i <= v->nkmask; i++)
        if (v->child[i].key)
            put_child(c, ccap - 1, v->child[i].key, v->child[i].node);
    ct_free(v->ttable);
    ct_free(v->child);
    v->ttable = t;
    v->ttshift = shift;
    v->child = c;
    v->nkmask = ccap - 1;
    return CT_OK;
}

/* The token s[0..n): its node, added when new. */
static uint32_t add_token(ct_vectorizer *v, const char *s, size_t n)
{
    const uint64_t head = vec_head(s, n);
    const uint32_t found = vec_trie_token(v, head, s, n);
    if (found)
        return found;
    v->tok[v->ntok] = s;
    v->ntok++;
    put_token(v->ttable, v->ttshift, head, s, n, (uint32_t)v->ntok);
    return (uint32_t)v->ntok;
}

/* The child of parent by token node tok: found, or added as node
 * *next (then incremented). */
static uint32_t add_child(ct_vectorizer *v, uint32_t parent, uint32_t tok, size_t *next)
{
    const uint32_t c = vec_trie_child(v, parent, tok);
    if (c)
        return c;
    const uint64_t key = ((uint64_t)parent << 32) | tok;
    put_child(v->child, v->nkmask, key, (uint32_t)*next);
    v->node_col[*next] = -1;
    return (uint32_t)(*next)++;
}

ct_status vec_build_trie(ct_vectorizer *v)
{
    vec_free_trie(v);
    /* pieces: an upper bound on tokens and on nodes */
    size_t pieces = 0;
    for (size_t j = 0; j < v->nterms; j++) {
        const char *s = v->arena + v->off[j];
        pieces++;
        for (size_t i = 0; i < v->len[j]; i++)
            pieces += s[i] == ' ';
    }
    if (pieces >= UINT32_MAX / 2 || v->nterms > INT32_MAX)
        return CT_ENOMEM;
    const size_t tcap = ct_hash_capacity(pieces), ncap = ct_hash_capacity(pieces);
    v->tok = ct_malloc((pieces + 1) * sizeof *v->tok);
    v->ttable = ct_calloc(tcap, sizeof *v->ttable);
    v->child = ct_calloc(ncap, sizeof *v->child);
    if (!v->tok || !v->ttable || !v->child) {
        vec_free_trie(v);
        return CT_ENOMEM;
    }
    v->ttshift = shift_for(tcap);
    v->nkmask = ncap - 1;
    /* tokens first: nodes 1..ntok are the one-token prefixes */
    for (size_t j = 0; j < v->nterms; j++) {
        const char *s = v->arena + v->off[j];
        size_t a = 0;
        for (size_t i = 0; i <= v->len[j]; i++)
            if (i == v->len[j] || s[i] == ' ') {
                add_token(v, s + a, i - a);
                a = i + 1;
            }
    }
    /* node ids: tokens 1..ntok, then the longer prefixes; at most one new
     * node per piece beyond a term's first */
    v->node_col = ct_malloc((v->ntok + pieces + 1) * sizeof *v->node_col);
    if (!v->node_col) {
        vec_free_trie(v);
        return CT_ENOMEM;
    }
    for (size_t t = 0; t <= v->ntok; t++)
        v->node_col[t] = -1;
    size_t next = v->ntok + 1;
    for (size_t j = 0; j < v->nterms; j++) {
        const char *s = v->arena + v->off[j];
        uint32_t node = 0;
        size_t a = 0;
        for (size_t i = 0; i <= v->len[j]; i++)
            if (i == v->len[j] || s[i] == ' ') {
                const uint32_t tok = vec_trie_token(v, vec_head(s + a, i - a), s + a, i - a);
                node = node == 0 ? tok : add_child(v, node, tok, &next);
                a = i + 1;
            }
        if (v->node_col[node] < 0)
            v->node_col[node] = (int32_t)j; /* a repeated term keeps its first column */
    }
    v->nnodes = next - 1;
    const ct_status st = compact(v);
    if (st != CT_OK)
        vec_free_trie(v);
    return st;
}
