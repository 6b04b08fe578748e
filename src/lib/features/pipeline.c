/* pipeline.c — the feature pipeline: fit on training rows (the encoder on
 * log1p'd numbers and text lengths, the encoder on categories, the text
 * vectorizer), transform any frame into one CSR design
 * (claimtriage/pipeline.h). */
#include "features/pipeline_state.h"
#include "features/encoder_state.h"

#include "base/name_set.h"

#include "claimtriage/numfmt.h"
#include "claimtriage/text.h"
#include "claimtriage/utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ct_pipeline_spec ct_pipeline_spec_default(void)
{
    ct_pipeline_spec s;
    memset(&s, 0, sizeof s);
    s.log1p = 1;
    s.vectorizer = ct_vectorizer_params_default();
    return s;
}

/* Whether a holds a NULL or empty name, one twice, or one of b's (b's NULLs
 * aside; b's own repeats are not a's concern). Hashed (base/name_set.h):
 * a spec of 20,000 columns compared every pair (2026-12-06). */
static int repeated(const char *const *a, size_t n, const char *const *b, size_t m)
{
    ct_name_set set;
    if (ct_name_set_init(&set, n + m)) { /* out of memory: every pair compared */
        for (size_t i = 0; i < n; i++) {
            if (!a[i] || !*a[i])
                return 1;
            for (size_t j = i + 1; j < n; j++)
                if (strcmp(a[i], a[j]) == 0)
                    return 1;
            for (size_t j = 0; j < m; j++)
                if (b[j] && strcmp(a[i], b[j]) == 0)
                    return 1;
        }
        return 0;
    }
    for (size_t j = 0; j < m; j++)
        if (b[j])
            (void)ct_name_set_add(&set, b[j]);
    int rep = 0;
    for (size_t i = 0; i < n && !rep; i++)
        rep = !a[i] || !*a[i] || ct_name_set_add(&set, a[i]);
    ct_name_set_free(&set);
    return rep;
}

const char *ct_pipeline_spec_check(const ct_pipeline_spec *s)
{
    if (!s)
        return "no spec";
    if (s->nnumeric + s->ncategorical == 0 && !s->text_ngrams && !s->text_length)
        return "no feature selected";
    if ((s->text_ngrams || s->text_length) && (!s->text || !*s->text))
        return "text features need a text column";
    if ((s->nnumeric && !s->numeric) || (s->ncategorical && !s->categorical))
        return "a column list is NULL";
    if (repeated(s->numeric, s->nnumeric, s->categorical, s->ncategorical) ||
        repeated(s->categorical, s->ncategorical, NULL, 0))
        return "a feature column is empty, NULL or listed twice";
    if (s->log1p != 0 && s->log1p != 1)
        return "log1p must be 0 or 1";
    if (s->raw_numeric != 0 && s->raw_numeric != 1)
        return "raw_numeric must be 0 or 1";
    if (s->text_ngrams)
        return ct_vectorizer_params_check(&s->vectorizer);
    return NULL;
}

void pipe_length_names(const char *t, char *chars, char *words, size_t cap)
{
    snprintf(chars, cap, "len(%s)", t);
    snprintf(words, cap, "words(%s)", t);
}

/* The text of row i of column c (NULL when missing). */
static const char *text_of(const ct_column *c, size_t i, size_t *len)
{
    *len = 0;
    const char *s = ct_column_str(c, i, len);
    if (s && ct_column_type(c) == CT_TYPE_CATEGORY)
        *len = strlen(s);
    return s;
}

static ct_status find_text(const ct_frame *f, const char *name, const ct_column **c, ct_diag *diag)
{
    size_t j;
    ct_status st = ct_frame_find(f, name, &j, diag);
    if (st != CT_OK)
        return st;
    *c = ct_frame_col(f, j);
    if (ct_column_is_numeric(*c))
        return ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                           "text column '%s' holds numbers, not text", name);
    return CT_OK;
}

/* log1p(x) for x >= 0, through p's table when x is a small whole number
 * (the same double: the table holds log1p's own values). */
static double pipe_log1p(const ct_pipeline *p, double x)
{
    if (x >= 0 && x < PIPE_LOG1P_TABLE) {
        const size_t k = (size_t)x;
        if ((double)k == x)
            return p->log1p_small[k];
    }
    return log1p(x);
}

/* The derived frame: every row of f, with each numeric feature as
 * sign(x)·log1p(|x|) (or as is) and the text's two lengths. */
