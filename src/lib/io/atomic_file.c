/* atomic_file.c — files written whole or not at all: a temporary beside the
 * final path, renamed over it when complete (claimtriage/atomic_file.h).
 * Pending temporaries are listed in a fixed table that a signal handler may
 * read: each slot's path is written before its flag is raised, and the flag
 * is lowered before the slot is reused. */
#define _GNU_SOURCE /* fopencookie: a FILE that writes through zlib */
#include "claimtriage/atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <zlib.h>

#define TMP_PATH_MAX 4096

typedef struct pending_slot {
    volatile sig_atomic_t used;
    char path[TMP_PATH_MAX];
} pending_slot;

static pending_slot pending[CT_ATOMIC_MAX_PENDING];
static pthread_mutex_t pending_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long tmp_counter;
/* Raised by ct_atomic_remove_pending before it looks at the table: a
 * temporary is listed before it is created and this flag read after, so
 * one created while (or after) the table is cleared, by this thread in
 * the gap or by another thread as the handler runs, is removed by its
 * creator. Before 2026-12-04 the temporary was created first and listed
 * after, and a SIGINT between (in the process's other threads' time too)
 * left a 0-byte .report.html.tmp-PID-0 behind (tests/unit/test_files.c). */
static volatile sig_atomic_t removing;

struct ct_atomic_file {
    FILE *fp;
    int slot; /* -1 when not registered (table full) */
    char *path, *tmp;
};

static int slot_take(const char *tmp)
{
    int k = -1;
    pthread_mutex_lock(&pending_lock);
    for (int i = 0; i < CT_ATOMIC_MAX_PENDING; i++)
        if (!pending[i].used) {
            snprintf(pending[i].path, sizeof pending[i].path, "%s", tmp);
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
            pending[i].used = 1;
            k = i;
            break;
        }
    pthread_mutex_unlock(&pending_lock);
    return k;
}

static void slot_release(int k)
{
    if (k < 0)
        return;
    pthread_mutex_lock(&pending_lock);
    pending[k].used = 0;
    pthread_mutex_unlock(&pending_lock);
}

void ct_atomic_remove_pending(void)
{
    removing = 1;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    for (int i = 0; i < CT_ATOMIC_MAX_PENDING; i++)
        if (pending[i].used)
            unlink(pending[i].path);
}

const char *ct_atomic_cause(int err)
{
    switch (err) {
    case ENOENT: return "its folder does not exist: create it first, or give another path";
    case ENOTDIR: return "a part of its path is a file, not a folder: give another path";
    /* a folder where the file goes: the tool names fixed files (report.html,
     * charts/NAME.svg) as well as the user's -o (before 2026-12-06 "give a file
     * name in it" only, untrue of the fixed ones: report_outputs_all_or_none) */
    case EISDIR:
        return "a folder has that name: move or rename it (or, where the name is yours, give a "
               "file's name in it)";
    case EACCES:
    case EPERM:
    case EROFS: return "its folder is not writable by this user (or the file system is read-only)";
    case ENOSPC: return "the disk is full";
#ifdef EDQUOT
    case EDQUOT: return "this user's disk quota is used up";
#endif
    default: return NULL;
    }
}

/* Whether the folder path is in (the part before its last '/', after
 * trailing ones; "." for a bare name) exists as a folder; when not, errno
 * says why (ENOENT, ENOTDIR). */
static int parent_is_dir(const char *path)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        n--;
    while (n > 0 && path[n - 1] != '/')
        n--;
    while (n > 1 && path[n - 1] == '/')
        n--;
    char dir[TMP_PATH_MAX];
    if (n >= sizeof dir) {
        errno = ENAMETOOLONG;
        return 0;
    }
    if (n == 0)
        memcpy(dir, ".", 2);
    else {
        memcpy(dir, path, n);
        dir[n] = '\0';
    }
    struct stat st;
    if (stat(dir, &st) != 0)
        return 0;
    if (!S_ISDIR(st.st_mode))
        errno = ENOTDIR;
    return S_ISDIR(st.st_mode);
}

const char *ct_atomic_cause_at(int err, const char *path)
{
    /* ENOENT is mostly the folder missing; where the folder is there, the
     * file system refused the name itself (/proc, /sys) */
    if (err == ENOENT && path && *path && parent_is_dir(path))
        return "its folder exists, but its file system lets no file or folder be made there "
               "(as /proc and /sys): give a path elsewhere";
    return ct_atomic_cause(err);
}

