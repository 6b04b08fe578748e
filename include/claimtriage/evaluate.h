/* claimtriage/evaluate.h — a saved model applied to any frame with the
 * columns it needs: calibrated probabilities and decisions for every row;
 * where the frame has labels, every metric, the confusion matrix, the
 * reliability table, permutation importance by feature group and the
 * misclassified rows; predictions written as CSV, atomically.
 * Layer: select (docs/design.md; the user's guide is docs/evaluate.md).
 *
 * Probabilities: the model's pipeline (columns matched by name, levels by
 * text; an unseen level or a missing value is counted, never an error),
 * its estimator, then its calibration (Platt on the log-odds, isotonic on
 * the probability, as stored); a row is predicted positive when the
 * calibrated probability is >= the model's threshold.
 *
 * Labels: where the frame has the model's target column, y = 1 where it
 * equals the model's positive value, 0 for another value; rows without a
 * value have no label: they get predictions but no part in the metrics
 * (counted). Metrics as claimtriage/metrics.h (scikit-learn's conventions).
 *
 * Permutation importance (claimtriage/importance.h: Breiman 2001,
 * scikit-learn's permutation_importance) on the labelled rows, with the
 * model's calibrated probabilities, by feature group: each numeric column,
 * each categorical column (all its indicators together), the text's length
 * (code points and words together), the text's n-grams (all together).
 * These rows are held out only when the frame was not used in training:
 * evaluate a file the model has not seen.
 *
 * Misclassified rows: labelled rows whose decision differs from their
 * label, most confident first (|p - y| descending; ties by row order).
 *
 * Ownership: see common.h; a ct_evaluate_result owns its arrays. The
 * model and frame are borrowed. Thread-safety: reentrant; importance runs
 * on ct_threads() threads with results identical whatever the count.
 */
#ifndef CLAIMTRIAGE_EVALUATE_H
#define CLAIMTRIAGE_EVALUATE_H

#include "claimtriage/calibrate.h"
#include "claimtriage/common.h"
#include "claimtriage/folds.h"
#include "claimtriage/frame.h"
#include "claimtriage/importance.h"
#include "claimtriage/json.h"
#include "claimtriage/metrics.h"
#include "claimtriage/model_file.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_evaluate_options {
    int importance;          /* 1 (default): permutation importance when labelled */
    size_t n_repeats;        /* permutations per group; default 5 */
    uint64_t seed;           /* default 42 */
    ct_metric metric;        /* importance's score; default average precision */
    ct_progress_fn progress; /* importance tasks; may be NULL */
    void *progress_user;
} ct_evaluate_options;

CT_API ct_evaluate_options ct_evaluate_options_default(void);

typedef struct ct_evaluate_result {
    size_t n_rows;
    int has_target; /* the frame has the target column */
    /* without it: "did you mean" a column that differs from the target only
     * in case or spaces around it (ct_frame_near_name), else "" */
    char target_near[300];
    size_t n_labelled, n_unlabelled, n_positive;
    /* the other class's name (ct_label_negative_name): the target's one
     * labelled value other than the model's positive in the frame, else
     * "not <positive>" (added 2026-12-05) */
    char negative[256];
    double threshold;   /* the model's */
    double *proba;      /* n_rows calibrated P(positive) */
    double *label;      /* n_rows: 1, 0, or NaN (no label / no target column) */
    uint8_t *predicted; /* n_rows: proba >= threshold */
    size_t n_predicted_positive;
    ct_pipeline_stats stats;
    /* where n_labelled > 0 */
    ct_metrics_binary metrics;
    /* the ranking against chance on the labelled rows evaluated
     * (ct_metrics_roc_auc_test): at_chance, the recall comes from the
     * threshold flagging rows, not from ranking claims first. Added
     * 2026-12-04. */
    ct_auc_test chance;
    ct_reliability reliability;
    /* permutation importance (NULL when not run; why_no_importance says why) */
    char **group_names;
    size_t n_groups;
    ct_importance_result *importance;
    char why_no_importance[128];
    /* misclassified rows, most confident first */
    size_t *misclassified;
    size_t n_misclassified;
    /* the rows the model was fitted or tuned on, by content
     * (ct_model_seen_count): seen[i] 1 for such a row, 0 for another, and
     * n_seen of them; seen NULL (n_seen 0) when not checked: the model
     * records no seen rows (a model file written before 2026-12-07), or f
     * lacks a column they are keyed on (seen_absent names it: the label
     * column, in practice). Added 2026-12-07. */
    uint8_t *seen;
    size_t n_seen;
    const char *seen_absent; /* a pointer into the model; NULL when none */
} ct_evaluate_result;

