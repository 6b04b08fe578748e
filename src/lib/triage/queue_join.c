/* queue_join.c — a queue's ids matched to a labels frame (claimtriage/
 * queue_eval.h, ct_queue_labels_join): the labels' ids sorted by (length,
 * bytes) once, each queue id found by binary search. */
#include "claimtriage/csv.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/queue_eval.h"
#include "claimtriage/sort.h"
#include "claimtriage/textwidth.h"
#include "triage/queue_format.h"
#include "triage/score_internal.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct idrow {
    char *id;
    size_t len, row;
    size_t zeros; /* in zids: the leading zeros before id (an id's own bytes) */
    int seen;     /* a queue row has had this id */
} idrow;

static int idrow_cmp(const void *a, const void *b)
{
    const idrow *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    int c = memcmp(x->id, y->id, x->len);
    if (c)
        return c;
    return x->row < y->row ? -1 : x->row > y->row;
}

void ct_queue_labels_free(ct_queue_labels *q)
{
    if (!q)
        return;
    ct_free(q->positive);
    ct_free(q->weight);
    ct_free(q->probability);
    memset(q, 0, sizeof *q);
}

static idrow *find(idrow *ids, size_t n, const char *s, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = ids[mid].len != len ? (ids[mid].len < len ? -1 : 1) : memcmp(ids[mid].id, s, len);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && ids[lo].len == len && memcmp(ids[lo].id, s, len) == 0 ? &ids[lo] : NULL;
}

static ct_status col(const ct_frame *f, const char *name, const ct_column **out, ct_diag *diag)
{
    size_t j;
    ct_status s = ct_frame_find(f, name, &j, diag);
    *out = s == CT_OK ? ct_frame_col(f, j) : NULL;
    /* a queue given as the labels (before 2026-12-05 "required column
     * 'video_id' is absent": tests/cli/queue_eval_labels_queue_named) */
    if (s != CT_OK)
        ct_queue_given_diag(f, "the reports file with the labels", CT_QUEUE_LABELS_HINT, diag);
    return s;
}

/* Rows a and b of the label column hold the same label (both missing, or
 * equal values). */
static int same_label(const ct_column *c, const double *v, size_t a, size_t b)
{
    const uint8_t *miss = ct_column_missing(c);
    if (miss[a] || miss[b])
        return miss[a] && miss[b];
    if (v)
        return v[a] == v[b];
    size_t la = 0, lb = 0;
    const char *x = ct_column_str(c, a, &la), *y = ct_column_str(c, b, &lb);
    return la == lb && memcmp(x, y, la) == 0;
}

/* Whether row r's label is the positive value: 1 or 0, -1 when the label is
 * missing (v the numeric column's values and posv the positive value read as
 * a number, or v NULL and the text compared whole). */
static int label_positive(const ct_column *c, const double *v, double posv, const char *positive,
                          size_t r)
{
    if (ct_column_missing(c)[r])
        return -1;
    if (v)
        return v[r] == posv;
    size_t len = 0;
    const char *s = ct_column_str(c, r, &len);
    if (!s)
        return -1;
    return strlen(positive) == len && memcmp(s, positive, len) == 0;
}

/* Row r's label as text for a message ("" when missing). */
static void label_text(const ct_column *c, size_t r, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (ct_column_missing(c)[r])
        return;
    if (ct_column_is_numeric(c)) {
        ct_numfmt_value(buf, cap, ct_column_f64(c)[r]); /* a file's value, as said elsewhere */
        return;
    }
    size_t len = 0;
    const char *s = ct_column_str(c, r, &len);
    ct_textwidth_fit(buf, cap, s, len, SIZE_MAX, NULL, 0);
}

/* The first id whose rows disagree on the label: its text, the lines and
 * labels of its first row (the one used) and of the row that differs. */
static void note_conflict(ct_queue_labels *out, const ct_frame *f, const ct_column *c,
                          const idrow *first, const idrow *other)
{
    ct_textwidth_fit(out->conflict_id, sizeof out->conflict_id, first->id, first->len, SIZE_MAX,
                     NULL, 0);
    out->conflict_lines[0] = ct_frame_row_line(f, first->row);
    out->conflict_lines[1] = ct_frame_row_line(f, other->row);
    label_text(c, first->row, out->conflict_labels[0], sizeof out->conflict_labels[0]);
    label_text(c, other->row, out->conflict_labels[1], sizeof out->conflict_labels[1]);
}

/* A queue id not in the labels, counted; one in scientific notation (a
 * spreadsheet's re-save rounded it) counted apart, the first kept; so is
 * one that a labels id equals but for leading zeros (ids: the labels'
 * ids, zids: those with leading zeros, without them). */
