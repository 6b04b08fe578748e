/* queue_read.c — the one rule of what a queue is, for both of its readers
 * (merge.c, queue_join.c): the file (not a claimtriage artifact, not a
 * JSONL queue, not binary or UTF-16 text), the header (score's columns, in
 * score's order: 9, or 8 before 2026-12-02), and each record (the header's
 * field count; a rank empty or a whole number from 1, every row's or
 * none; a priority and a probability written as score writes numbers, the
 * probability in [0, 1]; rows of one priority spec). Before 2026-12-04
 * each reader had its own rule and each accepted an edited queue the other
 * refused (merge a rank 'abc', queue-eval a probability 1.5, a priority
 * 'nan', a file of 3 columns): tests/cli/queue_rule_one. docs/formats.md,
 * "Queues". */
#include "claimtriage/artifact.h"
#include "claimtriage/csv.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/queue_eval.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/triage.h"
#include "io/csv_internal.h"
#include "triage/queue_format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const triage_queue_columns[TRIAGE_QFIELDS] = {
    "rank", "id", "priority", "probability", "predicted", "status", "flags", "reasons", "model"};

/* The first bytes of the queue, copied from its reader before any record
 * is read, never by opening the path again, so that a queue read once only
 * (standard input, a pipe such as bash's <(cmd), a FIFO) is judged the
 * same as a regular file (before 2026-12-03 a second open of /dev/fd/63
 * ate the pipe's first bytes and the queue read as "malformed"). */
static ct_status head_take(triage_queue *q, ct_diag *diag)
{
    const char *head = NULL;
    size_t n = 0;
    const ct_status s = ct_csv_peek(q->r, &head, &n, diag);
    if (s != CT_OK || !head || n == 0)
        return s;
    q->head_whole = n <= TRIAGE_HEAD_MAX && ct_csv_peek_whole(q->r);
    n = n < TRIAGE_HEAD_MAX ? n : TRIAGE_HEAD_MAX;
    if (!(q->head = ct_malloc(n)))
        return ct_diag_set(diag, CT_ENOMEM, q->path, 0, 0, "out of memory");
    memcpy(q->head, head, n);
    q->head_len = n;
    return CT_OK;
}

/* A JSONL queue (score --format jsonl) starts with '{' (after a byte-order
 * mark and white space): said so rather than "malformed record". */
static int looks_jsonl(const triage_queue *q)
{
    const char *h = q->head;
    size_t i = q->head_len >= 3 && memcmp(h, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < q->head_len && (h[i] == ' ' || h[i] == '\t' || h[i] == '\n' || h[i] == '\r'))
        i++;
    return i < q->head_len && h[i] == '{';
}

/* A claimtriage artifact (a model file, a --json output: they start with
 * '{' too) named as what it is, as the data loader names it, and the queue
 * said to be score's -o output (before 2026-12-04 "this is a JSONL queue",
 * whose advice fits neither: tests/cli/queue_given_an_artifact). */
static int artifact(const triage_queue *q, ct_diag *diag)
{
    if (!ct_artifact_misplaced(q->head, q->head_len, q->path, "a queue", diag))
        return 0;
    if (diag)
        snprintf(diag->hint, sizeof diag->hint,
                 "a queue is the CSV file score writes with -o QUEUE (or merge with -o): "
                 "give that file here");
    return 1;
}

/* When the queue's first bytes are judged as a whole by ct_csv_sniff (a
 * 'sep=' line, another delimiter, an HTML page, ...: a queue re-saved by a
 * spreadsheet, or not a queue): diag set, 1; 0 otherwise. For a header
 * that is not a queue's. */
