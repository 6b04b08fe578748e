/* claimtriage/triage.h — the review queue: a priority per scored row, a
 * total order on queue entries, the bounded top-N queue, streaming scoring
 * of a CSV through a model into a queue, and the merge of shard queues.
 * Layer: triage (docs/design.md).
 *
 * The order (the same everywhere, so that merging shard queues gives the
 * bytes of scoring all rows at once): higher priority first; then higher
 * probability (rows of equal priority: under reach, the rows whose views
 * and shares are both missing or 0 all have priority 0, and before
 * 2026-12-05 a near-certain opinion sat above a near-certain claim among
 * them: tests/cli/score_reach_tie_by_probability); then lower
 * status rank (the caller's ranking of a status column: for the reports
 * file banned 0, under review 1, active 2, missing 3); then the id, as a
 * string compared by length then bytes (numeric order for non-negative
 * integers without leading zeros); then the input sequence number.
 *
 * Ownership: arguments are borrowed; what a function returns through an
 * out-pointer is the caller's, freed by the named _free/_destroy (NULL
 * accepted). Thread-safety: reentrant; a queue is not shared between
 * threads. The library writes only to the streams it is given.
 */
#ifndef CLAIMTRIAGE_TRIAGE_H
#define CLAIMTRIAGE_TRIAGE_H

#include "claimtriage/common.h"
#include "claimtriage/model_file.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- priority ---- */
typedef enum ct_priority_kind {
    /* p x reach, reach = ln(1 + views + shares): the calibrated claim
     * probability times the expected reach still to come, a monotone
     * (increasing) function of views and shares; a missing count counts 0
     * (the row is flagged missing_counts): a reach not known is not
     * guessed, so a row without either count sits below every row with
     * one, ranked among its like by probability (the order's first
     * tie-break; --priority prob ranks every row by it). A file with neither count column is ranked by
     * the probability instead (ct_score_summary priority): its reach would
     * be 0 in every row */
    CT_PRIORITY_EXPECTED_REACH = 0,
    CT_PRIORITY_PROB = 1 /* the calibrated claim probability alone */
} ct_priority_kind;

/* "reach" (CT_PRIORITY_EXPECTED_REACH) or "prob". CT_EINVAL otherwise
 * (*out unchanged). ct_priority_name is the inverse. */
CT_API ct_status ct_priority_parse(const char *s, ct_priority_kind *out);
CT_API const char *ct_priority_name(ct_priority_kind k);
/* The priority of one row; views or shares NaN count as 0, negative
 * counts as 0. Always finite for p in [0, 1]. */
CT_API double ct_priority_value(ct_priority_kind k, double p, double views, double shares);

/* ---- the order and the bounded queue ---- */
typedef struct ct_triage_key {
    double priority;
    int status_rank;
    const char *id;     /* NUL-terminated; borrowed by ct_triage_cmp, copied by the queue */
    uint64_t seq;       /* input order */
    double probability; /* the calibrated claim probability: the first tie-break
                         * (added 2026-12-05, last so that older positional
                         * initialisers still compile; set it) */
} ct_triage_key;

/* < 0 when a comes before b in the queue, > 0 after, 0 only for equal keys. */
CT_API int ct_triage_cmp(const ct_triage_key *a, const ct_triage_key *b);

typedef struct ct_topn ct_topn;
/* A queue keeping the first `capacity` entries in the order above
 * (capacity 0: keep all). Memory: O(capacity) entries plus their payloads.
 * free_payload (may be NULL) frees an entry's payload when it is evicted
 * or the queue is destroyed. CT_ENOMEM. */
CT_API ct_status ct_topn_create(size_t capacity, void (*free_payload)(void *), ct_topn **out);
CT_API void ct_topn_destroy(ct_topn *q);
/* Offer an entry (key->id copied; payload taken on success). Sets *kept to
 * 1 when it is in the queue (another may have been evicted and freed), 0
 * when it came after the capacity-th entry (the payload is then NOT taken:
 * the caller frees it). CT_ENOMEM (payload not taken). A bounded queue
 * answers "will k be kept?" without a payload by ct_topn_would_keep. */
CT_API ct_status ct_topn_push(ct_topn *q, const ct_triage_key *key, void *payload, int *kept);
CT_API int ct_topn_would_keep(const ct_topn *q, const ct_triage_key *key);
/* Sort the entries into queue order (after the last push). Then
 * ct_topn_size entries, ct_topn_key(q, i) and ct_topn_payload(q, i) for
 * rank i + 1. Pointers valid until the queue is destroyed. */
