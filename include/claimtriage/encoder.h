/* claimtriage/encoder.h — a fitted feature encoder: learned once on the
 * rows modelled, applied unchanged to any frame or batch, saved and loaded
 * as JSON.
 * Layer: features (docs/design.md).
 *
 * fit (scikit-learn's fit/transform split): ct_encoder_fit learns, on the
 * rows given (the rows actually modelled, after cleaning), for each feature:
 *   - numeric: optional capping bounds (Q3 + cap_iqr·IQR, the rule of
 *     ct_clean_cap_bounds), then the mean and scale of the (capped) values
 *     (scale = population standard deviation, ddof 0, 1 when it is 0 — as
 *     sklearn's StandardScaler);
 *   - categorical: the level dictionary (the distinct levels occurring in
 *     the rows, in byte order) and the reference level (given, or the first
 *     level in byte order, as pandas.get_dummies(drop_first=True)).
 * Missing values are ignored while learning.
 *
 * transform: ct_encoder_transform applies exactly what was learned to any
 * frame (a held-out file, a reader batch), matching columns by NAME and
 * levels by TEXT, never by position or code. The output is a dense
 * column-major ct_matrix:
 *   - "const" (ones) first when the spec asked for an intercept;
 *   - a numeric feature as one column named as the feature: its values,
 *     lowered to the learned limit when capped, standardized when the spec
 *     asked; NaN where missing. A column that needs none of this over every
 *     row of the frame in order is NOT copied: it points at the frame's own
 *     array (ct_column_f64), so the frame must outlive the matrix;
 *   - a categorical feature as one 0/1 column per learned level other than
 *     the reference, in byte order, named "<column>_<level>" as
 *     pandas.get_dummies names them (one-hot against the training levels).
 *     A missing value (code -1) encodes as all zeros and is counted as
 *     missing; a level the encoder has not seen — a text not in the
 *     dictionary, or a negative code other than -1 (CT_CODE_UNSEEN from a
 *     fixed-dictionary reader) — encodes as all zeros and is counted as
 *     unseen, per feature and in total, as scikit-learn's
 *     OneHotEncoder(handle_unknown='ignore'). Never an error.
 *
 * save/load: JSON (docs/formats.md, "Encoder file"): the artifact header
 * with "kind" in the place of "command" (tool, version, kind "encoder",
 * schema_version; claimtriage/artifact.h, so ct_artifact_load refuses the
 * file: read it with ct_encoder_load), then the learned state; numbers are
 * written in the fewest digits that read back (claimtriage/json.h), so
 * load gives back the same doubles and save -> load -> transform gives
 * bit-identical matrices.
 *
 * Ownership: see common.h. An encoder owns copies of every name and level;
 * pointers from the accessors live as long as the encoder. Thread-safety:
 * fit, transform, save and load are reentrant; a fitted encoder is immutable
 * and may be used by several threads at once.
 */
#ifndef CLAIMTRIAGE_ENCODER_H
#define CLAIMTRIAGE_ENCODER_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"
#include "claimtriage/json.h"
#include "claimtriage/matrix.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One feature to encode. */
typedef struct ct_encoder_feature {
    const char *column;
    const char *reference; /* categorical: reference level; NULL = first in byte order */
    int cap;               /* numeric: 1 = cap at the learned Q3 + cap_iqr·IQR */
} ct_encoder_feature;

typedef struct ct_encoder_spec {
    const ct_encoder_feature *features;
    size_t nfeatures;
    int intercept;      /* default 1: a "const" column of ones first */
    double cap_iqr;     /* default 1.5 */
    int standardize;    /* default 0: numeric columns as (x − mean)/scale when 1 */
    int allow_constant; /* default 0: a categorical feature with one level in the rows is
                         * CT_EDATA (a regression cannot estimate it); 1: it is kept with
                         * no output column, as scikit-learn's OneHotEncoder(drop='first')
                         * keeps a one-category feature (the classifier's pipeline) */
} ct_encoder_spec;

