/* train.c — the training workflow (claimtriage/train.h): labels, the
 * stratified split, cross-validation of the grid on the training part
 * (every task fits its own pipeline on its own rows), the champion's refit,
 * calibration and threshold on validation, the test part once, the audit,
 * and the model that carries it all. */
#include "base/headline.h"
#include "select/train_internal.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/sort.h"
#include "claimtriage/trees.h"

#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ct_train_options ct_train_options_default(void)
{
    ct_train_options o;
    memset(&o, 0, sizeof o);
    o.features = "all";
    o.model = "lr";
    o.vectorizer = ct_vectorizer_params_default();
    o.lr = ct_lr_params_default();
    o.gbdt = ct_gbdt_params_default();
    o.rf = ct_rf_params_default();
    o.grids[CT_TRAIN_LR] = CT_TRAIN_DEFAULT_GRID;
    o.grids[CT_TRAIN_GBDT] = CT_TRAIN_DEFAULT_GRID_GBDT;
    o.grids[CT_TRAIN_RF] = CT_TRAIN_DEFAULT_GRID_RF;
    o.grid = NULL;
    o.tree_weighting = CT_VECTORIZER_BINARY;
    o.select_tolerance = 0.0005;
    o.select_se = 1;
    o.folds = 5;
    o.cv_tol = 1e-6;
    o.metric = CT_METRIC_AVERAGE_PRECISION;
    o.seed = 42;
    o.holdout = 1;
    o.fractions[0] = 0.6;
    o.fractions[1] = 0.2;
    o.fractions[2] = 0.2;
    o.calibration = CT_CALIB_ISOTONIC;
    o.calibration_oof = 1;
    o.isotonic_min_rows = 1000;
    o.calibration_min_class_rows = 10;
    o.calibration_min_score_steps = 1e6;
    o.calibration_pooled_alpha = 0.001;
    o.threshold = ct_threshold_options_default();
    o.audit = 1;
    o.audit_ngrams = 20;
    o.audit_flag = 0.95;
    return o;
}

const char *ct_train_options_check(const ct_train_options *o)
{
    if (!o)
        return "options are NULL";
    if (!o->target || !*o->target)
        return "no target column";
    if (!o->positive || !*o->positive)
        return "no positive value of the target";
    if (!o->features || !*o->features)
        return "no feature set";
    if (o->folds < 2)
        return "folds must be at least 2";
    if (!(o->cv_tol >= 0 && o->cv_tol < 1))
        return "cv_tol must be in [0, 1)";
    if (!(o->calibration_pooled_alpha >= 0 && o->calibration_pooled_alpha < 1))
        return "calibration_pooled_alpha must be in [0, 1)";
    if (o->holdout) {
        const double s = o->fractions[0] + o->fractions[1] + o->fractions[2];
        for (int k = 0; k < 3; k++)
            if (!(o->fractions[k] > 0 && o->fractions[k] < 1))
                return "holdout fractions must each be in (0, 1): train, validation, test";
        if (fabs(s - 1) > 1e-9)
            return "holdout fractions must sum to 1";
    }
    if (!(o->audit_flag > 0.5 && o->audit_flag <= 1))
        return "audit_flag must be in (0.5, 1]";
    const char *m = ct_vectorizer_params_check(&o->vectorizer);
    if (m)
        return m;
    if ((m = ct_lr_params_check(&o->lr)))
        return m;
    if ((m = ct_gbdt_params_check(&o->gbdt)))
        return m;
    if ((m = ct_rf_params_check(&o->rf)))
        return m;
    const char *model = o->model ? o->model : "lr";
    ct_train_family fam = CT_TRAIN_LR;
    const int is_auto = strcmp(model, "auto") == 0;
    if (!is_auto && ct_train_family_parse(model, &fam) != CT_OK)
        return "unknown model family (train fits lr, gbdt, rf, or auto to choose among them)";
    if (is_auto && o->grid)
        return "model auto takes one grid per family (grids[]), not grid";
    if (is_auto && !o->holdout)
        return "model auto chooses a family on validation rows: not with holdout none";
    if (o->early_stopping < 0)
        return "early_stopping must be >= 0";
    if (o->early_stopping > 0 && !is_auto && fam != CT_TRAIN_GBDT)
        return "early stopping is for gbdt (or auto, where gbdt uses it)";
    if (o->early_stopping > 0 && !o->holdout)
        return "early stopping watches the validation rows: not with holdout none";
    if (o->rf.oob_score && !is_auto && fam != CT_TRAIN_RF)
        return "the out-of-bag score is a random forest's (rf, or auto where rf uses it)";
    if (!is_auto && fam == CT_TRAIN_RF && o->calibration == CT_CALIB_PLATT)
        return "Platt calibration fits the log-odds, and a random forest has none (it averages "
               "probabilities, often exactly 0 or 1): calibrate rf with isotonic or none";
    if (!(o->select_tolerance >= 0) || !isfinite(o->select_tolerance))
        return "select_tolerance must be a finite number >= 0";
    if (!(o->select_se >= 0) || !isfinite(o->select_se))
        return "select_se must be a finite number >= 0";
    if ((m = ct_threshold_options_check(&o->threshold)))
        return m;
    if (o->calibration != CT_CALIB_NONE && o->calibration != CT_CALIB_PLATT &&
        o->calibration != CT_CALIB_ISOTONIC)
        return "unknown calibration method";
    if (!o->holdout && o->threshold.rule == CT_THRESHOLD_TARGET_RECALL)
        return "a target recall is chosen on validation rows: not with holdout none";
    if (o->seed > (uint64_t)INT64_MAX) /* the model file's seed is an int64 */
        return "seed must be at most 2^63 - 1";
    return NULL;
}

/* ------------------------------------------------------ cross-validation */

/* Candidates that differ only in the estimator's hyperparameters (C, class
 * weights) share their features: each fold's pipeline is fitted on the
 * fold's training rows once per distinct vectorizer configuration and its
 * designs are kept until the last candidate using them is done, when the
 * training part has at most CACHE_MAX_ROWS rows (above that the designs
 * of every fold at once would cost more memory than refitting costs time).
 * Whoever reaches a slot first builds it; the design does not depend on
 * which thread that is, so results stay identical whatever the count.
 * Above that size the folds are also fitted one at a time (TR_SERIAL_ROWS,
 * train_internal.h). */
#define CACHE_MAX_ROWS TR_SERIAL_ROWS

typedef struct cv_slot {
    omp_lock_t lock;
    int built;
    ct_status st;
    ct_diag d;
    ct_pipeline *pipe;
    ct_csr *Xtr, *Xte;
    double *ytr;
    size_t users_left;
} cv_slot;

typedef struct cv_ctx {
    const ct_frame *f;
    const double *y;
    const ct_train_options *o;
    const ct_train_config *cfgs;
    const ct_pipeline_spec *spec;
    /* the cache (slots NULL: none) */
    const size_t *pcfg;     /* candidate -> its vectorizer configuration */
    const int32_t *fold_of; /* frame row -> fold (-1: not in the training part) */
    size_t n_folds;
    cv_slot *slots; /* [pcfg * n_folds + fold] */
    size_t nslots;
    /* the training part's rows and their folds (to name a failed fold) */
    const size_t *trn;
    const int32_t *fold;
    size_t ntrn;
    size_t ncand; /* candidates (cfgs[0..ncand)) */
} cv_ctx;

/* Whether with k folds every fold's training rows learn a vocabulary
 * under every candidate's vectorizer: the advice "--folds k" is tried
 * before it is given (the folds are train's own, ct_folds_kfold on the
 * same labels and seed). */
static int folds_fit_vocabulary(const cv_ctx *x, size_t k)
{
    double *y = ct_malloc(x->ntrn * sizeof *y);
    int32_t *fold = ct_malloc(x->ntrn * sizeof *fold);
    size_t *rows = ct_malloc(x->ntrn * sizeof *rows);
    int ok = y && fold && rows;
    for (size_t i = 0; ok && i < x->ntrn; i++)
        y[i] = x->y[x->trn[i]];
    if (ok)
        ok = ct_folds_kfold(y, x->ntrn, k, x->o->seed, fold, NULL, NULL) == CT_OK;
    for (size_t g = 0; ok && g < k; g++) {
        size_t m = 0;
        for (size_t i = 0; i < x->ntrn; i++)
            if (fold[i] != (int32_t)g)
                rows[m++] = x->trn[i];
        for (size_t c = 0; ok && c < x->ncand; c++) {
            size_t q = 0;
            while (q < c && !tr_same_vectorizer(&x->cfgs[q].vectorizer, &x->cfgs[c].vectorizer))
                q++;
            if (q < c || !x->spec->text_ngrams)
                continue;
            ct_pipeline_spec sp = ct_pipeline_spec_default(); /* the n-grams alone */
            sp.text = x->spec->text;
            sp.text_ngrams = 1;
            sp.vectorizer = x->cfgs[c].vectorizer;
            ct_pipeline *p = NULL;
            ok = ct_pipeline_fit(x->f, rows, m, &sp, &p, NULL) == CT_OK;
            ct_pipeline_free(p);
        }
    }
    ct_free(y);
    ct_free(fold);
    ct_free(rows);
    return ok;
}

/* A fold whose training rows hold no word (an empty vocabulary) while
 * other rows of the training part do is the fold's fault, not the file's:
 * the vectorizer's message ("in every training row") is said again with
 * the fold and how many rows hold a word, and the hint names what was
 * tried and works (fewer folds), or else what always does. Before
 * 2026-12-04 it counted rows holding any text, punctuation too, and
 * offered --folds 2 and --min-df untried (tests/cli/train_fold_few_words). */