static ct_status derive(const ct_pipeline *p, const ct_frame *f, const size_t *rows, size_t nrows,
                        ct_frame **out, ct_diag *diag)
{
    *out = NULL;
    const size_t n = ct_frame_nrows(f);
    ct_frame *d = NULL;
    ct_status st = ct_frame_create("derived", n, &d, diag);
    double *v = st == CT_OK ? ct_malloc((n ? n : 1) * sizeof *v) : NULL;
    double *w = st == CT_OK ? ct_malloc((n ? n : 1) * sizeof *w) : NULL;
    if (st == CT_OK && (!v || !w))
        st = CT_ENOMEM;
    for (size_t k = 0; k < p->nnumeric && st == CT_OK; k++) {
        size_t j;
        st = ct_frame_find(f, p->numeric[k], &j, diag);
        if (st != CT_OK)
            break;
        const ct_column *c = ct_frame_col(f, j);
        const double *x = ct_column_f64(c);
        if (!x) {
            st = ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                             "column '%s' is not numeric (type %s)", p->numeric[k],
                             ct_type_name(ct_column_type(c)));
            if (diag) /* which value made it text, on which line */
                ct_frame_explain_not_numeric(f, j, diag->hint, sizeof diag->hint);
            break;
        }
        /* an infinite value ("inf" read as a number, as pandas does) has no
         * place in a linear model or a histogram bin: refused by its line,
         * never passed on as a non-finite design entry */
        const uint8_t *xm = ct_column_missing(c);
        for (size_t t = 0; t < (rows ? nrows : n) && st == CT_OK; t++) {
            const size_t i = rows ? rows[t] : t; /* only the rows used */
            if (!xm[i] && isinf(x[i])) {
                /* the field as written, and the spellings --na-values needs
                 * (before 2026-12-04 "holds inf" and --na-values=inf,-inf
                 * for 'Infinity': tests/cli/train_infinite_as_written) */
                char what[CT_DIAG_MSG_MAX / 4], opt[CT_DIAG_MSG_MAX / 4];
                ct_frame_explain_infinite(f, j, i, what, sizeof what, opt, sizeof opt);
                st = ct_diag_set(diag, CT_EDATA, ct_frame_source(f), ct_frame_row_line(f, i), 0,
                                 "column '%s' holds %s: a model needs finite numbers",
                                 p->numeric[k], what);
                if (diag)
                    snprintf(diag->hint, sizeof diag->hint,
                             "read such values as missing (%s) with %s, or leave the column out "
                             "of the features",
                             p->raw_numeric ? "kept missing: trees route them as learned"
                                            : "imputed with the training mean",
                             opt);
            }
        }
        if (st != CT_OK)
            break;
        for (size_t i = 0; i < n; i++)
            v[i] = p->log1p && !p->raw_numeric ? copysign(pipe_log1p(p, fabs(x[i])), x[i]) : x[i];
        st = ct_frame_add_numeric(d, p->numeric[k], CT_TYPE_FLOAT, v, NULL, diag);
    }
    if (st == CT_OK && p->text_length) {
        const ct_column *c;
        st = find_text(f, p->text, &c, diag);
        /* ct_text_length's counts; text and identifier strings have 16
         * readable bytes past their end (frame.h), so the padded measure,
         * which reads the last block whole, gives the same counts */
        const int padded = st == CT_OK && ct_column_type(c) != CT_TYPE_CATEGORY;
        const uint8_t *cm = st == CT_OK ? ct_column_missing(c) : NULL;
        for (size_t i = 0; i < n && st == CT_OK; i++) {
            size_t len, ch = 0, wd = 0;
            const char *s = text_of(c, i, &len);
            /* a missing text has no length: its two lengths are missing
             * values, imputed with the training mean (lr) or routed as the
             * trees learned, as a missing number is (before 2026-12-05 they
             * were 0, a length no transcript has: 19.5 standard deviations
             * below the mean, -18.6 log-odds that sank the report) */
            if (!s || (cm && cm[i])) {
                v[i] = w[i] = NAN;
                continue;
            }
            if (padded)
                ch = ct_utf8_measure_padded(s, len, &wd);
            else
                ct_text_length(s, len, &ch, &wd);
            v[i] = p->log1p && !p->raw_numeric ? pipe_log1p(p, (double)ch) : (double)ch;
            w[i] = p->log1p && !p->raw_numeric ? pipe_log1p(p, (double)wd) : (double)wd;
        }
        char a[512], b[512];
        pipe_length_names(p->text, a, b, sizeof a);
        if (st == CT_OK)
            st = ct_frame_add_numeric(d, a, CT_TYPE_FLOAT, v, NULL, diag);
        if (st == CT_OK)
            st = ct_frame_add_numeric(d, b, CT_TYPE_FLOAT, w, NULL, diag);
    }
    ct_free(v);
    ct_free(w);
    if (st != CT_OK) {
        ct_frame_destroy(d);
        return st == CT_ENOMEM ? ct_diag_set(diag, st, NULL, 0, 0, "out of memory") : st;
    }
    *out = d;
    return CT_OK;
}

/* The documents of rows[0..n) (NULL: missing). */
static ct_status gather_docs(const ct_column *c, const size_t *rows, size_t n, const char ***docs,
                             size_t **lens, size_t *missing)
{
    *docs = ct_malloc((n ? n : 1) * sizeof **docs);
    *lens = ct_malloc((n ? n : 1) * sizeof **lens);
    if (!*docs || !*lens)
        return CT_ENOMEM;
    *missing = 0;
    for (size_t i = 0; i < n; i++) {
        (*docs)[i] = text_of(c, rows ? rows[i] : i, &(*lens)[i]);
        *missing += (*docs)[i] == NULL;
    }
    return CT_OK;
}

static ct_status fit_encoders(ct_pipeline *p, const ct_frame *f, const ct_frame *d,
                              const size_t *rows, size_t n, ct_diag *diag)
{
    const size_t nnum = p->nnumeric + (p->text_length ? 2 : 0);
    ct_encoder_feature *ft = ct_calloc(nnum + p->ncategorical + 1, sizeof *ft);
    if (!ft)
        return CT_ENOMEM;
    char a[512], b[512];
    if (p->text_length)
        pipe_length_names(p->text, a, b, sizeof a);
    for (size_t k = 0; k < p->nnumeric; k++)
        ft[k].column = p->numeric[k];
    if (p->text_length) {
        ft[p->nnumeric].column = a;
        ft[p->nnumeric + 1].column = b;
    }
    ct_status st = CT_OK;
    ct_encoder_spec es = ct_encoder_spec_default();
    es.intercept = 0;
    if (nnum) {
        es.features = ft;
        es.nfeatures = nnum;
        es.standardize = !p->raw_numeric;
        st = ct_encoder_fit(d, rows, n, &es, &p->num, diag);
    }
    if (st == CT_OK && p->ncategorical) {
        for (size_t k = 0; k < p->ncategorical; k++)
            ft[k].column = p->categorical[k];
        es.features = ft;
        es.nfeatures = p->ncategorical;
        es.standardize = 0;
        es.allow_constant = 1;
        st = ct_encoder_fit(f, rows, n, &es, &p->cat, diag);
    }
    ct_free(ft);
    return st;
}

static char *dup(const char *s) { return s ? ct_strdup(s) : NULL; }

static ct_status copy_spec(ct_pipeline *p, const ct_pipeline_spec *s)
{
    p->nnumeric = s->nnumeric;
    p->ncategorical = s->ncategorical;
    p->numeric = ct_calloc(s->nnumeric + 1, sizeof *p->numeric);
    p->categorical = ct_calloc(s->ncategorical + 1, sizeof *p->categorical);
    if (!p->numeric || !p->categorical)
        return CT_ENOMEM;
    for (size_t k = 0; k < s->nnumeric; k++)
        if (!(p->numeric[k] = dup(s->numeric[k])))
            return CT_ENOMEM;
    for (size_t k = 0; k < s->ncategorical; k++)
        if (!(p->categorical[k] = dup(s->categorical[k])))
            return CT_ENOMEM;
    if (s->text && !(p->text = dup(s->text)))
        return CT_ENOMEM;
    p->text_ngrams = s->text_ngrams;
    p->text_length = s->text_length;
    p->log1p = s->log1p;
    p->raw_numeric = s->raw_numeric;
    p->vparams = s->vectorizer;
    return CT_OK;
}

