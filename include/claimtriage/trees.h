/* claimtriage/trees.h — tree ensembles on sparse rows: a random forest
 * ("rf") and histogram gradient boosting with logistic loss ("gbdt"),
 * behind the estimator interface (claimtriage/estimator.h).
 * Layer: models (docs/design.md).
 *
 * Binning (both families): each column is quantised once per training set
 * into at most max_bins bins of its finite values (max_bins - 1 when
 * max_bins > 255, so that 256 bins hold the missing values' too) — every distinct
 * value its own bin when there are few enough, else cuts at the weighted
 * quantiles of the values (implicit zeros counted), as XGBoost's `hist` and
 * LightGBM do; a bin's upper edge is the midpoint between its largest value
 * and the next bin's smallest, so thresholds read as scikit-learn's. A
 * missing value (NaN stored in the CSR design) has a bin of its own; each
 * split learns the side missing values go to (XGBoost's default
 * direction); when a node saw none, they go to the side with more weight.
 * The forest's default is 1,024 bins, the boosting's 256: a forest's trees
 * grow until their leaves are pure, so they split far finer than boosting's
 * shallow trees, and with 256 bins the forest's test ROC AUC fell 0.003 to
 * 0.004 below scikit-learn's exact-split forest on three of six noisy
 * synthetic files (bench/RESULTS.md, "The forest's bins"); with 1,024 it is
 * within 0.0011 on all six, and 4,096 or every distinct value did no
 * better on the noisiest files for up to 35% more fit time. More than 255
 * bins go only to a column at least half the rows store (a sparse column,
 * such as an n-gram's, keeps 255: its rows mostly sit in the zero bin, and
 * 1,024 bins on 20,000 n-gram columns of a million rows would take about a
 * gigabyte of histogram scratch a thread); such a design's bin numbers
 * take 16 bits, and only the general grower (tree_grow) is used.
 * Only the stored entries of the sparse design are visited: the zero bin of
 * a node's histogram is the node's total minus its other bins.
 *
 * Trees grow depth-wise, a level at a time, one pass over the stored
 * entries a level. Split search: rf by Gini impurity decrease (Breiman,
 * CART 1984; scikit-learn's DecisionTreeClassifier), gbdt by the
 * second-order gain G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ) (Chen &
 * Guestrin, XGBoost 2016; without the ½, as XGBoost's code, so gamma means
 * what it means there). Ties go to the lower column, then the lower bin.
 *
 * Random forest (Breiman 2001, scikit-learn's RandomForestClassifier):
 * each tree on a bootstrap sample of round(max_samples · n) draws (all
 * rows, each once, without bootstrap), max_features columns drawn per
 * split; a leaf holds the weighted fraction of positives of its bootstrap
 * rows and the forest's probability is the mean of the trees' (scikit-
 * learn's predict_proba). oob_score: the accuracy (threshold 0.5: class 1
 * when the mean is above it, numpy's argmax of [1 - p, p]) of each row's
 * mean over the trees whose bootstrap did not draw it, on the rows out of
 * bag at least once (scikit-learn's oob_score_). A row every tree drew
 * (a tree draws a given row with odds about 1 - 1/e, so about 0.632 to
 * the n_estimators of the rows: only with few trees) is not scored but
 * counted (ct_rf_oob_unscored): scikit-learn 1.2 warns ("Some inputs do
 * not have OOB scores") and scores such a row as class 0, the argmax of
 * its zero vector, which tells nothing of the forest.
 *
 * Gradient boosting (XGBoost's binary:logistic, tree_method="hist",
 * grow_policy="depthwise"): raw score F = base_score + Σ trees, p =
 * expit(F); base_score is the log-odds of the weighted positive rate (as
 * XGBoost >= 2.0 and HistGradientBoostingClassifier). Each round fits one
 * tree to the gradients g = p − y and hessians h = p(1 − p) (times the
 * sample weights) of the rows drawn by subsample (without replacement) on
 * the columns drawn by colsample_bytree, each split (colsample_bynode < 1)
 * on a draw of those, fixed per round and node: the round's random stream
 * (random_state, 1 + round), after its row and tree column draws, draws
 * each node's columns in breadth-first order (the forests' max_features
 * rule), so the trees do not depend on the threads; such a round grows on
 * tree_grow, not the level grower; leaf weight −G/(H + λ) times
 * learning_rate. With text_rounds = K (ours), rounds 1..K keep to the
 * columns the caller flags as text (train: the n-grams) among those the
 * round draws, later rounds to every drawn column: the wording is fitted
 * against every row's gradient before the counts take the rest. Each
 * round's g and h are rounded to a grid (a power of
 * two u with n · max|g| ≤ 2^50 u: u = 2^-36 for 15,000 unweighted rows), on
 * which every sum of them is exact — Demmel & Nguyen's pre-rounding for
 * reproducible summation, as XGBoost's GPU histograms round gradients
 * (CreateRoundingFactor); a hessian is at least u. p is computed without
 * an exponential per row: exp(-F) is carried from round to round, times
 * exp(-value) of the row's leaf (one exponential per leaf), and recomputed
 * from F where it leaves [2^-500, 2^500]. Early stopping
 * (ct_gbdt_fit_valid) watches the validation log loss and keeps the best
 * round's trees; with text_rounds = K below n_estimators it does not stop
 * in rounds 1..K, and the later stage has early_stopping_rounds of its own
 * (from round K + 1, or the best round after it) — the text stage's loss
 * levels off where every column would still gain (since 2026-12-06).
 *
 * Determinism: every random draw comes from claimtriage/rng.h streams fixed
 * per tree (stream 1 + tree number) before any thread starts; the forest's
 * histogram sums are taken per column in row order, whatever thread takes
 * the column; the boosting's are exact (the grid above), so the rows may
 * be cut among threads in any way; rows are scored with the trees in a
 * fixed order. So a seed gives identical trees and bit-identical
 * probabilities on any thread count. Threads (ct_threads()): the forest
 * grows its trees in parallel; the boosting grows each tree a level at a
 * time with the level's rows cut among the threads (dense designs; one
 * thread or all each round, whichever its timing of the last rounds found
 * faster) or, on wide sparse designs, a level at a time from the entries
 * by column, chunks of columns on every thread (the same trees either
 * way); scoring takes blocks of 256 rows per thread.
 *
 * Contributions: exact path-dependent TreeSHAP (Lundberg, Erion & Lee,
 * "Consistent individualized feature attribution for tree ensembles",
 * 2018; the node covers weigh the paths), each leaf's Shapley sums taken
 * as the integral they equal, by Gauss-Legendre quadrature (Linear
 * TreeSHAP's polynomial view, Yu et al. 2022), not by Algorithm 2's
 * unwinding, which loses all precision on paths of 30+ features (a
 * forest of max_depth None); good to a few roundings at any depth. gbdt: on the
 * log-odds scale, phi[p] = base_score + the trees' expected values and
 * sum(phi) = logit(p), as the interface asks. rf: on the PROBABILITY scale
 * (the forest averages probabilities, so its log-odds are not a sum over
 * trees; shap.TreeExplainer explains scikit-learn forests the same way):
 * sum(phi) = p. ct_tree_contrib_scale says which.
 *
 * Model JSON (save/load; the model file adds the family name): {the
 * parameters by their names above, gbdt: "base_score", "best_iteration";
 * rf: "oob_score_value" (null when not computed) and, beside a value,
 * "oob_unscored_rows" (absent: 0; since 2026-12-05), and "max_features_kind"
 * ("count" or "log2") and "max_samples_kind" ("count") only when not the
 * reading by value, so a file written before them reads as it was fitted;
 * "n_features", "trees":
 * [{"feature": [...], "left": [...], "default_left": [...], "value": [...],
 * "cover": [...]}]} — one compact array per node field, nodes breadth-first,
 * node k's children left[k] and left[k] + 1 (0 for a leaf, feature -1),
 * value the threshold (x <= value goes left) or the leaf's output; numbers
 * %.17g. load refuses (CT_EFORMAT, diag saying what) arrays of unequal
 * length, a child index not after its parent or out of range, a feature
 * outside the columns, a value that is not finite, a negative cover, a
 * node with two parents or none, a tree deeper than 200 levels, a tree count
 * that disagrees with n_estimators / best_iteration.
 *
 * Memory: the binned design takes 5 bytes a stored entry (column order)
 * plus 1 (row order) and the cut points; a node's histogram holds the bins
 * its rows touch, 24 bytes each (the boosting's dense-design grower: every
 * bin, 16 bytes each, at most 16 MiB for a level, plus 28 bytes a row).
 * Very wide sparse designs are the slow case (bench/RESULTS.md).
 *
 * Ownership: see common.h. Thread-safety: reentrant; a fitted model is
 * immutable and may be shared between threads.
 */
