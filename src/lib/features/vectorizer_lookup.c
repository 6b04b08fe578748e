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
    ct_free(v->ttable);
    ct_free(v->ttbytes);
    ct_free(v->child);
    ct_free(v->tfilter);
    ct_free(v->cfilter);
    v->ttable = NULL;
    v->ttbytes = NULL;
    v->child = NULL;
    v->tfilter = v->cfilter = NULL;
    v->ntok = v->nnodes = 0;
}

/* The tables' size for n entries: a power of two >= 16 holding them at a
 * load of at most 2/3 (small tables stay in the first-level cache). */
static size_t trie_capacity(size_t n)
{
    size_t c = 16;
    while (c < n + n / 2)
        c <<= 1;
    return c;
}

static unsigned shift_for(size_t cap)
{
    unsigned s = 64;
    for (size_t c = cap; c > 1; c >>= 1)
        s--;
    return s;
}

/* A filter for n entries (struct ct_vectorizer): 2^k bits, about 16 per
 * entry (a lookup of something absent passes about one time in 16), at
 * least 4,096 bits and at most 2^22 (512 KiB). *shift: 64 - k. NULL when
 * out of memory. */
static uint64_t *filter_alloc(size_t n, unsigned *shift)
{
    unsigned k = 12;
    while (k < 22 && ((size_t)1 << k) < 16 * n)
        k++;
    *shift = 64 - k;
    return ct_calloc(((size_t)1 << k) / 64, sizeof(uint64_t));
}

static void filter_set(uint64_t *f, unsigned shift, uint64_t h)
{
    const uint64_t b = h >> shift;
    f[b >> 6] |= 1ull << (b & 63);
}

/* ---- the distinct tokens, gathered before the final table is sized ---- */

typedef struct {
    uint64_t head;
    uint32_t len, id; /* id 0: empty */
} gslot;

typedef struct {
    gslot *t;
    size_t mask;
    unsigned shift;
    const char **bytes; /* by id - 1 */
    uint32_t *len;      /* by id - 1 */
    size_t n;
} gather;

static void gather_token(gather *g, const char *s, size_t n)
{
    const uint64_t head = vec_head(s, n);
    size_t i = (size_t)(vec_trie_hash(head, s, n) >> g->shift);
    for (; g->t[i].id; i = (i + 1) & g->mask) {
        const gslot *e = &g->t[i];
        if (e->head == head && e->len == n &&
            (n <= 8 || memcmp(g->bytes[e->id - 1] + 8, s + 8, n - 8) == 0))
            return;
    }
    g->bytes[g->n] = s;
    g->len[g->n++] = (uint32_t)n;
    g->t[i].head = head;
    g->t[i].len = (uint32_t)n;
    g->t[i].id = (uint32_t)g->n;
}

/* ---- the final tables ---- */

static void put_token(ct_vectorizer *v, const char *s, size_t n)
{
    const uint64_t head = vec_head(s, n);
    const size_t mask = ((size_t)1 << (64 - v->ttshift)) - 1;
    size_t i = (size_t)(vec_trie_hash(head, s, n) >> v->ttshift);
    while (v->ttable[i].lenp1)
        i = (i + 1) & mask;
    v->ttable[i].head = head;
    v->ttable[i].lenp1 = (uint32_t)n + 1;
    v->ttable[i].col = -1;
    v->ttbytes[i] = s;
}

static vec_cslot *put_child(vec_cslot *c, unsigned shift, uint64_t key, uint32_t node)
{
    const size_t mask = ((size_t)1 << (64 - shift)) - 1;
    size_t i = (size_t)((key * VEC_FIB) >> shift);
    while (c[i].key)
        i = (i + 1) & mask;
    c[i].key = key;
    c[i].node = node;
    c[i].col = -1;
    return &c[i];
}

/* Term j's node made (its prefixes' too) and given column j unless it has
 * one (a term listed twice keeps its first column). Children go to the
 * table v->child is (large enough); new nodes are numbered from *next. */
