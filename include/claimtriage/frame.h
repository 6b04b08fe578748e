/* claimtriage/frame.h — typed column store, schemas, the CSV loader, the
 * streaming reader, building frames in memory, writing them as CSV.
 * Layer: frame (docs/design.md).
 *
 * A ct_frame holds rows × columns. Each column has one type:
 *   CT_TYPE_INT, CT_TYPE_FLOAT   numeric; values as double (NaN where missing)
 *   CT_TYPE_ID                   identifier; numeric when every value is a
 *                                number (doubles, and the exact int64 values
 *                                when every one is a whole number that fits:
 *                                ct_column_i64), else strings. A column of
 *                                whole numbers any of which is beyond 2^53
 *                                is an identifier whatever its name; one
 *                                beyond int64 (over 19 digits) is strings;
 *                                an int column beyond 2^53 keeps its exact
 *                                int64 values too (ct_column_i64)
 *   CT_TYPE_CATEGORY             dictionary-coded strings (int32 codes)
 *   CT_TYPE_TEXT                 free text (strings in one arena)
 * and a missing mask (one byte a row, 1 = missing).
 *
 * Numeric values are stored as contiguous double arrays so a column can feed
 * a feature matrix without a copy (column-major). The arrays stay valid and
 * unchanged for the lifetime of the frame.
 *
 * Category codes: a level index k >= 0 (ct_column_level(c, k)); -1 for a
 * missing value; CT_CODE_UNSEEN (-2) for a value that is not a level of a
 * FIXED dictionary (a schema's levels, or a stream's after its inference
 * window). An unseen value is never added as a level: it is counted
 * (ct_column_nunseen, ct_load_stats.unseen_values) and its missing byte is
 * 1, so everything that reads the mask treats it as missing, as pandas does
 * with a value outside a CategoricalDtype's categories (NaN); its code tells
 * it apart from a missing token. Its text is not kept.
 *
 * Schemas: a ct_schema names columns and gives their types and, for
 * categorical columns, optionally their levels. The library knows no
 * dataset: ct_load_options_default() has no schema (every column inferred);
 * the reports file's schema is the application's (claimtriage/
 * reports_schema.h). Columns named in the schema get its type, and a value
 * that does not fit is a bad row; columns with levels are coded against
 * them (unseen values as above). Other columns' types are inferred over the
 * whole file (ct_frame_load) or over the first infer_rows rows (ct_reader_*,
 * streaming), after which a mismatch is a bad row. ct_frame_schema() gives a
 * frame's own schema (types, levels in code order): loading other data with
 * it codes that data exactly as the frame is coded.
 *
 * Missing-value tokens are pandas 1.5's defaults, case-sensitive:
 *   "" #N/A "#N/A N/A" #NA -1.#IND -1.#QNAN -NaN -nan 1.#IND 1.#QNAN <NA>
 *   N/A NA NULL NaN n/a nan null
 * plus any given in ct_load_options.na_values.
 *
 * Threads: the library starts no thread unless asked (ct_threads_set,
 * common.h). With more than one thread allowed, a whole-file load of a
 * mapped file uses a helper thread to fault column pages in ahead of the
 * loader, and a large file is parsed in parallel blocks; results are
 * identical whatever the setting. Both threads stay, idle, after the load
 * returns (the helper thread and OpenMP's pool), whatever the setting
 * becomes, until ct_threads_shutdown() (common.h) ends them.
 *
 * Ownership: see common.h. Every pointer returned by a ct_column_* accessor
 * stays valid until the frame is destroyed (adding columns does not move
 * existing ones). Thread-safety: a frame is immutable once loaded or built
 * and may be read from several threads at once; building (ct_frame_add_*)
 * must not run concurrently with any other use of the same frame.
 */
#ifndef CLAIMTRIAGE_FRAME_H
#define CLAIMTRIAGE_FRAME_H

#include "claimtriage/common.h"
#include "claimtriage/csv.h"

#include <stdio.h>

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

/* The category code of a value that is not a level of a fixed dictionary
 * (see above). -1 stays the code of a missing value. */
#define CT_CODE_UNSEEN (-2)

/* "int", "float", "identifier", "categorical", "text", "auto". */
CT_API const char *ct_type_name(ct_type t);

/* Why a column of type t was not read as categorical, and what to do: a
 * hint for a message refusing it as a class or grouping column (a static
 * string; "" for CT_TYPE_CATEGORY). */
CT_API const char *ct_type_category_hint(ct_type t);

/* Whether a column name reads as an identifier's: "#", "id", "ID", "Id",
 * ending in "_id" / "_ID", or a usual row-number name in any case ("row",
 * "rownum", "row_number", "No", "line", "record"...): the names type
 * inference takes as ids when their values are distinct. */
CT_API int ct_name_is_id(const char *name);

typedef struct ct_frame ct_frame;
typedef struct ct_column ct_column;

/* ---- schema ---- */
typedef struct ct_schema_column {
    const char *name;
    ct_type type;
    /* CT_TYPE_CATEGORY: a fixed level dictionary, levels[0..nlevels)
     * (distinct, NUL-terminated; level k gets code k). NULL (nlevels 0) =
     * learn the levels from the data, in order of first appearance.
     * With extend_levels, or for CT_TYPE_AUTO: not a fixed dictionary but
     * levels a stream (ct_reader_open) adds, after those of its first rows,
     * to the dictionary it fixes when the column is categorical (a
     * whole-file load learns every level of the file and ignores them). */
    const char *const *levels;
    size_t nlevels;
    int extend_levels; /* default 0: levels of a CT_TYPE_CATEGORY column are fixed */
} ct_schema_column;

typedef struct ct_schema {
    const ct_schema_column *columns;
    size_t ncolumns;
} ct_schema;

/* NULL when the schema is valid, else a static message: columns NULL with
 * ncolumns > 0, a NULL or repeated column name, an unknown type, levels on
 * a column neither CT_TYPE_CATEGORY nor CT_TYPE_AUTO, levels NULL with nlevels > 0, a
 * NULL or repeated level, more than INT32_MAX levels. */
CT_API const char *ct_schema_check(const ct_schema *s);

/* The schema of a frame: every column's name and type (CT_TYPE_ID for
 * identifiers, numeric or string) and, for categorical columns, the levels
 * in code order (a categorical column without levels, all missing, gets no
 * dictionary: its levels are then learned). *out is allocated (free with ct_schema_free) and owns all
 * its strings; it does not refer to f. CT_ENOMEM when out of memory (*out
 * NULL). */
CT_API ct_status ct_frame_schema(const ct_frame *f, ct_schema **out);
/* Free a schema from ct_frame_schema or ct_pipeline_load_schema (only
 * those). Accepts NULL. */
