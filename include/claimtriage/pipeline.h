/* claimtriage/pipeline.h — the feature pipeline: the fitted encoder and the
 * text vectorizer combined into one sparse design, learned on training rows
 * only, applied unchanged to any frame, saved and loaded.
 * Layer: features (docs/design.md).
 *
 * Inputs (a ct_pipeline_spec, usually from ct_feature_set_resolve):
 *   - numeric columns: x -> sign(x)·log1p(|x|) (log1p for the counts, which
 *     are >= 0; the sign keeps a negative value from becoming NaN), then
 *     standardised with the training rows' mean and population standard
 *     deviation (claimtriage/encoder.h, standardize = 1; scale 1 when it is
 *     0). A missing value becomes 0 — the training mean, as scikit-learn's
 *     SimpleImputer(strategy='mean') placed before the scaler — and is
 *     counted. With raw_numeric (the trees): the numbers as they are and
 *     a missing value as NaN;
 *   - categorical columns: one indicator per training level other than the
 *     encoder's reference level (the first in byte order; with the model's
 *     intercept the reference is the all-zero row). A level never seen in
 *     training, or a missing value, encodes as all zeros and is counted
 *     (never an error), as the encoder does;
 *   - the text column: its n-gram TF-IDF (or binary) features
 *     (claimtriage/vectorizer.h) when text_ngrams is set, and its length in
 *     code points and in words (ct_text_length), as two numeric features
 *     "len(<text>)" and "words(<text>)" (log1p, standardised) when
 *     text_length is set. A missing text is an empty one, counted.
 * The design's columns, in order: numeric features (spec order, then the
 * two length columns), indicator columns (spec order, levels in byte
 * order), n-gram columns ("<text>:<term>", vocabulary order). Exact zeros
 * are not stored.
 *
 * Feature sets (ct_feature_set_resolve, for --features):
 *   all        every numeric column (int or float; identifiers excluded) and
 *              every categorical column of the frame except the excluded ones
 *              (target, id), the text column and any column empty in every
 *              row (nothing to learn; an export's trailing delimiter makes
 *              one); plus the text's n-grams and lengths (unless the text
 *              column, too, holds no word in any row, empty or only
 *              punctuation, emoji and one-letter words
 *              (ct_feature_text_words): then it is left out as empty
 *              columns are, where "text" fails on its empty vocabulary)
 *   text       the text's n-grams alone
 *   engagement the numeric columns the caller names as engagement (the
 *              application's list)
 *   A,B,...    those columns (a list as claimtriage/list.h splits it: a
 *              name holding ',' is quoted, "\"views, total\",likes"; a
 *              quoted "\"all\"" is the column named all): numeric ones
 *              as numeric, categorical (or text columns with few levels) as
 *              categorical; the text column's name adds its n-grams and
 *              lengths
 *
 * Ownership: see common.h. A pipeline owns copies of every name; a
 * ct_feature_set's names point at the frame's column names (valid while the
 * frame lives), its arrays are its own. Thread-safety: fit, transform and
 * the file functions are reentrant; a fitted pipeline is immutable and may
 * be shared.
 */
#ifndef CLAIMTRIAGE_PIPELINE_H
#define CLAIMTRIAGE_PIPELINE_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"
#include "claimtriage/json.h"
#include "claimtriage/matrix.h"
#include "claimtriage/vectorizer.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_pipeline_spec {
    const char *const *numeric; /* numeric columns */
    size_t nnumeric;
    const char *const *categorical; /* categorical columns */
    size_t ncategorical;
    const char *text; /* the text column, or NULL */
    int text_ngrams;  /* 1: n-gram features of text */
    int text_length;  /* 1: len() and words() of text */
    int log1p;        /* default 1: sign(x)·log1p(|x|) before standardising */
    int raw_numeric;  /* default 0; 1: numeric and length features as they
                       * are — no log1p, no standardising — and a missing
                       * value kept as NaN in the design (not imputed, still
                       * counted): for the tree families (claimtriage/
                       * trees.h), which split on order and learn the side
                       * missing values go to (XGBoost's default direction) */
    ct_vectorizer_params vectorizer;
} ct_pipeline_spec;

