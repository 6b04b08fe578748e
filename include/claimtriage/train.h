/* claimtriage/train.h — the training workflow of a claim classifier:
 * labels, a stratified train/validation/test split, k-fold cross-validation
 * over a grid on the training part (each fold fits its own pipeline on its
 * own training rows: no leakage), the champion, its refit, calibration and
 * decision threshold on the validation part, the test part used once at the
 * end; the shortcut audit; the reproducibility block.
 * Layer: select (docs/design.md; the user's guide is docs/train.md).
 *
 * Method (the course's model selection, done as scikit-learn would):
 *  1. labels: y = 1 where the target column equals `positive`, 0 where it
 *     holds another value; a row whose target is missing has no label: it
 *     is in no set and counted (n_unlabelled), never trained on;
 *  2. split (ct_folds_holdout, default 60/20/20, seeded, stratified: the
 *     reports file is sorted by class, so never by position); with an id
 *     column, the rows sharing an id go to one set together (groups), so a
 *     video reported twice is never both trained and tested on;
 *  3. cross-validation (ct_cv_run) of every grid candidate on the training
 *     part: stratified k-fold (ct_folds_kfold, same seed), each task fitting
 *     the feature pipeline (claimtriage/pipeline.h) and the estimator on the
 *     fold's training rows and scoring its held-out rows by `metric`
 *     (threshold-free by default: average precision). The best mean is the
 *     family's champion configuration (ties: the lower candidate number);
 *  4. the champion is refitted on the whole training part (scikit-learn's
 *     refit=True) and scored on the validation part. Families (`model`):
 *     "lr" (logistic regression, claimtriage/lr.h), "gbdt" (gradient
 *     boosting) and "rf" (random forest, claimtriage/trees.h), or "auto":
 *     every family's grid cross-validated on the same folds (one candidate
 *     list, the families' candidates in the order lr, gbdt, rf), each
 *     family's CV champion refitted on the training part and scored on the
 *     validation part by `metric` (raw probabilities), and the family with
 *     the best validation score is the champion (the course's "champion on
 *     validation"); a family within select_tolerance of the best, or whose
 *     gap to the best is at most select_se standard errors of that gap (a
 *     paired bootstrap of the validation rows: the one-standard-error rule,
 *     Breiman et al. 1984; Hastie et al. 2009, 7.10), counts as tied, and
 *     ties go to the simpler model: lr before gbdt before rf.
 *     gbdt with early_stopping > 0 stops its refit when the validation log
 *     loss has not improved for that many rounds and keeps the best round's
 *     trees (ct_gbdt_fit_valid; cross-validation fits run the candidate's
 *     n_estimators in full: the folds have no validation rows of their own);
 *     its validation score is therefore slightly optimistic, which the
 *     result says;
 *  5. calibration (claimtriage/calibrate.h) fitted on the validation rows'
 *     scores and, with calibration_oof (the default since 2026-12-05), the
 *     training rows' out-of-fold scores of the chosen candidate's
 *     cross-validation (each from the fold model that did not see the row:
 *     scikit-learn's CalibratedClassifierCV(ensemble=False) fits on
 *     out-of-fold scores alone; the validation rows' scores come from the
 *     model itself). Isotonic's error shrinks with its rows: on hard
 *     synthetic data (10,000 rows, 2,000 of them validation) the test ECE
 *     was 0.0222 on validation rows alone and 0.0111 pooled (docs/train.md
 *     gives the measurements). The pooled fit is used only when it fits
 *     the validation rows (the model's own scores) within noise
 *     (ct_train_pooled_check, calibration_pooled_alpha); else the
 *     calibration is fitted on the validation rows alone and the result
 *     says why (pooled.cause). isotonic (the default, with at least
 *     isotonic_min_rows calibration rows), Platt (the fallback below
 *     that), or none; both fitted on the
 *     raw log-odds of lr and gbdt, as CalibratedClassifierCV calibrates
 *     decision_function when the estimator has one (LogisticRegression,
 *     HistGradientBoostingClassifier), and isotonic on the raw
 *     probability for rf (calibration_input). The two inputs give the
 *     same isotonic steps (only the order of the scores matters); they
 *     differ between knots, where the fit is interpolated linearly: in
 *     log-odds a score in a gap of the validation scores gets a
 *     probability by its distance in log-odds, not in probability. A forest has no log-odds of its own (it averages
 *     probabilities, often exactly 0 or 1): CalibratedClassifierCV fits
 *     Platt on its probability, which the model file cannot express, so rf
 *     is calibrated isotonically or not at all — Platt asked, or isotonic
 *     with too few rows, gives "none" and the result says why
 *     (calibration_note). A calibration that would reverse the model's
 *     order (Platt's slope A >= 0: the calibration rows rank claims below
 *     opinions, as with one or two claims there) or flatten it (isotonic
 *     one constant) is not used either: "none", and the note says why;
 *     scikit-learn applies either as fitted. A calibration fitted on
 *     fewer than calibration_min_class_rows (10) calibration rows of either
 *     class is kept and said, with the counts (calibration_few; no peer
 *     sets such a floor);
 *     the reliability table, Brier score and ECE (10 equal-width bins)
 *     before and after;
 *  6. the threshold, reported on the validation rows' calibrated
 *     probabilities (claimtriage/threshold.h): default 0.5, a target
 *     recall (the precision paid is reported) or a cost ratio K (1/(1+K));
 *     a target recall is chosen on the calibration rows when they pool
 *     the out-of-fold scores (calibration_oof and a calibration fitted;
 *     result.threshold.chosen_on "calibration", since 2026-12-05), else on
 *     the validation rows;
 *  7. the test part, once: every metric at the threshold, the reliability
 *     table;
 *  8. the shortcut audit (below), on the training and validation parts.
 * With holdout = 0 (--holdout none) one configuration (the grid must have
 * one candidate) is fitted on every labelled row: no split, no selection,
 * no calibration, no audit; its metrics are on the training rows
 * (resubstitution: optimistic) — for refits and parity checks with a peer.
 *
 * The shortcut audit: the ROC AUC of every single feature on its own, on
 * the training rows — numeric columns by their value (rows where it is
 * missing left out), categorical columns by their level's positive rate
 * among the training rows (the best ranking the column alone allows), the
 * text's length in code points and in words, and the n-grams by their
 * presence (AUC = ½ + ½ (share of positives holding it − share of
 * negatives holding it)), of which the `audit_ngrams` farthest from ½ are
 * kept. A feature with AUC >= audit_flag or <= 1 − audit_flag alone
 * (nearly) separates the classes: it is flagged with the consequence. Then
 * the champion's hyperparameters are fitted with the feature sets "text",
 * "engagement" and "all" on the same training rows and scored on the same
 * validation rows (raw probabilities), so the team can choose knowingly.
 *
 * Threads: cross-validation tasks run on ct_threads() threads; every
 * result, the model and every probability are bit-identical whatever the
 * thread count (tests/cli/train_threads_identical).
 *
 * Ownership: see common.h. A ct_train_result owns everything it points at,
 * the model included until ct_train_take_model. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_TRAIN_H
#define CLAIMTRIAGE_TRAIN_H

#include "claimtriage/calibrate.h"
#include "claimtriage/common.h"
#include "claimtriage/cv.h"
#include "claimtriage/folds.h"
#include "claimtriage/frame.h"
#include "claimtriage/grid.h"
#include "claimtriage/json.h"
#include "claimtriage/lr.h"
#include "claimtriage/metrics.h"
#include "claimtriage/model_file.h"
#include "claimtriage/threshold.h"
#include "claimtriage/trees.h"
#include "claimtriage/vectorizer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Does the calibration fitted on the pooled rows (step 5: the validation
 * rows and the training rows' out-of-fold scores) fit the validation rows,
 * scored by the model itself? The fold models' scores are pooled with the
 * model's as if on one scale; when they are not (boosting at a tiny
 * learning_rate: each fold model's scores sit near its own base score and
 * differ less across rows than the base scores across folds), the pooled
 * fit learns the folds, not the rows, and misfits the model's scores.
 * Tested on the nv validation rows, p their pooled-calibrated
 * probabilities, y their labels: the score test of the calibration's
 * level and slope (Cox 1958's recalibration test, with p in place of its
 * log-odds): U1 = sum(y - p), U2 = sum((y - p)(p - pbar)), pbar the mean of
 * p weighted by v = p(1 - p), so that U1 and U2 are uncorrelated with
 * variances sum v and sum v (p - pbar)^2; chi_square = U1^2/V1 + U2^2/V2 on
 * 2 degrees of freedom (1 when every p is one value). The validation rows
 * are among the pooled fit's own rows, so under a pooled fit that suits
 * them the statistic is if anything smaller than its chi-square. */