CT_API void ct_schema_free(ct_schema *s);

/* ---- loading ---- */
typedef enum ct_bad_row_policy {
    CT_BAD_ROW_FAIL = 0, /* report every bad row, then fail with CT_EDATA */
    CT_BAD_ROW_SKIP = 1  /* report and skip bad rows, keep going */
} ct_bad_row_policy;

/* Called for every bad row (in file order), before the load finishes. */
typedef void (*ct_bad_row_fn)(void *user, const ct_diag *d);
/* Called for every row read with a field made missing for its invalid
 * UTF-8 (ct_load_options.bad_utf8_missing), in file order, after the row
 * was read whole: its line and the first such field (0-based). */
typedef void (*ct_mended_row_fn)(void *user, long line, size_t field);

typedef struct ct_load_options {
    ct_bad_row_policy on_bad_row; /* default CT_BAD_ROW_FAIL */
    const ct_schema *schema;      /* default NULL = infer every column */
    int use_schema;               /* default 1; 0 = ignore schema, infer every column */
    const char *const *na_values; /* extra missing-value tokens */
    size_t n_na_values;
    char delimiter;              /* default ',' */
    size_t infer_rows;           /* streaming: rows used to infer types, default 65536 */
    size_t max_categories;       /* inference: at most this many levels, default 64 */
    ct_bad_row_fn on_bad_row_fn; /* may be NULL */
    void *on_bad_row_user;
    ct_progress_fn progress; /* may be NULL; units are bytes (its return value is
                                not checked: a load runs to its end) */
    void *progress_user;
    /* ct_frame_load of a regular file at least this large splits the parsing
     * over the threads allowed (ct_threads()); default 8 MiB (smaller files
     * gain little). The result is the same either way. */
    uint64_t parallel_min_bytes;
    /* ct_frame_load maps a regular file read-only instead of reading it, and
     * text columns borrow their strings from the mapping (no copy); the frame
     * keeps the mapping. Default 1. As with any mapped reader, a file
     * truncated by another process while mapped can raise SIGBUS: 0 reads
     * through stdio and copies the text instead. */
    int map_files;
    /* Before any row, the start of the file is judged as a whole
     * (ct_csv_sniff, claimtriage/csv.h), with the checks in this bit set
     * (default CT_SNIFF_ALL): CT_SNIFF_FILE fails a file that is not
     * delimited text (compressed, UTF-16, an HTML page...) with CT_EFORMAT
     * and what it is; CT_SNIFF_DELIMITER fails a file that another
     * delimiter fits and `delimiter` does not, by ct_csv_sniff's counts
     * (leave it out for a delimiter given deliberately). 0: read every
     * file as told. */
    unsigned sniff;
    /* How numbers are written, as pandas' read_csv decimal= and thousands=:
     * the decimal mark (default '.'; ',' for "1,5") and the thousands
     * separator (default 0: none; '.' for "1.234,5", ' ' for "343 296").
     * A separator is dropped where pandas' parser drops one: right after a
     * digit of the integer part (so "1.23.4" and "1234." read as 1234, as
     * in pandas); a value with two in a row ("1..234"), one before the
     * first digit or after the decimal mark is not a number (a bad row in
     * a numeric schema column, text in an inferred one; pandas reads
     * "1..234" as 1234 in a column of whole numbers only). Only numeric
     * columns are read so; text keeps its characters. Neither may be a
     * quote, a line end, a digit, a sign or 'e'/'E', and they must differ
     * (one that is the delimiter reads quoted values only, "1,234" in a
     * comma-delimited file; the CLI refuses such a decimal mark, not such a
     * thousands separator). Never depends on the C locale. */
    char decimal;
    char thousands;
    /* A row whose one fault is invalid UTF-8 (bytes of another encoding,
     * CT_CSV_BAD_UTF8) in some fields: 0 (default) a bad row, as any; 1
     * read with each such field missing (as if empty), the row kept,
     * counted in ct_load_stats.bad_utf8_rows and passed to on_mended_fn
     * (added 2026-12-06 for score and evaluate: a report left out of a
     * moderation queue is never reviewed). */
    int bad_utf8_missing;
    /* may be NULL; called by the streaming reader (ct_reader_*) only */
    ct_mended_row_fn on_mended_fn;
    void *on_mended_user;
} ct_load_options;

CT_API ct_load_options ct_load_options_default(void);
/* NULL when valid, else a static message (the schema's too, when in use).
 * o NULL is valid: the defaults, as every loader takes it. */
CT_API const char *ct_load_options_check(const ct_load_options *o);

/* The lines of the file one skipped bad row was read from: the first and
 * the last (equal for a row of one line; a quote missing its pair makes
 * one record of every line up to the next quote, and the good rows among
 * them are lost with it). */
typedef struct ct_load_span {
    long line, last_line;
} ct_load_span;
#define CT_LOAD_SPANS_MAX 8

