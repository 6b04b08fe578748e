/* claimtriage/model_file.h — the model: a fitted feature pipeline, an
 * estimator (family + fitted state), the calibration, the decision
 * threshold, metrics and the reproducibility block; and its file, written
 * atomically and loaded with every byte checked.
 * Layer: models (docs/design.md).
 *
 * The file (docs/formats.md, "Model file"): a JSON artifact (claimtriage/
 * artifact.h) with command "model" and schema_version 1, then
 *   "crc32": "xxxxxxxx"   CRC-32 (zlib's crc32, the gzip/PNG polynomial) of
 *                         the payload's bytes exactly as written, from its
 *                         '{' to its '}', as 8 lower-case hex digits
 *   "payload": {...}      label, pipeline, estimator, calibration,
 *                         threshold, metrics, reproducibility
 * Data only: names, numbers (%.17g, read back bit-identical) and strings;
 * no code, no pointers. Any edit of the payload — a flipped bit, a cut —
 * fails the checksum or the parse.
 *
 * Loading checks, in order, each failure a CT_EFORMAT with a message that
 * says what is wrong: the file is not empty; it is JSON (a cut file is
 * "truncated"); it is a claimtriage artifact of kind "model" (else
 * "not a claimtriage model file"); its schema_version is not newer than
 * CT_MODEL_SCHEMA_VERSION ("written by a newer claimtriage"); the checksum
 * matches ("damaged or edited"); every member is present, well typed and
 * consistent (the estimator's column count equals the pipeline's, the
 * family is known, calibration parameters are valid, the threshold is in
 * [0, 1]). A file that loads predicts exactly what the saved model did.
 *
 * Ownership: a ct_model owns everything it points at (the pipeline, the
 * estimator state, the strings and arrays) and ct_model_free frees it all;
 * set fields to memory from ct_malloc/ct_strdup. Thread-safety: reentrant;
 * a loaded model is read-only and may be shared.
 */
#ifndef CLAIMTRIAGE_MODEL_FILE_H
#define CLAIMTRIAGE_MODEL_FILE_H

#include "claimtriage/common.h"
#include "claimtriage/estimator.h"
#include "claimtriage/pipeline.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CT_MODEL_KIND "model"
#define CT_MODEL_SCHEMA_VERSION 1

/* A metric as computed by train/evaluate: split ("cv", "validation",
 * "test", ...), name (scikit-learn's: "roc_auc", "average_precision",
 * "recall", ...) and value (NaN: undefined, written as null). */
typedef struct ct_model_metric {
    char split[32];
    char name[48];
    double value;
} ct_model_metric;

