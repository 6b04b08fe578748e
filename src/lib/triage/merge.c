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
 * an id twice in one file counted (score copies its input's ids); each
 * ranked file's rows in its own order, priority never rising along the
 * ranks (queue_order.c). */
#include "claimtriage/csv.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/triage.h"
#include "io/csv_internal.h"
#include "triage/queue_format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* rank id priority probability predicted status flags reasons model; a
 * queue written before 2026-12-02 has no model column (QOLD fields) */
#define QFIELDS TRIAGE_QFIELDS
#define QOLD TRIAGE_QOLD

typedef struct qrow {
    char *f[QFIELDS]; /* fields 1.. as read; f[0] unused */
    size_t len[QFIELDS];
    size_t file; /* the file it was read from */
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
 * by their key (klen bytes at key, triage_id_key): an id pandas wrote as a
 * float ("123.0"), one with spaces around it (" 123 ") or with thousands
 * separators ("1,234") is the id "123" or "1234" of another file (before
 * 2026-12-05 only the float was: tests/cli/merge_shared_id_padded). */
typedef struct seen_id {
    char *id, *key;
    size_t len, klen;
    size_t file;
    long line;
} seen_id;

#define MERGE_REASONS_MIN_ROWS 10
/* a shard whose rows have fewer of the others' between its first and its
 * last than this share of its own count stands as a block of the queue's
 * order (block_of): a random split of k >= 2 shards interleaves about
 * k - 1 of the others' rows with each of its own */
#define MERGE_BLOCK_SHARE 0.1

/* An id's key is cut at so many bytes less one, as score cuts ids
 * (CT_SCORE_ID_MAX). */
#define MERGE_KEY_MAX 4096

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
    uint64_t unranked;     /* per file: rows with an empty rank (score --no-sort) */
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
    /* per file: its ranked rows, to check their order (queue_order.c) */
    triage_order order;
    /* per file: its last row in the queue order (the lowest key read), its
     * id in last_id (last_cap bytes); have_last once a ranked row is read */
    ct_triage_key last;
    char *last_id;
    size_t last_cap;
    int have_last;
} merge_state;

/* A file's last row in the queue order, after the merge: a shard cut with
 * score --capacity left out rows below it only (merge_cut_note). */
typedef struct file_last {
    ct_triage_key key; /* key.id owned */
    uint64_t rows;
    size_t file;
} file_last;

static int seen_cmp(const void *a, const void *b)
{
    const seen_id *x = a, *y = b;
    const size_t n = x->klen < y->klen ? x->klen : y->klen;
    int c = memcmp(x->key, y->key, n);
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
    char kb[MERGE_KEY_MAX];
    const size_t klen = triage_id_key(id, len, kb, sizeof kb);
    char *d = dup_n(id, len), *k = d ? dup_n(kb, klen) : NULL;
    if (!k) {
        ct_free(d);
        return CT_ENOMEM;
    }
    m->ids[m->nids++] = (seen_id){d, k, len, klen, file, line};
    return CT_OK;
}

static const char *spec_of(uint64_t eq, uint64_t ne) { return ne ? "reach" : eq ? "prob" : NULL; }

static ct_status one_file(const char *path, size_t fileno_, merge_state *m, ct_topn *q,
                          uint64_t *seq, const char *const *order, size_t norder, uint64_t *rows_in,
                          ct_diag *diag)
{
    /* the file, its header and every record under the rule queue-eval
     * reads queues by (queue_read.c) */
    triage_queue qr;
    ct_status s = triage_queue_open(path, "merge", "score the shard again", &qr, diag);
    m->eq = m->ne = m->with_reasons = 0;
    m->reasons_max = 0;
    const size_t nf = qr.nf;
    /* every shard records its model, or none does (a queue written before
     * the column): one of each cannot be checked */
    if (s == CT_OK && !m->nf)
        m->nf = nf, m->nf_path = path;
    else if (s == CT_OK && m->nf != nf) {
        const char *with = nf == QFIELDS ? path : m->nf_path;
        const char *without = nf == QFIELDS ? m->nf_path : path;
        s = ct_diag_set(diag, CT_EDATA, path, 1, 0,
                        "%s records the model each row was scored with (its 'model' column) and "
                        "%s does not (a queue written before 2026-12-02): merge cannot check "
                        "that one model scored both",
                        with, without);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "score %s again with the model file the other shards were scored with",
                     without);
    }
    triage_queue_row row;
    triage_order_reset(&m->order);
    m->have_last = 0;
    while (s == CT_OK && (s = triage_queue_next(&qr, &row, diag)) == CT_OK && row.fields) {
        const ct_csv_field *f = row.fields;
        (*rows_in)++;
        if (!isnan(row.rank) &&
            (s = triage_order_add(&m->order, row.rank, row.priority, row.line)) != CT_OK)
            break;
        m->with_reasons += f[7].len > 0;
        const size_t nr = reasons_in(&f[7]);
        m->reasons_max = nr > m->reasons_max ? nr : m->reasons_max;
        /* probabilities of two models do not compare, nor rank together */
        if (nf == QFIELDS) {
            const ct_csv_field *mf = &f[8];
            if (!m->have_model) {
                const size_t n = mf->len < sizeof m->model - 1 ? mf->len : sizeof m->model - 1;
                memcpy(m->model, mf->ptr, n);
                m->model[n] = 0;
                m->have_model = 1, m->model_path = path, m->model_line = row.line;
            } else if (mf->len != strlen(m->model) || memcmp(mf->ptr, m->model, mf->len) != 0) {
                s = ct_diag_set(diag, CT_EDATA, path, row.line, 0,
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
        if (f[1].len == 0)
            m->without_id++;
        else if ((s = remember(m, f[1].ptr, f[1].len, fileno_, row.line)) != CT_OK)
            break;
        char *id = dup_n(f[1].ptr, f[1].len);
        if (!id) {
            s = CT_ENOMEM;
            break;
        }
        ct_triage_key key = {.priority = row.priority,
                             .probability = row.probability,
                             .status_rank = status_rank_of(f[5].ptr, f[5].len, order, norder),
                             .id = id,
                             .seq = (*seq)++};
        if (!isnan(row.rank) && (!m->have_last || ct_triage_cmp(&key, &m->last) > 0)) {
            const size_t il = f[1].len + 1;
            if (il > m->last_cap) {
                char *g = ct_realloc(m->last_id, il);
                if (!g) {
                    ct_free(id);
                    s = CT_ENOMEM;
                    break;
                }
                m->last_id = g, m->last_cap = il;
            }
            memcpy(m->last_id, id, il);
            m->last = key;
            m->last.id = m->last_id;
            m->have_last = 1;
        }
        if (!ct_topn_would_keep(q, &key)) {
            ct_free(id);
            continue;
        }
        qrow *kept_row = ct_calloc(1, sizeof *kept_row);
        if (!kept_row) {
            ct_free(id);
            s = CT_ENOMEM;
            break;
        }
        kept_row->file = fileno_;
        for (size_t i = 1; i < nf && s == CT_OK; i++) {
            kept_row->len[i] = f[i].len;
            if (!(kept_row->f[i] = dup_n(f[i].ptr, f[i].len)))
                s = CT_ENOMEM;
        }
        int kept = 0;
        if (s == CT_OK)
            s = ct_topn_push(q, &key, kept_row, &kept);
        if (s != CT_OK || !kept)
            qrow_free(kept_row);
        ct_free(id);
    }
    /* the rows in their queue's order: a priority edited by hand would
     * move its row in the merged queue (since 2026-12-05) */
    if (s == CT_OK)
        s = triage_order_check(&m->order, path, qr.again, diag);
    m->eq = qr.eq, m->ne = qr.ne;
    m->unranked = qr.unranked;
    triage_queue_close(&qr);
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
        if (triage_id_float_int_len(a->id, a->len) == a->len)
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
        int c = memcmp(ids[mid].key, key, k);
        if (!c)
            c = ids[mid].klen < len ? -1 : ids[mid].klen > len;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && ids[lo].klen == len && memcmp(ids[lo].key, key, len) == 0 ? &ids[lo] : NULL;
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
        const size_t z = triage_id_leading_zeros(a->key, a->klen);
        const seen_id *b = z ? find_id(m->ids, m->nids, a->key + z, a->klen - z) : NULL;
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
    /* an id in two files: its first row (file order) and its first row in
     * another file; of all such ids, the one whose repeat comes first in
     * file order (before 2026-12-06 the first id in sorted order, and the
     * row just before the repeat: line 4462 of a copied shard, or line 13
     * of an id first on line 12: tests/cli/merge_shared_id_first_line) */
    const seen_id *x_first = NULL, *x_second = NULL;
    size_t run = 0; /* index of the current id's first row (sorted) */
    for (size_t i = 1; i < m->nids; i++) {
        const seen_id *a = &m->ids[i - 1], *b = &m->ids[i];
        if (a->klen != b->klen || memcmp(a->key, b->key, a->klen) != 0) {
            run = i;
            continue;
        }
        if (a->file != b->file && !one_input) {
            if (!x_second || b->file < x_second->file ||
                (b->file == x_second->file && b->line < x_second->line))
                x_first = &m->ids[run], x_second = b;
            continue;
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
    if (x_second) {
        const seen_id *a = x_first, *b = x_second;
        const int same = strcmp(paths[a->file], paths[b->file]) == 0;
        const int rounded = triage_id_scientific(a->id, a->len);
        /* one of them written "N.0", the other "N" (or both "N.0") */
        const int floated = triage_id_float_int_len(a->id, a->len) != a->len ||
                            triage_id_float_int_len(b->id, b->len) != b->len;
        char as_float[300] = "";
        if (a->len != b->len || memcmp(a->id, b->id, a->len) != 0)
            snprintf(as_float, sizeof as_float, ": '%.*s' and '%.*s' are one id, %s",
                     (int)(a->len < 120 ? a->len : 120), a->id, (int)(b->len < 120 ? b->len : 120),
                     b->id,
                     floated ? "the integer written as a float by a pandas-style re-save"
                             : "written with spaces around it or thousands separators "
                               "(docs/formats.md, Ids)");
        ct_diag_set(diag, CT_EDATA, paths[b->file], b->line, 0,
                    "id '%.200s' is first in %s (line %ld) and again in %s (line %ld)%s", a->id,
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

/* Ranked queues likely cut with score --capacity, from the evidence the
 * rows carry (a queue records no capacity): a shard's cut rows all come
 * after its last row, so merged rows of other shards below that last row
 * are where they could be missing. A shard is suspected when all three
 * hold:
 * - more merged rows of the others are below its last than a whole shard
 *   of a random split leaves: about others / (rows + 1), as each of them
 *   is below all its rows with chance 1 / (rows + 1); beyond 10 times that
 *   plus 10;
 * - its rows do not thin out toward its last: its rows among the merged
 *   rows just above its last (the tenth of the rows down to it, 20 at
 *   least) are not fewer than half its share of all rows down to it
 *   gives, and 3 standard deviations (sqrt of that count) fewer (a whole
 *   shard's last rows are its extremes, sparse among the others'; a cut
 *   one stops at full density);
 * - the others' rows go on just below its last: as many as a quarter of
 *   theirs in that window above it (1 at least) are below it within the
 *   priority band of the window, on a ratio scale (a whole shard followed
 *   by rows of another kind far below, such as reports without counts at
 *   priority 0, is not).
 * Before 2026-12-06 two or more queues of the largest row count were taken
 * for a cut: four whole shards of 4,846/4,846/4,845/4,845 rows were noted,
 * a shard cut at 500 beside whole ones was not
 * (tests/cli/merge_cut_by_last_row). The merged queue is exact down to
 * the highest last row of the queues passing the first test. q finished. */
/* Whether file's rows above merged row top (its last) stand together in
 * the merged order, with fewer than MERGE_BLOCK_SHARE of their count of
 * other queues' rows between its first and its last: the shards were split
 * along the queue's order (by priority), not at random. A whole shard of
 * such a split ends above the others' rows as a cut one does, so the three
 * tests of cut_note hold for it too: its last is above every row of the
 * lower shards, its rows are dense down to it and theirs go on just below.
 * A shard of a random split, cut or not, is interleaved with the others
 * from its first row on (about (k - 1) of their rows to one of its own
 * among k shards). Before 2026-12-07 such a shard was said to be "likely
 * cut with score --capacity" though the merge was the whole file's queue
 * (tests/cli/merge_priority_split_not_cut). Sets sum->cut_block and
 * sum->cut_block_others (the others' rows between its first and last). */
static void block_of(const ct_topn *q, size_t file, size_t top, ct_queue_merge_summary *sum)
{
    size_t first = SIZE_MAX, mine = 0;
    for (size_t i = 0; i < top; i++)
        if (((const qrow *)ct_topn_payload(q, i))->file == file) {
            if (first == SIZE_MAX)
                first = i;
            mine++;
        }
    if (first == SIZE_MAX)
        return;
    const uint64_t others = (uint64_t)(top - first - mine);
    sum->cut_block_others = others;
    sum->cut_block = (double)others < MERGE_BLOCK_SHARE * (double)mine;
}

static void cut_note(const ct_topn *q, const file_last *lasts, size_t nlasts, uint64_t rows_in,
                     const char *const *paths, ct_queue_merge_summary *sum)
{
    const size_t nout = ct_topn_size(q);
    const file_last *worst = NULL;
    uint64_t worst_top = 0, worst_below = 0;
    double worst_expected = 0;
    for (size_t j = 0; j < nlasts; j++) {
        const file_last *l = &lasts[j];
        /* the merged rows after l's last: the first after it, by bisection */
        size_t lo = 0, hi = nout;
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (ct_triage_cmp(ct_topn_key(q, mid), &l->key) > 0)
                hi = mid;
            else
                lo = mid + 1;
        }
        const size_t top = lo;
        const uint64_t below = nout - top;
        const double expected = (double)(rows_in - l->rows) / ((double)l->rows + 1.0);
        if (!top || (double)below <= 10.0 * expected + 10.0)
            continue;
        /* the merged queue is exact down to the highest last row of the
         * queues with so many rows below it: a cut one may fail the tests
         * below (its priorities fall fast there) */
        if (!sum->cut_exact_top || top < sum->cut_exact_top) {
            sum->cut_exact_top = top;
            snprintf(sum->cut_top_file, sizeof sum->cut_top_file, "%s", paths[l->file]);
        }
        size_t w = top / 10 > 20 ? top / 10 : 20;
        w = w < top ? w : top;
        size_t mine = 0;
        for (size_t i = top - w; i < top; i++)
            mine += ((const qrow *)ct_topn_payload(q, i))->file == l->file;
        /* thinning out (its last rows are its extremes): below half its
         * share, and beyond chance (3 standard deviations of the count) */
        const double want = (double)w * (double)l->rows / (double)top;
        if ((double)mine < 0.5 * want && (double)mine < want - 3.0 * sqrt(want))
            continue;
        const double ptop = ct_topn_key(q, top - w)->priority, pl = l->key.priority;
        const double band = ptop > 0 ? pl * (pl / ptop) : 0;
        size_t after = 0;
        for (size_t i = top; i < nout && ct_topn_key(q, i)->priority >= band; i++)
            after++;
        if ((double)after < 0.25 * (double)(w - mine) || !after)
            continue; /* the others' rows do not go on below it */
        sum->cut_files++;
        if (!worst || top < worst_top)
            worst = l, worst_top = top, worst_below = below, worst_expected = expected;
    }
    if (!worst) {
        sum->cut_exact_top = 0;
        sum->cut_top_file[0] = 0;
        return;
    }
    snprintf(sum->cut_file, sizeof sum->cut_file, "%s", paths[worst->file]);
    sum->cut_file_rows = worst->rows;
    sum->cut_rows_below = worst_below;
    sum->cut_rows_expected = worst_expected;
    block_of(q, worst->file, worst_top, sum);
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
    uint64_t fmin = UINT64_MAX, fmax = 0, nmax = 0, unranked_files = 0;
    file_last *lasts = npaths ? ct_calloc(npaths, sizeof *lasts) : NULL;
    size_t nlasts = 0;
    ct_status s = npaths && !lasts ? CT_ENOMEM : ct_topn_create(capacity, qrow_free, &q);
    for (size_t i = 0; i < npaths && s == CT_OK; i++) {
        const uint64_t before = in;
        s = one_file(paths[i], i, &m, q, &seq, status_order, status_nlevels, &in, diag);
        if (s != CT_OK)
            break;
        fmin = in - before < fmin ? in - before : fmin;
        if (sum && in == before) { /* a header alone: named, each one */
            if (sum->files_empty < CT_QUEUE_MERGE_EMPTY_MAX)
                sum->empty_files[sum->files_empty] = i;
            sum->files_empty++;
        }
        /* the row counts that hint at a --capacity cut are the ranked
         * queues': score refuses --no-sort with --capacity, so an unranked
         * queue was never cut (before 2026-12-05 four --no-sort shards of
         * 1,250 rows each were said to be "as score --capacity 1250
         * writes": tests/cli/merge_unranked_no_capacity_note) */
        if (!m.unranked && m.have_last) {
            char *d = dup_n(m.last_id, strlen(m.last_id));
            if (!d) {
                s = CT_ENOMEM;
                break;
            }
            lasts[nlasts] = (file_last){m.last, in - before, i};
            lasts[nlasts++].key.id = d;
        }
        if (m.unranked)
            unranked_files++;
        else if (in - before > fmax) {
            fmax = in - before;
            nmax = 0;
        }
        nmax += !m.unranked && in - before == fmax;
        /* a file of rows none of which has a reason (score --reasons 0)
         * beside one whose rows have them: said, the first of each. A row
         * lists only its positive contributions, and a few rows may have
         * none (low probabilities): as for the counts below, 10 rows at
         * least (before 2026-12-04 a shard of 3 such rows scored with the
         * default --reasons 3 was said to be scored with --reasons 0:
         * tests/cli/merge_reasons_small_shard_none) */
        if (sum && in - before >= MERGE_REASONS_MIN_ROWS && !m.with_reasons &&
            !sum->file_without_reasons[0])
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
            /* a reach queue of a file with neither count column is ranked
             * by probability (score's fallback), whatever --priority said:
             * the likely cause when no one asked for prob (before
             * 2026-12-06 the hint named --priority alone:
             * tests/cli/merge_priority_fallback_named) */
            if (diag)
                snprintf(diag->hint, sizeof diag->hint,
                         "score every shard with the same --priority and the same model; a "
                         "shard whose reports have neither a views nor a shares column is "
                         "ranked by probability under --priority reach too (score's note "
                         "says so): give every shard its counts, or score all with "
                         "--priority prob");
            s = CT_EDATA;
        } else if (k && !spec) {
            spec = k;
            spec_file = i;
        }
    }
    if (s == CT_OK)
        s = check_ids(&m, paths, one_input, sum, diag);
    for (size_t i = 0; i < m.nids; i++) {
        ct_free(m.ids[i].id);
        ct_free(m.ids[i].key);
    }
    ct_free(m.ids);
    ct_free(m.last_id);
    triage_order_free(&m.order);
    ct_csv_writer *w = NULL;
    if (s == CT_OK) {
        ct_csv_write_options wo = ct_csv_write_options_default();
        s = ct_csv_writer_open(out, "queue", &wo, &w, diag);
    }
    const size_t nf = m.nf ? m.nf : QFIELDS;
    for (size_t i = 0; i < nf && s == CT_OK; i++)
        s = ct_csv_write_field(w, triage_queue_columns[i], strlen(triage_queue_columns[i]));
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
    if (s == CT_OK && sum && npaths > 1)
        cut_note(q, lasts, nlasts, in, paths, sum);
    /* shards of an even split: a queue one row (or 1%) short of the most */
    const uint64_t near = fmax / 100 > 1 ? fmax / 100 : 1;
    for (size_t i = 0; sum && i < nlasts; i++)
        sum->files_near_max += lasts[i].rows < fmax && lasts[i].rows + near >= fmax;
    for (size_t i = 0; i < nlasts; i++)
        ct_free((char *)lasts[i].key.id);
    ct_free(lasts);
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
        sum->files_unranked = unranked_files;
        sum->rows_without_id = m.without_id;
    }
    return s;
}
