/* encoder.c — the fitted encoder: fit on the rows modelled, transform any
 * frame by column name and level text (see claimtriage/encoder.h). */
#include "features/encoder_state.h"

#include "base/name_set.h"

#include "claimtriage/clean.h"
#include "claimtriage/list.h"
#include "claimtriage/stats.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ct_encoder_spec ct_encoder_spec_default(void)
{
    ct_encoder_spec s;
    memset(&s, 0, sizeof s);
    s.intercept = 1;
    s.cap_iqr = 1.5;
    return s;
}

const char *ct_encoder_spec_check(const ct_encoder_spec *s)
{
    if (!s)
        return "encoder spec is NULL";
    if (s->nfeatures == 0 || !s->features)
        return "no features";
    for (size_t k = 0; k < s->nfeatures; k++)
        if (!s->features[k].column || !*s->features[k].column)
            return "a feature has an empty column name";
    /* hashed (base/name_set.h): every pair compared was quadratic in the
     * columns (20,000, 2026-12-06); every pair still when memory runs out */
    ct_name_set set;
    const int hashed = ct_name_set_init(&set, s->nfeatures) == 0;
    int twice = 0;
    for (size_t k = 0; k < s->nfeatures && !twice; k++)
        if (hashed)
            twice = ct_name_set_add(&set, s->features[k].column);
        else
            for (size_t q = 0; q < k && !twice; q++)
                twice = strcmp(s->features[k].column, s->features[q].column) == 0;
    ct_name_set_free(&set);
    if (twice)
        return "a feature column is given twice (its two columns would be identical: "
               "a singular design)";
    if (!(s->cap_iqr >= 0) || !isfinite(s->cap_iqr))
        return "cap_iqr must be a finite number >= 0";
    return NULL;
}

ct_status ct_encoder_parse_features(char *buf, ct_encoder_feature *features, size_t max, size_t *nf,
                                    ct_diag *diag)
{
    *nf = 0;
    const size_t cap = ct_list_max_items(buf);
    const char **items = ct_calloc(cap, sizeof *items);
    if (!items)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    size_t n = 0;
    ct_status st = ct_list_split(buf, 0, items, cap, &n, diag);
    for (size_t k = 0; k < n && st == CT_OK; k++) {
        char *p = (char *)items[k]; /* into buf, which is the caller's to modify */
        char *colon = strchr(p, ':');
        if (colon)
            *colon = '\0';
        if (!*p || (colon && !colon[1]))
            st = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "item %zu has an empty %s", k + 1,
                             *p ? "reference level after its ':'" : "column name before its ':'");
        else if (k < max) {
            features[k].column = p;
            features[k].reference = colon ? colon + 1 : NULL;
            features[k].cap = 0;
        }
    }
    if (st == CT_OK && n > max)
        st = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%zu names, at most %zu", n, max);
    ct_free(items);
    *nf = st == CT_OK ? n : 0;
    return st;
}

size_t ct_encoder_format_features(char *out, size_t cap, const ct_encoder_feature *features,
                                  size_t n)
{
    size_t need = 0;
    if (cap)
        out[0] = '\0';
    for (size_t k = 0; k < n; k++) {
        const char *col = features[k].column, *ref = features[k].reference;
        const size_t lc = strlen(col), lr = ref ? strlen(ref) : 0;
        char *item = ct_malloc(lc + lr + 2);
        if (!item)
            return (size_t)-1;
        memcpy(item, col, lc);
        if (ref) {
            item[lc] = ':';
            memcpy(item + lc + 1, ref, lr);
        }
        item[lc + (ref ? lr + 1 : 0)] = '\0';
        need = ct_list_append(out, cap, item);
        ct_free(item);
        if (need >= cap) /* cut: what follows cannot be appended after it */
            break;
    }
    return need;
}

/* ---- state ---- */

ct_encoder *ct_encoder_alloc_(size_t nfeatures)
{
    ct_encoder *e = ct_calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->feat = ct_calloc(nfeatures ? nfeatures : 1, sizeof *e->feat);
    if (!e->feat) {
        ct_free(e);
        return NULL;
    }
    e->nfeatures = nfeatures;
    for (size_t k = 0; k < nfeatures; k++) {
        ct_encoder_info *in = &e->feat[k].info;
        in->q1 = in->q3 = in->limit = in->mean = in->scale = NAN;
        in->min = in->max = in->missing_share = NAN;
    }
    return e;
}