CT_API void ct_topn_finish(ct_topn *q);
CT_API size_t ct_topn_size(const ct_topn *q);
CT_API const ct_triage_key *ct_topn_key(const ct_topn *q, size_t i);
CT_API void *ct_topn_payload(const ct_topn *q, size_t i);

/* ---- scoring a CSV into a queue ---- */
typedef enum ct_queue_format { CT_QUEUE_CSV = 0, CT_QUEUE_JSONL = 1 } ct_queue_format;

/* A reason for a row, in words; written by the caller's wording function
 * for one pipeline column (col) with its contribution phi on the log-odds
 * scale (the probability scale for a forest: claimtriage/trees.h), the
 * design value x (standardised, or as it is when col->raw: the trees) and
 * the raw value of its source column (NaN when not numeric or missing).
 * A row without text (its text column missing or empty) has one reason
 * for all its text columns (n-grams and lengths), and a row whose
 * categorical value is missing, or a level the model never saw, one for
 * that column's level indicators: the function is called once, for the one
 * of them with the largest contribution, with x = NaN and raw = NaN
 * (missing) or raw = +inf (unseen level), and phi the net contribution
 * of the column's features (listed only when it is above 0). These are
 * merged before the top K are cut; n-grams sharing a word take one slot
 * (the lead's function call, the others' n-grams appended), and a reason
 * below reason_min_share of the row's largest is left out, so a row can
 * have fewer than K.
 * Writes at most cap bytes with a NUL; returns 0 when the column should
 * not be named. */
typedef size_t (*ct_reason_fn)(void *user, const ct_pipeline_col *col, double phi, double x,
                               double raw, char *buf, size_t cap);

typedef struct ct_score_options {
    /* the input's columns (the model's features are the pipeline's) */
    const char *id_column;           /* required */
    const char *views_column;        /* for the reach; NULL: reach is 0 */
    const char *shares_column;       /* for the reach; NULL: no shares */
    const char *status_column;       /* NULL: every status rank is status_nlevels */
    const char *const *status_order; /* levels of status_column, best first */
    size_t status_nlevels;
    ct_priority_kind priority; /* default CT_PRIORITY_EXPECTED_REACH */
    size_t capacity;           /* default 0: every row */
    int sort;                  /* default 1; 0: input order, rank empty, no queue kept */
    size_t reasons;            /* default 3, at most 16: top K reasons */
    ct_queue_format format;    /* default CT_QUEUE_CSV */
    size_t batch_rows;         /* default 8192 */
    ct_reason_fn reason_fn;    /* default NULL: the pipeline column's name,
                                * "NAME = VALUE" for a number (its raw value),
                                * "no NAME" when the row's design value is 0
                                * (a tree's reason can be an absent term),
                                * "no SOURCE" for a row without text or
                                * without a categorical value, "SOURCE
                                * unseen" for a level never seen */
    void *reason_user;
    ct_load_options load; /* schema and the like; on_bad_row_* set by the scorer */
    /* called after each batch with bytes read and the file's size (0 when
     * unknown: standard input); may be NULL; its return value is ignored */
    ct_progress_fn progress;
    void *progress_user;
    /* called while the sorted queue is written, where each written row's
     * reasons are computed (a deep forest's exact contributions take most
     * of a score: 28 s on the reports file against a second to read it):
     * (rows written, rows to write) every 256 rows and at the end; may be
     * NULL; its return value is ignored. Not called without sort (the
     * reasons are then computed batch by batch, under progress). */
    ct_progress_fn write_progress;
    void *write_progress_user;
    /* called for each rejected row (a malformed row, a value a model column
     * cannot read, an infinite number) instead of writing its line to the
     * errors stream, when not NULL: for a reader of the stream who is a
     * person (the CLI prints them on stderr as its other messages, wrapped
     * within 100 columns, the hint on a line of its own); default NULL, the
     * errors stream gets one line a row (FILE:LINE: what (hint)). */
    void (*on_rejected)(void *user, const ct_diag *d);
    void *on_rejected_user;
    /* drift verdict: "drift" when the unseen-category share or the share of
     * rows without a known n-gram exceeds drift_share (default 0.05), or the
     * mean probability differs from validation's by more than drift_mean
     * (default 0.10, absolute) and that difference rests on evidence: more
     * than twice its standard error, and a validation set of at least
     * CT_DRIFT_MIN_VALIDATION_ROWS rows with CT_DRIFT_MIN_VALIDATION_CLASS
     * of each class (see ct_score_summary) */
    double drift_share, drift_mean;
    /* rows to score: row r of the input (0-based, counting the rows read
     * and not rejected, in file order) is scored only when r < nselect and
     * select[r] != 0; the others are counted in not_selected. NULL (the
     * default): every row. `score --split` selects the model's held-out
     * rows this way (claimtriage/evaluate.h, ct_model_split_roles). */
    const uint8_t *select;
    size_t nselect;
    /* which of views_column, shares_column and status_column must be in
     * the file (CT_SCORE_REQUIRE_* bits; default 0: none). A column the
     * user named (score --views, --shares, --status) is required: absent,
     * the stream stops with CT_ECOLUMN naming it, where an absent default
     * column only counts 0 in the reach (or leaves the status missing)
     * and is said in the summary's absent_note. */
    unsigned required_columns;
    /* columns of counts, never negative (borrowed; NULL, 0: none): a model
     * input among them holding a value below 0 flags its row
     * negative_counts, as views_column and shares_column do */
    const char *const *count_columns;
    size_t ncount_columns;
    /* a reason is listed only when its contribution is at least this share
     * of the row's largest (default 0.1, in [0, 1]; 0 lists every positive
     * one): collinear counts each add a little beside the reason that
     * decides ("low downloads: 1" at +0.08 log-odds beside "author banned"
     * at +2.25, on 1,157 of 5,000 rows before 2026-12-05). A share, not a
     * fixed amount, as a forest's contributions are probabilities and the
     * others log-odds. */
    double reason_min_share;
    /* a tally of every unseen categorical level (claimtriage/pipeline.h;
     * NULL, the default: none): each batch's rows scored are added to it,
     * in file order, so it counts each level, its rows and first line over
     * the whole file. The caller creates it on the model's pipeline and
     * frees it. Added 2026-12-06. */
    ct_unseen_tally *unseen_tally;
} ct_score_options;

