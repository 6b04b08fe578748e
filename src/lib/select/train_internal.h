/* train_internal.h — internal: the pieces the training workflow
 * (train.c), the audit (train_audit.c) and evaluation (evaluate.c) share:
 * labels, a candidate's hyperparameters from the grid, one fit of pipeline
 * and estimator on given rows, its predictions, log-odds. */
#ifndef CT_TRAIN_INTERNAL_H
#define CT_TRAIN_INTERNAL_H

#include "claimtriage/pipeline.h"
#include "claimtriage/train.h"

/* A pipeline and an estimator fitted on some rows. */
typedef struct tr_fit {
    ct_pipeline *pipe;
    const ct_estimator_type *type;
    void *est;
    int n_iter, converged;
    ct_csr *X; /* the training design, kept when asked (else NULL) */
} tr_fit;

/* Above this many training rows the independent fits (CV folds, the final
 * and audit fits) run one at a time, each using every thread inside: two
 * designs of that size at once set the peak memory (1M synthetic rows:
 * 1.94 GiB with two folds at once), and one such fit keeps both cores busy
 * on its own. Results do not depend on it. */
#define TR_SERIAL_ROWS 200000

/* CT_EDATA (message with the values and their rows, a hint: a case
 * variant, or relabel/blank, or --na-values for the values other than
 * positive (may be NULL) and the most frequent other value) when the
 * labelled rows of target hold more than two distinct values: train and
 * evaluate tell two classes apart, and a third value would silently count
 * as the negative class. */
ct_status tr_labels_binary(const ct_frame *f, const char *target, const char *positive, ct_diag *d);
/* The two classes as messages name them, into pos and neg (cap bytes
 * each): "'claim'" (positive as shown, quoted) and the one other value of
 * target's labelled rows, "'opinion'", or "the other class" when there is
 * not exactly one. */
void tr_label_names(const ct_frame *f, const char *target, const char *positive, char *pos,
                    char *neg, size_t cap);
/* The one value of target's labelled rows other than positive, as written
 * (no quotes), into buf (cap bytes): 1 when the labelled rows hold exactly
 * two values and one is positive, else 0 (buf ""). */
int tr_label_other(const ct_frame *f, const char *target, const char *positive, char *buf,
                   size_t cap);
/* The number of distinct values in the labelled rows of target (0 without
 * the column; LV_MAX + 1 when there are more than the LV_MAX named), and
 * list (cap bytes, may be 0) naming them with their rows: "'1' (1,499
 * rows), '0' (1,446)". */
size_t tr_label_values(const ct_frame *f, const char *target, char *list, size_t cap);
/* The level of target's column (categorical) that differs from positive
 * only in letter case or surrounding spaces ('Claim', 'claim '), or NULL;
 * valid while f lives. */
const char *tr_label_case_variant(const ct_frame *f, const char *target, const char *positive);
/* The level of target's column (categorical) that is the number positive
 * is, written otherwise ('1.0' for '1', '1' for '1.0'), or NULL (positive
 * not a number, no such level); valid while f lives. Labels are compared
 * as text, never equated by value: the refusal names this level. */
const char *tr_label_number_variant(const ct_frame *f, const char *target, const char *positive);
/* The likely cause of written (tr_label_number_variant) standing for
 * positive, in words for a hint, into buf (cap bytes): a pandas re-save
 * when written is a decimal ('1.0') and positive is not. */
void tr_label_number_cause(char *buf, size_t cap, const char *written, const char *positive);
/* y[i] for every row of f: 1 where target == positive, 0 for another
 * value, NaN when missing. *npos and *nunl count positives and unlabelled
 * rows. CT_ECOLUMN, CT_EDATA (no row holds positive; one class only;
 * more than two values, tr_labels_binary),
 * CT_ENOMEM is not possible (y is the caller's). */
ct_status tr_labels(const ct_frame *f, const char *target, const char *positive, double *y,
                    size_t *npos, size_t *nunl, ct_diag *d);

/* The ids that repeat among the labelled rows (split_ids.c). */
typedef struct tr_id_repeats {
    size_t ids;    /* ids on more than one labelled row */
    size_t rows;   /* the labelled rows carrying them */
    size_t mixed;  /* of those ids, the ones whose rows carry both labels */
    size_t across; /* of those ids, the ones with rows in more than one set */
} tr_id_repeats;

/* groups[i] (n = ct_frame_nrows(f) keys): the first row of f whose value
 * in column id equals row i's (frame_column_first_rows: a missing or
 * empty id is a group of its own), the keys ct_holdout_options.groups
 * takes; *rep counts the ids repeated among the rows labelled in y (across
 * 0). CT_ECOLUMN (no column id), CT_ENOMEM. */
ct_status tr_split_groups(const ct_frame *f, const char *id, const double *y, size_t *groups,
                          tr_id_repeats *rep, ct_diag *d);
/* The repeated ids (by groups, over the rows labelled in y) whose rows
 * are in more than one set of role: rep->across. */
