/* mapfile.h — read-only whole-file mappings for the loader (internal).
 *
 * The loader maps a regular file instead of reading it: the kernel maps the
 * page cache's pages (fault-around maps many a fault) rather than copying
 * every byte into fresh memory, and text columns borrow their strings from
 * the mapping instead of copying them (see frame.c). CT_CSV_PAD readable zero
 * bytes follow the data, as the 16-byte field scanner needs.
 *
 * Like every mmap reader (git, ripgrep), a load reads the file as it is while
 * mapped: a file truncated by another process during the load or while the
 * frame lives can raise SIGBUS. ct_load_options.map_files = 0 reads through
 * stdio instead.
 */
#ifndef CT_MAPFILE_H
#define CT_MAPFILE_H

#include "claimtriage/common.h"

#include <stddef.h>

typedef struct ct_mapping {
    void *addr;  /* NULL when nothing is mapped */
    size_t size; /* bytes of address space reserved (file + padding) */
    const char *data;
    size_t len; /* file size (inflated size after ct_map_gunzip) */
    int heap;   /* addr is a ct_malloc'ed buffer (inflated gzip), not a mapping */
} ct_mapping;

/* Map `path` read-only. Returns 0 on success; -1 when the file is not a
 * regular non-empty file or cannot be mapped (the caller then reads it the
 * ordinary way, which reports any real error). */
int ct_map_file(const char *path, ct_mapping *m);
/* When the mapped file is gzip data (io/gzip.h), replace the mapping by
 * the inflated bytes (a heap buffer with the same CT_CSV_PAD zero bytes
 * after it). 0 (also when the file is not gzip); -1 with *err set (corrupt
 * or truncated data, out of memory): the mapping is then unchanged.
 * progress (may be NULL) follows the compressed bytes inflated of the
 * file's size, as ct_gunzip_mem calls it. */
int ct_map_gunzip(ct_mapping *m, const char **err, ct_progress_fn progress, void *user);
/* Unmap (no-op on an empty mapping) and clear. */
void ct_unmap(ct_mapping *m);

#endif
