/* queue_format.h — which kind of queue file a path holds, and how a
 * re-save may have written its ids, for the readers of queues (merge.c,
 * queue_join.c). Internal to the triage layer. */
#ifndef CT_TRIAGE_QUEUE_FORMAT_H
#define CT_TRIAGE_QUEUE_FORMAT_H

#include "claimtriage/common.h"
#include "claimtriage/csv.h"

/* The first bytes of a queue, copied from its reader before any record is
 * read (at most TRIAGE_HEAD_MAX bytes; gzip input inflated): the file-level
 * checks below look at them after the header was read. Taken from the
 * reader, never by opening the path again, so that a queue read once only
 * (standard input, a pipe such as bash's <(cmd), a FIFO) is judged the same
 * as a regular file (before 2026-12-03 a second open of /dev/fd/63 ate the
 * pipe's first bytes and the queue read as "malformed"). */
#define TRIAGE_HEAD_MAX ((size_t)1 << 16)
typedef struct triage_head {
    char *data; /* owned; NULL when the input is empty */
    size_t len;
} triage_head;

/* Fill *h from r (opened, no record read yet): CT_OK, the read's error, or
 * CT_ENOMEM. *h is empty on error; free with triage_head_free. Defined in
 * merge.c. */
ct_status triage_head_take(ct_csv *r, triage_head *h, ct_diag *diag);
/* Free h's bytes (h may be NULL); h is empty after. */
void triage_head_free(triage_head *h);

/* 1 when the queue's first bytes (h) start with '{' (after a byte-order
 * mark and white space): a JSONL queue (score --format jsonl), which merge
 * and queue-eval name as such instead of "malformed record"; 0 otherwise.
 * Defined in merge.c. */
int triage_looks_jsonl(const triage_head *h);

/* Into diag's hint (diag may be NULL): the likely cause of a queue record
 * with nfields fields where the header has want: cut short (a file copied
 * or written in part) or edited (an unquoted comma); `again` names what to
 * do, e.g. "score again". Defined in merge.c. */
void triage_damaged_record_hint(ct_diag *diag, size_t nfields, size_t want, const char *again);

/* When the queue whose first bytes are h (read from path) is judged as a
 * whole by ct_csv_sniff (a 'sep=' line, another delimiter, UTF-16, an HTML
 * page, ...: a queue re-saved by a spreadsheet, or not a queue): sets diag
 * (CT_EFORMAT, path, the evidence, a hint for a queue) and returns 1; 0
 * otherwise. For a reader whose header is not a queue's. Defined in
 * merge.c. */
int triage_file_diagnosis(const triage_head *h, const char *path, ct_diag *diag);

/* Before a queue's header is read: when the start of r (opened on path)
 * is binary by ct_csv_sniff (a zip, a PDF, a block of NUL bytes, which
 * holds no line end and would be read to the end of the input first:
 * forever from /dev/zero) or UTF-16/UTF-32 text, sets diag (CT_EFORMAT, the evidence and the
 * sniff's hint) and returns 1; 0 otherwise. Defined in merge.c. */
int triage_binary_start(ct_csv *r, const char *path, ct_diag *diag);

/* 1 when an id reads as a number in scientific notation, as a spreadsheet
 * writes a long number it shows so (5.81323E+09: a mantissa of one digit,
 * optional decimals, E or e, an exponent with its sign, which spreadsheets
 * always write, so a hex id such as 1e0f3 is none): a queue re-saved so has
 * lost its ids' last digits, so they match no report and may collide.
 * Defined in queue_id.c. */
int triage_id_scientific(const char *id, size_t len);

/* The hint for ids in scientific notation (triage_id_scientific): a
 * static string. */
extern const char triage_scientific_hint[];

/* The length of id[0..len) without its ".0" when it is a whole number
 * written as a float ("5813227867.0", "-12.00": digits, with an optional
 * '-', a '.' and one or more zeros), as pandas re-saves an integer column
 * holding an empty cell (the column becomes float): the id is the integer
 * N, which the queue's other files and the labels write as "N". len for
 * any other id (leading zeros are kept: "00123" is not "123", a text id's
 * bytes). Defined in queue_id.c. */
size_t triage_id_float_int_len(const char *id, size_t len);

/* The leading zeros of an id of digits ("00123": 2; "0": 0), 0 for an id
 * holding anything else. Leading zeros make another id ("00123" is not
 * "123": a text id's bytes), but a re-save that read ids as numbers (a
 * spreadsheet, pandas without dtype=str) drops them, so the readers of
 * queues name that cause when ids match only without them. Defined in
 * queue_id.c. */
size_t triage_id_leading_zeros(const char *id, size_t len);

#endif