ct_status ct_pipeline_fit(const ct_frame *f, const size_t *rows, size_t n,
                          const ct_pipeline_spec *spec, ct_pipeline **out, ct_diag *diag)
{
    *out = NULL;
    const char *m = ct_pipeline_spec_check(spec);
    if (m)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "features: %s", m);
    if (!rows)
        n = ct_frame_nrows(f);
    if (n == 0)
        return ct_diag_set(diag, CT_EEMPTY, ct_frame_source(f), 0, 0,
                           "no rows to learn the features from");
    for (size_t i = 0; rows && i < n; i++)
        if (rows[i] >= ct_frame_nrows(f))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu out of range", rows[i]);
    ct_pipeline *p = ct_calloc(1, sizeof *p);
    if (!p)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    pipe_init(p);
    ct_status st = copy_spec(p, spec);
    ct_frame *d = NULL;
    if (st == CT_OK)
        st = derive(p, f, rows, n, &d, diag);
    if (st == CT_OK)
        st = fit_encoders(p, f, d, rows, n, diag);
    if (st == CT_OK && p->text_ngrams) {
        const ct_column *c;
        const char **docs = NULL;
        size_t *lens = NULL, miss;
        st = find_text(f, p->text, &c, diag);
        if (st == CT_OK)
            st = gather_docs(c, rows, n, &docs, &lens, &miss);
        if (st == CT_OK)
            st = ct_vectorizer_fit(&p->vparams, docs, lens, n, &p->vec, diag);
        /* for score's drift rule: a model reading the text as n-grams alone
         * recorded no share, and called no drift when the text went missing
         * (tests/cli/score_drift_text_only_missing) */
        if (st == CT_OK)
            p->text_missing_share = (double)miss / (double)n;
        ct_free(docs);
        ct_free(lens);
    }
    ct_frame_destroy(d);
    if (st == CT_OK)
        st = pipe_columns(p);
    if (st != CT_OK) {
        if (st == CT_ENOMEM)
            ct_diag_set(diag, st, NULL, 0, 0, "out of memory");
        ct_pipeline_free(p);
        return st;
    }
    *out = p;
    return CT_OK;
}

void ct_pipeline_free(ct_pipeline *p)
{
    if (!p)
        return;
    for (size_t k = 0; p->numeric && k < p->nnumeric; k++)
        ct_free(p->numeric[k]);
    for (size_t k = 0; p->categorical && k < p->ncategorical; k++)
        ct_free(p->categorical[k]);
    ct_free(p->numeric);
    ct_free(p->categorical);
    ct_free(p->text);
    ct_encoder_free(p->num);
    ct_encoder_free(p->cat);
    ct_vectorizer_free(p->vec);
    for (size_t j = 0; p->names && j < p->ncols; j++)
        ct_free(p->names[j]);
    ct_free(p->names);
    ct_free(p->cols);
    ct_free(p);
}

void pipe_init(ct_pipeline *p)
{
    p->text_missing_share = NAN;
    for (size_t k = 0; k < PIPE_LOG1P_TABLE; k++)
        p->log1p_small[k] = log1p((double)k);
}

ct_status pipe_columns(ct_pipeline *p)
{
    p->nnum = p->num ? ct_encoder_ncols(p->num) : 0;
    p->ncat = p->cat ? ct_encoder_ncols(p->cat) : 0;
    p->nngram = p->vec ? ct_vectorizer_nterms(p->vec) : 0;
    p->ncols = p->nnum + p->ncat + p->nngram;
    p->cols = ct_calloc(p->ncols + 1, sizeof *p->cols);
    p->names = ct_calloc(p->ncols + 1, sizeof *p->names);
    if (!p->cols || !p->names)
        return CT_ENOMEM;
    size_t j = 0;
    for (size_t k = 0; k < p->nnum; k++, j++) {
        const ct_encoder_col *c = ct_encoder_column(p->num, k);
        p->names[j] = ct_strdup(c->name);
        p->cols[j].kind = c->feature < p->nnumeric ? CT_PIPELINE_NUMERIC : CT_PIPELINE_LENGTH;
        p->cols[j].source = c->feature < p->nnumeric ? p->numeric[c->feature] : p->text;
        p->cols[j].raw = p->raw_numeric;
    }
    for (size_t k = 0; k < p->ncat; k++, j++) {
        const ct_encoder_col *c = ct_encoder_column(p->cat, k);
        p->names[j] = ct_strdup(c->name);
        p->cols[j].kind = CT_PIPELINE_LEVEL;
        p->cols[j].source = p->categorical[c->feature];
        p->cols[j].detail = c->level;
    }
    const size_t tl = p->text ? strlen(p->text) : 0;
    for (size_t k = 0; k < p->nngram; k++, j++) {
        size_t len;
        const char *t = ct_vectorizer_term(p->vec, k, &len);
        p->names[j] = ct_malloc(tl + len + 2);
        if (p->names[j])
            snprintf(p->names[j], tl + len + 2, "%s:%s", p->text, t);
        p->cols[j].kind = CT_PIPELINE_NGRAM;
        p->cols[j].source = p->text;
        p->cols[j].detail = t;
    }
    for (size_t i = 0; i < p->ncols; i++) {
        if (!p->names[i])
            return CT_ENOMEM;
        p->cols[i].name = p->names[i];
    }
    return CT_OK;
}

size_t ct_pipeline_ncols(const ct_pipeline *p) { return p->ncols; }
const ct_pipeline_col *ct_pipeline_column(const ct_pipeline *p, size_t j)
{
    return j < p->ncols ? &p->cols[j] : NULL;
}
const ct_vectorizer *ct_pipeline_vectorizer(const ct_pipeline *p) { return p->vec; }

int ct_pipeline_reads(const ct_pipeline *p, ct_pipeline_kind kind)
{
    if (!p)
        return 0;
    switch (kind) {
    case CT_PIPELINE_NUMERIC: return p->nnumeric > 0;
    case CT_PIPELINE_LEVEL: return p->ncategorical > 0;
    case CT_PIPELINE_LENGTH: return p->vec || p->text_length;
    case CT_PIPELINE_NGRAM: return p->vec != NULL;
    }
    return 0;
}

/* ---- transform ---- */

typedef struct {
    ct_frame *derived; /* q->num's columns may borrow its arrays (raw numbers) */
    ct_matrix *num, *cat;
    const char **docs; /* the rows' texts (NULL: missing), when n-grams are on */
    size_t *lens;
    ct_encoder_stats cs;
} parts;

/* a and b (b of length nb) equal but for ASCII case and spaces: around
 * the value, or a run of them inside it where the other has one ('not
 * verified' written with two spaces, as a hand-edited export has it) */