/* Row accounting, always reported. */
typedef struct ct_load_stats {
    uint64_t rows_read;    /* data records seen (header excluded) */
    uint64_t rows_used;    /* rows in the frame */
    uint64_t rows_skipped; /* bad rows skipped (CT_BAD_ROW_SKIP) */
    uint64_t bad_rows;     /* bad rows found (skipped or not) */
    /* the lines of the file the skipped rows were read from (a row of one
     * line counts 1), and the first CT_LOAD_SPANS_MAX skipped rows' lines
     * in file order (nskipped of them). Added 2026-12-04: "1 skipped"
     * hid the 12 good rows a quote missing its pair had swallowed
     * (tests/cli/report_skipped_record_lines) */
    uint64_t skipped_lines;
    ct_load_span skipped[CT_LOAD_SPANS_MAX];
    size_t nskipped;
    uint64_t blank_lines; /* blank lines ignored, as pandas does */
    uint64_t bytes;       /* bytes read */
    /* values of rows used that a fixed dictionary does not hold, coded
     * CT_CODE_UNSEEN (all columns together) */
    uint64_t unseen_values;
    /* 1 when the input holds no line end at all: it was read as a header
     * alone (0 rows); the line ends were likely lost or are of a kind no
     * reader takes (ct_frame_load only) */
    int no_line_end;
    /* 1 when the header's first name is empty, as pandas' to_csv writes
     * its row index, 2 when it is "Unnamed: 0", the name read_csv gives
     * that column, saved again, 3 when it is "index", as reset_index()
     * names it, 4 when it is "X", R's read.csv name for the row names
     * write.csv writes without a name (since 2026-12-06): the column is
     * read as an identifier, never a feature (with a schema only) */
    int unnamed_index;
    /* the columns right after such a first column that are row indexes
     * too (no name, "Unnamed: 0", "Unnamed: 0.k", "index": a file saved
     * with its index, read and saved with it again), each read as an
     * identifier (since 2026-12-06; before, an int feature) */
    int index_more;
    /* UTF-8 byte-order marks at the start of the file (ct_csv_boms): every
     * one is skipped; more than one is said in a note (the file was given
     * one twice; pandas would read the second into the first name) */
    int boms;
    /* rows read whole whose text holds valid UTF-8 beyond ASCII (’, ö):
     * evidence that rows with invalid UTF-8 mix encodings (a row read with
     * its invalid fields missing, bad_utf8_missing, is not counted) */
    uint64_t utf8_rows;
    /* 1 when the input was gzip data: a hint's shell command decompresses
     * it first (ct_shell_filter's gzip) */
    int gzip;
    /* the lines past their first that bad rows read as one quoted field
     * whose lines look like rows of their own (ct_csv_swallowed: a stray
     * quote): each is a report lost with its row, so a count of reports
     * read or lost adds them to the rows' (score's --max-rejected; added
     * 2026-12-05: 4,990 reports a stray quote swallowed counted as 1 row
     * rejected, tests/cli/score_swallowed_lines_rejected) */
    uint64_t swallowed_lines;
    /* the last line's number when the input ends without a line end after
     * it and that line was read as a good row, else 0: common and usually
     * fine, but a file cut off there has its last values cut too, and a
     * row of the header's field count shows no other sign (a note; added
     * 2026-12-05: tests/cli/inspect_last_line_no_line_end) */
    long open_last_line;
    /* rows read whole whose quoted field runs onto a next line that starts
     * like a row (ct_csv_swallowed's weak evidence: a stray quote on each
     * of two adjacent lines reads two rows as one, or a transcript's line
     * break), and the first such row's line and field (1-based): a note */
    uint64_t maybe_joined;
    long maybe_joined_line;
    size_t maybe_joined_field;
    /* rows read with fields made missing for their invalid UTF-8
     * (ct_load_options.bad_utf8_missing), and the first one's line and
     * field (1-based) */
    uint64_t bad_utf8_rows;
    long bad_utf8_line;
    size_t bad_utf8_field;
} ct_load_stats;

/* Load a whole CSV file ("-" = stdin) into a frame. opt NULL = defaults.
 * Returns CT_OK; CT_EINVAL when path is NULL ("no file name", as
 * ct_csv_open_path; before 2026-12-04 a NULL path read as an empty input,
 * CT_EEMPTY) or the options are invalid (ct_load_options_check); CT_EIO
 * when the file cannot be opened or read; CT_EEMPTY when there is no header
 * line; CT_EDATA when the header is not valid CSV, or on bad rows with
 * CT_BAD_ROW_FAIL: then *diag holds the first problem and every problem was
 * passed to on_bad_row_fn; CT_ENOMEM. On failure *out is NULL. stats may be
 * NULL. Runs on the calling thread unless ct_threads() > 1. */
CT_API ct_status ct_frame_load(const char *path, const ct_load_options *opt, ct_frame **out,
                               ct_load_stats *stats, ct_diag *diag);
/* (Also CT_EFORMAT when the file is not delimited text, or not delimited as
 * told: see sniff_delimiter; gzip data that is corrupt or cut short; a
 * header line inside the data listing the file's columns in another order,
 * or with columns added or missing, the header of another export joined
 * with cat: *diag names its line, whatever on_bad_row, since the rows
 * after it would be read in the wrong columns. docs/formats.md.) */
/* Same, from memory data[0..len) (not kept; name is used in diagnostics,
 * NULL = "<memory>"). */
CT_API ct_status ct_frame_load_mem(const char *data, size_t len, const char *name,
                                   const ct_load_options *opt, ct_frame **out, ct_load_stats *stats,
                                   ct_diag *diag);
/* When a load whose bad rows hold invalid UTF-8 also read rows of valid
 * UTF-8 beyond ASCII (st->utf8_rows > 0): the file mixes encodings, and
 * converting all of it from Windows-1252 would garble the valid rows (’
 * becomes â€™). Writes the hint for those rows to hint[0..cap), with a
 * command converting only the lines that are not UTF-8 (ct_shell_filter
 * for path, "-" for standard input, gzip judged from the file's first
 * bytes), and returns 1; 0 (hint untouched) otherwise. */
CT_API int ct_load_mixed_encoding(const char *path, const ct_load_stats *st, char *hint,
                                  size_t cap);
CT_API void ct_frame_destroy(ct_frame *f);

/* ---- streaming: row batches in constant memory ---- */
typedef struct ct_reader ct_reader;

/* Opens the file (not mapped; "-" = stdin), reads the header and the first
 * infer_rows rows to fix the reader's schema: the column types (the
 * schema's, else inferred over those rows) and every categorical column's
 * dictionary (the schema's levels where it gives them, else the levels seen
 * in those rows, in order of first appearance). Every batch is then coded
 * against that one schema: a level has the same code in every batch, and a
 * value outside a dictionary is coded CT_CODE_UNSEEN and counted, never
 * added. Bad rows among the first rows are reported as in ct_frame_load
 * (CT_EDATA with CT_BAD_ROW_FAIL). Statuses as ct_frame_load. The reader
 * copies what it keeps of opt (the caller's schema and na_values may be
 * freed after the call). */
CT_API ct_status ct_reader_open(const char *path, const ct_load_options *opt, ct_reader **out,
                                ct_diag *diag);
/* Next batch of at most max_rows rows as a frame (caller destroys it; it
 * does not refer to the reader); *out is NULL at end of input. Row lines
 * are the file's. Returns CT_OK; CT_EINVAL when max_rows is 0; CT_EDATA at
 * a bad row with CT_BAD_ROW_FAIL (the stream ends); CT_EFORMAT (gzip data
 * corrupt or cut short; the header line of another export, as in
 * ct_frame_load); CT_EIO; CT_ENOMEM. */
CT_API ct_status ct_reader_next(ct_reader *r, size_t max_rows, ct_frame **out, ct_diag *diag);
/* A frame of the reader's columns (names, types, dictionaries, as its
 * batches have them) and no rows: what a header-only file holds, for
 * checking that the columns a caller needs are there when no batch comes
 * (ct_reader_next gives NULL at once). The caller destroys it. Returns
 * CT_OK or CT_ENOMEM. Not thread-safe on one reader (as ct_reader_next). */
CT_API ct_status ct_reader_empty_frame(ct_reader *r, ct_frame **out);
/* The reader's fixed schema (see ct_reader_open); owned by the reader,
 * valid until ct_reader_close. */
