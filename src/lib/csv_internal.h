/* csv_internal.h — internal tokenizer hooks for the parallel loader.
 * Hidden symbols (not CT_API). */
#ifndef CT_CSV_INTERNAL_H
#define CT_CSV_INTERNAL_H

#include "claimtriage/csv.h"

/* Bytes past the end of data that every tokenizer buffer keeps readable
 * (the 16-byte scanner may look at them; it masks them off). */
#define CT_CSV_PAD 16

/* Tokenize buf[0..len) in place (doubled quotes are collapsed inside buf),
 * without copying: the end of buf is the end of input; first_line is the
 * physical line number of buf[0]. No BOM is skipped. buf must outlive the
 * reader and have CT_CSV_PAD readable, initialised bytes past len. */
ct_status ct_csv_open_buffer(char *buf, size_t len, const char *name, char delimiter,
                             long first_line, ct_csv **out);
/* Physical line number where the next record starts. */
long ct_csv_line(const ct_csv *r);
/* Resume a reader opened on a stream that was repositioned mid-file: the
 * next record starts on `line`, and no byte-order mark is looked for. */
void ct_csv_resume(ct_csv *r, long line);

#endif