enum { CT_SCORE_REQUIRE_VIEWS = 1u, CT_SCORE_REQUIRE_SHARES = 2u, CT_SCORE_REQUIRE_STATUS = 4u };

CT_API ct_score_options ct_score_options_default(void);
/* NULL when valid, else a static message naming the bad field. */
CT_API const char *ct_score_options_check(const ct_score_options *o);

/* The rows without a known n-gram of score's drift share, from a
 * transform's stats (claimtriage/pipeline.h): *text_rows gets the rows with
 * text (ps->rows less ps->missing_text), *without those of them holding no
 * n-gram of the model's vocabulary (a row without text is missing text,
 * not drift). The share is *without / *text_rows, undefined when no row
 * has text. evaluate counts them the same way (since 2026-12-05). */
CT_API void ct_score_ngram_counts(const ct_pipeline_stats *ps, uint64_t *text_rows,
                                  uint64_t *without);
/* 1 when share (of unseen categories, or of rows without a known n-gram)
 * calls drift under o: above o->drift_share (default 0.05); else 0. */
CT_API int ct_score_share_drifts(const ct_score_options *o, double share);

/* The least validation set whose mean probability can call drift alone:
 * below 100 rows, or 10 rows of either class, the mean is mostly noise (a
 * model trained on 120 rows has 24 validation rows; with 2 claims among
 * them its mean probability is about 0.09 give or take 0.06, and a backlog
 * 0.3 off it says little). The score summary reports the difference and
 * says it is too few to call drift. */
#define CT_DRIFT_MIN_VALIDATION_ROWS 100
#define CT_DRIFT_MIN_VALIDATION_CLASS 10

#define CT_SCORE_REJECT_KINDS 8