#ifndef CLAIMTRIAGE_TREES_H
#define CLAIMTRIAGE_TREES_H

#include "claimtriage/common.h"
#include "claimtriage/estimator.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How ct_rf_params.max_features reads. scikit-learn's RandomForestClassifier
 * takes an int as a count of columns and a float as a fraction of them
 * (max_features=1 is one column, 1.0 every column); a double cannot tell 1
 * from 1.0, so the kind says which. */
typedef enum ct_rf_max_features_kind {
    /* 0 = sqrt(p) (scikit-learn's default "sqrt"), (0, 1] a fraction
     * (floor(f * p), at least 1; 1 = every column, "None"), > 1 a whole
     * count: the only reading before 2026-12-02, so a model file's state
     * without "max_features_kind" means this */
    CT_RF_MAX_FEATURES_BY_VALUE = 0,
    /* a whole count >= 1 (1: one column a split; a count above the design's
     * p columns draws all p, where scikit-learn refuses it, as one count
     * serves designs of several widths, e.g. train's audit) */
    CT_RF_MAX_FEATURES_COUNT = 1,
    /* floor(log2(p)), at least 1 (scikit-learn's "log2"); max_features is
     * then 0 */
    CT_RF_MAX_FEATURES_LOG2 = 2
} ct_rf_max_features_kind;