void tr_split_ids_across(const size_t *groups, const double *y, const int32_t *role, size_t n,
                         tr_id_repeats *rep);

/* r->constant, r->n_constant, r->all_constant: the features of fs (text:
 * the text column when fs takes its n-grams or lengths, else NULL) that
 * hold one value in every row labelled in y (train_constant.c).
 * CT_ENOMEM. */
ct_status tr_constant_features(const ct_frame *f, const ct_feature_set *fs, const char *text,
                               const double *y, ct_train_result *r, ct_diag *d);

/* r->missing_numeric, r->missing_levels, r->missing_text: the values of
 * fs's features missing in the rows labelled in y (a numeric column empty
 * in every labelled row not counted: it is no feature), as evaluate counts
 * a file's (train_inputs.c). Always CT_OK. */
ct_status tr_missing_inputs(const ct_frame *f, const ct_feature_set *fs, const char *text,
                            const double *y, ct_train_result *r);

/* The options' hyperparameters as family fam's candidate (the trees
 * seeded from o->seed). */
void tr_config_base(const ct_train_options *o, ct_train_family fam, ct_train_config *cfg);
/* Candidate c of grid g (NULL: the options' own hyperparameters) for
 * family fam. CT_EINVAL for a key the family does not take (the message
 * lists those it does) or a bad value (named). */
ct_status tr_config(const ct_grid *g, size_t c, const ct_train_options *o, ct_train_family fam,
                    ct_train_config *cfg, ct_diag *d);

/* Whether two vectorizer settings are one (every field), and two
 * candidates one setting: the same family and the hyperparameters it uses
 * (the vectorizer's unless both hold no n-grams), compared as numbers, so
 * that C=1 and C=1.0, max_samples=None and 1.0 are one. */
int tr_same_vectorizer(const ct_vectorizer_params *a, const ct_vectorizer_params *b);
int tr_same_config(const ct_train_config *a, const ct_train_config *b);
/* Whether grid key key sets family fam's n-grams (the vectorizer: ngrams,
 * ngram_range, min_df, weighting, vectorizer__max_features, lr's
 * max_features; gbdt's text_rounds, the n-grams' first stage): unused by
 * features that hold no n-grams. */
int tr_ngram_key(ct_train_family fam, const char *key);
/* Grid g's keys and values for family fam, beyond what ct_grid_parse and
 * tr_config check one at a time: two keys that are one hyperparameter
 * (ngrams and ngram_range; lr's max_features and
 * vectorizer__max_features), or two values of a key that are one setting
 * ('1', '1.0' and '1e0' for C): the grid would fit the same candidate
 * twice and drop nothing said. CT_EINVAL naming them ("grid key ...");
 * CT_ENOMEM. */
ct_status tr_grid_check_values(const ct_grid *g, const ct_train_options *o, ct_train_family fam,
                               ct_diag *d);

/* The family's estimator, and its form of the features: the trees take
 * the numbers raw (spec->raw_numeric). */
const ct_estimator_type *tr_family_type(ct_train_family fam);
void tr_family_spec(ct_train_family fam, ct_pipeline_spec *spec);

/* Fit spec (its vectorizer replaced by cfg's, its numeric form the
 * family's) and cfg's family with cfg's hyperparameters on rows[0..n) of
 * f, labels y (indexed by frame row). vrows[0..nv) (may be NULL) are the
 * validation rows gbdt's early stopping watches when o->early_stopping >
 * 0. CT_ENOCONVERGE is folded into out->converged = 0 (CT_OK). */
ct_status tr_fit_rows(const ct_frame *f, const double *y, const size_t *rows, size_t n,
                      const size_t *vrows, size_t nv, const ct_pipeline_spec *spec,
                      const ct_train_config *cfg, const ct_train_options *o, int keep_design,
                      tr_fit *out, ct_diag *d);
/* The estimator alone on design X with labels ys (X's rows), cfg's family
 * and hyperparameters; Xv, yv (may be NULL) the validation design for
 * early stopping; pipe (may be NULL: no text stage) the pipeline X comes
 * from, whose n-gram columns are gbdt's text_rounds columns: out->type,
 * est, n_iter, converged (CT_ENOCONVERGE folded in). */
ct_status tr_fit_estimator(const ct_csr *X, const double *ys, const ct_csr *Xv, const double *yv,
                           const ct_pipeline *pipe, const ct_train_config *cfg,
                           const ct_train_options *o, tr_fit *out, ct_diag *d);
/* Raw P(y = 1) of rows[0..n) of f. */
ct_status tr_predict_rows(const tr_fit *m, const ct_frame *f, const size_t *rows, size_t n,
                          double *p, ct_diag *d);
void tr_fit_free(tr_fit *m);

/* The log-odds of a probability, ln(p) - ln(1 - p); a p of exactly 0 or 1
 * (the estimator's log-odds beyond what a double probability can carry)
 * gives the log-odds of the nearest probability a double can hold:
 * logit(DBL_TRUE_MIN) = -744.4 and logit(1 - DBL_EPSILON / 2) = 36.7. */