typedef struct ct_model {
    /* what is predicted: P(target == positive); id names rows */
    char *target, *positive, *id;
    ct_pipeline *pipeline;
    const ct_estimator_type *type; /* the family (static table) */
    void *estimator;               /* its fitted state; freed with type->destroy */
    /* calibration of the estimator's probability: method "none", "platt"
     * (p = 1 / (1 + exp(platt_a · s + platt_b)), s the raw log-odds, as
     * Platt 1999 and sklearn's CalibratedClassifierCV(method='sigmoid')) or
     * "isotonic" (piecewise linear through (iso_x[k], iso_y[k]), iso_x
     * increasing scores, iso_y non-decreasing in [0, 1], clipped at both
     * ends, as sklearn's IsotonicRegression(out_of_bounds='clip')). The
     * score s is the raw log-odds when calibration_logodds is 1 (always for
     * Platt; isotonic of lr and gbdt), the raw probability when 0 (isotonic
     * of rf, and of model files written before the key existed). */
    char calibration[16];
    int calibration_logodds;
    double platt_a, platt_b;
    double *iso_x, *iso_y;
    size_t niso;
    /* isotonic: the tie-break weight w (claimtriage/calibrate.h: p = (1 -
     * w) iso(s) + w u(s), strictly increasing); 0 in files written before
     * 2026-12-02, whose probabilities stay sklearn's steps */
    double iso_tie_break;
    double threshold;     /* predict positive when calibrated p >= threshold */
    char *threshold_rule; /* how it was chosen, e.g. "default 0.5", "recall >= 0.99" */
    ct_model_metric *metrics;
    size_t nmetrics;
    /* reproducibility */
    char *input_hash; /* of the training file, e.g. "crc32:1a2b3c4d" or a sha256 */
    /* of the training file's inflated content when it was gzip compressed
     * (ct_sha256_content), NULL otherwise; file key "input_content_hash" of
     * the reproducibility block, present only then */
    char *input_content_hash;
    /* the training file's loader accounting (ct_load_stats: rows_used =
     * rows_read - rows_skipped, rows_skipped the bad rows skipped; older
     * files counted the unlabelled rows as skipped, not as used) */
    uint64_t rows_read, rows_used, rows_skipped;
    /* of rows_used, the rows without a label, not trained on; file key
     * "unlabelled" of the reproducibility block (absent in older files: 0) */
    uint64_t unlabelled;
    uint64_t seed;
    /* the train, validation and test fractions of the stratified split the
     * model was selected on (ct_folds_holdout with `seed`, over the labels
     * of the training file): with the training file it gives the model's
     * held-out rows back (ct_model_split_roles, claimtriage/evaluate.h).
     * All 0: not recorded (--holdout none, or a file written before 0.1.0
     * recorded it). File key "holdout" of the reproducibility block, an
     * array of three numbers or null. */
    double holdout[3];
    /* 1: the split kept the rows sharing an id (column `id`) in one set
     * (ct_holdout_options.groups), so its held-out rows are found again
     * with the same groups; 0: the row split (no id repeated, no id column,
     * or a file written before 2026-12-05). File key "holdout_grouped" of
     * the reproducibility block, true, written only when 1. */
    int holdout_grouped;
    int threads;
    char *tool_version;
    char *command_line;
    /* the model's identity, 8 lower-case hex digits: zlib's CRC-32 of the
     * file's payload up to its reproducibility block (what was fitted,
     * calibrated and measured; not the thread count or the command line,
     * so models trained alike with any --threads share it), set by
     * ct_model_file_load; "" for a model not read from a file. score
     * writes it on every queue row (column "model") so that merge can
     * refuse shards of different models. */
    char fingerprint[9];
    /* the training rows' order-independent digest (ct_frame_rows_digest of
     * the frame train loaded, "rowsum:" and 32 hex digits), so that
     * evaluate knows the training rows in another order (a shuffled or
     * re-sorted copy) as it knows a byte copy by input_hash; "" when not
     * recorded (a model file written before 2026-12-06, or a model not
     * trained by train). File key "rows_digest" of the reproducibility
     * block, present only when recorded; not part of the fingerprint. */
    char rows_digest[CT_FRAME_ROWS_DIGEST_SIZE];
    /* the rows train fitted the model on or made a choice on (its train
     * and validation sets; with --holdout none every labelled row), by
     * content: the low CT_MODEL_SEEN_BITS bits of ct_frame_row_keys over
     * the columns seen_columns[0..nseen_columns) (the label, then the
     * model's input columns), distinct and ascending in seen_rows[0..
     * nseen_rows), so that evaluate counts the rows of any file that the
     * model was trained on (ct_model_seen_count). nseen_columns 0: not
     * recorded (a model file written before 2026-12-07, or a model not
     * trained by train). File key "seen_rows" of the reproducibility
     * block, present only when recorded; not part of the fingerprint. */
    char **seen_columns;
    size_t nseen_columns;
    uint64_t *seen_rows;
    size_t nseen_rows;
} ct_model;

/* Bits of a row key kept in ct_model.seen_rows: with n rows recorded, a
 * row the model never saw matches one by chance with probability about
 * n / 2^48 (4e-10 for 100,000 rows). */
#define CT_MODEL_SEEN_BITS 48

/* Records in m the rows rows[0..n) of f as the rows it was trained on:
 * m->seen_columns set to columns[0..ncols) (copied), m->seen_rows to the
 * distinct low CT_MODEL_SEEN_BITS bits of those rows' ct_frame_row_keys
 * over them, ascending; any earlier record is replaced. A column f lacks
 * keys as missing. CT_OK, CT_EINVAL (NULL m or f, no column), CT_ENOMEM
 * (m then records none). */
CT_API ct_status ct_model_seen_record(ct_model *m, const ct_frame *f, const char *const *columns,
                                      size_t ncols, const size_t *rows, size_t n);