typedef struct ct_rf_params {
    int n_estimators;      /* trees, 1..100000; default 100 */
    int max_depth;         /* 0 = unlimited (None; capped at 200 levels) or
                              1..64; default 0 */
    int min_samples_split; /* rows a node needs to be split, >= 2; default 2 */
    int min_samples_leaf;  /* rows each child keeps, >= 1; default 1 */
    double max_features;   /* columns drawn per split, read as
                                 max_features_kind says; default 0 (sqrt) */
    int max_features_kind; /* ct_rf_max_features_kind: how max_features
                              reads; default CT_RF_MAX_FEATURES_BY_VALUE */
    int bootstrap;         /* 0 or 1; default 1 */
    double max_samples;    /* bootstrap draws: a fraction of n in (0, 1]
                              (round(max_samples * n), at least 1), or a
                              whole count >= 1 when max_samples_count is 1;
                              default 1 */
    int max_samples_count; /* 1: max_samples is a count of rows, as
                              scikit-learn's int max_samples (a count above
                              the rows fitted draws n: scikit-learn refuses
                              it, but one count serves every fold and the
                              refit); 0 (default): a fraction */
    int oob_score;         /* compute the out-of-bag accuracy; default 0 */
    int max_bins;          /* 2..65535; default 1024 (see Binning) */
    uint64_t random_state; /* seed, 0..2^63 - 1 (the model file's integers
                              are int64); default 0 */
} ct_rf_params;

typedef struct ct_gbdt_params {
    int n_estimators;          /* boosting rounds, 1..100000; default 100 */
    double learning_rate;      /* eta, (0, 1]; default 0.3 */
    int max_depth;             /* 1..20; default 6 */
    double min_child_weight;   /* least hessian sum in a child, >= 0; default 1 */
    double reg_lambda;         /* L2 on leaf weights, >= 0; default 1 */
    double gamma;              /* least loss reduction to split, >= 0; default 0 */
    double subsample;          /* rows drawn per round, (0, 1]; default 1 */
    double colsample_bytree;   /* columns drawn per tree, (0, 1]; default 1 */
    double colsample_bynode;   /* columns drawn per split, (0, 1], from the
                                  tree's: max(1, floor(fraction · the tree's
                                  columns)), as XGBoost; default 1 (every
                                  column of the tree) */
    int early_stopping_rounds; /* 0 = off; used by ct_gbdt_fit_valid; default 0 */
    int max_bins;              /* 2..256; default 256 (XGBoost's max_bin) */
    uint64_t random_state;     /* seed, 0..2^63 - 1 (the model file's
                                  integers are int64); default 0 */
    int text_rounds;           /* ours, not XGBoost's: rounds 0..text_rounds-1
                                  grow on the columns text_cols flags only (a
                                  stage without the engagement counts, the
                                  wording learned over every row), the later
                                  rounds on every column; 0..100000, default
                                  0 (off). Changes nothing when text_cols is
                                  NULL or flags no column or every column. */
    const uint8_t *text_cols;  /* NULL or X->ncols flags, set by the caller for
                                  the fit (train: the pipeline's n-gram
                                  columns); borrowed, not stored in the model */
} ct_gbdt_params;

CT_API ct_rf_params ct_rf_params_default(void);
CT_API const char *ct_rf_params_check(const ct_rf_params *p);
CT_API ct_gbdt_params ct_gbdt_params_default(void);
CT_API const char *ct_gbdt_params_check(const ct_gbdt_params *p);

