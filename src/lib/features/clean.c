/* clean.c — the cleaning rules: rows dropped for missing values, exact
 * duplicates, repeated ids, and capping bounds learned once (see
 * claimtriage/clean.h). */
#include "claimtriage/clean.h"
#include "claimtriage/stats.h"

#include "base/hash.h"

#include <math.h>
#include <string.h>

ct_clean_spec ct_clean_spec_default(void)
{
    ct_clean_spec s;
    memset(&s, 0, sizeof s);
    s.drop_duplicates = 1;
    s.cap_iqr = 1.5;
    return s;
}

const char *ct_clean_spec_check(const ct_clean_spec *s)
{
    if (!s)
        return "cleaning spec is NULL";
    if ((s->ncolumns && !s->columns) || (s->ncap && !s->cap))
        return "a column list is NULL";
    for (size_t k = 0; k < s->ncolumns; k++)
        if (!s->columns[k] || !*s->columns[k])
            return "a used column has an empty name";
    for (size_t k = 0; k < s->ncap; k++)
        if (!s->cap[k] || !*s->cap[k])
            return "a capped column has an empty name";
    if (!(s->cap_iqr >= 0) || !isfinite(s->cap_iqr))
        return "cap_iqr must be a finite number >= 0";
    return NULL;
}

void ct_clean_free(ct_clean *c)
{
    if (!c)
        return;
    for (size_t k = 0; c->columns && k < c->ncolumns; k++)
        ct_free(c->columns[k]);
    for (size_t k = 0; c->caps && k < c->ncap; k++)
        ct_free(c->caps[k].column);
    ct_free(c->columns);
    ct_free(c->caps);
    ct_free(c->id_column);
    ct_free(c);
}

void ct_clean_rows_free(ct_clean_rows *r)
{
    if (!r)
        return;
    ct_free(r->rows);
    ct_free(r->ncapped);
    memset(r, 0, sizeof *r);
}

void ct_clean_cap_bounds(double *work, size_t n, double k, double *q1, double *q3, double *limit)
{
    *q1 = ct_stats_quantile_select(work, n, 0.25);
    *q3 = ct_stats_quantile_select(work, n, 0.75);
    *limit = *q3 + k * (*q3 - *q1);
}

/* ---- exact duplicate rows (pandas drop_duplicates over every column) ---- */

static uint64_t row_hash(const ct_frame *f, size_t i)
{
    uint64_t h = 0x243F6A8885A308D3ull;
    for (size_t j = 0; j < ct_frame_ncols(f); j++) {
        const ct_column *c = ct_frame_col(f, j);
        if (ct_column_missing(c)[i]) {
            h = ct_hash_mix(h ^ 0x5555u);
            continue;
        }
        const double *v = ct_column_f64(c);
        const int64_t *x = ct_column_i64(c);
        const int32_t *codes = ct_column_codes(c);
        if (x) /* exact ids: distinct ids beyond 2^53 may share a double */
            h = ct_hash_mix(h ^ (uint64_t)x[i]);
        else if (v)
            h = ct_hash_double(v[i], h);
        else if (codes)
            h = ct_hash_mix(h ^ (uint64_t)(uint32_t)codes[i]);
        else {
            size_t len = 0;
            const char *s = ct_column_str(c, i, &len);
            h = ct_hash_bytes(s ? s : "", s ? len : 0, h);
        }
    }
    return h;
}

static int value_equal(const ct_column *c, size_t a, size_t b)
{
    const uint8_t *m = ct_column_missing(c);
    if (m[a] || m[b])
        return m[a] == m[b];
    const double *v = ct_column_f64(c);
    const int64_t *x = ct_column_i64(c);
    const int32_t *codes = ct_column_codes(c);
    if (x)
        return x[a] == x[b];
    if (v)
        return v[a] == v[b];
    if (codes)
        return codes[a] == codes[b];
    size_t la = 0, lb = 0;
    const char *sa = ct_column_str(c, a, &la), *sb = ct_column_str(c, b, &lb);
    return la == lb && (la == 0 || memcmp(sa, sb, la) == 0);
}

