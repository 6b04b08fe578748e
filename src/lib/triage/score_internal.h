/* score_internal.h — the scorer's state shared by score.c (reading,
 * predicting, ranking) and score_write.c (reasons and output). */
#ifndef CT_TRIAGE_SCORE_INTERNAL_H
#define CT_TRIAGE_SCORE_INTERNAL_H

#include "claimtriage/csv.h"
#include "claimtriage/evaluate.h"
#include "claimtriage/triage.h"
#include "triage/idset.h"

#define CT_SCORE_MAX_REASONS 16
#define CT_SCORE_ID_MAX 4096 /* ids are cut at 4,095 bytes (triage.h) */
#define CT_SCORE_REASON_MAX 160

enum {
    CT_FLAG_MISSING_TEXT = 1,
    CT_FLAG_MISSING_COUNTS = 2,
    CT_FLAG_MISSING_VALUES = 4,
    CT_FLAG_UNSEEN = 8,
    CT_FLAG_NEGATIVE_COUNTS = 16, /* a view or share count below 0: counts 0 in the reach */
    CT_FLAG_OUT_OF_RANGE = 32,    /* a number or text length outside the training range */
    CT_FLAG_NO_EVIDENCE = 64,     /* most of the model's evidence missing (score_evidence.c) */
    /* a text present but holding no n-gram the model knows, of a model
     * reading n-grams: scored as an empty text's n-grams (score_evidence.c) */
    CT_FLAG_NO_KNOWN_WORDS = 128,
    /* a field held bytes that are not UTF-8 (another encoding): read as
     * missing, so the row is scored as one without that value */
    CT_FLAG_INVALID_UTF8 = 256
};

/* What a row holds in one of the model's source columns, for its reasons
 * (kept.srcstate): a value the model knows, none, or a level it never saw.
 * A tree's contributions for a missing or unseen column are what the
 * column's absence gives its features ('transcript lacks "my"', every
 * level indicator 0: "author not verified"); said as such, once (before
 * 2026-12-04 a tree said "author not verified" for 'Verified' or an empty
 * status: tests/cli/score_reasons_unseen_level). */
enum { CT_SRC_KNOWN = 0, CT_SRC_MISSING = 1, CT_SRC_UNSEEN = 2 };

/* A row that may reach the output. */
typedef struct kept {
    double prob;
    unsigned flags;
    char *status; /* NULL: missing */
    size_t nnz;   /* its design row */
    uint32_t *idx;
    double *val;
    double *raw;             /* raw value of each numeric feature (score_ctx.nnum) */
    unsigned char *srcstate; /* per source column (score_ctx.nsrc): CT_SRC_* */
} kept;