CT_API ct_encoder_spec ct_encoder_spec_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_encoder_spec_check(const ct_encoder_spec *s);

/* Parse the list "A,B:REF,C" (claimtriage/list.h: a name holding ',' is
 * quoted, with its reference inside the quotes: "\"views, total:ref\"")
 * into features: in each item, the first ':' gives a reference level (cap
 * 0). The features point into buf, which is modified; *nf receives the
 * count (0 on a fault) and at most max are written. CT_EINVAL, with the
 * reason in diag (may be NULL), on a fault of the list, an empty name or
 * reference, or more than max names; CT_ENOMEM. */
CT_API ct_status ct_encoder_parse_features(char *buf, ct_encoder_feature *features, size_t max,
                                           size_t *nf, ct_diag *diag);

/* Write features[0..n) as the list ct_encoder_parse_features reads back
 * (with a CLI's rejoining of a name holding ':'): "column" or
 * "column:reference" per item, quoted as claimtriage/list.h quotes a name
 * holding ',' or '"'. For a hint that shows a working --features list.
 * Returns the length the whole list needs (without the NUL), as
 * ct_list_append: the list was cut when it is >= cap; (size_t)-1 when out
 * of memory. */
CT_API size_t ct_encoder_format_features(char *out, size_t cap, const ct_encoder_feature *features,
                                         size_t n);

typedef struct ct_encoder ct_encoder;

typedef enum ct_encoder_kind {
    CT_ENCODER_CONST = 0,   /* the intercept column */
    CT_ENCODER_NUMERIC = 1, /* a numeric feature */
    CT_ENCODER_DUMMY = 2    /* a 0/1 indicator of one level (feature: categorical) */
} ct_encoder_kind;

/* What was learned for one feature. */
typedef struct ct_encoder_info {
    const char *column;
    ct_encoder_kind kind;      /* CT_ENCODER_NUMERIC or CT_ENCODER_DUMMY (categorical) */
    int capped;                /* numeric: capped at limit */
    double q1, q3, limit;      /* numeric and capped; NaN otherwise */
    double mean, scale;        /* numeric; NaN for categorical */
    const char *const *levels; /* categorical: nlevels learned levels, byte order */
    size_t nlevels;
    size_t reference; /* categorical: index of the reference in levels */
    size_t first_col; /* first output column of this feature */
    size_t ncols;     /* its output columns (1, or nlevels − 1) */
    /* numeric: the smallest and largest value of the training rows (before
     * capping; NaN when none, or in a file written before 2026-12-05):
     * what the model was trained on, so that a value outside it can be
     * flagged (ct_pipeline_stats outside_rows) */
    double min, max;
    /* the share of the training rows where the value was missing (NaN in a
     * file written before 2026-12-05): the drift check compares the rows
     * scored with it */
    double missing_share;
} ct_encoder_info;

/* One output column. */
typedef struct ct_encoder_col {
    const char *name; /* "const", the column, or "<column>_<level>" */
    ct_encoder_kind kind;
    size_t feature;    /* index of its feature; SIZE_MAX for "const" */
    const char *level; /* CT_ENCODER_DUMMY: its level; NULL otherwise */
} ct_encoder_col;

/* Fit on rows[0..n) of f (rows NULL: every row, n ignored). Errors:
 * CT_EINVAL (bad spec; a reference level that does not occur in the rows:
 * the hint lists the levels, after "did you mean 'X'?" when one differs
 * from it only in letter case or spaces),
 * CT_ECOLUMN (a feature column absent; named), CT_ETYPE (a feature column
 * neither numeric nor categorical), CT_EDATA (a categorical feature with
 * fewer than two levels in the rows — one is allowed with allow_constant —,
 * or none at all; two output columns with one name, a dummy
 * "<column>_<level>" equal to a numeric feature's name or to another
 * dummy: the message names both, the hint the column to rename),
 * CT_EEMPTY (no rows), CT_ENOMEM. *out
 * is NULL on error. */