/* Compares rows over every column of a frame, or over one column. */
typedef struct row_eq {
    const ct_frame *f;
    const ct_column *c; /* NULL: every column */
} row_eq;

static int rows_equal(const row_eq *e, size_t a, size_t b)
{
    if (e->c)
        return value_equal(e->c, a, b);
    for (size_t j = 0; j < ct_frame_ncols(e->f); j++)
        if (!value_equal(ct_frame_col(e->f, j), a, b))
            return 0;
    return 1;
}

/* Open addressing over the rows idx[0..m) keyed by hash[t]: keep[t] is
 * cleared for every row equal to an earlier one; *ndup counts them. */
static ct_status mark_duplicates(const size_t *idx, size_t m, const uint64_t *hash, uint8_t *keep,
                                 const row_eq *eq, size_t *ndup)
{
    size_t cap = 16;
    while (cap < 2 * m)
        cap *= 2;
    size_t *slot = ct_malloc(cap * sizeof *slot);
    if (!slot)
        return CT_ENOMEM;
    for (size_t s = 0; s < cap; s++)
        slot[s] = SIZE_MAX;
    *ndup = 0;
    for (size_t t = 0; t < m; t++) {
        size_t s = (size_t)hash[t] & (cap - 1);
        for (;;) {
            if (slot[s] == SIZE_MAX) {
                slot[s] = t;
                break;
            }
            size_t u = slot[s];
            if (hash[u] == hash[t] && rows_equal(eq, idx[u], idx[t])) {
                keep[t] = 0;
                (*ndup)++;
                break;
            }
            s = (s + 1) & (cap - 1);
        }
    }
    ct_free(slot);
    return CT_OK;
}

/* Kept rows whose id repeats an earlier kept row's (missing ids skipped). */
static ct_status count_repeated_ids(const ct_frame *f, const ct_column *c, const size_t *idx,
                                    size_t m, size_t *out)
{
    size_t *sub = ct_malloc((m ? m : 1) * sizeof *sub);
    uint64_t *hash = ct_malloc((m ? m : 1) * sizeof *hash);
    uint8_t *keep = ct_malloc(m ? m : 1);
    ct_status s = CT_ENOMEM;
    if (sub && hash && keep) {
        const double *v = ct_column_f64(c);
        const int64_t *x = ct_column_i64(c);
        size_t w = 0;
        for (size_t t = 0; t < m; t++) {
            size_t i = idx[t];
            if (ct_column_missing(c)[i])
                continue;
            if (x) {
                hash[w] = ct_hash_mix((uint64_t)x[i]);
            } else if (v) {
                hash[w] = ct_hash_double(v[i], 0);
            } else {
                size_t len = 0;
                const char *str = ct_column_str(c, i, &len);
                hash[w] = ct_hash_bytes(str ? str : "", str ? len : 0, 0);
            }
            sub[w++] = i;
        }
        memset(keep, 1, m ? m : 1);
        row_eq eq = {f, c};
        s = mark_duplicates(sub, w, hash, keep, &eq, out);
    }
    ct_free(sub);
    ct_free(hash);
    ct_free(keep);
    return s;
}

static ct_status find_column(const ct_frame *f, const char *name, const char *role, int numeric,
                             const ct_column **out, ct_diag *diag)
{
    ct_status s = ct_frame_find_as(f, name, role, out, diag);
    if (s)
        return s;
    if (numeric && !ct_column_is_numeric(*out)) {
        s = ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                        "%s column '%s' is %s, not numeric", role, name,
                        ct_type_name(ct_column_type(*out)));
        size_t j; /* which value made it text, on which line */
        if (diag && ct_frame_find(f, name, &j, NULL) == CT_OK)
            ct_frame_explain_not_numeric(f, j, diag->hint, sizeof diag->hint);
        return s;
    }
    return CT_OK;
}