typedef struct score_ctx {
    const ct_model *m;
    ct_calibrator *cal; /* the model's calibration, built once (NULL: none) */
    const ct_score_options *o;
    FILE *out, *errors;
    ct_csv_writer *csv;
    ct_topn *q;
    uint64_t seq;
    uint64_t batches; /* row batches read so far (0 at the end: a header-only file) */
    double *p;
    uint8_t *unseen; /* pcap: the batch row holds a level the model never saw */
    int opened;      /* the writer is open (the header written): writer_once */
    size_t pcap;
    double *phi; /* ncols + 1 */
    double prob_sum;
    double prob_sq_sum; /* the squares' sum: the scored mean's standard error */
    ct_score_summary sum;
    uint64_t row; /* rows of the input seen so far (not rejected): o->select's index */
    uint64_t rejected_infinite; /* rows refused for an infinite number: counted as rejected */
    size_t *sel;                /* a batch's selected rows (o->select) */
    size_t selcap;
    /* the pipeline's distinct source columns */
    const char **src_name;
    int *src_is_text;
    int *src_is_level; /* a categorical column (its level indicators) */
    size_t *col_src;   /* pipeline column -> its source column */
    const ct_column **srccol;
    /* per source column, fetched once a batch (row_flags): missing flags,
     * and codes (NULL: not categorical) */
    const uint8_t **srcmiss;
    const int32_t **srccodes;
    /* per source column: 1 when it is one of o->count_columns (a count,
     * never negative), and its values fetched once a batch */
    uint8_t *src_is_count;
    const double **srcf64;
    int *status_of_code; /* a batch's status column's levels: status_rank's */
    size_t status_cap;
    size_t nsrc;
    int unseen_near; /* sum.unseen_note names a level near a training one */
    /* labelled rows whose label is the model's positive as written (the
     * seen-rows check: none, while sum.seen_label_variant_rows are, means
     * the labels were written otherwise) */
    uint64_t seen_positive_rows;
    int has_text;
    /* the model's evidence (score_evidence.c): its text source columns and
     * its numeric ones (neither text nor categorical) */
    size_t ntext_src, nnum_src;
    /* it reads the text's n-grams, its lengths; per pipeline column, an
     * n-gram (a row without a non-zero one holds no word the model knows) */
    int reads_ngrams, reads_lengths;
    unsigned char *col_is_ngram;
    /* numeric and length features: q-th is pipeline column num_col[q],
     * source num_src[q] */
    size_t *num_src, *num_col, nnum;
    size_t *col_num; /* pipeline column -> q, SIZE_MAX when not numeric */
    /* per q: 0 a numeric column's value; 1, 2 a length feature's count of
     * its text's code points, words (ct_text_length): the reason's number */
    unsigned char *num_len;
    triage_idset ids; /* the ids scored, for the repeated-id check */
    int ids_stopped;  /* out of memory for it: the check stopped */
    /* ="..." ids over every batch (ct_frame_find_formula_ids): the column
     * of the first batch holding one, the counts summed over the batches
     * that hold it, the first's line and text (cut); the values counted
     * over every batch, as the loader counts them over the file */
    size_t formula_col;
    char formula_name[256];
    uint64_t formula_n;
    uint64_t *col_values;  /* each column's values (not missing) so far */
    uint8_t *outside;      /* a batch's rows outside the training range (pcap) */
    uint64_t *src_missing; /* per source column: the rows scored where it is missing */
    size_t outside_best;   /* the most values outside the range one batch's column held */
    size_t col_values_n;
    long formula_line;
    char formula_first[48];
    size_t formula_first_len;
    /* lines of the rows read with fields made missing for invalid UTF-8
     * (the loader's on_mended_fn), in file order, not yet met by a batch
     * from mended_head on */
    long *mended;
    size_t mended_n, mended_cap, mended_head;
    int mended_nomem; /* out of memory for the list: the run fails */
    int mended_any;   /* the first such row's line and field (0-based) */
    long mended_line0;
    size_t mended_field0;
} score_ctx;

/* The id of row i as text into buf (cap >= 32): a string id as is, a
 * numeric one as its exact integer; "" when missing. */
const char *triage_id_text(const ct_column *c, size_t i, char *buf, size_t cap);
/* x in decimal into buf (at least 21 bytes), NUL-terminated: the bytes of
 * snprintf's "%lld". */
void triage_i64_text(int64_t x, char *buf);
/* The (at most K) columns j of phi[0..p) with phi[j] > 0 and the largest
 * values, largest first (ties: the lower column first), into top[]; their
 * count. */
size_t score_top_reasons(const double *phi, size_t p, size_t K, size_t *top);
ct_status score_writer_open(score_ctx *c, ct_diag *diag);
/* A row's reasons before they are put in words: the (at most K) columns
 * with the largest positive contributions, largest first, and those
 * contributions; st the contributions' status. */
