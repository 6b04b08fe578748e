/* split.c — stratified seeded split (see claimtriage/split.h). */
#include "claimtriage/split.h"
#include "claimtriage/rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, z = *(const size_t *)b;
    return (x > z) - (x < z);
}

ct_status ct_split_stratified(const double *y, size_t n, double test_size, unsigned long seed,
                              size_t *train, size_t *ntrain, size_t *test, size_t *ntest,
                              ct_diag *diag)
{
    *ntrain = *ntest = 0;
    if (!(test_size > 0 && test_size < 1))
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "test size must be in (0, 1)");
    size_t *cls = ct_malloc((n ? n : 1) * sizeof *cls);
    ct_rng *r = NULL;
    if (!cls || ct_rng_create(seed, 0, &r) != CT_OK) {
        ct_free(cls);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory for the split");
    }
    for (int c = 0; c <= 1; c++) {
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            if ((y[i] != 0) == c)
                cls[m++] = i;
        ct_rng_shuffle(r, cls, m, sizeof *cls);
        size_t k = (size_t)llround(test_size * (double)m);
        memcpy(test + *ntest, cls, k * sizeof *cls);
        memcpy(train + *ntrain, cls + k, (m - k) * sizeof *cls);
        *ntest += k;
        *ntrain += m - k;
    }
    ct_rng_destroy(r);
    ct_free(cls);
    qsort(test, *ntest, sizeof *test, cmp_size);
    qsort(train, *ntrain, sizeof *train, cmp_size);
    if (*ntest == 0 || *ntrain == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "the split leaves an empty set (%zu rows, test size %g)", n, test_size);
    return CT_OK;
}