static int file_diagnosis(const triage_queue *q, ct_diag *diag)
{
    ct_file_sniff fs;
    if (!q->head ||
        ct_csv_sniff(q->head, q->head_len, ',', CT_SNIFF_ALL | (q->head_whole ? CT_SNIFF_WHOLE : 0),
                     &fs) == CT_FILE_TEXT)
        return 0;
    ct_diag_set(diag, CT_EFORMAT, q->path, 0, 0, "%s", fs.message);
    if (!diag)
        return 1;
    if (fs.kind == CT_FILE_OTHER_DELIMITER || fs.kind == CT_FILE_SEP_LINE) {
        snprintf(diag->hint, sizeof diag->hint, "%s",
                 "a queue is written with ',' and no 'sep=' line: re-saved from a "
                 "spreadsheet? score again (or export it as CSV with ',')");
    } else if (fs.kind == CT_FILE_SPACE_AFTER_DELIMITER || fs.kind == CT_FILE_PREAMBLE ||
               fs.kind == CT_FILE_HEADER_SHORT || fs.kind == CT_FILE_HEADER_LONG) {
        /* delimited text laid out otherwise than score writes it (a queue
         * re-saved with ", ", a title line, row names): the file's own
         * repair with the other way out; before 2026-12-07 "not a queue
         * written by claimtriage score" under a message about its fields
         * (tests/cli/queue_space_after_delimiter) */
        char fix[CT_DIAG_MSG_MAX];
        ct_file_sniff_hint(fix, sizeof fix, &fs, q->path, ct_csv_is_gzip(q->r));
        snprintf(diag->hint, sizeof diag->hint,
                 "not as score writes a queue (',' alone, its header on line 1, no row names): "
                 "score again, or repair this file: %.1900s",
                 fix);
    } else {
        snprintf(diag->hint, sizeof diag->hint, "%s",
                 "not a queue written by claimtriage score: score again");
    }
    return 1;
}

/* Before the header is read: a start that is binary by ct_csv_sniff (a
 * zip, a PDF, a block of NUL bytes, which holds no line end and would be
 * read to the end of the input first: forever from /dev/zero) or
 * UTF-16/UTF-32 text (PowerShell 5's `score ... > queue.csv` writes UTF-16
 * with a byte-order mark, which before 2026-12-03 was "line 1: malformed
 * queue record": tests/cli/queue_eval_utf16_queue): diag set, 1. */
static int binary_start(const triage_queue *q, ct_diag *diag)
{
    const char *head;
    size_t n;
    ct_file_sniff fs;
    if (ct_csv_peek(q->r, &head, &n, NULL) != CT_OK || !head)
        return 0;
    const ct_file_kind k = ct_csv_sniff(head, n, ',', CT_SNIFF_FILE, &fs);
    if (k != CT_FILE_BINARY && k != CT_FILE_UTF16 && k != CT_FILE_UTF32)
        return 0;
    ct_diag_set(diag, CT_EFORMAT, q->path, 0, 0, "%s", fs.message);
    if (diag)
        ct_file_sniff_hint(diag->hint, sizeof diag->hint, &fs, q->path, ct_csv_is_gzip(q->r));
    return 1;
}

/* 1 when a field of header h is exactly name */
static int has_field(const ct_csv_record *h, const char *name)
{
    const size_t want = strlen(name);
    for (size_t j = 0; j < h->nfields; j++)
        if (h->fields[j].len == want && memcmp(h->fields[j].ptr, name, want) == 0)
            return 1;
    return 0;
}

/* A header holding every column of a queue and more: the queue re-saved
 * with columns added, most often pandas' row index (to_csv writes it, as a
 * first column without a name, unless index=False); the hint says so. */
static void extra_columns_hint(const ct_csv_record *h, const char *again, ct_diag *diag)
{
    if (!diag || h->nfields <= TRIAGE_QOLD)
        return;
    const size_t qn = has_field(h, "model") ? TRIAGE_QFIELDS : TRIAGE_QOLD;
    if (h->nfields <= qn)
        return;
    for (size_t i = 0; i < qn; i++)
        if (!has_field(h, triage_queue_columns[i]))
            return;
    const int index = h->fields[0].len == 0 ||
                      (h->fields[0].len == 10 && memcmp(h->fields[0].ptr, "Unnamed: 0", 10) == 0);
    /* the first column the queue does not hold, named when it is not a
     * row index: a column added by hand ('note') is not pandas' index, so
     * the hint does not blame to_csv for it (before 2026-12-06 it did:
     * tests/cli/merge_header_columns_named) */
    size_t extra = 0;
    for (size_t j = 0; j < h->nfields && !extra; j++) {
        size_t i = 0;
        while (i < qn && (h->fields[j].len != strlen(triage_queue_columns[i]) ||
                          memcmp(h->fields[j].ptr, triage_queue_columns[i], h->fields[j].len)))
            i++;
        if (i == qn)
            extra = j + 1;
    }
    const size_t more = h->nfields - qn;
    if (index)
        snprintf(diag->hint, sizeof diag->hint,
                 "the header holds the queue's %d columns and %zu more, the first without a "
                 "name (a row index): the queue was re-saved (pandas' to_csv writes its row "
                 "index unless index=False); save it again without the extra column%s, or %s",
                 (int)qn, more, more == 1 ? "" : "s", again);
    else
        snprintf(diag->hint, sizeof diag->hint,
                 "the header holds the queue's %d columns and %zu more ('%.*s'%s): the queue was "
                 "re-saved with %s added; save it again without %s, or %s",
                 (int)qn, more, extra ? (int)h->fields[extra - 1].len : 0,
                 extra ? h->fields[extra - 1].ptr : "", more == 1 ? "" : ", ...",
                 more == 1 ? "a column" : "columns", more == 1 ? "it" : "them", again);
}

