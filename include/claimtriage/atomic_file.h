/* claimtriage/atomic_file.h — files written whole or not at all.
 * Layer: io (docs/design.md).
 *
 * Every file the tool writes (charts, JSON, CSV, synthetic data, models) is
 * written to a temporary file in the same folder and renamed over its final
 * path only when complete (rename(2) is atomic within a file system, the
 * way git, SQLite's journal and most editors replace files). A run that
 * stops half-way (an error, a full disk, a signal) leaves no partial file
 * at the final path: the temporary is removed by ct_atomic_abort, or, when
 * a signal ends the process, by a handler the program installs that calls
 * ct_atomic_remove_pending (the library installs no signal handler).
 *
 * A path whose name ends in ".gz" (any case) is written gzip-compressed:
 * the stream given to the caller compresses through zlib, and committing
 * it ends the gzip stream (as pandas' to_csv infers compression from the
 * name). Its stream has no file descriptor (fileno is -1).
 *
 * A path that exists and is not a regular file (a character device such as
 * /dev/null, a FIFO) is written in place, as fopen would: it cannot be
 * replaced. A symbolic link to a file has the file it points to replaced.
 * A link to no file (dangling) has the file it names created, a relative
 * target read from the link's folder, as fopen follows it: the link stays;
 * when that file's folder does not exist the open fails as it would for
 * that name (CT_EIO, ENOENT; the diagnostic names the link, its hint the
 * target and its folder: ct_atomic_hint), and a loop of links fails with ELOOP (before
 * 2026-12-05 the link itself was replaced: tests/cli/outputs_dangling_link).
 *
 * The temporary is named ".NAME.tmp-PID-N" beside NAME (NAME cut to its
 * first bytes, between characters, when that would exceed NAME_MAX, so
 * that a name of 255 bytes can be written too) and created with
 * mode 0666 less the umask (as fopen would create NAME); when NAME exists
 * (the file a link points to), the temporary is given NAME's permission
 * bits (rwx of user, group, others) before anything is written, so the
 * file replaced keeps them, as fopen and editors leave them (its owner
 * and group are this user's; before 2026-12-05 the mode was reset:
 * tests/cli/outputs_keep_mode). It does not
 * survive a power loss reliably (no fsync): the guarantee is against
 * interruption, not against a crash of the machine.
 *
 * Ownership: a ct_atomic_file is freed by ct_atomic_commit or
 * ct_atomic_abort (exactly one of them). Thread-safety: distinct files may
 * be written from distinct threads; the registry of pending temporaries is
 * guarded by a mutex (and read lock-free by ct_atomic_remove_pending).
 */
#ifndef CLAIMTRIAGE_ATOMIC_FILE_H
#define CLAIMTRIAGE_ATOMIC_FILE_H

#include "claimtriage/common.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_atomic_file ct_atomic_file;

/* Create the temporary for `path` and open it for writing. Returns CT_OK;
 * CT_EINVAL (an empty path, or "-": standard output is not a file to
 * replace); CT_EIO (the folder is missing or not writable, path is a
 * directory; *diag has the system's message); CT_ENOMEM. */
CT_API ct_status ct_atomic_open(const char *path, ct_atomic_file **out, ct_diag *diag);
/* The stream to write to (owned by f). */
CT_API FILE *ct_atomic_stream(const ct_atomic_file *f);
/* The temporary's path (owned by f), for messages and tests (the final
 * path when written in place). */
CT_API const char *ct_atomic_temp_path(const ct_atomic_file *f);
/* Flush and close the stream and rename the temporary over the final path.
 * CT_OK; CT_EIO when a write, the close or the rename failed (a full disk:
 * the message names the path and the system's error) — the temporary is
 * then removed and the final path left as it was. Frees f. */
CT_API ct_status ct_atomic_commit(ct_atomic_file *f, ct_diag *diag);
/* Close the stream and remove the temporary; the final path is untouched.
 * Frees f. Accepts NULL. */
CT_API void ct_atomic_abort(ct_atomic_file *f);
/* ct_atomic_abort after writing to f's stream failed with status st: when
 * the stream itself saw an error (a full disk, a quota, an I/O error),
 * *diag is replaced by "PATH: write error: CAUSE" (the system's error,
 * with the hint "the disk is full" for ENOSPC) and CT_EIO returned;
 * otherwise (st came from elsewhere) *diag is kept and st returned. Call
 * it first after the failure: the cause is read from errno. Frees f;
 * accepts NULL (returns st). */
CT_API ct_status ct_atomic_fail(ct_atomic_file *f, ct_status st, ct_diag *diag);
/* Remove every temporary not yet committed or aborted. Async-signal-safe
 * (only unlink(2) on paths stored beforehand): meant for a SIGINT/SIGTERM
 * handler, which should then re-raise the signal with its default action.
 * A temporary is listed before it is created, so none escapes a handler
 * that runs while ct_atomic_open creates one; and from this call on,
 * ct_atomic_open in any thread removes the temporary it just created and
 * fails (CT_EIO, "Interrupted system call"): the process is ending.
 * At most CT_ATOMIC_MAX_PENDING files are tracked at once (more may be
 * open; those are then not removed by this call). */
#define CT_ATOMIC_MAX_PENDING 64
CT_API void ct_atomic_remove_pending(void);

/* The likely cause of a file that cannot be written, from the errno of the
 * failure, in words for a hint: the folder missing (ENOENT), a part of the
 * path a file (ENOTDIR), a folder named (EISDIR), no permission or a
 * read-only file system (EACCES, EPERM, EROFS), the disk full (ENOSPC), the
 * quota used up (EDQUOT). NULL for any other errno. Static; thread-safe.
 * Every diagnostic of this file's functions carries it as its hint, and
 * the CLI says every output it cannot write with it. */
CT_API const char *ct_atomic_cause(int err);
/* ct_atomic_cause for an output at path (NULL: as ct_atomic_cause): an
 * ENOENT whose folder does exist (mkdir /proc/x, a file system that lets
 * nothing be made there) is said as that, not as a missing folder (before
 * 2026-12-04 "its folder does not exist" when /proc exists:
 * tests/cli/queue_eval_charts_folder_not_makeable). Static; thread-safe. */
CT_API const char *ct_atomic_cause_at(int err, const char *path);
/* The path writing path creates when path is a link to no file (dangling),
 * each relative target read from its link's folder, into buf: returns 1.
 * 0 (buf "") when path is no link, or a link to a file; -1 when the links
 * cannot be followed (errno ELOOP, ENAMETOOLONG). ct_atomic_open writes
 * through it, and a check made before a long run (the CLI's) follows links
 * the same way with it. Thread-safe. */
CT_API int ct_atomic_link_target(const char *path, char *buf, size_t cap);
/* The hint for an output at path that cannot be written with err, into buf
 * (returned; NULL when there is none): ct_atomic_cause_at, except that a
 * dangling link says what it links to, "'PATH' is a link to 'TARGET',
 * whose folder 'DIR' does not exist: ..." (before 2026-12-05 "its folder
 * does not exist" of a link whose own folder exists:
 * tests/cli/outputs_dangling_link_folder). Thread-safe. */
CT_API const char *ct_atomic_hint(char *buf, size_t cap, int err, const char *path);

#ifdef __cplusplus
}
#endif
#endif
