/* merge.c — the merge of shard queues (CSV, as ct_score_stream writes
 * them) into the global queue: every row offered to one bounded top-N
 * queue under the same total order as scoring (triage.h), then written with
 * ranks renumbered through the same CSV writer, so the bytes equal those of
 * scoring all shards' rows at once. Memory: O(capacity) rows, plus every
 * row's id for the duplicate check.
 *
 * The checks (all before a byte is written): the header; JSONL queues named
 * as such; each file's priority spec inferred from its rows (prob: priority
 * = probability; reach: it differs) and files of different specs refused;
 * an id in two files refused (overlapping shards, or a file given twice),
 * an id twice in one file counted (score copies its input's ids). */
#include "claimtriage/csv.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/triage.h"
#include "io/csv_internal.h"
#include "triage/queue_format.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* rank id priority probability predicted status flags reasons model; a
 * queue written before 2026-12-02 has no model column (QOLD fields) */
#define QFIELDS 9
#define QOLD 8

static const char *const qheader[QFIELDS] = {
    "rank", "id", "priority", "probability", "predicted", "status", "flags", "reasons", "model"};

typedef struct qrow {
    char *f[QFIELDS]; /* fields 1.. as read; f[0] unused */
    size_t len[QFIELDS];
} qrow;

static void qrow_free(void *p)
{
    qrow *r = p;
    if (!r)
        return;
    for (size_t i = 0; i < QFIELDS; i++)
        ct_free(r->f[i]);
    ct_free(r);
}