/* A header of a queue's field count that is not score's: the queue's
 * columns in another order (re-saved from a spreadsheet or pandas with
 * its columns moved), or one renamed or left out, said with the first
 * column out of place and what to do (before 2026-12-06 "header is not a
 * claimtriage score queue's" alone: tests/cli/merge_header_columns_named).
 * Leaves diag's hint alone when the header shares fewer than half the
 * queue's names (another file: the message says so already). */
static void header_order_hint(const ct_csv_record *h, const char *again, ct_diag *diag)
{
    if (!diag || diag->hint[0])
        return;
    const size_t qn = h->nfields;
    size_t found = 0, first_absent = qn;
    for (size_t i = 0; i < qn; i++) {
        if (has_field(h, triage_queue_columns[i]))
            found++;
        else if (first_absent == qn)
            first_absent = i;
    }
    if (2 * found < qn)
        return;
    size_t at = 0; /* the first place where the header differs */
    while (at < qn && h->fields[at].len == strlen(triage_queue_columns[at]) &&
           memcmp(h->fields[at].ptr, triage_queue_columns[at], h->fields[at].len) == 0)
        at++;
    if (at == qn)
        return;
    const int shown = h->fields[at].len > 40 ? 40 : (int)h->fields[at].len;
    if (found == qn)
        snprintf(diag->hint, sizeof diag->hint,
                 "the header holds the queue's %zu columns in another order (column %zu is '%.*s' "
                 "where score writes '%s'): the queue was re-saved with its columns moved; put "
                 "them back in score's order (rank,id,priority,...), or %s",
                 qn, at + 1, shown, h->fields[at].ptr, triage_queue_columns[at], again);
    else
        snprintf(diag->hint, sizeof diag->hint,
                 "the header lacks the queue's column '%s' (column %zu is '%.*s' where score "
                 "writes '%s'): the queue was edited or written by another tool; %s",
                 triage_queue_columns[first_absent], at + 1, shown, h->fields[at].ptr,
                 triage_queue_columns[at], again);
}

/* A header naming two or more of a reports file's columns (claim_status,
 * video_transcription_text, ...): the reports file given where its queue
 * was meant (before 2026-12-06 only "12 fields where a queue has 9":
 * tests/cli/queue_given_reports_file). The first two such names in
 * names[], 1; else 0. */
static int reports_header(const ct_csv_record *h, const char **names)
{
    static const char *const cols[] = {
        "claim_status",      "video_transcription_text", "video_id",           "video_duration_sec",
        "verified_status",   "author_ban_status",        "video_view_count",   "video_like_count",
        "video_share_count", "video_download_count",     "video_comment_count"};
    int k = 0;
    for (size_t j = 0; j < h->nfields; j++)
        for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
            if (h->fields[j].len == strlen(cols[i]) &&
                memcmp(h->fields[j].ptr, cols[i], h->fields[j].len) == 0) {
                if (k < 2)
                    names[k] = cols[i];
                k++;
            }
    return k >= 2;
}