static void unmatched(ct_queue_labels *out, const ct_csv_field *id, long line, idrow *ids,
                      size_t nid, idrow *zids, size_t nz)
{
    out->unmatched++;
    const size_t ilen = triage_id_float_int_len(id->ptr, id->len);
    const size_t z = triage_id_leading_zeros(id->ptr, ilen);
    const idrow *near = z ? find(ids, nid, id->ptr + z, ilen - z) : NULL;
    if (!near && !z)
        near = find(zids, nz, id->ptr, ilen);
    if (near && out->zero_ids++ == 0) {
        ct_textwidth_fit(out->zero_id, sizeof out->zero_id, id->ptr, id->len, SIZE_MAX, NULL, 0);
        /* a zids entry points past its zeros: the labels' id starts before */
        ct_textwidth_fit(out->zero_label_id, sizeof out->zero_label_id, near->id - near->zeros,
                         near->len + near->zeros, SIZE_MAX, NULL, 0);
        out->zero_line = line;
    }
    if (!triage_id_scientific(id->ptr, id->len) || out->scientific_ids++)
        return;
    ct_textwidth_fit(out->scientific_id, sizeof out->scientific_id, id->ptr, id->len, SIZE_MAX,
                     NULL, 0);
    out->scientific_line = line;
}

/* The queue's ids written as Excel's text formula ="..." (the rule of
 * ct_frame_find_formula_ids, which the labels' ids get at load): counted
 * with the ids written, the first kept with its line. */
static void formula_id(ct_queue_labels *out, const ct_csv_field *id, long line)
{
    if (id->len == 0)
        return;
    out->id_values++;
    const char *v = id->ptr;
    if (id->len < 3 || v[0] != '=' || v[1] != '"' || v[id->len - 1] != '"' || out->formula_ids++)
        return;
    out->formula_len = id->len < sizeof out->formula_id ? id->len : sizeof out->formula_id;
    memcpy(out->formula_id, v, out->formula_len);
    out->formula_line = line;
}

/* The queue's order is its ranks': a queue re-sorted after score (by id or
 * status in a spreadsheet, or pandas' sort_values) keeps each row's rank,
 * and the moderators work it by rank, so when every row has one and the
 * file's order is not theirs, the rows are put in rank order (stable: equal
 * ranks keep the file's order) and counted. Measured in the file's order
 * such a queue looked no better than random order. */
static ct_status order_by_rank(ct_queue_labels *out, const double *rk, ct_diag *diag)
{
    const size_t n = out->n;
    int sorted = 1;
    for (size_t i = 0; i < n; i++) {
        if (isnan(rk[i]))
            return CT_OK; /* unranked rows (score --no-sort): the file's order */
        sorted &= i == 0 || rk[i - 1] <= rk[i];
    }
    if (sorted)
        return CT_OK;
    size_t *idx = ct_malloc(n * sizeof *idx);
    uint8_t *pos = ct_malloc(n);
    double *w = ct_malloc(n * sizeof *w), *p = ct_malloc(n * sizeof *p);
    ct_sort_work *sw = ct_sort_work_alloc(n);
    ct_status s = !idx || !pos || !w || !p || !sw ? CT_ENOMEM : ct_sort_argsort(rk, n, idx, sw);
    if (s == CT_OK) {
        for (size_t i = 0; i < n; i++) {
            pos[i] = out->positive[idx[i]];
            w[i] = out->weight[idx[i]];
            p[i] = out->probability[idx[i]];
            out->rank_reordered += idx[i] != i;
        }
        memcpy(out->positive, pos, n);
        memcpy(out->weight, w, n * sizeof *w);
        memcpy(out->probability, p, n * sizeof *p);
    } else {
        ct_diag_set(diag, s, NULL, 0, 0, "out of memory putting the queue in rank order");
    }
    ct_free(idx);
    ct_free(pos);
    ct_free(w);
    ct_free(p);
    ct_sort_work_free(sw);
    return s;
}

