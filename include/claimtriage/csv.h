/* claimtriage/csv.h — streaming RFC 4180 tokenizer, and a CSV writer.
 * Layer: io (docs/design.md).
 *
 * Reads records one at a time from a file, a file descriptor or memory, in
 * constant memory (a buffer that grows only to the longest record). Accepts:
 * quoted fields with commas, doubled quotes and newlines; LF, CRLF or lone CR
 * line ends; a UTF-8 byte-order mark at the start (skipped). Blank lines are
 * skipped, as pandas does, and counted. Input that starts with the gzip
 * magic bytes is inflated on the fly (zlib), whatever the source.
 *
 * A record that is not valid is still returned, with rec->error set, so the
 * caller decides whether to stop or skip; line numbers are physical lines
 * (1-based) on which the record starts, counting newlines inside quotes.
 *
 * Ownership: the fields of a record point into the reader's buffer and stay
 * valid until the next ct_csv_next() or ct_csv_close(). Not thread-safe.
 *
 * Writing (ct_csv_writer, csv_write.c) is the reverse: fields one at a time,
 * quoted only where a reader needs it (RFC 4180), numbers in a form that
 * reads back to the same double. Writing a frame is ct_frame_write_csv
 * (claimtriage/frame.h), which uses it.
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

/* Open a file by path ("-" is standard input); the path names it in
 * diagnostics. opt NULL means defaults. CT_OK; CT_EIO (cannot open, a
 * directory); CT_EINVAL (path NULL, a delimiter that is a quote, CR, LF or NUL);
 * CT_ENOMEM. *out NULL on error. The openers below return the same, less
 * CT_EIO. */
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
 * CT_EFORMAT for gzip data that is corrupt or cut short, CT_ENOMEM when the
 * buffer cannot grow. */
CT_API ct_status ct_csv_next(ct_csv *r, ct_csv_record *rec, ct_diag *diag);

/* Bytes consumed so far (for progress) and total bytes when known (0 if not). */
CT_API uint64_t ct_csv_bytes_read(const ct_csv *r);
CT_API uint64_t ct_csv_bytes_total(const ct_csv *r);
/* Progress through the input for a progress bar: *done of *total, with
 * *done <= *total; *total is 0 when the size is not known (standard input),
 * *done then being the bytes consumed. Plain input counts the bytes
 * consumed of the file's size; gzip input, whose inflated size is not known
 * ahead, the compressed bytes inflated so far of the compressed size (so
 * *done reaches *total at the end of the data, as the whole-file load's
 * inflated-bytes count does). */
CT_API void ct_csv_progress(const ct_csv *r, uint64_t *done, uint64_t *total);
/* Blank lines skipped so far. */
CT_API uint64_t ct_csv_blank_lines(const ct_csv *r);
/* The name given at open, for diagnostics. */
CT_API const char *ct_csv_name(const ct_csv *r);

/* ---- rows swallowed by a stray quote ----
 * A quote with no pair opens a quoted field that runs over the lines after
 * it, delimiters and all, up to the next quote (or the end of the file):
 * the rows between are read as text of one field, and the record can even
 * come out with the right field count. ct_csv_swallowed looks for that in
 * a record, by evidence (docs/cli.md, "Rows swallowed by a stray quote"): a
 * quoted field holding line breaks whose lines after the first look like
 * records. A line looks like a record when it holds at least as many
 * delimiters as the header (the delimiters after the field's closing
 * quote counted for its last line) and, when the record's first value is
 * not empty and lies before the field, its first value has the same shape
 * (digits, letters and other characters, runs of a kind taken as one:
 * "7" and "123" alike). The field is taken as swallowed rows when the
 * header has at least 3 fields, at least half of its non-empty lines
 * after the first look like records, and one of them lies wholly inside
 * the field (a line between two of its line breaks, or after one when the
 * quote is never closed): a transcript's own line breaks hold no row's
 * worth of delimiters. When only a field's last line looks like a record
 * (a field over two lines, "a, b\n4, c",...), the evidence is weak: a
 * stray quote on each of two adjacent lines, or a transcript. */