/* The header: score's columns in score's order, with or without "model". */
static ct_status header(triage_queue *q, const ct_csv_record *rec, ct_diag *diag)
{
    if (rec->nfields != TRIAGE_QFIELDS && rec->nfields != TRIAGE_QOLD) {
        if (file_diagnosis(q, diag))
            return CT_EFORMAT;
        const char *names[2];
        if (reports_header(rec, names)) {
            ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                        "%zu field%s where a queue has %d: this is a reports file (its header has "
                        "'%s' and '%s'), not a claimtriage score queue",
                        rec->nfields, rec->nfields == 1 ? "" : "s", TRIAGE_QFIELDS, names[0],
                        names[1]);
            if (diag)
                snprintf(diag->hint, sizeof diag->hint,
                         "give the queue that score wrote from it (claimtriage score FILE -m "
                         "MODEL -o queue.csv)");
            return CT_EFORMAT;
        }
        ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                    "%zu field%s where a queue has %d: not a claimtriage score queue", rec->nfields,
                    rec->nfields == 1 ? "" : "s", TRIAGE_QFIELDS);
        extra_columns_hint(rec, q->again, diag);
        return CT_EFORMAT;
    }
    for (size_t i = 0; i < rec->nfields; i++) {
        const size_t want = strlen(triage_queue_columns[i]);
        if (rec->fields[i].len == want &&
            memcmp(rec->fields[i].ptr, triage_queue_columns[i], want) == 0)
            continue;
        if (file_diagnosis(q, diag))
            return CT_EFORMAT;
        ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                    "header is not a claimtriage score queue's (written with --format csv)");
        extra_columns_hint(rec, q->again, diag); /* a queue of 8 and an index */
        header_order_hint(rec, q->again, diag);
        return CT_EFORMAT;
    }
    q->nf = rec->nfields;
    return CT_OK;
}

ct_status triage_queue_open(const char *path, const char *command, const char *again,
                            triage_queue *q, ct_diag *diag)
{
    memset(q, 0, sizeof *q);
    q->path = path;
    q->again = again;
    ct_csv_options co = ct_csv_options_default();
    ct_status s = ct_csv_open_path(path, &co, &q->r, diag);
    if (s == CT_OK)
        s = head_take(q, diag);
    if (s != CT_OK)
        return s;
    if (artifact(q, diag))
        return CT_EFORMAT;
    if (looks_jsonl(q))
        return ct_diag_set(diag, CT_EFORMAT, path, 1, 0,
                           "this is a JSONL queue (score --format jsonl); %s reads CSV queues: "
                           "%s with --format csv (the default)",
                           command, again);
    if (binary_start(q, diag))
        return CT_EFORMAT;
    ct_csv_record rec;
    if ((s = ct_csv_next(q->r, &rec, diag)) != CT_OK)
        return s;
    if (!rec.fields)
        return ct_diag_set(diag, CT_EFORMAT, path, 1, 0,
                           "empty file: not a claimtriage score queue");
    if (rec.error != CT_CSV_OK)
        return ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                           "malformed queue record (the file is cut or was edited)");
    return header(q, &rec, diag);
}

void triage_queue_close(triage_queue *q)
{
    if (!q)
        return;
    ct_csv_close(q->r);
    ct_free(q->head);
    memset(q, 0, sizeof *q);
}

ct_status ct_queue_check(const char *queue_path, ct_diag *diag)
{
    triage_queue q;
    memset(&q, 0, sizeof q);
    const ct_status s = triage_queue_open(queue_path, "queue-eval", "score again", &q, diag);
    triage_queue_close(&q);
    return s;
}

/* A number as score writes a priority or a probability (%.17g of a value
 * >= 0): digits, an optional fraction, an optional exponent. strtod also
 * takes hex ("0x10"), a sign, "inf", "nan" and leading spaces, which score
 * never writes: such a field is an edited queue (before 2026-12-04 merge
 * ranked a priority '0x10' as 16 and '-3.5' below every row:
 * tests/cli/merge_priority_not_as_score_writes). */
static int score_number_syntax(const char *s, size_t n)
{
    size_t i = 0, d = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++, d++;
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            d++;
    if (!d)
        return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    return i == n;
}

/* f's value when written as score writes numbers (score_number_syntax),
 * else NaN (an overflow such as 1e999 is +inf). */
static double score_number(const ct_csv_field *f)
{
    char num[64];
    if (f->len == 0 || f->len >= sizeof num || !score_number_syntax(f->ptr, f->len))
        return NAN;
    memcpy(num, f->ptr, f->len);
    num[f->len] = 0;
    return strtod(num, NULL);
}

/* A rank as score writes it (1, 2, ...; "N.0", pandas' re-save of an
 * integer column, as N), or NaN (empty, or not a count). */
static double rank_value(const ct_csv_field *f)
{
    const size_t len = triage_id_float_int_len(f->ptr, f->len);
    if (len == 0 || len > 15)
        return NAN;
    double v = 0;
    for (size_t i = 0; i < len; i++) {
        if (f->ptr[i] < '0' || f->ptr[i] > '9')
            return NAN;
        v = v * 10 + (f->ptr[i] - '0');
    }
    return v >= 1 ? v : NAN;
}

