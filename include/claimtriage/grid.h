/* claimtriage/grid.h — a hyperparameter grid from a spec such as
 *     C=0.1,1,10;ngrams=1-2,1-3
 * Layer: select (docs/design.md).
 *
 * Grammar: spec = item *(";" item); item = key "=" value *("," value).
 * A key is a letter or "_" followed by letters, digits, "_", "." or "-";
 * a value is any non-empty text without ";", "," or "=". Spaces and tabs
 * around keys and values are ignored. The grid is generic: keys and values
 * stay text and the caller interprets them (which keys exist, what a value
 * means). An empty spec (or only spaces) is a grid of one candidate with no
 * keys: cross-validating one configuration.
 *
 * Candidates are the Cartesian product of the value lists, in the order
 * written: the first key varies slowest, the last fastest (itertools.product
 * over the keys as written; scikit-learn's ParameterGrid sorts the keys
 * first, we keep the user's order so candidate numbers read as the spec
 * does). Candidate order is the cross-validation's tie-break.
 *
 * Errors (CT_EINVAL, *diag with the 1-based column of the fault in the
 * spec): a missing "=", an empty key or value, a bad key character, a key
 * given twice, a value repeated in one list, more than CT_GRID_MAX_CANDIDATES
 * candidates. CT_ENOMEM.
 *
 * Ownership: a ct_grid owns its strings; returned strings stay valid until
 * ct_grid_destroy (accepts NULL). Thread-safety: a parsed grid is read-only
 * and may be read from several threads.
 */
#ifndef CLAIMTRIAGE_GRID_H
#define CLAIMTRIAGE_GRID_H

#include "claimtriage/common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CT_GRID_MAX_CANDIDATES 10000

typedef struct ct_grid ct_grid;

/* Parse spec (NULL: ""); statuses above; *out NULL on error. Reentrant. */
CT_API ct_status ct_grid_parse(const char *spec, ct_grid **out, ct_diag *diag);
CT_API void ct_grid_destroy(ct_grid *g);

CT_API size_t ct_grid_nkeys(const ct_grid *g);
/* Key k (0 <= k < nkeys) as written; NULL out of range. */
CT_API const char *ct_grid_key(const ct_grid *g, size_t k);
/* Number of values listed for key k (0 out of range). */
CT_API size_t ct_grid_nvalues(const ct_grid *g, size_t k);
/* Number of candidates (>= 1): the product of the list lengths. */
CT_API size_t ct_grid_ncandidates(const ct_grid *g);
/* Candidate c's value of key k, or of the key named `key`; NULL when out of
 * range or the key is absent. */
CT_API const char *ct_grid_value_at(const ct_grid *g, size_t c, size_t k);
CT_API const char *ct_grid_value(const ct_grid *g, size_t c, const char *key);
/* Remove key k (0 <= k < nkeys) and its values: the candidates become the
 * product of the other lists (a grid of no keys: one candidate). For a
 * caller that finds a key unused (train: n-gram settings of features that
 * hold no n-grams), so that candidates differing only in it are not
 * fitted twice. Returns 0, or -1 when k is out of range. */
CT_API int ct_grid_drop_key(ct_grid *g, size_t k);
/* "C=0.1 ngrams=1-2" (keys in spec order, one space between) into buf of
 * size bytes, truncated with NUL; returns the length it needed (snprintf's
 * rule); "" for a grid without keys. */
CT_API size_t ct_grid_describe(const ct_grid *g, size_t c, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