typedef struct ct_csv_swallow {
    size_t field;     /* the field (0-based) whose quote opened */
    long first_line;  /* the line the quote opened on */
    long last_line;   /* the line it closed on (the last line read for an unterminated one) */
    size_t lines;     /* non-empty lines inside the field after its first */
    size_t like_rows; /* of them, those that look like records */
} ct_csv_swallow;

/* 1 with *out filled when record rec (as ct_csv_next returns it; any
 * rec->error) has a quoted field that swallowed lines looking like
 * records, judged against a header of header_fields fields delimited by
 * delimiter; 2 with *out filled when the evidence is weak (only a field's
 * last line looks like a record); else 0. out may be NULL. Only quoted
 * fields are searched for line ends (an unquoted field, as ct_csv_next
 * returns it, holds none), with memchr: it runs on every record a loader
 * reads. Pure function; thread-safe. */
CT_API int ct_csv_swallowed(const ct_csv_record *rec, size_t header_fields, char delimiter,
                            ct_csv_swallow *out);

/* ---- what a file is: a file-level diagnosis ----
 * A loader that gets bad rows or a one-column header from a file that is
 * not delimited text (or not delimited as told) would otherwise blame one
 * line with a guess. ct_csv_sniff looks at the start of the file (its
 * first bytes, at most the first 64 KiB are used) and names the cause
 * with its evidence (io/sniff.c): */
typedef enum ct_file_kind {
    CT_FILE_TEXT = 0,                  /* nothing against reading it as delimited text */
    CT_FILE_BINARY = 1,                /* zip/xlsx, zstd, xz, bzip2, 7z, OLE2 .xls, PDF magic bytes
                                    (gzip is read transparently, never flagged) */
    CT_FILE_UTF16 = 2,                 /* byte-order mark or NUL pattern of UTF-16 */
    CT_FILE_UTF32 = 3,                 /* byte-order mark or NUL pattern of UTF-32 */
    CT_FILE_HTML = 4,                  /* a document of another text format: an HTML page or
                                    XML document (past blanks and <!-- comments -->), JSON
                                    or JSON Lines, a Jupyter notebook, a Markdown table, or
                                    an HTTP server's error body (a failed download) */
    CT_FILE_LFS_POINTER = 5,           /* a Git LFS pointer file instead of the data */
    CT_FILE_OTHER_DELIMITER = 6,       /* ';', tab, '|' or ',' is the file's delimiter (counted
                                    consistently on the next lines), not the one told; or
                                    the header and the rows use different delimiters */
    CT_FILE_SEP_LINE = 7,              /* the first line is Excel's delimiter line "sep=X", not a
                                    header */
    CT_FILE_HEADER_SHORT = 8,          /* every data line in the window holds the same number of
                                    fields, more than the header: row names without a name
                                    in the header (R's write.table), or a delimiter that ends
                                    every data line and not the header */
    CT_FILE_HEADER_LONG = 9,           /* the header line ends with empty names (delimiters) that
                                    no data line in the window has */
    CT_FILE_PREAMBLE = 10,             /* one to five lines without the delimiter above lines that
                                    all hold the same number of fields: a title above the
                                    header */
    CT_FILE_SPACE_AFTER_DELIMITER = 11 /* every field after the first begins with a space on
                                    the header and (nearly) every line: fields separated
                                    by ", " (pandas: skipinitialspace=True) */
} ct_file_kind;

/* What ct_csv_sniff checks (bits). */
#define CT_SNIFF_FILE 1u      /* the kinds other than CT_FILE_OTHER_DELIMITER */
#define CT_SNIFF_DELIMITER 2u /* CT_FILE_OTHER_DELIMITER */
#define CT_SNIFF_ALL 3u
/* data[0..len) is the whole input, not its first bytes: a last line
 * without a line end is then complete and counts as a line (a header and
 * one row saved without a final line end). Without it such a line may be
 * cut by the read, and the window's checks leave it out. */