static char *dup_n(const char *s, size_t n)
{
    char *d = ct_malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

static int status_rank_of(const char *s, size_t n, const char *const *order, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (strlen(order[i]) == n && memcmp(order[i], s, n) == 0)
            return (int)i;
    return (int)k;
}

/* Every id read, for the duplicate check: sorted at the end. Ids compare
 * by their first klen bytes: an id pandas wrote as a float ("123.0",
 * triage_id_float_int_len) is the integer id "123" of another file. */
typedef struct seen_id {
    char *id;
    size_t len, klen;
    size_t file;
    long line;
} seen_id;

#define MERGE_REASONS_MIN_ROWS 10

/* The reasons a queue row gives: its "; "-joined parts (score_write.c). */
static size_t reasons_in(const ct_csv_field *f)
{
    if (!f->len)
        return 0;
    size_t k = 1;
    for (size_t i = 0; i + 1 < f->len; i++)
        k += f->ptr[i] == ';' && f->ptr[i + 1] == ' ';
    return k;
}

typedef struct merge_state {
    seen_id *ids;
    size_t nids, cap;
    /* per file: rows whose probability > 0 with priority equal to / unlike it */
    uint64_t eq, ne;
    uint64_t without_id;   /* rows with an empty id */
    uint64_t with_reasons; /* per file: rows whose reasons field is not empty */
    size_t reasons_max;    /* per file: the most reasons a row gives */
    /* the queues' fields (QFIELDS, or QOLD for queues without the model
     * column), set by the first file; that file's name */
    size_t nf;
    const char *nf_path;
    /* the model of the first row read (its file and line): every row must
     * have been scored with it */
    int have_model;
    char model[64];
    const char *model_path;
    long model_line;
} merge_state;

/* A number as score writes a priority or a probability (%.17g of a value
 * >= 0): digits, an optional fraction, an optional exponent. strtod also
 * takes hex ("0x10"), a sign, "inf" and leading spaces, which score never
 * writes: such a field is an edited queue (before 2026-12-04 merge ranked
 * a priority '0x10' as 16 and '-3.5' below every row:
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

static int seen_cmp(const void *a, const void *b)
{
    const seen_id *x = a, *y = b;
    const size_t n = x->klen < y->klen ? x->klen : y->klen;
    int c = memcmp(x->id, y->id, n);
    if (c)
        return c;
    if (x->klen != y->klen)
        return x->klen < y->klen ? -1 : 1;
    if (x->file != y->file)
        return x->file < y->file ? -1 : 1;
    return (x->line > y->line) - (x->line < y->line);
}

static ct_status remember(merge_state *m, const char *id, size_t len, size_t file, long line)
{
    if (m->nids == m->cap) {
        size_t nc = m->cap ? 2 * m->cap : 1024;
        seen_id *g = ct_realloc(m->ids, nc * sizeof *g);
        if (!g)
            return CT_ENOMEM;
        m->ids = g;
        m->cap = nc;
    }
    char *d = dup_n(id, len);
    if (!d)
        return CT_ENOMEM;
    m->ids[m->nids++] = (seen_id){d, len, triage_id_float_int_len(id, len), file, line};
    return CT_OK;
}

void triage_damaged_record_hint(ct_diag *diag, size_t nfields, size_t want, const char *again)
{
    if (diag)
        snprintf(diag->hint, sizeof diag->hint, "%s; %s",
                 nfields < want ? "the record is cut short: the queue may have been copied or "
                                  "written only in part"
                                : "the record was edited (a field holding an unquoted comma?)",
                 again);
}

ct_status triage_head_take(ct_csv *r, triage_head *h, ct_diag *diag)
{
    *h = (triage_head){NULL, 0};
    const char *head = NULL;
    size_t n = 0;
    const ct_status s = ct_csv_peek(r, &head, &n, diag);
    if (s != CT_OK || !head || n == 0)
        return s;
    n = n < TRIAGE_HEAD_MAX ? n : TRIAGE_HEAD_MAX;
    if (!(h->data = ct_malloc(n)))
        return ct_diag_set(diag, CT_ENOMEM, ct_csv_name(r), 0, 0, "out of memory");
    memcpy(h->data, head, n);
    h->len = n;
    return CT_OK;
}

void triage_head_free(triage_head *h)
{
    if (!h)
        return;
    ct_free(h->data);
    *h = (triage_head){NULL, 0};
}

/* A JSONL queue (score --format jsonl) starts with '{': say so rather than
 * "malformed record". */
int triage_looks_jsonl(const triage_head *h)
{
    size_t i = h->len >= 3 && memcmp(h->data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < h->len &&
           (h->data[i] == ' ' || h->data[i] == '\t' || h->data[i] == '\n' || h->data[i] == '\r'))
        i++;
    return i < h->len && h->data[i] == '{';
}

int triage_file_diagnosis(const triage_head *h, const char *path, ct_diag *diag)
{
    ct_file_sniff fs;
    if (!h->data || ct_csv_sniff(h->data, h->len, ',', CT_SNIFF_ALL, &fs) == CT_FILE_TEXT)
        return 0;
    ct_diag_set(diag, CT_EFORMAT, path, 0, 0, "%s", fs.message);
    if (diag)
        snprintf(diag->hint, sizeof diag->hint, "%s",
                 fs.kind == CT_FILE_OTHER_DELIMITER || fs.kind == CT_FILE_SEP_LINE
                     ? "a queue is written with ',' and no 'sep=' line: re-saved from a "
                       "spreadsheet? score again (or export it as CSV with ',')"
                     : "not a queue written by claimtriage score: score again");
    return 1;
}

int triage_binary_start(ct_csv *r, const char *path, ct_diag *diag)
{
    const char *head;
    size_t n;
    ct_file_sniff fs;
    if (ct_csv_peek(r, &head, &n, NULL) != CT_OK || !head)
        return 0;
    /* UTF-16 and UTF-32 too: PowerShell 5's `score ... > queue.csv` writes
     * UTF-16 with a byte-order mark, which before 2026-12-03 was "line 1:
     * malformed queue record" (tests/cli/queue_eval_utf16_queue) */
    const ct_file_kind k = ct_csv_sniff(head, n, ',', CT_SNIFF_FILE, &fs);
    if (k != CT_FILE_BINARY && k != CT_FILE_UTF16 && k != CT_FILE_UTF32)
        return 0;
    ct_diag_set(diag, CT_EFORMAT, path, 0, 0, "%s", fs.message);
    if (diag)
        ct_file_sniff_hint(diag->hint, sizeof diag->hint, &fs, path, ct_csv_is_gzip(r));
    return 1;
}

/* A header holding every column of a queue and more: the queue re-saved
 * with columns added, most often pandas' row index (to_csv writes it, as a
 * first column without a name, unless index=False); the hint says so. */
static void extra_columns_hint(const ct_csv_record *h, ct_diag *diag)
{
    if (!diag || h->nfields <= QOLD)
        return;
    size_t qn = QOLD;
    for (size_t j = 0; j < h->nfields; j++)
        if (h->fields[j].len == 5 && memcmp(h->fields[j].ptr, "model", 5) == 0)
            qn = QFIELDS;
    if (h->nfields <= qn)
        return;
    for (size_t i = 0; i < qn; i++) {
        size_t j = 0;
        while (j < h->nfields && (h->fields[j].len != strlen(qheader[i]) ||
                                  memcmp(h->fields[j].ptr, qheader[i], h->fields[j].len) != 0))
            j++;
        if (j == h->nfields)
            return;
    }
    const int index = h->fields[0].len == 0 ||
                      (h->fields[0].len == 10 && memcmp(h->fields[0].ptr, "Unnamed: 0", 10) == 0);
    snprintf(diag->hint, sizeof diag->hint,
             "the header holds the queue's %d columns and %zu more%s: the queue was re-saved "
             "(pandas' to_csv writes its row index unless index=False); save it again without "
             "the extra column%s, or score the shard again",
             (int)qn, h->nfields - qn, index ? ", the first without a name (a row index)" : "",
             h->nfields - qn == 1 ? "" : "s");
}

static const char *spec_of(uint64_t eq, uint64_t ne) { return ne ? "reach" : eq ? "prob" : NULL; }

static ct_status one_file(const char *path, size_t fileno_, merge_state *m, ct_topn *q,
                          uint64_t *seq, const char *const *order, size_t norder, uint64_t *rows_in,
                          ct_diag *diag)
{
    ct_csv *r = NULL;
    ct_csv_options co = ct_csv_options_default();
    ct_status s = ct_csv_open_path(path, &co, &r, diag);
    if (s != CT_OK)
        return s;
    triage_head head;
    if ((s = triage_head_take(r, &head, diag)) != CT_OK) {
        ct_csv_close(r);
        return s;
    }
    if (triage_looks_jsonl(&head))
        s = ct_diag_set(diag, CT_EFORMAT, path, 1, 0,
                        "this is a JSONL queue (score --format jsonl); merge reads CSV queues: "
                        "score the shards with --format csv (the default)");
    else if (triage_binary_start(r, path, diag))
        s = CT_EFORMAT;
    if (s != CT_OK) {
        triage_head_free(&head);
        ct_csv_close(r);
        return s;
    }
    m->eq = m->ne = m->with_reasons = 0;
    m->reasons_max = 0;
    ct_csv_record rec;
    int first = 1;
    size_t nf = QFIELDS;
    while ((s = ct_csv_next(r, &rec, diag)) == CT_OK && rec.fields) {
        if (rec.error != CT_CSV_OK) {
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "malformed queue record (the file is cut or was edited)");
            break;
        }
        if (rec.nfields != QFIELDS && rec.nfields != QOLD && first) {
            if (triage_file_diagnosis(&head, path, diag)) {
                s = CT_EFORMAT;
                break;
            }
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "%zu fields where a queue has %d: not a claimtriage score queue",
                            rec.nfields, QFIELDS);
            extra_columns_hint(&rec, diag);
            break;
        }
        if (first)
            nf = rec.nfields;
        if (rec.nfields != nf) { /* the header was a queue's: this record is damaged */
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "%zu fields where a queue has %zu: the queue's header is right but "
                            "this record is not",
                            rec.nfields, nf);
            triage_damaged_record_hint(diag, rec.nfields, nf, "score the shard again");
            break;
        }
        if (first) {
            for (size_t i = 0; i < nf; i++)
                if (rec.fields[i].len != strlen(qheader[i]) ||
                    memcmp(rec.fields[i].ptr, qheader[i], rec.fields[i].len) != 0) {
                    if (triage_file_diagnosis(&head, path, diag)) {
                        s = CT_EFORMAT;
                        break;
                    }
                    s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                                    "header is not a claimtriage score queue's (written with "
                                    "--format csv)");
                    extra_columns_hint(&rec, diag); /* a queue of 8 and an index */
                    break;
                }
            first = 0;
            if (s != CT_OK)
                break;
            /* every shard records its model, or none does (a queue written
             * before the column): one of each cannot be checked */
            if (!m->nf)
                m->nf = nf, m->nf_path = path;
            else if (m->nf != nf) {
                const char *with = nf == QFIELDS ? path : m->nf_path;
                const char *without = nf == QFIELDS ? m->nf_path : path;
                s = ct_diag_set(diag, CT_EDATA, path, rec.line, 0,
                                "%s records the model each row was scored with (its 'model' "
                                "column) and %s does not (a queue written before 2026-12-02): "
                                "merge cannot check that one model scored both",
                                with, without);
                if (diag)
                    snprintf(diag->hint, sizeof diag->hint,
                             "score %s again with the model file the other shards were scored "
                             "with",
                             without);
                break;
            }
            continue;
        }
        (*rows_in)++;
        char num[64];
        const ct_csv_field *pf = &rec.fields[2];
        char *end = NULL;
        double pr = 0;
        if (pf->len > 0 && pf->len < sizeof num) {
            memcpy(num, pf->ptr, pf->len);
            num[pf->len] = 0;
            errno = 0;
            pr = strtod(num, &end);
        }
        if (!end || *end || pf->len == 0 || !isfinite(pr)) {
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "priority is not a finite number: not a claimtriage score queue");
            break;
        }
        if (!score_number_syntax(pf->ptr, pf->len)) {
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "priority '%.*s' is not a number as score writes one (digits, a "
                            "decimal point, an exponent; never negative, never hexadecimal): the "
                            "queue was edited, or is not a claimtriage score queue",
                            (int)(pf->len < 40 ? pf->len : 40), pf->ptr);
            break;
        }
        /* the priority spec: compare with the probability (field 3) */
        const ct_csv_field *qf = &rec.fields[3];
        double prob = NAN;
        if (qf->len > 0 && qf->len < sizeof num) {
            memcpy(num, qf->ptr, qf->len);
            num[qf->len] = 0;
            end = NULL;
            prob = strtod(num, &end);
            if (!end || *end || !score_number_syntax(qf->ptr, qf->len))
                prob = NAN;
        }
        /* score writes a probability in [0, 1] on every row */
        if (!(prob >= 0 && prob <= 1)) {
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "probability '%.*s' is not a number in [0, 1]: not a claimtriage "
                            "score queue",
                            (int)(qf->len < 40 ? qf->len : 40), qf->ptr);
            break;
        }
        if (prob > 0) {
            m->eq += pr == prob;
            m->ne += pr != prob;
        }
        if (m->eq && m->ne) {
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "rows of two priority specs in one queue (some with priority = "
                            "probability, as --priority prob writes, some not, as --priority "
                            "reach writes): the file was edited or joins two queues");
            break;
        }
        m->with_reasons += rec.fields[7].len > 0;
        const size_t nr = reasons_in(&rec.fields[7]);
        m->reasons_max = nr > m->reasons_max ? nr : m->reasons_max;
        /* probabilities of two models do not compare, nor rank together */
        if (nf == QFIELDS) {
            const ct_csv_field *mf = &rec.fields[8];
            if (!m->have_model) {
                const size_t n = mf->len < sizeof m->model - 1 ? mf->len : sizeof m->model - 1;
                memcpy(m->model, mf->ptr, n);
                m->model[n] = 0;
                m->have_model = 1, m->model_path = path, m->model_line = rec.line;
            } else if (mf->len != strlen(m->model) || memcmp(mf->ptr, m->model, mf->len) != 0) {
                s = ct_diag_set(diag, CT_EDATA, path, rec.line, 0,
                                "this row was scored with model '%.*s' and %s line %ld with "
                                "model '%s' (the 'model' column: a checksum of what the model "
                                "file fitted): the probabilities of two models neither compare "
                                "nor rank together",
                                (int)(mf->len < 40 ? mf->len : 40), mf->ptr, m->model_path,
                                m->model_line, m->model);
                if (diag)
                    snprintf(diag->hint, sizeof diag->hint,
                             "score every shard with the same model file, then merge");
                break;
            }
        }
        /* a row without an id (its report had none) cannot be matched
         * across shards: counted, not checked */
        if (rec.fields[1].len == 0)
            m->without_id++;
        else if ((s = remember(m, rec.fields[1].ptr, rec.fields[1].len, fileno_, rec.line)) !=
                 CT_OK)
            break;
        char *id = dup_n(rec.fields[1].ptr, rec.fields[1].len);
        if (!id) {
            s = CT_ENOMEM;
            break;
        }
        ct_triage_key key = {
            pr, status_rank_of(rec.fields[5].ptr, rec.fields[5].len, order, norder), id, (*seq)++};
        if (!ct_topn_would_keep(q, &key)) {
            ct_free(id);
            continue;
        }
        qrow *row = ct_calloc(1, sizeof *row);
        if (!row) {
            ct_free(id);
            s = CT_ENOMEM;
            break;
        }
        for (size_t i = 1; i < nf && s == CT_OK; i++) {
            row->len[i] = rec.fields[i].len;
            if (!(row->f[i] = dup_n(rec.fields[i].ptr, rec.fields[i].len)))
                s = CT_ENOMEM;
        }
        int kept = 0;
        if (s == CT_OK)
            s = ct_topn_push(q, &key, row, &kept);
        if (s != CT_OK || !kept)
            qrow_free(row);
        ct_free(id);
    }
    if (s == CT_OK && first)
        s = ct_diag_set(diag, CT_EFORMAT, path, 1, 0, "empty file: not a claimtriage score queue");
    triage_head_free(&head);
    ct_csv_close(r);
    return s;
}

