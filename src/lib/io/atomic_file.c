/* atomic_file.c — all-or-nothing file writes: temporary file beside the
 * target, fsync, rename (claimtriage/atomic_file.h). */
#include "claimtriage/atomic_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct ct_atomic_file {
    char *path, *tmp;
    FILE *fp;
};

ct_status ct_atomic_open(const char *path, ct_atomic_file **out, FILE **fp, ct_diag *diag)
{
    *out = NULL;
    *fp = NULL;
    if (!path || !*path)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no output path");
    ct_atomic_file *a = ct_calloc(1, sizeof *a);
    const size_t n = strlen(path);
    if (a) {
        a->path = ct_strdup(path);
        a->tmp = ct_malloc(n + 16);
    }
    if (!a || !a->path || !a->tmp) {
        if (a) {
            ct_free(a->path);
            ct_free(a->tmp);
        }
        ct_free(a);
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    }
    snprintf(a->tmp, n + 16, "%s.tmp.XXXXXX", path);
    const int fd = mkstemp(a->tmp);
    if (fd < 0) {
        const int err = errno;
        ct_free(a->path);
        ct_free(a->tmp);
        ct_free(a);
        return ct_diag_set(diag, CT_EIO, path, 0, 0,
                           "cannot create a file beside it: %s (is the folder there and "
                           "writable?)",
                           strerror(err));
    }
    fchmod(fd, 0644);
    a->fp = fdopen(fd, "wb");
    if (!a->fp) {
        close(fd);
        unlink(a->tmp);
        ct_free(a->path);
        ct_free(a->tmp);
        ct_free(a);
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    }
    *out = a;
    *fp = a->fp;
    return CT_OK;
}

static void release(ct_atomic_file *a)
{
    ct_free(a->path);
    ct_free(a->tmp);
    ct_free(a);
}

ct_status ct_atomic_commit(ct_atomic_file *a, ct_diag *diag)
{
    if (!a)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no file to commit");
    int err = 0;
    if (ferror(a->fp))
        err = errno ? errno : EIO;
    if (!err && (fflush(a->fp) != 0 || fsync(fileno(a->fp)) != 0))
        err = errno;
    if (fclose(a->fp) != 0 && !err)
        err = errno;
    if (!err && rename(a->tmp, a->path) != 0)
        err = errno;
    ct_status st = CT_OK;
    if (err) {
        unlink(a->tmp);
        st = ct_diag_set(diag, CT_EIO, a->path, 0, 0, "cannot write: %s%s", strerror(err),
                         err == ENOSPC ? " (the disk is full)" : "");
    }
    release(a);
    return st;
}

void ct_atomic_abort(ct_atomic_file *a)
{
    if (!a)
        return;
    fclose(a->fp);
    unlink(a->tmp);
    release(a);
}
