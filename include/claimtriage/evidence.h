/* claimtriage/evidence.h — the rows of a frame that lack the model's
 * evidence, by score's own rule, and the metrics of an evaluation on the
 * rows that have it.
 * Layer: triage (docs/design.md; the user's guide is docs/evaluate.md).
 *
 * A row lacks evidence (score's no_evidence flag, claimtriage/triage.h
 * ct_score_summary) when it has no text (or the model reads none) and more
 * than half of the model's numeric inputs are missing (or it reads none),
 * of a model that reads text or numbers. The rule is score's
 * (src/lib/triage/score_evidence.c), applied here to a loaded frame, so
 * evaluate and score count the same rows. Such a row is scored from what
 * the model puts in place of its missing values, not from the report:
 * metrics mixing them in say little of the model on reports with data.
 *
 * Ownership: arguments are borrowed; the result is a plain struct the
 * caller owns. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_EVIDENCE_H
#define CLAIMTRIAGE_EVIDENCE_H

#include "claimtriage/common.h"
#include "claimtriage/evaluate.h"
#include "claimtriage/frame.h"
#include "claimtriage/metrics.h"
#include "claimtriage/model_file.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_evidence_split {
    /* 0: the model reads neither text nor a number, so no row can lack
     * evidence (the counts below are 0 and said as undefined) */
    int defined;
    size_t rows;                  /* rows of the frame */
    size_t no_evidence;           /* rows lacking evidence */
    size_t no_evidence_labelled;  /* of them, rows with a label */
    size_t no_evidence_positive;  /* of them, labelled positive */
    size_t no_evidence_predicted; /* of them, predicted positive */
    /* the model's errors among them (labelled rows): missed positives
     * and false alarms at the model's threshold */
    size_t no_evidence_fn, no_evidence_fp;
    /* the labelled rows with evidence and their positives */
    size_t with_labelled, with_positive;
    /* every metric on the labelled rows with evidence, at the model's
     * threshold (claimtriage/metrics.h); valid when has_metrics: some
     * labelled row lacks evidence and another has it (otherwise they are
     * the evaluation's own metrics, or none) */
    int has_metrics;
    ct_metrics_binary with;
} ct_evidence_split;

/* Flag each row of f lacking m's evidence: lacking (ct_frame_nrows(f)
 * bytes, may be NULL) gets 1 for such a row, 0 otherwise; *n (may be NULL)
 * their count. A source column f lacks counts as present (evaluate refuses
 * such a file before). Returns 0 when the model reads neither text nor a
 * number (every row 0), 1 otherwise; -1 when out of memory. */
CT_API int ct_evidence_rows(const ct_model *m, const ct_frame *f, uint8_t *lacking, size_t *n);

/* Score's rule on counts alone, for a row of a model reading n_text text
 * columns and n_num numeric ones (neither text nor categorical), of which
 * the row lacks text_missing and num_missing: 1 when it lacks the
 * model's evidence, 0 when not (also when the model reads neither), -1
 * when out of memory. The report applies it to inspect's missing-value
 * patterns (the rows without a label: all lacking evidence on the reports
 * file). */
CT_API int ct_evidence_lacking(size_t n_text, size_t n_num, size_t text_missing,
                               size_t num_missing);

/* The evidence split of an evaluation r of m on f (ct_evaluate_run): the
 * rows lacking evidence, how many are labelled, positive and predicted
 * positive, and every metric on the labelled rows with evidence. CT_OK,
 * CT_ENOMEM, or ct_metrics_binary_compute's errors. */
CT_API ct_status ct_evidence_split_compute(const ct_model *m, const ct_frame *f,
                                           const ct_evaluate_result *r, ct_evidence_split *out,
                                           ct_diag *diag);

#ifdef __cplusplus
}
#endif

#endif
