/* claimtriage/inspect.h — the data team's first look at a frame.
 * Layer: explore (docs/design.md).
 *
 * Counts follow pandas 1.5 so figures can be checked against it:
 *   distinct         Series.nunique()            (missing values not counted)
 *   duplicate rows   DataFrame.duplicated(keep='first').sum()  (missing == missing)
 *   duplicate values Series.duplicated(keep='first').sum()
 *   numeric summary  Series.describe()  (std with n-1, linear quantiles)
 * Text lengths count Unicode code points (Python's len()), words are runs of
 * non-space characters (Python's str.split()): claimtriage/utf8.h.
 *
 * Ownership: a ct_inspect owns all its strings and arrays; free it with
 * ct_inspect_free() (accepts NULL). Names point into the result, not into
 * the frame. Thread-safety: reentrant; the frame is only read.
 */
#ifndef CLAIMTRIAGE_INSPECT_H
#define CLAIMTRIAGE_INSPECT_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"
#include "claimtriage/stats.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_inspect_column {
    char *name;
    ct_type type;
    size_t nonnull, missing;
    double missing_pct;      /* 100 * missing / rows; NaN without rows (pandas: 0/0) */
    size_t distinct;         /* nunique() */
    size_t duplicate_values; /* duplicated(keep='first').sum(), missing counted as a value */
    int has_summary;         /* numeric columns, identifiers included */
    ct_summary summary;
    int has_text;          /* text columns */
    ct_summary text_chars; /* length in code points */
    ct_summary text_words; /* number of words */
} ct_inspect_column;

typedef struct ct_inspect_class {
    char *value; /* NULL for the missing-label row */
    size_t count;
    double pct; /* of all rows */
} ct_inspect_class;

typedef struct ct_inspect_pattern {
    size_t count; /* rows with exactly this set of missing columns */
    size_t ncols;
    size_t *columns; /* indices of the missing columns, ascending */
} ct_inspect_pattern;

typedef struct ct_inspect {
    size_t rows, cols;
    ct_inspect_column *columns;
    char *target;              /* target column name, NULL when not present */
    ct_inspect_class *classes; /* value counts, largest first, missing last */
    size_t nclasses;
    size_t duplicate_rows;
    size_t rows_with_missing;
    ct_inspect_pattern *patterns; /* largest first; only patterns with >= 1 missing column */
    size_t npatterns;
} ct_inspect;

typedef struct ct_inspect_options {
    const char *target;      /* class column for the class balance: categorical, or an
                                integer code (ct_column_is_int_code: a label encoded
                                0/1), whose classes are its values; default NULL (none;
                                the reports file's: ct_reports_inspect_options()) */
    int target_required;     /* 1: absent target is CT_ECOLUMN, one neither categorical
                                nor an integer code CT_ETYPE; 0: either is left out
                                quietly */
    const char *id;          /* the row id column, profiled as CT_TYPE_ID whatever its
                                inferred type (its duplicate values are the duplicate
                                ids; a text one gets no lengths); absent: CT_ECOLUMN.
                                Default NULL: the loader's identifiers alone */
    ct_progress_fn progress; /* units: columns; may be NULL; its return value
                                is ignored (inspect runs to its end) */
    void *progress_user;
} ct_inspect_options;

CT_API ct_inspect_options ct_inspect_options_default(void);

/* Inspect a frame (opt NULL: defaults); *out NULL on error. CT_ECOLUMN
 * when target_required and the target is absent, or opt->id is absent,
 * CT_ETYPE when target_required and the target is neither categorical nor
 * an integer code (the
 * message names it, the hint says why: ct_type_category_hint), CT_ENOMEM. */
CT_API ct_status ct_inspect_frame(const ct_frame *f, const ct_inspect_options *opt,
                                  ct_inspect **out, ct_diag *diag);
CT_API void ct_inspect_free(ct_inspect *r);

#ifdef __cplusplus
}
#endif
#endif