typedef struct ct_score_summary {
    uint64_t read;     /* data records seen */
    uint64_t scored;   /* rows scored (written, or ranked when capacity bounds) */
    uint64_t written;  /* rows written to the queue */
    uint64_t flagged;  /* rows scored with a data flag (of all rows scored) */
    uint64_t rejected; /* malformed rows, each reported to the error stream */
    /* of read and rejected: the lines past their first that rejected rows
     * read as one quoted field looking like rows of their own (a stray
     * quote: ct_load_stats.swallowed_lines), each a report lost */
    uint64_t swallowed;
    /* the first row rejected: its line (0 when none) and what was wrong with
     * it, as reported to the error stream after "FILE:LINE: " (the message,
     * then its likely cause in parentheses when known; cut at a character) */
    long first_rejected_line;
    char first_rejected[512];
    /* the rejected rows by kind of fault, in the order each kind was first
     * met: two rows share a kind when their faults are in the same field
     * (column 0: the whole line, as a wrong field count or NUL bytes) and
     * their messages are the same once the quoted values and the numbers
     * are masked ('1,251' and '8,335' not whole numbers in one column are
     * one kind; 13 and 11 fields where 12 are expected, another). At most
     * CT_SCORE_REJECT_KINDS kinds; rows of further kinds are counted in
     * rejected_other_kinds. rows of every kind plus rejected_other_kinds
     * is rejected. */
    struct ct_score_reject_kind {
        uint64_t rows;  /* rows rejected with this kind of fault */
        long line;      /* the first such row's line */
        long column;    /* its field, 1-based; 0: the whole line */
        int fields;     /* 1: the kind is a wrong field count */
        char kind[256]; /* the masked message: the kind's key (cut at a byte) */
        char what[512]; /* the first such row's fault, as first_rejected says it */
    } rejected_kinds[CT_SCORE_REJECT_KINDS];
    size_t nrejected_kinds;
    uint64_t rejected_other_kinds;
    uint64_t not_selected;       /* rows left out by the options' select */
    uint64_t predicted_positive; /* rows scored at or above the model's threshold */
    /* of the rows written (the queue's; fewer than scored with a capacity):
     * those with a data flag, those at or above the threshold */
    uint64_t written_flagged, written_predicted_positive;
    uint64_t categorical_values, unseen_categorical;
    uint64_t text_rows, rows_without_known_ngram;
    double mean_probability;
    /* the mean calibrated probability on the model's validation rows (its
     * metric validation/mean_probability); NaN when the model file has none */
    double validation_mean_probability;
    /* the evidence under that mean (the model file's metrics validation
     * rows and positives, written by train since 2026-12-03): -1 when the
     * model file records none (an older file, a --holdout none model) */
    int64_t validation_rows, validation_positives;
    /* the standard error of the difference of the two means:
     * sqrt(sd_v^2 / rows_v + sd_s^2 / scored), sd_v the model's metric
     * validation probability_sd (else the bound sqrt(m (1 - m))), sd_s the
     * scored probabilities' (n - 1), at least sd_v (no drift: drawn as
     * validation's were; one row scored takes sd_v); NaN when
     * validation_rows is -1 or
     * nothing was scored */
    double mean_standard_error;
    /* 1 when validation_rows < CT_DRIFT_MIN_VALIDATION_ROWS or either
     * class has fewer than CT_DRIFT_MIN_VALIDATION_CLASS rows; 0 otherwise,
     * also when the counts are unknown (then validation_rows is -1) */
    int validation_too_small;
    /* 1 when the means' difference is at most twice mean_standard_error
     * (0 when that is NaN) */
    int mean_within_noise;
    /* 1 when the verdict says drift. The mean probability alone calls it
     * only when the difference exceeds drift_mean, validation is not too
     * small and the difference is not within noise; else the verdict gives
     * the difference and why it is no call ("...but validation's mean rests
     * on 23 rows, 2 of them 'claim': too few to call drift"). A model file
     * without the counts (written before 2026-12-03) is judged on the
     * threshold alone, as before, and the verdict says the count is
     * unknown. */
    int drift;
    char verdict[512];
    /* rows scored from a file with neither the views nor the shares column
     * while the priority asked is reach: their reach would be 0 whatever
     * the probability (a queue in tie order, ignoring the model), so they
     * are ranked by the probability alone (priority below is then
     * CT_PRIORITY_PROB; before 2026-12-04 they were queued at reach 0) */
    uint64_t reach_without_counts;
    /* rows scored whose id is empty (the report had none): written with an
     * empty id, which neither merge's shard check nor queue-eval's labels
     * can match */
    uint64_t without_id;
    /* every one of the views, shares and status columns absent from the
     * file (its rows flagged missing_counts or their status missing), in
     * that order, one a line (joined by '\n'), each with "did you mean" when a column
     * differs from it only by case or spaces; "" when all are there */
    char absent_note[1536];
    /* an unseen categorical level named (ct_pipeline_unseen_note), from the
     * first batch holding one, or the first whose level differs from a
     * training level only in case or spaces; "" when none */
    char unseen_note[1024];
    /* the id column's values look rounded by a spreadsheet (every id has at
     * most 6 significant digits and some repeat: ct_frame_explain_rounded_ids
     * on the first batch that shows it), so different reports share an id
     * in the queue; "" when not */
    char id_note[640];
    /* ids on more than one row scored (the reports file holds a report
     * twice, or two reports share an id): repeated_ids distinct ids,
     * repeated_rows rows after each id's first; the first id found again
     * (cut for display, as merge's duplicate_id) with the line of its first
     * row and of that repeat. Every row is still scored and queued. The
     * check keeps each distinct id (its bytes and 50 to 120 more) until the
     * end, whatever the capacity; when memory runs out it stops there and
     * ids_checked_all is 0 (the counts cover the rows before). */
    uint64_t repeated_ids, repeated_rows;
    char repeated_id[256];
    long repeated_first_line, repeated_line;
    int ids_checked_all;
    /* the header names a column more than once, so the model reads the
     * first (ct_frame_explain_repeated_names); "" when not. Set from the
     * first batch before any column is looked up, so a run that then fails
     * has it too (the CLI says it before the error) */
    char header_note[640];
    /* rows read that are empty in every field (ct_frame_empty_rows: a
     * spreadsheet's rows of delimiters only), scored and queued as any
     * row: how many, the lines of the first and the last */
    uint64_t empty_rows;
    long empty_first_line, empty_last_line;
    /* UTF-8 byte-order marks at the start of the file (ct_load_stats
     * boms): more than one is a file given one twice, each skipped */
    int boms;
    /* the last line's number when the input ends without a line end after
     * it and that line was scored as a good row, else 0 (ct_load_stats
     * open_last_line): a file cut off there has its last values cut too
     * (45 read as 4) with no other sign, said in a note as the whole-file
     * load says it (added 2026-12-06: before, score said nothing where
     * inspect and evaluate did: tests/cli/score_last_line_no_line_end) */
    long open_last_line;
    /* ids wrapped in Excel's ="..." over the whole file
     * (ct_frame_explain_formula_ids' sentence, its counts summed over the
     * batches), which match no id written plainly; "" when none */
    char formula_note[640];
    /* the priority the queue was ranked by: the options' priority, or
     * CT_PRIORITY_PROB when it is reach and the file has neither the views
     * nor the shares column (reach_without_counts); rows flagged
     * missing_counts then only for a count missing in a row, not for the
     * absent columns, which serve nothing in that order */
    ct_priority_kind priority;
    /* rows scored holding a number or a text length outside the training
     * range (flagged out_of_range: the model extrapolates there; a model
     * file written before 2026-12-05 records no range and counts none),
     * and a note naming one such value, from the batch whose column held
     * the most ("" when none) */
    uint64_t outside_rows;
    char outside_note[512];
    /* rows scored carrying each other flag (a row may carry several, so
     * these may sum to more than flagged): missing_text, missing_counts,
     * missing_values, unseen_category, negative_counts. score.json's
     * rows.flag_rows; the report says each kind in its own words (before
     * 2026-12-05 it called every flagged row "scored from incomplete data",
     * also rows flagged out_of_range alone: tests/cli/report_flag_kinds) */
    uint64_t missing_text_rows, missing_counts_rows, missing_values_rows, unseen_category_rows,
        negative_counts_rows;
    /* rows scored whose text is present but holds no n-gram the model
     * knows (flagged no_known_words; models reading n-grams only): scored
     * as an empty text's n-grams, the numbers as read (added 2026-12-06) */
    uint64_t no_known_words_rows;
    /* rows scored without most of the model's evidence (flagged
     * no_evidence): no text (missing, or for a model reading n-grams one
     * without a known word; or a model reading none) and more than half
     * of the model's numeric inputs missing (or a model reading none), of
     * a model reading text or numbers. Each is scored from what the model
     * puts in place of what it lacks (an empty transcript's n-grams;
     * training means or a tree's path for a missing number),
     * so its probability, kept as the model gives it, is not a judgement
     * of the report and should not be trusted (on the reports file, 298
     * rows without transcript or counts scored 0.9999999996 and more). Of
     * them: those at or above the threshold, and those written; the
     * sentence saying what they lack and how they were scored ("no
     * transcript (or one holding no word the model knows) and more than
     * half of the model's 6 numbers missing: scored as a transcript without
     * a known word, with training means for the missing numbers"; "" when
     * none). Added 2026-12-05. */
    uint64_t no_evidence, no_evidence_predicted_positive, written_no_evidence;
    char no_evidence_note[320];
    /* a model input missing in more of the rows scored than in training's
     * by more than drift_share (a column empty in every row: an export that
     * lost it), the column with the largest excess in words; "" when none.
     * It calls drift. */
    char missing_drift[512];
    /* rows scored with fields read as missing for their invalid UTF-8
     * (bytes of another encoding: flagged invalid_utf8, the text scored as
     * a missing one; before 2026-12-06 such a row was rejected, left out
     * of the queue), and the first one's line and column ("" when none) */
    uint64_t invalid_utf8_rows;
    long invalid_utf8_line;
    char invalid_utf8_column[256];
    /* rows read whole (none of their bytes invalid) whose text holds valid
     * UTF-8 beyond ASCII (ct_load_stats.utf8_rows): with invalid_utf8_rows,
     * the file mixes encodings, and converting all of it from Windows-1252
     * would garble these rows (ct_load_mixed_encoding gives the hint).
     * Added 2026-12-07: score's hint converted the whole file
     * (tests/cli/score_mixed_encoding_hint). */
    uint64_t utf8_rows;
    /* a column read as decimals whose values look like counts grouped by
     * '.' (ct_reader_dot_groups_note: "4.133" for 4,133, with
     * --thousands=.); "" when none. Added 2026-12-06. */
    char dot_groups_note[1024];
    /* the rows scored that the model was fitted or tuned on (its train and
     * validation rows, by content: ct_model_seen_count), whose
     * probabilities are optimistic. Only a row with a label can be
     * matched (every training row had one): seen_labelled counts the rows
     * scored with a label, and seen_checked is 1 when some were counted:
     * the model records those rows, the file has every column they are
     * keyed on and a row scored has a label; 0 otherwise, with seen_absent
     * the first such column the file lacks (the label column, which a
     * queue to triage usually lacks; "" when the model records none or the
     * column is there but empty). Added 2026-12-07. */
    int seen_checked;
    uint64_t seen_in_training, seen_labelled;
    char seen_absent[256];
    /* rows scored whose label differs from the model's positive only in
     * letter case or spaces ('CLAIM', 'claim ' for 'claim':
     * ct_textwidth_label_same), and the first such label as written ("" when
     * none). Labels are compared as text, as evaluate compares them with
     * the positive (it refuses a file whose positive is so written): such
     * a row's key cannot match the row the model recorded, so it is not
     * counted in seen_labelled. When no row holds the positive as written
     * and no other row matched, the file's labels were likely written
     * otherwise (the other class's too, whose name the model does not
     * record), so nothing is checked: seen_checked 0.
     * Added 2026-12-07: such a file read "0 rows seen" without a word
     * (tests/cli/score_seen_labels_other_case). */
    uint64_t seen_label_variant_rows;
    char seen_label_variant[256], seen_positive[256]; /* the model's positive, then */
} ct_score_summary;

