/* open_error.c — the message for an input that cannot be opened: the
 * system's reason, and for a symbolic link whose target is missing, the
 * target it names (a dangling link said only "No such file or directory"
 * of a name that `ls` lists; tests/cli/files_dangling_symlink). */
#include "io/csv_internal.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

ct_status ct_io_open_error(ct_diag *diag, const char *path, int err)
{
    struct stat ls, st;
    char target[1024];
    if (err == ENOENT && path && lstat(path, &ls) == 0 && S_ISLNK(ls.st_mode) &&
        stat(path, &st) != 0) {
        const ssize_t n = readlink(path, target, sizeof target - 1);
        if (n > 0) {
            target[n] = '\0';
            return ct_diag_set(diag, CT_EIO, path, 0, 0,
                               "cannot open: it is a symbolic link to '%s', which does not "
                               "exist (a dangling link: its target was moved or deleted)",
                               target);
        }
    }
    return ct_diag_set(diag, CT_EIO, path, 0, 0, "cannot open: %s", strerror(err));
}