/* The hint of an edited queue's field (again: what to do). */
static void edited_hint(const triage_queue *q, const char *what, ct_diag *diag)
{
    if (diag)
        snprintf(diag->hint, sizeof diag->hint, "the queue was edited after score: %s, or %s", what,
                 q->again);
}

static ct_status check_rank(triage_queue *q, const ct_csv_record *rec, double *rank, ct_diag *diag)
{
    const ct_csv_field *rf = &rec->fields[0];
    *rank = rank_value(rf);
    /* score writes every row's rank (1, 2, ...) or none (--no-sort):
     * another value, or a mix, is a queue edited after score, and neither
     * its file order nor its ranks are the model's order */
    if (rf->len == 0) {
        if (!q->unranked++)
            q->first_unranked = rec->line;
    } else if (isnan(*rank)) {
        char shown[64];
        ct_textwidth_fit(shown, sizeof shown, rf->ptr, rf->len, 40, NULL, '?');
        ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                    "rank '%s' is not a rank (score writes 1, 2, 3, ...)", shown);
        edited_hint(q, "put the rank back", diag);
        return CT_EFORMAT;
    } else if (!q->first_ranked)
        q->first_ranked = rec->line;
    if (!q->unranked || !q->first_ranked)
        return CT_OK;
    char line_u[32], line_r[32];
    ct_numfmt_count(line_u, sizeof line_u, (uint64_t)q->first_unranked);
    ct_numfmt_count(line_r, sizeof line_r, (uint64_t)q->first_ranked);
    ct_diag_set(diag, CT_EFORMAT, q->path,
                q->first_unranked > q->first_ranked ? q->first_unranked : q->first_ranked, 0,
                "some rows have a rank and some have none (line %s has none, line %s has one)",
                line_u, line_r);
    if (diag)
        snprintf(diag->hint, sizeof diag->hint,
                 "score writes every row's rank, or none with --no-sort: the queue was edited "
                 "after score; put the ranks back, or %s",
                 q->again);
    return CT_EFORMAT;
}

static ct_status check_numbers(triage_queue *q, const ct_csv_record *rec, triage_queue_row *row,
                               ct_diag *diag)
{
    const ct_csv_field *pf = &rec->fields[2], *qf = &rec->fields[3];
    const int pshown = (int)(pf->len < 40 ? pf->len : 40),
              qshown = (int)(qf->len < 40 ? qf->len : 40);
    row->priority = score_number(pf);
    if (isnan(row->priority)) {
        ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                    "priority '%.*s' is not a number as score writes one (digits, a decimal "
                    "point, an exponent; never negative, never hexadecimal): the queue was "
                    "edited, or is not a claimtriage score queue",
                    pshown, pf->ptr);
        return CT_EFORMAT;
    }
    if (!isfinite(row->priority)) {
        ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                    "priority '%.*s' is beyond the largest number (not finite): the queue was "
                    "edited, or is not a claimtriage score queue",
                    pshown, pf->ptr);
        return CT_EFORMAT;
    }
    /* score writes a probability in [0, 1] on every row */
    row->probability = score_number(qf);
    if (!(row->probability >= 0 && row->probability <= 1)) {
        ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                    "probability '%.*s' is not a number in [0, 1]: not a claimtriage score queue",
                    qshown, qf->ptr);
        return CT_EFORMAT;
    }
    /* the priority spec: prob writes priority = probability, reach not */
    if (row->probability > 0) {
        q->eq += row->priority == row->probability;
        q->ne += row->priority != row->probability;
    }
    if (q->eq && q->ne)
        return ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                           "rows of two priority specs in one queue (some with priority = "
                           "probability, as --priority prob writes, some not, as --priority "
                           "reach writes): the file was edited or joins two queues");
    return CT_OK;
}

/* score writes the model's fingerprint as 8 lowercase hex digits on every
 * row: another value is a queue cut inside its last field (no line end
 * after it) or edited. Before 2026-12-04 merge blamed a cut one on "a
 * different model" ('ddf18' against 'ddf18af1') and queue-eval read it
 * silently: tests/cli/queue_cut_in_model_field. */