/* Set one parameter from a --grid key and its text value (the names above;
 * "max_depth" also takes "None"). "max_features" and "max_samples" read as
 * scikit-learn's: a value written as an integer ("1", "7") is a count (kind
 * CT_RF_MAX_FEATURES_COUNT, max_samples_count 1), one written with a point
 * or an exponent ("1.0", "0.5", "5e-1") a fraction in (0, 1] ("2.0" is
 * refused, as scikit-learn refuses the float 2.0), "None" every column or
 * row (the fraction 1.0); "max_features" also takes "sqrt" and "log2".
 * CT_EINVAL with *diag naming the key (unknown key, unreadable or
 * out-of-range value); *p is then unchanged. */
CT_API ct_status ct_rf_params_set(ct_rf_params *p, const char *key, const char *value,
                                  ct_diag *diag);
CT_API ct_status ct_gbdt_params_set(ct_gbdt_params *p, const char *key, const char *value,
                                    ct_diag *diag);

/* The forest's max_features and max_samples as a grid writes them, into
 * buf[0..size) (snprintf's rule: returns the length the whole text needs):
 * "sqrt", "log2", a count without a point ("1", "7") or a fraction with one
 * ("1.0", "0.5"), so that the text reads back, here and in scikit-learn,
 * as the same setting. */
CT_API size_t ct_rf_max_features_text(const ct_rf_params *p, char *buf, size_t size);
CT_API size_t ct_rf_max_samples_text(const ct_rf_params *p, char *buf, size_t size);

/* The rows a forest's tree draws from n training rows (with replacement
 * under bootstrap): round(max_samples n), at least 1, or the count (at
 * most n); n without bootstrap. And the distinct rows among them a tree
 * expects, n (1 - (1 - 1/n)^draws) (about 0.632 n for n draws): the rows
 * its root holds, which min_samples_split and min_samples_leaf count
 * (n without bootstrap). p must pass ct_rf_params_check. */
CT_API size_t ct_rf_draws(const ct_rf_params *p, size_t n);
CT_API double ct_rf_rows_in_bag(const ct_rf_params *p, size_t n);

/* The families (static tables; never NULL). fit statuses are the
 * interface's (never CT_ENOCONVERGE); CT_EINVAL also for a label other than
 * 0/1, a weight not finite and > 0, an infinite value in X (NaN is a
 * missing value), no rows, more than 2^32 - 1 rows or 2^31 - 1 columns, or
 * X not a well-formed CSR matrix; CT_EDATA for one class only, and (gbdt)
 * for fitted leaf values whose largest add up beyond 1e300 over the trees,
 * which the model file's loader would refuse. */
CT_API const ct_estimator_type *ct_rf_type(void);
CT_API const ct_estimator_type *ct_gbdt_type(void);

/* Boosting with early stopping on a validation set (Xv, yv: nv rows, the
 * training columns): stops when the validation log loss has not improved
 * for p->early_stopping_rounds rounds (0: never) and keeps the trees up to
 * the best round. Xv may be NULL (no validation: as fit). Statuses as fit;
 * CT_EINVAL also when Xv is malformed, has other columns than X or an
 * infinite value, or yv is NULL or holds a label other than 0/1. */
CT_API ct_status ct_gbdt_fit_valid(const ct_gbdt_params *p, const ct_csr *X, const double *y,
                                   const double *w, const ct_csr *Xv, const double *yv,
                                   ct_progress_fn progress, void *progress_user, void **model,
                                   ct_diag *diag);

/* A fitted model's facts (model from ct_rf_type / ct_gbdt_type; a model of
 * another family is undefined behaviour). */
CT_API size_t ct_tree_model_ntrees(const void *model);
/* The split nodes of all the trees (0: every tree a single leaf). */
CT_API size_t ct_tree_model_nsplits(const void *model);
/* The sum over the trees of each one's largest |leaf value|: the most the
 * trees move a raw score (gbdt: the log-odds; learning_rate included). */
CT_API double ct_tree_model_leaf_sum_max(const void *model);
/* gbdt: the best round (0-based) under early stopping, else ntrees - 1. */
CT_API int ct_gbdt_best_iteration(const void *model);
/* gbdt: the text_rounds it was grown with (0: none; a model file without
 * the key reads 0). Added 2026-12-06 for evaluate --json's model. */
CT_API int ct_gbdt_text_rounds(const void *model);
/* rf: the out-of-bag accuracy, NaN when not computed or no row was ever
 * out of bag. */
CT_API double ct_rf_oob_score(const void *model);
/* rf: the training rows left out of the out-of-bag score because every
 * tree drew them (0 when not computed). */
CT_API size_t ct_rf_oob_unscored(const void *model);
/* Scale of contributions(): 0 = log-odds (gbdt), 1 = probability (rf). */
CT_API int ct_tree_contrib_scale(const void *model);

#ifdef __cplusplus
}
#endif
#endif