typedef struct ct_train_pooled_check {
    int done;              /* 1: tested (holdout, calibration_oof, a calibration
                            * fitted on pooled rows, validation rows holding
                            * calibration_min_class_rows of each class); else
                            * the rest is NaN/0 */
    int refused;           /* 1: p_value < alpha: fitted on the validation rows
                            * alone instead, and cause says why */
    double chi_square;     /* the statistic */
    int df;                /* 2, or 1 when the probabilities hold one value */
    double p_value;        /* its chi-square upper tail */
    double alpha;          /* calibration_pooled_alpha */
    double mean_predicted; /* the validation rows' mean pooled-calibrated
                            * probability */
    double observed;       /* their positive rate */
    double split;          /* pbar: the rows below it and the rest, */
    size_t half_rows[2];   /* their counts, */
    double half_predicted[2];
    double half_observed[2]; /* mean probability and positive rate */
    /* the largest distance between a fold's mean out-of-fold score and the
     * validation rows' mean score, in standard deviations of the validation
     * scores (calibration input scale): well below 1 when the folds'
     * scores read as the model's; NaN when it cannot be told */
    double fold_shift;
    char cause[1024]; /* refused: the sentence; else "" */
} ct_train_pooled_check;

/* Progress: stage is "cv" (units: tasks), "fit" (units: steps of the
 * refit, calibration, threshold, test and audit). Called on the calling
 * thread or, during "cv", from worker threads one call at a time. Return
 * nonzero to stop: ct_train_run then fails with CT_EINVAL. */
typedef int (*ct_train_progress_fn)(void *user, const char *stage, uint64_t done, uint64_t total);

/* The estimator families train fits, in order of simplicity (the order
 * auto breaks ties in). */
typedef enum ct_train_family {
    CT_TRAIN_LR = 0,
    CT_TRAIN_GBDT = 1,
    CT_TRAIN_RF = 2,
    CT_TRAIN_NFAMILIES = 3
} ct_train_family;
/* "lr", "gbdt", "rf"; NULL out of range. */
CT_API const char *ct_train_family_name(ct_train_family f);
/* The family named s; CT_EINVAL when s names none ("auto" is not one;
 * *out is then unchanged). */
CT_API ct_status ct_train_family_parse(const char *s, ct_train_family *out);

