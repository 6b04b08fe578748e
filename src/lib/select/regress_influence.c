/* regress_influence.c — influential rows of the fitted regression:
 * leverage, Cook's distance and standardized Pearson residuals
 * (ct_logit_influence), counted against conventional thresholds, and the
 * rows with the largest Cook's distance (see claimtriage/regress.h). */
#include "select/regress_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Sorted element: the key travels with the row, so the comparison needs no
 * outside state (reentrant; qsort has no user pointer in C11). */
typedef struct keyed_row {
    double key;
    size_t row;
} keyed_row;

/* Largest key first, ties by row (a total order: any correct sort agrees). */
static int cmp_key_desc(const void *a, const void *b)
{
    const keyed_row *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? 1 : -1;
    return (x->row > y->row) - (x->row < y->row);
}

void ct_regress_influence_free_(ct_regress_influence *in)
{
    ct_free(in->hat);
    ct_free(in->cooks);
    ct_free(in->std_resid);
    ct_free(in->top);
    ct_free(in->top_line);
}

ct_status ct_regress_influence_(ct_regress *r, const ct_frame *f, const ct_regress_options *o)
{
    const ct_design *d = r->design;
    ct_regress_influence *in = &r->influence;
    size_t n = d->n, k = n < o->top ? n : o->top;
    in->hat = ct_malloc(n * sizeof *in->hat);
    in->cooks = ct_malloc(n * sizeof *in->cooks);
    in->std_resid = ct_malloc(n * sizeof *in->std_resid);
    in->top = ct_malloc((k ? k : 1) * sizeof *in->top);
    in->top_line = ct_malloc((k ? k : 1) * sizeof *in->top_line);
    keyed_row *ord = ct_malloc(n * sizeof *ord);
    if (!in->hat || !in->cooks || !in->std_resid || !in->top || !in->top_line || !ord ||
        ct_logit_influence(r->fit, d->x, d->y, in->hat, in->cooks, in->std_resid) != CT_OK) {
        ct_free(ord);
        return CT_ENOMEM;
    }
    in->leverage_threshold = o->leverage_mult * (double)d->p / (double)n;
    in->cooks_threshold = o->cooks_num / (double)n;
    in->resid_threshold = o->resid_limit;
    in->largest = NAN;
    /* only defined distances are ranked: an undefined one (NaN) is counted,
     * never sorted among numbers (NaN compares false both ways, so a sort
     * would place it by row order) */
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        in->high_leverage += in->hat[i] > in->leverage_threshold;
        in->high_cooks += in->cooks[i] > in->cooks_threshold;
        in->cooks_major += in->cooks[i] > o->cooks_major;
        in->large_resid += fabs(in->std_resid[i]) > o->resid_limit;
        if (isnan(in->cooks[i]))
            in->undefined++;
        else
            ord[m++] = (keyed_row){in->cooks[i], i};
    }
    qsort(ord, m, sizeof *ord, cmp_key_desc);
    in->ntop = k < m ? k : m;
    if (m)
        in->largest = ord[0].key;
    for (size_t t = 0; t < in->ntop; t++) {
        in->top[t] = ord[t].row;
        in->top_line[t] = ct_frame_row_line(f, d->rows[ord[t].row]);
    }
    ct_free(ord);
    return CT_OK;
}
