/* open_error.c — the message for an input that cannot be opened: the
 * system's reason, and for a symbolic link whose target is missing, the
 * target it names (a dangling link said only "No such file or directory"
 * of a name that `ls` lists; tests/cli/files_dangling_symlink). A chain of
 * links (a -> b -> c, c missing) is followed to the name that is missing,
 * with the links between (before 2026-12-05 b was said not to exist:
 * tests/cli/files_dangling_symlink_chain). */
#include "io/csv_internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Links followed at most (Linux's own limit is 40). */
#define LINK_HOPS_MAX 40

/* The target of link path (as written in it) in target[0..cap), resolved
 * against the link's folder when relative, so that it names the file from
 * where the command runs; 0 when the link cannot be read. */
static int link_target(const char *path, char *target, size_t cap)
{
    char raw[1024];
    const ssize_t n = readlink(path, raw, sizeof raw - 1);
    if (n <= 0)
        return 0;
    raw[n] = '\0';
    const char *slash = strrchr(path, '/');
    int w;
    if (raw[0] == '/' || !slash)
        w = snprintf(target, cap, "%s", raw);
    else
        w = snprintf(target, cap, "%.*s/%s", (int)(slash - path), path, raw);
    return w > 0 && (size_t)w < cap;
}

ct_status ct_io_open_error(ct_diag *diag, const char *path, int err)
{
    struct stat ls, st;
    char target[1024];
    if (!(err == ENOENT && path && lstat(path, &ls) == 0 && S_ISLNK(ls.st_mode) &&
          stat(path, &st) != 0))
        return ct_diag_set(diag, CT_EIO, path, 0, 0, "cannot open: %s", strerror(err));
    const ssize_t n = readlink(path, target, sizeof target - 1);
    if (n <= 0)
        return ct_diag_set(diag, CT_EIO, path, 0, 0, "cannot open: %s", strerror(err));
    target[n] = '\0';
    /* the links between: each target that is itself a link is followed */
    char at[1024], next[1024], via[512] = "";
    size_t used = 0;
    int hops = 0;
    if (!link_target(path, at, sizeof at))
        at[0] = '\0';
    while (at[0] && hops < LINK_HOPS_MAX && lstat(at, &ls) == 0 && S_ISLNK(ls.st_mode) &&
           link_target(at, next, sizeof next)) {
        const int w = snprintf(via + used, sizeof via - used, "%s'%s'", hops ? ", " : "", at);
        used += w > 0 && (size_t)w < sizeof via - used ? (size_t)w : 0;
        memcpy(at, next, sizeof at);
        hops++;
    }
    if (!hops || !at[0])
        return ct_diag_set(diag, CT_EIO, path, 0, 0,
                           "cannot open: it is a symbolic link to '%s', which does not "
                           "exist (a dangling link: its target was moved or deleted)",
                           target);
    return ct_diag_set(diag, CT_EIO, path, 0, 0,
                       "cannot open: it is a symbolic link whose target '%s' does not exist "
                       "(via %s; a dangling link: the last link's target was moved or deleted)",
                       at, via);
}