/* The default grids. lr: C on a log scale, the hyperparameter the data
 * decide most (noisy data want C <= 1, the reports file more), crossed
 * with the n-gram weighting: TF-IDF (scikit-learn's TfidfVectorizer) or
 * presence 1/0, which the reports file's validation rows prefer and which
 * holds up better on phrasings never seen in training (docs/train.md);
 * ngrams stay at the vectorizer's. CT_TRAIN_DEFAULT_GRID_C is the C part
 * alone (used when the weighting is given, and by ct_train_run in place of
 * CT_TRAIN_DEFAULT_GRID when the feature set has no n-grams, where the
 * weighting changes nothing). The whole default train on
 * the reports file takes about a second (bench/RESULTS.md). The trees:
 * one candidate each (gbdt two on a design with n-grams and other
 * columns: every column or a draw of 5% per tree, below),
 * sized so that a whole train (five folds, the refit and the audit's three
 * fits) takes seconds on the reports file; search wider with a grid. */
#define CT_TRAIN_DEFAULT_GRID_C "C=0.1,1,10,100"
#define CT_TRAIN_DEFAULT_GRID CT_TRAIN_DEFAULT_GRID_C ";weighting=tfidf,binary"
/* gbdt: depth 4, each tree on every column or on a draw of 5% of them
 * (colsample_bytree=1,0.05; cross-validation chooses; ties to every
 * column): on the reports file it picks the draw, whose trees without an
 * engagement count learn the wording over every row while the others
 * learn the counts, so neither kind of evidence is fitted away before the
 * other (docs/train.md, "Which rows the boosting misses"; 2026-12-06,
 * replacing text_rounds=0,50, whose first stage on the wording left the
 * counts nothing to correct on openings never seen). Without n-gram
 * features, or with n-grams alone (--features text), the grid without the
 * draw, XGBoost's algorithm at depth 3 (there is no second kind of column
 * to keep in the model). */
#define CT_TRAIN_DEFAULT_GRID_GBDT_BASE "n_estimators=100;learning_rate=0.2;max_depth=3"
#define CT_TRAIN_DEFAULT_GRID_GBDT                                                                 \
    "n_estimators=100;learning_rate=0.2;max_depth=4;colsample_bytree=1,0.05"
/* gbdt's default with holdout = 0 (--holdout none fits one configuration):
 * the default grid's candidate that ties win, every column per tree
 * (XGBoost's colsample_bytree=1); without n-grams or with n-grams alone,
 * CT_TRAIN_DEFAULT_GRID_GBDT_BASE as above. Before 2026-12-07 the
 * two-candidate default was kept and `train --model gbdt --holdout none`
 * was refused, naming a --grid-gbdt never given. */
#define CT_TRAIN_DEFAULT_GRID_GBDT_ONE "n_estimators=100;learning_rate=0.2;max_depth=4"
#define CT_TRAIN_DEFAULT_GRID_RF "n_estimators=100;max_depth=20"