/* Ids written as floats of whole numbers ("123.0": pandas' re-save of an
 * integer column holding an empty cell), compared as the integers they
 * are: counted, the first in file order kept. */
static void count_float_ids(const merge_state *m, const char *const *paths,
                            ct_queue_merge_summary *sum)
{
    const seen_id *fl = NULL;
    for (size_t i = 0; i < m->nids; i++) {
        const seen_id *a = &m->ids[i];
        if (a->klen == a->len)
            continue;
        sum->float_ids++;
        if (!fl || a->file < fl->file || (a->file == fl->file && a->line < fl->line))
            fl = a;
    }
    if (!fl)
        return;
    ct_textwidth_fit(sum->float_id, sizeof sum->float_id, fl->id, fl->len, SIZE_MAX, NULL, 0);
    snprintf(sum->float_file, sizeof sum->float_file, "%s", paths[fl->file]);
    sum->float_line = fl->line;
}

/* In ids sorted by seen_cmp: the first whose id (its klen bytes) is
 * key[0..len), or NULL. */
static const seen_id *find_id(const seen_id *ids, size_t n, const char *key, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        const size_t k = ids[mid].klen < len ? ids[mid].klen : len;
        int c = memcmp(ids[mid].id, key, k);
        if (!c)
            c = ids[mid].klen < len ? -1 : ids[mid].klen > len;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && ids[lo].klen == len && memcmp(ids[lo].id, key, len) == 0 ? &ids[lo] : NULL;
}

