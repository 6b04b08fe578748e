/* report_pdf.c — report.pdf: the page printed by headless Chromium
 * (claimtriage/report_run.h, ct_report_pdf). Chromium is run with
 * posix_spawn in its own process group, its standard streams on /dev/null,
 * and killed (the whole group) after the timeout; it prints to a temporary
 * file beside the PDF that is renamed into place only when it is a PDF. */
#include "claimtriage/atomic_file.h"
#include "claimtriage/report_run.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define PDF_DEFAULT_CHROMIUM "/usr/bin/chromium"
#define PDF_DEFAULT_TIMEOUT 60.0
#define PDF_POLL_NS 20000000L /* 20 ms between checks of the child */

/* The Chromium being run and its temporary, for ct_report_pdf_stop (read
 * in a signal handler: the group set while the child runs; the temporary
 * from before it starts, kept, since unlinking it once renamed or removed
 * does nothing). One PDF at a time per process. */
static volatile sig_atomic_t running_pgid;
static char running_tmp[PATH_MAX + 64];
static volatile sig_atomic_t running_tmp_set;

void ct_report_pdf_stop(void)
{
    const pid_t g = (pid_t)running_pgid;
    if (g > 0)
        kill(-g, SIGKILL);
    if (running_tmp_set)
        unlink(running_tmp);
}

/* file:// URL of an absolute path, bytes outside the unreserved set and
 * '/' percent-encoded (RFC 3986 section 2.1). */
static int file_url(const char *abs, char *out, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t k = (size_t)snprintf(out, n, "file://");
    for (const unsigned char *p = (const unsigned char *)abs; *p; p++) {
        const int plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                          (*p >= '0' && *p <= '9') || strchr("-._~/", *p);
        if (k + 4 >= n)
            return -1;
        if (plain) {
            out[k++] = (char)*p;
        } else {
            out[k++] = '%';
            out[k++] = hex[*p >> 4];
            out[k++] = hex[*p & 15];
        }
    }
    out[k] = '\0';
    return 0;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Run argv, wait at most timeout_s. 0 and *status on exit; -1 on a spawn
 * failure (errno); -2 when killed by the timeout. */
static int run_with_timeout(char *const argv[], double timeout_s, int *status)
{
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t at;
    if (posix_spawn_file_actions_init(&fa) != 0)
        return -1;
    if (posix_spawnattr_init(&at) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return -1;
    }
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    /* the stop signals held from before the spawn until its group is
     * recorded: an interrupt in between found no group to kill and left
     * Chromium printing (tests/unit/test_html's test_pdf_stop failed so
     * under load, 2026-12-06); Chromium starts with the mask as it was */
    sigset_t stops, old;
    sigemptyset(&stops);
    sigaddset(&stops, SIGINT);
    sigaddset(&stops, SIGTERM);
    sigaddset(&stops, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stops, &old);
    posix_spawnattr_setsigmask(&at, &old);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
    posix_spawnattr_setpgroup(&at, 0);
    pid_t pid;
    const int e = posix_spawn(&pid, argv[0], &fa, &at, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    if (e == 0)
        running_pgid = pid; /* its own group: POSIX_SPAWN_SETPGROUP with 0 */
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (e != 0) {
        errno = e;
        return -1;
    }
    const double t0 = now_s();
    for (;;) {
        const pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid) {
            running_pgid = 0;
            return 0;
        }
        if (r < 0 && errno != EINTR) {
            running_pgid = 0;
            return -1;
        }
        if (now_s() - t0 > timeout_s) {
            kill(-pid, SIGKILL);
            while (waitpid(pid, status, 0) < 0 && errno == EINTR) {
            }
            running_pgid = 0;
            return -2;
        }
        const struct timespec ts = {0, PDF_POLL_NS};
        nanosleep(&ts, NULL);
    }
}

/* Nonzero when path is a non-empty file starting with "%PDF-". */
static int is_pdf(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    char b[5];
    const size_t n = fread(b, 1, sizeof b, fp);
    fclose(fp);
    return n == 5 && memcmp(b, "%PDF-", 5) == 0;
}

ct_status ct_report_pdf(const char *html_path, const char *pdf_path, const char *chromium,
                        double timeout_s, ct_diag *d)
{
    if (!html_path || !pdf_path)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "no HTML or PDF path");
    if (!chromium)
        chromium = PDF_DEFAULT_CHROMIUM;
    if (!(timeout_s > 0))
        timeout_s = PDF_DEFAULT_TIMEOUT;
    if (access(chromium, X_OK) != 0)
        return ct_diag_set(d, CT_EIO, chromium, 0, 0,
                           "Chromium is not installed (no executable %s): report.pdf not "
                           "written; install Debian's chromium package, or print report.html "
                           "from a browser",
                           chromium);
    char abs[PATH_MAX];
    if (!realpath(html_path, abs))
        return ct_diag_set(d, CT_EIO, html_path, 0, 0, "cannot find the page: %s", strerror(errno));
    char url[3 * PATH_MAX + 16], tmp[PATH_MAX + 64], out_arg[PATH_MAX + 96];
    if (file_url(abs, url, sizeof url) != 0)
        return ct_diag_set(d, CT_EINVAL, html_path, 0, 0, "path too long");
    /* the temporary beside the PDF: same folder, so rename is atomic */
    const char *slash = strrchr(pdf_path, '/');
    const int dlen = slash ? (int)(slash - pdf_path + 1) : 0;
    snprintf(tmp, sizeof tmp, "%.*s.%s.tmp-%ld", dlen, pdf_path, slash ? slash + 1 : pdf_path,
             (long)getpid());
    snprintf(out_arg, sizeof out_arg, "--print-to-pdf=%s", tmp);
    char *argv[] = {(char *)chromium,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-extensions",
                    "--no-pdf-header-footer",
                    "--print-to-pdf-no-header",
                    out_arg,
                    url,
                    NULL};
    int status = 0;
    /* kept after: the temporary is renamed or removed below, and a signal
     * between the child's end and then must still remove it */
    snprintf(running_tmp, sizeof running_tmp, "%s", tmp);
    running_tmp_set = 1;
    const int r = run_with_timeout(argv, timeout_s, &status);
    if (r == -1) {
        const int e = errno;
        unlink(tmp);
        return ct_diag_set(d, CT_EIO, chromium, 0, 0, "could not start Chromium: %s", strerror(e));
    }
    if (r == -2) {
        unlink(tmp);
        return ct_diag_set(d, CT_EIO, chromium, 0, 0,
                           "Chromium did not finish within %.0f s and was stopped; report.pdf "
                           "not written",
                           timeout_s);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !is_pdf(tmp)) {
        unlink(tmp);
        return ct_diag_set(d, CT_EIO, chromium, 0, 0,
                           "Chromium %s %d and wrote no PDF; report.pdf not written",
                           WIFEXITED(status) ? "exited with status" : "was ended by signal",
                           WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    }
    if (rename(tmp, pdf_path) != 0) {
        const int e = errno;
        unlink(tmp);
        ct_diag_set(d, CT_EIO, pdf_path, 0, 0, "cannot write: %s", strerror(e));
        if (d && ct_atomic_cause_at(e, pdf_path))
            snprintf(d->hint, sizeof d->hint, "%s", ct_atomic_cause_at(e, pdf_path));
        return CT_EIO;
    }
    return CT_OK;
}