typedef struct ct_train_options {
    const char *target;            /* the label column; required */
    const char *positive;          /* its value coded 1; required */
    const char *text;              /* the text column, or NULL */
    const char *id;                /* the row id column (never a feature), or NULL */
    const char *features;          /* "all" (default), "text", "engagement" or "A,B,..."
                                    * (a list: claimtriage/list.h) */
    const char *const *engagement; /* the engagement columns ("engagement") */
    size_t nengagement;
    const char *model; /* estimator family: "lr" (default), "gbdt", "rf" or "auto" */
    /* Hyperparameters; a grid key overrides them per candidate. */
    ct_vectorizer_params vectorizer; /* ngrams, min_df, max_features, weighting */
    ct_lr_params lr;                 /* C, class_weight */
    ct_gbdt_params gbdt;             /* XGBoost's names; random_state is set from seed */
    ct_rf_params rf;                 /* scikit-learn's names; random_state from seed;
                                      * rf.oob_score (needs model rf or auto): the
                                      * chosen forest's refit computes its out-of-bag
                                      * score (the cross-validation's fits do not: a
                                      * fold scores its held-out rows); since
                                      * 2026-12-05 */
    /* The trees' n-gram weights: default binary (presence): a tree splits a
     * term's column at a threshold, which presence says as well as TF-IDF
     * on this data, and a 0/1 column has 2 bins where a TF-IDF one has up to
     * 256, which makes the fits 3x faster on the reports file
     * (docs/train.md). A grid's weighting key overrides it per candidate. */
    ct_vectorizer_weighting tree_weighting;
    /* Grids (claimtriage/grid.h), one per family; "" is one candidate: the
     * hyperparameters above. Keys: every family takes the vectorizer's
     * ngrams ("1-2"), min_df, weighting (tfidf|binary) and
     * vectorizer__max_features (scikit-learn's pipeline naming); lr also C,
     * class_weight (none|balanced) and max_features (the vectorizer's);
     * gbdt n_estimators, learning_rate, max_depth, min_child_weight,
     * reg_lambda, gamma, subsample, colsample_bytree, colsample_bynode, text_rounds
     * (ct_gbdt_params_set; text_rounds' text columns are the n-grams);
     * rf n_estimators, max_depth (a count or None), max_features (per
     * split: sqrt, a fraction or a count), max_samples, min_samples_leaf,
     * min_samples_split (ct_rf_params_set). A key of another family is
     * refused with the family's valid keys. Defaults
     * CT_TRAIN_DEFAULT_GRID, _GBDT, _RF; NULL means the family's default. */
    const char *grids[CT_TRAIN_NFAMILIES];
    /* The grid of the one family `model` names, overriding grids[] for it;
     * NULL (default): grids[]. Must be NULL with "auto". */
    const char *grid;
    int early_stopping;             /* gbdt: stop the refit after this many rounds
                                     * without a better validation log loss; 0
                                     * (default) off; needs holdout */
    double select_tolerance;        /* auto: validation scores this close to the
                                     * best are ties (the simpler family wins);
                                     * default 0.0005, in the metric's units */
    double select_se;               /* auto: a simpler family also ties when the
                                     * best's lead over it is at most select_se
                                     * standard errors of the difference (paired
                                     * bootstrap of the validation rows, 200
                                     * resamples: the one-standard-error rule);
                                     * default 1; 0: select_tolerance alone */
    size_t folds;                   /* k >= 2; default 5 */
    double cv_tol;                  /* the solver's tolerance in cross-validation fits
                           * (claimtriage/lr.h's tol), when looser than lr.tol;
                           * default 1e-6: the fold scores do not change in
                           * their first 4 digits, the fits take half the
                           * time; the model itself is fitted to lr.tol */
    ct_metric metric;               /* CV score; default CT_METRIC_AVERAGE_PRECISION */
    uint64_t seed;                  /* split, folds and the trees' draws, 0..2^63 - 1
                                       (the model file's integers are int64); default 42 */
    int holdout;                    /* 1 (default): split as below; 0: --holdout none */
    double fractions[3];            /* train, validation, test: each > 0, sum 1; 0.6 0.2 0.2 */
    ct_calib_method calibration;    /* default CT_CALIB_ISOTONIC */
    int calibration_oof;            /* 1 (default): the calibration is fitted on the
                                     * validation rows and the training rows'
                                     * out-of-fold scores (step 5); 0: on the
                                     * validation rows alone (before 2026-12-05) */
    size_t isotonic_min_rows;       /* isotonic needs at least this many calibration
                                     * rows, else Platt is used and the result says
                                     * so (isotonic regression overfits small sets:
                                     * scikit-learn's user guide, 1.16); default
                                     * 1000; 0 always honours `calibration` */
    ct_threshold_options threshold; /* default: CT_THRESHOLD_DEFAULT (0.5) */
    int audit;                      /* 1 (default): the shortcut audit */
    size_t audit_ngrams;            /* n-grams kept in the audit; default 20 */
    double audit_flag;              /* flag AUC >= this or <= 1 - this; default 0.95 */
    ct_train_progress_fn progress;  /* may be NULL */
    void *progress_user;

    /* a calibration fitted on fewer rows of either class than this is kept
     * and said with its counts (calibration_few); default 10 */
    size_t calibration_min_class_rows;
    /* a calibration is fitted only when the chosen model's validation
     * scores spread over at least this many rounding steps: their standard
     * deviation over the median step between a score and the next one its
     * arithmetic can give (calibration_score_steps). Below it the scores
     * differ by little more than their rounding (boosting at
     * learning_rate=1e-18, a C of 1e-15) and Platt's slope grows as 1/spread
     * (A = -2e16): the calibrated probabilities would be made of the last
     * bits of the model's arithmetic, so none is fitted and the note says
     * why. A rounding step moves a calibrated log-odds by about
     * A' / steps, A' the slope on standardised scores (a few units): 1e6
     * steps keep that within the 6 significant digits probabilities are
     * written with. Default 1e6; 0 never refuses (before 2026-12-05). */
    double calibration_min_score_steps;
    /* calibration_oof only: the pooled calibration is kept when it fits the
     * validation rows — the model's own scores, what it will calibrate —
     * within noise: the score test of ct_train_pooled_check below, at this
     * level. A lower p-value means the fold models' out-of-fold scores do
     * not read as the model's own (boosting at learning_rate=1e-7: each
     * fold model's scores sit at its own base score), so the calibration
     * is fitted on the validation rows alone and the result says why.
     * Default 0.001; 0 never refuses (before 2026-12-05). */
    double calibration_pooled_alpha;
} ct_train_options;

CT_API ct_train_options ct_train_options_default(void);
/* NULL when valid, else a static message naming the bad field (target or
 * positive missing, folds < 2, fractions not > 0 or not summing to 1,
 * audit_flag outside (0.5, 1], an unknown model, bad vectorizer, lr, gbdt,
 * rf, calibration or threshold options, a target recall, early stopping
 * or auto with holdout = 0, early_stopping < 0 or with a family other than
 * gbdt or auto, rf.oob_score with a family other than rf or auto, grid given with auto, select_tolerance < 0, select_se < 0; o NULL:
 * "options are NULL"). */
CT_API const char *ct_train_options_check(const ct_train_options *o);
/* Check one family's grid spec before any data is read: parse it
 * (claimtriage/grid.h) and resolve every candidate for family `fam` over
 * o's hyperparameters, as ct_train_run does (spec NULL: ""). A caller
 * that takes the spec from its user (the CLI's --grid) reports a failure
 * as a usage error naming the option. Errors: CT_EINVAL (a malformed spec,
 * a key that is not fam's hyperparameter, a value it does not take, one
 * key under two names (ngrams and ngram_range; lr's max_features and
 * vectorizer__max_features), two values of a key that make one setting
 * (C=1,1.0; max_samples=None,1.0): *diag says which, its file empty);
 * CT_ENOMEM. ct_train_run refuses the same. Without n-gram features,
 * ct_train_run drops a grid's n-gram keys (ngram_keys_unused). Thread-safety:
 * reentrant. */
CT_API ct_status ct_train_grid_check(const ct_train_options *o, ct_train_family fam,
                                     const char *spec, ct_diag *diag);

/* One candidate's resolved hyperparameters: its family, the features'
 * (vectorizer) and the family's own (C and class weights for lr, gbdt or
 * rf; the other families' fields hold the options' values, unused). */