/* Output columns (CSV header; jsonl keys the same):
 *   rank, id, priority, probability, predicted, status, flags, reasons
 * rank 1.. (empty with sort = 0), id as in the input (cut at 4,095 bytes), priority and
 * probability as shortest round-trip floats, predicted 1/0 at the model's
 * threshold, status the status column's value, flags ";"-joined
 * (missing_text, missing_counts, missing_values, unseen_category,
 * negative_counts: a view or share count below 0, which counts 0 in the reach,
 * or a value below 0 in a count the model reads, o->count_columns;
 * out_of_range: a number or text length outside the training range;
 * no_evidence: no text and more than half the numbers missing, see
 * ct_score_summary no_evidence; no_known_words: a text present holding no
 * n-gram the model knows), reasons "; "-joined in decreasing
 * contribution, a no_evidence row's led by what it lacks and how it was
 * scored ("no transcript: scored as an empty transcript, which this model
 * reads as not 'claim'", one of the K), a no_known_words row's by
 * "transcript holds no word the model knows: its n-grams scored as an
 * empty transcript's".
 * Reads `path` ("-": stdin) in batches; malformed rows are reported to
 * errors (one line each: FILE:LINE: what) and skipped, counted in
 * rejected; scoring goes on. Returns CT_OK; CT_EINVAL (options, a model
 * without pipeline or estimator), CT_ECOLUMN (a named or feature column
 * absent), CT_ETYPE (a feature column of the wrong type; a views or shares
 * column that is not numeric under the reach priority; a status column
 * named with status_column's CT_SCORE_REQUIRE_STATUS that is numeric), CT_EFORMAT (the
 * model's stored calibration is unusable; the reader's: not delimited
 * text, corrupt gzip), CT_EDATA (the header is not valid CSV), CT_EIO
 * (reading, or writing out), CT_EEMPTY (no header), CT_ENOMEM. sum (may be
 * NULL) is filled on error too. The queue bytes depend only on the input
 * rows and the options, never on ct_threads() or the batch size. Threads:
 * the sorted queue's reasons (each row's exact contributions) are computed
 * on up to ct_threads() threads, 256 rows at a time, each row alone; the
 * model is only read and o->reason_fn is called on the calling thread. */