CT_API ct_pipeline_spec ct_pipeline_spec_default(void);
/* NULL when valid, else a static message (no feature at all, text features
 * without a text column, a NULL or repeated name, bad vectorizer params). */
CT_API const char *ct_pipeline_spec_check(const ct_pipeline_spec *s);

/* ---- feature sets ---- */
typedef struct ct_feature_set {
    const char **numeric;
    size_t nnumeric;
    const char **categorical;
    size_t ncategorical;
    int text_ngrams, text_length;
} ct_feature_set;

/* Resolve `set` ("all", "text", "engagement" or a list, above)
 * against frame f (see above). text is the text column (may be NULL unless
 * the set needs it); exclude[0..nexclude) are never features (the target
 * first, then the id; a list naming one is CT_EINVAL, and so is the set
 * "engagement" when engagement[] names one, with a hint to name it
 * without: before 2026-12-07 the target was fitted as an engagement
 * column); engagement[0..nengagement) is the application's engagement list.
 * Errors: CT_ECOLUMN (a named column absent: "--features: no column 'X'
 * in the file; give all, text, engagement or a comma-separated list of its
 * columns: ..." naming it as typed in the list and the columns that can be
 * features, with ct_frame_list_hint's hint when the list split a name, else
 * a near name's), CT_ETYPE (a listed
 * column that is an identifier or free text other than the text column),
 * CT_EINVAL (an empty set or name, a fault of the list (an unclosed quote,
 * text after a closing quote), a name listed twice, text features
 * without a text column), CT_EDATA ("all" selecting no column: the frame
 * holds no numeric or categorical column besides the excluded ones and no
 * text column with words; the message names the frame's source, the hint
 * its free-text columns for --text), CT_ENOMEM. Fill spec from it with
 * ct_feature_set_apply. */
CT_API ct_status ct_feature_set_resolve(const ct_frame *f, const char *set, const char *text,
                                        const char *const *exclude, size_t nexclude,
                                        const char *const *engagement, size_t nengagement,
                                        ct_feature_set *out, ct_diag *diag);
CT_API void ct_feature_set_free(ct_feature_set *fs);
/* How many of the rows rows[0..n) of text column c (rows NULL: rows
 * 0..n) hold a word: a token of ct_text_tokenize (claimtriage/text.h),
 * two or more letters or digits; a missing text holds none, and so does a
 * numeric column. Counting stops at stop (0: counts them all), so stop 1
 * asks whether any does. *count is set; CT_OK or CT_ENOMEM. */
CT_API ct_status ct_feature_text_words(const ct_column *c, const size_t *rows, size_t n,
                                       size_t stop, size_t *count);
/* Point spec's columns and text flags at fs (spec's other fields kept). */
CT_API void ct_feature_set_apply(const ct_feature_set *fs, ct_pipeline_spec *spec);

/* ---- the fitted pipeline ---- */
typedef struct ct_pipeline ct_pipeline;

typedef enum ct_pipeline_kind {
    CT_PIPELINE_NUMERIC = 0, /* a standardised numeric column */
    CT_PIPELINE_LENGTH = 1,  /* len() or words() of the text */
    CT_PIPELINE_LEVEL = 2,   /* an indicator of one categorical level */
    CT_PIPELINE_NGRAM = 3    /* an n-gram of the text */
} ct_pipeline_kind;

typedef struct ct_pipeline_col {
    const char *name; /* "views", "len(text)", "kind_b", "text:some term" */
    ct_pipeline_kind kind;
    const char *source; /* the frame column it comes from */
    const char *detail; /* the level, or the n-gram; NULL for numeric */
    int raw;            /* numeric and length columns: 1 when the design holds
                         * the number as it is (spec raw_numeric), 0 when
                         * log1p'd and standardised */
} ct_pipeline_col;