CT_API ct_status ct_encoder_fit(const ct_frame *f, const size_t *rows, size_t n,
                                const ct_encoder_spec *spec, ct_encoder **out, ct_diag *diag);
CT_API void ct_encoder_free(ct_encoder *e);

/* What was learned: feature k < nfeatures, output column j < ncols (not
 * checked: an index out of range is undefined behaviour); the pointers are
 * owned by e. */
CT_API size_t ct_encoder_nfeatures(const ct_encoder *e);
CT_API const ct_encoder_info *ct_encoder_feature_info(const ct_encoder *e, size_t k);
CT_API size_t ct_encoder_ncols(const ct_encoder *e);
CT_API const ct_encoder_col *ct_encoder_column(const ct_encoder *e, size_t j);
CT_API int ct_encoder_intercept(const ct_encoder *e);
CT_API int ct_encoder_standardize(const ct_encoder *e);
CT_API double ct_encoder_cap_iqr(const ct_encoder *e);

/* What a transform met. */
typedef struct ct_encoder_stats {
    size_t rows;        /* rows transformed */
    size_t unseen;      /* categorical values of a level the encoder has not seen */
    size_t unseen_rows; /* rows with at least one such value */
    size_t missing;     /* missing values (every feature) */
    size_t capped;      /* numeric values lowered to their limit */
    size_t nfeatures;
    size_t *unseen_by_feature;  /* nfeatures counts */
    size_t *missing_by_feature; /* nfeatures counts */
    uint8_t *row_unseen;        /* rows entries: 1 where the row holds such a value */
} ct_encoder_stats;
/* Free the arrays of *s and zero it. Accepts NULL. */
CT_API void ct_encoder_stats_free(ct_encoder_stats *s);

/* Encode rows[0..n) of f (rows NULL: every row in order, n ignored) into
 * *out (n × ct_encoder_ncols, column names set; a categorical feature of one
 * level, which adds no column, may be absent from f). stats may be NULL; when
 * given it is filled (free it with ct_encoder_stats_free). Errors:
 * CT_ECOLUMN (a feature column absent; named), CT_ETYPE (a numeric feature
 * whose column is not numeric, a categorical one whose column holds neither
 * levels nor strings), CT_EINVAL (a row out of range), CT_ENOMEM. *out is
 * NULL on error. */
CT_API ct_status ct_encoder_transform(const ct_encoder *e, const ct_frame *f, const size_t *rows,
                                      size_t n, ct_matrix **out, ct_encoder_stats *stats,
                                      ct_diag *diag);

/* ---- files ---- */
#define CT_ENCODER_KIND "encoder"
#define CT_ENCODER_SCHEMA_VERSION 1

/* Write the encoder file (header and state) to fp. CT_EIO (write error),
 * CT_ENOMEM. */
CT_API ct_status ct_encoder_save(const ct_encoder *e, FILE *fp);
/* Write the learned state as members of the JSON object w has open (no
 * header), for embedding in a larger model file. */
CT_API void ct_encoder_write(const ct_encoder *e, ct_json *w);
/* Load an encoder file. Errors: CT_EIO (unreadable), CT_EFORMAT (not an
 * encoder file of this schema_version: not JSON or cut short — diag has the
 * line and column —, another tool or kind, another schema_version, a
 * missing or ill-typed member, an inconsistent state such as unsorted
 * levels or a reference that is not a level; the message says which),
 * CT_ENOMEM. */
CT_API ct_status ct_encoder_load(const char *path, ct_encoder **out, ct_diag *diag);
/* The same from text[0..len); name labels the diagnostics. */
CT_API ct_status ct_encoder_load_mem(const char *text, size_t len, const char *name,
                                     ct_encoder **out, ct_diag *diag);
/* Read the state from a parsed object written by ct_encoder_write (its
 * header, if any, is not checked). CT_EFORMAT, CT_ENOMEM. */
CT_API ct_status ct_encoder_read(const ct_json_value *v, const char *name, ct_encoder **out,
                                 ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