CT_API ct_status ct_score_stream(const ct_model *m, const char *path, const ct_score_options *o,
                                 FILE *out, FILE *errors, ct_score_summary *sum, ct_diag *diag);

/* What a merge read and found (ct_queue_merge fills it when not NULL). */
/* The empty queues a merge summary names by index (more are counted). */
#define CT_QUEUE_MERGE_EMPTY_MAX 16

typedef struct ct_queue_merge_summary {
    uint64_t rows_in, rows_out;
    /* the priority spec inferred from the rows (a queue records no spec):
     * "prob" when every row with probability > 0 has priority equal to its
     * probability, "reach" when such rows' priority differs (p x ln(1 +
     * views + shares) equals p only when views + shares = e - 1, which counts
     * never are); NULL when no row tells (every probability 0) */
    const char *priority;
    /* ids that occur more than once inside one file, or (one_input) in
     * the parts of one input (score copies its input's ids; the merge keeps
     * every copy): the distinct ids that repeat, the rows after each one's
     * first, and the id whose second row comes first in file order (then
     * queue line order): its first row's file and line, and its second's */
    uint64_t duplicate_ids_within;
    uint64_t duplicate_rows_within;
    char duplicate_id[256];
    char duplicate_file[512];
    long duplicate_line;
    char duplicate_other_file[512];
    long duplicate_other_line;
    /* rows per file: min and max, and how many files hold the max (two or
     * more queues of one row count, the largest, hint at score --capacity:
     * shards cut at N hold N rows each, but for those with fewer reports).
     * file_rows_max and files_at_max count the ranked queues only: an
     * unranked one (score --no-sort, which refuses --capacity) was never
     * cut; files_unranked counts those (before 2026-12-05 every queue) */
    uint64_t file_rows_min, file_rows_max;
    uint64_t files_at_max;
    uint64_t files_unranked;
    /* rows with an empty id (their reports had none): never in the
     * duplicate check, so shards sharing such a report are not detected */
    uint64_t rows_without_id;
    /* the first file of 10 rows or more none of which has a reason
     * (likely score --reasons 0; a row lists only positive contributions,
     * so a few rows may have none) and the first whose rows have them (""
     * when none): both set, the merged queue's rows differ in their
     * reasons */
    char file_without_reasons[512];
    char file_with_reasons[512];
    /* among files with 10 rows or more that have reasons: the fewest and the most reasons
     * a file's rows give at most (0 when none has), and the first file of
     * each; fewest < most: the shards were likely scored with other
     * --reasons K (a row lists only positive contributions, so a small
     * shard may give fewer than K) */
    size_t reasons_fewest, reasons_most;
    char file_reasons_fewest[512];
    char file_reasons_most[512];
    /* rows whose id reads as a number in scientific notation (5.81323E+09:
     * a queue re-saved by a spreadsheet, which rounds long numbers so), and
     * the first such row in file order: its id, file and line */
    uint64_t scientific_ids;
    char scientific_id[64];
    char scientific_file[512];
    long scientific_line;
    /* rows whose id is a whole number written as a float ("5813227867.0":
     * pandas re-saves an integer column holding an empty cell as float),
     * compared as the integer id ("5813227867") in the duplicate check and
     * written as read; the first such row in file order: its id, file, line */
    uint64_t float_ids;
    char float_id[64];
    char float_file[512];
    long float_line;
    /* ids of one file that another file holds but for leading zeros
     * ("00123" beside "123": a re-save that read the ids as numbers
     * dropped them). Leading zeros make another id, so both rows are
     * merged; the first such id (its file, line) and the other file's */
    uint64_t zero_ids;
    char zero_id[64], zero_other_id[64];
    char zero_file[512], zero_other_file[512];
    long zero_line, zero_other_line;
    /* ranked queues likely cut with score --capacity (a queue records no
     * capacity): a queue whose last row (its lowest in the queue order) is
     * above more rows of the other queues merged below it than a whole
     * shard of a random split leaves (about others / (rows + 1); a cut
     * one is suspected beyond 10 times that plus 10). cut_files such
     * queues; of them, the one whose last row ranks highest in the merged
     * queue: its file, rows, the rows merged below its last and the
     * whole-shard estimate; cut_exact_top the merged rows down to the
     * highest last row of the queues with more rows below than a whole
     * shard leaves (the merged queue is exact in them), cut_top_file its. 0 / "" when none (since
     * 2026-12-06; before, equal row counts were taken for a cut:
     * tests/cli/merge_cut_by_last_row) */
    uint64_t cut_files;
    /* ranked queues holding fewer rows than the most, N, but N - 1 or
     * within 1% of N: shards of an even split (numpy's array_split, split
     * -n), whole; with such a queue, queues of N rows are not taken for a
     * cut at N (before 2026-12-06 4,846/4,846/4,845/4,845 rows were) */
    uint64_t files_near_max;
    char cut_file[512];
    char cut_top_file[512]; /* the queue whose last row bounds cut_exact_top */
    uint64_t cut_file_rows, cut_rows_below, cut_exact_top;
    double cut_rows_expected;
    /* cut_file's rows stand together in the merged order: of the other
     * queues' rows, only cut_block_others (fewer than a tenth of its own)
     * stand between its first row and its last, as when the shards were
     * split by priority. A whole shard of such a split is above the lower
     * shards' rows as a cut one is, so the rows cannot tell a cut from a
     * whole shard (since 2026-12-07: tests/cli/merge_priority_split_not_cut) */
    int cut_block;
    uint64_t cut_block_others;
    /* queues of a header alone (score's queue of a batch of no reports):
     * how many, and the indices into paths of the first
     * CT_QUEUE_MERGE_EMPTY_MAX of them, in the order given (since
     * 2026-12-07, each named whenever one is: tests/cli/merge_empty_shards_named) */
    uint64_t files_empty;
    size_t empty_files[CT_QUEUE_MERGE_EMPTY_MAX];
} ct_queue_merge_summary;