static void fold_vocab_error(const cv_ctx *x, const size_t *tr, size_t ntr, const size_t *te,
                             size_t nte, ct_diag *d)
{
    if (!d || d->status != CT_EDATA || strncmp(d->message, "empty vocabulary", 16) != 0 ||
        !x->o->text || !x->trn || nte == 0)
        return;
    size_t fold = 0;
    for (size_t i = 0; i < x->ntrn; i++)
        if (x->trn[i] == te[0]) {
            fold = (size_t)x->fold[i];
            break;
        }
    size_t j, with = 0, part = 0; /* rows with a word: the fold's, the training part's */
    if (ct_frame_find(x->f, x->o->text, &j, NULL) != CT_OK)
        return;
    const ct_column *c = ct_frame_col(x->f, j);
    if (ct_feature_text_words(c, tr, ntr, 0, &with) != CT_OK ||
        ct_feature_text_words(c, x->trn, x->ntrn, 0, &part) != CT_OK || part == 0)
        return; /* no word in the training part at all: the message says so */
    size_t k = x->n_folds;
    while (--k >= 2 && !folds_fit_vocabulary(x, k))
        ;
    char a[32], b[32], e[32], g[32];
    ct_numfmt_count(a, sizeof a, with);
    ct_numfmt_count(b, sizeof b, ntr);
    ct_numfmt_count(e, sizeof e, part);
    ct_numfmt_count(g, sizeof g, x->ntrn);
    ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                "cross-validation fold %zu of %zu: empty vocabulary: its training rows hold a "
                "word of two or more letters or digits in %s of %s (the training part: %s of "
                "%s)",
                fold + 1, x->n_folds, a, b, e, g);
    if (k >= 2)
        snprintf(d->hint, sizeof d->hint,
                 "too few rows hold a word for %zu folds: with --folds %zu every fold learns a "
                 "vocabulary (tried); or give more rows with words, or fit without text "
                 "features (--features engagement, or a list of columns without '%s')",
                 x->n_folds, k, x->o->text);
    else
        snprintf(d->hint, sizeof d->hint,
                 "too few rows hold a word for cross-validation (fewer folds do not help): give "
                 "more rows with words, or fit without text features (--features engagement, "
                 "or a list of columns without '%s')",
                 x->o->text);
}

static void slot_release(cv_slot *s)
{
    ct_pipeline_free(s->pipe);
    ct_csr_free(s->Xtr);
    ct_csr_free(s->Xte);
    ct_free(s->ytr);
    s->pipe = NULL;
    s->Xtr = s->Xte = NULL;
    s->ytr = NULL;
}

/* Candidates share a fold's design when their features are the same: the
 * same vectorizer and the same numeric form (raw for the trees). */
static int same_features(const ct_train_config *a, const ct_train_config *b)
{
    return tr_same_vectorizer(&a->vectorizer, &b->vectorizer) &&
           (a->family == CT_TRAIN_LR) == (b->family == CT_TRAIN_LR);
}

static ct_status slot_build(const cv_ctx *x, size_t c, cv_slot *s, const size_t *tr, size_t ntr,
                            const size_t *te, size_t nte)
{
    ct_pipeline_spec sp = *x->spec;
    sp.vectorizer = x->cfgs[c].vectorizer;
    tr_family_spec(x->cfgs[c].family, &sp);
    s->ytr = ct_malloc((ntr ? ntr : 1) * sizeof *s->ytr);
    if (!s->ytr)
        return ct_diag_set(&s->d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < ntr; i++)
        s->ytr[i] = x->y[tr[i]];
    ct_status st = ct_pipeline_fit(x->f, tr, ntr, &sp, &s->pipe, &s->d);
    if (st == CT_OK)
        st = ct_pipeline_transform(s->pipe, x->f, tr, ntr, &s->Xtr, NULL, &s->d);
    if (st == CT_OK)
        st = ct_pipeline_transform(s->pipe, x->f, te, nte, &s->Xte, NULL, &s->d);
    return st;
}

static ct_status cv_task(void *user, size_t c, const size_t *tr, size_t ntr, const size_t *te,
                         size_t nte, double *out, ct_diag *d)
{
    const cv_ctx *x = user;
    tr_fit m;
    memset(&m, 0, sizeof m);
    ct_status st;
    /* the out-of-bag score is the refit's: a fold scores its held-out rows */
    ct_train_config cfg = x->cfgs[c];
    cfg.rf.oob_score = 0;
    if (!x->slots) {
        st = tr_fit_rows(x->f, x->y, tr, ntr, NULL, 0, x->spec, &cfg, x->o, 0, &m, d);
        if (st == CT_OK)
            st = tr_predict_rows(&m, x->f, te, nte, out, d);
    } else {
        cv_slot *s = &x->slots[x->pcfg[c] * x->n_folds + (size_t)x->fold_of[te[0]]];
        omp_set_lock(&s->lock);
        if (!s->built) {
            s->st = slot_build(x, c, s, tr, ntr, te, nte);
            s->built = 1;
        }
        omp_unset_lock(&s->lock);
        st = s->st;
        if (st != CT_OK && d)
            *d = s->d;
        if (st == CT_OK)
            st = tr_fit_estimator(s->Xtr, s->ytr, NULL, NULL, s->pipe, &cfg, x->o, &m, d);
        if (st == CT_OK)
            st = m.type->predict_proba(m.est, s->Xte, out, d);
        omp_set_lock(&s->lock);
        if (--s->users_left == 0)
            slot_release(s);
        omp_unset_lock(&s->lock);
    }
    if (st != CT_OK)
        fold_vocab_error(x, tr, ntr, te, nte, d);
    const int noconv = st == CT_OK && !m.converged;
    tr_fit_free(&m);
    return st ? st : noconv ? CT_ENOCONVERGE : CT_OK;
}

/* Set up the cache when it pays (see above); x->slots stays NULL otherwise. */
static ct_status cache_setup(cv_ctx *x, size_t ncand, const size_t *trn, size_t ntr, size_t n,
                             const int32_t *fold, size_t *pcfg, int32_t **fold_of, ct_diag *d)
{
    size_t npc = 0;
    for (size_t c = 0; c < ncand; c++) {
        size_t q = 0;
        while (q < c && !same_features(&x->cfgs[q], &x->cfgs[c]))
            q++;
        pcfg[c] = q == c ? npc++ : pcfg[q];
    }
    if (npc == ncand || ntr > CACHE_MAX_ROWS)
        return CT_OK;
    *fold_of = ct_malloc((n ? n : 1) * sizeof **fold_of);
    x->slots = ct_calloc(npc * x->n_folds, sizeof *x->slots);
    if (!*fold_of || !x->slots) {
        ct_free(x->slots);
        x->slots = NULL;
        return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n; i++)
        (*fold_of)[i] = -1;
    for (size_t i = 0; i < ntr; i++)
        (*fold_of)[trn[i]] = fold[i];
    x->nslots = npc * x->n_folds;
    for (size_t k = 0; k < x->nslots; k++)
        omp_init_lock(&x->slots[k].lock);
    for (size_t c = 0; c < ncand; c++)
        for (size_t f = 0; f < x->n_folds; f++)
            x->slots[pcfg[c] * x->n_folds + f].users_left++;
    x->pcfg = pcfg;
    x->fold_of = *fold_of;
    return CT_OK;
}

static void cache_free(cv_ctx *x)
{
    if (!x->slots)
        return;
    for (size_t k = 0; k < x->nslots; k++) {
        slot_release(&x->slots[k]);
        omp_destroy_lock(&x->slots[k].lock);
    }
    ct_free(x->slots);
    x->slots = NULL;
}

static int cv_progress(void *user, uint64_t done, uint64_t total)
{
    const ct_train_options *o = user;
    return o->progress ? o->progress(o->progress_user, "cv", done, total) : 0;
}

static int step(const ct_train_options *o, uint64_t done, uint64_t total)
{
    return o->progress ? o->progress(o->progress_user, "fit", done, total) : 0;
}

/* --------------------------------------------------------------- helpers */

typedef tr_work work;

static void work_free(work *w)
{
    ct_free(w->y);
    ct_free(w->role);
    ct_free(w->fold);
    ct_free(w->ytr);
    for (int k = 0; k < 3; k++) {
        ct_free(w->rows[k]);
        ct_free(w->ys[k]);
        ct_free(w->raw[k]);
        ct_free(w->cal[k]);
    }
    ct_feature_set_free(&w->fs);
    tr_fit_free(&w->fit);
    ct_calib_destroy(w->cal_fit);
}

static ct_status nomem(ct_diag *d)
{
    return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
}

/* The labels and predictions of set k (rows[k]). */
static ct_status set_arrays(work *w, int k, ct_diag *d)
{
    const size_t n = w->nrows[k] ? w->nrows[k] : 1;
    w->ys[k] = ct_malloc(n * sizeof(double));
    w->raw[k] = ct_malloc(n * sizeof(double));
    w->cal[k] = ct_malloc(n * sizeof(double));
    if (!w->ys[k] || !w->raw[k] || !w->cal[k])
        return nomem(d);
    for (size_t i = 0; i < w->nrows[k]; i++)
        w->ys[k][i] = w->y[w->rows[k][i]];
    return CT_OK;
}

/* Scores the calibrator takes: the raw log-odds or the raw probability
 * (claimtriage/train.h, step 5). */
static void calib_scores(int logodds, const double *p, size_t n, double *s)
{
    for (size_t i = 0; i < n; i++)
        s[i] = logodds ? tr_logit(p[i]) : p[i];
}

static ct_status add_metrics(ct_model *m, const char *split, const ct_metrics_binary *mb)
{
    ct_model_metric *a = ct_realloc(m->metrics, (m->nmetrics + CT_METRIC_COUNT) * sizeof *a);
    if (!a)
        return CT_ENOMEM;
    m->metrics = a;
    for (int k = 0; k < CT_METRIC_COUNT; k++) {
        ct_model_metric *e = &a[m->nmetrics++];
        memset(e, 0, sizeof *e);
        snprintf(e->split, sizeof e->split, "%s", split);
        snprintf(e->name, sizeof e->name, "%s", ct_metric_name((ct_metric)k));
        e->value = ct_metrics_get(mb, (ct_metric)k);
    }
    return CT_OK;
}

