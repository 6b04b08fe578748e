/* claimtriage/vectorizer.h — a fitted text vectorizer: the vocabulary of
 * word n-grams learned on training documents, and TF-IDF (or binary)
 * weights for any document, as sparse rows.
 * Layer: features (docs/design.md).
 *
 * Follows scikit-learn 1.2's TfidfVectorizer with its defaults
 * (lowercase=True, token_pattern r"(?u)\b\w\w+\b", smooth_idf=True,
 * sublinear_tf=False, norm='l2', dtype float64) and the ngram_range,
 * min_df, max_df and max_features given:
 *   - analysis: ct_text_tokenize (claimtriage/text.h), then word n-grams
 *     for n = ngram_min..ngram_max joined by one space;
 *   - vocabulary (CountVectorizer._count_vocab, _sort_features,
 *     _limit_features): every n-gram of the training documents; the
 *     document frequency df (documents holding the term) must satisfy
 *     min_df <= df <= max_df, each a count or, when its _fraction flag is
 *     set, that fraction of the documents (compared as max_df * n, a
 *     double, as scikit-learn does); when more than max_features terms
 *     remain, those of largest corpus frequency (total count) are kept,
 *     ties broken exactly as scikit-learn's (-tfs).argsort()[:max_features]
 *     breaks them (numpy 1.24's introsort, reproduced). Terms are sorted
 *     by code point (Python's sorted(vocabulary_), which is byte order of
 *     UTF-8): column j is the j-th term in that order;
 *   - idf (TfidfTransformer, smooth_idf): idf[j] = ln((n + 1) / (df[j] + 1)) + 1;
 *   - a document's row: counts c[j] of its n-grams in the vocabulary
 *     (others ignored); TF-IDF: x[j] = c[j] * idf[j], then divided by the
 *     row's l2 norm (sum of squares taken in decreasing column order, the
 *     order scikit-learn's transform sums in; rows then agree with
 *     TfidfVectorizer.transform to the last bit whenever the idf does —
 *     numpy 1.24's AVX-512 log can differ from glibc's correctly rounded
 *     log by one ulp, so idf and values agree within 1e-15 relative); a
 *     row with no term stays empty. BINARY: x[j] = 1 for every term present (CountVectorizer with
 *     binary=True: no idf, no norm).
 * A missing document (NULL) is an empty one: no terms, an all-zero row.
 *
 * Ownership: see common.h. A vectorizer owns its terms; pointers from the
 * accessors live as long as it. Thread-safety: fit, transform and the file
 * functions are reentrant; a fitted vectorizer is immutable and may be used
 * from several threads at once (each with its own ct_vectorizer_work).
 */
#ifndef CLAIMTRIAGE_VECTORIZER_H
#define CLAIMTRIAGE_VECTORIZER_H

#include "claimtriage/common.h"
#include "claimtriage/json.h"
#include "claimtriage/matrix.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ct_vectorizer_weighting {
    CT_VECTORIZER_TFIDF = 0, /* TF-IDF, smooth idf, l2 row norm (default) */
    CT_VECTORIZER_BINARY = 1 /* 1 for every term present */
} ct_vectorizer_weighting;

typedef struct ct_vectorizer_params {
    size_t ngram_min, ngram_max; /* ngram_range; default 1, 2; 1 <= min <= max <= 8 */
    double min_df;               /* default 2 (a count) */
    int min_df_fraction;         /* 1: min_df is a fraction of documents in [0, 1]; default 0 */
    double max_df;               /* default 1.0 (a fraction: every document) */
    int max_df_fraction;         /* default 1 */
    size_t max_features;         /* 0: no limit; default 20000 */
    ct_vectorizer_weighting weighting;
} ct_vectorizer_params;

CT_API ct_vectorizer_params ct_vectorizer_params_default(void);
/* NULL when valid, else a static message naming the bad parameter. */
CT_API const char *ct_vectorizer_params_check(const ct_vectorizer_params *p);
/* Set p's min_df from its text as scikit-learn reads the type: a whole
 * number written without a point or an exponent ("2") is a count of
 * documents; one written with either ("0.01", "1.0", "5e-3") a float, a
 * fraction of the documents in [0, 1] ("1.0": every document, as
 * TfidfVectorizer(min_df=1.0)); a float above 1 ("2.0") is refused, as
 * scikit-learn refuses it. NULL on success, else a static message saying
 * what min_df takes (p unchanged). */