#define CT_SNIFF_WHOLE 4u

typedef struct ct_file_sniff {
    ct_file_kind kind;
    char delimiter; /* CT_FILE_OTHER_DELIMITER: the delimiter the file seems to use */
    char message[CT_DIAG_MSG_MAX]; /* what the file is and the evidence, "" for TEXT */
    char hint[CT_DIAG_MSG_MAX];    /* what to do: "FILE" stands for the file's name, "$CMD"
                                      for the command below (render: ct_file_sniff_hint) */
    char cmd[96];     /* the filter the hint suggests ("iconv -f UTF-16 -t UTF-8"), or "" */
    int cmd_arg;      /* 1: cmd takes the file as its last argument, 0: on its input */
    char cmd_out[16]; /* what names its output file ("utf8": NAME-utf8.csv) */
    /* the hint for standard input when `hint` names FILE: a pipe form
     * ("decompress it first: ... | zstd -d > data.csv"), "" otherwise */
    char pipe_hint[256];
    /* 1: cmd counts lines as sed does (LF line ends only, "sed -e 2d"): the
     * rendered hint makes every lone CR an LF first when the file holds one
     * or cannot be read again (standard input), as the awk hints do */
    int cmd_lf_lines;
} ct_file_sniff;

/* Judge data[0..len), the first bytes of a file, as read with `delimiter`.
 * checks: CT_SNIFF_* bits (CT_SNIFF_ALL; without CT_SNIFF_DELIMITER for a
 * delimiter given deliberately). Magic bytes count only with binary
 * evidence beside them (a NUL or invalid UTF-8 in the first 512 bytes), so
 * text never reads as a container. Another delimiter is reported when a
 * candidate (';', tab, '|', ',') stands outside quotes on at least 4 in 5
 * of the next complete lines as often as on the header, and the header
 * holds none of `delimiter` (a header alone: the candidate at least
 * twice); or it holds some, at most as many as of the candidate, and
 * `delimiter` is not that consistent (a name 'views, total' in a ';'
 * file); or both are consistent, the candidate on every line (at least
 * 2) and more often than `delimiter` (a ';' file whose decimal commas
 * match the header's ','). When the header holds k of one and none of
 * another that (nearly) every data line holds k times, while the
 * header's is not consistent, the header and the rows use different
 * delimiters (CT_FILE_OTHER_DELIMITER, `delimiter` set to the rows'). A header that names fewer fields than every one of at
 * least two complete data lines holds (all holding the same number) is
 * CT_FILE_HEADER_SHORT; a header ending with as many empty names as it has
 * fields more than every such line is CT_FILE_HEADER_LONG. Returns out->kind (CT_FILE_TEXT when nothing is wrong).
 * The window's checks (another delimiter, a short or long header, ", ")
 * count the last line only when it ends with a line end, or when checks
 * holds CT_SNIFF_WHOLE and len is within the window.
 * Pure function of its input; thread-safe. Source of the delimiter rule:
 * Python's csv.Sniffer (a delimiter is the character with a consistent
 * count per line). */
CT_API ct_file_kind ct_csv_sniff(const char *data, size_t len, char delimiter, unsigned checks,
                                 ct_file_sniff *out);

/* ---- shell commands in hints ----
 * Every hint that prints a shell command renders its input part with these
 * (io/shell_hint.c), so the command runs as printed: */

/* s as one shell word into dst[0..cap) (always terminated, cut at cap):
 * as it is when it holds only letters, digits, UTF-8 and _./+,:=@%-,
 * else in single quotes (' written '\''), or as bash's $'...' with
 * \xHH for each byte of a character that cannot be typed from how it
 * looks (a control byte, an odd space such as U+00A0, an invisible format
 * or bidi control, a joiner: $'claim\xc2\xa0'); "./" before a name starting
 * with '-', so no command reads it as an option. Returns the bytes
 * written. */
