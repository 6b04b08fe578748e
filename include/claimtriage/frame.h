/* claimtriage/frame.h — typed column store and the CSV loader.
 * Layer: frame (docs/design.md).
 *
 * A ct_frame holds rows × columns. Each column has one type:
 *   CT_TYPE_INT, CT_TYPE_FLOAT   numeric; values as double (NaN where missing)
 *   CT_TYPE_ID                   identifier; numeric (double values) when every
 *                                value is a whole number, else string
 *   CT_TYPE_CATEGORY             dictionary-coded strings (int32 codes, -1 missing)
 *   CT_TYPE_TEXT                 free text (strings in one arena)
 * and a missing mask (one byte a row, 1 = missing).
 *
 * Numeric values are stored as contiguous double arrays so a column can feed
 * a feature matrix without a copy (column-major). The arrays stay valid and
 * unchanged for the lifetime of the frame.
 *
 * Loading: the default schema is the TikTok reports file (see
 * ct_schema_tiktok()); columns named there get their known type, and a value
 * that does not fit is a bad row. Other columns' types are inferred over the
 * whole file (ct_frame_load) or over the first infer_rows rows
 * (ct_reader_*, streaming), after which a mismatch is a bad row.
 *
 * Missing-value tokens are pandas 1.5's defaults, case-sensitive:
 *   "" #N/A "#N/A N/A" #NA -1.#IND -1.#QNAN -NaN -nan 1.#IND 1.#QNAN <NA>
 *   N/A NA NULL NaN n/a nan null
 * plus any given in ct_load_options.na_values.
 *
 * Ownership: see common.h. Every pointer returned by a ct_column_* accessor
 * stays valid until the frame is destroyed. Thread-safety: a frame is
 * immutable once loaded and may be read from several threads at once.
 */
#ifndef CLAIMTRIAGE_FRAME_H
#define CLAIMTRIAGE_FRAME_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ct_type {
    CT_TYPE_INT = 0,
    CT_TYPE_FLOAT = 1,
    CT_TYPE_ID = 2,
    CT_TYPE_CATEGORY = 3,
    CT_TYPE_TEXT = 4,
    CT_TYPE_AUTO = 5 /* schema only: infer */
} ct_type;

/* "int", "float", "identifier", "categorical", "text", "auto". */
CT_API const char *ct_type_name(ct_type t);

typedef struct ct_frame ct_frame;
typedef struct ct_column ct_column;

/* ---- schema ---- */
typedef struct ct_schema_column {
    const char *name;
    ct_type type;
} ct_schema_column;

typedef struct ct_schema {
    const ct_schema_column *columns;
    size_t ncolumns;
} ct_schema;

/* The TikTok reports schema: #, claim_status, video_id, video_duration_sec,
 * video_transcription_text, verified_status, author_ban_status,
 * video_view_count, video_like_count, video_share_count,
 * video_download_count, video_comment_count. Static storage. */
CT_API const ct_schema *ct_schema_tiktok(void);

/* ---- loading ---- */
typedef enum ct_bad_row_policy {
    CT_BAD_ROW_FAIL = 0, /* report every bad row, then fail with CT_EDATA */
    CT_BAD_ROW_SKIP = 1  /* report and skip bad rows, keep going */
} ct_bad_row_policy;

/* Called for every bad row (in file order), before the load finishes. */
typedef void (*ct_bad_row_fn)(void *user, const ct_diag *d);

typedef struct ct_load_options {
    ct_bad_row_policy on_bad_row; /* default CT_BAD_ROW_FAIL */
    const ct_schema *schema;      /* default ct_schema_tiktok(); NULL = infer all */
    int use_schema;               /* default 1; 0 = infer every column */
    const char *const *na_values; /* extra missing-value tokens */
    size_t n_na_values;
    char delimiter;              /* default ',' */
    size_t infer_rows;           /* streaming: rows used to infer types, default 65536 */
    size_t max_categories;       /* inference: at most this many levels, default 64 */
    ct_bad_row_fn on_bad_row_fn; /* may be NULL */
    void *on_bad_row_user;
    ct_progress_fn progress; /* may be NULL; units are bytes */
    void *progress_user;
    /* ct_frame_load of a regular file at least this large splits the parsing
     * over the OpenMP threads; default 8 MiB (smaller files gain little).
     * The result is the same either way. */
    uint64_t parallel_min_bytes;
    /* ct_frame_load maps a regular file read-only instead of reading it, and
     * text columns borrow their strings from the mapping (no copy); the frame
     * keeps the mapping. Default 1. As with any mapped reader, a file
     * truncated by another process while mapped can raise SIGBUS: 0 reads
     * through stdio and copies the text instead. */
    int map_files;
} ct_load_options;

CT_API ct_load_options ct_load_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_load_options_check(const ct_load_options *o);

