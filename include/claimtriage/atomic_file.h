/* claimtriage/atomic_file.h — writing a file so that readers see either
 * the old file or the whole new one, never a part: a temporary file beside
 * the target, flushed to disk (fsync), then renamed over it.
 * Layer: io (docs/design.md).
 *
 * Use:
 *     ct_atomic_file *a;  FILE *fp;
 *     if (ct_atomic_open(path, &a, &fp, &diag) == CT_OK) {
 *         ... write to fp ...
 *         st = ct_atomic_commit(a, &diag);    (or ct_atomic_abort(a))
 *     }
 * The temporary file is PATH.tmp.XXXXXX (mkstemp) in PATH's folder, so the
 * rename is atomic (same file system); it gets mode 0644. On any failure,
 * and on abort, the temporary file is removed and an existing PATH is
 * untouched: no partial output is ever left behind.
 *
 * Ownership: see common.h; the handle owns fp until commit or abort, which
 * close it and free the handle. Thread-safety: one handle per thread.
 */
#ifndef CLAIMTRIAGE_ATOMIC_FILE_H
#define CLAIMTRIAGE_ATOMIC_FILE_H

#include "claimtriage/common.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_atomic_file ct_atomic_file;

/* Create the temporary file for path. CT_EIO (the folder is missing or not
 * writable: *diag says so), CT_EINVAL (path NULL or empty), CT_ENOMEM. */
CT_API ct_status ct_atomic_open(const char *path, ct_atomic_file **out, FILE **fp, ct_diag *diag);
/* Flush, fsync, close and rename over the target. CT_EIO with the
 * system's reason ("the disk is full" for ENOSPC), or when fp recorded a
 * write error. The handle is freed in every case. */
CT_API ct_status ct_atomic_commit(ct_atomic_file *a, ct_diag *diag);
/* Close and remove the temporary file; the target is untouched. Accepts NULL. */
CT_API void ct_atomic_abort(ct_atomic_file *a);

#ifdef __cplusplus
}
#endif
#endif