/* Fit on rows[0..n) of f (rows NULL: every row). Errors: those of
 * ct_pipeline_spec_check (CT_EINVAL; also a row out of range), of the
 * encoder's fit (CT_ECOLUMN, CT_ETYPE, CT_EDATA: a categorical column with
 * no level at all; one of a single level is kept with no indicator, and a
 * frame transformed later may lack it) and of the vectorizer's (CT_EDATA:
 * no term survives), CT_EDATA (an infinite numeric value in a row used;
 * *diag names its line), CT_EEMPTY (no rows), CT_ENOMEM. *out NULL on
 * error. */
CT_API ct_status ct_pipeline_fit(const ct_frame *f, const size_t *rows, size_t n,
                                 const ct_pipeline_spec *spec, ct_pipeline **out, ct_diag *diag);
CT_API void ct_pipeline_free(ct_pipeline *p);

/* Design columns, and column j's description (NULL when j >= ncols; owned
 * by p, valid while it lives). */
CT_API size_t ct_pipeline_ncols(const ct_pipeline *p);
CT_API const ct_pipeline_col *ct_pipeline_column(const ct_pipeline *p, size_t j);
/* The vectorizer, or NULL when there are no n-gram features. */
CT_API const ct_vectorizer *ct_pipeline_vectorizer(const ct_pipeline *p);
/* 1 when p reads inputs of kind, else 0: CT_PIPELINE_NUMERIC a numeric
 * column, CT_PIPELINE_LEVEL a categorical one (also one fitted with a
 * single level, which adds no design column), CT_PIPELINE_LENGTH the text
 * column (for its lengths or its n-grams), CT_PIPELINE_NGRAM the text's
 * n-grams; 0 for p NULL. A count of inputs p does not read is undefined,
 * not 0 (evaluate's "inputs" line and --json "rows"). */
CT_API int ct_pipeline_reads(const ct_pipeline *p, ct_pipeline_kind kind);

/* 1 when p's categorical column named column was fitted with the level
 * s[0..len) (the reference level too, which has no indicator), 0 when it
 * was not (a transform scores such a value with all its indicators 0:
 * unseen) or p reads no categorical column of that name. The scorer's
 * reasons name an unseen level as such (docs/score.md). */
CT_API int ct_pipeline_level_seen(const ct_pipeline *p, const char *column, const char *s,
                                  size_t len);

/* What a transform met. */
typedef struct ct_pipeline_stats {
    size_t rows;
    size_t missing_numeric; /* numeric values missing, imputed */
    size_t unseen_levels;   /* categorical values of a level not seen in training */
    size_t missing_levels;  /* categorical values missing */
    size_t missing_text;    /* rows whose text is missing */
    size_t empty_rows;      /* rows with no n-gram of the vocabulary */
    /* categorical values read: rows x categorical columns in the frame (a
     * column of one training level, which adds no indicator, may be absent) */
    size_t categorical_values;
    /* an unseen level, to name: the first value (cut to fit) of a level the
     * training did not see that equals a training level but for ASCII
     * letter case and spaces (unseen_near, the level), in the column with
     * the most unseen values among those holding such a value; else, when
     * no column holds one, the first unseen value of the column with the
     * most unseen values (unseen_near ""). unseen_column: its column (NULL
     * when none; the pipeline's string). A fixable variant is named first,
     * wherever it is (before 2026-12-03 only the column with the most was
     * looked at: 'no' in verified_status hid 'Banned' in
     * author_ban_status). */
    const char *unseen_column;
    char unseen_example[64];
    char unseen_near[64];
    /* 1 when another column has as many unseen values as unseen_column and
     * no column more: the note says it is tied for the most, not the column
     * with the most (before 2026-12-05 one of two columns of 2,000 each was
     * "the column with the most": tests/cli/score_unseen_tied_columns) */
    int unseen_most_tied;
    /* when unseen_column is not the column with the most unseen values:
     * that column (the pipeline's string) and its first unseen value;
     * NULL and "" otherwise */
    const char *unseen_most_column;
    char unseen_most_example[64];
    /* the other columns holding such a variant, most unseen values first:
     * the first CT_PIPELINE_NEAR_ALSO of them with a value and its level
     * (column NULL in a slot not used), unseen_near_more counting them all
     * (before 2026-12-05 only unseen_column's was named: a file with
     * 'Not Verified' and 'ACTIVE' heard of the first alone:
     * tests/cli/score_unseen_variants_every_column) */
    struct {
        const char *column;
        char example[64];
        char near[64];
    } unseen_near_also[2];
    size_t unseen_near_more;
    /* rows holding a number or a text length outside the range of the
     * training rows (below their smallest or above their largest value:
     * ct_encoder_info min and max; a model file written before 2026-12-05
     * records no range and counts none): the model's output there is an
     * extrapolation, flagged, and for a linear model clipped to the range
     * (outside_clipped). outside_column: the
     * feature with the most such values (the pipeline's string; NULL when
     * none), outside_values their count, outside_example the first of them
     * and outside_min, outside_max the training range, each as read (a
     * number as in the file, a length in characters or words) */
    size_t outside_rows;
    const char *outside_column;
    size_t outside_values;
    double outside_example, outside_min, outside_max;
    /* 1 when such values were clipped to the range before the model (a
     * linear model's pipeline, since 2026-12-06), 0 when scored as they
     * are (the trees, constant beyond their outermost split) */
    int outside_clipped;
} ct_pipeline_stats;
#define CT_PIPELINE_NEAR_ALSO 2