static int near_level(const char *a, const char *b, size_t nb)
{
    size_t na = strlen(a);
    while (na && *a == ' ')
        a++, na--;
    while (na && a[na - 1] == ' ')
        na--;
    while (nb && *b == ' ')
        b++, nb--;
    while (nb && b[nb - 1] == ' ')
        nb--;
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        char x = a[i], y = b[j];
        if (x == ' ' && y == ' ') {
            while (i < na && a[i] == ' ')
                i++;
            while (j < nb && b[j] == ' ')
                j++;
            continue;
        }
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return 0;
        i++, j++;
    }
    return i == na && j == nb;
}

/* Copy v[0..len) into buf (cap bytes), cut on a character boundary. */
static void copy_cut(char *buf, size_t cap, const char *v, size_t len)
{
    size_t cut = len < cap ? len : cap - 1;
    while (cut < len && cut > 0 && ((unsigned char)v[cut] & 0xC0) == 0x80)
        cut--;
    memcpy(buf, v, cut);
    buf[cut] = '\0';
}

/* In categorical feature k: the first value of a level training did not
 * see (want_near: the first such value near a training level, copied to
 * near). 1 when found (example set), else 0. */
static int first_unseen(const ct_pipeline *p, const ct_frame *f, const size_t *rows, size_t n,
                        size_t k, int want_near, char *example, size_t ecap, char *near,
                        size_t ncap)
{
    const ct_encoder_info *in = ct_encoder_feature_info(p->cat, k);
    const ct_column *c;
    if (ct_frame_find_as(f, in->column, "feature", &c, NULL) != CT_OK)
        return 0;
    for (size_t t = 0; t < n; t++) {
        size_t len = 0;
        const char *v = ct_column_str(c, rows ? rows[t] : t, &len);
        if (!v)
            continue;
        size_t l = 0;
        while (l < in->nlevels &&
               !(strlen(in->levels[l]) == len && memcmp(in->levels[l], v, len) == 0))
            l++;
        if (l < in->nlevels)
            continue; /* a level seen in training */
        near[0] = '\0';
        for (l = 0; l < in->nlevels; l++)
            if (near_level(in->levels[l], v, len)) {
                snprintf(near, ncap, "%s", in->levels[l]);
                break;
            }
        if (want_near && !near[0])
            continue;
        copy_cut(example, ecap, v, len);
        return 1;
    }
    return 0;
}

/* 1 when column k has the most unseen values and another has as many */
static int ties(const ct_encoder_stats *cs, size_t k)
{
    size_t same = 0;
    for (size_t j = 0; j < cs->nfeatures; j++) {
        if (cs->unseen_by_feature[j] > cs->unseen_by_feature[k])
            return 0;
        same += cs->unseen_by_feature[j] == cs->unseen_by_feature[k];
    }
    return same > 1;
}

/* st->unseen_*: a value of an unseen level to name (ct_pipeline_stats): a
 * letter-case or space variant of a training level first, in whichever
 * column holds one (the one with the most unseen values among those),
 * else the first unseen value of the column with the most. */
static void name_unseen(const ct_pipeline *p, const ct_frame *f, const size_t *rows, size_t n,
                        const ct_encoder_stats *cs, ct_pipeline_stats *st)
{
    size_t best = SIZE_MAX;
    for (size_t k = 0; k < cs->nfeatures && cs->unseen_by_feature; k++)
        if (cs->unseen_by_feature[k] &&
            (best == SIZE_MAX || cs->unseen_by_feature[k] > cs->unseen_by_feature[best]))
            best = k;
    if (best == SIZE_MAX)
        return;
    /* the variants: columns by their unseen count, most first */
    size_t with_near = SIZE_MAX;
    char ex[sizeof st->unseen_example], nr[sizeof st->unseen_near];
    for (size_t k = 0; k < cs->nfeatures; k++) {
        if (!cs->unseen_by_feature[k] ||
            (with_near != SIZE_MAX && cs->unseen_by_feature[k] <= cs->unseen_by_feature[with_near]))
            continue;
        if (first_unseen(p, f, rows, n, k, 1, ex, sizeof ex, nr, sizeof nr)) {
            with_near = k;
            memcpy(st->unseen_example, ex, sizeof ex);
            memcpy(st->unseen_near, nr, sizeof nr);
        }
    }
    if (with_near == SIZE_MAX) {
        /* no text kept (a stream's value past its dictionary): the column */
        (void)first_unseen(p, f, rows, n, best, 0, st->unseen_example, sizeof st->unseen_example,
                           nr, sizeof nr);
        st->unseen_column = p->categorical[best];
        st->unseen_most_tied = ties(cs, best);
        return;
    }
    st->unseen_column = p->categorical[with_near];
    st->unseen_most_tied = ties(cs, with_near);
    /* a variant's column tied with best is one with the most itself */
    if (cs->unseen_by_feature[with_near] < cs->unseen_by_feature[best] &&
        first_unseen(p, f, rows, n, best, 0, st->unseen_most_example,
                     sizeof st->unseen_most_example, nr, sizeof nr))
        st->unseen_most_column = p->categorical[best];
    /* every other column holding a variant, most unseen values first (by
     * count, then feature order): a fix of the first alone would leave the
     * others unseen */
    size_t prev = with_near;
    for (;;) {
        size_t next = SIZE_MAX;
        for (size_t k = 0; k < cs->nfeatures; k++) {
            const size_t u = cs->unseen_by_feature[k], up = cs->unseen_by_feature[prev];
            if (!u || k == with_near || u > up || (u == up && k <= prev))
                continue; /* at or before prev in the order */
            if (next == SIZE_MAX || u > cs->unseen_by_feature[next])
                next = k;
        }
        if (next == SIZE_MAX)
            break;
        prev = next;
        if (!first_unseen(p, f, rows, n, next, 1, ex, sizeof ex, nr, sizeof nr))
            continue;
        if (st->unseen_near_more < CT_PIPELINE_NEAR_ALSO) {
            st->unseen_near_also[st->unseen_near_more].column = p->categorical[next];
            memcpy(st->unseen_near_also[st->unseen_near_more].example, ex, sizeof ex);
            memcpy(st->unseen_near_also[st->unseen_near_more].near, nr, sizeof nr);
        }
        st->unseen_near_more++;
    }
}

/* ", as does 'ACTIVE' in 'author_ban_status' ('active')" for s's other
 * columns with a variant, ", and N more columns" past the named ones. */
