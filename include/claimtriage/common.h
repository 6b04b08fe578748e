/* claimtriage/common.h — status codes, diagnostics, allocation, progress.
 * Layer: base (docs/design.md).
 *
 * Ownership rule for the whole library (stated once, as jq's jv.h does):
 *   Arguments are borrowed: the library never keeps or frees a pointer the
 *   caller passed in, unless the function name ends in _take. Returned
 *   pointers are owned by the object they come from and stay valid until that
 *   object is destroyed, unless the function's comment says otherwise.
 *   Every *_destroy / *_free accepts NULL.
 *
 * Errors: every fallible function returns a ct_status. Where a caller passes
 * a ct_diag *, it receives file, line, column and a human message; passing
 * NULL is allowed. There is no global last-error.
 *
 * The library never exits, aborts or prints. Progress is reported through a
 * ct_progress_fn callback with a user pointer.
 *
 * Thread-safety: objects are not shared between threads by the library;
 * distinct objects may be used from distinct threads. The allocation-failure
 * hook (ct_alloc_fail_after) is global and meant for single-threaded tests.
 */
#ifndef CLAIMTRIAGE_COMMON_H
#define CLAIMTRIAGE_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define CT_API __attribute__((visibility("default")))
#define CT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CT_API
#define CT_PRINTF(a, b)
#endif

/* Status codes. Append-only: never renumber or reuse a value. */
typedef enum ct_status {
    CT_OK = 0,
    CT_ENOMEM = 1,       /* out of memory */
    CT_EIO = 2,          /* a file could not be opened, read or written */
    CT_EDATA = 3,        /* input data is malformed (bad CSV row, bad value) */
    CT_ECOLUMN = 4,      /* a required column is absent */
    CT_EEMPTY = 5,       /* input has no header or no usable rows */
    CT_EINVAL = 6,       /* an argument or parameter is invalid */
    CT_ETYPE = 7,        /* a column has the wrong type for the operation */
    CT_ENUMERIC = 8,     /* numerical failure (singular matrix, overflow) */
    CT_ESEPARATION = 9,  /* (quasi-)complete separation in a model fit */
    CT_ENOCONVERGE = 10, /* an iterative method did not converge */
    CT_EFORMAT = 11,     /* a file is not in the expected format or version */
    CT_EINTERNAL = 12    /* a bug: an internal invariant failed */
} ct_status;

/* A static English description of a status; never NULL. */
CT_API const char *ct_status_str(ct_status s);

/* Caller-owned diagnostic. line/column are 1-based, 0 when not applicable. */
#define CT_DIAG_FILE_MAX 512
#define CT_DIAG_MSG_MAX 2048 /* room for a few 200-character column names */
typedef struct ct_diag {
    ct_status status;
    char file[CT_DIAG_FILE_MAX];
    long line;
    long column;
    char message[CT_DIAG_MSG_MAX];
    char hint[CT_DIAG_MSG_MAX]; /* likely cause, "" when none is recognised */
    /* appended 2026-12-05: which failure of its status this is, for a
     * caller that acts on it without reading the message (worded for
     * people, it may change); 0 when the status has no kinds. For
     * CT_ESEPARATION a ct_logit_separation (claimtriage/logit.h); for
     * CT_EDATA and CT_ECOLUMN a ct_diag_cause (below). Set by
     * the function that sets the message, after ct_diag_set, which resets
     * it to 0 as it resets hint. */
    int kind;
    /* appended 2026-12-05: for a kind of ct_diag_cause, the facts its words
     * need, set with it: the column the failure is about (ONE_GROUP,
     * COLUMN_ABSENT, ONE_CLASS), its one value (ONE_GROUP, ONE_CLASS) and
     * the rows used (ONE_GROUP; ONE_CLASS: the labelled rows); "" and 0
     * when not said. Reset by ct_diag_set. */
    char cause_column[256];
    char cause_value[256];
    uint64_t cause_rows;
    /* appended 2026-12-07: the column a "did you mean" hint suggests for an
     * absent one (ct_frame_near_diag), for a caller that words it again
     * without parsing the hint's English: near_name as the hint shows it
     * (an invisible character as <U+200B>), "" when the hint suggests no
     * column; near_differs how it differs from the name asked for
     * ("letter case", "word separators ('_' for ' ')") when the names are
     * equal up to case, separators, spaces and invisible characters, ""
     * for a typo's guess (1 or 2 edits away: the hint says how many).
     * Reset by ct_diag_set. */
    char near_name[256];
    char near_differs[256];
} ct_diag;