/* Of rows[0..n) of f (rows NULL: every row), how many are among the
 * model's seen_rows (the rows it was trained on, matched by content: the
 * values of seen_columns, looked up by name in f, a column f lacks read
 * as missing), into *seen; flags (n bytes, may be NULL) gets 1 for each
 * such row, 0 for the others. Returns 0; -1 when the model records no
 * seen rows (*seen 0, flags all 0) or when out of memory. Reentrant. */
CT_API int ct_model_seen_count(const ct_model *m, const ct_frame *f, const size_t *rows, size_t n,
                               size_t *seen, uint8_t *flags);
/* The first of m's seen_columns that f lacks (by name; a pointer into m,
 * valid while m is), or NULL when f has them all or m records no seen
 * rows. A row key reads such a column as missing, so no row of f could
 * match a training row (every one was labelled): a file without the label
 * column cannot be checked, and callers say so rather than count 0
 * (docs/formats.md, "seen_rows"). Added 2026-12-07. Reentrant. */
CT_API const char *ct_model_seen_absent(const ct_model *m, const ct_frame *f);

/* An empty model: no pipeline or estimator, calibration "none", threshold
 * 0.5, tool_version ct_version(). NULL when out of memory. */
CT_API ct_model *ct_model_create(void);
CT_API void ct_model_free(ct_model *m);

/* The estimator family named name ("lr"), or NULL when this build has none. */
CT_API const ct_estimator_type *ct_estimator_find(const char *name);

/* Raw (uncalibrated) probabilities of rows[0..n) of f (rows NULL: every
 * row) into p (n doubles, or ct_frame_nrows(f) with rows NULL): the
 * pipeline's design, then the estimator. stats may be NULL. Statuses of
 * ct_pipeline_transform and of predict_proba; CT_EINVAL for a model
 * without pipeline, type or estimator. */
CT_API ct_status ct_model_predict_raw(const ct_model *m, const ct_frame *f, const size_t *rows,
                                      size_t n, double *p, ct_pipeline_stats *stats, ct_diag *diag);

/* Write the model file to fp (not closed; flushed). CT_EINVAL (no
 * pipeline, type or estimator; a missing target or positive; a seed above
 * 2^63 - 1, which the file's int64 integers cannot hold), CT_EIO
 * (write error), CT_ENOMEM, CT_EINTERNAL (a bug: the text written lacks
 * its crc32 or payload member, or the JSON writer found it unbalanced).
 * No diag: ct_model_file_save words them. */
CT_API ct_status ct_model_file_write(FILE *fp, const ct_model *m);
/* Write the model file at path atomically (claimtriage/atomic_file.h): to
 * a temporary ".NAME.tmp-PID-N" in the same folder, then renamed over path;
 * on any error the temporary file is removed and path is untouched. No
 * fsync: safe against an interrupted write, not against a power loss.
 * CT_EIO (with the reason: the folder is not writable, the disk is full),
 * CT_EINVAL (path empty or "-": claimtriage/atomic_file.h), plus
 * ct_model_file_write's statuses. */
CT_API ct_status ct_model_file_save(const char *path, const ct_model *m, ct_diag *diag);
/* Load a model file (the checks above): path "-" reads standard input, and
 * a FIFO or pipe (`<(zcat m.ctm.gz)`) is read to its end. CT_EIO
 * (unreadable, a directory, a device), CT_EFORMAT (also a file over
 * 1 GiB), CT_ENOMEM. *out NULL on error. ct_model_file_load_mem: the same but CT_EIO. */
CT_API ct_status ct_model_file_load(const char *path, ct_model **out, ct_diag *diag);
/* The same from text[0..len); name labels the diagnostics. */
CT_API ct_status ct_model_file_load_mem(const char *text, size_t len, const char *name,
                                        ct_model **out, ct_diag *diag);
/* 1 when path names a regular file that is a model file by its first
 * 4,096 bytes (an artifact whose command is "model", ct_artifact_sniff), or
 * a gzip file named *.ctm.gz; 0 otherwise (also path NULL or "-", a FIFO,
 * a device or a folder: nothing is read that could be read only once). A
 * sniff, not a check: ct_model_file_load still decides. Used to name model
 * files in a folder given as -m and a model given as the data FILE.
 * Thread-safe; reads at most 4,096 bytes. */
CT_API int ct_model_file_sniff(const char *path);

#ifdef __cplusplus
}
#endif
#endif