CT_API const ct_schema *ct_reader_schema(const ct_reader *r);
/* Counts so far (unseen_values included). Owned by the reader. */
CT_API const ct_load_stats *ct_reader_stats(const ct_reader *r);
/* ct_frame_explain_dot_groups of the rows the stream's types were fixed
 * on (the first infer_rows): a column read as decimals whose values look
 * like counts grouped by '.' ("4.133" for 4,133), named with
 * --thousands=.; "" when none. Valid until ct_reader_close. Added
 * 2026-12-06 (score said nothing: tests/cli/score_no_schema_dot_grouped_hinted). */
CT_API const char *ct_reader_dot_groups_note(const ct_reader *r);
/* Progress through the input so far, for a progress bar: *done of *total
 * with *done <= *total, *total 0 when the size is not known; the units of
 * ct_csv_progress (compressed bytes for gzip input, else bytes), the same
 * as a whole-file load reports to ct_load_options.progress. While the
 * rows read at open (to fix the types) are still being handed out, *done
 * is the bytes read in proportion to the rows handed out of them, so that
 * it follows the batches taken, not the reader's read-ahead. */
CT_API void ct_reader_progress(const ct_reader *r, uint64_t *done, uint64_t *total);
CT_API void ct_reader_close(ct_reader *r);

/* ---- building a frame in memory ----
 * Every function copies what it is given; names are unique within a frame
 * (CT_EINVAL "a column is already named 'x'" otherwise), and a NULL name
 * is CT_EINVAL "no column name" (before 2026-12-04 the ct_frame_add_*
 * said "a column is already named '(null)'"). An empty name "" is a name
 * like any other, as a CSV header may hold one (written back as an empty
 * header field). A frame built in memory has no source lines
 * (ct_frame_row_line gives 0). On failure the frame is unchanged. */

/* An empty frame of nrows rows and no columns; source names it
 * (ct_frame_source, diagnostics). CT_ENOMEM. */
CT_API ct_status ct_frame_create(const char *source, size_t nrows, ct_frame **out, ct_diag *diag);
/* Add a numeric column of type CT_TYPE_INT, CT_TYPE_FLOAT or CT_TYPE_ID (a
 * numeric identifier) from values[0..nrows). Row i is missing when
 * missing[i] is nonzero (missing may be NULL) or values[i] is NaN; its
 * value is then stored as NaN. CT_TYPE_INT values must be finite whole
 * numbers. Returns CT_OK, CT_EINVAL (name NULL, another type, a value
 * that does not fit, a name in use), CT_ENOMEM. */
CT_API ct_status ct_frame_add_numeric(ct_frame *f, const char *name, ct_type type,
                                      const double *values, const uint8_t *missing, ct_diag *diag);
/* Add a categorical column: codes[0..nrows) index levels[0..nlevels)
 * (distinct, NUL-terminated), -1 is missing, CT_CODE_UNSEEN unseen (marked
 * missing and counted, see above). Returns CT_OK, CT_EINVAL (name NULL, a
 * code out of range, a NULL or repeated level, a name in use), CT_ENOMEM. */
CT_API ct_status ct_frame_add_category(ct_frame *f, const char *name, const int32_t *codes,
                                       const char *const *levels, size_t nlevels, ct_diag *diag);
/* Add a string column of type CT_TYPE_TEXT or CT_TYPE_ID (a string
 * identifier): row i is values[i][0..lens[i]) (lens NULL: NUL-terminated
 * values), missing when values[i] is NULL. Returns CT_OK, CT_EINVAL
 * (name NULL, another type, a string over 4 GiB, a name in use), CT_ENOMEM. */
CT_API ct_status ct_frame_add_text(ct_frame *f, const char *name, ct_type type,
                                   const char *const *values, const size_t *lens, ct_diag *diag);
/* Add a copy of column c (of any frame, f included) with the same number
 * of rows, named `name` (NULL: c's name). Returns CT_OK, CT_EINVAL (other
 * row count, a name in use), CT_ENOMEM. */
CT_API ct_status ct_frame_add_column_copy(ct_frame *f, const ct_column *c, const char *name,
                                          ct_diag *diag);

/* A new frame holding rows[0..n) of f, in that order (a row may repeat),
 * as pandas' df.iloc[rows]: every column with its name, type, values,
 * missing marks, exact identifiers and category dictionary (codes, unseen
 * values included, are unchanged); each row keeps the source line it
 * started on (ct_frame_row_line). Strings are copied: the new frame does
 * not depend on f. Returns CT_OK; CT_EINVAL (a row out of range, named);
 * CT_ENOMEM. *out NULL on error. Reentrant (f is only read). */
CT_API ct_status ct_frame_take(const ct_frame *f, const size_t *rows, size_t n, ct_frame **out,
                               ct_diag *diag);

/* ---- writing CSV ----
 * RFC 4180 (io/csv_write.c, claimtriage/csv.h): the header, then one record
 * a row; fields quoted only where needed. Missing values (and unseen
 * categories) are empty fields. Numbers read back as the same double:
 * int and numeric identifier columns as whole numbers ("343296"); float
 * columns in Python's repr (the shortest digits that read back, "0.1",
 * "1.0", "1e+16"), as pandas' to_csv writes them. Loading the output with
 * ct_frame_schema(f) gives f back: values, types, levels, missing masks
 * (a string equal to a missing token, e.g. "NA" or "", reads back as
 * missing, as with pandas; a string identifier column whose every value
 * reads as a number reads back as a numeric identifier, as a schema's
 * CT_TYPE_ID does not say which). Returns CT_OK; CT_EINVAL (no columns, bad
 * options); CT_EIO when fp reports a write error; CT_ENOMEM. fp is not
 * closed; it is flushed. */
CT_API ct_status ct_frame_write_csv(const ct_frame *f, FILE *fp, const ct_csv_write_options *opt,
                                    ct_diag *diag);

/* ---- access ---- */
CT_API size_t ct_frame_nrows(const ct_frame *f);
CT_API size_t ct_frame_ncols(const ct_frame *f);
/* Column j, or NULL when j >= ncols. */
CT_API const ct_column *ct_frame_col(const ct_frame *f, size_t j);
/* Index of the column named `name`; CT_ECOLUMN (message names it) if absent,
 * with diag->kind CT_DIAG_CAUSE_COLUMN_ABSENT and diag->cause_column the
 * name (ct_frame_diag_absent; ct_frame_find_as too). */
CT_API ct_status ct_frame_find(const ct_frame *f, const char *name, size_t *j, ct_diag *diag);
/* The column named `name` into *c, for a step that uses it as `role`
 * ("feature", "target", "capped"...): CT_ECOLUMN when absent, the message
 * "ROLE column 'NAME' is not in the file" with ct_frame_near_name's hint. */