/* The design for rows[0..n) of f (rows NULL: every row, n ignored): a CSR
 * matrix of n rows and ct_pipeline_ncols columns. Columns are matched by
 * name, levels by text. stats may be NULL. Errors: CT_ECOLUMN (a column
 * absent; named), CT_ETYPE (a column of the wrong type), CT_EDATA (an
 * infinite numeric value in a row used; *diag names its line), CT_EINVAL
 * (a row out of range), CT_ENOMEM. *out NULL on error. */
CT_API ct_status ct_pipeline_transform(const ct_pipeline *p, const ct_frame *f, const size_t *rows,
                                       size_t n, ct_csr **out, ct_pipeline_stats *stats,
                                       ct_diag *diag);
/* As ct_pipeline_transform, and row_unseen (the caller's array of n bytes,
 * or NULL) gets 1 for each row holding a categorical value of a level not
 * seen in training (scored with all its indicators 0), 0 for the others:
 * what the scorer flags unseen_category. */
CT_API ct_status ct_pipeline_transform_flags(const ct_pipeline *p, const ct_frame *f,
                                             const size_t *rows, size_t n, ct_csr **out,
                                             ct_pipeline_stats *stats, uint8_t *row_unseen,
                                             ct_diag *diag);
/* As ct_pipeline_transform_flags, and row_outside (the caller's array of n
 * bytes, or NULL) gets 1 for each row holding a value outside the training
 * range (stats outside_rows), 0 for the others: what the scorer flags
 * out_of_range. */
CT_API ct_status ct_pipeline_transform_marks(const ct_pipeline *p, const ct_frame *f,
                                             const size_t *rows, size_t n, ct_csr **out,
                                             ct_pipeline_stats *stats, uint8_t *row_unseen,
                                             uint8_t *row_outside, ct_diag *diag);
/* A sentence naming a value outside the training range (stats
 * outside_column, outside_example, its range) into buf: "" when none.
 * A text length is named by its unit ("a text of 249 characters in
 * 'video_transcription_text'"). */
CT_API void ct_pipeline_outside_note(const ct_pipeline_stats *s, char *buf, size_t cap);
/* The share of the training rows where the source column src (a numeric
 * or categorical input, or the text) was missing: NaN when the model file
 * records none (written before 2026-12-05; a text read for n-grams alone
 * records its share since then, "text_missing_share") or the pipeline
 * does not read src. */
