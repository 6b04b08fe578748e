/* prefault.c — the helper-thread job that faults column pages in ahead of
 * the loader.
 *
 * Once the loader has sized its columns (loader_presize), the helper thread
 * (base/helper.c) makes the pages the columns will fill present and
 * writable with Linux 5.14's MADV_POPULATE_WRITE (contents untouched, so it
 * may run while the loader writes). A page fault costs about 2 us on the
 * VMs this runs on, and the loader would take one every 4 KiB of every
 * column: with the helper ahead on the other core, it takes none. The
 * loader never waits: it stops the job at its end, and stale ranges (a
 * column grown and moved) only get pages faulted in, no byte changed.
 * Whichever of loader and helper leaves the job last frees it. There is no
 * helper, hence no job, unless ct_threads() > 1. */
#if defined(__linux__)
#include <sys/mman.h>
#endif
#include "frame/prefault.h"

#include "base/helper.h"

#include <stdatomic.h>

#define PF_CHUNK ((size_t)64 << 10)
typedef struct pf_range {
    uintptr_t a, b; /* page-aligned [a, b) */
} pf_range;
struct prefaulter {
    ct_help_job job; /* first: the helper's handle */
    atomic_int stop, refs;
    size_t nr;
    pf_range r[];
};

static void prefaulter_release(struct prefaulter *pf)
{
    if (atomic_fetch_sub_explicit(&pf->refs, 1, memory_order_acq_rel) == 1)
        ct_free(pf);
}

static void prefaulter_run(ct_help_job *job)
{
    struct prefaulter *pf = (struct prefaulter *)(void *)job;
    for (int more = 1; more && !atomic_load_explicit(&pf->stop, memory_order_relaxed);) {
        more = 0;
        for (size_t i = 0; i < pf->nr && !atomic_load_explicit(&pf->stop, memory_order_relaxed);
             i++) {
            pf_range *g = &pf->r[i];
            if (g->a >= g->b)
                continue;
            uintptr_t e = g->b - g->a > PF_CHUNK ? g->a + PF_CHUNK : g->b;
#if defined(__linux__)
            if (madvise((void *)g->a, e - g->a, 23 /* MADV_POPULATE_WRITE */) != 0) {
                g->b = g->a; /* not supported (or gone): leave this range */
                continue;
            }
#endif
            g->a = e;
            more |= g->a < g->b;
        }
    }
    prefaulter_release(pf);
}

void prefaulter_stop(struct prefaulter *pf)
{
    if (!pf)
        return;
    atomic_store_explicit(&pf->stop, 1, memory_order_relaxed);
    if (ct_helper_withdraw(&pf->job))
        ct_free(pf); /* never picked up */
    else
        prefaulter_release(pf);
}

/* The ranges: rows [c->n, rows) of each array of each column. */
struct prefaulter *prefaulter_start(const ct_frame *f, size_t rows)
{
#if defined(__linux__)
    struct prefaulter *pf = ct_calloc(1, sizeof *pf + 5 * f->ncols * sizeof(pf_range));
    if (!pf)
        return NULL;
    const uintptr_t pg = 4096;
    for (size_t j = 0; j < f->ncols; j++) {
        const ct_column *c = f->cols[j];
        if (rows <= c->n)
            continue;
        const void *p[5] = {c->miss, c->f64, c->codes, c->spec, c->soff};
        size_t w[5] = {1, 8, 4, 8, 8};
        if (c->soff) { /* string columns have no codes: take the lengths */
            p[2] = c->slen;
            w[2] = 4;
        }
        for (int k = 0; k < 5; k++) {
            if (!p[k])
                continue;
            uintptr_t a = ((uintptr_t)p[k] + c->n * w[k] + pg - 1) & ~(pg - 1);
            uintptr_t b = ((uintptr_t)p[k] + rows * w[k]) & ~(pg - 1);
            if (b > a)
                pf->r[pf->nr++] = (pf_range){a, b};
        }
    }
    pf->job.run = prefaulter_run;
    atomic_init(&pf->stop, 0);
    atomic_init(&pf->refs, 2);
    if (pf->nr == 0 || !ct_helper_offer(&pf->job)) {
        ct_free(pf);
        return NULL;
    }
    return pf;
#else
    (void)f, (void)rows;
    return NULL;
#endif
}
