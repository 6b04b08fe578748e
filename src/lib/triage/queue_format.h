/* queue_format.h — what a queue file is (its reader, queue_read.c) and
 * how a re-save may have written its ids (queue_id.c), for the readers of
 * queues (merge.c, queue_join.c). Internal to the triage layer. */
#ifndef CT_TRIAGE_QUEUE_FORMAT_H
#define CT_TRIAGE_QUEUE_FORMAT_H

#include "claimtriage/common.h"
#include "claimtriage/csv.h"

/* The queue's columns, in score's order: TRIAGE_QFIELDS; a queue written
 * before 2026-12-02 has no "model" column (TRIAGE_QOLD). */
#define TRIAGE_QFIELDS 9
#define TRIAGE_QOLD 8
extern const char *const triage_queue_columns[TRIAGE_QFIELDS];

/* At most so many of a queue's first bytes are kept for the file-level
 * checks (gzip input inflated). */
#define TRIAGE_HEAD_MAX ((size_t)1 << 16)

/* A queue being read under the one rule of what a queue is (queue_read.c,
 * docs/formats.md "Queues"), which merge and queue-eval share. */
typedef struct triage_queue {
    ct_csv *r;
    const char *path;  /* borrowed: names the file in messages */
    const char *again; /* borrowed: what to do, in hints ("score again") */
    char *head;        /* owned: the first bytes (NULL for an empty input) */
    size_t head_len;
    int head_whole; /* head holds the whole input (ct_csv_peek_whole) */
    size_t nf;      /* the header's fields: TRIAGE_QFIELDS or TRIAGE_QOLD */
    uint64_t rows;
    uint64_t unranked;                 /* rows with an empty rank */
    long first_unranked, first_ranked; /* their first lines */
    uint64_t eq, ne; /* rows with probability > 0 whose priority equals it / not */
} triage_queue;

/* One record of a queue, checked. fields valid until the next read. */
typedef struct triage_queue_row {
    const ct_csv_field *fields; /* q->nf fields; NULL at the end */
    long line;
    double rank; /* NaN when empty (score --no-sort) */
    double priority, probability;
} triage_queue_row;

/* Open path as a queue and read its header: CT_OK, or CT_EFORMAT (a
 * claimtriage artifact named as such, a JSONL queue, binary or UTF-16 text,
 * an empty file, a header that is not score's; the message names path and
 * the line, the hint the likely cause), the reader's CT_EIO, CT_ENOMEM.
 * command names the reader in messages ("merge"), again what to do in
 * hints ("score the shard again"); both borrowed, as path, for q's life.
 * Close q with triage_queue_close whatever the status. */
ct_status triage_queue_open(const char *path, const char *command, const char *again,
                            triage_queue *q, ct_diag *diag);
/* The next record, checked: CT_OK with row->fields (NULL at the end), or
 * CT_EFORMAT naming the file, the line and the value (a malformed record,
 * another field count than the header's, a rank neither empty nor a whole
 * number from 1 ("N.0" is N), ranked and unranked rows, a priority or a
 * probability not written as score writes numbers, a priority not finite,
 * a probability outside [0, 1], rows of both priority specs), CT_EIO. */
ct_status triage_queue_next(triage_queue *q, triage_queue_row *row, ct_diag *diag);
/* Close q's reader and free its bytes (q may be NULL). */
void triage_queue_close(triage_queue *q);

/* A ranked queue's rows, to check that they stand in the queue's order:
 * the ranks run 1, 2, ..., n, one a row, and along them a priority never
 * rises (queue_order.c). Zero it to start; triage_order_free releases it. */
typedef struct triage_order_row {
    double rank, priority;
    long line;
} triage_order_row;
typedef struct triage_order {
    triage_order_row *rows;
    size_t n, cap;
} triage_order;
/* Empty o for the next file (its memory kept). */
void triage_order_reset(triage_order *o);
/* One ranked row: CT_OK or CT_ENOMEM. */
ct_status triage_order_add(triage_order *o, double rank, double priority, long line);
/* CT_OK when the ranks, sorted, are 1 to the row count, each once, and no
 * row's priority is above that of the row ranked before it (equal ranks in
 * file order); CT_EFORMAT naming path and the line of the first rank that
 * repeats or follows a gap (with the line of the rank before it and the
 * ranks missing), else of the later row whose priority rises (both ranks
 * and priorities), the hint what to do (again, borrowed: "score the shard
 * again"); CT_ENOMEM. */
ct_status triage_order_check(const triage_order *o, const char *path, const char *again,
                             ct_diag *diag);
void triage_order_free(triage_order *o);

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

/* 1 when id[0..len) is a whole number written with sep grouping its
 * thousands ("3,996,582,623", "-1,234"; an optional '-', 1 to 3 digits,
 * then one or more groups of sep and 3 digits, then, when sep is not '.',
 * optionally '.' and digits), as a spreadsheet's number format writes it.
 * Defined in queue_id.c. */
int triage_id_grouped(const char *id, size_t len, char sep);

/* The key an id is matched by (docs/formats.md "Ids"), into buf (cap
 * bytes, NUL-terminated, cut at cap - 1), its length: id without the
 * spaces and tabs around it, without its thousands separators when it is
 * a number grouped with ',' (triage_id_grouped), and without the ".0" of
 * a whole number written as a float (triage_id_float_int_len). Score's
 * repeated-id check, merge's shared-id check and queue-eval's join (and
 * run's, which is queue-eval's) compare ids by it. Leading zeros stay
 * ("00123" is not "123"). Defined in queue_id.c. */
size_t triage_id_key(const char *id, size_t len, char *buf, size_t cap);

/* An id as score writes it (docs/formats.md "Ids"), in place in the
 * NUL-terminated buf: without the spaces and tabs around it, and, when
 * thousands is not 0 (the --thousands of the reports file), without its
 * thousands separators when it is a number grouped with them, as evaluate
 * --predictions writes the number the load read. Defined in queue_id.c. */
void triage_id_tidy(char *buf, char thousands);

#endif