CT_API double ct_pipeline_missing_share(const ct_pipeline *p, const char *src);
/* ct_pipeline_missing_share of each of src[0..n) into share[0..n), with
 * one lookup a name (a score of 20,000 columns asked each against every
 * input, 2026-12-06). Reentrant. */
CT_API void ct_pipeline_missing_shares(const ct_pipeline *p, const char *const *src, size_t n,
                                       double *share);

/* The schema to load data p transforms with (ct_load_options.schema): base's
 * columns (base NULL: none; its levels kept), and every column p fitted as
 * text read as text whatever its values look like: each categorical column
 * fitted with a level that reads as a number ('1' of '1', '2', 'x')
 * CT_TYPE_CATEGORY; one fitted on words alone is left to base or inference
 * (CT_TYPE_AUTO), so numbers there, a file coding its levels another way,
 * stay refused by the transform. Every categorical column p fitted gets
 * p's levels where base gives it none: the fixed dictionary of a
 * CT_TYPE_CATEGORY column, the levels a stream adds to what its first rows
 * learned for a CT_TYPE_AUTO one (ct_reader_open), so a level first seen
 * after a stream's first infer_rows rows is read as the level the model
 * knows (before 2026-12-05 it was unseen there); the text column of the
 * n-grams and lengths CT_TYPE_TEXT; a column base reads otherwise (a
 * number, an identifier, inferred) is retyped, one it reads as categorical
 * or text is kept; a numeric input base does not name is CT_TYPE_AUTO
 * (inferred, as without a schema). So a batch whose levels are all digits ('1' and '2' of
 * a column fitted on '1', '2', 'x') is read as levels, not as numbers the
 * categorical encoder refuses. *out is allocated (free with
 * ct_schema_free); it refers to neither p nor base. CT_OK or CT_ENOMEM
 * (*out NULL). */
CT_API ct_status ct_pipeline_load_schema(const ct_pipeline *p, const ct_schema *base,
                                         ct_schema **out);

/* One sentence naming s's unseen level for people ("e.g. 'Verified' in
 * 'verified_status', the column with the most; did you mean 'verified'? ...")
 * and the other columns' variants ("..., as does 'ACTIVE' in
 * 'author_ban_status' ('active')", ", and N more columns" past
 * CT_PIPELINE_NEAR_ALSO) into buf (cap bytes); "" when s has none. */
CT_API void ct_pipeline_unseen_note(const ct_pipeline_stats *s, char *buf, size_t cap);

/* ---- every unseen level, counted across batches ----
 * ct_pipeline_stats names one example; a tally counts each level the
 * training did not see, per categorical column, over every frame added
 * (score's batches, evaluate's file), so that a moderator can tell a typo
 * ('Banned ') from a new status ('under-review'): its rows and the first
 * line holding it. Added 2026-12-06 (tests/cli/score_unseen_levels_counted).
 *
 * Every distinct level is counted exactly, up to CT_UNSEEN_TRACKED of them
 * a column (memory bounded: about 170 bytes a level, 1.7 MB a column at
 * most); the column shows the CT_UNSEEN_LEVELS_KEPT with the most rows
 * (ties: the first line), the rest in its remainder (more_levels,
 * more_rows). A level first met once CT_UNSEEN_TRACKED are tracked is not
 * ranked: its rows are counted in untracked_rows (and more_rows), its
 * distinct levels in more_levels, exact up to CT_UNSEEN_MORE_DISTINCT of
 * them (then a lower bound, more_levels_at_least). The result is the same
 * whatever the thread count: frames are added in file order, on the
 * caller's thread. Before 2026-12-06 the first 20 levels met were kept, not
 * the 20 with the most rows (tests/unit/test_unseen_tally.c). A level is
 * matched by all its bytes; its text is kept cut to CT_UNSEEN_LEVEL_BYTES -
 * 1 bytes (on a character boundary). A value the reader coded
 * CT_CODE_UNSEEN (a level past a stream's fixed dictionary: its text is not
 * kept, claimtriage/frame.h) has no level to name: counted in
 * unnamed_rows. */