void ct_encoder_free(ct_encoder *e)
{
    if (!e)
        return;
    for (size_t k = 0; e->feat && k < e->nfeatures; k++) {
        enc_feature *f = &e->feat[k];
        ct_free(f->column);
        for (size_t l = 0; f->levels && l < f->info.nlevels; l++)
            ct_free(f->levels[l]);
        ct_free(f->levels);
    }
    for (size_t j = 0; e->colnames && j < e->ncols; j++)
        ct_free(e->colnames[j]);
    ct_free(e->colnames);
    ct_free(e->cols);
    ct_free(e->feat);
    ct_free(e);
}

static char *join_name(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = ct_malloc(la + lb + 2);
    if (!s)
        return NULL;
    memcpy(s, a, la);
    s[la] = '_';
    memcpy(s + la + 1, b, lb + 1);
    return s;
}

ct_status ct_encoder_layout_(ct_encoder *e)
{
    size_t p = e->intercept ? 1 : 0;
    for (size_t k = 0; k < e->nfeatures; k++) {
        ct_encoder_info *in = &e->feat[k].info;
        in->column = e->feat[k].column;
        in->levels = (const char *const *)e->feat[k].levels;
        in->first_col = p;
        in->ncols = in->kind == CT_ENCODER_NUMERIC ? 1 : in->nlevels - 1;
        p += in->ncols;
    }
    e->ncols = p;
    e->cols = ct_calloc(p ? p : 1, sizeof *e->cols);
    e->colnames = ct_calloc(p ? p : 1, sizeof *e->colnames);
    if (!e->cols || !e->colnames)
        return CT_ENOMEM;
    size_t j = 0;
    if (e->intercept) {
        if (!(e->colnames[0] = ct_strdup("const")))
            return CT_ENOMEM;
        e->cols[0] = (ct_encoder_col){e->colnames[0], CT_ENCODER_CONST, SIZE_MAX, NULL};
        j = 1;
    }
    for (size_t k = 0; k < e->nfeatures; k++) {
        const ct_encoder_info *in = &e->feat[k].info;
        if (in->kind == CT_ENCODER_NUMERIC) {
            if (!(e->colnames[j] = ct_strdup(in->column)))
                return CT_ENOMEM;
            e->cols[j] = (ct_encoder_col){e->colnames[j], CT_ENCODER_NUMERIC, k, NULL};
            j++;
            continue;
        }
        for (size_t l = 0; l < in->nlevels; l++) {
            if (l == in->reference)
                continue;
            if (!(e->colnames[j] = join_name(in->column, in->levels[l])))
                return CT_ENOMEM;
            e->cols[j] = (ct_encoder_col){e->colnames[j], CT_ENCODER_DUMMY, k, in->levels[l]};
            j++;
        }
    }
    return CT_OK;
}

/* Byte-order comparison of s[0..len) with the NUL-terminated t. */
static int cmp_text(const char *s, size_t len, const char *t)
{
    size_t lt = strlen(t), m = len < lt ? len : lt;
    int c = m ? memcmp(s, t, m) : 0;
    if (c)
        return c;
    return (len > lt) - (len < lt);
}