typedef struct ct_train_config {
    ct_train_family family;
    double C;
    int class_weight_balanced;
    ct_vectorizer_params vectorizer;
    ct_gbdt_params gbdt;
    ct_rf_params rf;
    /* 1 when the features hold no n-grams (no text column, or --features
     * without the text): the vectorizer settings are kept but unused, and
     * ct_train_config_describe leaves them out (since 2026-12-02) */
    int no_ngrams;
} ct_train_config;

/* "C=10 ngrams=1-2 min_df=2 max_features=20000 weighting=tfidf
 * class_weight=none" (lr), "n_estimators=200 learning_rate=0.1
 * max_depth=4 ... ngrams=1-2 ..." (gbdt), "n_estimators=100 max_depth=20
 * max_features=sqrt ..." (rf) into buf (snprintf's rule: returns the
 * length needed); without the n-gram settings when c->no_ngrams ("C=10
 * class_weight=none"). */
CT_API size_t ct_train_config_describe(const ct_train_config *c, char *buf, size_t size);

typedef enum ct_audit_kind {
    CT_AUDIT_NUMERIC = 0,
    CT_AUDIT_CATEGORICAL = 1,
    CT_AUDIT_LENGTH = 2,
    CT_AUDIT_NGRAM = 3
} ct_audit_kind;
/* "numeric", "categorical", "length", "n-gram". */
CT_API const char *ct_audit_kind_name(ct_audit_kind k);

typedef struct ct_audit_feature {
    char *name; /* the column; "len(TEXT)", "words(TEXT)"; the n-gram */
    ct_audit_kind kind;
    double auc;  /* NaN when undefined (one class among the rows with a value) */
    size_t n;    /* training rows it was computed on */
    int flagged; /* auc >= audit_flag or <= 1 - audit_flag */
} ct_audit_feature;

typedef struct ct_audit_model {
    const char *set; /* "text", "engagement", "all" (static) */
    int fitted;      /* 0: not possible on this file; why says why */
    char why[160];
    size_t ncols;                 /* design columns */
    ct_metrics_binary validation; /* raw probabilities, threshold 0.5 */
} ct_audit_model;

typedef struct ct_audit {
    int done; /* 0 when the audit was not run (holdout none, or audit = 0) */
    double flag_at;
    ct_audit_feature *features; /* numeric, categorical, length, then the
                                 * n-grams, each kind by |auc - ½| descending */
    size_t nfeatures, nflagged;
    size_t ngrams_scored;        /* n-grams in the vocabulary scored (before keeping the top) */
    size_t positives, negatives; /* the training rows' classes the AUCs are computed on */
    size_t said_min; /* the fewest rows of a class an AUC is said of without its counts: min(30,
                      * 1% of the training rows), at least 10, as a headline's group */
    size_t said_min_validation; /* the same for the models' validation rows (counts.rows[1]) */
    /* too few rows to tell a useful ranking from chance, by the chance
     * notes' rule (ct_metrics_roc_auc_too_few at CT_AUC_CHANCE_ALPHA):
     * detectable is ct_metrics_roc_auc_detectable of the training rows'
     * classes (positives, negatives: the features' AUCs), too_few 1 when it
     * is above CT_AUC_USEFUL_MIN; validation_* the same for the models'
     * validation rows. NaN and 0 with a class absent. Since 2026-12-05. */
    double detectable, validation_detectable;
    int too_few, validation_too_few;
    ct_audit_model models[3]; /* text, engagement, all */
} ct_audit;

/* One family's part in the selection. */
typedef struct ct_train_family_result {
    ct_train_family family;
    size_t first, count;          /* its candidates: configs[first .. first + count) */
    size_t champion;              /* its CV champion (an index into configs) */
    double cv_mean;               /* that candidate's mean fold score */
    int fitted;                   /* 1: the champion refitted and scored below */
    ct_metrics_binary validation; /* raw probabilities of the validation rows, at 0.5 */
    double score;                 /* `metric` on those (the selection's score) */
    double gap_se;                /* auto: the standard error of the best family's
                                   * score minus this one's (paired bootstrap);
                                   * NaN when not needed (the best itself, a
                                   * family within select_tolerance, one after
                                   * the champion, select_se 0) or undefined */
    size_t n_trees;               /* trees kept (gbdt: rounds kept); 0 for lr */
    int early_stopped;            /* gbdt: 1 when early stopping was on */
} ct_train_family_result;

/* A feature constant in every labelled row: a number (none missing), a
 * category of one level, or the text column holding one text. */
typedef struct ct_train_constant {
    char name[128]; /* the column */
    char kind[16];  /* "numeric", "categorical" or "text" */
    char value[64]; /* the one value (a number as ct_numfmt_value), cut at a character */
    int value_cut;  /* 1 when value is the start of a longer one */
} ct_train_constant;

/* A hyperparameter of the chosen candidate at the edge of its grid: a
 * numeric key (C, n_estimators, max_depth, learning_rate, min_df...) whose
 * value is the smallest or largest the grid tried with the chosen
 * candidate's other settings, and whose mean cross-validated score is
 * strictly better than the next value inward's: the best value may lie
 * beyond the grid (ct_train_grid_edges). A count key (min_samples_leaf,
 * min_samples_split, min_child_weight) is an edge only where its values
 * can still split a cross-validation fit's rows, and its value to try
 * stays there (since 2026-12-05). */