static void near_also(const ct_pipeline_stats *s, char *buf, size_t cap)
{
    size_t w = 0;
    buf[0] = '\0';
    const size_t named =
        s->unseen_near_more < CT_PIPELINE_NEAR_ALSO ? s->unseen_near_more : CT_PIPELINE_NEAR_ALSO;
    for (size_t k = 0; k < named && w < cap; k++) {
        const int q = snprintf(
            buf + w, cap - w, "%s'%s' in '%s' ('%s')",
            k == 0 ? (named == 1 && s->unseen_near_more == 1 ? ", as does " : ", as do ") : ", ",
            s->unseen_near_also[k].example, s->unseen_near_also[k].column,
            s->unseen_near_also[k].near);
        w += q > 0 ? (size_t)q : 0;
    }
    if (s->unseen_near_more > named && w < cap)
        snprintf(buf + w, cap - w, ", and %zu more column%s", s->unseen_near_more - named,
                 s->unseen_near_more - named == 1 ? "" : "s");
}

void ct_pipeline_unseen_note(const ct_pipeline_stats *s, char *buf, size_t cap)
{
    if (!cap)
        return;
    buf[0] = '\0';
    if (!s->unseen_column)
        return;
    const char *most = s->unseen_most_tied ? "tied for the most" : "the column with the most";
    if (!s->unseen_example[0]) /* a stream's value past its dictionary: no text kept */
        snprintf(buf, cap,
                 "levels the model never saw in '%s' (%s) count as no level (all its "
                 "indicators 0)",
                 s->unseen_column, most);
    else if (s->unseen_near[0] && s->unseen_most_column) {
        char also[400];
        near_also(s, also, sizeof also);
        snprintf(buf, cap,
                 "levels the model never saw, e.g. '%s' in '%s': did you mean '%s'? It differs "
                 "from a training level only in letter case or spaces%s. The column with the "
                 "most unseen levels is '%s' (e.g. '%s'); a level never seen counts as no level "
                 "(all its indicators 0)",
                 s->unseen_example, s->unseen_column, s->unseen_near, also, s->unseen_most_column,
                 s->unseen_most_example);
    } else if (s->unseen_near[0]) {
        char also[400];
        near_also(s, also, sizeof also);
        snprintf(buf, cap,
                 "levels the model never saw, e.g. '%s' in '%s' (%s): did you mean '%s'? It "
                 "differs from a training level only in letter case or spaces%s",
                 s->unseen_example, s->unseen_column, most, s->unseen_near, also);
    } else
        snprintf(buf, cap,
                 "levels the model never saw, e.g. '%s' in '%s' (%s), count as no level (all "
                 "its indicators 0)",
                 s->unseen_example, s->unseen_column, most);
}

static ct_status transform_parts(const ct_pipeline *p, const ct_frame *f, const size_t *rows,
                                 size_t n, parts *q, ct_pipeline_stats *st_out, ct_diag *diag)
{
    ct_status st = CT_OK;
    if (p->num) {
        st = derive(p, f, rows, n, &q->derived, diag);
        if (st == CT_OK)
            /* a linear model's numbers and text lengths clipped to the
             * training range: it would extrapolate them without bound (a
             * 20M-character transcript ranked first: tester, 2026-12-06);
             * the trees' raw numbers are not, as a tree is constant
             * beyond its outermost split (docs/train.md) */
            st = ct_encoder_transform_clip_(p->num, q->derived, rows, n, !p->raw_numeric, &q->num,
                                            NULL, diag);
    }
    if (st == CT_OK && p->cat) {
        st = ct_encoder_transform(p->cat, f, rows, n, &q->cat, &q->cs, diag);
        if (st == CT_OK) {
            st_out->unseen_levels = q->cs.unseen;
            st_out->missing_levels = q->cs.missing;
            for (size_t k = 0; k < p->ncategorical; k++) {
                size_t j;
                if (ct_frame_find(f, p->categorical[k], &j, NULL) == CT_OK)
                    st_out->categorical_values += n;
            }
            if (q->cs.unseen)
                name_unseen(p, f, rows, n, &q->cs, st_out);
        }
    }
    if (st == CT_OK && (p->vec || p->text_length)) {
        const ct_column *c;
        st = find_text(f, p->text, &c, diag);
        if (st == CT_OK)
            st = gather_docs(c, rows, n, &q->docs, &q->lens, &st_out->missing_text);
    }
    return st;
}

/* Rows [a, b) of the design into their own CSR: the dense features' nonzero
 * values, then the row's n-grams (ct_vectorizer_transform_doc, columns
 * shifted past the dense ones), each written in place into the CSR's
 * arrays (ct_csr_row_space, ct_csr_row_commit). *missing and *empty count
 * the missing numeric values and the texts without a known n-gram. */
static ct_status design_rows(const ct_pipeline *p, const parts *q, size_t a, size_t b,
                             ct_vectorizer_work *w, ct_csr **out, size_t *missing, size_t *empty)
{
    *out = NULL;
    ct_csr *r = NULL;
    ct_status st = ct_csr_create(p->ncols, &r);
    const size_t dense = p->nnum + p->ncat;
    /* The block's room made once (its rows; its entries estimated from
     * its first rows, 1/16 more), so that the arrays are not regrown and
     * copied at every doubling; only the room differs, never the matrix. */
    if (st == CT_OK)
        st = ct_csr_reserve(r, b - a, (b - a) * (dense + 1));
    for (size_t i = a; i < b && st == CT_OK; i++) {
        if (i == a + 256 && b - a > 512) {
            const size_t est = r->nnz / 256 * (b - a) + r->nnz / 256 * (b - a) / 16;
            if (est > r->cap && (st = ct_csr_reserve(r, 0, est - r->nnz)) != CT_OK)
                break;
        }
        const uint32_t *tidx = NULL;
        const double *tval = NULL;
        size_t tk = 0;
        if (p->vec) {
            st = ct_vectorizer_transform_doc(p->vec, q->docs[i], q->lens[i], w, &tidx, &tval, &tk);
            if (st != CT_OK)
                break;
            *empty += tk == 0;
        }
        /* the row is written in place, where the matrix stores it */
        uint32_t *idx;
        double *val;
        if ((st = ct_csr_row_space(r, dense + tk, &idx, &val)) != CT_OK)
            break;
        size_t k = 0;
        for (size_t j = 0; j < p->nnum; j++) {
            double x = q->num->col[j][i];
            if (isnan(x)) {
                /* a missing text's lengths count as the missing text */
                *missing += j < p->nnumeric;
                if (!p->raw_numeric)
                    x = 0; /* the training mean, standardised */
            }
            if (x != 0) {
                idx[k] = (uint32_t)j;
                val[k++] = x;
            }
        }
        for (size_t j = 0; j < p->ncat; j++) {
            const double x = q->cat->col[j][i];
            if (x != 0) {
                idx[k] = (uint32_t)(p->nnum + j);
                val[k++] = x;
            }
        }
        for (size_t e = 0; e < tk; e++) {
            idx[k] = (uint32_t)(dense + tidx[e]);
            val[k++] = tval[e];
        }
        st = ct_csr_row_commit(r, k);
    }
    if (st != CT_OK) {
        ct_csr_free(r);
        return st;
    }
    *out = r;
    return CT_OK;
}

