/* distinct.h — internal: the distinct values of one column, compared as
 * every duplicate count compares them (distinct.c). For inspect's distinct
 * and duplicate counts, the frame's rounded-ids note and train's split
 * groups. */
#ifndef CT_FRAME_DISTINCT_H
#define CT_FRAME_DISTINCT_H

#include "claimtriage/frame.h"

#include <stddef.h>
#include <stdint.h>

/* Distinct non-missing values among rows [0, n) of c (pandas'
 * Series.nunique()) into *out: exact identifiers compared by ct_column_i64,
 * other numbers by their doubles (NaN never equal), strings by their bytes
 * as written, categories by level. str_hash: each row's
 * ct_hash_bytes(value, len, 0) when the caller has them already (inspect),
 * or NULL to hash here; only string columns read it. Returns 0; -1 when
 * out of memory. Reentrant. */
int frame_column_distinct(const ct_column *c, size_t n, const uint64_t *str_hash, size_t *out);
/* For each row i of [0, n), first[i] = the first row whose value equals
 * row i's, compared as frame_column_distinct compares them (a missing value
 * equals nothing: first[i] = i). Rows sharing an id share first[]; the
 * split's groups (claimtriage/folds.h). Returns 0; -1 when out of memory. */
int frame_column_first_rows(const ct_column *c, size_t n, size_t *first);

#endif