/* Ids of one file that another file holds but for leading zeros ("00123"
 * beside "123"): leading zeros make another id, so both rows are merged,
 * but a re-save that read the ids as numbers dropped them: counted, the
 * first pair (by the zero-padded id's file order) kept. ids sorted. */
static void count_zero_ids(const merge_state *m, const char *const *paths,
                           ct_queue_merge_summary *sum)
{
    const seen_id *first = NULL, *other = NULL;
    for (size_t i = 0; i < m->nids; i++) {
        const seen_id *a = &m->ids[i];
        const size_t z = triage_id_leading_zeros(a->id, a->klen);
        const seen_id *b = z ? find_id(m->ids, m->nids, a->id + z, a->klen - z) : NULL;
        if (!b || b->file == a->file)
            continue;
        sum->zero_ids++;
        if (!first || a->file < first->file || (a->file == first->file && a->line < first->line))
            first = a, other = b;
    }
    if (!first)
        return;
    ct_textwidth_fit(sum->zero_id, sizeof sum->zero_id, first->id, first->len, SIZE_MAX, NULL, 0);
    snprintf(sum->zero_file, sizeof sum->zero_file, "%s", paths[first->file]);
    sum->zero_line = first->line;
    ct_textwidth_fit(sum->zero_other_id, sizeof sum->zero_other_id, other->id, other->len, SIZE_MAX,
                     NULL, 0);
    snprintf(sum->zero_other_file, sizeof sum->zero_other_file, "%s", paths[other->file]);
    sum->zero_other_line = other->line;
}