#define CT_SCORE_REASON_ALSO 3 /* n-grams said with a slot's lead n-gram */
typedef struct score_reasons {
    size_t n;
    size_t top[CT_SCORE_MAX_REASONS];
    double phi[CT_SCORE_MAX_REASONS];
    /* n-grams sharing a word with the slot's (its lead) and folded into
     * it: their columns, at most CT_SCORE_REASON_ALSO said */
    size_t also[CT_SCORE_MAX_REASONS][CT_SCORE_REASON_ALSO];
    unsigned char nalso[CT_SCORE_MAX_REASONS];
    ct_status st;
} score_reasons;
/* Row k's reasons into *r, phi (p + 1 doubles) its scratch: reads c and k
 * only, so rows may be done on several threads at once, each with its own
 * phi. */
void score_row_reasons(const score_ctx *c, const kept *k, double *phi, score_reasons *r);
/* rank 0: empty (input order). r: the row's reasons from
 * score_row_reasons, or NULL to compute them here (c->phi the scratch). */
ct_status score_write_row(score_ctx *c, size_t rank, const ct_triage_key *key, const kept *k,
                          const score_reasons *r, ct_diag *diag);
ct_status score_writer_close(score_ctx *c, ct_diag *diag);

/* score_evidence.c: how much of the model's evidence row i of the batch
 * (row xi of its design X) holds. CT_FLAG_NO_EVIDENCE when the row lacks
 * its text (missing, or for a model reading n-grams one without a known
 * word; or the model reads none) and more than half of the model's numeric
 * inputs (or the model reads none), and the model reads text or numbers:
 * scored from what the model puts in their place (an empty transcript;
 * training means, or a tree's path for missing values) rather than from
 * the report. CT_FLAG_NO_KNOWN_WORDS when, for a model reading n-grams,
 * a text is present but holds no n-gram the model knows (spaces, emoji,
 * another language). 0 otherwise. X NULL: a text present counts as text
 * (the known-word check needs the design; ct_evidence_lacking has none). */
unsigned score_evidence_flag(const score_ctx *c, size_t i, const ct_csr *X, size_t xi);
/* Count the model's text and numeric source columns, and mark its n-gram
 * columns (after plan_sources; col_is_ngram allocated). */
void score_evidence_plan(score_ctx *c);
/* Row k's lead reason when flagged CT_FLAG_NO_EVIDENCE, into buf: "no
 * transcript and no counts: scored as a transcript without a known word,
 * with training means for the missing numbers, which this model reads as
 * 'claim'" (the text column in the caller's words, the numbers missing,
 * what the model put in their place, the class it gave); flagged
 * CT_FLAG_NO_KNOWN_WORDS alone, "transcript holds no word the model knows:
 * scored as an empty transcript". Its length, 0 when not flagged or it
 * does not fit. */
size_t score_evidence_reason(const score_ctx *c, const kept *k, char *buf, size_t cap);
/* Row k flagged CT_FLAG_NO_EVIDENCE: its missing text's contributions set
 * to 0 in phi (p columns), the lead reason saying it; returns 1, the
 * reason slot the lead takes. Flagged CT_FLAG_NO_KNOWN_WORDS: its n-grams'
 * contributions (what their absence gives a tree) set to 0, the lead
 * saying the text holds no known word; returns 1. 0 (phi unchanged) for
 * another row. */
size_t score_evidence_unsay(const score_ctx *c, const kept *k, double *phi, size_t p);
/* What the model puts in place of a missing value of source column k, in
 * the drift line's words, per input and family (since 2026-12-05; before,
 * every non-text column read "each scored with the value training gave a
 * missing one", also a forest's: tests/cli/score_drift_missing_per_family):
 * "scored without their text", "each scored as no level (all indicators 0)",
 * "each scored with the training mean" (lr) or "each scored down the
 * trees' learned paths for a missing value" (rf, gbdt). Static storage. */
const char *score_evidence_missing_words(const score_ctx *c, size_t k);
/* The summary's sentence on rows flagged no_evidence (sum.no_evidence_note). */
void score_evidence_note(const score_ctx *c, char *buf, size_t cap);

#endif