long ct_encoder_level_index_(char *const *levels, size_t nlevels, const char *s, size_t len)
{
    size_t lo = 0, hi = nlevels;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_text(s, len, levels[mid]);
        if (c == 0)
            return (long)mid;
        if (c > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

size_t ct_encoder_nfeatures(const ct_encoder *e) { return e->nfeatures; }
const ct_encoder_info *ct_encoder_feature_info(const ct_encoder *e, size_t k)
{
    return &e->feat[k].info;
}
size_t ct_encoder_ncols(const ct_encoder *e) { return e->ncols; }
const ct_encoder_col *ct_encoder_column(const ct_encoder *e, size_t j) { return &e->cols[j]; }
int ct_encoder_intercept(const ct_encoder *e) { return e->intercept; }
int ct_encoder_standardize(const ct_encoder *e) { return e->standardize; }
double ct_encoder_cap_iqr(const ct_encoder *e) { return e->cap_iqr; }

/* ---- fit ---- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Two output columns with one name: a dummy "<column>_<level>" equal to a
 * numeric feature's name ('c' with level 'v' beside a column 'c_v') or to
 * another dummy ('c' with 'v_w' beside 'c_v' with 'w'). Every table and
 * JSON object keyed by name would hold the name twice with two meanings,
 * so the fit is refused, naming both and the fix (tests/cli/
 * regress_dummy_name_clash). Returns CT_OK, CT_EDATA or CT_ENOMEM. */
typedef struct named_col {
    const char *name;
    size_t j;
} named_col;

static int cmp_named(const void *a, const void *b)
{
    const named_col *x = a, *y = b;
    const int c = strcmp(x->name, y->name);
    return c ? c : (x->j > y->j) - (x->j < y->j);
}

static void say_col(char *buf, size_t n, const ct_encoder *e, size_t j)
{
    const ct_encoder_col *c = &e->cols[j];
    if (c->kind == CT_ENCODER_DUMMY)
        snprintf(buf, n, "the dummy of column '%s' for level '%s'", e->feat[c->feature].column,
                 c->level);
    else
        snprintf(buf, n, "the numeric column '%s'", c->name);
}

static ct_status unique_names(const ct_encoder *e, const ct_frame *f, ct_diag *diag)
{
    if (e->ncols < 2)
        return CT_OK;
    named_col *ix = ct_malloc(e->ncols * sizeof *ix);
    if (!ix)
        return CT_ENOMEM;
    for (size_t j = 0; j < e->ncols; j++)
        ix[j] = (named_col){e->cols[j].name, j};
    qsort(ix, e->ncols, sizeof *ix, cmp_named);
    ct_status s = CT_OK;
    for (size_t t = 1; t < e->ncols; t++) {
        const size_t i = ix[t - 1].j, j = ix[t].j;
        if (strcmp(e->cols[i].name, e->cols[j].name) != 0)
            continue;
        char a[CT_DIAG_MSG_MAX / 2], b[CT_DIAG_MSG_MAX / 2];
        if (e->cols[i].kind == CT_ENCODER_CONST || e->cols[j].kind == CT_ENCODER_CONST) {
            /* a column named as the intercept (before 2026-12-06 "the
             * numeric column 'const' and the numeric column 'const'":
             * tests/cli/regress_const_column_intercept) */
            const size_t k = e->cols[i].kind == CT_ENCODER_CONST ? j : i;
            const char *col = e->cols[k].kind == CT_ENCODER_DUMMY
                                  ? e->feat[e->cols[k].feature].column
                                  : e->cols[k].name;
            if (e->cols[k].kind == CT_ENCODER_DUMMY)
                say_col(a, sizeof a, e, k);
            else
                snprintf(a, sizeof a, "the column '%s'", col);
            s = ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0,
                            "%s would share its name with the intercept '%s' (the constant "
                            "term, named as statsmodels names it)",
                            a, e->cols[k].name);
            if (diag)
                snprintf(diag->hint, sizeof diag->hint,
                         "rename the column '%s' in the file (its header), or leave it out of "
                         "--features",
                         col);
            break;
        }
        say_col(a, sizeof a, e, i);
        say_col(b, sizeof b, e, j);
        s = ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0,
                        "two feature columns would both be named '%s': %s and %s", e->cols[i].name,
                        a, b);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "rename the column '%s' in the file (a dummy is named "
                     "<column>_<level>), or leave one of them out of --features",
                     e->cols[j].kind == CT_ENCODER_NUMERIC   ? e->cols[j].name
                     : e->cols[i].kind == CT_ENCODER_NUMERIC ? e->cols[i].name
                                                             : e->feat[e->cols[j].feature].column);
        break;
    }
    ct_free(ix);
    return s;
}