typedef struct ct_train_grid_edge {
    char key[32];
    double value;            /* the chosen value */
    char value_text[32];     /* it as the grid's description writes it
                              * (min_df's without its "(fraction)"; since
                              * 2026-12-05: "%.6g" wrote C=1.0000001 as 1,
                              * the value inward's text) */
    double neighbour;        /* the next value inward; +infinity when it is no limit
                       * (None, the vectorizer's max_features=0) */
    int side;                /* -1: the smallest tried; +1: the largest */
    char neighbour_text[32]; /* the next value inward as the grid's
                              * description writes it ("None", "0"; min_df's
                              * without its "(fraction)") */
    int fraction;            /* 1: a share of the rows or columns (min_df,
                              * the forest's max_features, max_samples
                              * written with a point): at most 1 */
    double beyond;           /* the value to try next, one step further out
                              * (geometric; a count rounded), inside the
                              * key's valid values (--grid takes it); a
                              * value at its key's limit is no edge */
    char beyond_text[32];    /* beyond as --grid takes it: a count whole
                              * ("2000000", not "2e+06"), a fraction with
                              * its point ("1.0": every column) */
    char try_grid[160];      /* the grid to run next for this key,
                              * "C=0.01,0.1,1": beyond beside the chosen
                              * value and the next value inward, in the
                              * scale's order, so that the next run brackets
                              * the chosen value: a run that dropped the
                              * value inward could choose the chosen value
                              * again at its other edge and advise the value
                              * this run tried (C=1 over 10: try 0.1; C=1
                              * over 0.1: try 10), back and forth; train
                              * keeps no memory of earlier runs, the grid
                              * carries it (since 2026-12-05). "" with
                              * rounds_kept */
    size_t rounds_kept;      /* gbdt's n_estimators, the largest tried, when
                              * the refit's early stopping kept fewer rounds
                              * (these): the limit did not bind, so beyond is
                              * NaN and beyond_text "" (nothing to try above
                              * it; since 2026-12-05); else 0 */
} ct_train_grid_edge;
#define CT_TRAIN_MAX_EDGES 4

