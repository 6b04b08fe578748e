/* claimtriage/synth.h — synthetic reports with the real file's shape.
 * Layer: app (docs/design.md).
 *
 * Writes CSV rows with the TikTok reports schema (see ct_schema_tiktok()):
 *   #,claim_status,video_id,video_duration_sec,video_transcription_text,
 *   verified_status,author_ban_status,video_view_count,video_like_count,
 *   video_share_count,video_download_count,video_comment_count
 * with class-dependent distributions modelled on the real file (figures and
 * formulas in docs/synth.md):
 *   - each row is independently a claim or an opinion (rows are not sorted);
 *   - a share of rows (default 298/19,382) has claim_status, the text and all
 *     five engagement counts missing together, as in the real file;
 *   - duration is uniform on 5..60 s; verified and ban status follow the
 *     per-class rates of the real file;
 *   - views are uniform on [0, 10^6] (claims) or [0, 10^4] (opinions); likes,
 *     shares, downloads and comments are nested uniform fractions, rounded;
 *   - the text is an opener whose wording depends on the class ("a friend
 *     read online that ...", "my family's view is that ...") followed by a
 *     statement built combinatorially from built-in word lists; no real text
 *     is used;
 *   - video_id is a keyed permutation of the row number onto 10-digit numbers
 *     (unique within one output for up to 9 * 10^9 rows).
 *
 * With noise F > 0 a fraction F of labelled rows is written as if it were of
 * the other class: the other class's opener and engagement distributions,
 * while claim_status, verified and ban status stay those of its own class.
 *
 * Determinism: the output is a pure function of (rows, seed, noise,
 * missing_rate, claim_rate): byte-identical across runs and machines (only
 * uniform draws and IEEE-754 double arithmetic are used, no libm calls).
 * Memory is constant in the number of rows.
 *
 * Ownership: see common.h. Thread-safety: a ct_synth generator must not be
 * used from two threads at once; distinct generators are independent.
 */
#ifndef CLAIMTRIAGE_SYNTH_H
#define CLAIMTRIAGE_SYNTH_H

#include <stdio.h>

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The real file's missing share: 298 of 19,382 rows. */
#define CT_SYNTH_MISSING_RATE (298.0 / 19382.0)
/* The real file's claim share among labelled rows: 9,608 of 19,084. */
#define CT_SYNTH_CLAIM_RATE (9608.0 / 19084.0)
/* No row (header or data, newline included) is longer than this. */
#define CT_SYNTH_ROW_MAX 1024

typedef struct ct_synth_options {
    uint64_t seed;           /* default 42; any value */
    double noise;            /* share of rows worded and engaged as the other class,
                            0..1, default 0 */
    double missing_rate;     /* share of rows with label, text and counts missing,
                            0..1, default CT_SYNTH_MISSING_RATE */
    double claim_rate;       /* share of claims among labelled rows, 0..1,
                            default CT_SYNTH_CLAIM_RATE */
    uint64_t progress_every; /* ct_synth_write: rows between progress calls,
                                default 65536, >= 1 */
} ct_synth_options;

CT_API ct_synth_options ct_synth_options_default(void);
/* NULL when valid, else a static message naming the bad field. */
CT_API const char *ct_synth_options_check(const ct_synth_options *o);

/* ---- row-at-a-time generator ---- */
typedef struct ct_synth ct_synth;

/* Create a generator positioned before row 1. opt NULL = defaults.
 * CT_EINVAL (message from ct_synth_options_check) or CT_ENOMEM. */
CT_API ct_status ct_synth_create(const ct_synth_options *opt, ct_synth **out, ct_diag *diag);
CT_API void ct_synth_destroy(ct_synth *g);

/* The header line (with its newline), static storage; its length in *len
 * when len != NULL. */
CT_API const char *ct_synth_header(size_t *len);

/* Write the next row (row numbers count 1, 2, ...) with its newline into
 * buf, which must hold at least CT_SYNTH_ROW_MAX bytes; no NUL is added.
 * Returns the number of bytes written (> 0). */
CT_API size_t ct_synth_next(ct_synth *g, char *buf);

/* Rows generated so far by g. */
CT_API uint64_t ct_synth_rows(const ct_synth *g);

/* ---- whole output ---- */

/* Write the header and `rows` rows to out through a large buffer. progress
 * (may be NULL) is called with (user, rows done, rows) every
 * opt->progress_every rows and at the end; a nonzero return stops the write
 * with CT_EINVAL. A failed write (full disk, closed pipe) is CT_EIO with the
 * system's reason in diag. out is flushed (not closed) before returning.
 * opt NULL = defaults; invalid options are CT_EINVAL; CT_ENOMEM (the
 * buffer). */
CT_API ct_status ct_synth_write(FILE *out, uint64_t rows, const ct_synth_options *opt,
                                ct_progress_fn progress, void *user, ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