/* The ids sorted: an id in two files is an error naming both (unless the
 * files are parts of one input, one_input: then, as an id twice in one
 * file, a repeat of that input, counted in sum). "N.0" is the id N. */
static ct_status check_ids(merge_state *m, const char *const *paths, int one_input,
                           ct_queue_merge_summary *sum, ct_diag *diag)
{
    /* ids a spreadsheet rounded: counted, the first in file order kept */
    const seen_id *sci = NULL;
    for (size_t i = 0; i < m->nids; i++) {
        const seen_id *a = &m->ids[i];
        if (!triage_id_scientific(a->id, a->len))
            continue;
        if (sum)
            sum->scientific_ids++;
        if (!sci || a->file < sci->file || (a->file == sci->file && a->line < sci->line))
            sci = a;
    }
    if (sum && sci) {
        ct_textwidth_fit(sum->scientific_id, sizeof sum->scientific_id, sci->id, sci->len, SIZE_MAX,
                         NULL, 0);
        snprintf(sum->scientific_file, sizeof sum->scientific_file, "%s", paths[sci->file]);
        sum->scientific_line = sci->line;
    }
    if (sum)
        count_float_ids(m, paths, sum);
    if (m->nids > 1)
        qsort(m->ids, m->nids, sizeof *m->ids, seen_cmp);
    if (sum)
        count_zero_ids(m, paths, sum);
    /* a repeated id counted once, its rows after its first counted apart
     * (before 2026-12-04 each extra row counted as an id: three rows of one
     * id were "2 ids": tests/cli/merge_repeats_counted_as_score); the first
     * named is the one whose second row comes first in file order */
    const seen_id *rep_first = NULL, *rep_second = NULL;
    size_t run = 0; /* index of the current id's first row (sorted) */
    for (size_t i = 1; i < m->nids; i++) {
        const seen_id *a = &m->ids[i - 1], *b = &m->ids[i];
        if (a->klen != b->klen || memcmp(a->id, b->id, a->klen) != 0) {
            run = i;
            continue;
        }
        if (a->file != b->file && !one_input) {
            const int same = strcmp(paths[a->file], paths[b->file]) == 0;
            const int rounded = triage_id_scientific(a->id, a->len);
            /* one of them written "N.0", the other "N" (or both "N.0") */
            const int floated = a->klen != a->len || b->klen != b->len;
            char as_float[300] = "";
            if (floated && a->len != b->len)
                snprintf(as_float, sizeof as_float,
                         ": '%.*s' and '%.*s' are one id, the integer written as a float by a "
                         "pandas-style re-save",
                         (int)(a->len < 120 ? a->len : 120), a->id,
                         (int)(b->len < 120 ? b->len : 120), b->id);
            ct_diag_set(diag, CT_EDATA, paths[b->file], b->line, 0,
                        "id '%.200s' is in %s (line %ld) and in %s (line %ld)%s", a->id,
                        paths[a->file], a->line, paths[b->file], b->line,
                        same      ? ": the same file is given twice"
                        : rounded ? ": an id in scientific notation, rounded"
                                  : as_float);
            if (diag)
                snprintf(diag->hint, sizeof diag->hint, "%s",
                         same      ? "give each shard's queue once"
                         : rounded ? triage_scientific_hint
                                   : "shards must not share reports: the merged queue would list "
                                     "the report twice (and queue-eval count it twice); split the "
                                     "reports so that each is in one shard");
            return CT_EDATA;
        }
        if (!sum)
            continue;
        sum->duplicate_rows_within++;
        if (i - 1 != run)
            continue; /* not the id's second row */
        sum->duplicate_ids_within++;
        if (!rep_second || b->file < rep_second->file ||
            (b->file == rep_second->file && b->line < rep_second->line))
            rep_first = &m->ids[run], rep_second = b;
    }
    if (sum && rep_first) {
        ct_textwidth_fit(sum->duplicate_id, sizeof sum->duplicate_id, rep_first->id, rep_first->len,
                         SIZE_MAX, NULL, 0);
        snprintf(sum->duplicate_file, sizeof sum->duplicate_file, "%s", paths[rep_first->file]);
        sum->duplicate_line = rep_first->line;
        snprintf(sum->duplicate_other_file, sizeof sum->duplicate_other_file, "%s",
                 paths[rep_second->file]);
        sum->duplicate_other_line = rep_second->line;
    }
    return CT_OK;
}

