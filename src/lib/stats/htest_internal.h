/* htest_internal.h — internal: what the comparison and association tests
 * share (htest.c). Hidden symbols; not part of the public API. */
#ifndef CT_HTEST_INTERNAL_H
#define CT_HTEST_INTERNAL_H

#include "claimtriage/htest.h"

/* A test that does not apply: method NONE, every number NaN. */
ct_htest_stat htest_stat_none(void);
/* An effect size with its size in words (see ct_htest_effect). */
ct_htest_effect htest_effect(const char *name, double value, double small, double medium,
                             double large, const char *convention, const char *undefined);
/* Copy of s ("" for NULL) through ct_malloc; NULL when out of memory. */
char *htest_dupstr(const char *s);
/* Rows to drop for missing values (every column with CT_HTEST_DROP_ALL,
 * else only cols[]): a fresh mask, nonzero = drop; NULL when out of memory. */
uint8_t *htest_drop_mask(const ct_frame *f, const size_t *cols, size_t ncols, ct_htest_dropna how,
                         uint64_t *ndropped);
/* Observed levels (count > 0) of a categorical column in sorted order:
 * order[] gets level indices, names[] every level's text; returns how many
 * were observed, (size_t)-1 when out of memory. */
size_t htest_observed_sorted(const ct_column *c, const uint64_t *count, size_t *order,
                             const char **names);
/* Column `name`, numeric (want_numeric) or categorical: CT_ECOLUMN, CT_ETYPE. */
ct_status htest_find_typed(const ct_frame *f, const char *name, int want_numeric, size_t *j,
                           ct_diag *diag);

#endif
