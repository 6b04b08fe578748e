/* queue_order.c — whether a ranked queue's rows stand in its own order:
 * score writes rank 1, 2, ... by falling priority (triage.h), so along the
 * ranks a priority never rises. A row whose priority rises above its
 * predecessor's was edited after score (a priority typed over, a rank
 * changed) or the file was not written by score, and merge, which ranks
 * the shards' rows by their priority, would move it: a queue whose row was
 * set to priority 99 came out of merge at rank 1 (before 2026-12-05:
 * tests/cli/merge_queue_order_checked). The ranks, not the file's order,
 * are the queue's order: a queue re-sorted after score (by id, in a
 * spreadsheet) keeps its ranks and is checked by them. The ties' order
 * (probability, author status, id) is not checked: queues written before
 * 2026-12-05 broke ties without the probability, and merge orders tied rows
 * itself by the full order. Unranked rows (score --no-sort) are in the
 * input's order, none to check.
 *
 * The ranks themselves: score writes 1, 2, ..., n, one a row (a --capacity
 * N queue 1 to N, merge's output renumbered so), so along the ranks each
 * is one more than the last. A rank that comes twice (a rank typed over, a
 * row copied) or one missing (a row deleted, a rank changed) is a queue
 * edited after score: refused, naming the line (since 2026-12-05; before,
 * such queues merged with exit 0: tests/cli/merge_ranks_checked). Rows cut
 * from a queue's end leave ranks 1 to k, as a --capacity k queue holds:
 * not seen (docs/merge.md). */
#include "claimtriage/numfmt.h"
#include "claimtriage/sort.h"
#include "triage/queue_format.h"

#include <stdio.h>
#include <string.h>

void triage_order_reset(triage_order *o) { o->n = 0; }

ct_status triage_order_add(triage_order *o, double rank, double priority, long line)
{
    if (o->n == o->cap) {
        const size_t nc = o->cap ? 2 * o->cap : 1024;
        triage_order_row *g = ct_realloc(o->rows, nc * sizeof *g);
        if (!g)
            return CT_ENOMEM;
        o->rows = g;
        o->cap = nc;
    }
    o->rows[o->n++] = (triage_order_row){rank, priority, line};
    return CT_OK;
}

static void hint_edited(ct_diag *diag, const char *again)
{
    if (diag)
        snprintf(diag->hint, sizeof diag->hint,
                 "the queue was edited by hand or not written by score: give the queue score "
                 "wrote, or %s",
                 again);
}

/* The ranks in their order (idx: the rows sorted by rank, equal ranks in
 * file order) run 1, 2, ..., n: CT_OK, else CT_EFORMAT at the first that
 * does not, naming its line and what is wrong. */
static ct_status ranks_check(const triage_order *o, const size_t *idx, const char *path,
                             const char *again, ct_diag *diag)
{
    for (size_t k = 0; k < o->n; k++) {
        const triage_order_row *b = &o->rows[idx[k]];
        if (b->rank == (double)(k + 1))
            continue;
        char rb[32], ra[32], la[32], m1[32], m2[32];
        ct_numfmt_count(rb, sizeof rb, (uint64_t)b->rank);
        ct_numfmt_count(m1, sizeof m1, (uint64_t)(k + 1));
        ct_numfmt_count(m2, sizeof m2, (uint64_t)(b->rank - 1));
        const int one = b->rank - 1 == (double)(k + 1);
        ct_status s;
        if (k == 0)
            s = ct_diag_set(diag, CT_EFORMAT, path, b->line, 0,
                            "the queue's first rank is %s, not 1: no row holds rank%s %s%s%s, so "
                            "%s (score ranks every row of a queue once, 1 to its row count)",
                            rb, one ? "" : "s", m1, one ? "" : " to ", one ? "" : m2,
                            one ? "a row was deleted from its top or its rank changed"
                                : "rows were deleted from its top or their ranks changed");
        else {
            const triage_order_row *a = &o->rows[idx[k - 1]];
            ct_numfmt_count(ra, sizeof ra, (uint64_t)a->rank);
            ct_numfmt_count(la, sizeof la, (uint64_t)a->line);
            if (b->rank == a->rank)
                s = ct_diag_set(diag, CT_EFORMAT, path, b->line, 0,
                                "rank %s again (line %s holds it too): score ranks every row of "
                                "a queue once, 1 to its row count, so a rank was changed or a "
                                "row copied",
                                rb, la);
            else
                s = ct_diag_set(diag, CT_EFORMAT, path, b->line, 0,
                                "rank %s follows rank %s (line %s): no row holds rank%s %s%s%s, "
                                "so %s (score ranks every row of a queue once, 1 to its row "
                                "count)",
                                rb, ra, la, one ? "" : "s", m1, one ? "" : " to ", one ? "" : m2,
                                one ? "a row was deleted or its rank changed"
                                    : "rows were deleted or their ranks changed");
        }
        hint_edited(diag, again);
        return s;
    }
    return CT_OK;
}