static ct_status add_metric(ct_model *m, const char *split, const char *name, double value)
{
    ct_model_metric *a = ct_realloc(m->metrics, (m->nmetrics + 1) * sizeof *a);
    if (!a)
        return CT_ENOMEM;
    m->metrics = a;
    ct_model_metric *e = &a[m->nmetrics++];
    memset(e, 0, sizeof *e);
    snprintf(e->split, sizeof e->split, "%s", split);
    snprintf(e->name, sizeof e->name, "%s", name);
    e->value = value;
    return CT_OK;
}

static char *threshold_rule(const ct_threshold_choice *t)
{
    char buf[128];
    switch (t->rule) {
    case CT_THRESHOLD_TARGET_RECALL:
        /* the rows it was chosen on: "calibration" (validation and the
         * training rows' out-of-fold scores) since 2026-12-05 */
        snprintf(buf, sizeof buf, "target recall %.6g on %s rows", t->target_recall,
                 t->chosen_on[0] ? t->chosen_on : "validation");
        break;
    case CT_THRESHOLD_COST_RATIO:
        snprintf(buf, sizeof buf, "cost ratio %.6g: 1/(1+%.6g)", t->cost_ratio, t->cost_ratio);
        break;
    case CT_THRESHOLD_FIXED: snprintf(buf, sizeof buf, "fixed %.6g", t->threshold); break;
    default: snprintf(buf, sizeof buf, "default 0.5"); break;
    }
    return ct_strdup(buf);
}

/* The model: label, the fitted pipeline and estimator (taken from w->fit),
 * calibration, threshold, metrics. */
static ct_status build_model(ct_train_result *r, const ct_train_options *o, work *w, ct_diag *d)
{
    ct_model *m = ct_model_create();
    if (!m)
        return nomem(d);
    r->model = m;
    m->target = ct_strdup(o->target);
    m->positive = ct_strdup(o->positive);
    m->id = ct_strdup(o->id ? o->id : "");
    m->threshold_rule = threshold_rule(&r->threshold);
    if (o->holdout)
        memcpy(m->holdout, o->fractions, sizeof m->holdout);
    /* recorded only when the groups changed the split: with no id repeated
     * it is the row split, and the file stays as before */
    m->holdout_grouped = r->split_grouped && r->repeated_ids > 0;
    if (!m->target || !m->positive || !m->id || !m->threshold_rule)
        return nomem(d);
    m->pipeline = w->fit.pipe;
    m->type = w->fit.type;
    m->estimator = w->fit.est;
    w->fit.pipe = NULL;
    w->fit.est = NULL;
    snprintf(m->calibration, sizeof m->calibration, "%s", ct_calib_method_name(r->calibration));
    m->calibration_logodds = r->calibration_logodds;
    m->platt_a = r->platt_a;
    m->platt_b = r->platt_b;
    if (r->calibration == CT_CALIB_PLATT) {
        int it;
        ct_calib_platt(w->cal_fit, &m->platt_a, &m->platt_b, &it);
    } else {
        m->platt_a = m->platt_b = 0;
    }
    if (r->calibration == CT_CALIB_ISOTONIC) {
        const double *x, *yk;
        m->niso = ct_calib_isotonic_knots(w->cal_fit, &x, &yk);
        m->iso_x = ct_malloc(m->niso * sizeof *x);
        m->iso_y = ct_malloc(m->niso * sizeof *yk);
        if (!m->iso_x || !m->iso_y)
            return nomem(d);
        memcpy(m->iso_x, x, m->niso * sizeof *x);
        memcpy(m->iso_y, yk, m->niso * sizeof *yk);
        m->iso_tie_break = ct_calib_tie_break(w->cal_fit);
    }
    m->threshold = r->threshold.threshold;
    ct_status st = CT_OK;
    if (r->cv) {
        ct_model_metric *a = ct_malloc(sizeof *a);
        if (!a)
            return nomem(d);
        memset(a, 0, sizeof *a);
        snprintf(a->split, sizeof a->split, "cv");
        snprintf(a->name, sizeof a->name, "%s", ct_metric_name(r->metric));
        a->value = r->cv->mean[r->champion];
        m->metrics = a;
        m->nmetrics = 1;
        st = add_metrics(m, "validation", &r->validation);
        if (st == CT_OK)
            st = add_metric(m, "validation", "mean_probability", r->validation_mean_probability);
        /* the evidence under that mean: how many rows, how many of them
         * positive, how spread (score's drift verdict; docs/formats.md) */
        if (st == CT_OK)
            st = add_metric(m, "validation", "rows", (double)r->validation.n);
        if (st == CT_OK)
            st = add_metric(m, "validation", "positives", (double)r->validation.npos);
        if (st == CT_OK)
            st = add_metric(m, "validation", "probability_sd", r->validation_probability_sd);
        if (st == CT_OK)
            st = add_metrics(m, "test", &r->test);
    } else
        st = add_metrics(m, "train", &r->train);
    m->seed = o->seed;
    m->threads = ct_threads();
    return st ? nomem(d) : CT_OK;
}

/* ------------------------------------------------------------- holdout none */

static ct_status train_all(ct_train_result *r, const ct_frame *f, const ct_train_options *o,
                           const ct_pipeline_spec *spec, work *w, ct_diag *d)
{
    const size_t n = ct_frame_nrows(f);
    if (r->n_candidates != 1)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0,
                           "holdout none fits one configuration, and the grid has %zu candidates "
                           "(give one value per key: an empty grid is refused)",
                           r->n_candidates);
    w->rows[0] = ct_malloc(n * sizeof(size_t));
    if (!w->rows[0])
        return nomem(d);
    for (size_t i = 0; i < n; i++)
        if (!isnan(w->y[i]))
            w->rows[0][w->nrows[0]++] = i;
    ct_status st = set_arrays(w, 0, d);
    if (st == CT_OK && step(o, 0, 2))
        st = ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "stopped");
    if (st == CT_OK)
        st = tr_fit_rows(f, w->y, w->rows[0], w->nrows[0], NULL, 0, spec, &r->chosen, o, 0, &w->fit,
                         d);
    if (st == CT_OK)
        st = tr_predict_rows(&w->fit, f, w->rows[0], w->nrows[0], w->raw[0], d);
    if (st != CT_OK)
        return st;
    r->n_features = ct_pipeline_ncols(w->fit.pipe);
    r->n_iter = w->fit.n_iter;
    r->converged = w->fit.converged;
    if (r->chosen.family != CT_TRAIN_LR)
        r->n_trees = ct_tree_model_ntrees(w->fit.est);
    if (r->chosen.family == CT_TRAIN_GBDT)
        r->best_iteration = ct_gbdt_best_iteration(w->fit.est);
    if (r->chosen.family == CT_TRAIN_RF) {
        r->oob_score = ct_rf_oob_score(w->fit.est);
        r->oob_unscored = ct_rf_oob_unscored(w->fit.est);
    }
    r->calibration = CT_CALIB_NONE;
    ct_threshold_options th = o->threshold;
    th.rows_name = "training"; /* no validation rows: chosen on the rows fitted */
    st = ct_threshold_choose(w->ys[0], w->raw[0], w->nrows[0], &th, &r->threshold, d);
    if (st == CT_OK)
        st = ct_metrics_binary_compute(w->ys[0], w->raw[0], w->nrows[0], r->threshold.threshold,
                                       &r->train, d);
    if (st == CT_OK)
        st = ct_metrics_roc_auc_test(w->ys[0], w->raw[0], w->nrows[0], &r->chance);
    if (st == CT_OK)
        st = ct_metrics_reliability(w->ys[0], w->raw[0], w->nrows[0], CT_RELIABILITY_DEFAULT_BINS,
                                    &r->rel_validation_raw, d);
    step(o, 2, 2);
    return st;
}

/* ---------------------------------------------------------------- holdout */

/* A chosen model that gives every validation row the same probability
 * learned nothing from features that vary (when none varies,
 * all_constant says so already). */
static void flat_scores(ct_train_result *r, const double *p, size_t n)
{
    r->flat_scores = 0;
    r->flat_probability = NAN;
    if (n == 0 || r->all_constant)
        return;
    for (size_t i = 1; i < n; i++)
        if (p[i] != p[0])
            return;
    r->flat_scores = 1;
    r->flat_probability = p[0];
}

/* A flat model's cause when its trees split: leaves too small to move the
 * probability. The raw score F = logit(p) moved by the trees' largest sum
 * U (without learning_rate: U / learning_rate) changes expit(F) or not. */
static void flat_leaves(ct_train_result *r, const tr_fit *fit)
{
    r->flat_splits = 0;
    r->flat_leaf_sum = NAN;
    r->flat_leaves_vanish = 0;
    if (!r->flat_scores || !fit->est || r->chosen.family == CT_TRAIN_LR)
        return;
    r->flat_splits = ct_tree_model_nsplits(fit->est);
    r->flat_leaf_sum = ct_tree_model_leaf_sum_max(fit->est);
    if (r->chosen.family != CT_TRAIN_GBDT || !r->flat_splits)
        return;
    const double p = r->flat_probability, f = log(p / (1 - p));
    const double u = r->flat_leaf_sum / r->chosen.gbdt.learning_rate;
    const double e = 1 / (1 + exp(-f));
    const int moves = 1 / (1 + exp(-(f + u))) != e || 1 / (1 + exp(-(f - u))) != e;
    r->flat_leaves_vanish = moves ? 1 : 2;
}

/* A flat model's cause when it is the design's: the columns that hold one
 * value in every training row (a CSR row without an entry holds 0), and
 * how many of them are n-gram columns (a lone n-gram found in every
 * document is TF-IDF 1 in every row after l2 normalisation). Only run
 * when the scores are flat: it transforms the training rows once more. */