CT_API size_t ct_shell_word(char *dst, size_t cap, const char *s);
/* The same for an option's value written after its '=' (--na-values=VALUE):
 * quoted alike, but a leading '-' is kept as it is, never given "./" (the
 * option's name before it is what the command reads; before 2026-12-04
 * --na-values=./-Infinity: tests/cli/train_infinite_as_written). */
CT_API size_t ct_shell_option_value(char *dst, size_t cap, const char *s);

/* The command line that runs `filter` (e.g. "iconv -f cp1252 -t utf-8",
 * "tr -d '\000'") over the input named path, into dst[0..cap):
 *   standard input (path "-" or NULL):  ... | FILTER > OUT.csv
 *                                       (... | zcat | FILTER > OUT.csv for gzip)
 *   gzip input (gzip != 0):             zcat PATH | FILTER > NAME-OUT.csv
 *   otherwise:                          FILTER PATH > NAME-OUT.csv
 *                                       (FILTER < PATH > ... when !file_arg)
 * PATH quoted by ct_shell_word; NAME is path's base name without ".gz" and
 * ".csv"/".tsv"/".txt" (OUT.csv when that would be empty or start with '-'
 * or '.'), written in the current directory. */
CT_API void ct_shell_filter(char *dst, size_t cap, const char *filter, int file_arg,
                            const char *path, int gzip, const char *out);
/* The same with a second filter after a pipe: "FILTER PATH | THEN >
 * NAME-OUT.csv" (zcat first for gzip input, "... | FILTER | THEN > OUT.csv"
 * for standard input); filter takes the file as its last argument. */
CT_API void ct_shell_filter_then(char *dst, size_t cap, const char *filter, const char *then,
                                 const char *path, int gzip, const char *out);

/* Lines as sed, tail, head and awk number them: LF line ends only, where
 * every line number given here counts a lone CR too (ct_csv_line_breaks,
 * docs/formats.md). Lines first..last (1 <= first <= last, as counted
 * here) of the file at path (gzip inflated) lie on LF lines
 * *lf_first..*lf_last. Returns 1 when those LF lines hold nothing else but
 * CRs (blank lines, which readers skip): deleting them deletes exactly
 * those lines; 0 when they hold other lines too (a lone CR before line
 * first or after line last); -1 when the input cannot be read again
 * (standard input "-", a pipe, a FIFO, a read error) or no longer holds
 * line first: *lf_first, *lf_last are then first and last. Reads the file
 * up to the end of line last (O(1) memory). */
CT_API int ct_csv_lf_lines(const char *path, long first, long last, long *lf_first, long *lf_last);
/* 1 when the file at path (gzip inflated) holds a lone CR (a CR not
 * followed by LF: the line ends of old Mac exports, or one inside a quoted
 * field), which sed, awk, head and tail count as no line end; 0 when it
 * holds none; -1 when the input cannot be read again (standard input "-",
 * a pipe, a FIFO, a read error). Reads the file up to its first lone CR
 * (O(1) memory). */
CT_API int ct_csv_lone_cr(const char *path);
/* The command deleting lines first..last (as counted here) of the input
 * named path into NAME-OUT.csv (ct_shell_filter's names), into dst[0..cap):
 * "sed 'A,Bd' PATH > ..." with sed's own line numbers when
 * ct_csv_lf_lines returns 1; otherwise (lines sharing sed's lines with
 * others, or an input not read again) "perl -pe 's/\r(?!\n)/\n/g' PATH |
 * sed 'first,lastd' > ...", whose lone CRs made LF number the lines as
 * here. why[0..wcap) gets "" when the command's numbers are ours, else a
 * parenthesis (a leading space, for after "delete it") saying why they
 * differ or why the CRs are made LF. */
