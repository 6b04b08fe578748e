/* loader.h — internal: the CSV loader's state, shared by its files:
 * loader.c (the general path: header, records -> columns, the run loop),
 * fast_path.c (one-pass records from a borrowed buffer), parallel_load.c
 * (blocks on several threads) and reader.c (streaming batches).
 *
 * Loading is one engine used two ways. A loader appends validated records
 * to a frame whose column types are either fixed (schema columns, or all
 * columns once a stream has inferred them) or CT_TYPE_AUTO. AUTO columns
 * keep their raw strings until the loader is finished, when their type is
 * inferred over every row they hold (infer.c) and the strings converted. A
 * whole load infers over the whole file; a stream infers over its first
 * infer_rows rows and then fixes the types and dictionaries for the
 * batches that follow. */
#ifndef CT_LOADER_H
#define CT_LOADER_H

#include "frame/frame_internal.h"
#include "frame/na_tokens.h"

#include "claimtriage/csv.h"

/* Once PRESIZE_ROWS rows are in, the columns are sized for the whole file
 * (loader_presize). */
#define PRESIZE_ROWS 256
/* Internal status of loader_run_parallel: use the serial loader. */
#define CT_EAGAIN_SERIAL ((ct_status)-1)

/* A categorical column's fixed dictionary (set: fixed, even when empty). */
typedef struct loader_dict {
    int set;
    char **levels;
    size_t *lens;
    size_t n;
} loader_dict;

typedef struct loader {
    const ct_load_options *opt;
    na_set na;
    ct_csv *csv;
    const char *name;
    ct_frame *f;   /* the frame being built */
    char **header; /* column names after de-duplication */
    /* repeat_of[j]: 1 + the column whose name as written column j repeats
     * (it was renamed, pandas' "x.k"), 0 when kept as written */
    size_t *repeat_of;
    size_t ncols;
    /* the header's names as written (byte-order marks skipped), to know a
     * header line inside the data (header_line.c); name_byte[b]: some
     * name starts with byte b (or b starts a byte-order mark); bit
     * min(len, 63) of name_lens: some name is len bytes long */
    char **raw_names;
    size_t *raw_lens;
    uint8_t name_byte[256];
    uint64_t name_lens;
    long header_line; /* the header's line in the file */
    ct_type *types;   /* per column: fixed type or CT_TYPE_AUTO */
    ct_type *forced;
    uint8_t *numeric_id; /* per column, for fixed CT_TYPE_ID: 1 numeric, 2 exact int64 */
    loader_dict *dict;   /* per column: the fixed dictionary every new frame gets */
    double *vals;        /* per column scratch for one row */
    int64_t *ivals;      /* exact identifiers of that row */
    uint8_t *vmiss;
    ct_csv_field *mend; /* per column: a row's fields, invalid UTF-8 made empty */
    size_t *mark;       /* per column, fast path: levels or arena bytes before the row */
    uint8_t *spec_save; /* per column, fast path: 1 + spec_int before the row, 0 = untouched */
    ct_load_stats stats;
    uint64_t next_progress;
    int head_no_eol; /* the whole input holds no line end */
    int last_bad;    /* the last record read was a bad row (loader_run) */
    int gzip;        /* the input was gzip data (hints decompress it first) */
    /* a stream (ct_reader): identifiers keep their text (loader_finish_types) */
    int ids_as_text;
    /* a stream (ct_reader): rows mended of invalid UTF-8 are passed to
     * ct_load_options.on_mended_fn (a parallel part's lines are its own) */
    int mend_calls;
    ct_diag first_bad;
    int have_bad;
    uint64_t blank_base; /* blank lines and bytes counted before L->csv began */
    uint64_t bytes_base;
    ct_mapping map;                 /* the mapped source file, handed to the frame at the end */
    struct prefaulter *pf;          /* helper faulting column pages in ahead, or NULL */
    char namebuf[CT_DIAG_FILE_MAX]; /* the source name (L->name), own copy */
} loader;

/* ------------------------------------------------------------ loader.c */

/* Open the source (path, or data[0..len) when path is NULL) and read the
 * header. may_map: a regular file may be mapped (whole loads only: a
 * stream's batches must not borrow from the reader). */
ct_status loader_open(loader *L, const char *path, const char *data, size_t len, const char *name,
                      const ct_load_options *opt, int may_map, ct_diag *diag);
void loader_free(loader *L);
/* A frame with the loader's columns: names, types, dictionaries. */
ct_status loader_new_frame(loader *L, ct_frame **out);
/* Fix every categorical column's dictionary that is not fixed yet to the
 * levels of f's column (the stream's, after its inference window). */
