/* prefault.h — internal: the helper-thread job that faults column pages in
 * ahead of the loader (prefault.c). */
#ifndef CT_PREFAULT_H
#define CT_PREFAULT_H

#include "frame/frame_internal.h"

struct prefaulter;

/* Offer the helper thread (base/helper.h) the pages of rows [c->n, rows) of
 * every column of f; NULL when there is no helper, nothing to fault, or no
 * memory (the loader then takes the faults itself). */
struct prefaulter *prefaulter_start(const ct_frame *f, size_t rows);
/* End the job (the loader never waits for it). Accepts NULL. */
void prefaulter_stop(struct prefaulter *pf);

#endif