static ct_status flat_design(ct_train_result *r, const ct_frame *f, const tr_work *w, ct_diag *d)
{
    r->flat_constant_columns = r->flat_ngram_columns = r->flat_constant_ngrams = 0;
    if (!r->flat_scores || !w->fit.pipe || w->nrows[0] == 0)
        return CT_OK;
    ct_csr *X = NULL;
    ct_status st = ct_pipeline_transform(w->fit.pipe, f, w->rows[0], w->nrows[0], &X, NULL, d);
    if (st != CT_OK)
        return st == CT_ENOMEM ? st : CT_OK; /* the fit read them: only memory fails */
    const size_t p = X->ncols, n = X->nrows;
    double *first = ct_malloc((p ? p : 1) * sizeof *first);
    unsigned char *varies = ct_calloc(p ? p : 1, 1), *seen = ct_calloc(p ? p : 1, 1);
    size_t *count = ct_calloc(p ? p : 1, sizeof *count);
    if (!first || !varies || !seen || !count) {
        ct_free(first), ct_free(varies), ct_free(seen), ct_free(count);
        ct_csr_free(X);
        return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n; i++)
        for (size_t e = X->indptr[i]; e < X->indptr[i + 1]; e++) {
            const uint32_t j = X->indices[e];
            const double v = X->data[e];
            if (!seen[j]) {
                seen[j] = 1;
                first[j] = v;
            } else if (v != first[j])
                varies[j] = 1;
            count[j]++;
        }
    for (size_t j = 0; j < p; j++) {
        /* rows without an entry hold 0: against a stored non-zero, it varies */
        const int constant = !varies[j] && (count[j] == n || !seen[j] || first[j] == 0);
        const ct_pipeline_col *c = ct_pipeline_column(w->fit.pipe, j);
        const int ngram = c && c->kind == CT_PIPELINE_NGRAM;
        r->flat_ngram_columns += (size_t)ngram;
        r->flat_constant_columns += (size_t)constant;
        r->flat_constant_ngrams += (size_t)(constant && ngram);
    }
    ct_free(first), ct_free(varies), ct_free(seen), ct_free(count);
    ct_csr_free(X);
    return CT_OK;
}

/* Each family's CV champion: its best mean (ties: the lower candidate). */
static void family_champions(ct_train_result *r)
{
    const int up = ct_metric_greater_is_better(r->metric);
    const double *mean = r->cv->mean;
    for (size_t k = 0; k < r->n_families; k++) {
        ct_train_family_result *fr = &r->families[k];
        size_t best = fr->first;
        for (size_t c = fr->first + 1; c < fr->first + fr->count; c++)
            if (!isnan(mean[c]) &&
                (isnan(mean[best]) || (up ? mean[c] > mean[best] : mean[c] < mean[best])))
                best = c;
        fr->champion = best;
        fr->cv_mean = mean[best];
    }
}

/* A calibrator fitted on a handful of claims (or opinions) follows their
 * noise: trained on 116 rows with 12 claims, Platt was fitted on 23
 * validation rows holding 2 claims and nothing said so. Below
 * calibration_min_class_rows of either class among the calibration rows
 * (vp positive of n; since 2026-12-05 the validation rows and the training
 * rows' out-of-fold scores, step 5) the
 * calibration is kept (the model's own probabilities are no better
 * founded there: on that file they put both validation claims below 0.5)
 * and calibration_few says so with the counts (before 2026-12-03 nothing
 * did; tests/cli/train_calibration_few_rows). Platt (1998) softens the
 * targets for small sets but sets no floor, nor does scikit-learn's
 * CalibratedClassifierCV: this floor is claimtriage's (docs/train.md,
 * step 5). */
static void calibration_few(ct_train_result *r, const ct_train_options *o, size_t vp, size_t n)
{
    const size_t vn = n - (vp < n ? vp : n);
    const size_t min = o->calibration_min_class_rows;
    r->calibration_few[0] = '\0';
    if (r->calibration == CT_CALIB_NONE || (vp >= min && vn >= min))
        return;
    char who[64];
    snprintf(who, sizeof who, "rows of '%.40s'", o->positive);
    /* counts with thousands separators, as every count printed (docs/cli.md;
     * before 2026-12-06 "and 2392 of the other class":
     * tests/cli/train_counts_grouped) */
    char pb[27], nb[27], mb[27]; /* 18,446,744,073,709,551,615 at most */
    ct_numfmt_count(pb, sizeof pb, vp);
    ct_numfmt_count(nb, sizeof nb, vn);
    ct_numfmt_count(mb, sizeof mb, min);
    /* a note cut at its buffer's end rather than none (the return value
     * read: a long --positive and the largest counts can overflow it) */
    const int w =
        snprintf(r->calibration_few, sizeof r->calibration_few,
                 "fitted on %s row%s of '%.40s' and %s of the other class, fewer than the %s %s "
                 "a calibration rests on: it follows those few rows, so read its probabilities "
                 "as rough (more labelled rows%s)",
                 pb, vp == 1 ? "" : "s", o->positive, nb, mb,
                 ct_headline_short_class(vp, vn, min, "of each class", who, "of the other class"),
                 r->calibration_rows[1] ? "" : ", or a larger validation share with --holdout");
    if (w < 0)
        r->calibration_few[0] = '\0';
}

/* Calibration's method for the chosen family and the n rows it is fitted
 * on (see claimtriage/train.h, step 5). */
static void calibration_method(ct_train_result *r, const ct_train_options *o, size_t n)
{
    r->calibration = o->calibration;
    if (r->chosen.family == CT_TRAIN_RF) {
        if (r->calibration == CT_CALIB_PLATT) {
            r->calibration = CT_CALIB_NONE;
            r->calibration_fallback = 1;
            r->calibration_note = "not Platt: it fits log-odds and a forest has none (it averages "
                                  "probabilities, often exactly 0 or 1); the forest's "
                                  "probabilities are used as they are";
        } else if (r->calibration == CT_CALIB_ISOTONIC && n < o->isotonic_min_rows) {
            r->calibration = CT_CALIB_NONE;
            r->calibration_fallback = 1;
            /* the counts, as lr's and gbdt's fallback line gives them
             * (before 2026-12-05 none: tests/cli/train_rf_fallback_counts) */
            char have[32], need[32];
            ct_numfmt_count(have, sizeof have, n);
            ct_numfmt_count(need, sizeof need, o->isotonic_min_rows);
            snprintf(r->calibration_why, sizeof r->calibration_why,
                     "not isotonic: too few calibration rows (%s; it needs %s and overfits "
                     "fewer), and not Platt: a forest has no log-odds; the forest's "
                     "probabilities are used as they are",
                     have, need);
            r->calibration_note = r->calibration_why;
        }
    } else if (r->calibration == CT_CALIB_ISOTONIC && n < o->isotonic_min_rows) {
        r->calibration = CT_CALIB_PLATT;
        r->calibration_fallback = 1;
        r->calibration_note = "not isotonic: too few calibration rows (it overfits them)";
    }
}

/* A calibration that would reverse the model's order (Platt's slope
 * A >= 0: p falls as the score rises) or flatten it (isotonic: one value
 * for every score) turns the model's ranking into its opposite or into
 * ties — on five claims, a test ROC AUC of 1 became 0. It happens when the
 * calibration rows (vp positive of n, their raw ROC AUC auc) rank claims no
 * better than chance (one or two claims there). The model's own
 * probabilities are kept and the note says why (scikit-learn applies
 * either as fitted). */
static int calibration_breaks_order(ct_train_result *r, const ct_calibrator *c, double cal_auc,
                                    size_t vp, size_t vr)
{
    const char *what = NULL;
    char slope[64] = "";
    if (r->calibration == CT_CALIB_PLATT) {
        double a, b;
        int it;
        ct_calib_platt(c, &a, &b, &it);
        if (a < 0)
            return 0;
        snprintf(slope, sizeof slope, " (A = %.6g)", a);
        what = a > 0 ? "reverse" : "flatten";
    } else if (r->calibration == CT_CALIB_ISOTONIC) {
        const double *x, *y;
        const size_t k = ct_calib_isotonic_knots(c, &x, &y);
        if (k > 1 && y[0] != y[k - 1])
            return 0;
        what = "flatten";
    } else
        return 0;
    char auc[32], vpb[32], vrb[32];
    ct_numfmt_count(vpb, sizeof vpb, vp);
    ct_numfmt_count(vrb, sizeof vrb, vr);
    if (isnan(cal_auc))
        snprintf(auc, sizeof auc, "undefined");
    else
        snprintf(auc, sizeof auc, "%.4g", cal_auc);
    const char *before = r->calibration_fallback && r->calibration_note ? r->calibration_note : "";
    snprintf(r->calibration_why, sizeof r->calibration_why,
             "%s%snot %s: fitted on the %s rows%s it would %s the model's order (those rows "
             "%s: ROC AUC %s, %s positive of %s rows); the "
             "model's probabilities are used as they are",
             before, *before ? "; " : "", r->calibration == CT_CALIB_PLATT ? "Platt" : "isotonic",
             r->calibration_rows[1] ? "calibration" : "validation", slope, what,
             /* above 0.5 the rows do rank claims first, too weakly for the
              * fit (pooled out-of-fold scores come from several fold
              * models): before 2026-12-05 "no better than chance" beside
              * 0.5938 (tests/cli/train_rf_fallback_counts) */
             !(cal_auc > 0.5) ? "rank claims no better than chance" : "rank claims only weakly",
             auc, vpb, vrb);
    r->calibration_note = r->calibration_why;
    r->calibration_fallback = 1;
    return 1;
}

/* The calibration's input, the model's validation scores s (the log-odds
 * of lr and gbdt, the forest's probability), measured against their own
 * rounding: their standard deviation over the median rounding step, the
 * distance from a row's s to the s of the next double probability (the
 * model's probabilities are what it computes; the log-odds are read from
 * them), that probability taken at its distance from 0 or 1. Platt's fit is a logistic regression of the label on s; its slope
 * A grows as 1/spread when the spread shrinks (Lin, Lin & Weng 2007; as
 * scikit-learn's _SigmoidCalibration fits it, with no bound), so on scores
 * that differ by a few rounding steps — boosting at learning_rate=1e-18,
 * every validation probability 0.51728 to six digits — A = -2e16 and
 * B = 1.5e15 turned the last bits of the arithmetic into probabilities
 * from 0.01 to 0.997, and a pooled calibration read the fold models'
 * intercepts as the rows' order ("would reverse the model's order ...
 * ROC AUC 0.6291"). Below o->calibration_min_score_steps steps (0: one
 * score) none is fitted and the note says why, naming learning_rate when
 * the boosting's leaves without its scaling would have spread the scores
 * enough, as the flat model's note does (before 2026-12-05 both were fitted
 * or refused for the wrong reason: tests/cli/train_calibration_scores_unspread).
 * Returns 1 when refused. */