ct_status ct_queue_labels_join(const char *queue_path, const ct_frame *labels,
                               const char *id_column, const char *label_column,
                               const char *positive, const char *weight_column,
                               ct_queue_labels *out, ct_diag *diag)
{
    memset(out, 0, sizeof *out);
    const ct_column *cid, *clab, *cw;
    ct_status s;
    cw = NULL; /* no weight column: every weight NaN (unknown) */
    if ((s = col(labels, id_column, &cid, diag)) || (s = col(labels, label_column, &clab, diag)) ||
        (weight_column && (s = col(labels, weight_column, &cw, diag))))
        return s;
    /* views must be numbers: a column of text (counts written "343,296"
     * without --thousands, or another column named) weighed every row 0,
     * and said "0 views of claims" (before 2026-12-04:
     * tests/cli/queue_eval_views_text_refused), as score refuses it for the
     * reach; a column without a value is only missing */
    if (cw && !ct_column_f64(cw) && ct_column_nmissing(cw) < ct_column_len(cw)) {
        s = ct_diag_set(diag, CT_ETYPE, ct_frame_source(labels), 0, 0,
                        "column '%s' (--views) is of type %s: the claims' views and the order by "
                        "views alone need counts, numbers",
                        weight_column, ct_type_name(ct_column_type(cw)));
        if (diag)
            snprintf(diag->hint, sizeof diag->hint, "%s",
                     "counts written with thousands separators (1,234) are read with "
                     "--thousands=, ; or name the views' column with --views");
        /* the format its values are in, as score's reach hint names it:
         * views grouped by '.' ("1.234.567") want --thousands=., not ','
         * (before 2026-12-06 ',' whatever the values:
         * tests/cli/queue_eval_views_dot_grouped_hinted) */
        size_t cj;
        char fmt[sizeof diag->hint];
        if (diag && ct_frame_find(labels, weight_column, &cj, NULL) == CT_OK &&
            ct_frame_explain_number_format(labels, cj, fmt, sizeof fmt - 64))
            snprintf(diag->hint, sizeof diag->hint,
                     "%.900s; or name the views' column with --views", fmt);
        return s;
    }
    /* a numeric label column (0 / 1 read without the reports schema): its
     * values compared as numbers, as train compares them (tr_labels) */
    const int numeric = ct_column_is_numeric(clab);
    double posv = NAN;
    if (numeric) {
        char *end;
        errno = 0;
        posv = strtod(positive, &end);
        if (end == positive || *end || errno || !isfinite(posv))
            return ct_diag_set(diag, CT_EDATA, NULL, 0, 0,
                               "the label column '%s' is numeric and the positive value '%s' is "
                               "not a number",
                               label_column, positive);
    }
    const double *labv = numeric ? ct_column_f64(clab) : NULL;
    const size_t n = ct_frame_nrows(labels);
    idrow *ids = ct_calloc(n ? n : 1, sizeof *ids);
    if (!ids)
        return CT_ENOMEM;
    char buf[CT_SCORE_ID_MAX], kbuf[CT_SCORE_ID_MAX];
    size_t nid = 0;
    for (size_t i = 0; i < n && s == CT_OK; i++) {
        triage_id_text(cid, i, buf, sizeof buf);
        if (!buf[0])
            continue;
        /* matched by the key (" 123 ", "123.0", "123" one id), as score and
         * merge compare ids (queue_id.c) */
        ids[nid].len = triage_id_key(buf, strlen(buf), kbuf, sizeof kbuf);
        ids[nid].row = i;
        if (!(ids[nid++].id = ct_strdup(kbuf)))
            s = CT_ENOMEM;
    }
    if (s == CT_OK)
        qsort(ids, nid, sizeof *ids, idrow_cmp);
    /* the labels' ids with leading zeros, without them: a queue id found
     * only so is still unmatched, but its cause is said (unmatched) */
    size_t nz = 0;
    idrow *zids = s == CT_OK ? ct_calloc(nid ? nid : 1, sizeof *zids) : NULL;
    if (s == CT_OK && !zids)
        s = CT_ENOMEM;
    for (size_t i = 0; s == CT_OK && i < nid; i++) {
        const size_t z = triage_id_leading_zeros(ids[i].id, ids[i].len);
        if (z)
            zids[nz++] = (idrow){ids[i].id + z, ids[i].len - z, ids[i].row, z, 0};
    }
    if (nz > 1)
        qsort(zids, nz, sizeof *zids, idrow_cmp);
    /* equal ids are adjacent, in file order: each row's label against the
     * first row's, the one used; an id counted once */
    for (size_t i = 1, first = 0, counted = 0; i < nid; i++) {
        if (ids[i].len != ids[first].len || memcmp(ids[i].id, ids[first].id, ids[i].len) != 0) {
            first = i;
            counted = 0;
            continue;
        }
        out->duplicate_ids++;
        if (counted || same_label(clab, labv, ids[first].row, ids[i].row))
            continue;
        counted = 1;
        /* the one said: the id whose first row comes first in the file */
        if (out->conflicting_ids++ == 0 ||
            ct_frame_row_line(labels, ids[first].row) < out->conflict_lines[0])
            note_conflict(out, labels, clab, &ids[first], &ids[i]);
    }
    /* the file, its header and every record under the rule merge reads
     * queues by (queue_read.c): before 2026-12-04 queue-eval took any CSV
     * with an "id" column and a priority 'nan' or a probability 1.5, which
     * merge refused (tests/cli/queue_rule_one) */
    triage_queue qr;
    memset(&qr, 0, sizeof qr);
    if (s == CT_OK)
        s = triage_queue_open(queue_path, "queue-eval", "score again", &qr, diag);
    const size_t idcol = 1;
    size_t cap = 0;
    double *rk = NULL; /* each row's rank, NaN when empty */
    const double *wv = cw ? ct_column_f64(cw) : NULL;
    triage_queue_row row;
    while (s == CT_OK && (s = triage_queue_next(&qr, &row, diag)) == CT_OK && row.fields) {
        const ct_csv_field *fields = row.fields;
        out->queue_rows++;
        formula_id(out, &fields[idcol], row.line);
        /* by its key ("N.0", a pandas re-save, " N " and "N,NNN" are N), as
         * the labels' ids are keyed, and as score and merge compare ids
         * (queue_id.c; before 2026-12-05 a padded or grouped id matched
         * nothing: tests/cli/queue_eval_ids_keyed) */
        const size_t ilen = triage_id_key(fields[idcol].ptr, fields[idcol].len, kbuf, sizeof kbuf);
        idrow *hit = find(ids, nid, kbuf, ilen);
        /* listed again: a review, never a second claim */
        const int repeat = hit && hit->seen;
        if (hit)
            hit->seen = 1;
        if (repeat)
            hit = NULL;
        const int lp = hit ? label_positive(clab, labv, posv, positive, hit->row) : -1;
        const int known = lp >= 0;
        if (repeat)
            out->queue_repeats++;
        else if (!hit)
            unmatched(out, &fields[idcol], row.line, ids, nid, zids, nz);
        else if (!known)
            out->unlabelled++;
        else
            out->labelled++;
        if (out->n == cap) {
            size_t nc = cap ? 2 * cap : 1024;
            uint8_t *np = ct_realloc(out->positive, nc);
            if (np)
                out->positive = np;
            double *nw = np ? ct_realloc(out->weight, nc * sizeof *nw) : NULL;
            if (nw)
                out->weight = nw;
            double *npr = nw ? ct_realloc(out->probability, nc * sizeof *npr) : NULL;
            if (npr)
                out->probability = npr;
            double *nr = npr ? ct_realloc(rk, nc * sizeof *nr) : NULL;
            if (nr)
                rk = nr;
            if (!np || !nw || !npr || !nr) {
                s = CT_ENOMEM;
                break;
            }
            cap = nc;
        }
        /* every queue row is a review: a row without a known label keeps its
         * place (CT_QLABEL_UNKNOWN), so positions stay the queue's */
        out->positive[out->n] = known ? (uint8_t)lp : CT_QLABEL_UNKNOWN;
        rk[out->n] = row.rank;
        out->probability[out->n] = row.probability;
        out->weight[out->n] = hit && wv && !ct_column_missing(cw)[hit->row] ? wv[hit->row] : NAN;
        if (out->weight[out->n] < 0 && out->negative_weights++ == 0) {
            const ct_csv_field *idf = &fields[idcol];
            ct_textwidth_fit(out->negative_weight_id, sizeof out->negative_weight_id, idf->ptr,
                             idf->len, SIZE_MAX, NULL, 0);
            out->negative_weight_line = row.line;
        }
        out->n++;
    }
    /* the labels' positives (an id's first row, the label used) that no
     * queue row lists: the queue holds part of the labelled reports */
    for (size_t i = 0; s == CT_OK && i < nid; i++) {
        if (i > 0 && ids[i].len == ids[i - 1].len &&
            memcmp(ids[i].id, ids[i - 1].id, ids[i].len) == 0)
            continue;
        const int pos = label_positive(clab, labv, posv, positive, ids[i].row) == 1;
        out->label_positives += pos;
        out->positives_not_in_queue += pos && !ids[i].seen;
    }
    out->unranked = qr.unranked;
    /* the priority spec the reader found (queue_read.c): priority =
     * probability on every row where it tells, so the queue's order is the
     * probability's (ties aside) */
    out->priority_is_probability = qr.eq > 0 && qr.ne == 0;
    if (s == CT_OK && rk)
        s = order_by_rank(out, rk, diag);
    ct_free(rk);
    triage_queue_close(&qr);
    for (size_t i = 0; i < nid; i++)
        ct_free(ids[i].id);
    ct_free(ids);
    ct_free(zids);
    if (s != CT_OK)
        ct_queue_labels_free(out);
    return s;
}