CT_API ct_status ct_frame_find_as(const ct_frame *f, const char *name, const char *role,
                                  const ct_column **c, ct_diag *diag);
/* Mark diag (after the caller's ct_diag_set of CT_ECOLUMN) as a column
 * absent: kind CT_DIAG_CAUSE_COLUMN_ABSENT, cause_column name (cut to
 * fit). Accepts NULL. */
CT_API void ct_frame_diag_absent(ct_diag *diag, const char *name);
/* "did you mean": into hint (cap bytes) the name of a column that equals
 * want up to ASCII letter case, word separators (' ', '_' and '-' for one
 * another, one for one) and surrounding spaces, with the difference
 * spelled out ("did you mean 'Claim_Status'? The file's column differs from
 * 'claim_status' in letter case"; "... 'Video View Count'? ... in letter
 * case, word separators (' ' for '_')"); without one, ct_frame_dummy_hint's
 * (rename 1) when the file holds want's one-hot dummy columns; without
 * either, since 2026-12-07, the one column nearest want by a typo's edits
 * (ct_utf8_distance, case and separators aside: at most 2, fewer than half
 * of want's characters, as a mistyped command or option; none when two
 * columns are as near, or want stands in a list's quotes): "did you mean
 * 'claim_status'? The file's column is 1 edit from 'claim_statu' (...)";
 * "" when there is none. The hint of every message about an absent column
 * (ct_frame_find uses it). */
CT_API void ct_frame_near_name(const ct_frame *f, const char *want, char *hint, size_t cap);
/* ct_frame_near_name into diag->hint, with the suggested column in
 * diag->near_name and, for the first rule (case, separators, spaces,
 * invisible characters), how it differs in diag->near_differs ("letter
 * case"); both "" when the hint names no column (none, or one-hot dummies).
 * For a caller that words the suggestion again without parsing the hint
 * (test's skipped reasons). Call after ct_diag_set. Accepts a NULL diag. */
CT_API void ct_frame_near_diag(const ct_frame *f, const char *want, ct_diag *diag);
/* The index of the column ct_frame_near_name suggests for want by its
 * first rule (letter case, word separators, spaces, invisible characters;
 * dummies and typos aside: a typo's column is a guess, never taken for
 * want), SIZE_MAX when there is none: for a caller that says what becomes
 * of that column (train: it is a feature under its own name). */
CT_API size_t ct_frame_near_index(const ct_frame *f, const char *want);
/* A label column under another name: the first categorical column of f
 * with two or three levels one of which is value, or differs from it only
 * in ASCII letter case or spaces around it (ct_column_level_near). Into
 * hint (cap bytes) "the file's column 'label' holds 'claim' (its values:
 * 'claim', 'opinion')", the level as the file spells it; the caller adds
 * what to do (an option, or a rename). Returns the column's index;
 * SIZE_MAX (hint "") when no column holds it, f or value NULL or value "".
 * For the message about an absent label column whose name matched nothing
 * (ct_frame_near_name gave ""). Thread-safe on a frame no one writes. */
CT_API size_t ct_frame_value_column(const ct_frame *f, const char *value, char *hint, size_t cap);
/* A one-hot encoded copy (pandas' get_dummies): the columns named
 * want + "_" + LEVEL ('verified_status_verified', 'author_ban_status_under
 * review') holding a dummy's values (pandas' True/False, or 0/1), where
 * the categorical column want is absent. Into hint (cap bytes) "the file
 * seems one-hot encoded (pandas get_dummies): it holds 'verified_status_
 * verified' (True/False), the dummy column of 'verified_status'; use the
 * file before encoding", and with rename ", or name a dummy column in its
 * place, minding which value marks the class you mean" (no command: the
 * dummy's role depends on the command; 0 where the column cannot be
 * renamed: a model's input). Returns the
 * number of such columns; 0 leaves hint "". */
CT_API size_t ct_frame_dummy_hint(const ct_frame *f, const char *want, int rename, char *hint,
                                  size_t cap);
/* The columns of f whose names begin or end with a space or a tab (kept
 * in the name, as pandas keeps them: 'video_id ', ' claim_status'), for a
 * note: into note (cap bytes) the first 3 of them, where the space is and
 * what to do ("" when none). Returns how many there are. Pure;
 * thread-safe. */
CT_API size_t ct_frame_spaced_names(const ct_frame *f, char *note, size_t cap);
/* The columns of f a command does not read (whose names are not among
 * used[0..nused), NULL entries skipped), for the hint of a column it lacks
 * under a name near none of the file's (a header renamed unrelatedly:
 * 'transcript' for 'video_transcription_text'): into list (cap bytes) the
 * first `max` of them in the file's order, quoted and separated by ", ",
 * then ", ... (N more)" for the rest (a name that does not fit is counted
 * among those). Returns how many columns are unread (0: list ""). Pure;
 * thread-safe. */
CT_API size_t ct_frame_unread_columns(const ct_frame *f, const char *const *used, size_t nused,
                                      size_t max, char *list, size_t cap);
/* The hint for item k of an option's list (claimtriage/list.h) that is not
 * a column of f, when the list split a column whose name holds ',': items
 * i..j (i <= k <= j, at least two) joined by ',' name a column ("views" and
 * " total" of --columns=views, total,likes). Into hint (cap bytes) "the
 * file has a column 'views, total': in a list, a name holding ',' is
 * written in double quotes ("views, total"; docs/cli.md, Lists in
 * options)" and 1 returned; 0 (hint untouched) when no run of the items
 * around k names a column. */
CT_API int ct_frame_list_hint(const ct_frame *f, const char *const *items, size_t n, size_t k,
                              char *hint, size_t cap);
/* Physical line on which row i started in the source file (0 if unknown). */
CT_API long ct_frame_row_line(const ct_frame *f, size_t i);
/* Bytes of ct_frame_rows_digest's text, its NUL included. */
#define CT_FRAME_ROWS_DIGEST_SIZE 40
/* An order-independent digest of f's rows into out[0..cap) (cap at least
 * CT_FRAME_ROWS_DIGEST_SIZE, else cut short): "rowsum:" and 32 lower-case
 * hex digits. Each row is hashed over its values in column order (a number
 * by value, an exact identifier by its integer, a string, a category's
 * level or a text, by its bytes, a missing value as missing: how the
 * column holds it does not matter, so a column read as categorical in one
 * load and as text in another hashes alike), and the row hashes are summed
 * modulo 2^64 (twice, with two mixings; a multiset hash), with the column
 * names and the row count: the same rows in any order, a repeated row as
 * often, give the same digest, and another set of rows another one but
 * with a chance of 2^-64 or so. Not cryptographic: it tells a copy from
 * another file, not a forgery. Linear in the values (text bytes
 * included); no allocation. out "" when f is NULL. Thread-safe on a frame
 * no one writes. Used for a model's training rows (ct_model.rows_digest,
 * claimtriage/model_file.h). */