CT_API void ct_shell_delete_lines(char *dst, size_t cap, char *why, size_t wcap, const char *path,
                                  int gzip, long first, long last, const char *out);
/* The tail command that prints the input from byte off of s on (s: the
 * input's first bytes, off <= their count; off at a line's start):
 * "tail -n +K" when the LF line off falls on holds only CRs before off
 * (blank lines), else "tail -c +(off + 1)" (a lone CR ends the line before
 * off: tail's lines are not ours). */
CT_API void ct_shell_tail_from(char *dst, size_t cap, const char *s, size_t off);
/* The command that drops the header lines repeated inside the input named
 * path (files joined with cat): every later line equal to the first, a
 * byte-order mark or a CR at the end aside, into dst[0..cap), rendered by
 * ct_shell_filter (gzip input through zcat), the output NAME-noheaders.csv.
 * awk counts LF line ends only: when the input holds a lone CR
 * (ct_csv_lone_cr; a CR-only file, or a part of one joined to others) or
 * cannot be read again (standard input), every lone CR is made LF first,
 * "perl -pe 's/\r(?!\n)/\n/g' PATH | awk ..." (before 2026-12-07 the awk
 * read a CR-only file as one line and dropped nothing:
 * tests/cli/files_awk_hint_lone_cr). */
CT_API void ct_shell_drop_header_lines(char *dst, size_t cap, const char *path, int gzip);
/* The command that renames header fields from[k] to to[k] (k < n) in the
 * first line of the input named path, delimited by delim: a field equal
 * to from[k] (compared without double quotes, and without the CR of a
 * CRLF line, which is kept) becomes to[k]; every other byte is copied.
 * Rendered by ct_shell_filter, the output NAME-renamed.csv; when the
 * header's line ends in a lone CR (a CR-only file: awk's first line would
 * be the whole file, its last name joined to the next line's first) or
 * the input cannot be read again, every lone CR is made LF first, as for
 * ct_shell_drop_header_lines (tests/cli/files_awk_hint_lone_cr). Returns 1, or
 * 0 (dst "") when a name holds a quote, a backslash or a character other
 * than printable ASCII, or the command would not fit: such a header is
 * renamed by hand. */
CT_API int ct_shell_rename_header(char *dst, size_t cap, const char *path, int gzip, char delim,
                                  const char *const *from, const char *const *to, size_t n);

/* fs->hint for the input named path (gzip: it was gzip data) into
 * dst[0..cap): "$CMD" rendered by ct_shell_filter from fs->cmd, cmd_arg
 * and cmd_out, "FILE" as ct_shell_word(path). For standard input (path
 * "-" or NULL) a hint naming FILE is fs->pipe_hint instead, a form that
 * reads a pipe ("... | zstd -d > data.csv", "..." the command writing
 * the data; " | zcat" after it for gzip input); before 2026-12-03 it
 * printed a literal FILE (tests/cli/files_hint_stdin_pipe). For a gzip
 * file (gzip != 0) a hint naming FILE and no "$CMD" is fs->pipe_hint too,
 * with "zcat FILE" for "...", so a converter reads the inflated bytes
 * (before 2026-12-04 it read the compressed file:
 * tests/cli/files_not_csv_gzip_wrapped). */
CT_API void ct_file_sniff_hint(char *dst, size_t cap, const ct_file_sniff *fs, const char *path,
                               int gzip);

/* 1 when the input r reads was gzip data, inflated as it is read (known
 * once the first bytes were read: after ct_csv_peek or ct_csv_next). */
CT_API int ct_csv_is_gzip(const ct_csv *r);

/* The UTF-8 byte-order marks stepped over at the start of the input
 * (after the first record was read): 0, 1, or more for a file given one
 * twice (every one is skipped; pandas skips the first only). */
CT_API int ct_csv_boms(const ct_csv *r);