CT_API const char *ct_vectorizer_min_df_parse(ct_vectorizer_params *p, const char *text);
/* p's min_df as ct_vectorizer_min_df_parse reads it back: a count whole
 * ("2"), a fraction with its point or exponent ("0.01", "1.0", "1e-05"),
 * so that the count 1 and the fraction 1.0 (every document) stay apart.
 * Into buf with snprintf's rule: returns the length needed. */
CT_API size_t ct_vectorizer_min_df_text(const ct_vectorizer_params *p, char *buf, size_t size);

typedef struct ct_vectorizer ct_vectorizer;

/* Learn the vocabulary (and idf) from docs[0..n): document i is
 * docs[i][0..lens[i]) (UTF-8, not NUL-terminated; lens NULL: NUL-terminated;
 * docs[i] NULL: missing, an empty document that still counts in n).
 * Returns CT_OK; CT_EINVAL (bad parameters, or max_df below min_df when
 * both are counts: scikit-learn's "max_df corresponds to < documents than
 * min_df"); CT_EEMPTY (n == 0); CT_EDATA (the same conflict when either is
 * a fraction, which depends on the n documents; no term at all: "empty
 * vocabulary", or none left after min_df/max_df: "After pruning, no terms
 * remain"); CT_ENOMEM. *out is NULL on error. */
CT_API ct_status ct_vectorizer_fit(const ct_vectorizer_params *p, const char *const *docs,
                                   const size_t *lens, size_t n, ct_vectorizer **out,
                                   ct_diag *diag);
CT_API void ct_vectorizer_free(ct_vectorizer *v);

CT_API ct_vectorizer_params ct_vectorizer_get_params(const ct_vectorizer *v);
/* Columns (terms in the vocabulary). */
CT_API size_t ct_vectorizer_nterms(const ct_vectorizer *v);
/* Term j, NUL-terminated, its byte length in *len (may be NULL); NULL
 * when j >= nterms. Column accessors below: NaN (idf) or 0 (df) then. */
CT_API const char *ct_vectorizer_term(const ct_vectorizer *v, size_t j, size_t *len);
/* Column of a term, or -1 when it is not in the vocabulary. */
CT_API long ct_vectorizer_find(const ct_vectorizer *v, const char *term, size_t len);
/* idf of column j (1 for every column under BINARY weighting). */
CT_API double ct_vectorizer_idf(const ct_vectorizer *v, size_t j);
/* Documents of the training set holding term j. */
CT_API size_t ct_vectorizer_df(const ct_vectorizer *v, size_t j);
/* Training documents seen by fit. */
CT_API size_t ct_vectorizer_ndocs(const ct_vectorizer *v);

/* A per-thread transform workspace. NULL when out of memory. */
typedef struct ct_vectorizer_work ct_vectorizer_work;
CT_API ct_vectorizer_work *ct_vectorizer_work_create(void);
CT_API void ct_vectorizer_work_free(ct_vectorizer_work *w);

/* One document's row: *k entries, column indices (*idx, strictly
 * increasing) and values (*val), both owned by w and valid until its next
 * use. doc NULL is a missing (empty) document. CT_OK or CT_ENOMEM. */
CT_API ct_status ct_vectorizer_transform_doc(const ct_vectorizer *v, const char *doc, size_t len,
                                             ct_vectorizer_work *w, const uint32_t **idx,
                                             const double **val, size_t *k);

/* Rows for docs[0..n) (as in fit) as a CSR matrix of n rows and
 * ct_vectorizer_nterms columns. Rows are computed on ct_threads() threads
 * in blocks and assembled in order: the result does not depend on the
 * thread count. CT_OK, CT_ENOMEM (*out NULL). */
CT_API ct_status ct_vectorizer_transform(const ct_vectorizer *v, const char *const *docs,
                                         const size_t *lens, size_t n, ct_csr **out, ct_diag *diag);

/* Write the fitted state as members of the JSON object w has open:
 * "params", "ndocs", "terms" (array of strings, column order), "df"
 * (array of counts) and "idf" (array, %.17g: reads back bit-identical). */
CT_API void ct_vectorizer_write(const ct_vectorizer *v, ct_json *w);
/* Read it back from the object written by ct_vectorizer_write. name labels
 * the diagnostics. CT_EFORMAT (a member missing or ill-typed, parameters
 * that fail ct_vectorizer_params_check, terms not strictly increasing in
 * byte order or empty, array lengths that differ, a df outside 1..ndocs,
 * an idf that is not finite and positive; the message says which),
 * CT_ENOMEM. */
CT_API ct_status ct_vectorizer_read(const ct_json_value *v, const char *name, ct_vectorizer **out,
                                    ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