CT_API void ct_frame_rows_digest(const ct_frame *f, char *out, size_t cap);
/* Each row's 64-bit key over the columns cols[0..ncols) of f, in that
 * order, into out[0..nrows): two rows whose values there read alike key
 * alike, whatever file or column order they came from. A value keys by its
 * text (a whole number below 2^53 by its digits, another number by its
 * "%.17g" text, a string, a level or a text by its bytes; a missing value
 * as missing), so a column read as numbers in one load and as levels in
 * another (labels 1 and 0) keys alike. cols[k] at or beyond ncols(f)
 * (SIZE_MAX: a column the frame lacks) keys as missing in every row. Not
 * cryptographic. Used for the rows a model was trained on
 * (ct_model.seen_rows, claimtriage/model_file.h). Thread-safe on a frame
 * no one writes. */
CT_API void ct_frame_row_keys(const ct_frame *f, const size_t *cols, size_t ncols, uint64_t *out);
/* Rows with a missing value: out[i] = 1 when row i is missing in any of
 * the columns cols[0..ncols), or in any column at all when cols is NULL
 * (pandas' df.dropna() keeps the rows left at 0). out holds nrows bytes.
 * Returns the number of rows marked. */
CT_API size_t ct_frame_missing_rows(const ct_frame *f, const size_t *cols, size_t ncols,
                                    uint8_t *out);
/* Rows missing in every column (a line of delimiters only, ",,,,": a
 * spreadsheet exports so the rows below its data that it holds formatted
 * but empty; pandas reads them as rows of NaN): how many, and the lines
 * of the first and the last (either pointer may be NULL; 0 when none). A
 * frame of one column has none (an empty row is one missing value). */
CT_API size_t ct_frame_empty_rows(const ct_frame *f, long *first_line, long *last_line);
/* Why rows have missing values, when a column explains it: writes to
 * hint[0..cap) a sentence naming the columns that are missing in every row
 * (at most three by name) and, when the last one is an unnamed column
 * ("Unnamed: N", an empty header name), that a delimiter at the end of
 * every line makes one. Returns the number of such columns (0: hint
 * ""). For the message of any step that drops rows with missing values
 * (df.dropna()) or finds no groups. */
CT_API size_t ct_frame_explain_missing(const ct_frame *f, char *hint, size_t cap);
/* Ids rounded by a spreadsheet: writes to hint[0..cap) a sentence naming
 * the first identifier column whose every value reads as a number (a
 * numeric one, or a stream's text; at least two, all >= 1e7) has at most
 * 6 significant digits and some of which repeat (a
 * long number saved as shown, 7.02E+09), with a line holding one. Digits
 * and repeats are the ids' as written (a string id's text, an exact id's
 * int64), compared as inspect's duplicate counts compare them, never
 * their doubles (distinct 40-digit ids all read 1e+39). Returns
 * 1 when such a column exists, else 0 (hint ""). */
CT_API size_t ct_frame_explain_rounded_ids(const ct_frame *f, char *hint, size_t cap);
/* 1 when column j of f is such an identifier column (rounded ids that
 * repeat, as ct_frame_explain_rounded_ids names the first), else 0 (also
 * when out of memory): repeats of its values are then no evidence of
 * repeated rows (regress's independence check says so). */
CT_API int ct_frame_ids_rounded(const ct_frame *f, size_t j);
/* Ids written as Excel's text-forcing formula: writes to hint[0..cap) a
 * sentence naming the first string identifier column some of whose values
 * are ="..." (a spreadsheet's way to keep a long number as text), how many
 * and a line holding one. Returns the number of such values (0: hint "").
 * Such ids match no id written plainly. */
CT_API size_t ct_frame_explain_formula_ids(const ct_frame *f, char *hint, size_t cap);
/* The counts behind ct_frame_explain_formula_ids, for a caller that reads
 * a file in batches (score's stream) and sums them: the first string
 * identifier column holding a ="..." value (*col), its values (*values,
 * missing ones not counted) and the row of its first ="..." (*first).
 * Returns the number of ="..." values (0: the outputs untouched). */
CT_API size_t ct_frame_find_formula_ids(const ct_frame *f, size_t *col, size_t *values,
                                        size_t *first);
/* The sentence of ct_frame_explain_formula_ids from its parts: the
 * column's name, n of `values` values wrapped, the line of the first and
 * its text value[0..len) (cut at 40 bytes), into hint[0..cap). */
CT_API void ct_frame_formula_ids_text(char *hint, size_t cap, const char *column, uint64_t n,
                                      uint64_t values, long line, const char *value, size_t len);
/* Counts rounded by a spreadsheet: writes to hint[0..cap) a sentence naming
 * the first int column in which every value from 100,000 up (at least 20 of
 * them) is a multiple of 100 while some value below it (from 100) is not:
 * the large numbers were saved as a spreadsheet shows them in scientific
 * notation (6.04E+05 for 604,321) and have lost their last digits, which
 * no load can restore. Returns 1 when such a column exists, else 0 (hint
 * ""). */
CT_API size_t ct_frame_explain_rounded_counts(const ct_frame *f, char *hint, size_t cap);
/* Thousands grouped by '.' read as decimals: writes to hint[0..cap) a
 * sentence naming the first float column typed from its values (one the
 * schema does not name, or any with no schema; read in the plain number
 * format) whose values are all either a whole number written with one '.'
 * before exactly three digits ("459.352", a first group of 1 to 3 digits
 * not starting with 0) or a whole number of at most three digits ("925"),
 * at least 10 and more than half of them the former: the counts, a line
 * holding one, and --thousands=. (which reads every numeric column so).
 * One value of any other shape ("1.5", "0.125", "1234", "1e3") clears the
 * column. The values are read as written (decimals, as pandas does);
 * the columns after the first that are so are named at the end. Returns
 * how many such columns (0: hint ""). The evidence is weighed at load,
 * while the text is held: a frame built in memory or taken from another
 * has none. */