/* ---- writing ---- */

typedef struct ct_csv_write_options {
    char delimiter;      /* default ','; not a quote, CR, LF or NUL */
    const char *newline; /* record terminator: "\n" (default, as pandas on Unix) or "\r\n" */
} ct_csv_write_options;

CT_API ct_csv_write_options ct_csv_write_options_default(void);
/* NULL when valid, else a static message. o NULL is valid: the defaults,
 * as the writers take it. */
CT_API const char *ct_csv_write_options_check(const ct_csv_write_options *o);

/* How a number is written (ct_csv_format_num). Both read back to the same
 * double (ct_frame_load, pandas, Python's float()). */
typedef enum ct_csv_num_style {
    /* whole numbers as integers, as pandas writes an int column: "343296",
     * "-7" (|x| < 1e21; larger ones as CT_CSV_NUM_FLOAT); other values as
     * CT_CSV_NUM_FLOAT */
    CT_CSV_NUM_INT = 0,
    /* Python's repr(float), as pandas writes a float column: the shortest
     * digits that read back (found by trying 15, 16 and 17 significant
     * digits; rarely 17 where Python finds 16, at a power of two), fixed notation for exponents -4..15 with
     * ".0" on whole values ("0.1", "343296.0", "0.0001"), else scientific
     * ("1e+16", "1.5e-05"); "inf", "-inf" */
    CT_CSV_NUM_FLOAT = 1
} ct_csv_num_style;

/* Bytes a formatted number needs at most, NUL included. */
#define CT_CSV_NUM_MAX 32
/* Format x into buf (at least CT_CSV_NUM_MAX bytes) in the C locale's form
 * (the caller's LC_NUMERIC must have '.' as decimal point, as everywhere in
 * the library); NaN gives "" (a missing value). Returns the length. */
CT_API size_t ct_csv_format_num(char *buf, double x, ct_csv_num_style style);
/* 1 when field s[0..n) must be quoted: it holds the delimiter, a quote, CR
 * or LF, or starts or ends with a space or a tab (which readers may trim). */
CT_API int ct_csv_needs_quotes(const char *s, size_t n, char delimiter);

typedef struct ct_csv_writer ct_csv_writer;

/* A writer of records to fp (not closed by the writer; name is used in
 * diagnostics). Each record is assembled in memory and written whole at
 * ct_csv_write_end_record. Returns CT_OK, CT_EINVAL (bad options, *diag
 * says which), CT_ENOMEM. Not thread-safe. */
CT_API ct_status ct_csv_writer_open(FILE *fp, const char *name, const ct_csv_write_options *opt,
                                    ct_csv_writer **out, ct_diag *diag);
/* Append one field to the current record: a string s[0..n) (quoted with
 * doubled quotes when ct_csv_needs_quotes, or when it would otherwise look
 * like a byte-order mark at the start of the file), a number (NaN: an empty
 * field), or an empty (missing) field. CT_ENOMEM, or a write error recorded
 * earlier (CT_EIO); the writer keeps the first error. */
CT_API ct_status ct_csv_write_field(ct_csv_writer *w, const char *s, size_t n);
CT_API ct_status ct_csv_write_num(ct_csv_writer *w, double x, ct_csv_num_style style);
CT_API ct_status ct_csv_write_missing(ct_csv_writer *w);
/* End the record and write it. A record of one empty field is written as
 * "" so that it is not read back as a blank line (which readers skip).
 * CT_EIO when fp reports an error, CT_ENOMEM. */
CT_API ct_status ct_csv_write_end_record(ct_csv_writer *w);
/* Flush fp and free the writer. Returns the first error of the writer's
 * life (CT_EIO with the system's message in *diag, CT_ENOMEM) or CT_OK. A
 * record not ended is dropped. Accepts NULL (CT_OK). */
CT_API ct_status ct_csv_writer_close(ct_csv_writer *w, ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