/* The cause of a data failure, in ct_diag.kind for CT_EDATA and
 * CT_ECOLUMN, for a caller that words it (the run report's plain reasons)
 * without matching the message's words (before 2026-12-05 the report
 * matched them). Append-only. */
typedef enum ct_diag_cause {
    CT_DIAG_CAUSE_NONE = 0,             /* not said */
    CT_DIAG_CAUSE_FOLDS_LACK_CLASS = 1, /* a class has fewer training rows than folds (train) */
    CT_DIAG_CAUSE_ONE_GROUP = 2,        /* a column has one group (test: either test's) */
    CT_DIAG_CAUSE_COLUMN_ABSENT = 3,    /* a required column is not in the file */
    CT_DIAG_CAUSE_ONE_CLASS = 4         /* every labelled row is of one class (train) */
} ct_diag_cause;

/* The cause's name in JSON ("folds_lack_class", "one_group",
 * "column_absent", "one_class"; docs/formats.md), NULL for CT_DIAG_CAUSE_NONE or a code
 * out of range; ct_diag_cause_from_name is its inverse
 * (CT_DIAG_CAUSE_NONE for NULL or any other string). Static strings;
 * thread-safe. */
CT_API const char *ct_diag_cause_name(int cause);
CT_API ct_diag_cause ct_diag_cause_from_name(const char *name);

/* Fill *d (when d != NULL) and return status. file may be NULL. */
CT_API ct_status ct_diag_set(ct_diag *d, ct_status status, const char *file, long line, long column,
                             const char *fmt, ...) CT_PRINTF(6, 7);
/* Reset *d to "no error". Accepts NULL. */
CT_API void ct_diag_clear(ct_diag *d);

/* Progress callback: done out of total units (total 0 = unknown). Return
 * nonzero to ask the library to stop; the call then fails with CT_EINVAL
 * (except where a function says the return value is ignored: loading,
 * inspect, score). */
typedef int (*ct_progress_fn)(void *user, uint64_t done, uint64_t total);

/* Threads. The library starts no thread unless its caller asks: by default
 * every function runs on the calling thread alone. ct_threads_set(n) allows
 * up to n threads for the library's parallel work (OpenMP regions, the
 * loader's helper thread), n as given even above OpenMP's default (only
 * OMP_THREAD_LIMIT caps it); n = 0 allows as many as OpenMP allows
 * (omp_get_max_threads(), so OMP_NUM_THREADS applies); a negative n is taken
 * as 1. Results are identical whatever the setting. Process-wide; call it
 * before starting work, not while library calls run on other threads.
 * ct_threads() returns the number in effect (>= 1).
 *
 * Threads started stay after the call that started them returns, idle
 * (sleeping, no CPU) until reused: the one helper thread (the loader's and
 * inspect's; started by the first such call made while ct_threads() > 1)
 * and OpenMP's pool of the thread whose call ran a parallel region.
 * Lowering the setting, even to 1, does not end them; it only stops new work
 * going to them. ct_threads_shutdown() ends both and returns when they are
 * gone: the helper thread is joined, and OpenMP's pool is released with
 * omp_pause_resource_all(omp_pause_soft) (which also ends the pool of the
 * host program's own parallel regions started from this thread; nothing is
 * ended when called inside a parallel region). Call it only when no library
 * call runs on any thread, e.g. before fork() in a program that wants a
 * single-threaded child, or before counting threads; the setting is kept,
 * and a later call that may use threads starts them again. A child forked
 * after the helper thread was first started never has one (its lock may
 * have been held across fork()); it works without it. */
CT_API void ct_threads_set(int n);
CT_API int ct_threads(void);
CT_API void ct_threads_shutdown(void);

/* Library version string, e.g. "0.1.0". */
CT_API const char *ct_version(void);

/* Allocation goes through these wrappers so tests can make the N-th one fail
 * (SQLite's malloc-failure loops). ct_free accepts NULL. */
CT_API void *ct_malloc(size_t n);
CT_API void *ct_calloc(size_t n, size_t size);
CT_API void *ct_realloc(void *p, size_t n);
CT_API void ct_free(void *p);
/* Copy of a NUL-terminated string through ct_malloc; NULL when out of memory. */
CT_API char *ct_strdup(const char *s);
/* Make the allocation after `n` more successful ones fail (n >= 0); a
 * negative n disables failure injection. Returns how many allocations were
 * made since the last call. For tests only; not thread-safe. */
CT_API long ct_alloc_fail_after(long n);

#ifdef __cplusplus
}
#endif
#endif