int loader_fix_dicts(loader *L, ct_frame *f);
/* Note a bad row: counted, the first kept, passed to the callback. */
void report_bad(loader *L, const ct_diag *d);
/* The physical line bad record rec ends on (a quote opened on its first
 * line that closes lines later: that line), and the skipping of it counted
 * in st (rows_skipped, skipped_lines, skipped: line numbers as rec has
 * them; the parallel loader adds its block's offset when it merges). */
long loader_record_end(const ct_csv_record *rec);
void loader_count_skipped(ct_load_stats *st, const ct_csv_record *rec);
/* Validate one record against the column types; on success append it. */
ct_status loader_row(loader *L, const ct_csv_record *rec, ct_diag *diag);
/* Read records until end of input or until max_rows rows were added.
 * Returns CT_OK, CT_EDATA (a bad row under CT_BAD_ROW_FAIL when
 * stop_on_bad), or a hard error. *eof is set at end of input. */
ct_status loader_run(loader *L, size_t max_rows, int stop_on_bad, int *eof, ct_diag *diag);
/* Infer the AUTO columns' types and fix them for what follows. With
 * L->ids_as_text (a stream) an identifier column is strings, its bytes as
 * written, however its window's values read: a stream fixes the type on
 * its first rows, and a numeric id column would refuse a zero-padded id
 * on a later row that a shard holding it early keeps (score's queue would
 * depend on the rows' order). */
ct_status loader_finish_types(loader *L, ct_diag *diag);
/* Size every column for the rows to come, estimated from `used` of `total`
 * bytes holding the rows so far; start the prefaulter on a mapped file. */
void loader_presize(loader *L, size_t max_rows, uint64_t used, uint64_t total);

/* ------------------------------------------------------ header_names.c */

/* Names of the header fields[0..n) as pandas 1.5 makes them (empty ->
 * "Unnamed: i", repeats -> the next free "x.k"), into names[0..n) (each
 * ct_malloc'ed), and repeat_of[0..n): 1 + the first column of the same
 * name as written for each renamed column, 0 for one kept as written.
 * 0, or -1 when out of memory (names[] all NULL). */
int header_names_pandas(const ct_csv_field *fields, size_t n, char **names, size_t *repeat_of);

/* ------------------------------------------------------- header_line.c */

/* What a record is to the file's header: no header line, the header's
 * names in its order (a repeated header), or the names in another order,
 * or with columns added or missing (the header of another export). */
enum { HEADER_LINE_NONE, HEADER_LINE_SAME, HEADER_LINE_OTHER };
/* Keep the header fields[0..n) as written (L->raw_names, raw_lens,
 * name_byte; freed by header_line_free). 0, or -1 when out of memory. */
int header_line_init(loader *L, const ct_csv_field *fields, size_t n);
void header_line_free(loader *L);
/* s[0..n) is one of the header's names as written (byte-order marks
 * before it skipped): the fast path leaves such a record to loader_row. */
int header_line_is_name(const loader *L, const char *s, size_t n);
/* HEADER_LINE_NONE, _SAME or _OTHER for rec (header_line.c says when a
 * record is a header line). */
int header_line_kind(const loader *L, const ct_csv_record *rec);
/* The error for a HEADER_LINE_OTHER record: into diag (the line, the
 * columns moved, added and missing, the likely cause and the way out);
 * returns CT_EFORMAT. */
ct_status header_line_refuse(loader *L, const ct_csv_record *rec, ct_diag *diag);
/* The hint for a repeated header line: a command for this input (gzip
 * through zcat) that drops every later line equal to the header. */
void header_line_repeat_hint(const loader *L, char *hint, size_t cap);
/* A value under column j that is the column's own name written otherwise
 * (letter case, word separators ' ' '_' '-', surrounding spaces: 'VIDEO_ID'
 * under video_id): a header line of another export. Into hint, what differs
 * and whether every field of rec is its column's name so written (then
 * skipping the line loses no row and moves no value); returns 1, else 0
 * and hint untouched. */
int header_line_near_hint(const loader *L, const ct_csv_record *rec, size_t j, char *hint,
                          size_t cap);

/* --------------------------------------------------------- fast_path.c */

/* A record with more fields than the header that re-joins to the header's
 * count when digit groups split by the delimiter (',') are joined into the
 * schema's numeric columns (delim_thousands.c: 4,593 unquoted in a ','
 * file): 1, with the columns some such alignment splits written to
 * cols[0..cap) ("'views' or 'likes'"), else 0. */
int loader_delim_thousands(const loader *L, const ct_csv_record *rec, char *cols, size_t cap);

/* One record of a borrowed buffer, in one pass; 1 when a row was added, 0
 * when the general path must take the record (nothing of it is kept). */
int loader_fast_row(loader *L);

/* ----------------------------------------------------- parallel_load.c */

/* Load the rest of the file in parallel blocks (or CT_EAGAIN_SERIAL). */
ct_status loader_run_parallel(loader *L, const char *path, ct_diag *diag);

#endif