typedef struct ct_train_result {
    /* rows */
    size_t n_rows, n_labelled, n_unlabelled, n_positive;
    int holdout;
    ct_holdout_counts counts; /* per set (holdout only) */
    /* the ids (options' id column) on more than one labelled row (holdout
     * only): how many, their rows, those whose rows carry both labels, and
     * those whose rows landed in more than one set. split_grouped 1: the
     * split kept each id's rows in one set (ct_holdout_options.groups; a
     * group stratified by the label most of its rows carry, a tie its first
     * row's), so ids_across_sets is 0; 0 without an id column, or when the
     * grouped split failed or left a set without a class the row split
     * gives it (a few large groups): then rows were split one by one, as before 2026-12-05, and
     * ids_across_sets says how many videos straddle the sets. With no id
     * repeated both splits are the same, row for row. */
    size_t repeated_ids, repeated_id_rows, mixed_label_ids, ids_across_sets;
    int split_grouped;
    /* cross-validation (holdout only; cv NULL otherwise) */
    ct_grid *grid;                       /* the first family's grid (fgrids[0]) */
    ct_grid *fgrids[CT_TRAIN_NFAMILIES]; /* each family's, as families[] */
    ct_cv_result *cv;
    ct_train_config *configs; /* per candidate */
    size_t n_candidates, champion, n_folds;
    /* the grid keys that set the n-grams (ngrams, min_df, weighting,
     * max_features, ...) left out of the grids because the features hold
     * no n-grams, "min_df, ngrams" (each once; "" for none), and the
     * candidates they would have added (the grids' sizes with them minus
     * without). Since 2026-12-04: before, the grid's candidates differing
     * only in them were fitted each, one result several times. */
    char ngram_keys_unused[160];
    size_t ngram_candidates_unused;
    ct_metric metric;
    /* the families compared (holdout only: one, or three for auto, in the
     * order lr, gbdt, rf) and why the champion won, in words */
    ct_train_family_result families[CT_TRAIN_NFAMILIES];
    size_t n_families;
    int auto_select; /* 1: model "auto" */
    char selection[640];
    /* 1: the champion tied another family (within select_tolerance, or a
     * simpler one within select_se standard errors of the best) and won as
     * the simpler model; 0 otherwise (one family, a clear lead, every score
     * undefined). Since 2026-12-07 (JSON selection.tie). */
    int selection_tie;
    /* the chosen model */
    const char *family; /* "lr", "gbdt" or "rf" */
    ct_train_config chosen;
    const char *features;                         /* the feature set as given */
    size_t n_features;                            /* design columns */
    int n_iter, converged;                        /* lr: Newton iterations and convergence; trees:
                            * trees kept (gbdt: rounds kept) and 1 */
    size_t n_trees;                               /* trees kept; 0 for lr */
    int best_iteration;                           /* gbdt: the best round (0-based) under early
                            * stopping, else n_trees - 1; -1 for lr and rf */
    double oob_score;                             /* rf: out-of-bag accuracy; NaN otherwise */
    size_t oob_unscored;                          /* rf: training rows every tree drew, left
                                                   * out of oob_score (claimtriage/trees.h) */
    ct_train_grid_edge edges[CT_TRAIN_MAX_EDGES]; /* holdout only: the chosen candidate's keys
                                                   * at the grid's edge (the first 4) */
    size_t n_edges;
    int early_stopping;               /* the options' early_stopping (gbdt's refit) */
    ct_metrics_binary train;          /* holdout none: on the training rows (0.5) */
    ct_metrics_binary validation_raw; /* raw probabilities at 0.5 */
    ct_metrics_binary validation;     /* calibrated, at the threshold */
    ct_metrics_binary test;           /* calibrated, at the threshold */
    ct_reliability rel_validation_raw, rel_validation, rel_test;
    ct_calib_method calibration;    /* as used */
    int calibration_fallback;       /* 1: the method asked was not used (calibration_note) */
    const char *calibration_note;   /* why (static or calibration_why), or NULL */
    char calibration_why[768];      /* a note with this run's numbers (a calibration that
                                   * would reverse or flatten the model's order, or fit
                                   * scores spread over too few rounding steps) */
    char calibration_few[384];      /* "" or, when the calibration rows hold fewer than
                                   * calibration_min_class_rows of a class, the counts
                                   * the calibration kept rests on */
    double calibration_score_steps; /* holdout, calibration asked: the chosen model's
                                     * validation scores (the calibration's input) as
                                     * their standard deviation over the median
                                     * rounding step of one score (the distance to
                                     * the score of the next double probability);
                                     * 0 when they hold one value; NaN otherwise.
                                     * Below calibration_min_score_steps the
                                     * calibration is refused (calibration_note) */
    size_t calibration_rows[2];     /* the rows the calibration was fitted on: validation
                                   * rows, training rows by their out-of-fold scores (0
                                   * unless calibration_oof, or when pooled.refused);
                                   * both 0 without one */
    ct_train_pooled_check pooled;   /* the pooled rows' test (since 2026-12-05) */
    double platt_a, platt_b;        /* NaN unless Platt */
    size_t n_knots;                 /* isotonic knots */
    int calibration_logodds;        /* 1: calibrated on the raw log-odds (step 5), 0: on the
                                   * raw probability (rf; and no calibration) */
    ct_threshold_choice threshold;
    ct_audit audit;
    ct_model *model; /* owned until ct_train_take_model */
    /* mean calibrated probability of the validation rows (NaN with
     * --holdout none): stored in the model as the metric
     * ("validation", "mean_probability"), the reference `score` compares a
     * backlog's mean probability with (drift) */
    double validation_mean_probability;
    /* the validation rows' calibrated probabilities' standard deviation
     * (n - 1 in the denominator; NaN with --holdout none or fewer than 2
     * validation rows): stored as the metric ("validation",
     * "probability_sd") beside ("validation", "rows") and ("validation",
     * "positives") (r->validation.n, .npos), so that `score` can tell a
     * drift of the mean from the noise of a small validation set (the
     * standard error sd / sqrt(rows); claimtriage/triage.h) */
    double validation_probability_sd;
    /* the features that hold one value in every labelled row (train says
     * so: they give the model nothing to learn from); all_constant: every
     * feature is one of them or a number missing in every labelled row
     * (n_constant may then be 0), so every report gets the same
     * probability */
    ct_train_constant *constant;
    size_t n_constant;
    int all_constant;
    /* the labelled rows' missing inputs, as evaluate counts a file's
     * (pipeline.h's ct_pipeline_stats): numeric feature values missing (lr
     * imputes the training rows' mean; the trees send them the way they
     * learned; a column empty in every labelled row is not counted),
     * categorical values missing (no indicator), rows whose text is missing
     * (no n-gram, length 0). Added 2026-12-03. */
    size_t missing_numeric, missing_levels, missing_text;
    /* holdout only: 1 when the chosen model gives every validation row one
     * raw probability (flat_probability) although a feature varies: its
     * settings left it no split or no weight (a forest's min_samples_leaf
     * above the rows, boosting's min_child_weight or gamma, a tiny C), so it
     * ranks no report above another; train says so (added 2026-12-03) */
    int flat_scores;
    double flat_probability; /* NaN unless flat_scores */
    /* flat_scores only: the design columns that hold one value in every
     * training row (all of them: the design, not the settings, left the
     * model nothing to learn), the n-gram columns, and those of them
     * constant (a lone n-gram in every document; added 2026-12-03) */
    size_t flat_constant_columns, flat_ngram_columns, flat_constant_ngrams;
    /* flat_scores only, trees: the chosen model's split nodes
     * (ct_tree_model_nsplits) and the most its trees move a raw score
     * (ct_tree_model_leaf_sum_max; NaN for lr). gbdt whose trees split:
     * flat_leaves_vanish 1 when those leaves without learning_rate's
     * scaling would have moved the flat probability (learning_rate made
     * them vanish), 2 when even they would not (the leaves -G/(H +
     * reg_lambda) are too small before it), 0 otherwise. Added 2026-12-05
     * (the note blamed min_child_weight, gamma and reg_lambda at their
     * defaults for learning_rate=1e-300: tests/cli/train_flat_note_names_learning_rate). */
    size_t flat_splits;
    double flat_leaf_sum;
    int flat_leaves_vanish;
    /* the chosen model's ranking against chance (ct_metrics_roc_auc_test,
     * claimtriage/metrics.h): on the validation rows' calibrated
     * probabilities (the validation metrics' rows and AUC); with --holdout
     * none on the training rows, the only ones there are (a model at chance
     * even on the rows it was fitted on). at_chance: its recall at the
     * threshold comes from flagging rows, not from ranking claims first.
     * Added 2026-12-04. */
    ct_auc_test chance;
    /* 1 when the id column's repeated values look rounded by a spreadsheet
     * (ct_frame_ids_rounded: 7.02E+09 saved as 7020000000): its repeats
     * are then different reports sharing a rounded id, not one video
     * reported more than once. Added 2026-12-05. */
    int ids_rounded;
    /* 1 when memory ran out recording the training rows by content
     * (ct_model_seen_record): the model is whole but records none, as a
     * model file written before 2026-12-07, so evaluate and score cannot
     * tell which rows of a file it was trained on; train warns. Added
     * 2026-12-07 (before, the training failed). */
    int seen_not_recorded;
} ct_train_result;