/* Merge queues written by ct_score_stream (CSV) into the one queue that
 * scoring all their rows at once gives (capacity 0: every row), ranks
 * renumbered: the same bytes. status_order as in the options. Before any
 * byte is written every file is read and checked:
 *   CT_EFORMAT: not a queue file by the rule ct_queue_labels_join reads
 *     queues by too (docs/formats.md, "Queues": the header, a claimtriage
 *     model file or --json output named as such, a rank neither empty nor
 *     a whole number from 1), a record cut or edited, a
 *     JSONL queue (score --format jsonl; the message says so), a file whose
 *     rows are of both priority specs (edited or joined by hand), a
 *     priority or probability not written as score writes numbers (digits,
 *     a fraction, an exponent: no sign, hexadecimal or space), a ranked
 *     file whose priority rises along its ranks (edited by hand or not
 *     written by score; since 2026-12-05);
 *   CT_EDATA: two files of different priority specs (above; the message
 *     names both files), or one id in two files (the files overlap, or one
 *     file was given twice; the message names the id and both files; rows
 *     with an empty id are not checked, only counted in sum). Ids compare
 *     by their key (docs/formats.md, "Ids"): the text without the spaces
 *     around it, without ',' grouping thousands ("1,234" is "1234"), and a
 *     whole number written as a float, "123.0", is the id "123" (a pandas
 *     re-save; counted in sum->float_ids); "00123" is not "123".
 * CT_EIO, CT_ENOMEM. Memory: O(capacity) queue rows plus every row's id (for
 * the duplicate check). sum may be NULL. Thread-safe on distinct outputs. */