static int calibration_unspread(ct_train_result *r, const ct_train_options *o, const tr_fit *fit,
                                const double *p, size_t n)
{
    r->calibration_score_steps = NAN;
    if (r->calibration == CT_CALIB_NONE || n < 2)
        return 0;
    const int logodds = r->chosen.family != CT_TRAIN_RF;
    double *h = ct_malloc(2 * n * sizeof *h);
    if (!h)
        return 0; /* a measure of the input: without memory, none */
    double mean = 0, lo = INFINITY, hi = -INFINITY;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const double si = logodds ? tr_logit(p[i]) : p[i];
        mean += si;
        lo = fmin(lo, si);
        hi = fmax(hi, si);
        /* the step of p at its distance from the nearer of 0 and 1 (a
         * probability near 1 is coarse as a double, its complement is not:
         * a confident model's tail is no flat model), carried to the score
         * (d logit / dp = 1 / (p (1 - p))); p of exactly 0 or 1 has none */
        const double e = fmin(p[i], 1 - p[i]);
        if (e > 0)
            h[m++] = (nextafter(e, 1.0) - e) / (logodds ? p[i] * (1 - p[i]) : 1);
    }
    mean /= (double)n;
    double ss = 0;
    for (size_t i = 0; i < n; i++) {
        const double si = logodds ? tr_logit(p[i]) : p[i];
        ss += (si - mean) * (si - mean);
    }
    const double sd = lo == hi ? 0 : sqrt(ss / (double)n); /* (a mean's rounding is no spread) */
    ct_sort_f64(h, m, h + n);
    const double step = m == 0 ? 0 : m % 2 ? h[m / 2] : (h[m / 2 - 1] + h[m / 2]) / 2;
    ct_free(h);
    const double steps = sd > 0 && step > 0 ? sd / step : sd > 0 ? INFINITY : 0;
    r->calibration_score_steps = steps;
    if (!(steps < o->calibration_min_score_steps))
        return 0;
    /* boosting: the leaves without learning_rate's scaling would have
     * spread the scores over the steps needed */
    char cause[160] = "";
    if (r->chosen.family == CT_TRAIN_GBDT && fit->est && steps > 0) {
        const double lr = r->chosen.gbdt.learning_rate;
        const double u = ct_tree_model_leaf_sum_max(fit->est) / lr;
        if (lr < 1 && u >= o->calibration_min_score_steps * step)
            snprintf(cause, sizeof cause,
                     "; learning_rate=%.6g scales every leaf value to almost nothing: use a "
                     "larger learning_rate",
                     lr);
    }
    const char *method = r->calibration == CT_CALIB_PLATT ? "Platt" : "isotonic";
    /* a fallback already said (isotonic on too few rows: Platt) leads */
    char before[160] = "";
    if (r->calibration_fallback && r->calibration_note)
        snprintf(before, sizeof before, "%s; ", r->calibration_note);
    const char *scale = logodds ? "log-odds" : "probability";
    if (steps == 0)
        snprintf(r->calibration_why, sizeof r->calibration_why,
                 "%snot %s: every validation row has the same score (%s %.6g), so there is no "
                 "order to calibrate; the model's probabilities are used as they are",
                 before, method, scale, lo);
    else
        snprintf(r->calibration_why, sizeof r->calibration_why,
                 "%snot %s: the model's validation scores spread over too few rounding steps of "
                 "their arithmetic for a calibration (%s %.6g, standard deviation %.2g: %.3g "
                 "steps, where a calibration needs %.3g), which would fit the digits the "
                 "arithmetic rounds, not what the model learned%s; the model's probabilities are "
                 "used as they are",
                 before, method, scale, mean, sd, steps, o->calibration_min_score_steps, cause);
    r->calibration_note = r->calibration_why;
    r->calibration_fallback = 1;
    r->calibration = CT_CALIB_NONE;
    return 1;
}

/* The rows the calibration is fitted on (claimtriage/train.h, step 5):
 * the validation rows' raw probabilities, then, when pooled, each
 * labelled training row's out-of-fold probability from the chosen
 * candidate's cross-validation (the fold model that did not see it; rows
 * of a failed fold are NaN there and left out), in training order. *p and
 * *y (labels 0/1) are the caller's; r->calibration_rows set. */
static ct_status calibration_rows(ct_train_result *r, int pooled, const tr_work *w, double **p,
                                  double **y, size_t *n, ct_diag *d)
{
    const size_t nv = w->nrows[1];
    const ct_cv_result *cv = r->cv;
    const int oof = pooled && cv && cv->oof && r->champion < cv->n_candidates;
    const size_t no = oof ? cv->n : 0;
    *p = ct_malloc((nv + no + 1) * sizeof **p);
    *y = ct_malloc((nv + no + 1) * sizeof **y);
    if (!*p || !*y) {
        ct_free(*p);
        ct_free(*y);
        *p = *y = NULL;
        return nomem(d);
    }
    memcpy(*p, w->raw[1], nv * sizeof **p);
    memcpy(*y, w->ys[1], nv * sizeof **y);
    size_t m = nv;
    for (size_t i = 0; i < no; i++) {
        const double q = cv->oof[r->champion * no + i];
        if (!isnan(q) && (w->ys[0][i] == 0 || w->ys[0][i] == 1)) {
            (*p)[m] = q;
            (*y)[m++] = w->ys[0][i];
        }
    }
    *n = m;
    r->calibration_rows[0] = nv;
    r->calibration_rows[1] = m - nv;
    return CT_OK;
}

/* Step 5 on the rows calibration_rows gives (pooled: with the training
 * rows' out-of-fold scores): the method, the scores' spread, the fit
 * (w->cal_fit; w->cal[1] and w->cal[2] then hold the validation and test
 * rows' calibration inputs). *cs (the rows' calibration inputs, NULL
 * without a fit) and *cy (their labels) are the caller's, also on error;
 * *cpos their positives, *cal_auc their raw ROC AUC (NaN without a fit or
 * with one class). */
static ct_status fit_calibration(ct_train_result *r, const ct_train_options *o, tr_work *w,
                                 int pooled, double **cs, double **cy, size_t *ncal, size_t *cpos,
                                 double *cal_auc, ct_diag *d)
{
    const size_t nv = w->nrows[1], nt = w->nrows[2];
    double *cp = NULL;
    *cs = *cy = NULL;
    *ncal = *cpos = 0;
    *cal_auc = NAN;
    ct_status st = calibration_rows(r, pooled, w, &cp, cy, ncal, d);
    if (st != CT_OK)
        return st;
    for (size_t i = 0; i < *ncal; i++)
        *cpos += (*cy)[i] == 1;
    calibration_method(r, o, *ncal);
    calibration_unspread(r, o, &w->fit, w->raw[1], nv);
    r->platt_a = r->platt_b = NAN;
    if (r->calibration != CT_CALIB_NONE && !(*cs = ct_malloc(*ncal * sizeof **cs)))
        st = nomem(d);
    if (st == CT_OK && r->calibration != CT_CALIB_NONE) {
        ct_calib_options cal = ct_calib_options_default();
        cal.method = r->calibration;
        /* isotonic's steps would tie rows the model ranks apart: broken by
         * the score at weight 1e-9 (claimtriage/calibrate.h) */
        cal.tie_break = r->calibration == CT_CALIB_ISOTONIC ? CT_CALIB_TIE_BREAK : 0;
        /* sklearn's CalibratedClassifierCV calibrates decision_function
         * when the estimator has one: lr's and gbdt's log-odds; the
         * forest's averaged probabilities have none (Platt is refused) */
        r->calibration_logodds = r->chosen.family != CT_TRAIN_RF;
        calib_scores(r->calibration_logodds, w->raw[1], nv, w->cal[1]);
        calib_scores(r->calibration_logodds, w->raw[2], nt, w->cal[2]);
        calib_scores(r->calibration_logodds, cp, *ncal, *cs);
        st = ct_calib_fit(&cal, *cs, *cy, NULL, *ncal, &w->cal_fit, d);
        if (st == CT_ENOCONVERGE && w->cal_fit)
            st = CT_OK;
    }
    if (st == CT_OK && r->calibration != CT_CALIB_NONE)
        (void)ct_metrics_roc_auc(*cy, cp, *ncal, cal_auc); /* NaN with one class */
    ct_free(cp);
    return st;
}

/* The threshold, reported on the validation rows (step 6). A target
 * recall is chosen on the calibration rows when they pool the training
 * rows' out-of-fold probabilities: cs holds the ncal rows' calibration
 * inputs (validation first), calibrated here in place, cy their labels.
 * Four times the rows estimate the recall at each of the calibration's
 * steps with half the standard error, so the step that first reaches R is
 * less often passed over for the wider one below it (before 2026-12-05 it
 * was chosen on the validation rows alone, on the pooled fit's steps: over
 * eight hard files mean precision on new rows 0.6354, now 0.6405;
 * --calibration-rows validation 0.6541 at a worse ECE: the pooled fit's
 * wider steps, which one decision a step cannot cut, are the rest;
 * bench/calibration_rows.sh, tests/cli/train_target_recall_calibration_rows). */