/* Train on frame f (see the method above). Errors: CT_EINVAL (bad options,
 * a bad grid key or value: *diag names it; stopped by progress);
 * CT_ECOLUMN (the target, text, id or a feature column absent: named);
 * CT_ETYPE (a feature of the wrong type); CT_EDATA (the target has more
 * than two values, no row has the positive value (or it is not a number
 * for a numeric target), one class only, a set or a fold left without a class,
 * the text yields no term, the metric undefined on every candidate);
 * CT_EEMPTY (no labelled row); CT_ENOMEM. A fit that stops at its
 * iteration limit is not an error: converged = 0 says so. *out NULL on
 * error. */
CT_API ct_status ct_train_run(const ct_frame *f, const ct_train_options *o, ct_train_result **out,
                              ct_diag *diag);
/* Train's refusal of a target of many values (more than 8 distinct among
 * its labelled rows, f's rows where target is not missing): a count, a
 * measure or an id named as the label column, which no command can read
 * as two classes. CT_EDATA with train's message (the values named, the
 * column's kind, the likely label column and the options that name it in
 * diag's hint); CT_OK otherwise, also without the column (the caller says
 * it is absent) and for 3 to 8 values (train refuses those in
 * ct_train_run; queue-eval notes them). Reads f only; thread-safe for
 * distinct diags. Used by queue-eval (src/lib/select/train_fit.c). */
CT_API ct_status ct_train_label_column_check(const ct_frame *f, const char *target,
                                             const char *positive, ct_diag *diag);
/* The model, now the caller's (ct_model_free); NULL the second time. */
CT_API ct_model *ct_train_take_model(ct_train_result *r);
CT_API void ct_train_result_free(ct_train_result *r);

/* ---- the reproducibility block ----
 * Carried by every model file and every --json output of train and
 * evaluate: what was read, with which seed, threads, tool version and
 * command line, so that a run can be repeated and its input recognised. */
typedef struct ct_repro {
    char input_hash[80];   /* "sha256:<64 hex>", or "unavailable (standard input)" or
                              "unavailable (a pipe)" (ct_path_read_once) */
    char content_hash[80]; /* of the inflated bytes of a gzip file (ct_sha256_content);
                              "" when the file is not compressed (then input_hash) */
    /* the loader's accounting, as every command's rows_read / rows_used /
     * rows_skipped (claimtriage/frame.h, ct_load_stats) */
    uint64_t rows_read;    /* data records in the file */
    uint64_t rows_used;    /* rows loaded: rows_read - rows_skipped */
    uint64_t rows_skipped; /* bad rows skipped (--on-bad-row=skip) */
    /* rows loaded but left out by the command, each under its own key;
     * -1 (the default of ct_repro_fill): not this command's, not written.
     * not_selected: evaluate --split, the rows outside the set (as score's
     * rows.not_selected); unlabelled: train, the rows without a label,
     * not trained on (as train's rows.unlabelled). */
    int64_t not_selected, unlabelled;
    uint64_t seed;
    int threads;              /* ct_threads() */
    const char *tool_version; /* ct_version() */
    char *command_line;       /* owned: argv joined, words quoted for a POSIX shell */
} ct_repro;

/* Fill r: the SHA-256 of path (claimtriage/digest.h; "-" gives
 * "unavailable (standard input)", a FIFO or pipe "unavailable (a pipe)") and, for a gzip file, of its content,
 * rows_read, rows_used and rows_skipped from st (without st: `used` rows
 * read and used, none skipped), not_selected and unlabelled -1 (the caller
 * sets the one that applies), seed, ct_threads(), ct_version() and the
 * command line argv[0..argc) quoted where a shell needs it. Errors: CT_EIO
 * (the file cannot be read again), CT_EDATA (a plain file whose size now is
 * not st->bytes, the bytes the loader read: it changed while it was read,
 * and its hash would name other rows), CT_ENOMEM. Free with ct_repro_clear. */
CT_API ct_status ct_repro_fill(ct_repro *r, const char *path, const ct_load_stats *st,
                               uint64_t used, uint64_t seed, int argc, char *const *argv,
                               ct_diag *diag);
CT_API void ct_repro_clear(ct_repro *r);
/* The hash that names r's rows: content_hash when set, else input_hash. */
CT_API const char *ct_repro_rows_hash(const ct_repro *r);
/* Copy it into the model's reproducibility fields. CT_ENOMEM. */
CT_API ct_status ct_repro_to_model(const ct_repro *r, ct_model *m);
/* Write it as the member "reproducibility" of the object w has open. */
CT_API void ct_repro_write_json(const ct_repro *r, ct_json *w);

/* Write the result as members of the object w has open (docs/formats.md,
 * "train --json"): rows, split, cv, chosen, metrics, calibration,
 * threshold, audit. */
CT_API void ct_train_write_json(const ct_train_result *r, ct_json *w);
/* Every metric of m as members of the object w has open (NaN as null with
 * "<name>_undefined": the reason). Shared by train and evaluate. */
CT_API void ct_train_write_metrics_json(const ct_metrics_binary *m, ct_json *w);
/* One metric k of m as a member of the object w has open: its name and
 * value, then "<name>_note" (a 0 by sklearn's zero_division=0: precision
 * with nothing flagged) or "<name>_undefined" (NaN) with the note's phrase
 * when m->note[k] is set. Shared by train, evaluate and regress's split. */
CT_API void ct_train_write_metric_json(const ct_metrics_binary *m, ct_metric k, ct_json *w);
/* A ranking's test against chance (ct_metrics_roc_auc_test) as members of
 * the object w has open: roc_auc, p_value, alpha, at_chance,
 * detectable_roc_auc, too_few_rows. Shared by
 * train and evaluate. */
CT_API void ct_train_write_chance_json(const ct_auc_test *t, ct_json *w);
/* The reliability table as an array value. */
CT_API void ct_train_write_reliability_json(const ct_reliability *r, ct_json *w);

#ifdef __cplusplus
}
#endif
#endif
