/* gzip.h — internal: gzip input read transparently, through zlib (Debian
 * zlib1g-dev; docs/DEPENDENCIES.md), as pandas' read_csv reads a .gz file.
 *
 * Two forms: a stream that inflates on demand (ct_csv readers of files,
 * standard input and memory: constant memory), and a whole buffer inflated
 * at once (the loader's mapped path: the result is then tokenized in place,
 * fast path and parallel blocks included). Concatenated gzip members are
 * read one after the other, as gzip -d does. Hidden symbols. */
#ifndef CT_IO_GZIP_H
#define CT_IO_GZIP_H

#include "claimtriage/common.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* 1 when data[0..n) starts with the gzip magic bytes 1f 8b. */
int ct_gzip_magic(const void *data, size_t n);

typedef struct ct_gunzip ct_gunzip;

/* A stream inflating pre[0..prelen) (bytes already read from the source,
 * copied) followed by the rest of fp, or of mem[0..memlen) when fp is
 * NULL (borrowed). NULL when out of memory. */
ct_gunzip *ct_gunzip_open(FILE *fp, const char *mem, size_t memlen, const char *pre, size_t prelen);
/* Up to `want` inflated bytes into out; *got gets the count (0 only at the
 * end of the data). Returns 0, or -1 with *err set to a static message
 * (corrupt or truncated data, a read error, out of memory). */
int ct_gunzip_read(ct_gunzip *g, char *out, size_t want, size_t *got, const char **err);
/* Compressed bytes inflated so far (the `pre` bytes included): what the
 * stream has used of its source, for progress. */
uint64_t ct_gunzip_in_used(const ct_gunzip *g);
void ct_gunzip_close(ct_gunzip *g);

/* Inflate src[0..n) whole into a new ct_malloc'ed buffer *out of *outlen
 * bytes followed by `pad` zero bytes. 0, or -1 with *err as above.
 * progress (may be NULL; its return value is ignored) gets (compressed
 * bytes inflated, n) after each CT_GUNZIP_STEP inflated bytes: inflating is
 * most of a gzip file's load. */
#define CT_GUNZIP_STEP ((size_t)4 << 20)
int ct_gunzip_mem(const char *src, size_t n, size_t pad, char **out, size_t *outlen,
                  const char **err, ct_progress_fn progress, void *user);

#endif