/* Rules 1–2 and the id count: the rows kept and the accounting. */
static ct_status select_rows(const ct_clean *c, const ct_frame *f, ct_clean_rows *r, ct_diag *diag)
{
    size_t n = ct_frame_nrows(f);
    const ct_column **used = ct_calloc(c->ncolumns ? c->ncolumns : 1, sizeof *used);
    const ct_column *idc = NULL;
    r->rows = ct_malloc((n ? n : 1) * sizeof *r->rows);
    r->ncapped = ct_calloc(c->ncap ? c->ncap : 1, sizeof *r->ncapped);
    r->ncap = c->ncap;
    if (!used || !r->rows || !r->ncapped) {
        ct_free(used);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory cleaning rows");
    }
    ct_status s = CT_OK;
    for (size_t k = 0; k < c->ncolumns && !s; k++)
        s = find_column(f, c->columns[k], "used", 0, &used[k], diag);
    size_t jid;
    if (!s && c->id_column && ct_frame_find(f, c->id_column, &jid, NULL) == CT_OK)
        idc = ct_frame_col(f, jid);
    if (s) {
        ct_free(used);
        return s;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int miss = 0;
        for (size_t k = 0; k < c->ncolumns && !miss; k++)
            miss = ct_column_missing(used[k])[i];
        if (!miss)
            r->rows[m++] = i;
    }
    ct_free(used);
    r->rows_in = n;
    r->dropped_missing = n - m;
    if (c->drop_duplicates && m > 1) {
        uint8_t *keep = ct_malloc(m);
        uint64_t *hash = ct_malloc(m * sizeof *hash);
        if (!keep || !hash)
            s = CT_ENOMEM;
        if (!s) {
            memset(keep, 1, m);
            for (size_t t = 0; t < m; t++)
                hash[t] = row_hash(f, r->rows[t]);
            row_eq eq = {f, NULL};
            s = mark_duplicates(r->rows, m, hash, keep, &eq, &r->dropped_duplicate);
        }
        if (!s) {
            size_t w = 0;
            for (size_t t = 0; t < m; t++)
                if (keep[t])
                    r->rows[w++] = r->rows[t];
            m = w;
        }
        ct_free(keep);
        ct_free(hash);
    }
    r->n = m;
    if (!s && idc)
        s = count_repeated_ids(f, idc, r->rows, m, &r->repeated_ids);
    if (s)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory cleaning rows");
    return CT_OK;
}

static char *dup_or_null(const char *s, int *fail)
{
    if (!s)
        return NULL;
    char *d = ct_strdup(s);
    if (!d)
        *fail = 1;
    return d;
}

static ct_clean *copy_spec(const ct_clean_spec *spec)
{
    ct_clean *c = ct_calloc(1, sizeof *c);
    if (!c)
        return NULL;
    int fail = 0;
    c->columns = ct_calloc(spec->ncolumns ? spec->ncolumns : 1, sizeof *c->columns);
    c->caps = ct_calloc(spec->ncap ? spec->ncap : 1, sizeof *c->caps);
    if (!c->columns || !c->caps) {
        ct_clean_free(c);
        return NULL;
    }
    c->ncolumns = spec->ncolumns;
    c->ncap = spec->ncap;
    for (size_t k = 0; k < spec->ncolumns; k++)
        c->columns[k] = dup_or_null(spec->columns[k], &fail);
    for (size_t k = 0; k < spec->ncap; k++) {
        c->caps[k].column = dup_or_null(spec->cap[k], &fail);
        c->caps[k].q1 = c->caps[k].q3 = c->caps[k].limit = NAN;
    }
    c->id_column = dup_or_null(spec->id_column, &fail);
    c->drop_duplicates = spec->drop_duplicates;
    c->cap_iqr = spec->cap_iqr;
    if (fail) {
        ct_clean_free(c);
        return NULL;
    }
    return c;
}

