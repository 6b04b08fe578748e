/* vectorizer_limit.c — numpy's argsort(kind='quicksort') for int64 keys, so
 * that max_features breaks ties in corpus frequency exactly as
 * scikit-learn's (-tfs[mask]).argsort()[:limit] does (numpy 1.24,
 * numpy/core/src/npysort/quicksort.cpp aquicksort_ and heapsort.cpp
 * aheapsort_: Musser's introsort — median-of-three quicksort, insertion
 * sort for partitions of at most 16 elements (numpy's SMALL_QUICKSORT 15
 * bounds pr - pl, so 17 elements are partitioned again: before 2026-12-04
 * ours was 16, and --max-features kept other tied n-grams than
 * scikit-learn; tests/unit/test_text.c test_np_argsort_ties), heapsort once
 * the depth exceeds 2·floor(log2 n)). Not stable: ties come out in the order this
 * algorithm leaves them, which is what the vocabulary must reproduce. */
#include "features/vectorizer_state.h"

#define SMALL_QUICKSORT 15 /* numpy's npysort_common.h */
#define QS_STACK 128

static void swap(size_t *a, size_t *b)
{
    const size_t t = *a;
    *a = *b;
    *b = t;
}

static void aheapsort(const int64_t *v, size_t *tosort, size_t n)
{
    size_t *a = tosort - 1; /* 1-based heap */
    size_t i, j, l, tmp;
    for (l = n >> 1; l > 0; --l) {
        tmp = a[l];
        for (i = l, j = l << 1; j <= n;) {
            if (j < n && v[a[j]] < v[a[j + 1]])
                j += 1;
            if (v[tmp] < v[a[j]]) {
                a[i] = a[j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[i] = tmp;
    }
    for (; n > 1;) {
        tmp = a[n];
        a[n] = a[1];
        n -= 1;
        for (i = 1, j = 2; j <= n;) {
            if (j < n && v[a[j]] < v[a[j + 1]])
                j++;
            if (v[tmp] < v[a[j]]) {
                a[i] = a[j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[i] = tmp;
    }
}

static int msb(size_t n)
{
    int d = 0;
    while (n > 1) {
        n >>= 1;
        d++;
    }
    return d;
}

ct_status vec_np_argsort_i64(const int64_t *v, size_t num, size_t *tosort)
{
    for (size_t i = 0; i < num; i++)
        tosort[i] = i;
    if (num < 2)
        return CT_OK;
    size_t *pl = tosort, *pr = tosort + num - 1;
    size_t *stack[QS_STACK], **sptr = stack;
    int depth[QS_STACK], *psdepth = depth;
    int cdepth = msb(num) * 2;
    for (;;) {
        if (cdepth < 0) {
            aheapsort(v, pl, (size_t)(pr - pl) + 1);
            goto stack_pop;
        }
        while (pr - pl > SMALL_QUICKSORT) {
            size_t *pm = pl + ((pr - pl) >> 1);
            if (v[*pm] < v[*pl])
                swap(pm, pl);
            if (v[*pr] < v[*pm])
                swap(pr, pm);
            if (v[*pm] < v[*pl])
                swap(pm, pl);
            const int64_t vp = v[*pm];
            size_t *pi = pl, *pj = pr - 1;
            swap(pm, pj);
            for (;;) {
                do
                    ++pi;
                while (v[*pi] < vp);
                do
                    --pj;
                while (vp < v[*pj]);
                if (pi >= pj)
                    break;
                swap(pi, pj);
            }
            size_t *pk = pr - 1;
            swap(pi, pk);
            /* push the larger partition on the stack */
            if (pi - pl < pr - pi) {
                *sptr++ = pi + 1;
                *sptr++ = pr;
                pr = pi - 1;
            } else {
                *sptr++ = pl;
                *sptr++ = pi - 1;
                pl = pi + 1;
            }
            *psdepth++ = --cdepth;
        }
        /* insertion sort */
        for (size_t *pi = pl + 1; pi <= pr; ++pi) {
            const size_t vi = *pi;
            const int64_t vv = v[vi];
            size_t *pj = pi, *pk = pi - 1;
            while (pj > pl && vv < v[*pk])
                *pj-- = *pk--;
            *pj = vi;
        }
    stack_pop:
        if (sptr == stack)
            break;
        pr = *(--sptr);
        pl = *(--sptr);
        cdepth = *(--psdepth);
    }
    return CT_OK;
}