static ct_status choose_threshold(ct_train_result *r, const ct_train_options *o, const tr_work *w,
                                  double *cs, const double *cy, size_t ncal, ct_diag *d)
{
    ct_threshold_options th = o->threshold;
    /* an isotonic step is taken whole: a smooth map gives each score its
     * own probability, so the recall can stop nearer R (2026-12-05) */
    /* a cost ratio's threshold inside the tie band of an end step is
     * moved out of it (claimtriage/threshold.h; 2026-12-06) */
    if (r->calibration == CT_CALIB_ISOTONIC)
        th.tie_band = CT_CALIB_TIE_BREAK;
    if (r->calibration == CT_CALIB_ISOTONIC)
        th.overshoot_advice = "--calibration platt, a smooth map that gives each score its own "
                              "probability, can land nearer the target";
    if (th.rule == CT_THRESHOLD_TARGET_RECALL && cs && r->calibration != CT_CALIB_NONE &&
        r->calibration_rows[1] > 0) {
        ct_calib_apply(w->cal_fit, cs, ncal, cs);
        th.choose_y = cy;
        th.choose_p = cs;
        th.choose_n = ncal;
        th.choose_rows_name = "calibration";
    }
    return ct_threshold_choose(w->ys[1], w->cal[1], w->nrows[1], &th, &r->threshold, d);
}

/* For n labelled rows, pos of them positive: the smallest validation
 * share, in steps of 0.05 above the one given
 * (the test share kept, the training share smaller), whose split gives the
 * validation rows both classes and the training rows a fold's worth of
 * each (cross-validation needs it): the split is made by
 * ct_folds_holdout on the same class counts (its sets' class counts depend
 * on the counts alone). 0 when none up to a training share of 0.2 does, or
 * on no memory. Before 2026-12-03 the hint always said "a larger share (e.g.
 * 0.6,0.2,0.2)", the default, even to a run given 0.5,0.25,0.25
 * (tests/cli/train_validation_share_hint). */
static double validation_share_needed(size_t n, size_t pos, const ct_train_options *o)
{
    double *y = malloc(n * sizeof *y);
    int32_t *role = malloc(n * sizeof *role);
    double found = 0;
    for (size_t i = 0; y && role && i < n; i++)
        y[i] = i < pos;
    for (int step = (int)floor(o->fractions[1] / 0.05 + 1e-9) + 1; y && role && !found; step++) {
        const double v = 0.05 * step, t = 1 - o->fractions[2] - v;
        if (t < 0.2 - 1e-9)
            break;
        ct_holdout_options ho = {t, v, o->fractions[2], o->seed, 0, {NULL, NULL}, NULL};
        ct_holdout_counts c;
        if (ct_folds_holdout(y, n, &ho, role, &c, NULL) != CT_OK)
            continue;
        /* the training part then needs a fold's worth of each class */
        const size_t k = o->folds > 1 ? o->folds : 2;
        if (c.positives[1] && c.positives[1] < c.rows[1] && c.positives[0] >= k &&
            c.rows[0] - c.positives[0] >= k)
            found = v;
    }
    free(y);
    free(role);
    return found;
}

/* The calibration (and a threshold for a target recall) needs both
 * classes among the validation rows: said before the search, not after. */
static ct_status check_validation(const ct_train_result *r, const ct_train_options *o, ct_diag *d)
{
    const size_t vr = r->counts.rows[1], vp = r->counts.positives[1];
    if ((vp != 0 && vp != vr) ||
        (o->calibration == CT_CALIB_NONE && o->threshold.rule != CT_THRESHOLD_TARGET_RECALL))
        return CT_OK;
    char vpb[32], vrb[32], fb[32];
    ct_numfmt_count(vpb, sizeof vpb, vp);
    ct_numfmt_count(vrb, sizeof vrb, vr);
    ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                "the validation set holds one class only (%s of %s row%s positive): %s needs "
                "both",
                vpb, vrb, vr == 1 ? "" : "s",
                o->calibration != CT_CALIB_NONE ? "calibration" : "the threshold");
    if (d) {
        const char *other = o->calibration != CT_CALIB_NONE ? ", or fit without calibration "
                                                              "(--calibration none)"
                                                            : "";
        size_t n = 0, pos = 0; /* the labelled rows, all three sets */
        for (int k = 0; k < 3; k++)
            n += r->counts.rows[k], pos += r->counts.positives[k];
        const double v = validation_share_needed(n, pos, o);
        const size_t few = pos < n - pos ? pos : n - pos;
        ct_numfmt_count(fb, sizeof fb, few);
        if (v > 0)
            snprintf(d->hint, sizeof d->hint,
                     "the labelled rows hold %s of the rarer class; give the validation set a "
                     "larger share than %.10g: --holdout %.10g,%.10g,%.10g, the first in steps of "
                     "0.05 that gives it both classes; or label more rows%s",
                     fb, o->fractions[1], 1 - o->fractions[2] - v, v, o->fractions[2], other);
        else
            snprintf(d->hint, sizeof d->hint,
                     "the labelled rows hold %s of the rarer class, too few for a validation "
                     "set with both classes at any share: label more rows%s",
                     fb, other);
    }
    return CT_EDATA;
}

/* Whether every set the row split gives both classes has both in the
 * grouped split too (a few large groups can leave one a class short). */
static int keeps_classes(const ct_holdout_counts *rows, const ct_holdout_counts *grouped)
{
    for (int k = 0; k < 3; k++) {
        const int both_rows = rows->positives[k] > 0 && rows->positives[k] < rows->rows[k];
        const int both_grouped =
            grouped->positives[k] > 0 && grouped->positives[k] < grouped->rows[k];
        if (both_rows && !both_grouped)
            return 0;
    }
    return 1;
}

/* The holdout with the rows sharing an id kept in one set (claimtriage/
 * folds.h, groups). With no id repeated among the labelled rows the
 * groups are single rows and the split is the row split, so it is made
 * without them. The row split is made first (its refusals are train's
 * as before); a grouped split that fails, or leaves a set without a class
 * the row split gives it (a few large groups), is not used: the row split
 * stands and the ids it puts in more than one set are counted. */
static ct_status split_grouped(ct_train_result *r, const ct_frame *f, const ct_train_options *o,
                               ct_holdout_options *ho, work *w, ct_diag *d)
{
    const size_t n = ct_frame_nrows(f);
    size_t *groups = NULL;
    tr_id_repeats rep;
    memset(&rep, 0, sizeof rep);
    ct_status st = CT_OK;
    if (o->id) {
        groups = ct_malloc((n ? n : 1) * sizeof *groups);
        st = groups ? tr_split_groups(f, o->id, w->y, groups, &rep, d) : nomem(d);
    }
    if (st == CT_OK)
        st = ct_folds_holdout(w->y, n, ho, w->role, &r->counts, d);
    r->split_grouped = st == CT_OK && o->id && !rep.ids; /* no id repeats: the same split */
    int32_t *role = st == CT_OK && rep.ids ? ct_malloc((n ? n : 1) * sizeof *role) : NULL;
    if (st == CT_OK && rep.ids && !role)
        st = nomem(d);
    if (role) {
        ct_holdout_counts c;
        ho->groups = groups;
        if (ct_folds_holdout(w->y, n, ho, role, &c, NULL) == CT_OK &&
            keeps_classes(&r->counts, &c)) {
            memcpy(w->role, role, n * sizeof *role);
            r->counts = c;
            r->split_grouped = 1;
        } else
            tr_split_ids_across(groups, w->y, w->role, n, &rep);
        ho->groups = NULL;
        ct_free(role);
    }
    r->repeated_ids = rep.ids;
    r->repeated_id_rows = rep.rows;
    r->mixed_label_ids = rep.mixed;
    r->ids_across_sets = rep.across;
    size_t jid;
    r->ids_rounded = rep.ids && o->id && ct_frame_find(f, o->id, &jid, NULL) == CT_OK &&
                     ct_frame_ids_rounded(f, jid);
    ct_free(groups);
    return st;
}