/* Values of capped column k over the kept rows, counted above the limit. */
static ct_status count_capped(const ct_clean *c, const ct_frame *f, ct_clean_rows *r, int learn,
                              ct_diag *diag)
{
    double *work = ct_malloc((r->n ? r->n : 1) * sizeof *work);
    if (!work)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory capping");
    ct_status s = CT_OK;
    for (size_t k = 0; k < c->ncap && !s; k++) {
        const ct_column *col;
        if ((s = find_column(f, c->caps[k].column, "capped", 1, &col, diag)))
            break;
        const double *v = ct_column_f64(col);
        ct_clean_cap *cap = &c->caps[k];
        if (learn) {
            for (size_t t = 0; t < r->n; t++)
                work[t] = v[r->rows[t]];
            ct_clean_cap_bounds(work, r->n, c->cap_iqr, &cap->q1, &cap->q3, &cap->limit);
        }
        r->ncapped[k] = 0;
        for (size_t t = 0; t < r->n; t++)
            r->ncapped[k] += v[r->rows[t]] > cap->limit;
    }
    ct_free(work);
    return s;
}

ct_status ct_clean_fit(const ct_frame *f, const ct_clean_spec *spec, ct_clean **out,
                       ct_clean_rows *rows, ct_diag *diag)
{
    *out = NULL;
    ct_clean_rows local;
    if (!rows)
        rows = &local;
    memset(rows, 0, sizeof *rows);
    const char *msg = ct_clean_spec_check(spec);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    ct_clean *c = copy_spec(spec);
    if (!c)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory cleaning rows");
    ct_status s = select_rows(c, f, rows, diag);
    /* the capped columns must exist and be numeric before rows can run out */
    for (size_t k = 0; k < c->ncap && !s; k++) {
        const ct_column *col;
        s = find_column(f, c->caps[k].column, "capped", 1, &col, diag);
    }
    if (!s && rows->n == 0)
        s = ct_diag_set(diag, CT_EEMPTY, ct_frame_source(f), 0, 0, "%s",
                        ct_frame_nrows(f) == 0
                            ? "no data rows: the file holds a header only"
                            : "no rows left after dropping rows with a missing value in a used "
                              "column");
    if (s == CT_EEMPTY && diag && ct_frame_nrows(f) > 0) /* which column did it */
        ct_frame_explain_missing(f, diag->hint, sizeof diag->hint);
    if (!s)
        s = count_capped(c, f, rows, 1, diag);
    if (s) {
        ct_clean_free(c);
        ct_clean_rows_free(rows);
        return s;
    }
    if (rows == &local)
        ct_clean_rows_free(rows);
    *out = c;
    return CT_OK;
}

ct_status ct_clean_apply(const ct_clean *c, const ct_frame *f, ct_clean_rows *rows, ct_diag *diag)
{
    memset(rows, 0, sizeof *rows);
    ct_status s = select_rows(c, f, rows, diag);
    if (!s)
        s = count_capped(c, f, rows, 0, diag);
    if (s)
        ct_clean_rows_free(rows);
    return s;
}

ct_status ct_clean_capped(const ct_clean *c, size_t k, const ct_frame *f, const size_t *rows,
                          size_t n, double *out, ct_diag *diag)
{
    if (k >= c->ncap)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no capped column %zu", k);
    const ct_column *col;
    ct_status s = find_column(f, c->caps[k].column, "capped", 1, &col, diag);
    if (s)
        return s;
    const double *v = ct_column_f64(col);
    double lim = c->caps[k].limit;
    if (!rows)
        n = ct_frame_nrows(f);
    for (size_t t = 0; t < n; t++) {
        double x = v[rows ? rows[t] : t];
        out[t] = x > lim ? lim : x;
    }
    return CT_OK;
}
