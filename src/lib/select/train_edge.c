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

/* Word k's place on its key's scale: *v the value, *kind what it counts.
 * Returns 0 when the value has no order (sqrt, log2, tfidf). A limit's
 * "no limit" is the largest value of all, not its spelling's number:
 * None (max_depth, max_features, max_samples: every level, column, row)
 * and the vectorizer's max_features=0 are +infinity. Keys that take a
 * count or a fraction by how the value is written (scikit-learn's int and
 * float: min_df, the forest's max_features and max_samples) have two
 * scales that do not compare (3 columns against half of them): *kind is
 * 1 for a fraction (written with a point or an exponent: min_df=1.0,
 * ct_vectorizer_min_df_text), 0 otherwise. */
static int word_order(const char *word, ct_train_family fam, double *v, int *kind)
{
    const char *eq = strchr(word, '=');
    if (!eq || !eq[1])
        return 0;
    const size_t klen = (size_t)(eq - word);
    const char *text = eq + 1;
#define KEY_IS(k) (klen == sizeof(k) - 1 && strncmp(word, k, klen) == 0)
    const int vec_limit =
        KEY_IS("vectorizer__max_features") || (fam == CT_TRAIN_LR && KEY_IS("max_features"));
    const int two_scales = KEY_IS("min_df") || (fam == CT_TRAIN_RF &&
                                                (KEY_IS("max_features") || KEY_IS("max_samples")));
#undef KEY_IS
    *kind = 0;
    if (strcmp(text, "None") == 0) {
        *v = INFINITY;
        return 1;
    }
    char num[64];
    const size_t n = strlen(text);
    if (n == 0 || n >= sizeof num)
        return 0;
    memcpy(num, text, n);
    num[n] = '\0';
    char *end;
    errno = 0;
    *v = strtod(num, &end);
    if (*end != '\0' || errno != 0 || !isfinite(*v))
        return 0;
    if (two_scales && strpbrk(num, ".eE"))
        *kind = 1;
    if (!two_scales)
        *kind = 0;
    if (vec_limit && *v == 0)
        *v = INFINITY; /* no limit */
    return 1;
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
    const ct_train_family fam = r->configs[ch].family;
    for (size_t k = 0; k < me->n && r->n_edges < CT_TRAIN_MAX_EDGES; k++) {
        double v;
        int kind;
        if (!word_order(me->w[k], fam, &v, &kind) || !isfinite(v))
            continue; /* no order, or no limit: nothing lies beyond it */
        /* the values tried with every other setting as the champion's,
         * on the champion's scale */
        double lo = v, hi = v, below = -INFINITY, above = INFINITY;
        size_t nb = (size_t)-1, na = (size_t)-1;
        for (size_t c = 0; c < cv->n_candidates; c++) {
            double u;
            int ukind;
            if (c == ch || r->configs[c].family != fam || !same_but(me, &words[c], k) ||
                !word_order(words[c].w[k], fam, &u, &ukind) || ukind != kind || u == v)
                continue;
            lo = fmin(lo, u);
            hi = fmax(hi, u);
            if (u < v && (nb == (size_t)-1 || u > below))
                below = u, nb = c;
            if (u > v && (na == (size_t)-1 || u < above)) /* (no limit: +infinity) */
                above = u, na = c;
        }
        if (lo == hi)
            continue; /* one value tried: no edge to speak of */
        const int side = v == lo ? -1 : v == hi ? 1 : 0;
        const size_t in = side < 0 ? na : nb; /* the next value inward */
        if (!side || in == (size_t)-1 || !isfinite(cv->mean[in]))
            continue;
        const int better = greater ? cv->mean[ch] > cv->mean[in] : cv->mean[ch] < cv->mean[in];
        if (!better || (kind == 1 && side > 0 && v >= 1))
            continue; /* (a share of every row or column has nothing above it) */
        ct_train_grid_edge *e = &r->edges[r->n_edges++];
        const char *iw = words[in].w[k];
        snprintf(e->key, sizeof e->key, "%.*s", (int)strcspn(me->w[k], "="), me->w[k]);
        e->value = v;
        e->neighbour = side < 0 ? above : below; /* +infinity: no limit (None, 0) */
        snprintf(e->neighbour_text, sizeof e->neighbour_text, "%.*s",
                 (int)strcspn(strchr(iw, '=') + 1, "("), strchr(iw, '=') + 1);
        e->side = side;
        e->fraction = kind;
    }
    ct_free(words);
}