/* Numeric feature: capping bounds, then mean and scale of the capped values. */
static ct_status fit_numeric(enc_feature *ef, const ct_column *c, const size_t *rows, size_t n,
                             const ct_encoder_spec *spec, int cap, double *work)
{
    const double *v = ct_column_f64(c);
    const uint8_t *miss = ct_column_missing(c);
    size_t m = 0;
    for (size_t t = 0; t < n; t++) {
        size_t i = rows ? rows[t] : t;
        if (!miss[i] && !isnan(v[i]))
            work[m++] = v[i];
    }
    ct_encoder_info *in = &ef->info;
    in->kind = CT_ENCODER_NUMERIC;
    in->capped = cap;
    in->missing_share = n ? (double)(n - m) / (double)n : NAN;
    in->min = in->max = NAN;
    for (size_t t = 0; t < m; t++) {
        if (!(work[t] >= in->min))
            in->min = work[t];
        if (!(work[t] <= in->max))
            in->max = work[t];
    }
    if (cap)
        ct_clean_cap_bounds(work, m, spec->cap_iqr, &in->q1, &in->q3, &in->limit);
    /* work was reordered by the selection; gather again, capped */
    m = 0;
    for (size_t t = 0; t < n; t++) {
        size_t i = rows ? rows[t] : t;
        if (!miss[i] && !isnan(v[i]))
            work[m++] = cap && v[i] > in->limit ? in->limit : v[i];
    }
    in->mean = ct_stats_mean(work, m);
    double sd = sqrt(ct_stats_var(work, m, 0));
    in->scale = sd > 0 && isfinite(sd) ? sd : 1.0;
    return CT_OK;
}

/* Categorical feature: the levels occurring in the rows, byte order. */
static ct_status fit_categorical(const ct_frame *f, enc_feature *ef, const ct_column *c,
                                 const size_t *rows, size_t n, const char *reference,
                                 int allow_constant, ct_diag *diag)
{
    const int32_t *codes = ct_column_codes(c);
    size_t nl = ct_column_nlevels(c), cnt = 0;
    uint8_t *seen = ct_calloc(nl ? nl : 1, 1);
    if (!seen)
        return CT_ENOMEM;
    size_t nmiss = 0;
    for (size_t t = 0; t < n; t++)
        nmiss += codes[rows ? rows[t] : t] < 0;
    ef->info.missing_share = n ? (double)nmiss / (double)n : NAN;
    for (size_t t = 0; t < n; t++) {
        int32_t cd = codes[rows ? rows[t] : t];
        if (cd >= 0 && (size_t)cd < nl && !seen[cd]) {
            seen[cd] = 1;
            cnt++;
        }
    }
    ct_encoder_info *in = &ef->info;
    in->kind = CT_ENCODER_DUMMY;
    ct_status s = CT_OK;
    if (cnt < (allow_constant ? 1u : 2u)) {
        s = ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0,
                        cnt ? "categorical feature '%s' has one level only in the rows used: it "
                              "cannot be compared with anything"
                            : "categorical feature '%s' has no value in the rows used",
                        ct_column_name(c));
        if (diag)
            /* the option named, so that run, which does not take it,
             * says how to use it (before 2026-12-02 a run on a file whose
             * author_ban_status is empty in every row stopped on a hint it
             * gave no way to follow: tests/cli/run_categorical_empty_hint) */
            snprintf(diag->hint, sizeof diag->hint,
                     "leave the column out of the features (--features=A,B,... naming the "
                     "others), or use rows where it varies");
        goto out;
    }
    ef->levels = ct_calloc(cnt, sizeof *ef->levels);
    if (!ef->levels) {
        s = CT_ENOMEM;
        goto out;
    }
    for (size_t l = 0; l < nl; l++)
        if (seen[l] && !(ef->levels[in->nlevels++] = ct_strdup(ct_column_level(c, l)))) {
            s = CT_ENOMEM;
            goto out;
        }
    qsort(ef->levels, cnt, sizeof *ef->levels, cmp_str);
    in->reference = 0;
    if (reference) {
        long r = ct_encoder_level_index_(ef->levels, cnt, reference, strlen(reference));
        if (r < 0) {
            /* a level of the column that no row used holds (all of its rows
             * dropped, e.g. for a missing value) is not "absent": say so */
            const int32_t li = ct_column_level_find(c, reference);
            if (li >= 0)
                s = ct_diag_set(diag, CT_EDATA, ct_frame_source(f), 0, 0,
                                "reference level '%s' of '%s' is in the file but in none of the "
                                "rows used (every row holding it was dropped, e.g. for a "
                                "missing value in a used column); pick another reference",
                                reference, ct_column_name(c));
            else
                s = ct_diag_set(diag, CT_EINVAL, ct_frame_source(f), 0, 0,
                                "reference level '%s' does not occur in '%s'", reference,
                                ct_column_name(c));
            if (diag && li < 0) { /* the levels it could be (up to eight) */
                /* a level differing only in case or spaces first, as every
                 * command's "did you mean" (before 2026-12-04 regress said
                 * only the levels: tests/cli/regress_default_reference_case) */
                /* each level as a message shows a label: a line break,
                 * a control or an odd space as its picture or code
                 * (before 2026-12-05 a level holding a line break broke
                 * the hint's line inside its quotes, where test showed
                 * it as U+240A: tests/cli/regress_level_newline_shown) */
                char vis[512];
                size_t w = 0;
                for (size_t l = 0; l < cnt && !w; l++)
                    if (ct_textwidth_label_same(ef->levels[l], reference)) {
                        ct_utf8_visible_label(vis, sizeof vis, ef->levels[l],
                                              strlen(ef->levels[l]));
                        const int k = snprintf(diag->hint, sizeof diag->hint,
                                               "did you mean '%s'? It differs from '%s' only in "
                                               "letter case or spaces; ",
                                               vis, reference);
                        w = k > 0 && (size_t)k < sizeof diag->hint ? (size_t)k : 0;
                    }
                const int k0 =
                    snprintf(diag->hint + w, sizeof diag->hint - w,
                             "the levels of '%s' in the rows used are ", ct_column_name(c));
                w += k0 > 0 ? (size_t)k0 : 0;
                for (size_t l = 0; l < cnt && l < 8 && w < sizeof diag->hint; l++) {
                    ct_utf8_visible_label(vis, sizeof vis, ef->levels[l], strlen(ef->levels[l]));
                    const int k = snprintf(diag->hint + w, sizeof diag->hint - w, "%s'%s'",
                                           l ? ", " : "", vis);
                    w += k > 0 ? (size_t)k : 0;
                }
                if (cnt > 8 && w < sizeof diag->hint)
                    snprintf(diag->hint + w, sizeof diag->hint - w, ", ... (%zu in all)", cnt);
            }
            goto out;
        }
        in->reference = (size_t)r;
    }