static ct_status check_model(triage_queue *q, const ct_csv_record *rec, ct_diag *diag)
{
    if (q->nf != TRIAGE_QFIELDS)
        return CT_OK;
    const ct_csv_field *mf = &rec->fields[TRIAGE_QFIELDS - 1];
    size_t i = 0;
    while (i < mf->len &&
           ((mf->ptr[i] >= '0' && mf->ptr[i] <= '9') || (mf->ptr[i] >= 'a' && mf->ptr[i] <= 'f')))
        i++;
    if (i == 8 && mf->len == 8)
        return CT_OK;
    char shown[64];
    ct_textwidth_fit(shown, sizeof shown, mf->ptr, mf->len, 40, NULL, '?');
    if (ct_csv_ended_inside_line(q->r)) {
        ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                    "the file ends inside this record (no line end after it; its model '%s' "
                    "is not the 8 hex digits score writes): the queue is cut",
                    shown);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "the queue may have been copied or written only in part; %s", q->again);
        return CT_EFORMAT;
    }
    ct_diag_set(diag, CT_EFORMAT, q->path, rec->line, 0,
                "model '%s' is not a model fingerprint (score writes 8 hex digits)", shown);
    edited_hint(q, "put the fingerprint back", diag);
    return CT_EFORMAT;
}

ct_status triage_queue_next(triage_queue *q, triage_queue_row *row, ct_diag *diag)
{
    memset(row, 0, sizeof *row);
    ct_csv_record rec;
    ct_status s = ct_csv_next(q->r, &rec, diag);
    if (s != CT_OK || !rec.fields)
        return s;
    if (rec.error == CT_CSV_UNTERMINATED) {
        /* a quoted field (the reasons) open at the end of the file: the
         * queue is cut, said as the other cuts are (before 2026-12-04
         * "malformed queue record" without a hint:
         * tests/cli/queue_cut_in_quoted_field) */
        ct_diag_set(diag, CT_EFORMAT, q->path, rec.line, 0,
                    "the file ends inside a quoted field of this record (field %zu of %zu): "
                    "the queue is cut",
                    rec.nfields, q->nf);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "the queue may have been copied or written only in part; %s", q->again);
        return CT_EFORMAT;
    }
    if (rec.error != CT_CSV_OK)
        return ct_diag_set(diag, CT_EFORMAT, q->path, rec.line, 0,
                           "malformed queue record (the file is cut or was edited)");
    if (rec.nfields != q->nf) { /* the header was a queue's: this record is damaged */
        ct_diag_set(diag, CT_EFORMAT, q->path, rec.line, 0,
                    "%zu field%s where a queue has %zu: the queue's header is right but this "
                    "record is not",
                    rec.nfields, rec.nfields == 1 ? "" : "s", q->nf);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint, "%s; %s",
                     rec.nfields < q->nf
                         ? "the record is cut short: the queue may have been copied or written "
                           "only in part"
                         : "the record was edited (a field holding an unquoted comma?)",
                     q->again);
        return CT_EFORMAT;
    }
    if ((s = check_model(q, &rec, diag)) != CT_OK ||
        (s = check_rank(q, &rec, &row->rank, diag)) != CT_OK ||
        (s = check_numbers(q, &rec, row, diag)) != CT_OK)
        return s;
    row->fields = rec.fields;
    row->line = rec.line;
    q->rows++;
    return CT_OK;
}

int ct_queue_columns_are(const ct_frame *f)
{
    const size_t n = f ? ct_frame_ncols(f) : 0;
    if (n != TRIAGE_QFIELDS && n != TRIAGE_QOLD)
        return 0;
    for (size_t j = 0; j < n; j++)
        if (strcmp(ct_column_name(ct_frame_col(f, j)), triage_queue_columns[j]) != 0)
            return 0;
    return 1;
}

int ct_queue_given_diag(const ct_frame *f, const char *not_what, const char *hint, ct_diag *diag)
{
    if (!ct_queue_columns_are(f))
        return 0;
    /* a batch of a stream may have no source: the file the caller named */
    const char *src = ct_frame_source(f);
    char file[sizeof diag->file] = "";
    if (diag)
        snprintf(file, sizeof file, "%s", src && *src ? src : diag->file);
    ct_diag_set(diag, CT_ECOLUMN, file, 0, 0,
                "this file is a queue score wrote (its header is score's: rank, id, priority, "
                "...), not %s",
                not_what);
    if (diag && hint)
        snprintf(diag->hint, sizeof diag->hint, "%s", hint);
    return 1;
}