/* Row accounting, always reported. */
typedef struct ct_load_stats {
    uint64_t rows_read;    /* data records seen (header excluded) */
    uint64_t rows_used;    /* rows in the frame */
    uint64_t rows_skipped; /* bad rows skipped (CT_BAD_ROW_SKIP) */
    uint64_t bad_rows;     /* bad rows found (skipped or not) */
    uint64_t blank_lines;  /* blank lines ignored, as pandas does */
    uint64_t bytes;        /* bytes read */
} ct_load_stats;

/* Load a whole CSV file ("-" = stdin) into a frame. On CT_EDATA (bad rows
 * with CT_BAD_ROW_FAIL) *diag holds the first problem and every problem was
 * passed to on_bad_row_fn; *out is NULL. stats may be NULL. */
CT_API ct_status ct_frame_load(const char *path, const ct_load_options *opt, ct_frame **out,
                               ct_load_stats *stats, ct_diag *diag);
/* Same, from memory (for tests and fuzzing). */
CT_API ct_status ct_frame_load_mem(const char *data, size_t len, const char *name,
                                   const ct_load_options *opt, ct_frame **out, ct_load_stats *stats,
                                   ct_diag *diag);
CT_API void ct_frame_destroy(ct_frame *f);

/* ---- streaming: row batches in constant memory ---- */
typedef struct ct_reader ct_reader;

/* Opens the file, reads the header and the first infer_rows rows to fix the
 * column types. Bad rows among them are reported as in ct_frame_load. */
CT_API ct_status ct_reader_open(const char *path, const ct_load_options *opt, ct_reader **out,
                                ct_diag *diag);
/* Next batch of at most max_rows rows as a frame (caller destroys it);
 * *out is NULL at end of input. Column types are those fixed at open. With
 * CT_BAD_ROW_FAIL, a bad row ends the stream with CT_EDATA. */
CT_API ct_status ct_reader_next(ct_reader *r, size_t max_rows, ct_frame **out, ct_diag *diag);
CT_API const ct_load_stats *ct_reader_stats(const ct_reader *r);
CT_API void ct_reader_close(ct_reader *r);

/* ---- access ---- */
CT_API size_t ct_frame_nrows(const ct_frame *f);
CT_API size_t ct_frame_ncols(const ct_frame *f);
CT_API const ct_column *ct_frame_col(const ct_frame *f, size_t j);
/* Index of the column named `name`; CT_ECOLUMN (message names it) if absent. */
CT_API ct_status ct_frame_find(const ct_frame *f, const char *name, size_t *j, ct_diag *diag);
/* Physical line on which row i started in the source file (0 if unknown). */
CT_API long ct_frame_row_line(const ct_frame *f, size_t i);
/* Rows with a missing value: out[i] = 1 when row i is missing in any of
 * the columns cols[0..ncols), or in any column at all when cols is NULL
 * (pandas' df.dropna() keeps the rows left at 0). out holds nrows bytes.
 * Returns the number of rows marked. */
CT_API size_t ct_frame_missing_rows(const ct_frame *f, const size_t *cols, size_t ncols,
                                    uint8_t *out);
/* Source name given at load. */
CT_API const char *ct_frame_source(const ct_frame *f);

CT_API const char *ct_column_name(const ct_column *c);
CT_API ct_type ct_column_type(const ct_column *c);
CT_API size_t ct_column_len(const ct_column *c);
/* 1 when the column has double values (int, float, numeric identifier). */
CT_API int ct_column_is_numeric(const ct_column *c);
/* Numeric values (NaN where missing), or NULL when not numeric. */
CT_API const double *ct_column_f64(const ct_column *c);
/* Missing mask: 1 byte a row, 1 = missing. Never NULL. */
CT_API const uint8_t *ct_column_missing(const ct_column *c);
CT_API size_t ct_column_nmissing(const ct_column *c);
/* Category codes (-1 missing), or NULL when not categorical. */
CT_API const int32_t *ct_column_codes(const ct_column *c);
/* Number of levels and level k's text (levels in order of first appearance). */
CT_API size_t ct_column_nlevels(const ct_column *c);
CT_API const char *ct_column_level(const ct_column *c, size_t k);
/* Level index of `value`, or -1. */
CT_API int32_t ct_column_level_find(const ct_column *c, const char *value);
/* String value of row i for text, category and string identifier columns:
 * *len bytes (len may be NULL only for categories, whose levels are
 * NUL-terminated), not NUL-terminated in general (text may be borrowed from
 * the mapped source file); NULL when missing or when the column is numeric.
 * Text and identifier strings are followed by at least 16 readable bytes
 * (of unspecified value), so 16-byte vector loads may run past their end. */
CT_API const char *ct_column_str(const ct_column *c, size_t i, size_t *len);

#ifdef __cplusplus
}
#endif
#endif