#define CT_UNSEEN_LEVELS_KEPT 20
#define CT_UNSEEN_LEVEL_BYTES 128
#define CT_UNSEEN_TRACKED 10000
#define CT_UNSEEN_MORE_DISTINCT 4096

typedef struct ct_unseen_level {
    char text[CT_UNSEEN_LEVEL_BYTES]; /* the level as read (cut) */
    uint64_t rows;                    /* rows holding it */
    long first_line;                  /* the first such row's line (0: unknown) */
} ct_unseen_level;

typedef struct ct_unseen_column {
    const char *column; /* the column (the tally's copy) */
    uint64_t values;    /* its unseen values: rows of every level below */
    /* the levels shown: the most rows first, then by first line */
    size_t nlevels;
    ct_unseen_level levels[CT_UNSEEN_LEVELS_KEPT];
    /* the levels not shown: how many distinct (a lower bound when
     * more_levels_at_least) and their rows */
    uint64_t more_levels, more_rows;
    int more_levels_at_least;
    /* distinct levels counted exactly (at most CT_UNSEEN_TRACKED), and the
     * rows of levels first met once that many were: not ranked (0 while
     * the cap is not reached) */
    size_t tracked_levels;
    uint64_t untracked_rows;
    /* values without a text (CT_CODE_UNSEEN) and the first one's line */
    uint64_t unnamed_rows;
    long unnamed_first_line;
} ct_unseen_column;

typedef struct ct_unseen_tally ct_unseen_tally;

/* An empty tally of p's categorical columns. p is borrowed and must live
 * through every ct_unseen_tally_add; the other functions do not read it.
 * CT_OK, CT_EINVAL (p NULL), CT_ENOMEM (*out NULL). */
CT_API ct_status ct_unseen_tally_create(const ct_pipeline *p, ct_unseen_tally **out);
CT_API void ct_unseen_tally_free(ct_unseen_tally *t);
/* Count the unseen levels of rows[0..n) of f (rows NULL: every row, n
 * ignored), in that order, as ct_pipeline_transform counts them (a
 * column absent from f adds nothing; a missing value is no level). Add
 * frames in file order for the first lines and the levels kept to be the
 * file's. CT_OK or CT_ENOMEM (the counts are then incomplete).
 * Not thread-safe on one tally. */
CT_API ct_status ct_unseen_tally_add(ct_unseen_tally *t, const ct_frame *f, const size_t *rows,
                                     size_t n);
/* The columns holding an unseen value, most values first (ties: the
 * pipeline's column order), and the k-th of them (NULL when k is out of
 * range; valid until the next add or the free). */
CT_API size_t ct_unseen_tally_ncolumns(const ct_unseen_tally *t);
CT_API const ct_unseen_column *ct_unseen_tally_column(const ct_unseen_tally *t, size_t k);

/* After a CT_ECOLUMN from transforming f (*d naming the first absent
 * column): the hint names every column the pipeline reads, plus id (NULL:
 * none), that f lacks, with "did you mean" of the first kept and, for
 * every other absent column a file's column is near (ct_frame_near_name),
 * "; and did you mean 'Video_Like_Count' for 'video_like_count'?", so a
 * foreign file is told at once: "the model reads 9 columns[, and the queue its id
 * column 'video_id']; this file lacks N: ...". The count is the model's
 * distinct inputs alone, whatever id, so commands that need an id and
 * commands that do not give the same count. d NULL: nothing. */
CT_API void ct_pipeline_hint_absent(const ct_pipeline *p, const ct_frame *f, const char *id,
                                    ct_diag *d);

/* Write the fitted pipeline as members of the JSON object w has open
 * ("spec", "numeric_encoder", "categorical_encoder", "vectorizer"; an
 * absent part is null), and read it back (CT_EFORMAT with the reason,
 * CT_ENOMEM). */
CT_API void ct_pipeline_write(const ct_pipeline *p, ct_json *w);
CT_API ct_status ct_pipeline_read(const ct_json_value *v, const char *name, ct_pipeline **out,
                                  ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
