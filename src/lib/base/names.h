/* names.h — internal: an enum's names in JSON, both ways, from one table.
 * Hidden symbols (not CT_API).
 *
 * A table is a static array of strings indexed by the enum's code, its
 * entry 0 NULL: code 0 is the enum's "none" or "other" value, which has
 * no name (ct_diag_cause, ct_logit_separation, ct_plan_reason). Pass the
 * table with CT_NAMES(table), its address and length:
 *
 *     static const char *const cause_names[] = {NULL, "folds_lack_class", ...};
 *     const char *ct_diag_cause_name(int c) { return ct_name_of(CT_NAMES(cause_names), c); }
 *
 * Thread-safety: reentrant (the tables are read only). Ownership: the
 * returned name is the table's string. */
#ifndef CT_NAMES_H
#define CT_NAMES_H

#include <stddef.h>

/* A static table's address and length, as the two first arguments below. */
#define CT_NAMES(table) (table), (sizeof(table) / sizeof *(table))

/* names[code], or NULL when code is out of [1, n) (0, negative, past the
 * table). */
const char *ct_name_of(const char *const *names, size_t n, int code);
/* The code k in [1, n) whose names[k] equals name (strcmp), or 0 when name
 * is NULL or no entry equals it. */
int ct_name_code(const char *const *names, size_t n, const char *name);

#endif