out:
    ct_free(seen);
    return s;
}

ct_status ct_encoder_fit(const ct_frame *f, const size_t *rows, size_t n,
                         const ct_encoder_spec *spec, ct_encoder **out, ct_diag *diag)
{
    *out = NULL;
    const char *msg = ct_encoder_spec_check(spec);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    if (!rows)
        n = ct_frame_nrows(f);
    if (n == 0)
        return ct_diag_set(diag, CT_EEMPTY, ct_frame_source(f), 0, 0,
                           "no rows to fit the encoder on");
    for (size_t t = 0; rows && t < n; t++)
        if (rows[t] >= ct_frame_nrows(f))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu is out of range", rows[t]);
    ct_encoder *e = ct_encoder_alloc_(spec->nfeatures);
    double *work = ct_malloc(n * sizeof *work);
    ct_status s = e && work ? CT_OK : CT_ENOMEM;
    if (e) {
        e->intercept = spec->intercept != 0;
        e->standardize = spec->standardize != 0;
        e->cap_iqr = spec->cap_iqr;
    }
    for (size_t k = 0; !s && k < spec->nfeatures; k++) {
        const ct_encoder_feature *sf = &spec->features[k];
        enc_feature *ef = &e->feat[k];
        const ct_column *c = NULL;
        if ((s = ct_frame_find_as(f, sf->column, "feature", &c, diag)))
            break;
        if (!(ef->column = ct_strdup(sf->column))) {
            s = CT_ENOMEM;
            break;
        }
        if (ct_column_codes(c))
            s = fit_categorical(f, ef, c, rows, n, sf->reference, spec->allow_constant, diag);
        else if (ct_column_f64(c))
            s = fit_numeric(ef, c, rows, n, spec, sf->cap != 0, work);
        else {
            s = ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                            "feature '%s' is %s: use a numeric or categorical column",
                            ct_column_name(c), ct_type_name(ct_column_type(c)));
            size_t j; /* which value made a column of numbers text, on which line */
            char why[CT_DIAG_MSG_MAX];
            if (diag && ct_frame_find(f, sf->column, &j, NULL) == CT_OK) {
                const size_t bad = ct_frame_explain_not_numeric(f, j, why, sizeof why);
                if (bad && bad < ct_column_len(c) - ct_column_nmissing(c))
                    snprintf(diag->hint, sizeof diag->hint, "%s", why);
            }
        }
    }
    if (!s)
        s = ct_encoder_layout_(e);
    if (!s)
        s = unique_names(e, f, diag);
    ct_free(work);
    if (s) {
        if (s == CT_ENOMEM)
            ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory fitting the encoder");
        ct_encoder_free(e);
        return s;
    }
    *out = e;
    return CT_OK;
}