/* Rows are built in blocks of BLOCK rows, one CSR each, on as many threads
 * as allowed, and appended in order; on one thread a single block holds
 * every row and is the result as it is (no copy). Each row is computed the
 * same way whatever the blocks, so the design is the same bytes. */
#define BLOCK 1024

static ct_status design(const ct_pipeline *p, const parts *q, size_t n, ct_csr **out,
                        ct_pipeline_stats *s)
{
    *out = NULL;
    const int threads = ct_threads();
    const size_t nb = threads > 1 && n > BLOCK ? (n + BLOCK - 1) / BLOCK : 1;
    const size_t bs = nb == 1 ? n : BLOCK;
    ct_csr **part = ct_calloc(nb, sizeof *part);
    size_t *miss = ct_calloc(nb, sizeof *miss), *empty = ct_calloc(nb, sizeof *empty);
    int failed = !part || !miss || !empty;
#pragma omp parallel num_threads(threads) if (nb > 1 && !failed)
    {
        ct_vectorizer_work *w = p->vec && !failed ? ct_vectorizer_work_create() : NULL;
        if (p->vec && !w) {
#pragma omp atomic write
            failed = 1;
        }
#pragma omp for schedule(dynamic, 1)
        for (size_t b = 0; b < nb; b++) {
            if (failed)
                continue;
            const size_t e = (b + 1) * bs < n ? (b + 1) * bs : n;
            if (design_rows(p, q, b * bs, e, w, &part[b], &miss[b], &empty[b]) != CT_OK) {
#pragma omp atomic write
                failed = 1;
            }
        }
        ct_vectorizer_work_free(w);
    }
    ct_status st = failed ? CT_ENOMEM : CT_OK;
    ct_csr *a = NULL;
    if (st == CT_OK && nb == 1) {
        a = part[0];
        part[0] = NULL;
    } else if (st == CT_OK) {
        st = ct_csr_create(p->ncols, &a);
        for (size_t b = 0; b < nb && st == CT_OK; b++)
            for (size_t i = 0; i < part[b]->nrows && st == CT_OK; i++)
                st = ct_csr_append_row(a, part[b]->indices + part[b]->indptr[i],
                                       part[b]->data + part[b]->indptr[i],
                                       part[b]->indptr[i + 1] - part[b]->indptr[i]);
    }
    for (size_t b = 0; b < nb && st == CT_OK; b++) {
        s->missing_numeric += miss[b];
        s->empty_rows += empty[b];
    }
    for (size_t b = 0; part && b < nb; b++)
        ct_csr_free(part[b]);
    ct_free(part);
    ct_free(miss);
    ct_free(empty);
    if (st != CT_OK) {
        ct_csr_free(a);
        return st;
    }
    *out = a;
    return CT_OK;
}

ct_status ct_pipeline_transform(const ct_pipeline *p, const ct_frame *f, const size_t *rows,
                                size_t n, ct_csr **out, ct_pipeline_stats *stats, ct_diag *diag)
{
    return ct_pipeline_transform_flags(p, f, rows, n, out, stats, NULL, diag);
}

ct_status ct_pipeline_transform_flags(const ct_pipeline *p, const ct_frame *f, const size_t *rows,
                                      size_t n, ct_csr **out, ct_pipeline_stats *stats,
                                      uint8_t *row_unseen, ct_diag *diag)
{
    return ct_pipeline_transform_marks(p, f, rows, n, out, stats, row_unseen, NULL, diag);
}

/* A derived value back in the units it was read in (log1p undone). */
static double as_read(const ct_pipeline *p, double v)
{
    return p->log1p && !p->raw_numeric ? copysign(expm1(fabs(v)), v) : v;
}

/* The rows of the derived numbers (numbers and text lengths) outside the
 * training range of the encoder's features: counted in s, marked in
 * mark[0..n) when not NULL. A missing value is no value, never outside. */
static ct_status check_range(const ct_pipeline *p, const ct_frame *d, const size_t *rows, size_t n,
                             uint8_t *mark, ct_pipeline_stats *s)
{
    uint8_t *own = mark ? NULL : ct_calloc(n ? n : 1, 1);
    uint8_t *m = mark ? mark : own;
    if (!m)
        return CT_ENOMEM;
    if (mark)
        memset(mark, 0, n);
    const size_t nf = p->num ? ct_encoder_nfeatures(p->num) : 0;
    for (size_t k = 0; k < nf; k++) {
        const ct_encoder_info *in = ct_encoder_feature_info(p->num, k);
        size_t j;
        if (in->kind != CT_ENCODER_NUMERIC || isnan(in->min) ||
            ct_frame_find(d, in->column, &j, NULL) != CT_OK)
            continue;
        const ct_column *c = ct_frame_col(d, j);
        const double *x = ct_column_f64(c);
        const uint8_t *xm = ct_column_missing(c);
        size_t cnt = 0;
        double first = NAN;
        for (size_t t = 0; x && t < n; t++) {
            const size_t i = rows ? rows[t] : t;
            if (xm[i] || isnan(x[i]) || (x[i] >= in->min && x[i] <= in->max))
                continue;
            if (!cnt++)
                first = x[i];
            m[t] = 1;
        }
        if (cnt > s->outside_values) {
            s->outside_values = cnt;
            s->outside_column = in->column;
            s->outside_example = as_read(p, first);
            s->outside_min = as_read(p, in->min);
            s->outside_max = as_read(p, in->max);
            s->outside_clipped = !p->raw_numeric; /* ct_encoder_transform_clip_ */
        }
    }
    for (size_t t = 0; t < n; t++)
        s->outside_rows += m[t];
    ct_free(own);
    return CT_OK;
}

