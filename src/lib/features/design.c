/* design.c — design matrix from a frame (see claimtriage/design.h). */
#include "claimtriage/design.h"
#include "claimtriage/stats.h"

#include "base/hash.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const ct_design_feature course_features[] = {
    {"video_duration_sec", NULL},  {"claim_status", "claim"},   {"author_ban_status", "active"},
    {"video_view_count", NULL},    {"video_share_count", NULL}, {"video_download_count", NULL},
    {"video_comment_count", NULL},
};
static const char *const course_cap[] = {"video_like_count", "video_comment_count"};

ct_design_options ct_design_options_default(void)
{
    ct_design_options o;
    memset(&o, 0, sizeof o);
    o.target = "verified_status";
    o.positive = "verified";
    o.features = course_features;
    o.nfeatures = sizeof course_features / sizeof course_features[0];
    o.cap = course_cap;
    o.ncap = sizeof course_cap / sizeof course_cap[0];
    o.cap_iqr = 1.5;
    o.drop_duplicates = 1;
    return o;
}

const char *ct_design_options_check(const ct_design_options *o)
{
    if (!o)
        return "options are NULL";
    if (!o->target || !*o->target)
        return "no target column";
    if (!o->positive)
        return "no positive target value";
    if (o->nfeatures == 0 || !o->features)
        return "no features";
    for (size_t k = 0; k < o->nfeatures; k++)
        if (!o->features[k].column || !*o->features[k].column)
            return "a feature has an empty column name";
    if ((o->ncap && !o->cap) || (o->nscreen && !o->screen))
        return "a column list is NULL";
    if (!(o->cap_iqr >= 0) || !isfinite(o->cap_iqr))
        return "cap_iqr must be a finite number >= 0";
    return NULL;
}

