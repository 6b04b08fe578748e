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
/* CT_EEMPTY when dropping rows with missing values left none of the frame's
 * rows (nr > 0, ndropped == nr): the message says which rule dropped them,
 * the hint which column caused it (ct_frame_explain_missing) and, for
 * CT_HTEST_DROP_ALL, that dropping only the rows missing cols[0..1] keeps
 * more. Else CT_OK. */
ct_status htest_all_dropped(const ct_frame *f, const size_t *cols, ct_htest_dropna how,
                            uint64_t ndropped, ct_diag *diag);
/* The groups of a column: the levels of a categorical column, or the
 * distinct values of an integer column used as a code (0/1 flags, 1..5
 * ratings), at most HTEST_MAX_INT_GROUPS of them, named by their decimal
 * value and ordered by value, as pandas' groupby sorts integer keys, or the
 * distinct strings of a text column whose values repeat (labels too long or
 * too many for a categorical), at most HTEST_MAX_INT_GROUPS of them each
 * twice on average, in code point order. */
#define HTEST_MAX_INT_GROUPS 100
typedef struct htest_groups {
    const int32_t *code; /* a code per row, < 0 where missing */
    size_t L;            /* number of groups (levels) */
    const char **names;  /* L names */
    int ordered;         /* names are already in reporting order (integers) */
    int32_t *own_code;   /* owned storage of an integer or text column's view */
    char *own_text;
} htest_groups;
/* The groups of column `name` (its index into *j): CT_ECOLUMN, CT_ETYPE (not
 * categorical, integer nor repeating text, or too many distinct integers),
 * CT_ENOMEM. */
ct_status htest_groups_find(const ct_frame *f, const char *name, size_t *j, htest_groups *g,
                            ct_diag *diag);
void htest_groups_free(htest_groups *g);
/* Observed groups (count > 0) in reporting order: sorted by name (code
 * point order, Python's sorted) for a categorical column, by value for
 * integers. order[] gets group indices; returns how many were observed,
 * (size_t)-1 when out of memory. */
size_t htest_observed_sorted(const htest_groups *g, const uint64_t *count, size_t *order);
/* Column `name`, numeric: CT_ECOLUMN, CT_ETYPE. */
ct_status htest_find_numeric(const ct_frame *f, const char *name, size_t *j, ct_diag *diag);

#endif
