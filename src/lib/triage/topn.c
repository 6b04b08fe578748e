/* topn.c — the queue's order and the bounded top-N queue: a binary heap
 * whose root is the worst entry kept (evicted when a better one arrives),
 * sorted into queue order at the end (Knuth, TAOCP vol. 3, 5.2.3). Also the
 * priority functions. */
#include "claimtriage/triage.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

ct_status ct_priority_parse(const char *s, ct_priority_kind *out)
{
    if (s && strcmp(s, "reach") == 0) {
        *out = CT_PRIORITY_EXPECTED_REACH;
        return CT_OK;
    }
    if (s && strcmp(s, "prob") == 0) {
        *out = CT_PRIORITY_PROB;
        return CT_OK;
    }
    return CT_EINVAL;
}

const char *ct_priority_name(ct_priority_kind k)
{
    return k == CT_PRIORITY_PROB ? "prob" : "reach";
}

static double count_or_zero(double x) { return isfinite(x) && x > 0 ? x : 0.0; }

double ct_priority_value(ct_priority_kind k, double p, double views, double shares)
{
    if (k == CT_PRIORITY_PROB)
        return p;
    const double v = count_or_zero(views), s = count_or_zero(shares), t = v + s;
    if (isfinite(t))
        return p * log1p(t);
    /* counts whose sum overflows (1e308 views): log(v + s) without the
     * sum, so the priority stays finite (at most about 710 p) */
    const double hi = v > s ? v : s, lo = v > s ? s : v;
    return p * (log(hi) + log1p(lo / hi));
}

int ct_triage_cmp(const ct_triage_key *a, const ct_triage_key *b)
{
    if (a->priority != b->priority)
        return a->priority > b->priority ? -1 : 1;
    if (a->probability != b->probability)
        return a->probability > b->probability ? -1 : 1;
    if (a->status_rank != b->status_rank)
        return a->status_rank < b->status_rank ? -1 : 1;
    size_t la = strlen(a->id), lb = strlen(b->id);
    if (la != lb)
        return la < lb ? -1 : 1;
    int c = memcmp(a->id, b->id, la);
    if (c)
        return c;
    if (a->seq != b->seq)
        return a->seq < b->seq ? -1 : 1;
    return 0;
}

typedef struct entry {
    ct_triage_key key; /* key.id owned */
    void *payload;
} entry;

struct ct_topn {
    size_t capacity; /* 0: unbounded */
    entry *e;
    size_t n, cap;
    void (*free_payload)(void *);
};

ct_status ct_topn_create(size_t capacity, void (*free_payload)(void *), ct_topn **out)
{
    *out = NULL;
    ct_topn *q = ct_calloc(1, sizeof *q);
    if (!q)
        return CT_ENOMEM;
    q->capacity = capacity;
    q->free_payload = free_payload;
    *out = q;
    return CT_OK;
}

static void entry_free(ct_topn *q, entry *e)
{
    ct_free((char *)e->key.id);
    if (q->free_payload && e->payload)
        q->free_payload(e->payload);
}

void ct_topn_destroy(ct_topn *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->n; i++)
        entry_free(q, &q->e[i]);
    ct_free(q->e);
    ct_free(q);
}

/* Max-heap on "worse": the root is the entry that comes last. */
static int worse(const entry *a, const entry *b) { return ct_triage_cmp(&a->key, &b->key) > 0; }

static void sift_up(entry *h, size_t i)
{
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!worse(&h[i], &h[p]))
            break;
        entry t = h[i];
        h[i] = h[p];
        h[p] = t;
        i = p;
    }
}

static void sift_down(entry *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && worse(&h[l], &h[m]))
            m = l;
        if (r < n && worse(&h[r], &h[m]))
            m = r;
        if (m == i)
            return;
        entry t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
    }
}

int ct_topn_would_keep(const ct_topn *q, const ct_triage_key *key)
{
    if (q->capacity == 0 || q->n < q->capacity)
        return 1;
    return ct_triage_cmp(key, &q->e[0].key) < 0;
}

ct_status ct_topn_push(ct_topn *q, const ct_triage_key *key, void *payload, int *kept)
{
    *kept = 0;
    if (!ct_topn_would_keep(q, key))
        return CT_OK;
    char *id = ct_strdup(key->id);
    if (!id)
        return CT_ENOMEM;
    entry e = {*key, payload};
    e.key.id = id;
    if (q->capacity && q->n == q->capacity) { /* replace the worst */
        entry_free(q, &q->e[0]);
        q->e[0] = e;
        sift_down(q->e, q->n, 0);
        *kept = 1;
        return CT_OK;
    }
    if (q->n == q->cap) {
        size_t nc = q->cap ? 2 * q->cap : 64;
        if (q->capacity && nc > q->capacity)
            nc = q->capacity;
        entry *ne = ct_realloc(q->e, nc * sizeof *ne);
        if (!ne) {
            ct_free(id);
            return CT_ENOMEM;
        }
        q->e = ne;
        q->cap = nc;
    }
    q->e[q->n] = e;
    if (q->capacity)
        sift_up(q->e, q->n);
    q->n++;
    *kept = 1;
    return CT_OK;
}

static int entry_cmp(const void *a, const void *b)
{
    return ct_triage_cmp(&((const entry *)a)->key, &((const entry *)b)->key);
}

/* The order is total (seq is unique), so qsort's instability cannot show. */
void ct_topn_finish(ct_topn *q)
{
    if (q->n > 1)
        qsort(q->e, q->n, sizeof *q->e, entry_cmp);
}

size_t ct_topn_size(const ct_topn *q) { return q->n; }
const ct_triage_key *ct_topn_key(const ct_topn *q, size_t i) { return &q->e[i].key; }
void *ct_topn_payload(const ct_topn *q, size_t i) { return q->e[i].payload; }
