/* idset.h — internal: the distinct ids a stream has seen, each with the
 * line of its first row, to find repeated ids without keeping the rows
 * (score's check; merge and queue-eval sort what they hold instead). */
#ifndef CT_TRIAGE_IDSET_H
#define CT_TRIAGE_IDSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct triage_idset {
    /* entries: hash, where the id's bytes are in arena, its length, the
     * line of its first row, whether it was seen again */
    struct idset_entry *e;
    size_t n, ecap;
    size_t *slot; /* open addressing: entry index + 1, 0 = empty */
    size_t nslot;
    char *arena;
    size_t alen, acap;
} triage_idset;

/* Add id[0..len) seen on `line`. Returns 0 for a new id, 1 when the id
 * was seen before (*first_line: the line of its first row; *again: 1 the
 * first time it is seen again, 0 after), -1 when out of memory (the set
 * is unchanged and stays usable). Memory per distinct id: its bytes, a
 * 32-byte entry and 2 to 4 slots of 8 bytes, the arrays growing by
 * doubling (50 to 120 bytes beyond the id's). */
int triage_idset_add(triage_idset *s, const char *id, size_t len, long line, long *first_line,
                     int *again);
void triage_idset_free(triage_idset *s);

#endif
