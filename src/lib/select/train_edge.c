/* train_edge.c — the chosen candidate's hyperparameters at the edge of the
 * grid. A value the cross-validation chose that is the smallest or largest
 * tried, and that scored strictly better than the next value inward, says
 * the score was still improving where the grid stopped: the best value may
 * lie beyond it (the check a data scientist makes on a GridSearchCV's
 * cv_results_ before trusting best_params_). Candidates are compared
 * through their descriptions (ct_train_config_describe): two candidates
 * are neighbours in key K when every other "key=value" word is the same. */
#include "select/train_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EDGE_DESC 512
#define EDGE_WORDS 24

typedef struct edge_words {
    char buf[EDGE_DESC];
    char *w[EDGE_WORDS];
    size_t n;
} edge_words;

static void split_words(const ct_train_config *c, edge_words *e)
{
    ct_train_config_describe(c, e->buf, sizeof e->buf);
    e->n = 0;
    char *save = NULL;
    for (char *s = strtok_r(e->buf, " ", &save); s && e->n < EDGE_WORDS;
         s = strtok_r(NULL, " ", &save))
        e->w[e->n++] = s;
}

/* word k's value as a finite number, or 0 */
static int word_number(const char *word, double *v)
{
    const char *eq = strchr(word, '=');
    if (!eq || !eq[1])
        return 0;
    char *end;
    errno = 0;
    *v = strtod(eq + 1, &end);
    return *end == '\0' && errno == 0 && isfinite(*v);
}

/* 1 when a and b have the same words but word k (same key, any value) */
static int same_but(const edge_words *a, const edge_words *b, size_t k)
{
    if (a->n != b->n)
        return 0;
    for (size_t j = 0; j < a->n; j++) {
        if (j == k) {
            size_t la = strcspn(a->w[j], "="), lb = strcspn(b->w[j], "=");
            if (la != lb || strncmp(a->w[j], b->w[j], la) != 0)
                return 0;
        } else if (strcmp(a->w[j], b->w[j]) != 0)
            return 0;
    }
    return 1;
}

void tr_grid_edges(ct_train_result *r)
{
    r->n_edges = 0;
    const ct_cv_result *cv = r->cv;
    if (!cv || !r->configs || r->champion >= cv->n_candidates)
        return;
    const size_t ch = r->champion;
    if (!isfinite(cv->mean[ch]))
        return;
    const int greater = ct_metric_greater_is_better(cv->metric);
    edge_words *words = ct_malloc(cv->n_candidates * sizeof *words);
    if (!words)
        return; /* the note is advice: without memory, none */
    for (size_t c = 0; c < cv->n_candidates; c++)
        split_words(&r->configs[c], &words[c]);
    const edge_words *me = &words[ch];
    for (size_t k = 0; k < me->n && r->n_edges < CT_TRAIN_MAX_EDGES; k++) {
        double v;
        if (!word_number(me->w[k], &v))
            continue;
        /* the values tried with every other setting as the champion's */
        double lo = v, hi = v, below = -INFINITY, above = INFINITY;
        size_t nb = (size_t)-1, na = (size_t)-1;
        for (size_t c = 0; c < cv->n_candidates; c++) {
            double u;
            if (c == ch || r->configs[c].family != r->configs[ch].family ||
                !same_but(me, &words[c], k) || !word_number(words[c].w[k], &u) || u == v)
                continue;
            lo = fmin(lo, u);
            hi = fmax(hi, u);
            if (u < v && u > below)
                below = u, nb = c;
            if (u > v && u < above)
                above = u, na = c;
        }
        if (lo == hi)
            continue; /* one value tried: no edge to speak of */
        const int side = v == lo ? -1 : v == hi ? 1 : 0;
        const size_t in = side < 0 ? na : nb; /* the next value inward */
        if (!side || in == (size_t)-1 || !isfinite(cv->mean[in]))
            continue;
        const int better = greater ? cv->mean[ch] > cv->mean[in] : cv->mean[ch] < cv->mean[in];
        if (!better)
            continue;
        ct_train_grid_edge *e = &r->edges[r->n_edges++];
        snprintf(e->key, sizeof e->key, "%.*s", (int)strcspn(me->w[k], "="), me->w[k]);
        e->value = v;
        e->neighbour = side < 0 ? above : below;
        e->side = side;
    }
    ct_free(words);
}