CT_API ct_status ct_queue_merge(const char *const *paths, size_t npaths, size_t capacity,
                                const char *const *status_order, size_t status_nlevels, FILE *out,
                                ct_queue_merge_summary *sum, ct_diag *diag);
/* ct_queue_merge of queues that score wrote on parts of ONE input file
 * (one_input nonzero: its records cut into byte ranges, as
 * scripts/dask_score.py does), given in the input's order. An id in two
 * files is then a report the input holds more than once, which scoring the
 * whole input queues once per row: every copy is kept and counted in
 * sum->duplicate_ids_within, as an id twice in one file, instead of
 * CT_EDATA. With one_input 0 it is ct_queue_merge. */
CT_API ct_status ct_queue_merge_parts(const char *const *paths, size_t npaths, size_t capacity,
                                      const char *const *status_order, size_t status_nlevels,
                                      int one_input, FILE *out, ct_queue_merge_summary *sum,
                                      ct_diag *diag);

/* 1 when f's columns are those of a queue score writes (rank, id,
 * priority, probability, predicted, status, flags, reasons, and model
 * when written after 2026-12-02), in that order: a queue given where a
 * reports file is read (train, queue-eval --labels), which the callers
 * name as such rather than a reports column it lacks. 0 otherwise. */
CT_API int ct_queue_columns_are(const ct_frame *f);
/* When f is such a queue, *diag (when not NULL) gets CT_ECOLUMN, f's
 * source as its file, the message "this file is a queue score wrote (its
 * header is score's: rank, id, priority, ...), not NOT_WHAT" ("a reports
 * file", "the reports file with the labels") and hint (NULL: none), and 1
 * is returned: the one sentence train, evaluate, score, eda, test,
 * regress and queue-eval --labels say, first and alone, of a queue given
 * where they read reports (before 2026-12-05 queue-eval warned about the
 * queue's views column first, and score, evaluate, eda, test and regress
 * listed the reports columns it lacks: tests/cli/files_queue_given_named).
 * 0 otherwise, *diag untouched. */
CT_API int ct_queue_given_diag(const ct_frame *f, const char *not_what, const char *hint,
                               ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