CT_API size_t ct_frame_explain_dot_groups(const ct_frame *f, char *hint, size_t cap);
/* Decimals misread through a thousands separator: a frame loaded with
 * ct_load_options.thousands drops it wherever it follows a digit, in every
 * numeric column, as pandas' thousands= does ("12.0" reads as 120 and
 * "3.5" as 35 with '.'). Writes to hint[0..cap) a sentence naming the
 * first numeric column holding values where no group of exactly three
 * digits follows the separator: how many, the line, text and value of the
 * first, and the likely fix (without --thousands=. a '.' is the decimal
 * point; a ',' is a decimal comma: --decimal=,); the other such columns
 * are named at the end. The values are kept as read. Returns how many
 * such columns (0: hint ""). Counted at load: a frame built in memory or
 * taken from another has none. */
CT_API size_t ct_frame_explain_thousands_misread(const ct_frame *f, char *hint, size_t cap);
/* A name the header gives more than one column: each later one is read
 * as "NAME.k" (pandas' rule: the next k whose name is not in the header),
 * so NAME means the first, which may not be the column meant (two exports
 * joined, a column copied). Writes a sentence naming every column of the
 * first repeated name by its 1-based position and the name it is read as
 * (six at most) to hint, and returns how many columns the load renamed
 * (a name "B.k" the file wrote itself is not one; a frame built in memory
 * has none; 0: hint ""). */
CT_API size_t ct_frame_explain_repeated_names(const ct_frame *f, char *hint, size_t cap);
/* Columns after the first that the header leaves without a name and that
 * hold values (pandas names such a column 'Unnamed: J', J its 0-based
 * position, as the loader does): a name deleted or lost in an export, so a
 * column a command needs is then "absent" with nothing pointing here.
 * Writes a sentence naming the first such column by position, its name
 * as read, and its first value with the line, to hint; returns how many
 * (0: hint ""). A first column without a name (a saved row index) and a
 * column empty in every row (trailing delimiters:
 * ct_frame_explain_missing) are not counted. Added 2026-12-07
 * (tests/cli/files_unnamed_column_noted). */
CT_API size_t ct_frame_explain_unnamed(const ct_frame *f, char *hint, size_t cap);
/* Rows that repeat the header line (every value its column's name: files
 * joined with cat, read with inferred types, where they turn every column
 * to strings): writes a sentence with the first one's line, ending "drop
 * the repeated header lines" (the caller may add a command for its input,
 * which the frame does not know), to hint and returns how many (0: hint
 * ""). */
CT_API size_t ct_frame_explain_repeated_header(const ct_frame *f, char *hint, size_t cap);
/* A spreadsheet's totals row read as data: writes to hint[0..cap) a
 * sentence naming the first row one of whose text fields is a totals word
 * ("Total", "Grand total", "Sum", "Gesamt", ... any case) and whose value
 * in some numeric column equals the sum of the other rows' (to 0.5%), or,
 * on the last row, the word alone; with its line and a command that
 * deletes it. The row is kept (no row is dropped silently): every
 * statistic counts it as a report. Returns how many such rows (0: hint
 * "", also when out of memory). Each text value is judged by its length
 * and first letter before any comparison, a categorical column's levels
 * once each; O(rows x columns) for each candidate row. */
CT_API size_t ct_frame_explain_totals_row(const ct_frame *f, char *hint, size_t cap);
/* Why column j of f, wanted numeric, was read as strings: hint[0..cap) a
 * sentence naming the first value that is not a number, its line, and how
 * many of the values are not numbers ("line 4 holds '1,234', not a number
 * (2 of 6 values are not; a thousands separator, a unit or a placeholder
 * such as 'n/a?' makes pandas read the column as text too; --na-values=TOKEN
 * reads a placeholder as missing)"; when no value is a number, that it
 * holds labels, unless ct_frame_explain_number_format names a format
 * they are numbers in: then that). Returns the number of such values (0
 * when the column is numeric or every value is a number: hint ""). With
 * cap 0 only the count, in one pass over the values (the hint reads the
 * values that are not numbers a second time, in each other format); a
 * categorical column's levels are parsed once each, not once a row. */
CT_API size_t ct_frame_explain_not_numeric(const ct_frame *f, size_t j, char *hint, size_t cap);
/* Whether column j of f, read as strings, holds numbers in a format the
 * read did not use: a decimal comma ('0,1334': --decimal=,), one with '.'
 * between digit groups ('1.234,5': --decimal=, --thousands=.), ','
 * between groups of three digits ('6,806': --thousands=,), '.' before
 * more than one group of three ('1.234.567': --thousands=.), or a percent
 * sign ('13.3%', which pandas reads as text too). The reading that turns
 * the most of the values that are not numbers into numbers is named when
 * it turns more than half of them: hint[0..cap) "393 of its values are
 * numbers written with a decimal comma (line 2 holds '0,1334'): --decimal=,
 * reads such numbers (pandas' decimal=',')". Returns how many values that
 * reading reads (0: no such format, hint ""). O(rows). */
CT_API size_t ct_frame_explain_number_format(const ct_frame *f, size_t j, char *hint, size_t cap);
/* Both counts at once, in one pass over column j's values (a categorical
 * column's levels judged once each): returns what
 * ct_frame_explain_not_numeric(f, j, NULL, 0) returns; *values (may be
 * NULL) the values that are not missing (0 for a numeric column);
 * *in_format (may be NULL) what ct_frame_explain_number_format(f, j, NULL,
 * 0) returns. For a note that names such a column only when one of them
 * says so. O(rows). */
CT_API size_t ct_frame_count_not_numeric(const ct_frame *f, size_t j, size_t *values,
                                         size_t *in_format);
/* The levels of categorical column j of f that look like missing values
 * but are read as values (pandas 1.5 reads them as text too): spaces only
 * (' '), a spelling such as None, -, ?, n.a., (blank) in any case, or
 * one of pandas' tokens with spaces around it ('NA '). hint[0..cap):
 * "column 'x': 3 levels look like a missing value but are read as a value
 * of their own, as pandas reads them: 'None' (1 row), ' ' (2 rows), '-'
 * (1 row); --na-values='None, ,-' reads them as missing" (the option
 * quoted for a POSIX shell, the list as ct_list_split reads it). Returns
 * how many levels (0 when the column is not categorical, has none, or has
 * only such levels: then they are its codes; hint ""). */
CT_API size_t ct_frame_explain_na_levels(const ct_frame *f, size_t j, char *hint, size_t cap);
/* Row i of numeric column j of f holds an infinite value (a field such as
 * 'inf', 'Infinity', '-INF': pandas reads each, in any case, as a number;
 * 1e400, beyond a double, is no number): value[0..vcap) gets how the file
 * wrote it, "'Infinity' (infinite)", quoted as ct_textwidth_label quotes a
 * value with spaces around it; when the column spells infinity of that
 * sign more than one way, "an infinite value (written 'inf' or 'Infinity'
 * in this column)". option[0..ocap) gets the --na-values option that reads
 * every spelling the column holds as missing ("--na-values=Infinity,-inf",
 * quoted for a POSIX shell). A frame built in memory keeps no spellings:
 * "inf" or "-inf", and --na-values=inf,-inf. Spellings are kept at load,
 * up to six a column (past them the option says there are more), and
 * follow rows through ct_frame_take and appends. */