/* The diagnostic of a file that cannot be written: "cannot write: REASON"
 * (when created) or "write error: REASON" (when written or renamed), the
 * likely cause as its hint. */
static ct_status write_failed(ct_diag *diag, const char *path, const char *what, int e)
{
    ct_status st = ct_diag_set(diag, CT_EIO, path, 0, 0, "%s: %s", what, strerror(e));
    if (diag)
        ct_atomic_hint(diag->hint, sizeof diag->hint, e, path);
    return st;
}

static ct_status open_failed(ct_diag *diag, const char *path, int e)
{
    return write_failed(diag, path, "cannot write", e);
}

/* Character devices and pipes (/dev/null, /dev/full, a FIFO) cannot be
 * replaced: written in place, as fopen would. */
static ct_status open_in_place(const char *path, ct_atomic_file **out, ct_diag *diag)
{
    ct_atomic_file *f = ct_calloc(1, sizeof *f);
    if (f)
        f->path = ct_strdup(path);
    if (!f || !f->path) {
        ct_free(f);
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    }
    f->slot = -1;
    f->fp = fopen(path, "wb");
    if (!f->fp) {
        int e = errno;
        ct_free(f->path);
        ct_free(f);
        return open_failed(diag, path, e);
    }
    *out = f;
    return CT_OK;
}

static ct_status open_temp(const char *path, int mode, ct_atomic_file **out, ct_diag *diag);

/* Each relative target read from the link's folder, as open(2) follows
 * it: writing the link creates the file it names, not a file replacing
 * the link. */
int ct_atomic_link_target(const char *path, char *buf, size_t cap)
{
    char cur[TMP_PATH_MAX];
    int linked = 0;
    if (cap)
        buf[0] = '\0';
    if (strlen(path) >= sizeof cur) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(cur, path, strlen(path) + 1);
    for (int hops = 0; hops < 40; hops++) {
        struct stat lst;
        char target[TMP_PATH_MAX];
        ssize_t n;
        if (lstat(cur, &lst) != 0 || !S_ISLNK(lst.st_mode) ||
            (n = readlink(cur, target, sizeof target - 1)) < 0)
            break;
        target[n] = '\0';
        const char *slash = strrchr(cur, '/');
        const int dirlen = target[0] == '/' || !slash ? 0 : (int)(slash - cur) + 1;
        if ((size_t)dirlen + (size_t)n + 1 > sizeof cur) {
            errno = ENAMETOOLONG;
            return -1;
        }
        memmove(cur + dirlen, target, (size_t)n + 1);
        linked = 1;
    }
    struct stat st;
    if (!linked || stat(path, &st) == 0)
        return 0; /* no link, or one to a file (realpath's to follow) */
    struct stat lst;
    if (lstat(cur, &lst) == 0 && S_ISLNK(lst.st_mode)) {
        errno = ELOOP; /* still a link after 40 hops */
        return -1;
    }
    if (strlen(cur) >= cap) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(buf, cur, strlen(cur) + 1);
    return 1;
}

/* 0 when the folder path is in exists as a folder, else the errno creating
 * a file in it would give (ENOENT, ENOTDIR) */
static int folder_error(const char *path)
{
    if (parent_is_dir(path))
        return 0;
    return errno == ENOTDIR ? ENOTDIR : ENOENT;
}

const char *ct_atomic_hint(char *buf, size_t cap, int err, const char *path)
{
    char target[TMP_PATH_MAX];
    const char *cause = ct_atomic_cause_at(err, path);
    if (!cap)
        return NULL;
    buf[0] = '\0';
    if (path && ct_atomic_link_target(path, target, sizeof target) == 1) {
        /* the link's own folder is there; the one missing is its target's
         * (before 2026-12-05 "its folder does not exist" of a link in an
         * existing folder: tests/cli/outputs_dangling_link_folder) */
        size_t d = strlen(target);
        while (d > 0 && target[d - 1] != '/')
            d--;
        while (d > 1 && target[d - 1] == '/')
            d--;
        if (err == ENOENT && folder_error(target) == ENOENT && d > 0)
            snprintf(buf, cap,
                     "'%s' is a link to '%s', whose folder '%.*s' does not exist: create it "
                     "first, or give another path",
                     path, target, (int)d, target);
        else if ((cause = ct_atomic_cause_at(err, target)))
            snprintf(buf, cap, "'%s' is a link to '%s': %s", path, target, cause);
        return cause || buf[0] ? buf : NULL;
    }
    if (cause)
        snprintf(buf, cap, "%s", cause);
    return cause ? buf : NULL;
}