static ct_status train_split(ct_train_result *r, const ct_frame *f, const ct_train_options *o,
                             const ct_pipeline_spec *spec, work *w, ct_diag *d)
{
    const size_t n = ct_frame_nrows(f);
    ct_holdout_options ho = ct_holdout_options_default();
    ho.train = o->fractions[0];
    ho.validation = o->fractions[1];
    ho.test = o->fractions[2];
    ho.seed = o->seed;
    char pos[200], neg[200]; /* the refusal's classes by their labels */
    tr_label_names(f, o->target, o->positive, pos, neg, sizeof pos);
    ho.labels[0] = neg;
    ho.labels[1] = pos;
    w->role = ct_malloc((n ? n : 1) * sizeof *w->role);
    for (int k = 0; k < 3; k++)
        w->rows[k] = ct_malloc((n ? n : 1) * sizeof(size_t));
    if (!w->role || !w->rows[0] || !w->rows[1] || !w->rows[2])
        return nomem(d);
    ct_status st = split_grouped(r, f, o, &ho, w, d);
    ct_train_options all = *o; /* the way out a split too small for a class has */
    all.holdout = 0;
    if (st == CT_EDATA && d && strstr(d->message, "holds one class only") && r->n_positive &&
        r->n_positive < r->n_labelled && !ct_train_options_check(&all)) {
        const size_t len = strlen(d->hint);
        snprintf(d->hint + len, sizeof d->hint - len,
                 "; or fit one configuration on every labelled row with --holdout none "
                 "(unassessed)");
    }
    for (int k = 0; k < 3 && st == CT_OK; k++) {
        w->nrows[k] = ct_folds_select(w->role, n, k, w->rows[k]);
        st = set_arrays(w, k, d);
    }
    if (st != CT_OK)
        return st;
    /* k-fold over the training part; the callback gets frame rows */
    const size_t ntr = w->nrows[0];
    w->fold = ct_malloc((ntr ? ntr : 1) * sizeof *w->fold);
    size_t *pcfg = ct_malloc(r->n_candidates * sizeof *pcfg);
    int32_t *fold_of = NULL;
    if (!w->fold || !pcfg) {
        ct_free(pcfg);
        return nomem(d);
    }
    /* each fold needs both classes: too few rows of one is the data's
     * size, said with the class and a way out (not the folds' CT_EINVAL) */
    size_t npos = 0, nneg = 0;
    for (size_t i = 0; i < ntr; i++) {
        npos += w->ys[0][i] == 1;
        nneg += w->ys[0][i] == 0;
    }
    if (npos < o->folds || nneg < o->folds) {
        ct_free(pcfg);
        /* the classes by their labels, and --holdout none named where the
         * options allow it: on a file this small the fewer folds the hint
         * offers meet the validation part's and min_df's limits next
         * (before 2026-12-04 "of the other class" and --folds alone:
         * tests/cli/train_tiny_folds_labels) */
        char ppb[32], nnb[32];
        ct_numfmt_count(ppb, sizeof ppb, npos);
        ct_numfmt_count(nnb, sizeof nnb, nneg);
        ct_diag_set(d, CT_EDATA, NULL, 0, 0,
                    "the training part holds %s row%s of %s and %s of %s: fewer than the %zu "
                    "cross-validation folds, so a fold would lack a class",
                    ppb, npos == 1 ? "" : "s", pos, nnb, neg, o->folds);
        if (d)
            d->kind = CT_DIAG_CAUSE_FOLDS_LACK_CLASS;
        const size_t most = npos < nneg ? npos : nneg; /* the folds that would work */
        const int none_ok = !ct_train_options_check(&all);
        if (d && most >= 2)
            snprintf(d->hint, sizeof d->hint,
                     "give more labelled rows (the training part is %.0f%% of them), or fewer "
                     "folds (--folds %zu at most here)%s",
                     100 * o->fractions[0], most,
                     none_ok ? "; or fit one configuration on every labelled row with "
                               "--holdout none (unassessed)"
                             : "");
        else if (d)
            snprintf(d->hint, sizeof d->hint,
                     "give more labelled rows (the training part is %.0f%% of them): with fewer "
                     "than 2 rows of a class no cross-validation can run%s",
                     100 * o->fractions[0],
                     none_ok ? " (--holdout none fits one configuration on every labelled row, "
                               "unassessed)"
                             : "");
        return CT_EDATA;
    }
    if ((st = check_validation(r, o, d)) != CT_OK) {
        ct_free(pcfg);
        return st;
    }
    st = ct_folds_kfold(w->ys[0], ntr, o->folds, o->seed, w->fold, NULL, d);
    ct_train_options ocv = *o; /* the CV fits' tolerance */
    if (o->cv_tol > ocv.lr.tol)
        ocv.lr.tol = o->cv_tol;
    cv_ctx cx = {f, w->y, &ocv, r->configs, spec, NULL, NULL, o->folds, NULL, 0, NULL, NULL, 0, 0};
    cx.trn = w->rows[0];
    cx.fold = w->fold;
    cx.ntrn = ntr;
    cx.ncand = r->n_candidates;
    if (st == CT_OK)
        st = cache_setup(&cx, r->n_candidates, w->rows[0], ntr, n, w->fold, pcfg, &fold_of, d);
    ct_cv_options co = ct_cv_options_default();
    co.metric = o->metric;
    co.progress = cv_progress;
    co.progress_user = (void *)o;
    co.max_parallel = ntr > TR_SERIAL_ROWS ? 1 : 0;
    co.keep_oof = o->calibration_oof && o->calibration != CT_CALIB_NONE; /* step 5 */
    if (st == CT_OK)
        st = ct_cv_run(w->ys[0], ntr, w->fold, o->folds, w->rows[0], r->n_candidates, cv_task, &cx,
                       &co, &r->cv, d);
    cache_free(&cx);
    ct_free(fold_of);
    ct_free(pcfg);
    if (st != CT_OK)
        return st;
    family_champions(r);
    /* refit on the training part, the family chosen (and the audit's fits) */
    const uint64_t nsteps = 3;
    if (step(o, 0, nsteps))
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "stopped");
    st = tr_final_fits(r, f, o, spec, w, d);
    if (st != CT_OK)
        return st;
    step(o, 1, nsteps);
    const size_t nv = w->nrows[1], nt = w->nrows[2];
    flat_scores(r, w->raw[1], nv);
    flat_leaves(r, &w->fit);
    if ((st = flat_design(r, f, w, d)) != CT_OK)
        return st;
    st = ct_metrics_binary_compute(w->ys[1], w->raw[1], nv, 0.5, &r->validation_raw, d);
    if (st == CT_OK)
        st = ct_metrics_reliability(w->ys[1], w->raw[1], nv, CT_RELIABILITY_DEFAULT_BINS,
                                    &r->rel_validation_raw, d);
    if (st != CT_OK)
        return st;
    /* the calibration's rows: validation, and the training rows' out-of-fold
     * scores (claimtriage/train.h, step 5), unless the pooled fit misfits
     * the validation rows, which the model itself scored (ct_train_pooled_check:
     * the fold models' scores not on the model's scale) */
    double *cy = NULL, *cs = NULL, cal_auc = NAN;
    size_t ncal = 0, cpos = 0;
    st = fit_calibration(r, o, w, o->calibration_oof, &cs, &cy, &ncal, &cpos, &cal_auc, d);
    if (st == CT_OK && tr_pooled_check(r, o, w, w->cal[1])) {
        ct_free(cs);
        ct_free(cy);
        ct_calib_destroy(w->cal_fit);
        w->cal_fit = NULL;
        r->calibration_fallback = 0;
        r->calibration_note = NULL;
        r->calibration_why[0] = '\0';
        st = fit_calibration(r, o, w, 0, &cs, &cy, &ncal, &cpos, &cal_auc, d);
    }
    if (st != CT_OK) {
        ct_free(cs);
        ct_free(cy);
        return st;
    }
    if (r->calibration != CT_CALIB_NONE &&
        calibration_breaks_order(r, w->cal_fit, cal_auc, cpos, ncal)) {
        r->calibration = CT_CALIB_NONE;
        r->calibration_logodds = 0;
    }
    if (r->calibration == CT_CALIB_NONE)
        r->calibration_rows[0] = r->calibration_rows[1] = 0;
    calibration_few(r, o, cpos, ncal);
    if (r->calibration == CT_CALIB_NONE) {
        memcpy(w->cal[1], w->raw[1], nv * sizeof(double));
        memcpy(w->cal[2], w->raw[2], nt * sizeof(double));
    } else {
        ct_calib_apply(w->cal_fit, w->cal[1], nv, w->cal[1]);
        ct_calib_apply(w->cal_fit, w->cal[2], nt, w->cal[2]);
        if (r->calibration == CT_CALIB_PLATT) {
            int it;
            ct_calib_platt(w->cal_fit, &r->platt_a, &r->platt_b, &it);
        } else {
            const double *x, *yk;
            r->n_knots = ct_calib_isotonic_knots(w->cal_fit, &x, &yk);
        }
    }
    step(o, 2, nsteps);
    st = ct_metrics_reliability(w->ys[1], w->cal[1], nv, CT_RELIABILITY_DEFAULT_BINS,
                                &r->rel_validation, d);
    /* the threshold (reported on validation), then the test part, once */
    if (st == CT_OK)
        st = choose_threshold(r, o, w, cs, cy, ncal, d);
    ct_free(cs);
    ct_free(cy);
    if (st == CT_OK)
        st = ct_metrics_binary_compute(w->ys[1], w->cal[1], nv, r->threshold.threshold,
                                       &r->validation, d);
    if (st == CT_OK)
        st = ct_metrics_roc_auc_test(w->ys[1], w->cal[1], nv, &r->chance);
    if (st == CT_OK) {
        double sum = 0;
        for (size_t i = 0; i < nv; i++)
            sum += w->cal[1][i];
        r->validation_mean_probability = nv ? sum / (double)nv : NAN;
        double ss = 0;
        for (size_t i = 0; i < nv; i++)
            ss += (w->cal[1][i] - r->validation_mean_probability) *
                  (w->cal[1][i] - r->validation_mean_probability);
        r->validation_probability_sd = nv > 1 ? sqrt(ss / (double)(nv - 1)) : NAN;
    }
    if (st == CT_OK)
        st =
            ct_metrics_binary_compute(w->ys[2], w->cal[2], nt, r->threshold.threshold, &r->test, d);
    if (st == CT_OK)
        st = ct_metrics_reliability(w->ys[2], w->cal[2], nt, CT_RELIABILITY_DEFAULT_BINS,
                                    &r->rel_test, d);
    step(o, 3, nsteps);
    return st;
}

/* ------------------------------------------------------------------- run */

/* Without n-gram features, grid g's keys that set them are dropped (the
 * default grid's weighting is, below, before it is parsed): candidates
 * differing only in them were one model fitted several times, the table
 * showing identical rows and the tie note saying the metric did not
 * choose (before 2026-12-04: tests/cli/train_ngram_settings_without_text).
 * The keys are named in r->ngram_keys_unused, each once. */
static void drop_ngram_keys(ct_train_result *r, ct_train_family fam, ct_grid *g)
{
    const size_t before = ct_grid_ncandidates(g);
    for (size_t j = 0; j < ct_grid_nkeys(g);) {
        const char *key = ct_grid_key(g, j);
        if (!tr_ngram_key(fam, key)) {
            j++;
            continue;
        }
        char *list = r->ngram_keys_unused, hay[sizeof r->ngram_keys_unused + 4], needle[80];
        const size_t len = strlen(list);
        snprintf(hay, sizeof hay, ", %s,", list); /* each word between ", " and "," */
        snprintf(needle, sizeof needle, ", %.60s,", key);
        if (!strstr(hay, needle))
            snprintf(list + len, sizeof r->ngram_keys_unused - len, "%s%s", len ? ", " : "", key);
        ct_grid_drop_key(g, j);
    }
    r->ngram_candidates_unused += before - ct_grid_ncandidates(g);
}

