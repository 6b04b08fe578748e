/* name_set.h — internal: a set of names (NUL-terminated strings compared
 * with strcmp, no folding) for the checks that a list names nothing twice:
 * one hash probe a name, where comparing every pair was quadratic in the
 * number of columns (20,000 columns, 2026-12-06). The set points at the
 * caller's strings, which must outlive it. Hidden symbols (not CT_API).
 * Thread-safety: one set, one thread. */
#ifndef CT_NAME_SET_H
#define CT_NAME_SET_H

#include <stddef.h>
#include <stdint.h>

typedef struct ct_name_set {
    uint32_t *slot;     /* 1 + an index of key, 0 = empty */
    const char **key;   /* the names added, in order */
    size_t cap, n, max; /* slots (a power of two), names held, room */
} ct_name_set;

/* An empty set with room for max names: 0, or -1 when memory runs out
 * (the set is then empty and ct_name_set_free is harmless). */
int ct_name_set_init(ct_name_set *s, size_t max);
/* Add name (not NULL): 1 when the set already held it (the set is
 * unchanged), 0 when added. At most max names are added. */
int ct_name_set_add(ct_name_set *s, const char *name);
/* The index (order of adding) of the name equal to name, SIZE_MAX when
 * none. */
size_t ct_name_set_find(const ct_name_set *s, const char *name);
void ct_name_set_free(ct_name_set *s);

#endif