/* ---- transform ---- */

void ct_encoder_stats_free(ct_encoder_stats *s)
{
    if (!s)
        return;
    ct_free(s->unseen_by_feature);
    ct_free(s->missing_by_feature);
    ct_free(s->row_unseen);
    memset(s, 0, sizeof *s);
}

/* Rows given are every row of f in order? */
static int identity_rows(const ct_frame *f, const size_t *rows, size_t n)
{
    if (!rows)
        return 1;
    if (n != ct_frame_nrows(f))
        return 0;
    for (size_t t = 0; t < n; t++)
        if (rows[t] != t)
            return 0;
    return 1;
}

static ct_status transform_numeric(const ct_encoder *e, const ct_encoder_info *in,
                                   const ct_column *c, const size_t *rows, size_t n, int identity,
                                   int clip, ct_matrix *m, ct_encoder_stats *st, size_t k)
{
    const double *v = ct_column_f64(c);
    const uint8_t *miss = ct_column_missing(c);
    size_t nmiss = 0, ncap = 0, nclip = 0;
    /* clip: the training range (min, max) bounds the value, when known */
    clip = clip && !isnan(in->min) && !isnan(in->max);
    for (size_t t = 0; t < n; t++) {
        size_t i = rows ? rows[t] : t;
        if (miss[i] || isnan(v[i]))
            nmiss++;
        else {
            ncap += in->capped && v[i] > in->limit;
            nclip += clip && (v[i] < in->min || v[i] > in->max);
        }
    }
    st->missing += nmiss;
    st->missing_by_feature[k] += nmiss;
    st->capped += ncap;
    size_t j = in->first_col;
    if (isnan(in->mean)) {
        /* no value in the training rows: the model learned nothing of the
         * column (lr: its design column 0 in every training row; trees:
         * never split on), so it is 0 in every row, neither a value nor a
         * missing one, in either form (before 2026-12-02 the trees' raw
         * form kept the NaNs, and evaluate and score counted them as
         * missing numbers the trees route) */
        double *out = ct_matrix_col_alloc(m, j);
        if (!out)
            return CT_ENOMEM;
        for (size_t t = 0; t < n; t++)
            out[t] = 0;
        return CT_OK;
    }
    if (identity && ncap == 0 && nclip == 0 && !e->standardize) {
        ct_matrix_col_borrow(m, j, v); /* used as it is: the frame's own array */
        return CT_OK;
    }
    double *out = ct_matrix_col_alloc(m, j);
    if (!out)
        return CT_ENOMEM;
    for (size_t t = 0; t < n; t++) {
        size_t i = rows ? rows[t] : t;
        double x = miss[i] ? NAN : v[i];
        if (clip && x < in->min)
            x = in->min;
        else if (clip && x > in->max)
            x = in->max;
        if (in->capped && x > in->limit)
            x = in->limit;
        if (e->standardize)
            x = (x - in->mean) / in->scale;
        out[t] = x;
    }
    return CT_OK;
}

/* Output column offset of a level index within the feature (SIZE_MAX for
 * the reference). */
static size_t dummy_offset(const ct_encoder_info *in, size_t level)
{
    if (level == in->reference)
        return SIZE_MAX;
    return level < in->reference ? level : level - 1;
}

#define UNSEEN ((size_t)-2)
#define MISSING ((size_t)-3)

