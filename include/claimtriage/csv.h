/* claimtriage/csv.h — streaming RFC 4180 tokenizer.
 * Layer: io (docs/design.md).
 *
 * Reads records one at a time from a file, a file descriptor or memory, in
 * constant memory (a buffer that grows only to the longest record). Accepts:
 * quoted fields with commas, doubled quotes and newlines; LF, CRLF or lone CR
 * line ends; a UTF-8 byte-order mark at the start (skipped). Blank lines are
 * skipped, as pandas does, and counted.
 *
 * A record that is not valid is still returned, with rec->error set, so the
 * caller decides whether to stop or skip; line numbers are physical lines
 * (1-based) on which the record starts, counting newlines inside quotes.
 *
 * Ownership: the fields of a record point into the reader's buffer and stay
 * valid until the next ct_csv_next() or ct_csv_close(). Not thread-safe.
 */
#ifndef CLAIMTRIAGE_CSV_H
#define CLAIMTRIAGE_CSV_H

#include "claimtriage/common.h"
#include "claimtriage/utf8.h" /* ct_utf8_valid: records are checked with it */
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_csv ct_csv;

/* Per-record problems, found by the tokenizer itself. */
typedef enum ct_csv_error {
    CT_CSV_OK = 0,
    CT_CSV_UNTERMINATED = 1, /* a quoted field runs to end of input */
    CT_CSV_AFTER_QUOTE = 2,  /* a character follows a closing quote */
    CT_CSV_BAD_UTF8 = 3,     /* the record is not valid UTF-8 */
    CT_CSV_NUL = 4           /* the record holds a NUL byte */
} ct_csv_error;

typedef struct ct_csv_field {
    const char *ptr; /* not NUL-terminated */
    size_t len;
    int quoted; /* 1 when the field was enclosed in quotes */
} ct_csv_field;

typedef struct ct_csv_record {
    const ct_csv_field *fields;
    size_t nfields;
    long line;          /* physical line where the record starts (1-based) */
    ct_csv_error error; /* CT_CSV_OK when the record is well formed */
    size_t error_field; /* field index the error was found in */
    long error_line;    /* physical line of the error */
} ct_csv_record;

typedef struct ct_csv_options {
    char delimiter;    /* default ',' */
    size_t chunk_size; /* read size in bytes, default 256 KiB */
} ct_csv_options;

CT_API ct_csv_options ct_csv_options_default(void);

/* Open a file by path ("-" is standard input). name is used in diagnostics. */
CT_API ct_status ct_csv_open_path(const char *path, const ct_csv_options *opt, ct_csv **out,
                                  ct_diag *diag);
/* Read from an open stream (not closed by ct_csv_close). */
CT_API ct_status ct_csv_open_file(FILE *fp, const char *name, const ct_csv_options *opt,
                                  ct_csv **out, ct_diag *diag);
/* Read from memory (borrowed; must outlive the reader). */
CT_API ct_status ct_csv_open_mem(const char *data, size_t len, const char *name,
                                 const ct_csv_options *opt, ct_csv **out, ct_diag *diag);
CT_API void ct_csv_close(ct_csv *r);

/* Next record. Returns CT_OK and fills *rec; at end of input returns CT_OK
 * with rec->fields == NULL and rec->nfields == 0. CT_EIO on a read error,
 * CT_ENOMEM when the buffer cannot grow. */
CT_API ct_status ct_csv_next(ct_csv *r, ct_csv_record *rec, ct_diag *diag);

/* Bytes consumed so far (for progress) and total bytes when known (0 if not). */
CT_API uint64_t ct_csv_bytes_read(const ct_csv *r);
CT_API uint64_t ct_csv_bytes_total(const ct_csv *r);
/* Blank lines skipped so far. */
CT_API uint64_t ct_csv_blank_lines(const ct_csv *r);
/* The name given at open, for diagnostics. */
CT_API const char *ct_csv_name(const ct_csv *r);

#ifdef __cplusplus
}
#endif
#endif