/* The other class's name as every output writes it beside the positive
 * one (the predictions' "predicted" column, the confusion matrix, the
 * errors by group, the report): other, the file's one label value other
 * than positive, when not NULL or empty ("1" vs "0", "claim" vs
 * "opinion"); else "not <positive>". buf: n bytes, cut to fit. Before
 * 2026-12-05 the outputs said "not 1" beside a file labelled 1/0.
 * Reentrant. */
CT_API void ct_label_negative_name(char *buf, size_t n, const char *positive, const char *other);

/* The model's stored calibration (claimtriage/calibrate.h), built once:
 * *out is NULL when the model is uncalibrated. CT_OK, CT_EFORMAT (the
 * stored calibration is unusable), CT_ENOMEM. The caller destroys it with
 * ct_calib_destroy. */
CT_API ct_status ct_model_calibrator(const ct_model *m, ct_calibrator **out, ct_diag *d);
/* Apply it in place to n raw probabilities p (from the estimator's
 * predict_proba): Platt on their log-odds, isotonic on the probabilities,
 * as train fitted it; nothing when c is NULL. Reentrant. */
CT_API void ct_model_calibrate(const ct_model *m, const ct_calibrator *c, double *p, size_t n);

/* Calibrated probabilities of every row of f into proba (ct_frame_nrows(f)
 * doubles, in [0, 1]). stats may be NULL. Errors: those of
 * ct_pipeline_transform (CT_ECOLUMN: a column the model needs is absent,
 * named; CT_ETYPE; CT_EDATA: an infinite number), CT_EFORMAT (the model's
 * calibration is unusable), CT_EINVAL (a model without pipeline or
 * estimator), CT_ENOMEM. */
CT_API ct_status ct_evaluate_predict(const ct_model *m, const ct_frame *f, double *proba,
                                     ct_pipeline_stats *stats, ct_diag *diag);

/* Evaluate m on f (see above). o NULL means defaults. Errors: those of
 * ct_evaluate_predict; CT_EDATA (the target column has more than two
 * values, or is numeric and the model's positive value is not a number);
 * CT_EINVAL (stopped by progress); CT_ENOMEM. A metric undefined on the
 * labelled rows is no error (why_no_importance, the metrics' notes). *out
 * NULL on error. */
CT_API ct_status ct_evaluate_run(const ct_model *m, const ct_frame *f, const ct_evaluate_options *o,
                                 ct_evaluate_result **out, ct_diag *diag);
CT_API void ct_evaluate_result_free(ct_evaluate_result *r);

/* ---- the model's own held-out rows ----
 * train splits the labelled rows of its file into train, validation and
 * test (claimtriage/folds.h, ct_folds_holdout; seed and fractions recorded
 * in the model, and with holdout_grouped the rows sharing an id kept in one
 * set, grouped again here by the model's id column). Given that same file
 * again, the split is made again, so
 * the test rows — the rows no choice was made on — can be evaluated and
 * scored apart (`evaluate --split test`, `score --split test`).
 * role[i] receives CT_ROLE_TRAIN, _VALIDATION, _TEST or CT_ROLE_NONE
 * (unlabelled) for each of f's rows; counts may be NULL. input_hash is the
 * SHA-256 of the content of f's file ("sha256:<hex>", ct_sha256_content:
 * of the inflated bytes of a gzip file, ct_repro_rows_hash): it must equal
 * the model's (input_content_hash, else input_hash), else the rows would
 * not be the ones trained on; a .csv and its .csv.gz copy are the same.
 * Errors: CT_EINVAL (the model records no split: --holdout none or an
 * older file; another file: both hashes named), ct_folds_holdout's and
 * the labels' statuses (CT_ECOLUMN: no target column, or no id column of
 * a grouped split), CT_EFORMAT (a grouped split in a model without an id
 * column). Reentrant. */
CT_API ct_status ct_model_split_roles(const ct_model *m, const ct_frame *f, const char *input_hash,
                                      int32_t *role, ct_holdout_counts *counts, ct_diag *diag);
/* "train", "validation", "test"; "none" for anything else. */
CT_API const char *ct_split_role_name(int role);
/* The role named s, or CT_ROLE_NONE (-1) when s is none of the three. */
CT_API int ct_split_role_parse(const char *s);