static ct_status transform_categorical(const enc_feature *ef, const ct_column *c,
                                       const size_t *rows, size_t n, ct_matrix *m,
                                       ct_encoder_stats *st, uint8_t *row_unseen, size_t k)
{
    const ct_encoder_info *in = &ef->info;
    double **col = ct_calloc(in->ncols ? in->ncols : 1, sizeof *col);
    if (!col)
        return CT_ENOMEM;
    for (size_t q = 0; q < in->ncols; q++) {
        if (!(col[q] = ct_matrix_col_alloc(m, in->first_col + q))) {
            ct_free(col);
            return CT_ENOMEM;
        }
        memset(col[q], 0, n * sizeof *col[q]);
    }
    /* frame level code -> dummy offset, matched by text once per frame */
    const int32_t *codes = ct_column_codes(c);
    size_t nl = codes ? ct_column_nlevels(c) : 0;
    size_t *map = ct_malloc((nl ? nl : 1) * sizeof *map);
    if (!map) {
        ct_free(col);
        return CT_ENOMEM;
    }
    for (size_t l = 0; l < nl; l++) {
        const char *s = ct_column_level(c, l);
        long x = ct_encoder_level_index_(ef->levels, in->nlevels, s, strlen(s));
        map[l] = x < 0 ? UNSEEN : dummy_offset(in, (size_t)x);
    }
    const uint8_t *miss = ct_column_missing(c);
    for (size_t t = 0; t < n; t++) {
        size_t i = rows ? rows[t] : t, off;
        if (codes) {
            int32_t cd = codes[i];
            off = cd == -1 ? MISSING : cd < 0 || (size_t)cd >= nl ? UNSEEN : map[cd];
        } else if (miss[i]) {
            off = MISSING;
        } else {
            size_t len = 0;
            const char *s = ct_column_str(c, i, &len);
            long x = s ? ct_encoder_level_index_(ef->levels, in->nlevels, s, len) : -1;
            off = !s ? MISSING : x < 0 ? UNSEEN : dummy_offset(in, (size_t)x);
        }
        if (off == MISSING) {
            st->missing++;
            st->missing_by_feature[k]++;
        } else if (off == UNSEEN) {
            st->unseen++;
            st->unseen_by_feature[k]++;
            row_unseen[t] = 1;
        } else if (off != SIZE_MAX) {
            col[off][t] = 1.0;
        }
    }
    ct_free(map);
    ct_free(col);
    return CT_OK;
}

/* The hint of a column fitted as categorical that holds numbers in f
 * (column c of f): its first number and line, the levels the model knows,
 * the likely cause (codes written for the level names) and the way out.
 * Such a column is refused, never read as text: '1' is no level the model
 * saw, so every row would be scored with none (all indicators 0). A column
 * fitted with a level that reads as a number never gets here: it is read as
 * text (ct_pipeline_load_schema). Before 2026-12-04 there was no hint
 * (tests/cli/evaluate_categorical_codes_hinted). */
static void hint_codes(const ct_frame *f, const ct_column *c, const ct_encoder_info *in, char *hint,
                       size_t cap)
{
    const double *x = ct_column_f64(c);
    const uint8_t *miss = ct_column_missing(c);
    size_t i = 0;
    while (x && i < ct_column_len(c) && miss[i])
        i++;
    char known[200], first[48] = "";
    size_t w = 0;
    for (size_t l = 0; l < in->nlevels && l < 4 && w < sizeof known; l++) {
        int q = snprintf(known + w, sizeof known - w, "%s'%s'", l ? ", " : "", in->levels[l]);
        w += q > 0 ? (size_t)q : 0;
    }
    if (in->nlevels > 4 && w < sizeof known)
        snprintf(known + w, sizeof known - w, " and %zu more", in->nlevels - 4);
    if (x && i < ct_column_len(c))
        snprintf(first, sizeof first, " (line %ld holds %.15g)", ct_frame_row_line(f, i), x[i]);
    snprintf(hint, cap,
             "the column holds numbers here%s, where the model learned the levels %s: codes "
             "written in place of the level names, perhaps; write the column with the level "
             "names the model knows (read as text, a code would be a level it never saw, "
             "scored as no level)",
             first, known);
}

ct_status ct_encoder_transform(const ct_encoder *e, const ct_frame *f, const size_t *rows, size_t n,
                               ct_matrix **out, ct_encoder_stats *stats, ct_diag *diag)
{
    return ct_encoder_transform_clip_(e, f, rows, n, 0, out, stats, diag);
}

