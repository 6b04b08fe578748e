/* csv_internal.h — internal tokenizer hooks for the loader (frame.c).
 * Hidden symbols (not CT_API). */
#ifndef CT_CSV_INTERNAL_H
#define CT_CSV_INTERNAL_H

#include "claimtriage/csv.h"

#include <stddef.h>

/* Bytes past the end of data that every tokenizer buffer keeps readable
 * (the 16-byte scanner may look at them; it masks them off). */
#define CT_CSV_PAD 16

/* The filter that makes every lone CR an LF and keeps CR LF: lines then
 * number as claimtriage numbers them (a lone CR a line end), for the tools
 * a hint names that count LF line ends only (sed, awk: lf_lines.c,
 * shell_hint.c). */
#define CT_CSV_LONE_CR_TO_LF "perl -pe 's/\\r(?!\\n)/\\n/g'"

/* Tokenize buf[0..len) without copying: the end of buf is the end of input;
 * first_line is the physical line number of buf[0]; a leading byte-order
 * mark is skipped when skip_bom. buf is never written (it may be a read-only
 * mapping): field pointers point into it, except for fields with doubled
 * quotes, which are collapsed into the reader's scratch buffer (valid until
 * the next ct_csv_next). buf must outlive the reader and have CT_CSV_PAD
 * readable bytes past len. */
ct_status ct_csv_open_buffer(const char *buf, size_t len, const char *name, char delimiter,
                             long first_line, int skip_bom, ct_csv **out);
/* Physical line number where the next record starts. */
long ct_csv_line(const ct_csv *r);
/* Resume a reader opened on a stream that was repositioned mid-file: the
 * next record starts on `line`, and no byte-order mark is looked for. */
void ct_csv_resume(ct_csv *r, long line);

/* The first bytes of the input, before any record is read (a file-level
 * diagnosis looks at them): reads the first chunk when nothing is buffered
 * yet. *data gets the bytes from the very start of the input (a UTF-8
 * byte-order mark included; gzip input inflated), *len how many (NULL and
 * 0 once records were read). Returns CT_OK or the read's error. */
ct_status ct_csv_peek(ct_csv *r, const char **data, size_t *len, ct_diag *diag);
/* 1 when the bytes ct_csv_peek gives are the whole input (a file read to
 * its end by the first chunk, a mapped or memory input), so its last line
 * is complete with or without a line end (ct_csv_sniff's CT_SNIFF_WHOLE);
 * 0 when more may follow (gzip input not yet inflated to its end) or
 * records were read. */
int ct_csv_peek_whole(const ct_csv *r);

/* The loader's fast path over the reader's buffer: *buf is it (borrowed,
 * ct_csv_open_buffer, or the reader's own for a stream) and [*pos, *end)
 * bytes not yet read that hold whole lines only: all the bytes left at end
 * of input, else those up to the last '\n' read so far (so a record that
 * ends inside the view is whole; *pos >= *end when the next record must
 * come from ct_csv_next, which reads more). CT_CSV_PAD bytes past *end are
 * readable. Valid until the next ct_csv_next or ct_csv_skip_line. Returns
 * 0, or -1 before the first record was read and for a memory source
 * (ct_csv_open_mem: those records always take the general path). */
int ct_csv_view(const ct_csv *r, const char **buf, size_t *pos, size_t *end);
/* 1 when the input is used up and its last byte is no line end: the record
 * just read ran to the end of the file, which was cut inside it. */
int ct_csv_ended_inside_line(const ct_csv *r);
/* The caller consumed one record of one physical line, up to `pos`. */
void ct_csv_skip_line(ct_csv *r, size_t pos);

/* Line breaks, as counted everywhere a line number is given: LF, CRLF (one
 * break) and a lone CR (not followed by LF), as Python's csv module counts
 * them (its line_num, reading with newline=''), the file's own line ends
 * and those inside quoted fields alike (docs/formats.md).
 * ct_csv_line_breaks: how many breaks s[0..n) holds (a CR as its last byte
 * is one: what follows s is not looked at).
 * ct_csv_break_at: the offset of the first break in s[0..n), or n; *len
 * gets its length (2 for CRLF, else 1; 0 when there is none). */
size_t ct_csv_line_breaks(const char *s, size_t n);
size_t ct_csv_break_at(const char *s, size_t n, size_t *len);

/* CT_EIO with "cannot open: REASON" for path, whose open failed with
 * errno err; a symbolic link whose target does not exist names that
 * target (open_error.c). */
ct_status ct_io_open_error(ct_diag *diag, const char *path, int err);

/* ct_csv_sniff's check for fields separated by the delimiter and a space
 * (", "): CT_FILE_SPACE_AFTER_DELIMITER with *o's message and hints set,
 * else CT_FILE_TEXT (*o untouched). s[0..n): the window (sniff_space_after.c). */
ct_file_kind ct_sniff_space_after_delimiter(const char *s, size_t n, char delim, ct_file_sniff *o);

#endif