void ct_design_free(ct_design *d)
{
    if (!d)
        return;
    for (size_t j = 0; d->names && j < d->p; j++)
        ct_free(d->names[j]);
    for (size_t j = 0; d->reference && j < d->nfeatures; j++)
        ct_free(d->reference[j]);
    for (size_t j = 0; d->screen_names && j < d->nscreen; j++)
        ct_free(d->screen_names[j]);
    for (size_t k = 0; d->caps && k < d->ncap; k++)
        ct_free(d->caps[k].column);
    ct_free(d->names);
    ct_free(d->reference);
    ct_free(d->screen_names);
    ct_free(d->x);
    ct_free(d->y);
    ct_free(d->rows);
    ct_free(d->kind);
    ct_free(d->feature);
    ct_free(d->target);
    ct_free(d->positive);
    ct_free(d->caps);
    ct_free(d->screen);
    ct_free(d);
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
        const int32_t *codes = ct_column_codes(c);
        if (v)
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

static int rows_equal(const ct_frame *f, size_t a, size_t b)
{
    for (size_t j = 0; j < ct_frame_ncols(f); j++) {
        const ct_column *c = ct_frame_col(f, j);
        const uint8_t *m = ct_column_missing(c);
        if (m[a] || m[b]) {
            if (m[a] != m[b])
                return 0;
            continue;
        }
        const double *v = ct_column_f64(c);
        const int32_t *codes = ct_column_codes(c);
        if (v) {
            if (v[a] != v[b])
                return 0;
        } else if (codes) {
            if (codes[a] != codes[b])
                return 0;
        } else {
            size_t la = 0, lb = 0;
            const char *sa = ct_column_str(c, a, &la), *sb = ct_column_str(c, b, &lb);
            if (la != lb || (la && memcmp(sa, sb, la) != 0))
                return 0;
        }
    }
    return 1;
}

/* Open-addressing table of row indices keyed by a 64-bit hash. keep[i] is
 * cleared for every row equal to an earlier kept row. `eq` compares rows. */
static ct_status mark_duplicates(const size_t *idx, size_t m, const uint64_t *hash, uint8_t *keep,
                                 int (*eq)(const void *, size_t, size_t), const void *ctx,
                                 size_t *ndup)
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
        size_t i = idx[t], s = (size_t)hash[t] & (cap - 1);
        for (;;) {
            if (slot[s] == SIZE_MAX) {
                slot[s] = t;
                break;
            }
            size_t u = slot[s];
            if (hash[u] == hash[t] && eq(ctx, idx[u], i)) {
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

static int ids_equal(const void *ctx, size_t a, size_t b)
{
    const double *v = ctx;
    return v[a] == v[b];
}

static int frame_rows_equal(const void *ctx, size_t a, size_t b) { return rows_equal(ctx, a, b); }

/* ---- build ---- */

typedef struct used_col {
    size_t j;
    const ct_column *c;
} used_col;

static ct_status find_col(const ct_frame *f, const char *name, const char *role, used_col *u,
                          ct_diag *diag)
{
    ct_status s = ct_frame_find(f, name, &u->j, NULL);
    if (s)
        return ct_diag_set(diag, CT_ECOLUMN, ct_frame_source(f), 0, 0,
                           "%s column '%s' is not in the file", role, name);
    u->c = ct_frame_col(f, u->j);
    return CT_OK;
}

static ct_status need_numeric(const ct_frame *f, const used_col *u, const char *role, ct_diag *diag)
{
    if (ct_column_is_numeric(u->c))
        return CT_OK;
    return ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                       "%s column '%s' is %s, not numeric", role, ct_column_name(u->c),
                       ct_type_name(ct_column_type(u->c)));
}

/* Target value of row i equals `positive`? Category and text by string,
 * numeric by value. */
static int is_positive(const ct_column *c, size_t i, const char *positive, double posnum,
                       int32_t poscode)
{
    const int32_t *codes = ct_column_codes(c);
    if (codes)
        return codes[i] == poscode;
    const double *v = ct_column_f64(c);
    if (v)
        return v[i] == posnum;
    size_t len = 0;
    const char *s = ct_column_str(c, i, &len);
    return s && len == strlen(positive) && memcmp(s, positive, len) == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Cap values at Q3 + k·IQR (linear-interpolation quartiles over `vals`). */
static ct_status cap_column(double *vals, size_t n, double k, ct_design_cap *out)
{
    double *work = ct_malloc((n ? n : 1) * sizeof *work);
    if (!work)
        return CT_ENOMEM;
    memcpy(work, vals, n * sizeof *work);
    out->q1 = ct_stats_quantile_select(work, n, 0.25);
    out->q3 = ct_stats_quantile_select(work, n, 0.75);
    ct_free(work);
    out->limit = out->q3 + k * (out->q3 - out->q1);
    out->ncapped = 0;
    for (size_t i = 0; i < n; i++)
        if (vals[i] > out->limit) {
            vals[i] = out->limit;
            out->ncapped++;
        }
    return CT_OK;
}

typedef struct build_ctx {
    const ct_frame *f;
    const ct_design_options *o;
    ct_diag *diag;
    used_col target;
    used_col *feat, *cap, *scr;
    int32_t *refcode; /* per feature: reference level code (categorical) */
    size_t *idx;      /* kept frame rows */
    size_t m;
    double **capped; /* per capped column: values over kept rows */
} build_ctx;

static ct_status resolve_columns(build_ctx *b)
{
    const ct_design_options *o = b->o;
    ct_status s = find_col(b->f, o->target, "target", &b->target, b->diag);
    if (s)
        return s;
    for (size_t k = 0; k < o->nfeatures; k++) {
        if ((s = find_col(b->f, o->features[k].column, "feature", &b->feat[k], b->diag)))
            return s;
        const ct_column *c = b->feat[k].c;
        b->refcode[k] = -1;
        if (ct_column_codes(c)) {
            size_t nl = ct_column_nlevels(c);
            if (nl < 2)
                return ct_diag_set(b->diag, CT_EDATA, ct_frame_source(b->f), 0, 0,
                                   "categorical feature '%s' has fewer than two levels",
                                   ct_column_name(c));
            const char *ref = o->features[k].reference;
            if (ref) {
                b->refcode[k] = ct_column_level_find(c, ref);
                if (b->refcode[k] < 0)
                    return ct_diag_set(b->diag, CT_EINVAL, ct_frame_source(b->f), 0, 0,
                                       "reference level '%s' does not occur in '%s'", ref,
                                       ct_column_name(c));
            } else {
                size_t best = 0;
                for (size_t l = 1; l < nl; l++)
                    if (strcmp(ct_column_level(c, l), ct_column_level(c, best)) < 0)
                        best = l;
                b->refcode[k] = (int32_t)best;
            }
        } else if ((s = need_numeric(b->f, &b->feat[k], "feature", b->diag))) {
            return ct_diag_set(b->diag, CT_ETYPE, ct_frame_source(b->f), 0, 0,
                               "feature '%s' is %s: use a numeric or categorical column",
                               ct_column_name(c), ct_type_name(ct_column_type(c)));
        }
    }
    for (size_t k = 0; k < o->ncap; k++)
        if ((s = find_col(b->f, o->cap[k], "capped", &b->cap[k], b->diag)) ||
            (s = need_numeric(b->f, &b->cap[k], "capped", b->diag)))
            return s;
    for (size_t k = 0; k < o->nscreen; k++)
        if ((s = find_col(b->f, o->screen[k], "screened", &b->scr[k], b->diag)) ||
            (s = need_numeric(b->f, &b->scr[k], "screened", b->diag)))
            return s;
    ct_type tt = ct_column_type(b->target.c);
    if (tt != CT_TYPE_CATEGORY && tt != CT_TYPE_TEXT && !ct_column_is_numeric(b->target.c) &&
        tt != CT_TYPE_ID)
        return ct_diag_set(b->diag, CT_ETYPE, ct_frame_source(b->f), 0, 0,
                           "target '%s' has type %s", o->target, ct_type_name(tt));
    return CT_OK;
}

/* Steps 1–2: the rows kept. */
static ct_status select_rows(build_ctx *b, ct_design *d)
{
    const ct_design_options *o = b->o;
    size_t n = ct_frame_nrows(b->f);
    b->idx = ct_malloc((n ? n : 1) * sizeof *b->idx);
    if (!b->idx)
        return CT_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int miss = ct_column_missing(b->target.c)[i];
        for (size_t k = 0; k < o->nfeatures && !miss; k++)
            miss = ct_column_missing(b->feat[k].c)[i];
        for (size_t k = 0; k < o->ncap && !miss; k++)
            miss = ct_column_missing(b->cap[k].c)[i];
        for (size_t k = 0; k < o->nscreen && !miss; k++)
            miss = ct_column_missing(b->scr[k].c)[i];
        if (!miss)
            b->idx[m++] = i;
    }
    d->rows_in = n;
    d->dropped_missing = n - m;
    uint8_t *keep = ct_malloc((m ? m : 1));
    uint64_t *hash = ct_malloc((m ? m : 1) * sizeof *hash);
    ct_status s = CT_OK;
    if (!keep || !hash) {
        s = CT_ENOMEM;
        goto out;
    }
    memset(keep, 1, m);
    if (o->drop_duplicates) {
        for (size_t t = 0; t < m; t++)
            hash[t] = row_hash(b->f, b->idx[t]);
        if ((s = mark_duplicates(b->idx, m, hash, keep, frame_rows_equal, b->f,
                                 &d->dropped_duplicate)))
            goto out;
        size_t w = 0;
        for (size_t t = 0; t < m; t++)
            if (keep[t])
                b->idx[w++] = b->idx[t];
        m = w;
    }
    /* repeated identifiers among kept rows (independence check) */
    size_t jid;
    if (ct_frame_find(b->f, "video_id", &jid, NULL) == CT_OK &&
        ct_column_f64(ct_frame_col(b->f, jid))) {
        const ct_column *c = ct_frame_col(b->f, jid);
        const double *id_values = ct_column_f64(c);
        size_t w = 0;
        for (size_t t = 0; t < m; t++)
            if (!ct_column_missing(c)[b->idx[t]])
                hash[w++] = ct_hash_double(id_values[b->idx[t]], 0);
        /* ids of rows with a missing id are not compared */
        size_t *sub = ct_malloc((w ? w : 1) * sizeof *sub);
        if (!sub) {
            s = CT_ENOMEM;
            goto out;
        }
        w = 0;
        for (size_t t = 0; t < m; t++)
            if (!ct_column_missing(c)[b->idx[t]])
                sub[w++] = b->idx[t];
        memset(keep, 1, m);
        s = mark_duplicates(sub, w, hash, keep, ids_equal, id_values, &d->repeated_ids);
        ct_free(sub);
        if (s)
            goto out;
    }
    b->m = m;
    if (m == 0)
        s = ct_diag_set(b->diag, CT_EEMPTY, ct_frame_source(b->f), 0, 0,
                        "no rows left after dropping rows with missing values");
out:
    ct_free(keep);
    ct_free(hash);
    return s;
}

/* Step 3: capped values over kept rows, per capped column. */
static ct_status cap_columns(build_ctx *b, ct_design *d)
{
    const ct_design_options *o = b->o;
    d->ncap = o->ncap;
    d->caps = ct_calloc(o->ncap ? o->ncap : 1, sizeof *d->caps);
    b->capped = ct_calloc(o->ncap ? o->ncap : 1, sizeof *b->capped);
    if (!d->caps || !b->capped)
        return CT_ENOMEM;
    for (size_t k = 0; k < o->ncap; k++) {
        const double *v = ct_column_f64(b->cap[k].c);
        b->capped[k] = ct_malloc(b->m * sizeof(double));
        if (!b->capped[k])
            return CT_ENOMEM;
        for (size_t t = 0; t < b->m; t++)
            b->capped[k][t] = v[b->idx[t]];
        if (!(d->caps[k].column = ct_strdup(ct_column_name(b->cap[k].c))))
            return CT_ENOMEM;
        ct_status s = cap_column(b->capped[k], b->m, o->cap_iqr, &d->caps[k]);
        if (s)
            return s;
    }
    return CT_OK;
}

/* Values of numeric column c over kept rows: the capped copy when capped. */
static const double *kept_values(const build_ctx *b, size_t j, int *capped_k)
{
    for (size_t k = 0; k < b->o->ncap; k++)
        if (b->cap[k].j == j) {
            *capped_k = (int)k;
            return b->capped[k];
        }
    *capped_k = -1;
    return ct_column_f64(ct_frame_col(b->f, j));
}

static ct_status name_column(ct_design *d, size_t col, const char *a, const char *b2)
{
    size_t la = strlen(a), lb = b2 ? strlen(b2) + 1 : 0;
    d->names[col] = ct_malloc(la + lb + 1);
    if (!d->names[col])
        return CT_ENOMEM;
    memcpy(d->names[col], a, la);
    if (b2) {
        d->names[col][la] = '_';
        memcpy(d->names[col] + la + 1, b2, lb - 1);
    }
    d->names[col][la + lb] = '\0';
    return CT_OK;
}

/* Step 4–5: fill X and y. */
static ct_status fill_design(build_ctx *b, ct_design *d)
{
    const ct_design_options *o = b->o;
    size_t p = 1;
    for (size_t k = 0; k < o->nfeatures; k++)
        p += ct_column_codes(b->feat[k].c) ? ct_column_nlevels(b->feat[k].c) - 1 : 1;
    size_t m = b->m;
    d->n = m;
    d->p = p;
    d->nfeatures = o->nfeatures;
    d->x = ct_malloc(m * p * sizeof *d->x);
    d->y = ct_malloc(m * sizeof *d->y);
    d->rows = ct_malloc(m * sizeof *d->rows);
    d->names = ct_calloc(p, sizeof *d->names);
    d->kind = ct_calloc(p, sizeof *d->kind);
    d->feature = ct_calloc(p, sizeof *d->feature);
    d->reference = ct_calloc(o->nfeatures, sizeof *d->reference);
    d->target = ct_strdup(o->target);
    d->positive = ct_strdup(o->positive);
    if (!d->x || !d->y || !d->rows || !d->names || !d->kind || !d->feature || !d->reference ||
        !d->target || !d->positive)
        return CT_ENOMEM;
    memcpy(d->rows, b->idx, m * sizeof *d->rows);
    ct_status s = name_column(d, 0, "const", NULL);
    if (s)
        return s;
    d->kind[0] = CT_DESIGN_CONST;
    d->feature[0] = SIZE_MAX;
    for (size_t t = 0; t < m; t++)
        d->x[t * p] = 1.0;
    size_t col = 1;
    for (size_t k = 0; k < o->nfeatures; k++) {
        const ct_column *c = b->feat[k].c;
        const int32_t *codes = ct_column_codes(c);
        if (!codes) {
            int ck;
            const double *v = kept_values(b, b->feat[k].j, &ck);
            if ((s = name_column(d, col, ct_column_name(c), NULL)))
                return s;
            d->kind[col] = CT_DESIGN_NUMERIC;
            d->feature[col] = k;
            for (size_t t = 0; t < m; t++)
                d->x[t * p + col] = ck >= 0 ? v[t] : v[b->idx[t]];
            col++;
            continue;
        }
        if (!(d->reference[k] = ct_strdup(ct_column_level(c, (size_t)b->refcode[k]))))
            return CT_ENOMEM;
        /* dummies in byte order of level names, as pandas.get_dummies sorts */
        size_t nl = ct_column_nlevels(c);
        const char **lv = ct_malloc(nl * sizeof *lv);
        if (!lv)
            return CT_ENOMEM;
        size_t nd = 0;
        for (size_t l = 0; l < nl; l++)
            if ((int32_t)l != b->refcode[k])
                lv[nd++] = ct_column_level(c, l);
        qsort(lv, nd, sizeof *lv, cmp_str);
        for (size_t q = 0; q < nd && !s; q++) {
            int32_t code = ct_column_level_find(c, lv[q]);
            if ((s = name_column(d, col, ct_column_name(c), lv[q])))
                break;
            d->kind[col] = CT_DESIGN_DUMMY;
            d->feature[col] = k;
            for (size_t t = 0; t < m; t++)
                d->x[t * p + col] = codes[b->idx[t]] == code ? 1.0 : 0.0;
            col++;
        }
        ct_free(lv);
        if (s)
            return s;
    }
    /* target */
    const ct_column *tc = b->target.c;
    int32_t poscode = ct_column_codes(tc) ? ct_column_level_find(tc, o->positive) : -1;
    double posnum = NAN;
    if (ct_column_f64(tc)) {
        char *end;
        posnum = strtod(o->positive, &end);
        if (end == o->positive || *end)
            return ct_diag_set(b->diag, CT_EINVAL, ct_frame_source(b->f), 0, 0,
                               "target '%s' is numeric but positive value '%s' is not a number",
                               o->target, o->positive);
    }
    d->npositive = 0;
    for (size_t t = 0; t < m; t++) {
        d->y[t] = is_positive(tc, b->idx[t], o->positive, posnum, poscode) ? 1.0 : 0.0;
        d->npositive += d->y[t] != 0;
    }
    if (d->npositive == 0)
        return ct_diag_set(b->diag, CT_EINVAL, ct_frame_source(b->f), 0, 0,
                           "no kept row has %s = '%s'", o->target, o->positive);
    /* distinct target values among kept rows */
    if (ct_column_codes(tc)) {
        size_t nl = ct_column_nlevels(tc), cnt = 0;
        uint8_t *seen = ct_calloc(nl ? nl : 1, 1);
        if (!seen)
            return CT_ENOMEM;
        for (size_t t = 0; t < m; t++) {
            int32_t cd = ct_column_codes(tc)[b->idx[t]];
            if (cd >= 0 && !seen[cd]) {
                seen[cd] = 1;
                cnt++;
            }
        }
        ct_free(seen);
        d->target_levels = cnt;
    } else {
        d->target_levels = d->npositive < m ? 2 : 1; /* at least; exact for 0/1 columns */
    }
    return CT_OK;
}

static ct_status fill_screen(build_ctx *b, ct_design *d)
{
    const ct_design_options *o = b->o;
    d->nscreen = o->nscreen;
    if (!o->nscreen)
        return CT_OK;
    d->screen = ct_malloc(b->m * o->nscreen * sizeof *d->screen);
    d->screen_names = ct_calloc(o->nscreen, sizeof *d->screen_names);
    if (!d->screen || !d->screen_names)
        return CT_ENOMEM;
    for (size_t k = 0; k < o->nscreen; k++) {
        if (!(d->screen_names[k] = ct_strdup(ct_column_name(b->scr[k].c))))
            return CT_ENOMEM;
        int ck;
        const double *v = kept_values(b, b->scr[k].j, &ck);
        for (size_t t = 0; t < b->m; t++)
            d->screen[t * o->nscreen + k] = ck >= 0 ? v[t] : v[b->idx[t]];
    }
    return CT_OK;
}

ct_status ct_design_build(const ct_frame *f, const ct_design_options *o, ct_design **out,
                          ct_diag *diag)
{
    *out = NULL;
    const char *msg = ct_design_options_check(o);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    build_ctx b;
    memset(&b, 0, sizeof b);
    b.f = f;
    b.o = o;
    b.diag = diag;
    ct_design *d = ct_calloc(1, sizeof *d);
    b.feat = ct_calloc(o->nfeatures, sizeof *b.feat);
    b.refcode = ct_calloc(o->nfeatures, sizeof *b.refcode);
    b.cap = ct_calloc(o->ncap ? o->ncap : 1, sizeof *b.cap);
    b.scr = ct_calloc(o->nscreen ? o->nscreen : 1, sizeof *b.scr);
    ct_status s = CT_ENOMEM;
    if (d && b.feat && b.refcode && b.cap && b.scr) {
        s = resolve_columns(&b);
        if (!s)
            s = select_rows(&b, d);
        if (!s)
            s = cap_columns(&b, d);
        if (!s)
            s = fill_design(&b, d);
        if (!s)
            s = fill_screen(&b, d);
    }
    if (s == CT_ENOMEM)
        ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory building the design");
    for (size_t k = 0; b.capped && k < o->ncap; k++)
        ct_free(b.capped[k]);
    ct_free(b.capped);
    ct_free(b.idx);
    ct_free(b.feat);
    ct_free(b.refcode);
    ct_free(b.cap);
    ct_free(b.scr);
    if (s) {
        ct_design_free(d);
        return s;
    }
    *out = d;
    return CT_OK;
}

ct_status ct_design_parse_features(char *buf, ct_design_feature *features, size_t max, size_t *nf)
{
    *nf = 0;
    char *p = buf;
    for (;;) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        char *colon = strchr(p, ':');
        if (colon)
            *colon = '\0';
        if (!*p || (colon && !colon[1]))
            return CT_EINVAL;
        if (*nf < max) {
            features[*nf].column = p;
            features[*nf].reference = colon ? colon + 1 : NULL;
        }
        (*nf)++;
        if (!comma)
            break;
        p = comma + 1;
    }
    return *nf > max ? CT_EINVAL : CT_OK;
}
