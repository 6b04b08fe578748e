/* queue_wait.c — the whole queue's positives' waits against random
 * order's: Mann-Whitney's U test of the positives' places against the
 * other rows' places (claimtriage/queue_eval.h, ct_queue_wait_test). */
#include "claimtriage/htest.h"
#include "claimtriage/queue_eval.h"

#include <math.h>
#include <string.h>

/* Under random order the positives take `positives` of the n places at
 * random, so their places and the others' are two samples of one
 * population: Mann & Whitney (1947), computed by the one rank test the
 * library has (ct_htest_compare_groups: scipy.stats.mannwhitneyu's
 * method 'auto' and continuity correction). */
ct_status ct_queue_wait_test(const size_t *places, size_t positives, size_t n,
                             ct_queue_rank_test *out, ct_diag *diag)
{
    if (!out || (positives && !places))
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no places or no result given");
    memset(out, 0, sizeof *out);
    out->statistic = out->p = out->log10p = NAN;
    out->positives = positives;
    out->others = positives <= n ? n - positives : 0;
    if (positives > n)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%zu places in a queue of %zu rows",
                           positives, n);
    double *x = ct_malloc((n ? n : 1) * sizeof *x);
    unsigned char *taken = ct_calloc(n + 1, 1);
    if (!x || !taken) {
        ct_free(x);
        ct_free(taken);
        return CT_ENOMEM;
    }
    ct_status s = CT_OK;
    for (size_t i = 0; s == CT_OK && i < positives; i++) {
        const size_t place = places[i];
        if (place < 1 || place > n || taken[place])
            s = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                            place < 1 || place > n ? "place %zu is outside 1..%zu"
                                                   : "place %zu is given twice (of %zu)",
                            place, n);
        else
            taken[place] = 1;
        x[i] = (double)place;
    }
    if (s == CT_OK && positives > 0 && positives < n) {
        size_t o = positives;
        for (size_t place = 1; place <= n; place++)
            if (!taken[place])
                x[o++] = (double)place;
        const double *g[2] = {x, x + positives};
        const size_t sz[2] = {positives, n - positives};
        const char *lab[2] = {"positives", "others"};
        const ct_htest_options opt = ct_htest_options_default();
        ct_htest_compare *r = NULL;
        s = ct_htest_compare_groups(g, sz, lab, 2, &opt, &r, NULL);
        if (s == CT_EDATA) /* one place each (n = 2): no test, as not made */
            s = CT_OK;
        if (s == CT_OK && r && isfinite(r->mann_whitney.p.p)) {
            out->made = 1;
            out->statistic = r->mann_whitney.statistic;
            out->p = r->mann_whitney.p.p;
            out->log10p = r->mann_whitney.p.log10p;
            out->exact = r->mw_exact;
        }
        ct_htest_compare_free(r);
    }
    ct_free(x);
    ct_free(taken);
    return s;
}