double tr_logit(double p);

/* The shortcut audit (train.h), in parts: the single-column AUCs on the
 * training rows trn (numeric, categorical, text lengths), then the n-grams
 * from a text-only fit whose training design was kept (fit->X, rows trn).
 * The models comparison (a->models) is filled by the caller. */
ct_status tr_audit_columns(ct_audit *a, const ct_frame *f, const double *y, const size_t *trn,
                           size_t ntrn, const ct_train_options *o, ct_diag *d);
ct_status tr_audit_ngrams(ct_audit *a, const tr_fit *fit, const double *y, const size_t *trn,
                          size_t ntrn, size_t keep, ct_diag *d);
void tr_audit_free(ct_audit *a);

/* The training workflow's working state (train.c, train_final.c). */
typedef struct tr_work {
    double *y;
    int32_t *role, *fold;
    size_t *rows[3];
    size_t nrows[3];
    double *ys[3], *raw[3], *cal[3]; /* per set: labels, raw and calibrated P */
    double *ytr;
    ct_feature_set fs;
    tr_fit fit; /* the model's fit */
    ct_calibrator *cal_fit;
} tr_work;

/* The pooled calibration's test (claimtriage/train.h, ct_train_pooled_check)
 * on the validation rows: w->cal_fit fitted on the pooled rows, s the
 * validation rows' calibration inputs (w->cal[1] before the calibration is
 * applied). Fills r->pooled; returns 1 when the fit misfits those rows
 * beyond calibration_pooled_alpha (r->pooled.cause says so), 0 otherwise
 * (or untested: no pooled fit, no memory). train_pooled.c. */
int tr_pooled_check(ct_train_result *r, const ct_train_options *o, const tr_work *w,
                    const double *s);

/* The paired-bootstrap standard error of metric(pa) - metric(pb) on the
 * n validation rows (labels y), at threshold 0.5 for the threshold
 * metrics: TR_TIE_RESAMPLES resamples of n rows drawn with replacement,
 * resample b from RNG stream TR_TIE_STREAM + b of o->seed; the sample
 * standard deviation of the differences defined (a class present). *se is
 * NaN when fewer than half are defined or n < 2. Bit-identical whatever
 * the thread count. CT_ENOMEM. train_tie.c. */
#define TR_TIE_RESAMPLES 200
ct_status tr_selection_se(const ct_train_options *o, const double *y, const double *pa,
                          const double *pb, size_t n, double *se);

/* After cross-validation (r->cv set, r->families[].champion chosen): each
 * family's champion refitted on the training rows (early stopping on the
 * validation rows for gbdt) and scored on the validation rows; the
 * champion family chosen (r->family, chosen, champion, selection); its fit
 * moved to w->fit with its raw validation and test probabilities in
 * w->raw[1] and w->raw[2]; then the audit's fits. spec is the feature set's
 * pipeline spec. */
ct_status tr_final_fits(ct_train_result *r, const ct_frame *f, const ct_train_options *o,
                        const ct_pipeline_spec *spec, tr_work *w, ct_diag *d);

/* r->edges: the chosen candidate's numeric hyperparameters at the edge of
 * the grid, with the score still improving toward it (train_edge.c). Needs
 * r->cv, r->configs and r->champion; sets r->n_edges (0 without them). */
void tr_grid_edges(ct_train_result *r);
/* An ordered hyperparameter's valid values on one scale (kind 0: a number
 * or a count; 1: a fraction, the keys that take either by spelling):
 * [lo, hi], lo excluded when lo_open; whole: a count; hi_from: hi is
 * further bounded by the design's columns (1) or the training rows (2).
 * The grid-edge note keeps its advice inside them (train_edge.c). */
typedef struct tr_key_range {
    const char *key;
    unsigned families; /* 1 << ct_train_family, or'ed */
    int kind;
    double lo;
    int lo_open;
    double hi;
    int whole;
    int hi_from;
} tr_key_range;
/* The range of key (its first klen characters) for family fam and kind,
 * or NULL when the key has none (no order: ngrams, weighting). */
const tr_key_range *tr_key_range_find(ct_train_family fam, const char *key, size_t klen, int kind);
/* Range i of the table (0, 1, ...), NULL past its end: for the tests. */
const tr_key_range *tr_key_range_at(size_t i);

/* Input counts as JSON keys: each count, or null when the pipeline p
 * reads no input of its kind (p NULL: every count), so a model without
 * text says "rows without text" is undefined, not 0 (evaluate's and
 * train's --json, docs/formats.md). */
typedef struct tr_input_count {
    const char *key;
    ct_pipeline_kind reads;
    size_t count;
} tr_input_count;
void tr_json_input_counts(ct_json *w, const ct_pipeline *p, const tr_input_count *in, size_t n);

/* The model's calibration as a calibrator (NULL for "none"). */
ct_status tr_model_calibrator(const ct_model *m, ct_calibrator **out, ct_diag *d);

#endif
