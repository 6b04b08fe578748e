/* merge.c — the merge of shard queues (CSV, as ct_score_stream writes
 * them) into the global queue: every row offered to one bounded top-N
 * queue under the same total order as scoring (triage.h), then written with
 * ranks renumbered through the same CSV writer, so the bytes equal those of
 * scoring all shards' rows at once. Memory: O(capacity) rows. */
#include "claimtriage/csv.h"
#include "claimtriage/triage.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define QFIELDS 8 /* rank id priority probability predicted status flags reasons */

static const char *const qheader[QFIELDS] = {"rank",      "id",     "priority", "probability",
                                             "predicted", "status", "flags",    "reasons"};

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

static ct_status one_file(const char *path, ct_topn *q, uint64_t *seq, const char *const *order,
                          size_t norder, uint64_t *rows_in, ct_diag *diag)
{
    ct_csv *r = NULL;
    ct_csv_options co = ct_csv_options_default();
    ct_status s = ct_csv_open_path(path, &co, &r, diag);
    if (s != CT_OK)
        return s;
    ct_csv_record rec;
    int first = 1;
    while ((s = ct_csv_next(r, &rec, diag)) == CT_OK && rec.fields) {
        if (rec.error != CT_CSV_OK) {
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "malformed queue record (the file is cut or was edited)");
            break;
        }
        if (rec.nfields != QFIELDS) {
            s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                            "%zu fields where a queue has %d: not a claimtriage score queue",
                            rec.nfields, QFIELDS);
            break;
        }
        if (first) {
            for (size_t i = 0; i < QFIELDS; i++)
                if (rec.fields[i].len != strlen(qheader[i]) ||
                    memcmp(rec.fields[i].ptr, qheader[i], rec.fields[i].len) != 0) {
                    s = ct_diag_set(diag, CT_EFORMAT, path, rec.line, 0,
                                    "header is not a claimtriage score queue's (written with "
                                    "--format csv)");
                    break;
                }
            first = 0;
            if (s != CT_OK)
                break;
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
        for (size_t i = 1; i < QFIELDS && s == CT_OK; i++) {
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
    ct_csv_close(r);
    return s;
}

ct_status ct_queue_merge(const char *const *paths, size_t npaths, size_t capacity,
                         const char *const *status_order, size_t status_nlevels, FILE *out,
                         uint64_t *rows_in, uint64_t *rows_out, ct_diag *diag)
{
    ct_diag_clear(diag);
    uint64_t in = 0, seq = 0, nout = 0;
    ct_topn *q = NULL;
    ct_status s = ct_topn_create(capacity, qrow_free, &q);
    for (size_t i = 0; i < npaths && s == CT_OK; i++)
        s = one_file(paths[i], q, &seq, status_order, status_nlevels, &in, diag);
    ct_csv_writer *w = NULL;
    if (s == CT_OK) {
        ct_csv_write_options wo = ct_csv_write_options_default();
        s = ct_csv_writer_open(out, "queue", &wo, &w, diag);
    }
    for (size_t i = 0; i < QFIELDS && s == CT_OK; i++)
        s = ct_csv_write_field(w, qheader[i], strlen(qheader[i]));
    if (s == CT_OK)
        s = ct_csv_write_end_record(w);
    if (s == CT_OK) {
        ct_topn_finish(q);
        for (size_t i = 0; i < ct_topn_size(q) && s == CT_OK; i++) {
            const qrow *row = ct_topn_payload(q, i);
            s = ct_csv_write_num(w, (double)(i + 1), CT_CSV_NUM_INT);
            for (size_t k = 1; k < QFIELDS && s == CT_OK; k++)
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
    if (rows_in)
        *rows_in = in;
    if (rows_out)
        *rows_out = nout;
    return s;
}