ct_status ct_encoder_transform_clip_(const ct_encoder *e, const ct_frame *f, const size_t *rows,
                                     size_t n, int clip, ct_matrix **out, ct_encoder_stats *stats,
                                     ct_diag *diag)
{
    *out = NULL;
    ct_encoder_stats local = {0};
    ct_encoder_stats *st = stats ? stats : &local;
    memset(st, 0, sizeof *st);
    if (!rows)
        n = ct_frame_nrows(f);
    for (size_t t = 0; rows && t < n; t++)
        if (rows[t] >= ct_frame_nrows(f))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu is out of range", rows[t]);
    /* resolve every column before allocating */
    const ct_column **cols = ct_calloc(e->nfeatures ? e->nfeatures : 1, sizeof *cols);
    if (!cols)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory encoding");
    ct_status s = CT_OK;
    for (size_t k = 0; k < e->nfeatures && !s; k++) {
        const ct_encoder_info *in = &e->feat[k].info;
        size_t j;
        /* a categorical column of one level (allow_constant) adds no column:
         * nothing of it reaches the design, so a file without it is read */
        if (in->kind == CT_ENCODER_DUMMY && in->ncols == 0 &&
            ct_frame_find(f, in->column, &j, NULL) != CT_OK)
            continue;
        if ((s = ct_frame_find_as(f, in->column, "feature", &cols[k], diag)))
            break;
        /* categorical: levels, or strings (text, string identifiers) */
        int ok = in->kind == CT_ENCODER_NUMERIC ? ct_column_is_numeric(cols[k])
                                                : !ct_column_is_numeric(cols[k]);
        if (!ok) {
            s = ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                            "feature '%s' is %s here but was fitted as %s", in->column,
                            ct_type_name(ct_column_type(cols[k])),
                            in->kind == CT_ENCODER_NUMERIC ? "numeric" : "categorical");
            if (diag && in->kind != CT_ENCODER_NUMERIC)
                hint_codes(f, cols[k], in, diag->hint, sizeof diag->hint);
            else if (diag && ct_frame_find(f, in->column, &j, NULL) == CT_OK)
                ct_frame_explain_not_numeric(f, j, diag->hint, sizeof diag->hint);
        }
    }
    if (s) {
        ct_free(cols);
        return s;
    }
    ct_matrix *m = NULL;
    uint8_t *row_unseen = ct_calloc(n ? n : 1, 1);
    st->nfeatures = e->nfeatures;
    st->rows = n;
    st->unseen_by_feature = ct_calloc(e->nfeatures ? e->nfeatures : 1, sizeof(size_t));
    st->missing_by_feature = ct_calloc(e->nfeatures ? e->nfeatures : 1, sizeof(size_t));
    s = row_unseen && st->unseen_by_feature && st->missing_by_feature
            ? ct_matrix_create(n, e->ncols, &m)
            : CT_ENOMEM;
    for (size_t j = 0; !s && j < e->ncols; j++)
        s = ct_matrix_set_name(m, j, e->cols[j].name);
    if (!s && e->intercept) {
        double *one = ct_matrix_col_alloc(m, 0);
        if (!one)
            s = CT_ENOMEM;
        for (size_t t = 0; one && t < n; t++)
            one[t] = 1.0;
    }
    int identity = identity_rows(f, rows, n);
    for (size_t k = 0; !s && k < e->nfeatures; k++) {
        const enc_feature *ef = &e->feat[k];
        if (!cols[k])
            continue; /* absent, and adds no column */
        if (ef->info.kind == CT_ENCODER_NUMERIC)
            s = transform_numeric(e, &ef->info, cols[k], rows, n, identity, clip, m, st, k);
        else
            s = transform_categorical(ef, cols[k], rows, n, m, st, row_unseen, k);
    }
    for (size_t t = 0; !s && t < n; t++)
        st->unseen_rows += row_unseen[t];
    st->row_unseen = row_unseen; /* the caller's now: ct_encoder_stats_free */
    ct_free(cols);
    if (s) {
        ct_matrix_free(m);
        ct_encoder_stats_free(st);
        return ct_diag_set(diag, s, NULL, 0, 0, "out of memory encoding");
    }
    if (st == &local)
        ct_encoder_stats_free(st);
    *out = m;
    return CT_OK;
}