/* The ranks (ranks_check), then the first pair of rows, by rank (equal
 * ranks in file order), whose priority rises: CT_EFORMAT naming the later
 * row's line. */
ct_status triage_order_check(const triage_order *o, const char *path, const char *again,
                             ct_diag *diag)
{
    if (o->n == 0)
        return CT_OK;
    double *rank = ct_malloc(o->n * sizeof *rank);
    size_t *idx = ct_malloc(o->n * sizeof *idx);
    ct_sort_work *w = ct_sort_work_alloc(o->n);
    ct_status s = rank && idx && w ? CT_OK : CT_ENOMEM;
    for (size_t i = 0; s == CT_OK && i < o->n; i++)
        rank[i] = o->rows[i].rank;
    if (s == CT_OK)
        s = ct_sort_argsort(rank, o->n, idx, w); /* stable: equal ranks in file order */
    /* the ranks first: an edited rank is said as such, not as the
     * priority order it breaks */
    if (s == CT_OK)
        s = ranks_check(o, idx, path, again, diag);
    size_t bad = 0;
    for (size_t k = 1; s == CT_OK && k < o->n && !bad; k++)
        if (o->rows[idx[k]].priority > o->rows[idx[k - 1]].priority)
            bad = k;
    if (s == CT_ENOMEM)
        ct_diag_set(diag, s, path, 0, 0, "out of memory for the queue's order");
    else if (s != CT_OK && s != CT_EFORMAT)
        ct_diag_set(diag, s, path, 0, 0, "more queue rows than can be ranked (at most %zu)",
                    (size_t)CT_SORT_MAX_N);
    else if (bad) {
        const triage_order_row *a = &o->rows[idx[bad - 1]], *b = &o->rows[idx[bad]];
        char pa[CT_NUMFMT_SHORTEST_MAX], pb[CT_NUMFMT_SHORTEST_MAX], ra[32], rb[32], la[32];
        ct_numfmt_shortest(pa, sizeof pa, a->priority);
        ct_numfmt_shortest(pb, sizeof pb, b->priority);
        ct_numfmt_count(ra, sizeof ra, (uint64_t)a->rank);
        ct_numfmt_count(rb, sizeof rb, (uint64_t)b->rank);
        ct_numfmt_count(la, sizeof la, (uint64_t)a->line);
        s = ct_diag_set(diag, CT_EFORMAT, path, b->line, 0,
                        "priority %s at rank %s is above the priority %s at rank %s (line %s): "
                        "score ranks a queue by falling priority, so the rows are not in their "
                        "queue's order",
                        pb, rb, pa, ra, la);
        hint_edited(diag, again);
    }
    ct_free(rank);
    ct_free(idx);
    ct_sort_work_free(w);
    return s;
}

void triage_order_free(triage_order *o)
{
    if (!o)
        return;
    ct_free(o->rows);
    memset(o, 0, sizeof *o);
}