void ct_pipeline_outside_note(const ct_pipeline_stats *s, char *buf, size_t cap)
{
    if (cap)
        buf[0] = 0;
    if (!s->outside_column || !cap)
        return;
    const char *c = s->outside_column;
    const size_t n = strlen(c);
    /* the numbers as the reasons write a file's values (ct_numfmt_value):
     * "%.10g" wrote 99999999999 as "1e+11" before 2026-12-05, beside
     * "99,999,999,999" in the queue's reasons (tests/cli/score_out_of_range_grouped) */
    char ex[64], lo[64], hi[64];
    ct_numfmt_value(ex, sizeof ex, s->outside_example);
    ct_numfmt_value(lo, sizeof lo, s->outside_min);
    ct_numfmt_value(hi, sizeof hi, s->outside_max);
    const int chars = strncmp(c, "len(", 4) == 0, words = strncmp(c, "words(", 6) == 0;
    /* a linear model's inputs are clipped to the range (since 2026-12-06:
     * tests/cli/score_clipped_to_training_range); a tree is constant
     * beyond its outermost split */
    const char *how = s->outside_clipped
                          ? "the linear model takes each as the range's nearer end (clipped), "
                            "not extrapolating"
                          : "the model extrapolates there, scored as it is";
    if ((chars || words) && n && c[n - 1] == ')') {
        const int skip = chars ? 4 : 6;
        const char *unit = chars ? "characters" : "words";
        snprintf(buf, cap,
                 "values outside the training range, e.g. a text of %s %s in '%.*s' (training "
                 "%s to %s %s): %s",
                 ex, unit, (int)(n - (size_t)skip - 1), c + skip, lo, hi, unit, how);
    } else
        snprintf(buf, cap,
                 "values outside the training range, e.g. %s in '%.200s' (training %s to "
                 "%s): %s",
                 ex, c, lo, hi, how);
}

double ct_pipeline_missing_share(const ct_pipeline *p, const char *src)
{
    if (!p || !src)
        return NAN;
    if (p->text && strcmp(src, p->text) == 0 && !p->text_length)
        return p->text_missing_share;
    const int text = p->text && strcmp(src, p->text) == 0 && p->text_length;
    char a[512], b[512];
    if (text)
        pipe_length_names(p->text, a, b, sizeof a);
    const ct_encoder *es[2] = {p->num, p->cat};
    for (int e = 0; e < 2; e++)
        for (size_t k = 0; es[e] && k < ct_encoder_nfeatures(es[e]); k++) {
            const ct_encoder_info *in = ct_encoder_feature_info(es[e], k);
            if (strcmp(in->column, text ? a : src) == 0)
                return in->missing_share;
        }
    return NAN;
}

void ct_pipeline_missing_shares(const ct_pipeline *p, const char *const *src, size_t n,
                                double *share)
{
    const ct_encoder *es[2] = {p ? p->num : NULL, p ? p->cat : NULL};
    size_t m = 0;
    for (int e = 0; e < 2; e++)
        m += es[e] ? ct_encoder_nfeatures(es[e]) : 0;
    ct_name_set set;
    double *had = p && ct_name_set_init(&set, m) == 0 ? ct_malloc((m + 1) * sizeof *had) : NULL;
    if (!had) { /* out of memory (or no pipeline): one name at a time */
        if (p)
            ct_name_set_free(&set);
        for (size_t q = 0; q < n; q++)
            share[q] = ct_pipeline_missing_share(p, src[q]);
        return;
    }
    /* the first input of a name answers, as ct_pipeline_missing_share's scan */
    for (int e = 0; e < 2; e++)
        for (size_t k = 0; es[e] && k < ct_encoder_nfeatures(es[e]); k++) {
            const ct_encoder_info *in = ct_encoder_feature_info(es[e], k);
            if (!ct_name_set_add(&set, in->column))
                had[set.n - 1] = in->missing_share;
        }
    for (size_t q = 0; q < n; q++) {
        if (!src[q] || (p->text && strcmp(src[q], p->text) == 0)) {
            share[q] = ct_pipeline_missing_share(p, src[q]); /* the text's rules */
            continue;
        }
        const size_t k = ct_name_set_find(&set, src[q]);
        share[q] = k == SIZE_MAX ? NAN : had[k];
    }
    ct_free(had);
    ct_name_set_free(&set);
}

ct_status ct_pipeline_transform_marks(const ct_pipeline *p, const ct_frame *f, const size_t *rows,
                                      size_t n, ct_csr **out, ct_pipeline_stats *stats,
                                      uint8_t *row_unseen, uint8_t *row_outside, ct_diag *diag)
{
    *out = NULL;
    if (!rows)
        n = ct_frame_nrows(f);
    for (size_t i = 0; rows && i < n; i++)
        if (rows[i] >= ct_frame_nrows(f))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "row %zu out of range", rows[i]);
    ct_pipeline_stats s;
    memset(&s, 0, sizeof s);
    s.rows = n;
    parts q;
    memset(&q, 0, sizeof q);
    ct_status st = transform_parts(p, f, rows, n, &q, &s, diag);
    ct_csr *a = NULL;
    if (st == CT_OK)
        st = design(p, &q, n, &a, &s);
    if (st == CT_OK && q.derived)
        st = check_range(p, q.derived, rows, n, row_outside, &s);
    else if (st == CT_OK && row_outside)
        memset(row_outside, 0, n);
    ct_matrix_free(q.num);
    ct_frame_destroy(q.derived);
    ct_matrix_free(q.cat);
    ct_free(q.docs);
    ct_free(q.lens);
    if (st == CT_OK && row_unseen) {
        if (q.cs.row_unseen)
            memcpy(row_unseen, q.cs.row_unseen, n);
        else
            memset(row_unseen, 0, n);
    }
    ct_encoder_stats_free(&q.cs);
    if (st != CT_OK) {
        ct_csr_free(a);
        if (st == CT_ENOMEM)
            ct_diag_set(diag, st, NULL, 0, 0, "out of memory");
        return st;
    }
    if (stats)
        *stats = s;
    *out = a;
    return CT_OK;
}

/* 1 when at least half of f's column names (two or more) read whole as
 * numbers: a header that is a data row; its first names quoted into buf
 * ("'1', 'opinion', '3362182692', ...") */