static void add_term(ct_vectorizer *v, size_t j, size_t *next)
{
    const char *term = v->arena + v->off[j];
    int32_t *col = NULL;
    uint32_t node = 0;
    size_t a = 0;
    for (size_t i = 0; i <= v->len[j]; i++) {
        if (i < v->len[j] && term[i] != ' ')
            continue;
        const char *s = term + a;
        const size_t n = i - a;
        a = i + 1;
        const vec_tslot *e = vec_trie_token(v, vec_head(s, n), s, n); /* always found */
        const uint32_t tok = (uint32_t)(e - v->ttable) + 1;
        if (node == 0) {
            node = tok;
            col = &v->ttable[tok - 1].col;
            continue;
        }
        vec_cslot *c = (vec_cslot *)vec_trie_child(v, node, tok);
        if (!c)
            c = put_child(v->child, v->cshift, ((uint64_t)node << 32) | tok, (uint32_t)(*next)++);
        node = c->node;
        col = &c->col;
    }
    if (*col < 0)
        *col = (int32_t)j;
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
    if (pieces >= UINT32_MAX / 8 || v->nterms > INT32_MAX)
        return CT_ENOMEM;
    const size_t big = ct_hash_capacity(pieces);
    /* 1. the distinct tokens, in the order the terms hold them */
    gather g = {ct_calloc(big, sizeof(gslot)),
                big - 1,
                shift_for(big),
                ct_malloc((pieces + 1) * sizeof(const char *)),
                ct_malloc((pieces + 1) * sizeof(uint32_t)),
                0};
    ct_status st = g.t && g.bytes && g.len ? CT_OK : CT_ENOMEM;
    for (size_t j = 0; j < v->nterms && st == CT_OK; j++) {
        const char *term = v->arena + v->off[j];
        size_t a = 0;
        for (size_t i = 0; i <= v->len[j]; i++)
            if (i == v->len[j] || term[i] == ' ') {
                gather_token(&g, term + a, i - a);
                a = i + 1;
            }
    }
    /* 2. the token table at its final size (load <= 1/2) */
    const size_t tcap = trie_capacity(g.n);
    vec_cslot *tmp = NULL;
    if (st == CT_OK) {
        v->ttable = ct_calloc(tcap, sizeof *v->ttable);
        v->ttbytes = ct_calloc(tcap, sizeof *v->ttbytes);
        tmp = ct_calloc(big, sizeof *tmp);
        if (!v->ttable || !v->ttbytes || !tmp)
            st = CT_ENOMEM;
    }
    if (st == CT_OK) {
        v->ttshift = shift_for(tcap);
        v->ntok = g.n;
        for (size_t t = 0; t < g.n; t++)
            put_token(v, g.bytes[t], g.len[t]);
    }
    ct_free(g.t);
    ct_free(g.bytes);
    ct_free(g.len);
    /* 3. the terms' nodes, children in a table sized for every piece; the
     * token nodes are 1..tcap, the longer prefixes tcap + 1 on */
    size_t next = tcap + 1;
    if (st == CT_OK) {
        v->child = tmp;
        v->cshift = shift_for(big);
        for (size_t j = 0; j < v->nterms; j++)
            add_term(v, j, &next);
    }
    /* 4. the children's table at its final size (load <= 1/2) */
    if (st == CT_OK) {
        const size_t ccap = trie_capacity(next - tcap - 1);
        vec_cslot *c = ct_calloc(ccap, sizeof *c);
        if (!c) {
            st = CT_ENOMEM;
        } else {
            for (size_t i = 0; i < big; i++)
                if (tmp[i].key)
                    put_child(c, shift_for(ccap), tmp[i].key, tmp[i].node)->col = tmp[i].col;
            v->child = c;
            v->cshift = shift_for(ccap);
            v->nnodes = next - 1;
        }
    }
    ct_free(tmp);
    /* 5. the filters, from the final tables (set only once complete: the
     * lookups above ran without them) */
    if (st == CT_OK) {
        unsigned ts, cs;
        uint64_t *tf = filter_alloc(v->ntok, &ts), *cf = filter_alloc(v->nnodes - tcap, &cs);
        if (!tf || !cf) {
            ct_free(tf);
            ct_free(cf);
            st = CT_ENOMEM;
        } else {
            for (size_t i = 0; i < tcap; i++)
                if (v->ttable[i].lenp1) {
                    const size_t n = v->ttable[i].lenp1 - 1;
                    filter_set(tf, ts, vec_trie_hash(v->ttable[i].head, v->ttbytes[i], n));
                }
            const size_t ccap = (size_t)1 << (64 - v->cshift);
            for (size_t i = 0; i < ccap; i++)
                if (v->child[i].key)
                    filter_set(cf, cs, v->child[i].key * VEC_FIB);
            v->tfilter = tf;
            v->cfilter = cf;
            v->tfshift = ts;
            v->cfshift = cs;
        }
    }
    if (st != CT_OK) {
        if (v->child == tmp)
            v->child = NULL;
        vec_free_trie(v);
    }
    return st;
}