/* Every family's grid into r->families[] and its candidates into
 * r->configs (the families in the order lr, gbdt, rf). Without n-gram
 * features (--features engagement, a list without the text, a file
 * without it) lr's default grid searches C alone: its weighting half
 * gave candidates identical to the other half, twice the CV fits and a
 * table of pairs (before 2026-12-02); gbdt's, likewise, without its
 * column draw (XGBoost's algorithm at depth 3, the default before
 * 2026-12-06), also when the n-grams are the whole design (others 0:
 * --features text): the draw keeps two kinds of column in the model,
 * and such a design has one. */
static ct_status candidates(ct_train_result *r, const ct_train_options *o, int is_auto,
                            ct_train_family fam, int ngrams, int others, ct_diag *d)
{
    static const char *const defaults[CT_TRAIN_NFAMILIES] = {
        CT_TRAIN_DEFAULT_GRID, CT_TRAIN_DEFAULT_GRID_GBDT, CT_TRAIN_DEFAULT_GRID_RF};
    r->n_families = is_auto ? CT_TRAIN_NFAMILIES : 1;
    ct_status st = CT_OK;
    size_t total = 0;
    for (size_t k = 0; k < r->n_families && st == CT_OK; k++) {
        ct_train_family_result *fr = &r->families[k];
        fr->family = is_auto ? (ct_train_family)k : fam;
        const char *spec = !is_auto && o->grid ? o->grid : o->grids[fr->family];
        if (!spec)
            spec = defaults[fr->family];
        if (!ngrams && fr->family == CT_TRAIN_LR && strcmp(spec, CT_TRAIN_DEFAULT_GRID) == 0)
            spec = CT_TRAIN_DEFAULT_GRID_C;
        if ((!ngrams || !others) && fr->family == CT_TRAIN_GBDT &&
            strcmp(spec, CT_TRAIN_DEFAULT_GRID_GBDT) == 0)
            spec = CT_TRAIN_DEFAULT_GRID_GBDT_BASE; /* one kind of column */
        else if (!o->holdout && fr->family == CT_TRAIN_GBDT &&
                 strcmp(spec, CT_TRAIN_DEFAULT_GRID_GBDT) == 0)
            spec = CT_TRAIN_DEFAULT_GRID_GBDT_ONE; /* one configuration: every column */
        st = ct_grid_parse(spec, &r->fgrids[k], d);
        if (st == CT_OK)
            st = tr_grid_check_values(r->fgrids[k], o, fr->family, d);
        if (st == CT_OK && !ngrams)
            drop_ngram_keys(r, fr->family, r->fgrids[k]);
        if (st == CT_OK) {
            fr->first = total;
            fr->count = ct_grid_ncandidates(r->fgrids[k]);
            total += fr->count;
        }
    }
    if (st != CT_OK)
        return st;
    r->grid = r->fgrids[0];
    r->n_candidates = total;
    r->configs = ct_calloc(total ? total : 1, sizeof *r->configs);
    if (!r->configs)
        return nomem(d);
    for (size_t k = 0; k < r->n_families && st == CT_OK; k++) {
        const ct_train_family_result *fr = &r->families[k];
        for (size_t c = 0; c < fr->count && st == CT_OK; c++)
            if ((st = tr_config(r->fgrids[k], c, o, fr->family, &r->configs[fr->first + c], d)) ==
                CT_OK)
                r->configs[fr->first + c].no_ngrams = !ngrams;
    }
    if (st == CT_OK)
        r->chosen = r->configs[0];
    return st;
}

ct_status ct_train_grid_check(const ct_train_options *o, ct_train_family fam, const char *spec,
                              ct_diag *d)
{
    ct_grid *g = NULL;
    ct_status st = ct_grid_parse(spec ? spec : "", &g, d);
    for (size_t c = 0; st == CT_OK && c < ct_grid_ncandidates(g); c++) {
        ct_train_config cfg;
        st = tr_config(g, c, o, fam, &cfg, d);
    }
    if (st == CT_OK)
        st = tr_grid_check_values(g, o, fam, d);
    ct_grid_destroy(g);
    if (st != CT_OK && d) /* the spec is no file: ct_grid_parse names it "grid" */
        d->file[0] = '\0', d->line = d->column = 0;
    return st;
}

/* The rows the model was fitted on or chose on (the train and validation
 * sets; with holdout none every labelled row), by content over the label
 * and the input columns, into the model (ct_model_seen_record), so that
 * evaluate counts a file's rows the model has seen (docs/formats.md,
 * "seen_rows"). */
static ct_status record_seen(ct_model *m, const ct_frame *f, const char *target,
                             const ct_feature_set *fs, const char *text, const tr_work *w,
                             int *dropped)
{
    const size_t nc = 1 + fs->nnumeric + fs->ncategorical + (text ? 1 : 0);
    const char **cols = ct_malloc(nc * sizeof *cols);
    size_t *rows = ct_malloc((w->nrows[0] + w->nrows[1] + 1) * sizeof *rows);
    ct_status st = cols && rows ? CT_OK : CT_ENOMEM;
    if (st == CT_OK) {
        size_t k = 0;
        cols[k++] = target;
        for (size_t j = 0; j < fs->nnumeric; j++)
            cols[k++] = fs->numeric[j];
        for (size_t j = 0; j < fs->ncategorical; j++)
            cols[k++] = fs->categorical[j];
        if (text)
            cols[k++] = text;
        size_t n = 0;
        for (int s = 0; s < 2; s++)
            for (size_t i = 0; w->rows[s] && i < w->nrows[s]; i++)
                rows[n++] = w->rows[s][i];
        st = ct_model_seen_record(m, f, cols, nc, rows, n);
    }
    ct_free(cols);
    ct_free(rows);
    /* out of memory here, with the model fitted: the model is kept without
     * the record (as a model file written before it), and the result says
     * so (seen_not_recorded), so the caller warns; before 2026-12-07 the
     * whole training failed (test_train, test_alloc_failures) */
    if (st == CT_ENOMEM) {
        *dropped = 1;
        return CT_OK;
    }
    return st;
}

ct_status ct_train_run(const ct_frame *f, const ct_train_options *o, ct_train_result **out,
                       ct_diag *d)
{
    *out = NULL;
    const char *msg = ct_train_options_check(o);
    if (msg)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "%s", msg);
    const char *model = o->model ? o->model : "lr";
    const int is_auto = strcmp(model, "auto") == 0;
    ct_train_family fam = CT_TRAIN_LR;
    if (!is_auto)
        ct_train_family_parse(model, &fam); /* checked above */
    ct_train_result *r = ct_calloc(1, sizeof *r);
    work w;
    memset(&w, 0, sizeof w);
    if (!r)
        return nomem(d);
    r->holdout = o->holdout;
    r->auto_select = is_auto;
    r->family = ct_train_family_name(fam);
    r->features = o->features;
    r->metric = o->metric;
    r->n_folds = o->folds;
    r->platt_a = r->platt_b = NAN;
    r->validation_mean_probability = NAN;
    r->validation_probability_sd = NAN;
    r->best_iteration = -1;
    r->oob_score = NAN;
    r->flat_probability = NAN;
    r->calibration_score_steps = NAN;
    r->chance.auc = r->chance.p = r->chance.detectable = NAN; /* no test until scored */
    r->early_stopping = o->early_stopping;
    const size_t n = ct_frame_nrows(f);
    r->n_rows = n;
    ct_status st = CT_OK;
    size_t j;
    /* the text column is required where the features read it (all, text,
     * a list naming it: ct_feature_set_resolve), not up front: --features
     * engagement with a --text the file lacks trains (before 2026-12-03
     * it was refused, though no feature read the text) */
    if (o->id)
        st = ct_frame_find(f, o->id, &j, d);
    w.y = ct_malloc((n ? n : 1) * sizeof *w.y);
    if (st == CT_OK && !w.y)
        st = nomem(d);
    if (st == CT_OK)
        st = tr_labels(f, o->target, o->positive, w.y, &r->n_positive, &r->n_unlabelled, d);
    r->n_labelled = n - r->n_unlabelled;
    /* features: never the target or the id */
    const char *exclude[2] = {o->target, o->id};
    ct_pipeline_spec spec = ct_pipeline_spec_default();
    if (st == CT_OK)
        st = ct_feature_set_resolve(f, o->features, o->text, exclude, o->id ? 2 : 1, o->engagement,
                                    o->nengagement, &w.fs, d);
    if (st == CT_OK) {
        ct_feature_set_apply(&w.fs, &spec);
        spec.text = w.fs.text_ngrams || w.fs.text_length ? o->text : NULL;
        spec.vectorizer = o->vectorizer;
        st = tr_constant_features(f, &w.fs, spec.text, w.y, r, d);
        if (st == CT_OK)
            st = tr_missing_inputs(f, &w.fs, spec.text, w.y, r);
    }
    /* the grids and every candidate's hyperparameters, checked up front */
    if (st == CT_OK)
        st = candidates(r, o, is_auto, fam, w.fs.text_ngrams,
                        w.fs.nnumeric || w.fs.ncategorical || w.fs.text_length, d);
    if (st == CT_OK)
        st = o->holdout ? train_split(r, f, o, &spec, &w, d) : train_all(r, f, o, &spec, &w, d);
    if (st == CT_OK)
        st = build_model(r, o, &w, d);
    if (st == CT_OK)
        st = record_seen(r->model, f, o->target, &w.fs, spec.text, &w, &r->seen_not_recorded);
    work_free(&w);
    if (st != CT_OK) {
        ct_train_result_free(r);
        return st;
    }
    *out = r;
    return CT_OK;
}

ct_model *ct_train_take_model(ct_train_result *r)
{
    if (!r)
        return NULL;
    ct_model *m = r->model;
    r->model = NULL;
    return m;
}

void ct_train_result_free(ct_train_result *r)
{
    if (!r)
        return;
    for (int k = 0; k < CT_TRAIN_NFAMILIES; k++)
        ct_grid_destroy(r->fgrids[k]);
    ct_cv_result_destroy(r->cv);
    ct_free(r->configs);
    tr_audit_free(&r->audit);
    ct_free(r->constant);
    ct_model_free(r->model);
    ct_free(r);
}