static int header_is_row(const ct_frame *f, char *buf, size_t n)
{
    const size_t nc = ct_frame_ncols(f);
    size_t nums = 0, len = 0;
    buf[0] = 0;
    for (size_t j = 0; j < nc; j++) {
        const char *nm = ct_column_name(ct_frame_col(f, j));
        char *end = NULL;
        if (nm && *nm && (strtod(nm, &end), end && end != nm && *end == 0))
            nums++;
        if (j < 3 && nm) {
            const int w = snprintf(buf + len, n - len, "%s'%.60s'", j ? ", " : "", nm);
            if (w > 0 && (size_t)w < n - len)
                len += (size_t)w;
        }
    }
    if (nc > 3 && len + 6 < n)
        snprintf(buf + len, n - len, ", ...");
    return nc >= 2 && 2 * nums >= nc;
}

/* No absent column near a file's name: the file's columns the model (and
 * the id) does not read, among which a renamed input stands under its new
 * name (before 2026-12-07 unsaid: a transcription exported as
 * 'transcript' was "absent" with no pointer to it:
 * tests/cli/score_absent_renamed_unread) */
static void unread_part(const ct_pipeline *p, const ct_frame *f, const char *id, char *buf,
                        size_t cap)
{
    const size_t nc = ct_pipeline_ncols(p);
    const char **used = ct_malloc((nc + 1) * sizeof *used);
    if (!used)
        return;
    used[0] = id;
    for (size_t k = 0; k < nc; k++)
        used[k + 1] = ct_pipeline_column(p, k)->source;
    char list[700];
    const size_t n = ct_frame_unread_columns(f, used, nc + 1, 12, list, sizeof list);
    ct_free(used);
    if (n)
        snprintf(
            buf, cap,
            "; the file's column%s the model does not read: %s (one may be an input under another "
            "name: rename it in the header)",
            n == 1 ? "" : "s", list);
}

void ct_pipeline_hint_absent(const ct_pipeline *p, const ct_frame *f, const char *id, ct_diag *d)
{
    if (!d)
        return;
    char list[512] = "", dummies[600] = "", more[400] = "";
    size_t len = 0, absent = 0, model = 0, j, ndummy = 0, mlen = 0, nmore = 0;
    int id_extra = id != NULL;
    const size_t nc = ct_pipeline_ncols(p);
    for (size_t k = 0; k <= nc; k++) { /* the id first, then each distinct source */
        const char *nm = k == 0 ? id : ct_pipeline_column(p, k - 1)->source;
        if (!nm)
            continue;
        int seen = 0;
        for (size_t q = 1; q < k && !seen; q++)
            seen = strcmp(ct_pipeline_column(p, q - 1)->source, nm) == 0;
        if (seen)
            continue;
        if (k > 0) {
            model++;
            if (id && strcmp(id, nm) == 0) { /* the id is an input too: listed once */
                id_extra = 0;
                continue;
            }
        }
        if (ct_frame_find(f, nm, &j, NULL) == CT_OK)
            continue;
        /* a one-hot encoded copy: its dummies named, and the file before
         * encoding asked for (a model reads the column it was trained on;
         * before 2026-12-04 unsaid: tests/cli/files_onehot_dummies) */
        if (!dummies[0] && ct_frame_dummy_hint(f, nm, 0, dummies, sizeof dummies))
            ndummy = 1;
        else if (dummies[0] && ct_frame_dummy_hint(f, nm, 0, NULL, 0))
            ndummy++;
        absent++;
        int w = snprintf(list + len, sizeof list - len, "%s'%s'", absent > 1 ? ", " : "", nm);
        if (w > 0 && (size_t)w < sizeof list - len)
            len += (size_t)w;
        /* every absent column's near name, not the first's alone: a file
         * whose export renamed two inputs is told both at once (before
         * 2026-12-07 the second came on the next run:
         * tests/cli/score_absent_near_names_all) */
        char near[CT_DIAG_MSG_MAX];
        ct_frame_near_name(f, nm, near, sizeof near);
        const char *q = strncmp(near, "did you mean '", 14) == 0 ? strstr(near + 14, "'?") : NULL;
        if (q && strcmp(near, d->hint) != 0) {
            w = snprintf(more + mlen, sizeof more - mlen, "%s'%.*s' for '%s'", nmore ? ", " : "",
                         (int)(q - near - 14), near + 14, nm);
            if (w > 0 && (size_t)w < sizeof more - mlen) {
                mlen += (size_t)w;
                nmore++;
            }
        }
    }
    /* the model's inputs counted alone, the id said apart: the same count
     * whichever command asks (evaluate reads no id, score needs one) */
    char idpart[300] = "";
    if (id_extra)
        snprintf(idpart, sizeof idpart, ", and the queue its id column '%.200s'", id);
    char keep[1200] = "";
    if (strstr(d->hint, "did you mean") && nmore)
        snprintf(keep, sizeof keep, "; %.240s; and did you mean %.400s?", d->hint, more);
    else if (strstr(d->hint, "did you mean"))
        snprintf(keep, sizeof keep, "; %.240s", d->hint);
    else if (nmore)
        snprintf(keep, sizeof keep, "; did you mean %.400s?", more);
    else if (dummies[0] && ndummy > 1)
        snprintf(keep, sizeof keep, "; %.600s (%zu more absent column%s such dummy columns)",
                 dummies, ndummy - 1, ndummy == 2 ? " has" : "s have");
    else if (dummies[0])
        snprintf(keep, sizeof keep, "; %.600s", dummies);
    else
        unread_part(p, f, id, keep, sizeof keep);
    /* every column absent and a header of numbers: the first line is a
     * data row, as in every part but the first of a file cut by line count
     * (split -l); said first (before 2026-12-06 the hint listed every
     * column as absent: tests/cli/score_split_part_without_header) */
    char first[400];
    if (absent == model + (size_t)id_extra && header_is_row(f, first, sizeof first)) {
        snprintf(d->hint, sizeof d->hint,
                 "the file's first line, read as its header, looks like a data row (%s): a file "
                 "cut by line count (split -l) has its header in the first part only; give the "
                 "other parts the header line: (head -1 FILE; cat PART) > PART.csv",
                 first);
        return;
    }
    const int w = snprintf(
        d->hint, sizeof d->hint,
        "the model reads %zu column%s%s; this file lacks %zu: %s (they must be named as in "
        "the training file; a column the model should not need is left out at training: "
        "train --features LIST)",
        model, model == 1 ? "" : "s", idpart, absent, list);
    /* (appended where room is left: the list may take most of the hint) */
    if (w > 0 && (size_t)w < sizeof d->hint)
        snprintf(d->hint + w, sizeof d->hint - (size_t)w, "%s", keep);
}