ct_status ct_queue_merge(const char *const *paths, size_t npaths, size_t capacity,
                         const char *const *status_order, size_t status_nlevels, FILE *out,
                         ct_queue_merge_summary *sum, ct_diag *diag)
{
    return ct_queue_merge_parts(paths, npaths, capacity, status_order, status_nlevels, 0, out, sum,
                                diag);
}

ct_status ct_queue_merge_parts(const char *const *paths, size_t npaths, size_t capacity,
                               const char *const *status_order, size_t status_nlevels,
                               int one_input, FILE *out, ct_queue_merge_summary *sum, ct_diag *diag)
{
    ct_diag_clear(diag);
    if (sum)
        memset(sum, 0, sizeof *sum);
    uint64_t in = 0, seq = 0, nout = 0;
    ct_topn *q = NULL;
    merge_state m;
    memset(&m, 0, sizeof m);
    const char *spec = NULL;
    size_t spec_file = 0;
    uint64_t fmin = UINT64_MAX, fmax = 0, nmax = 0;
    ct_status s = ct_topn_create(capacity, qrow_free, &q);
    for (size_t i = 0; i < npaths && s == CT_OK; i++) {
        const uint64_t before = in;
        s = one_file(paths[i], i, &m, q, &seq, status_order, status_nlevels, &in, diag);
        if (s != CT_OK)
            break;
        fmin = in - before < fmin ? in - before : fmin;
        if (in - before > fmax) {
            fmax = in - before;
            nmax = 0;
        }
        nmax += in - before == fmax;
        /* a file of rows none of which has a reason (score --reasons 0)
         * beside one whose rows have them: said, the first of each */
        if (sum && in > before && !m.with_reasons && !sum->file_without_reasons[0])
            snprintf(sum->file_without_reasons, sizeof sum->file_without_reasons, "%s", paths[i]);
        if (sum && m.with_reasons && !sum->file_with_reasons[0])
            snprintf(sum->file_with_reasons, sizeof sum->file_with_reasons, "%s", paths[i]);
        /* files with reasons whose rows give at most k and up to k' > k:
         * likely scored with other --reasons K (the first fewest, the
         * first most) */
        /* a file of few rows may list fewer reasons than K (a row gives its
         * positive contributions only): 10 rows with reasons at least */
        if (sum && m.with_reasons >= MERGE_REASONS_MIN_ROWS) {
            if (!sum->reasons_fewest || m.reasons_max < sum->reasons_fewest) {
                sum->reasons_fewest = m.reasons_max;
                snprintf(sum->file_reasons_fewest, sizeof sum->file_reasons_fewest, "%s", paths[i]);
            }
            if (m.reasons_max > sum->reasons_most) {
                sum->reasons_most = m.reasons_max;
                snprintf(sum->file_reasons_most, sizeof sum->file_reasons_most, "%s", paths[i]);
            }
        }
        const char *k = spec_of(m.eq, m.ne);
        if (k && spec && strcmp(k, spec) != 0) {
            ct_diag_set(diag, CT_EDATA, paths[i], 0, 0,
                        "%s was scored with --priority %s and %s with --priority %s (a prob "
                        "queue's priority equals its probability; a reach queue's does not): "
                        "their priorities cannot be compared",
                        paths[spec_file], spec, paths[i], k);
            if (diag)
                snprintf(diag->hint, sizeof diag->hint,
                         "score every shard with the same --priority and the same model");
            s = CT_EDATA;
        } else if (k && !spec) {
            spec = k;
            spec_file = i;
        }
    }
    if (s == CT_OK)
        s = check_ids(&m, paths, one_input, sum, diag);
    for (size_t i = 0; i < m.nids; i++)
        ct_free(m.ids[i].id);
    ct_free(m.ids);
    ct_csv_writer *w = NULL;
    if (s == CT_OK) {
        ct_csv_write_options wo = ct_csv_write_options_default();
        s = ct_csv_writer_open(out, "queue", &wo, &w, diag);
    }
    const size_t nf = m.nf ? m.nf : QFIELDS;
    for (size_t i = 0; i < nf && s == CT_OK; i++)
        s = ct_csv_write_field(w, qheader[i], strlen(qheader[i]));
    if (s == CT_OK)
        s = ct_csv_write_end_record(w);
    if (s == CT_OK) {
        ct_topn_finish(q);
        for (size_t i = 0; i < ct_topn_size(q) && s == CT_OK; i++) {
            const qrow *row = ct_topn_payload(q, i);
            s = ct_csv_write_num(w, (double)(i + 1), CT_CSV_NUM_INT);
            for (size_t k = 1; k < nf && s == CT_OK; k++)
                s = row->len[k] ? ct_csv_write_field(w, row->f[k], row->len[k])
                                : ct_csv_write_missing(w);
            if (s == CT_OK)
                s = ct_csv_write_end_record(w);
            nout++;
        }
    }
    ct_status s2 = ct_csv_writer_close(w, s == CT_OK ? diag : NULL);
    if (s == CT_OK)
        s = s2;
    ct_topn_destroy(q);
    if (sum) {
        sum->rows_in = in;
        sum->rows_out = nout;
        sum->priority = spec;
        sum->file_rows_min = fmin == UINT64_MAX ? 0 : fmin;
        sum->file_rows_max = fmax;
        sum->files_at_max = fmax ? nmax : 0;
        sum->rows_without_id = m.without_id;
    }
    return s;
}