CT_API void ct_frame_explain_infinite(const ct_frame *f, size_t j, size_t i, char *value,
                                      size_t vcap, char *option, size_t ocap);
/* Source name given at load or create. */
CT_API const char *ct_frame_source(const ct_frame *f);

CT_API const char *ct_column_name(const ct_column *c);
CT_API ct_type ct_column_type(const ct_column *c);
CT_API size_t ct_column_len(const ct_column *c);
/* 1 when the column has double values (int, float, numeric identifier). */
CT_API int ct_column_is_numeric(const ct_column *c);
/* Numeric values (NaN where missing), or NULL when not numeric. */
CT_API const double *ct_column_f64(const ct_column *c);
/* Exact values of a numeric identifier (0 where missing) when its doubles
 * are not exact: a loaded identifier with a value beyond 2^53 whose every
 * value is a whole number that fits an int64 (a stream's identifiers of
 * whole numbers always have them), and a loaded int column (a schema's
 * counts) with a value beyond 2^53 and none beyond int64 (as pandas' int64:
 * 2^53 + 1 and 2^53 + 2 are two values). NULL otherwise: then ct_column_f64
 * is exact (whole numbers below 2^53), or the values are not whole numbers.
 * Real video ids run to 19 digits: beyond 2^53 distinct ids can share a
 * double, so counts, joins, duplicate checks and output use these when
 * present; numeric summaries use ct_column_f64, as pandas computes them
 * (floats). */
CT_API const int64_t *ct_column_i64(const ct_column *c);
/* Missing mask: 1 byte a row, 1 = missing (unseen included). Never NULL. */
CT_API const uint8_t *ct_column_missing(const ct_column *c);

/* ct_type_category_hint for column c, except that a column missing in
 * every row (read as float, as pandas reads one) is said to be empty:
 * "its values are numbers" would be false of it; and a float column whose
 * values are all whole numbers is said to be an integer code written with
 * decimals (with missing values, as pandas writes one, or without, as a
 * program writing every number so does), to be written as integers, not
 * binned. A static string. */
CT_API const char *ct_column_category_hint(const ct_column *c);
/* 1 when c is an integer code: a CT_TYPE_INT column of at most 100
 * distinct values, each held by two rows on average (a 0/1 flag, a label
 * encoded 0/1, a 1-5 rating); 0 otherwise (c NULL included, or out of
 * memory). Such a column names groups as a categorical column does. */
CT_API int ct_column_is_int_code(const ct_column *c);
/* 1 when every value c holds is 0 or 1, at least one held: a numeric
 * (not id) column of 0s and 1s, missing values aside, or a categorical one
 * whose levels are all "0" or "1" (a schema column such as verified_status
 * re-saved as a 0/1 label). *both (may be NULL) is set to 1 when both
 * values are held. 0 otherwise (c NULL included). One rule for regress's
 * 0/1 target hint and the one-hot dummy hint (ct_frame_dummy_hint). Pure:
 * safe from any thread on a column no one writes. */
CT_API int ct_column_is_zero_one(const ct_column *c, int *both);
/* A CT_TYPE_INT column's values as groups, as pandas' value_counts() and
 * groupby(sort=True) take an integer column: *codes[0..rows) indexes the
 * distinct non-missing values in increasing order (-1 where missing),
 * *names[0..L) is each value's decimal text ("0", "1"; *names[L] NULL),
 * *nlevels = L. Each array is one allocation: free both with ct_free.
 * Returns CT_OK; CT_ETYPE when c is not CT_TYPE_INT, or has more than
 * max_levels distinct values (*nlevels then says how many, the arrays are
 * NULL); CT_ENOMEM (*nlevels 0). */
CT_API ct_status ct_column_int_levels(const ct_column *c, size_t max_levels, int32_t **codes,
                                      const char ***names, size_t *nlevels);
CT_API size_t ct_column_nmissing(const ct_column *c);
/* Rows coded CT_CODE_UNSEEN (0 for other than categorical columns). */
CT_API size_t ct_column_nunseen(const ct_column *c);
/* Category codes (-1 missing, CT_CODE_UNSEEN), or NULL when not categorical. */
CT_API const int32_t *ct_column_codes(const ct_column *c);
/* Number of levels and level k's text (levels in code order: first
 * appearance, or the schema's order). */
CT_API size_t ct_column_nlevels(const ct_column *c);
CT_API const char *ct_column_level(const ct_column *c, size_t k);
/* Level index of `value`, or -1. */
CT_API int32_t ct_column_level_find(const ct_column *c, const char *value);
/* The first level of c (categorical) that is not `value` but differs from
 * it only in ASCII letter case or spaces around it
 * (ct_textwidth_label_same: 'Verified' for 'verified', 'claim ' for
 * 'claim'), or NULL (none, or c not categorical): the label a person
 * typed, as the file spells it. Valid while c lives. */
CT_API const char *ct_column_level_near(const ct_column *c, const char *value);
/* Levels of a categorical column that differ only in ASCII letter case or
 * in spaces around them ('Claim' and 'claim', 'opinion ' and 'opinion'):
 * labels a person means as one, which pandas, as every count here, takes
 * as two. Returns the number of levels that have such a twin (0 when none,
 * or when c is not categorical), and the first pair in code order into *a
 * < *b (either may be NULL). -1 when out of memory. */
CT_API long ct_column_level_variants(const ct_column *c, size_t *a, size_t *b);
/* 1 when c is categorical and every level is one of pandas' boolean
 * spellings (read_csv's default true_values and false_values: True, TRUE,
 * true, False, FALSE, false), in more than one spelling of a value ('TRUE'
 * and 'true'): pandas reads such a column as one bool column of two
 * values, where the levels here are as many as the spellings. 0 otherwise
 * (one spelling each is two levels either way). */
CT_API int ct_column_bool_spellings(const ct_column *c);
/* String value of row i for text, category and string identifier columns:
 * *len bytes (len may be NULL only for categories, whose levels are
 * NUL-terminated), not NUL-terminated in general (text may be borrowed from
 * the mapped source file); NULL when missing (or unseen) or when the column
 * is numeric. Text and identifier strings are followed by at least 16
 * readable bytes (of unspecified value), so 16-byte vector loads may run
 * past their end. */
CT_API const char *ct_column_str(const ct_column *c, size_t i, size_t *len);

#ifdef __cplusplus
}
#endif
#endif