/* The predictions as CSV at path, written atomically (claimtriage/
 * atomic_file.h; "-" writes to standard output), one record per row of f
 * (the rows loaded, or the --split set's: not every line of the input):
 *   line,<id>,probability,predicted,seen_in_training
 * line: the physical line the row started on in f's source; <id>: the
 * model's id column (its name in the header; the column is left empty
 * when f lacks it, and the header says "id"); probability: the calibrated
 * P(positive), Python's repr of the double (reads back bit-identical);
 * predicted: the model's positive value when probability >= threshold,
 * else r->negative (the file's other label value, or "not <positive>":
 * ct_label_negative_name); seen_in_training: 1 when the row is one the
 * model was fitted or tuned on (r->seen), 0 when not, empty when not
 * checked (r->seen NULL, or the row has no label: every training row had
 * one; added 2026-12-07). Errors: CT_EIO (with the reason), CT_EINVAL
 * (path NULL or empty), CT_ENOMEM. */
CT_API ct_status ct_evaluate_write_predictions(const ct_model *m, const ct_frame *f,
                                               const ct_evaluate_result *r, const char *path,
                                               ct_diag *diag);

/* Row i's id as every output writes it (the predictions file, --json's
 * misclassified rows, the text): the model's id column's value in f as
 * text — a string or a level as written, a number as its exact integer
 * (a 64-bit one beyond 2^53 exactly), a number that is not whole in
 * Python's repr. Returns a pointer to it (into f, or buf: at least
 * CT_CSV_NUM_MAX bytes; valid while both are) and its length in *len;
 * NULL (*len 0) when the value is missing or f has no such column.
 * Reentrant. */
CT_API const char *ct_evaluate_row_id(const ct_model *m, const ct_frame *f, size_t i, char *buf,
                                      size_t *len);

/* ---- errors by group ----
 * The result's decisions within each level of a categorical column of f
 * (f: the frame r was computed on, row for row): every metric of
 * claimtriage/metrics.h over the group's labelled rows at the model's
 * threshold — so a model that misses claims of unverified accounts more
 * often than of verified ones shows it (fairlearn's MetricFrame, by one
 * sensitive feature). Groups in the column's level order, rows without a
 * value last as one group (missing = 1). A group without a labelled row has
 * n_labelled 0 and its metrics unset. */
typedef struct ct_evaluate_group {
    char *level; /* the level's text ("" for the missing group) */
    int missing; /* 1: the rows without a value */
    size_t n_rows, n_labelled, n_positive;
    ct_metrics_binary metrics; /* where n_labelled > 0 */
} ct_evaluate_group;

typedef struct ct_evaluate_by {
    char *column;
    ct_evaluate_group *groups;
    size_t n_groups;
} ct_evaluate_by;

/* Errors: CT_ECOLUMN (no such column; "did you mean" in the hint, else
 * the frame's categorical columns, the first 8),
 * CT_ETYPE (the column is not categorical), CT_EINVAL (NULL arguments, or
 * f's row count is not r's), CT_ENOMEM. *out NULL on error; free it with
 * ct_evaluate_by_free (accepts NULL). Reentrant. */
CT_API ct_status ct_evaluate_by_run(const ct_evaluate_result *r, const ct_frame *f,
                                    const char *column, ct_evaluate_by **out, ct_diag *diag);
CT_API void ct_evaluate_by_free(ct_evaluate_by *b);
/* ct_evaluate_by_run's column checks alone (CT_ECOLUMN, CT_ETYPE; CT_EINVAL
 * for NULL arguments), so a caller can refuse a bad column before the
 * evaluation's work (permutation importance). Reentrant. */
CT_API ct_status ct_evaluate_by_check(const ct_frame *f, const char *column, ct_diag *diag);
/* Write b as the member "by" of the object w has open (docs/formats.md). */
CT_API void ct_evaluate_by_write_json(const ct_evaluate_by *b, ct_json *w);

/* Write the result as members of the object w has open (docs/formats.md,
 * "evaluate --json"): rows, model, metrics, reliability, importance and at
 * most max_rows misclassified rows (line, id, text, label, probability). */
CT_API void ct_evaluate_write_json(const ct_model *m, const ct_frame *f,
                                   const ct_evaluate_result *r, size_t max_rows, ct_json *w);

#ifdef __cplusplus
}
#endif
#endif