ct_status ct_atomic_open(const char *path, ct_atomic_file **out, ct_diag *diag)
{
    *out = NULL;
    if (!path || !*path || strcmp(path, "-") == 0)
        return ct_diag_set(diag, CT_EINVAL, path, 0, 0,
                           "an atomic file needs a file name (not '-', standard output)");
    struct stat st;
    int exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return open_failed(diag, path, EISDIR);
    if (exists && !S_ISREG(st.st_mode))
        return open_in_place(path, out, diag); /* a device or a pipe: never replaced */
    char *real = NULL;
    struct stat lst;
    if (exists && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
        real = realpath(path, NULL); /* replace the file the link points to, not the link */
    /* a link to no file has the file it names created, as fopen would, or
     * fails as that name would (its folder missing: ENOENT); before
     * 2026-12-05 the link itself was replaced by the file, the file not
     * where it pointed (tests/cli/outputs_dangling_link) */
    char target[TMP_PATH_MAX];
    const int dangling = exists ? 0 : ct_atomic_link_target(path, target, sizeof target);
    if (dangling < 0)
        return open_failed(diag, path, errno);
    /* a target whose folder is missing is said of the link the caller
     * named, the target and its folder in the hint (ct_atomic_hint) */
    int ferr;
    if (dangling && (ferr = folder_error(target)))
        return open_failed(diag, path, ferr);
    if (dangling)
        path = target;
    else if (real)
        path = real;
    /* an existing file replaced keeps its permission bits (a private
     * 0600 queue stays private), as fopen, `sort -o` and editors leave
     * them; before 2026-12-05 it took 0666 less the umask
     * (tests/cli/outputs_keep_mode) */
    ct_status s = open_temp(path, exists ? (int)(st.st_mode & 0777) : -1, out, diag);
    free(real);
    return s;
}

/* A path ending in ".gz" (any case) is written gzip-compressed, as pandas'
 * to_csv(compression='infer') does: the stream the caller writes to is a
 * FILE whose bytes go through zlib's gzwrite into the temporary, and whose
 * fclose ends the gzip stream (a failure of either is a write error). */
static int wants_gzip(const char *path)
{
    size_t n = strlen(path);
    return n > 3 && path[n - 3] == '.' && (path[n - 2] | 0x20) == 'g' &&
           (path[n - 1] | 0x20) == 'z';
}

static ssize_t gz_cookie_write(void *c, const char *buf, size_t size)
{
    if (size == 0)
        return 0;
    const int w = gzwrite((gzFile)c, buf, (unsigned)size);
    if (w <= 0) {
        errno = errno ? errno : EIO;
        return -1;
    }
    return w;
}

static int gz_cookie_close(void *c)
{
    const int r = gzclose((gzFile)c);
    if (r != Z_OK && !errno)
        errno = EIO;
    return r == Z_OK ? 0 : -1;
}

/* The FILE for fd, or NULL with fd still open (the caller closes it). */
static FILE *gzip_stream(int fd)
{
    const int d = dup(fd);
    if (d < 0)
        return NULL;
    gzFile gz = gzdopen(d, "wb6");
    if (!gz) {
        close(d);
        return NULL;
    }
    cookie_io_functions_t io = {NULL, gz_cookie_write, NULL, gz_cookie_close};
    FILE *fp = fopencookie(gz, "w", io);
    if (!fp) {
        gzclose(gz);
        return NULL;
    }
    close(fd);
    return fp;
}

/* mode: the permission bits the temporary is given (-1: those open(2)
 * gives, 0666 less the umask). */
static ct_status open_temp(const char *path, int mode, ct_atomic_file **out, ct_diag *diag)
{
    size_t n = strlen(path);
    if (n + 64 > TMP_PATH_MAX)
        return open_failed(diag, path, ENAMETOOLONG);
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    ct_atomic_file *f = ct_calloc(1, sizeof *f);
    if (f) {
        f->path = ct_strdup(path);
        f->tmp = ct_malloc(n + 64);
    }
    if (!f || !f->path || !f->tmp) {
        if (f) {
            ct_free(f->path);
            ct_free(f->tmp);
        }
        ct_free(f);
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    }
    int fd = -1;
    f->slot = -1;
    for (int tries = 0; tries < 100 && fd < 0; tries++) {
        unsigned long k = __atomic_fetch_add(&tmp_counter, 1, __ATOMIC_RELAXED);
        char suffix[48];
        const size_t sl =
            (size_t)snprintf(suffix, sizeof suffix, ".tmp-%ld-%lu", (long)getpid(), k);
        /* NAME may be as long as a name can be (NAME_MAX bytes): the
         * temporary's name then keeps the start of NAME that fits, cut
         * between characters, so any name that can be written can be
         * written atomically */
        const char *base = path + dirlen;
        size_t keep = strlen(base);
        if (1 + keep + sl > NAME_MAX) {
            keep = NAME_MAX - 1 - sl;
            while (keep && ((unsigned char)base[keep] & 0xC0) == 0x80)
                keep--;
        }
        snprintf(f->tmp, n + 64, "%.*s.%.*s%s", (int)dirlen, path, (int)keep, base, suffix);
        /* listed before it exists (see `removing`) */
        f->slot = slot_take(f->tmp);
        fd = open(f->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            const int e = errno;
            slot_release(f->slot);
            f->slot = -1;
            errno = e;
            if (e != EEXIST)
                break;
        }
    }
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (fd >= 0 && removing) { /* the process is ending: no temporary may outlive it */
        close(fd);
        unlink(f->tmp);
        slot_release(f->slot);
        fd = -1;
        errno = EINTR;
    }
    if (fd < 0) {
        int e = errno;
        ct_free(f->path);
        ct_free(f->tmp);
        ct_free(f);
        return open_failed(diag, path, e);
    }
    /* set before a byte is written, so the data is never more readable than
     * the file it replaces; a file system without modes (vfat) refuses it,
     * and the file is still written */
    if (mode >= 0)
        (void)fchmod(fd, (mode_t)mode);
    f->fp = wants_gzip(path) ? gzip_stream(fd) : fdopen(fd, "wb");
    if (!f->fp) {
        close(fd);
        ct_atomic_abort(f);
        return ct_diag_set(diag, CT_ENOMEM, path, 0, 0, "out of memory");
    }
    *out = f;
    return CT_OK;
}

FILE *ct_atomic_stream(const ct_atomic_file *f) { return f->fp; }
const char *ct_atomic_temp_path(const ct_atomic_file *f) { return f->tmp ? f->tmp : f->path; }

static void atomic_free(ct_atomic_file *f)
{
    ct_free(f->path);
    ct_free(f->tmp);
    ct_free(f);
}

void ct_atomic_abort(ct_atomic_file *f)
{
    if (!f)
        return;
    if (f->fp)
        fclose(f->fp);
    if (f->tmp)
        unlink(f->tmp);
    slot_release(f->slot);
    atomic_free(f);
}

ct_status ct_atomic_fail(ct_atomic_file *f, ct_status st, ct_diag *diag)
{
    int e = errno;
    if (!f)
        return st;
    if (f->fp && ferror(f->fp)) {
        /* the buffered bytes are written again: errno is then the cause of
         * this stream's failure, not of whatever ran since */
        errno = 0;
        if (fflush(f->fp) != 0 && errno)
            e = errno;
        /* no cause kept (a stream that dropped it): a full file system is
         * the evidence for "no space" */
        struct statvfs sv;
        if ((!e || e == EIO) && statvfs(f->tmp ? f->tmp : f->path, &sv) == 0 && sv.f_bavail == 0)
            e = ENOSPC;
        if (!e)
            e = EIO;
        st = write_failed(diag, f->path, "write error", e);
    }
    ct_atomic_abort(f);
    return st;
}

ct_status ct_atomic_commit(ct_atomic_file *f, ct_diag *diag)
{
    int bad = ferror(f->fp) != 0, e = 0;
    if (fflush(f->fp) != 0)
        bad = 1;
    if (bad)
        e = errno ? errno : EIO;
    if (fclose(f->fp) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    f->fp = NULL;
    if (!bad && f->tmp && rename(f->tmp, f->path) != 0) {
        bad = 1;
        e = errno;
    }
    ct_status s = CT_OK;
    if (bad) {
        if (f->tmp)
            unlink(f->tmp);
        s = write_failed(diag, f->path, "write error", e);
    }
    slot_release(f->slot);
    atomic_free(f);
    return s;
}
